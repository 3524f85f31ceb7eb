//! Words. Every sentence the app shows comes from a message catalogue,
//! keyed by a message id; `rules` returns ids and this module turns them
//! into words. English (`en.txt`, read by `en.rs`) is compiled in; the other languages
//! (`locale.rs`) are fetched when chosen. A message a language lacks is
//! shown in English, never as an id.

mod en;
pub mod locale;
#[cfg(test)]
mod parameter_change;

pub use en::add_staff_words;
/// Comment and blank lines left out of an included file at compile time (src/embed.rs's lists).
pub(crate) use en::{words_len, words_only};
pub use locale::{is_rtl, known, normalise_digits, Language, Locale, LANGUAGES};

use crate::state::fields::{FieldKind, UiError, Q};
use rules::{Date, Fact, Journey, Money, Period};
use std::borrow::Cow;
use std::cell::Cell;

thread_local! {
    /// The chosen language's catalogue; `None` is English.
    static CHOSEN: Cell<Option<&'static Locale>> = const { Cell::new(None) };
    /// True while the page shows a part that is only in English.
    static ENGLISH_ONLY: Cell<bool> = const { Cell::new(false) };
    /// The date the words are about (see [`set_date`]).
    static ON: Cell<Option<Date>> = const { Cell::new(None) };
}

/// Sets the date the page's words are about: the date the rules are
/// evaluated for (today, or the day the person plans for). A message's
/// `{staying_put_end_age}` is that parameter's value on this date, so the
/// words follow a dated change as the rules do.
pub fn set_date(on: Date) {
    ON.with(|c| c.set(Some(on)));
}

/// A parameter's value as at the words' date (before any date is set, its
/// latest value), written the language's way.
fn parameter(id: &str) -> Option<String> {
    let value = match ON.with(Cell::get) {
        Some(on) => rules::explain::parameter(id, on),
        None => rules::params::named(id).and_then(|p| p.values.last()).map(|d| d.value.into()),
    };
    value.map(fact)
}

/// Fills a message's `{name}` placeholders: from `args`, else a parameter.
pub fn fill(template: &str, args: &[(&'static str, String)]) -> String {
    rules::explain::fill_with(template, &|key| {
        args.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()).or_else(|| parameter(key))
    })
}

/// Chooses the language (`None`: English).
pub fn choose(locale: Option<&'static Locale>) {
    CHOSEN.with(|c| c.set(locale));
}

/// The chosen language's catalogue, even where the page is in English.
pub fn chosen() -> Option<&'static Locale> {
    CHOSEN.with(Cell::get)
}

/// The chosen language's code.
pub fn chosen_code() -> &'static str {
    chosen().map_or("en", |l| l.code)
}

/// Shows English for the part of the page being drawn (a journey or page
/// that is not translated yet), or the chosen language again.
pub fn set_english_only(on: bool) {
    ENGLISH_ONLY.with(|e| e.set(on));
}

/// Whether the words come in English now (for a printout's English copy).
pub fn english_shown() -> bool {
    shown().is_none()
}

/// The catalogue the words come from now; `None` is English.
fn shown() -> Option<&'static Locale> {
    chosen().filter(|_| !ENGLISH_ONLY.with(Cell::get))
}

/// The message for `id` as written, in the language shown, else in English.
fn raw(id: &str) -> Option<&'static str> {
    shown().and_then(|l| l.get(id)).or_else(|| en::en(id))
}

/// The message for `id` in the language shown, else in English, with the
/// parameters it names filled in (`{staying_put_end_age}`).
pub fn get(id: &str) -> Option<Cow<'static, str>> {
    raw(id).map(|words| if words.contains('{') { Cow::Owned(fill(words, &[])) } else { Cow::Borrowed(words) })
}

/// The message for `id` in the chosen language even where the page is in
/// English (the language switcher, the "only in English" notice).
pub fn get_chosen(id: &str) -> Cow<'static, str> {
    chosen().and_then(|l| l.get(id)).or_else(|| en::en(id)).map_or_else(|| Cow::Owned(readable(id)), Cow::Borrowed)
}

/// Every English message id (tests check each language against these).
pub fn english_ids() -> impl Iterator<Item = &'static str> {
    en::ids().into_iter()
}

/// Digits written the way the language shown writes them; with `number`,
/// its decimal point and thousands separator too.
pub fn digits(text: &str, number: bool) -> String {
    match shown() {
        Some(l) => locale::localise_digits(text, l.digits, number),
        None => text.to_string(),
    }
}

