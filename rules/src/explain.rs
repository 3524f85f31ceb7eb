//! Every rule id in plain English.
//!
//! Each journey lists its rules with a sentence a 16-year-old can read.
//! A sentence may name the person's own values in braces (`{age}`), which
//! [`sentence`] fills from the outcome's facts. The web app shows these
//! sentences under "Why"; `evaluate --explain` prints them.

use crate::journeys::{adoption, care_leaver, fostering, kinship};
use crate::Outcome;

/// A rule id and its plain-English sentence.
pub type Rule = (&'static str, &'static str);

/// Every rule, across the journeys.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    fostering::RULES.iter().chain(kinship::RULES).chain(care_leaver::RULES).chain(adoption::RULES)
}

/// The sentence template for a rule id.
pub fn template(rule: &str) -> Option<&'static str> {
    all_rules().find(|(id, _)| *id == rule).map(|(_, text)| *text)
}

/// Fills `{key}` placeholders from `facts`; an unknown key is left as it is.
pub fn fill(template: &str, facts: &[(&'static str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (before, after) = rest.split_at(open);
        out.push_str(before);
        match after.find('}') {
            Some(close) => {
                let key = after.get(1..close).unwrap_or("");
                match facts.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
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

/// The sentence for a rule id behind one item, in English: the item's own
/// values first, then the outcome's.
pub fn item_sentence(rule: &str, item: &crate::Item, outcome: &Outcome) -> Option<String> {
    let facts: Vec<(&'static str, String)> =
        item.facts.iter().chain(&outcome.facts).map(|(k, v)| (*k, v.english())).collect();
    template(rule).map(|t| fill(t, &facts))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_sentences_are_plain() {
        let mut seen = std::collections::BTreeSet::new();
        for (id, text) in all_rules() {
            assert!(seen.insert(*id), "rule {id} listed twice");
            assert!(text.ends_with('.'), "rule {id}: a sentence ends with a full stop");
            assert!(!text.contains("{}"), "rule {id}: empty placeholder");
        }
    }

    #[test]
    fn fill_puts_in_the_values_it_knows() {
        let facts = vec![("age", "19".to_string())];
        assert_eq!(fill("You are {age}, not {x}.", &facts), "You are 19, not {x}.");
        assert_eq!(fill("{age", &facts), "{age");
    }
}
