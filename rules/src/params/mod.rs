//! Every figure the rules use, as dated and sourced data.
//!
//! A [`Param`] is one rate, amount, age limit or contract end date. It holds
//! a list of [`Dated`] values, each with the first day it applies, the
//! source that gives it (with the section), how sure we are of it, and the
//! last day the source confirms it for. The rules read a parameter "as at"
//! a date with [`Param::at`]; a rate change or a contract end therefore
//! takes effect on its date with no change of code. A figure ends by
//! getting a later value or an end date, never by being deleted.
//!
//! [`ALL`] lists every parameter. The "rules and rates" page renders it and
//! a test checks each one is ordered, sourced and linked with https.

mod adoption;
mod care_leaver;
mod fostering;
mod kinship;
pub mod sources;

pub use adoption::*;
pub use care_leaver::*;
pub use fostering::*;
pub use kinship::*;
pub use sources::{source, source_note, Source, SOURCES};

use crate::{Date, Money};

/// How sure the figure is, as `DOMAIN.md` marks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Certainty {
    /// Read in the cited source.
    Confirmed,
    /// Inferred, or the year is unclear: shown as an estimate.
    Uncertain,
}

/// A parameter's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    /// An amount of money.
    Money(Money),
    /// An age in whole years.
    Age(u32),
    /// A number of whole weeks.
    Weeks(u32),
    /// A number of whole months.
    Months(u32),
    /// A date, such as the last day of a contract.
    Date(Date),
}

/// One value of a parameter, from a date, with its source.
#[derive(Clone, Copy, Debug)]
pub struct Dated {
    /// The first day this value applies. Earlier values are replaced by it.
    pub from: Date,
    /// The value.
    pub value: Value,
    /// The key of the source in [`SOURCES`].
    pub source: &'static str,
    /// Where in the source: a section, table row or paragraph.
    pub section: &'static str,
    /// How sure we are of the figure.
    pub certainty: Certainty,
    /// The last day the source gives the figure for (the end of a rate
    /// table's year), or `None` when it stands until changed (a statute).
    pub confirmed_until: Option<Date>,
}

/// The area of the product a parameter belongs to, for the rates page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// Kent's payments to its foster carers, and fostering conditions.
    Fostering,
    /// Qualifying care relief and the national minimum allowance.
    TaxAndNational,
    /// Kinship care and special guardianship.
    Kinship,
    /// Care leavers' entitlements and age limits.
    CareLeaver,
    /// Accommodation options and their contracts.
    Accommodation,
    /// Adoption.
    Adoption,
}

/// One rate, amount, age limit or date, with its dated values.
#[derive(Debug)]
pub struct Param {
    /// A stable id, shown on the rates page.
    pub id: &'static str,
    /// What it is, in plain English.
    pub title: &'static str,
    /// Its area.
    pub area: Area,
    /// Its values, oldest first.
    pub values: &'static [Dated],
}

/// A parameter read as at a date.
#[derive(Clone, Copy, Debug)]
pub struct Found {
    /// The value in force (or the nearest one held).
    pub value: Value,
    /// The dated entry it came from.
    pub dated: &'static Dated,
    /// Whether the date asked falls inside the period the source gives
    /// this value for. False past a rate table's last day (the latest known
    /// figure is then used) and before the first value held.
    pub covers_date: bool,
    /// Whether the figure is uncertain (shown as an estimate).
    pub estimate: bool,
}

impl Param {
    /// The value in force on `on`: the latest that starts on or before it,
    /// or the first one held when `on` is earlier than all of them.
    pub fn at(&'static self, on: Date) -> Option<Found> {
        let dated = self.values.iter().rev().find(|d| d.from <= on).or_else(|| self.values.first())?;
        let covers_date = dated.from <= on && dated.confirmed_until.is_none_or(|until| on <= until);
        Some(Found { value: dated.value, dated, covers_date, estimate: dated.certainty == Certainty::Uncertain })
    }

    /// The dates on which a new value starts, after the first.
    pub fn changes(&'static self) -> impl Iterator<Item = &'static Dated> {
        self.values.iter().skip(1)
    }
}

impl Found {
    /// The value as money, if it is money.
    pub fn money(self) -> Option<Money> {
        match self.value {
            Value::Money(m) => Some(m),
            _ => None,
        }
    }