/// The message for `id`, or a readable form of the id itself
/// (`accommodation.shared_lives` becomes "Shared lives").
pub fn t(id: &str) -> Cow<'static, str> {
    get(id).unwrap_or_else(|| Cow::Owned(readable(id)))
}

/// The message for `id` with `{name}` placeholders filled.
/// (The message as written, so that a value given wins over a parameter
/// of the same name, as a fact does in a rule's sentence.)
pub fn tf(id: &str, args: &[(&'static str, String)]) -> String {
    raw(id).map_or_else(|| readable(id), |words| fill(words, args))
}

/// `tf(id, &[("date", date(d))])`, written once (thirteen places).
pub fn tf_date(id: &str, d: Date) -> String {
    tf(id, &[("date", date(d))])
}

/// `tf(id, &[("amount", money(m))])`, written once (five places).
pub fn tf_money(id: &str, m: Money) -> String {
    tf(id, &[("amount", money(m))])
}

/// The first of these ids the catalogue has, filled; else the last one's readable form.
pub fn first(ids: &[String], args: &[(&'static str, String)]) -> String {
    ids.iter().find_map(|id| raw(id)).map_or_else(|| readable(ids.last().map_or("", String::as_str)), |s| fill(s, args))
}

/// An id as words: its last meaningful part, with spaces and a capital.
pub fn readable(id: &str) -> String {
    // The last part that is not a suffix, scanning forwards.
    let last = id
        .split('.')
        .fold(None, |last, part| if matches!(part, "title" | "text" | "hint" | "label") { last } else { Some(part) })
        .unwrap_or(id);
    let words = last.replace('_', " ");
    let mut chars = words.chars();
    // Ids are ASCII: an ASCII capital keeps Unicode's case tables (about
    // 6 KB brotli) out of the wasm.
    match chars.next() {
        Some(c) => c.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// A question's message (`title`, `hint`, `label`), journey-specific first.
pub fn question(journey: Journey, q: Q, part: &str) -> Option<String> {
    let ids = [format!("q.{}.{}.{part}", journey.as_str(), q.id), format!("q.{}.{part}", q.id)];
    // Digits the language's way, examples in hints too ("27 3 2007").
    ids.iter().find_map(|id| raw(id)).map(|s| digits(&fill(s, &[("n", u32::from(q.child).to_string())]), false))
}

/// A question's title, always some words.
pub fn question_title(journey: Journey, q: Q) -> String {
    question(journey, q, "title").unwrap_or_else(|| readable(q.id))
}

/// The words for an error on a question. `today` names the earliest date
/// of birth allowed, as GOV.UK asks ("must be the same as or after ...").
pub fn error(journey: Journey, e: &UiError, today: Date) -> String {
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
        ("n", digits(&u32::from(q.child).to_string(), true)),
        ("min", digits(&min.to_string(), true)),
        ("max", digits(&max.to_string(), true)),
        ("name", question(journey, q, "name").unwrap_or_default()),
        ("Name", question(journey, q, "Name").unwrap_or_default()),
        ("earliest", today.add_months(-12 * rules::OLDEST_AGE_YEARS).map(date).unwrap_or_default()),
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
    tf(
        "date.format",
        &[
            ("day", digits(&u32::from(d.day()).to_string(), false)),
            ("month", t(&format!("month.{}", u32::from(d.month()))).into_owned()),
            ("year", digits(&d.year().unsigned_abs().to_string(), false)),
        ],
    )
}

/// A plain amount ("19923.80") with commas between the thousands
/// ("19,923.80"), in GOV.UK's money style: whole pounds without pence
/// ("3000.00" is "3,000").
fn grouped(plain: &str) -> String {
    let (whole, pence) = plain.split_once('.').unwrap_or((plain, "00"));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*c);
    }
    if pence.bytes().any(|b| b != b'0') {
        out.push('.');
        out.push_str(pence);
    }
    out
}

/// An amount of money: "£19,923.80".
pub fn money(m: Money) -> String {
    tf("money.format", &[("amount", self::digits(&grouped(&m.to_plain()), true))])
}

/// A rule's "Why" sentence with the person's values and the parameters as
/// at the outcome's date: `rule.<id>` in the language shown, else in
/// English. Values are written the language's way (dates with its month
/// names, its digits).
pub fn rule_sentence(rule: &str, item: &rules::Item, outcome: &rules::Outcome) -> Option<String> {
    let template = raw(&format!("rule.{rule}"))?;
    Some(rules::explain::fill_with(template, &|key| rules::explain::fact_for(key, Some(item), outcome).map(fact)))
}

/// A value from the rules in the language shown: a date with its month
/// names, money and numbers with its digits and separators, a word from
/// the catalogue.
pub fn fact(value: Fact) -> String {
    match value {
        Fact::Date(d) => date(d),
        Fact::Money(m) => digits(&grouped(&m.to_plain()), true),
        Fact::Number(n) => digits(&n.to_string(), false),
        Fact::Text(s) => get(s).map_or_else(|| s.to_string(), Cow::into_owned),
    }
}

/// An amount with its period: "£383.15 a week".
pub fn amount(m: Money, period: Option<Period>) -> String {
    match period {
        Some(p) => tf(&format!("period.{}", p.as_str()), &[("amount", money(m))]),
        None => money(m),
    }
}

/// Message ids used only by the parts of the planner that are in English
/// for now (fostering, kinship and adoption, and the staff pages): a
/// language need not carry them. Every other id must be in every language
/// (a test checks), and of the rules' sentences (`rule.<id>`), those of
/// "My local offer".
pub const ENGLISH_ONLY_IDS: &[&str] = &[
    "q.current_foster_carer",
    "q.fosters_with_partner",
    "q.carer_date_of_birth",
    "q.lives_in_kent_or_medway",
    "q.spare_bedroom",
    "q.household_specified_offence",
    "q.relationship",
    "opt.relationship",
    "q.connected_person_training_completed",
    "q.skills_level",
    "opt.skills_level",
    "q.children_count",
    "q.child_age",
    "q.child_disability",
    "opt.child_disability",
    "q.kinship.",
    "q.fostering.",
    "q.child_looked_after_now",
    "q.child_previously_looked_after",
    "q.arrangement",
    "opt.arrangement",
    "q.lives_in.",
    "opt.lives_in",
    "q.carer_is_close_relative",
    "q.looked_after_by",
    "opt.looked_after_by",
    "q.order_made_on",
    "q.adoption.",
    "q.has_partner",
    "q.partner_",
    "q.domiciled_",
    "q.months_habitually",
    "status.fostering",
    "status.kinship",
    "status.adoption",
    "blocker.",
    "caution.specified_offence",
    "caution.connected_person",
    "caution.pilot",
    "caution.private_fostering",
    "fostering.",
    "part.",
    "total.",
    "fostering_type.",
    "step.",
    "place.",
    "kinship.",
    "arrangement.",
    "entitlement.child_benefit",
    "entitlement.adoption_and_special",
    "entitlement.special_guardianship_allowance",
    "entitlement.kinship_allowance_pilot",
    "entitlement.connected_person_temporary_approval",
    "support.",
    "adoption.",
    "next.fostering",
    "next.kinship",
    "next.adoption",
    "rates.",
    "embed.",
    "staff.",
    "kind.support",
    "event.sgo_support_moves",
    "kind.step",
    "kind.arrangement",
    "kind.fostering_type",
    // Contacts shown only on the English-only results (src/pages/result/contacts.rs).
    "contact.hours.weekdays_9_to_5",
    "contact.hours.frg",
    "contact.own_council.text",
    "contact.kent_childrens_services",
    "contact.medway_childrens_services",
    "contact.childs_social_worker",
    "contact.kent_fostering",
    "contact.medway_fostering",
    "contact.adoption_partnership",
    "contact.family_rights_group",
];

/// The ids every language must carry: see [`ENGLISH_ONLY_IDS`]. Web
/// addresses (`*.url`) stay as they are.
pub fn translated_ids() -> impl Iterator<Item = String> {
    english_ids()
        .filter(|id| !id.ends_with(".url") && !ENGLISH_ONLY_IDS.iter().any(|p| id.starts_with(p)))
        .filter(|id| id.strip_prefix("rule.").is_none_or(|rule| rules::journeys::care_leaver::RULES.contains(&rule)))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_read_as_the_page_writes_them() {
        use rules::Money;
        assert_eq!(fact(Fact::Money(Money::pounds(19690))), "19,690");
        assert_eq!(fact(Fact::Money(Money::pence(1_969_050))), "19,690.50");
        assert_eq!(fact(Fact::Money(Money::pence(38315))), "383.15");
        assert_eq!(fact(Fact::Money(Money::pence(100_000_050))), "1,000,000.50");
        assert_eq!(money(Money::pounds(3000)), "£3,000");
        assert_eq!(money(Money::ZERO), "£0");
        assert_eq!(fact(Fact::Date(Date::ymd(2025, 4, 6))), "6 April 2025");
        assert_eq!(fact(Fact::Number(17)), "17");
        assert_eq!(fact(Fact::Text("yes")), "yes");
        assert_eq!(fact(Fact::Text("care_leaver.weeks.13_or_more")), t("care_leaver.weeks.13_or_more"));
    }

    #[test]
    fn a_message_names_a_parameter_as_at_the_words_date() {
        assert_eq!(fill("until {staying_put_end_age}, {n}, {x}", &[("n", "3".into())]), "until 21, 3, {x}");
        set_date(Date::ymd(2026, 12, 7));
        assert_eq!(fill("until {staying_put_end_age}", &[]), "until 21");
        assert_eq!(fill("{staying_put_end_age}", &[("staying_put_end_age", "given".into())]), "given");
    }

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
        assert_eq!(money(Money::pounds(1_000_000)), "£1,000,000");
        assert_eq!(date(Date::ymd(2026, 6, 15)), "15 June 2026");
    }

    #[test]
    fn errors_use_gov_uk_wording() {
        let e = |id, code| UiError { q: Q::new(id), code, parts: 7 };
        let error = |journey, e: &UiError| super::error(journey, e, Date::ymd(2026, 11, 27));
        assert_eq!(error(Journey::CareLeaver, &e("date_of_birth", "missing")), "Enter your date of birth");
        assert_eq!(
            error(Journey::CareLeaver, &e("date_of_birth", "in_the_future")),
            "Date of birth must be in the past"
        );
        // GOV.UK names the earliest date allowed: 122 years before today.
        assert_eq!(
            error(Journey::CareLeaver, &e("date_of_birth", "too_long_ago")),
            "Date of birth must be the same as or after 27 November 1904"
        );
        assert_eq!(
            super::error(Journey::Fostering, &e("carer_date_of_birth", "too_long_ago"), Date::ymd(2028, 2, 29)),
            "Date of birth must be the same as or after 28 February 1906",
            "29 February less 122 years is the last day of February"
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

    /// `{name}` placeholders in a message, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut out: Vec<&str> = text.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(n, _)| n)).collect();
        out.sort_unstable();
        out
    }

    fn english(id: &str) -> Option<&'static str> {
        en::en(id)
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let mut problems = Vec::new();
        for l in LANGUAGES.iter().filter(|l| l.code != "en") {
            let path = format!("{}/locales/{}.txt", env!("CARGO_MANIFEST_DIR"), l.code);
            let Ok(text) = std::fs::read_to_string(&path) else {
                problems.push(format!("{}: no file {path}", l.code));
                continue;
            };
            let locale = Locale::parse(l.code, Box::leak(text.into_boxed_str()));
            for id in translated_ids() {
                match (locale.get(&id), english(&id)) {
                    (None, _) => problems.push(format!("{}: missing {id} (English is shown)", l.code)),
                    (Some(words), Some(en)) if placeholders(words) != placeholders(en) => problems.push(format!(
                        "{}: {id} has placeholders {:?}, English {:?}",
                        l.code,
                        placeholders(words),
                        placeholders(en)
                    )),
                    _ => {}
                }
            }
            for id in locale.ids() {
                if english(id).is_none() {
                    problems.push(format!("{}: {id} is not a message id", l.code));
                }
            }
        }
        assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
    }

    #[test]
    fn a_language_without_a_message_shows_the_english_not_the_id() {
        let ar = locale::keep("ar", "@digits = arab\ncommon.continue = متابعة\n".to_string());
        choose(Some(ar));
        assert_eq!(t("common.continue"), "متابعة");
        assert_eq!(t("common.back"), "Back");
        assert_eq!(money(Money::pence(1_992_380)), "£١٩٬٩٢٣٫٨٠");
        set_english_only(true);
        assert_eq!(t("common.continue"), "Continue");
        assert_eq!(get_chosen("common.continue"), "متابعة");
        set_english_only(false);
        choose(None);
        assert_eq!(t("common.continue"), "Continue");
    }
}
