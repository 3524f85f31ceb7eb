//! The questions' fields: what kind of input each is, how raw text becomes a
//! value, and which error a bad value gets. Pure: no DOM, no clock.

use rules::answers::{Arrangement, ImmigrationStatus, LivesIn, LookedAfterBy, Relationship, SkillsLevel};
use rules::{check_date_of_birth, Date, ErrorCode};
/// The raw answers, keyed by input id (`carer_date_of_birth-day`,
/// `child_age_2`, `relationship`). Text as typed, never cleared by an error.
///
/// A list kept in key order, with the few map methods the app uses: a
/// journey has a few dozen answers at most, and a `BTreeMap<String,
/// String>` cost the wasm its own copy of the B-tree code (about 2 KB
/// brotli; Yew's scheduler keeps the one for its own map).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Raw(Vec<(String, String)>);

impl Raw {
    /// No answers.
    pub const fn new() -> Raw {
        Raw(Vec::new())
    }

    /// Where `key` is, or where it would go.
    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The text for `key`.
    pub fn get(&self, key: &str) -> Option<&String> {
        self.find(key).ok().and_then(|i| self.0.get(i)).map(|(_, v)| v)
    }

    /// Whether there is text for `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the text for `key`, returning the text it had.
    pub fn insert(&mut self, key: String, value: String) -> Option<String> {
        match self.find(&key) {
            Ok(i) => self.0.get_mut(i).map(|(_, v)| std::mem::replace(v, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// Takes the text for `key` away.
    pub fn remove(&mut self, key: &str) -> Option<String> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// Keeps only the answers `keep` says yes to.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut String) -> bool) {
        self.0.retain_mut(|(k, v)| keep(k, v));
    }

    /// The answers, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &String)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// No answers at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many answers.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Forgets every answer.
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl Extend<(String, String)> for Raw {
    fn extend<I: IntoIterator<Item = (String, String)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

impl IntoIterator for Raw {
    type Item = (String, String);
    type IntoIter = std::vec::IntoIter<(String, String)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl FromIterator<(String, String)> for Raw {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Raw {
        let mut raw = Raw::new();
        raw.extend(pairs);
        raw
    }
}

/// The kind of input a question uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// Yes or No radios.
    YesNo,
    /// Radios with these option ids.
    Choice(&'static [&'static str]),
    /// A date of birth (day, month, year).
    Date,
    /// A whole number in a range.
    Number {
        /// Smallest allowed.
        min: u32,
        /// Largest allowed.
        max: u32,
    },
}

/// Every field a question can ask, with its kind. A choice the contract
/// names offers its enum's ids (`rules::answers`), in one list with the
/// rules' values; a share link writes the id, so reordering options never
/// changes what a link means.
const FIELDS: &[(&str, FieldKind)] = &[
    ("current_foster_carer", FieldKind::YesNo),
    ("carer_date_of_birth", FieldKind::Date),
    ("lives_in_kent_or_medway", FieldKind::YesNo),
    ("spare_bedroom", FieldKind::YesNo),
    ("household_specified_offence", FieldKind::YesNo),
    ("relationship", FieldKind::Choice(Relationship::IDS)),
    ("connected_person_training_completed", FieldKind::YesNo),
    ("skills_level", FieldKind::Choice(SkillsLevel::IDS)),
    ("fosters_with_partner", FieldKind::YesNo),
    ("children_count", FieldKind::Number { min: 1, max: 10 }),
    ("child_age", FieldKind::Number { min: 0, max: 17 }),
    // The contract's rates ("standard" and "enhanced") come only from links
    // made before December 2026; the page offers yes, no or not sure
    // ([`offered`]), which the UI turns into the contract's answer.
    ("child_disability", FieldKind::Choice(&["none", "standard", "enhanced", "yes", "not_sure"])),
    ("child_looked_after_now", FieldKind::YesNo),
    ("child_previously_looked_after", FieldKind::YesNo),
    ("arrangement", FieldKind::Choice(Arrangement::IDS)),
    ("lives_in", FieldKind::Choice(LivesIn::IDS)),
    ("carer_is_close_relative", FieldKind::YesNo),
    ("arrangement_in_place", FieldKind::YesNo),
    ("looked_after_by", FieldKind::Choice(LookedAfterBy::IDS)),
    ("order_made_on", FieldKind::Date),
    ("date_of_birth", FieldKind::Date),
    ("kent_care_leaver", FieldKind::YesNo),
    ("looked_after_now", FieldKind::YesNo),
    // The page's own question (the contract asks for the number of weeks).
    ("looked_after_13_weeks", FieldKind::Choice(&["yes", "no", "not_sure"])),
    ("weeks_looked_after_since_14", FieldKind::Number { min: 0, max: 600 }),
    ("looked_after_since_16", FieldKind::YesNo),
    ("looked_after_on_18th_birthday", FieldKind::YesNo),
    ("special_guardianship_from_care", FieldKind::YesNo),
    ("privately_fostered", FieldKind::YesNo),
    ("in_education_or_training", FieldKind::YesNo),
    ("in_higher_education", FieldKind::YesNo),
    ("starting_apprenticeship", FieldKind::YesNo),
    ("living_with_foster_carer", FieldKind::YesNo),
    ("immigration_status", FieldKind::Choice(ImmigrationStatus::IDS)),
    ("unaccompanied_asylum_seeking", FieldKind::YesNo),
    ("in_shared_accommodation_since_before_2023_11_13", FieldKind::YesNo),
    ("disabled", FieldKind::YesNo),
    ("special_educational_needs", FieldKind::YesNo),
    ("care_act_eligible_needs", FieldKind::YesNo),
    ("has_partner", FieldKind::YesNo),
    ("partner_date_of_birth", FieldKind::Date),
    ("domiciled_in_british_islands", FieldKind::YesNo),
    ("months_habitually_resident", FieldKind::Number { min: 0, max: 1500 }),
    ("partner_months_habitually_resident", FieldKind::Number { min: 0, max: 1500 }),
    ("plan_date", FieldKind::Date),
];

/// The options the question page offers, of a choice's `values`. A child's
/// disability is asked as yes, no or not sure: the fostering team decides
/// the rate, so the rates themselves ("standard", "enhanced") are kept only
/// for the answers of older links, shown on "Check your answers".
pub fn offered(q: Q, values: &'static [&'static str]) -> &'static [&'static str] {
    if q.id == "child_disability" {
        &["yes", "none", "not_sure"]
    } else {
        values
    }
}

/// Every field id, for the share encoder.
pub fn field_ids() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|(id, _)| *id)
}

