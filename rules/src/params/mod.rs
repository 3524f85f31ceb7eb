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
//! The values live in data files, one per area: `rules/params/*.toml`
//! (their sources in `rules/params/sources.toml`). `rules/build.rs` checks
//! them and turns each parameter into a `static` named after its id in
//! capitals (`kcc_mileage` is [`KCC_MILEAGE`]), with [`ALL`] and the age
//! band tables (`KCC_MAINTENANCE_BANDS`, ...). A new year's rate is one
//! dated `[[id.values]]` entry in its file, and no code changes.
//!
//! [`ALL`] lists every parameter. The "rules and rates" page renders it and
//! a test checks each one is ordered, sourced and linked with https.

pub mod sources;

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
    /// A stable id, shown on the rates page. What it is, in plain English,
    /// is [`Param::title`].
    pub id: &'static str,
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
    /// What it is, in plain English (from its file's `title`).
    pub fn title(&self) -> &'static str {
        title_of(self.id)
    }

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

/// A date earlier than any the rules are asked about, for a value whose
/// start the source does not give (`from = "earliest"` in a parameter file).
pub(crate) const EARLIEST: Date = Date::ymd(1, 1, 1);

/// The day of the year on which a student's age decides the 16 to 19
/// Bursary for the academic year that follows (month, day): 31 August
/// (GOV.UK 16 to 19 Bursary Fund; Virtual School Kent: "aged 16-18 at the
/// start of the academic year"; DOMAIN 4.4).
pub const BURSARY_16_19_AGE_DAY: (u8, u8) = (8, 31);

include!(concat!(env!("OUT_DIR"), "/params.rs"));

/// The days before a figure lapses from which staff are told to update it
/// (the rates page's "update before they lapse" list and a test's report).
pub const LAPSE_WARNING_DAYS: i64 = 120;

/// The parameter a sentence names by its id (`{staying_put_end_age}`):
/// one of [`NAMED`], those the words in `src/i18n/en.txt` name.
pub fn named(id: &str) -> Option<&'static Param> {
    NAMED.iter().copied().find(|p| p.id == id)
}

/// The parameters whose latest value is confirmed only until a day no more
/// than `within_days` after `on` (or already past), with that day, soonest
/// first: the figures staff must update before the rules fall back on an
/// estimate at the old rate. A value with no end (a statute) never lapses.
pub fn lapsing(on: Date, within_days: i64) -> Vec<(&'static Param, Date)> {
    let limit = on.add_days(within_days);
    let mut out: Vec<(&'static Param, Date)> = ALL
        .iter()
        .filter_map(|p| {
            let until = p.values.last()?.confirmed_until?;
            limit.is_none_or(|limit| until <= limit).then_some((*p, until))
        })
        .collect();
    out.sort_by_key(|(p, until)| (*until, p.id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_parameter_is_ordered_sourced_and_linked_with_https() {
        let mut ids = std::collections::BTreeSet::new();
        for p in ALL {
            assert!(ids.insert(p.id), "{} listed twice", p.id);
            assert!(!p.values.is_empty(), "{} has no values", p.id);
            assert!(!p.title().is_empty(), "{} has no title", p.id);
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
    fn a_figure_is_listed_to_update_from_120_days_before_it_lapses_and_not_the_day_before() {
        // Kent's 2025-26 rates are confirmed until 31 March 2026.
        let until = Date::ymd(2026, 3, 31);
        let first_day = until.add_days(-LAPSE_WARNING_DAYS).unwrap();
        assert_eq!(first_day, Date::ymd(2025, 12, 1));
        let listed = |on: Date| lapsing(on, LAPSE_WARNING_DAYS).iter().any(|(p, _)| p.id == "kcc_mileage");
        assert!(!listed(first_day.add_days(-1).unwrap()), "the eve of the 120 days");
        assert!(listed(first_day), "the first of the 120 days");
        assert!(listed(until.add_days(1).unwrap()), "and after it has lapsed");
        // A statute's figure has no end, so it is never listed.
        assert!(lapsing(Date::ymd(2100, 1, 1), LAPSE_WARNING_DAYS).iter().all(|(p, _)| p.id != "support_end_age"));
        // Soonest first.
        let list = lapsing(Date::ymd(2100, 1, 1), 0);
        assert!(list.windows(2).all(|w| w[0].1 <= w[1].1));
    }

    /// Prints the figures to update, as at the day the tests run, so that
    /// a test run tells staff what lapses in the next 120 days. It checks
    /// only that the list agrees with a plain reading of every parameter.
    #[test]
    fn report_the_figures_that_lapse_within_120_days_of_today() {
        let days =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() / 86_400).unwrap();
        let today = Date::from_days(Date::ymd(1970, 1, 1).to_days() + i64::try_from(days).unwrap()).unwrap();
        let list = lapsing(today, LAPSE_WARNING_DAYS);
        let limit = today.add_days(LAPSE_WARNING_DAYS).unwrap();
        let expected =
            ALL.iter().filter(|p| p.values.last().and_then(|v| v.confirmed_until).is_some_and(|u| u <= limit)).count();
        assert_eq!(list.len(), expected);
        println!("Figures to update before they lapse (as at {today}, within {LAPSE_WARNING_DAYS} days):");
        for (p, until) in &list {
            let lapsed = if *until < today { " (already lapsed)" } else { "" };
            println!("  {} confirmed until {until}{lapsed}: {}", p.id, p.title());
        }
    }

    #[test]
    fn a_value_applies_from_its_day_and_not_the_day_before() {
        let before = KCC_REWARD_0_TO_8.at(Date::ymd(2025, 3, 31)).unwrap();
        let from = KCC_REWARD_0_TO_8.at(Date::ymd(2025, 4, 1)).unwrap();
        assert_eq!(before.money(), Some(Money::pence(14474)));
        assert!(before.estimate, "the 2024-25 Kent figures are inferred");
        assert_eq!(from.money(), Some(Money::pence(15053)));
        assert!(from.covers_date && !from.estimate);
        let after = KCC_REWARD_0_TO_8.at(Date::ymd(2026, 4, 1)).unwrap();
        assert_eq!(after.money(), Some(Money::pence(15053)));
        assert!(!after.covers_date, "past the table's year the latest figure is used");
        let first = QCR_FIXED.at(Date::ymd(1999, 1, 1)).unwrap();
        assert!(!first.covers_date, "before the first table the nearest is used");
    }
}