    /// The value as a whole number of years, weeks or months.
    pub fn count(self) -> Option<u32> {
        match self.value {
            Value::Age(n) | Value::Weeks(n) | Value::Months(n) => Some(n),
            _ => None,
        }
    }

    /// The value as a date, if it is a date.
    pub fn date(self) -> Option<Date> {
        match self.value {
            Value::Date(d) => Some(d),
            _ => None,
        }
    }
}

/// Shorthand for the tables: a confirmed value.
pub(crate) const fn confirmed(
    from: Date,
    value: Value,
    source: &'static str,
    section: &'static str,
    until: Option<Date>,
) -> Dated {
    Dated { from, value, source, section, certainty: Certainty::Confirmed, confirmed_until: until }
}

/// Shorthand for the tables: an uncertain value, shown as an estimate.
/// `until` is the last day of the period the figure is believed to cover.
pub(crate) const fn uncertain(
    from: Date,
    value: Value,
    source: &'static str,
    section: &'static str,
    until: Option<Date>,
) -> Dated {
    Dated { from, value, source, section, certainty: Certainty::Uncertain, confirmed_until: until }
}

/// Shorthand: a date in a table.
pub(crate) const fn ymd(y: i32, m: u8, d: u8) -> Date {
    Date::ymd(y, m, d)
}

/// Shorthand: money in pence.
pub(crate) const fn p(pence: u32) -> Value {
    Value::Money(Money::pence(pence))
}

/// Shorthand: money in whole pounds.
pub(crate) const fn gbp(pounds: u32) -> Value {
    Value::Money(Money::pounds(pounds))
}

/// Shorthand: an age in years.
pub(crate) const fn age(years: u32) -> Value {
    Value::Age(years)
}

/// Shorthand: a date value.
pub(crate) const fn on(y: i32, m: u8, d: u8) -> Value {
    Value::Date(Date::ymd(y, m, d))
}

/// A date earlier than any the rules are asked about, for a value whose
/// start the source does not give ("before 1 August 2023").
pub(crate) const EARLIEST: Date = Date::ymd(1, 1, 1);

/// Every parameter, by area. The rates page and the parameter tests read
/// this list; a parameter missing from it is a bug.
pub static ALL: &[&Param] = &[
    // Fostering: Kent's payments and conditions.
    &KCC_MAINTENANCE_UNDER_2,
    &KCC_MAINTENANCE_2_TO_4,
    &KCC_MAINTENANCE_5_TO_10,
    &KCC_MAINTENANCE_11_TO_15,
    &KCC_MAINTENANCE_16_PLUS,
    &KCC_REWARD_0_TO_8,
    &KCC_REWARD_9_TO_18,
    &KCC_DISABILITY_STANDARD,
    &KCC_DISABILITY_ENHANCED,
    &KCC_SKILLS_SKILLED,
    &KCC_SKILLS_ADVANCED,
    &KCC_EMERGENCY_RETAINER,
    &KCC_MILEAGE,
    &FOSTER_CARER_MIN_AGE,
    &COT_IN_CARERS_ROOM_UNDER_AGE,
    &KENT_ASSESSMENT_AIM_MONTHS,
    &KSH_HOST_YOUNG_PERSON_MIN_AGE,
    // Tax relief and the national minimum allowance.
    &QCR_FIXED,
    &QCR_WEEKLY_UNDER_11,
    &QCR_WEEKLY_11_PLUS,
    &QCR_OLDER_CHILD_AGE,
    &NMA_SE_0_TO_2,
    &NMA_SE_3_TO_4,
    &NMA_SE_5_TO_10,
    &NMA_SE_11_TO_15,
    &NMA_SE_16_TO_17,
    // Kinship.
    &ASGSF_FAIR_ACCESS_LIMIT,
    &CHILD_BENEFIT_ELDEST,
    &CHILD_BENEFIT_ADDITIONAL,
    &CONNECTED_PERSON_TEMPORARY_APPROVAL_WEEKS,
    &CONNECTED_PERSON_EXTENSION_WEEKS,
    &ADULT_AGE,
    &KINSHIP_ALLOWANCE_PILOT_START,
    &KINSHIP_ALLOWANCE_PILOT_MONTHS,
    &SGO_SUPPORT_FIRST_COUNCIL_MONTHS,
    // Care leavers.
    &CARE_LEAVER_MIN_AGE,
    &ELIGIBLE_MIN_WEEKS,
    &QUALIFYING_END_AGE,
    &SUPPORT_END_AGE,
    &PA_ALLOCATED_AGE,
    &PA_ALLOCATED_EXTRA_MONTHS,
    &UC_EARLY_CLAIM_MONTHS_BEFORE_18,
    &STAYING_PUT_END_AGE,
    &KSH_END_AGE,
    &KSH_EDUCATION_END_AGE,
    &COUNCIL_TAX_END_AGE,
    &HOMELESS_PRIORITY_END_AGE,
    &BURSARY_16_19_END_AGE,
    &PA_ON_REQUEST_FROM_AGE,
    &SOCIAL_HOUSING_NO_LOCAL_CONNECTION_FROM,
    &TRANSITIONAL_NOT_SETTLED_FROM_AGE,
    &SETTING_UP_HOME_ALLOWANCE,
    &SETTING_UP_HOME_ALLOWANCE_DFE,
    &HE_BURSARY,
    &APPRENTICESHIP_BURSARY,
    &BURSARY_16_19,
    // Accommodation.
    &RESIDENTIAL_SPECIAL_SCHOOL_MIN_AGE,
    &SHORT_BREAKS_MIN_AGE,
    &SHARED_ACCOMMODATION_CUTOFF,
    &CONTRACT_END_ONSITE,
    &CONTRACT_END_OUTREACH,
    &CONTRACT_END_TRANSITIONAL,
    &CONTRACT_END_SHARED,
    &SHARED_ACCOMMODATION_END_AGE,
    &RECEPTION_NEW_ARRIVAL_WEEKS,
    // Adoption.
    &ADOPTER_MIN_AGE,
    &ADOPTION_RESIDENCE_MONTHS,
    &ADOPTION_STAGE_1_MONTHS,
    &ADOPTION_STAGE_2_MONTHS,
    &ADOPTION_STAGE_2_START_WITHIN_MONTHS,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_ordered_sourced_and_linked_with_https() {
        let mut ids = std::collections::BTreeSet::new();
        for p in ALL {
            assert!(ids.insert(p.id), "{} listed twice", p.id);
            assert!(!p.values.is_empty(), "{} has no values", p.id);
            assert!(!p.title.is_empty(), "{} has no title", p.id);
            for pair in p.values.windows(2) {
                assert!(pair[0].from < pair[1].from, "{} values out of order", p.id);
            }
            for v in p.values {
                let s = source(v.source).unwrap_or_else(|| panic!("{}: unknown source {}", p.id, v.source));
                assert!(s.url.starts_with("https://"), "{}: {} is not https", p.id, s.url);
                assert!(!v.section.is_empty(), "{} has a value with no section", p.id);
                if let Some(until) = v.confirmed_until {
                    assert!(until >= v.from, "{} confirmed before it starts", p.id);
                }
                // A date built with Date::ymd is clamped if impossible: check it round-trips.
                assert_eq!(Date::parse(&v.from.to_string()), Some(v.from), "{}", p.id);
            }
        }
    }

    #[test]
    fn every_source_is_https_titled_and_used() {
        for s in SOURCES {
            assert!(s.url.starts_with("https://"), "{}", s.id);
            assert!(!s.title.is_empty(), "{}", s.id);
        }
    }

    #[test]
    fn a_value_applies_from_its_day_and_not_the_day_before() {
        let before = KCC_REWARD_0_TO_8.at(ymd(2025, 3, 31)).unwrap();
        let from = KCC_REWARD_0_TO_8.at(ymd(2025, 4, 1)).unwrap();
        assert_eq!(before.money(), Some(Money::pence(14474)));
        assert!(before.estimate, "the 2024-25 Kent figures are inferred");
        assert_eq!(from.money(), Some(Money::pence(15053)));
        assert!(from.covers_date && !from.estimate);
        let after = KCC_REWARD_0_TO_8.at(ymd(2026, 4, 1)).unwrap();
        assert_eq!(after.money(), Some(Money::pence(15053)));
        assert!(!after.covers_date, "past the table's year the latest figure is used");
        let first = QCR_FIXED.at(ymd(1999, 1, 1)).unwrap();
        assert!(!first.covers_date, "before the first table the nearest is used");
    }
}