/// One question: a field, and for a per-child field the child's number (1 to 10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Q {
    /// The field id (also the message id's stem).
    pub id: &'static str,
    /// 0, or the child's number for a per-child field.
    pub child: u8,
}

impl Q {
    /// A question that is not about one child.
    pub const fn new(id: &'static str) -> Q {
        Q { id, child: 0 }
    }

    /// A question about child `n`.
    pub const fn child(id: &'static str, n: u8) -> Q {
        Q { id, child: n }
    }

    /// The input id and the key in [`Raw`].
    pub fn key(&self) -> String {
        if self.child == 0 {
            self.id.to_string()
        } else {
            format!("{}_{}", self.id, u32::from(self.child))
        }
    }

    /// The question with this key, if it names a known field.
    pub fn from_key(key: &str) -> Option<Q> {
        if let Some((id, _)) = FIELDS.iter().find(|(id, _)| *id == key) {
            return Some(Q::new(id));
        }
        let at = key.bytes().rposition(|b| b == b'_')?;
        let (stem, n) = (key.get(..at)?, key.get(at + 1..)?);
        let n: u8 = n.parse().ok().filter(|n| (1..=10).contains(n))?;
        FIELDS.iter().find(|(id, _)| *id == stem && id.starts_with("child_")).map(|(id, _)| Q::child(id, n))
    }

    /// The kind of input.
    pub fn kind(&self) -> FieldKind {
        FIELDS.iter().find(|(id, _)| *id == self.id).map_or(FieldKind::YesNo, |(_, k)| *k)
    }

