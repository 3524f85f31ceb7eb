//! Every rule id in plain English.
//!
//! Each journey lists its rule ids (`RULES`); each rule's sentence, which a
//! 16-year-old can read, is the message `rule.<id>` in the English
//! catalogue, `src/i18n/en.txt`, beside every other word the planner shows
//! (and, for "My local offer", in each language's file). A sentence may
//! name the person's own values in braces (`{age}`), which [`fill`] puts
//! in from the outcome's typed facts. The web app shows these sentences
//! under "Why" in the language shown; `evaluate --explain` prints the
//! English ones, read from the same file.

use crate::journeys::{adoption, care_leaver, fostering, kinship};
use crate::Fact;

/// Every rule id, across the journeys.
pub fn all_rules() -> impl Iterator<Item = &'static str> {
    fostering::RULES.iter().chain(kinship::RULES).chain(care_leaver::RULES).chain(adoption::RULES).copied()
}

/// The English catalogue. Only `evaluate` reads it here: the web app has
/// its own copy of the same file, so the wasm carries the words once.
#[cfg(feature = "json")]
static ENGLISH: &str = include_str!("../../src/i18n/en.txt");

/// The English sentence template for a rule id: its `rule.<id>` message.
#[cfg(feature = "json")]
pub fn template(rule: &str) -> Option<&'static str> {
    static SENTENCES: std::sync::OnceLock<std::collections::BTreeMap<&str, &str>> = std::sync::OnceLock::new();
    SENTENCES
        .get_or_init(|| ENGLISH.lines().filter_map(|line| line.strip_prefix("rule.")?.split_once(" = ")).collect())
        .get(rule)
        .copied()
}

/// Fills each `{key}` placeholder with `value(key)`; a key it does not
/// know is left as it is.
/// (One function for every caller, not one per closure: a `dyn` keeps the
/// wasm from carrying a copy of the loop for each.)
pub fn fill_with(template: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let key = after.get(1..close).unwrap_or("");
                match value(key) {
                    Some(v) => out.push_str(&v),
                    None => out.push_str(after.get(..=close).unwrap_or("")),
                }
                rest = after.get(close + 1..).unwrap_or("");
            }
            None => {
                out.push_str(after);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value a sentence's `{key}` names as at `on`: the item's own fact,
/// else the outcome's, else the parameter with that id
/// (`{staying_put_end_age}`), so that no sentence types a figure the
/// parameters hold.
pub fn fact_for(key: &str, item: Option<&crate::Item>, outcome: &crate::Outcome) -> Option<Fact> {
    let own = item.and_then(|i| i.facts.iter().find(|(k, _)| *k == key).map(|(_, v)| *v));
    own.or_else(|| outcome.fact(key)).or_else(|| parameter(key, outcome.on))
}

/// A parameter's value as at `on`, as a fact for a sentence.
pub fn parameter(id: &str, on: crate::Date) -> Option<Fact> {
    crate::params::named(id)?.at(on).map(|found| found.value.into())
}

/// The sentence for a rule id behind one item, in English: the item's own
/// values first, then the outcome's.
#[cfg(feature = "json")]
pub fn item_sentence(rule: &str, item: &crate::Item, outcome: &crate::Outcome) -> Option<String> {
    template(rule).map(|t| fill_with(t, &|key| fact_for(key, Some(item), outcome).map(Fact::english)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_one_plain_sentence_and_every_sentence_a_rule() {
        let mut seen = std::collections::BTreeSet::new();
        for id in all_rules() {
            assert!(seen.insert(id), "rule {id} listed twice");
            let text = template(id).unwrap_or_else(|| panic!("rule {id}: no rule.{id} in src/i18n/en.txt"));
            assert!(text.ends_with('.'), "rule {id}: a sentence ends with a full stop");
            assert!(!text.contains("{}"), "rule {id}: empty placeholder");
        }
        for line in ENGLISH.lines().filter_map(|l| l.strip_prefix("rule.")) {
            let id = line.split(" = ").next().unwrap_or("");
            assert!(seen.contains(id), "rule.{id} in en.txt is no rule's sentence");
        }
    }

    #[test]
    fn a_sentence_names_a_parameter_as_at_the_date_and_the_persons_own_value_first() {
        use crate::{Date, Item, Journey, Kind, Outcome, Rates};
        let on = Date::ymd(2026, 12, 7);
        assert_eq!(parameter("staying_put_end_age", on), Some(Fact::Number(21)));
        assert_eq!(parameter("no_such_parameter", on), None);
        // Before the first value, the first value.
        assert_eq!(parameter("staying_put_end_age", Date::ymd(1, 1, 1)), Some(Fact::Number(21)));
        // Only the parameters the words name can be looked up by id.
        assert!(crate::params::NAMED.len() < crate::params::ALL.len());
        assert!(crate::params::NAMED.iter().all(|p| ENGLISH.contains(&format!("{{{}}}", p.id))));
        let rates = Rates { as_of: on, confirmed_for_date: true, stale_from: None };
        let mut outcome = Outcome {
            journey: Journey::CareLeaver,
            on,
            rates,
            items: Vec::new(),
            timeline: Vec::new(),
            facts: Vec::new(),
        };
        outcome.facts.push(("age", Fact::Number(19)));
        let item = Item::new(Kind::Entitlement, "staying_put").fact("age", 20u32);
        let filled = |item: Option<&Item>| {
            fill_with("{age}, {staying_put_end_age}, {x}", &|k| fact_for(k, item, &outcome).map(Fact::english))
        };
        assert_eq!(filled(Some(&item)), "20, 21, {x}");
        assert_eq!(filled(None), "19, 21, {x}");
    }

    #[test]
    fn fill_puts_in_the_values_it_knows() {
        let facts = [("age", "19".to_string())];
        let fill = |text: &str| fill_with(text, &|key| facts.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()));
        assert_eq!(fill("You are {age}, not {x}."), "You are 19, not {x}.");
        assert_eq!(fill("{age"), "{age");
    }
}
