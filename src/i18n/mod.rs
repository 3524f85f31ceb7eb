//! Words. Every sentence the app shows comes from the message catalogue in
//! `en.rs`, keyed by a message id; `rules` returns ids and this module turns
//! them into words. The catalogue is compiled in: there is no parser.

mod en;

use crate::state::fields::{FieldKind, UiError, Q};
use rules::{Date, Journey, Money, Period};
use std::borrow::Cow;

/// The message for `id`, if the catalogue has one.
pub fn get(id: &str) -> Option<&'static str> {
    en::en(id)
}

/// The message for `id`, or a readable form of the id itself
/// (`accommodation.shared_lives` becomes "Shared lives").
pub fn t(id: &str) -> Cow<'static, str> {
    match get(id) {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(readable(id)),
    }
}

/// The message for `id` with `{name}` placeholders filled.
pub fn tf(id: &str, args: &[(&'static str, String)]) -> String {
    rules::explain::fill(&t(id), args)
}

/// The first of these ids the catalogue has, filled; else the last one's readable form.
pub fn first(ids: &[String], args: &[(&'static str, String)]) -> String {
    ids.iter()
        .find_map(|id| get(id))
        .map_or_else(|| readable(ids.last().map_or("", String::as_str)), |s| rules::explain::fill(s, args))
}

/// An id as words: its last meaningful part, with spaces and a capital.
pub fn readable(id: &str) -> String {
    let last = id.rsplit('.').find(|part| !matches!(*part, "title" | "text" | "hint" | "label")).unwrap_or(id);
    let words = last.replace('_', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A question's message (`title`, `hint`, `label`), journey-specific first.
pub fn question(journey: Journey, q: Q, part: &str) -> Option<String> {
    let ids = [format!("q.{}.{}.{part}", journey.as_str(), q.id), format!("q.{}.{part}", q.id)];
    ids.iter().find_map(|id| get(id)).map(|s| rules::explain::fill(s, &[("n", q.child.to_string())]))
}

/// A question's title, always some words.
pub fn question_title(journey: Journey, q: Q) -> String {
    question(journey, q, "title").unwrap_or_else(|| readable(q.id))
}

/// The words for an error on a question.
pub fn error(journey: Journey, e: &UiError) -> String {
    let q = e.q;
    let kind = match q.kind() {
        FieldKind::YesNo => "yes_no",
        FieldKind::Choice(_) => "choice",
        FieldKind::Number { .. } => "number",
        FieldKind::Date => "date",
    };
    let (min, max) = match q.kind() {
        FieldKind::Number { min, max } => (min, max),
        _ => (0, 0),
    };
    let args = [
        ("n", q.child.to_string()),
        ("min", min.to_string()),
        ("max", max.to_string()),
        ("name", question(journey, q, "name").unwrap_or_default()),
        ("Name", question(journey, q, "Name").unwrap_or_default()),
    ];
    let j = journey.as_str();
    let ids = [
        format!("q.{j}.{}.error.{}", q.id, e.code),
        format!("q.{}.error.{}", q.id, e.code),
        format!("err.{kind}.{}", e.code),
        format!("err.choice.{}", e.code),
    ];
    first(&ids, &args)
}

/// A date as words: "15 June 2026".
pub fn date(d: Date) -> String {
    format!("{} {} {}", d.day(), t(&format!("month.{}", d.month())), d.year())
}

/// An amount of money: "£19,923.80".
pub fn money(m: Money) -> String {
    let plain = m.to_plain();
    let (whole, pence) = plain.split_once('.').unwrap_or((&plain, "00"));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::from("£");
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*c);
    }
    out.push('.');
    out.push_str(pence);
    out
}

/// An amount with its period: "£383.15 a week".
pub fn amount(m: Money, period: Option<Period>) -> String {
    match period {
        Some(p) => tf(&format!("period.{}", p.as_str()), &[("amount", money(m))]),
        None => money(m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_id_reads_as_words() {
        assert_eq!(readable("accommodation.shared_lives"), "Shared lives");
        assert_eq!(readable("event.turns_18.text"), "Turns 18");
        assert_eq!(t("no.such.thing_here"), "Thing here");
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(tf("q.child_age.title", &[("n", "2".into())]), "How old is child 2?");
        assert_eq!(
            question_title(Journey::Kinship, Q::new("child_age")),
            "How old is the child you care for, or will care for?"
        );
    }

    #[test]
    fn money_and_dates_read_well() {
        assert_eq!(money(Money::pence(1_992_380)), "£19,923.80");
        assert_eq!(money(Money::pence(38315)), "£383.15");
        assert_eq!(money(Money::pounds(1_000_000)), "£1,000,000.00");
        assert_eq!(date(Date::ymd(2026, 6, 15)), "15 June 2026");
    }

    #[test]
    fn errors_use_gov_uk_wording() {
        let e = |id, code| UiError { q: Q::new(id), code, parts: 7 };
        assert_eq!(error(Journey::CareLeaver, &e("date_of_birth", "missing")), "Enter your date of birth");
        assert_eq!(
            error(Journey::CareLeaver, &e("date_of_birth", "in_the_future")),
            "Date of birth must be in the past"
        );
        assert_eq!(
            error(Journey::CareLeaver, &e("date_of_birth", "not_a_real_date")),
            "Date of birth must be a real date"
        );
        assert_eq!(
            error(Journey::CareLeaver, &e("weeks_looked_after_since_14", "not_whole")),
            "Enter a whole number, like 12"
        );
        assert_eq!(
            error(Journey::Kinship, &e("child_age", "out_of_range")),
            "The age of the child must be from 0 to 17"
        );
    }
}