    /// The id of the element an error link moves focus to.
    pub fn target(&self, error: &UiError) -> String {
        let key = self.key();
        match self.kind() {
            FieldKind::Date => {
                let part = DATE_PARTS
                    .iter()
                    .zip([1u8, 2, 4])
                    .find(|(_, bit)| error.parts & bit != 0)
                    .map_or("day", |(p, _)| p);
                format!("{key}-{part}")
            }
            _ => key,
        }
    }
}

/// The three parts of a date input, in order.
pub const DATE_PARTS: [&str; 3] = ["day", "month", "year"];

/// An error on one question: a code for the message catalogue and, for a
/// date, which parts to highlight (bits: 1 day, 2 month, 4 year).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UiError {
    /// The question.
    pub q: Q,
    /// `missing`, `not_whole`, `out_of_range`, `not_a_real_date`,
    /// `in_the_future`, `too_long_ago`, `include_day`, `include_month_year`...
    pub code: &'static str,
    /// The date parts in error.
    pub parts: u8,
}

/// Reads a whole number: "1250" and "1,250" (commas between groups of three)
/// are fine; "12,50", "7.5", "-1" and "twelve" are not.
pub fn parse_whole(text: &str) -> Result<u32, &'static str> {
    let t: String = crate::i18n::normalise_digits(text).chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        return Err("missing");
    }
    if !t.bytes().all(|c| c.is_ascii_digit() || c == b',') {
        return Err("not_whole");
    }
    if t.contains(',') {
        let mut groups = t.split(',');
        let first = groups.next().unwrap_or("");
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return Err("not_whole");
        }
    }
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    if digits.len() > 9 {
        return Err("out_of_range");
    }
    digits.parse().map_err(|_| "not_whole")
}

/// A whole number in a range.
pub fn read_number(raw: &Raw, key: &str, min: u32, max: u32) -> Result<u32, &'static str> {
    let n = parse_whole(raw.get(key).map_or("", String::as_str))?;
    if n < min || n > max {
        return Err("out_of_range");
    }
    Ok(n)
}

/// Reads a date from its three parts. The error carries the parts to highlight.
pub fn read_date(raw: &Raw, key: &str) -> Result<Date, (&'static str, u8)> {
    let part =
        |p: &str| raw.get(&format!("{key}-{p}")).map(|s| crate::i18n::normalise_digits(s.trim())).unwrap_or_default();
    let (d, m, y) = (part("day"), part("month"), part("year"));
    let missing = u8::from(d.is_empty()) | u8::from(m.is_empty()) << 1 | u8::from(y.is_empty()) << 2;
    let code = match missing {
        0 => "",
        1 => "include_day",
        2 => "include_month",
        4 => "include_year",
        3 => "include_day_month",
        5 => "include_day_year",
        6 => "include_month_year",
        _ => "missing",
    };
    if !code.is_empty() {
        return Err((code, missing));
    }
    let num =
        |s: &str| -> Option<u32> { (s.len() <= 4 && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())? };
    let (Some(dn), Some(mn), Some(yn)) = (num(&d), num(&m), num(&y)) else {
        return Err(("not_a_real_date", 7));
    };
    if y.len() != 4 {
        return Err(("not_a_real_date", 4));
    }
    let date = u8::try_from(mn)
        .ok()
        .zip(u8::try_from(dn).ok())
        .and_then(|(mn, dn)| Date::new(i32::try_from(yn).ok()?, mn, dn));
    date.ok_or(("not_a_real_date", 7))
}

/// Checks one question's raw answer. `today` bounds a date of birth.
pub fn validate(q: Q, raw: &Raw, today: Date) -> Option<UiError> {
    let key = q.key();
    let err = |code, parts| Some(UiError { q, code, parts });
    match q.kind() {
        FieldKind::YesNo => match raw.get(&key).map(String::as_str) {
            Some("yes" | "no") => None,
            _ => err("missing", 0),
        },
        FieldKind::Choice(options) => match raw.get(&key) {
            Some(v) if options.contains(&v.as_str()) => None,
            _ => err("missing", 0),
        },
        FieldKind::Number { min, max } => read_number(raw, &key, min, max).err().and_then(|c| err(c, 0)),
        FieldKind::Date => match read_date(raw, &key) {
            Err((code, parts)) => err(code, parts),
            Ok(date) if q.id == "plan_date" => {
                (date.year() < 1900 || date.year() > 2100).then_some(UiError { q, code: "out_of_range", parts: 7 })
            }
            Ok(date) => match check_date_of_birth(date, today) {
                Ok(()) => None,
                Err(ErrorCode::InTheFuture) => err("in_the_future", 7),
                Err(_) => err("too_long_ago", 7),
            },
        },
    }
}

/// The planned date in the raw answers (`plan_date`), when it is a good date.
pub fn planned_date(raw: &Raw, today: Date) -> Option<Date> {
    validate(Q::new("plan_date"), raw, today).is_none().then_some(())?;
    read_date(raw, "plan_date").ok()
}

/// True when the raw answer is "yes".
pub fn yes(raw: &Raw, key: &str) -> bool {
    raw.get(key).is_some_and(|v| v == "yes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_accept_thousands_commas_only() {
        assert_eq!(parse_whole("1250"), Ok(1250));
        assert_eq!(parse_whole(" 1,250 "), Ok(1250));
        assert_eq!(parse_whole("12,50"), Err("not_whole"));
        assert_eq!(parse_whole("7.5"), Err("not_whole"));
        assert_eq!(parse_whole("-1"), Err("not_whole"));
        assert_eq!(parse_whole(""), Err("missing"));
        assert_eq!(parse_whole("99999999999"), Err("out_of_range"));
        assert_eq!(parse_whole("١٢"), Ok(12), "Arabic-Indic digits");
        assert_eq!(parse_whole("۱۲۵۰"), Ok(1250), "Persian digits");
        assert_eq!(parse_whole("١٬٢٥٠"), Ok(1250), "Arabic thousands separator");
    }

    #[test]
    fn dates_name_the_missing_parts() {
        let mut raw = Raw::new();
        raw.insert("d-day".into(), "5".into());
        assert_eq!(read_date(&raw, "d"), Err(("include_month_year", 6)));
        raw.insert("d-month".into(), "2".into());
        raw.insert("d-year".into(), "2023".into());
        raw.insert("d-day".into(), "29".into());
        assert_eq!(read_date(&raw, "d"), Err(("not_a_real_date", 7)));
        raw.insert("d-day".into(), "28".into());
        assert_eq!(read_date(&raw, "d"), Ok(Date::ymd(2023, 2, 28)));
    }

    #[test]
    fn a_date_in_arabic_or_persian_digits_is_read() {
        let mut raw = Raw::new();
        for (p, v) in [("day", "٢٨"), ("month", "۲"), ("year", "٢٠٠٨")] {
            raw.insert(format!("d-{p}"), v.into());
        }
        assert_eq!(read_date(&raw, "d"), Ok(Date::ymd(2008, 2, 28)));
    }

    #[test]
    fn a_date_of_birth_must_be_past_and_within_122_years() {
        let today = Date::ymd(2026, 1, 10);
        let q = Q::new("date_of_birth");
        let mut raw = Raw::new();
        for (p, v) in [("day", "11"), ("month", "1"), ("year", "2026")] {
            raw.insert(format!("date_of_birth-{p}"), v.into());
        }
        assert_eq!(validate(q, &raw, today).map(|e| e.code), Some("in_the_future"));
        raw.insert("date_of_birth-year".into(), "1900".into());
        assert_eq!(validate(q, &raw, today).map(|e| e.code), Some("too_long_ago"));
    }

    #[test]
    fn child_keys_round_trip() {
        assert_eq!(Q::from_key("child_age_3"), Some(Q::child("child_age", 3)));
        assert_eq!(Q::from_key("spare_bedroom"), Some(Q::new("spare_bedroom")));
        assert_eq!(Q::from_key("child_age_11"), None);
        assert_eq!(Q::from_key("nonsense"), None);
    }
}
