//! English, compiled in. The words are `src/i18n/en.txt`, in the same
//! `id = words` format as the other languages' files in `locales/`, read
//! with the same parser ([`Locale::parse`]) the first time a word is needed.
//!
//! Why a text file and not a Rust table: the table's 620 string pointers
//! cost the wasm about 1.2 KB brotli more than the text they point into
//! (PERFORMANCE.md), and one format for every language means a translator
//! works from the same kind of file they write.

use super::Locale;
use std::sync::OnceLock;

/// The English catalogue's text.
static TEXT: &str = include_str!("en.txt");

thread_local! {
    /// Read once a visit; it lives as long as the page.
    static CATALOGUE: &'static Locale = Box::leak(Box::new(Locale::parse("en", TEXT)));
}

/// The staff pages' words, once [`add_staff_words`] has added them: for
/// every thread (the prerender renders on others).
static STAFF: OnceLock<Locale> = OnceLock::new();

/// Adds the staff pages' English words (`en-staff.txt`: rules and rates,
/// and embedding a journey). Only the staff build, the prerender and tests
/// call it, so the planner's wasm, which never shows those pages, does not
/// carry their words (0.8 KB brotli). Calling it again does nothing.
pub fn add_staff_words() {
    STAFF.get_or_init(|| Locale::parse("en", include_str!("en-staff.txt")));
}

fn staff() -> Option<&'static Locale> {
    #[cfg(test)]
    add_staff_words();
    STAFF.get()
}

/// The English message for `id`.
pub fn en(id: &str) -> Option<&'static str> {
    CATALOGUE.with(|c| c.get(id)).or_else(|| staff()?.get(id))
}

/// Every English message id, in the files' order (the staff pages' last,
/// once added).
pub fn ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = CATALOGUE.with(|c| c.ids().collect());
    ids.extend(staff().into_iter().flat_map(Locale::ids));
    ids
}

#[cfg(test)]
mod tests {
    /// The lines that hold a message: not a comment, a header or blank.
    fn message_lines() -> impl Iterator<Item = &'static str> {
        super::TEXT
            .lines()
            .chain(include_str!("en-staff.txt").lines())
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#') && !l.starts_with('@'))
    }

    #[test]
    fn every_line_is_a_message_and_no_id_is_written_twice() {
        let mut ids = Vec::new();
        for line in message_lines() {
            let (id, words) = line.split_once(" = ").unwrap_or_else(|| panic!("not `id = words`: {line}"));
            assert!(!words.trim().is_empty(), "{id} has no words");
            ids.push(id);
        }
        assert_eq!(ids, super::ids(), "the parser reads every line");
        ids.sort_unstable();
        let twice: Vec<_> = ids.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
        assert!(twice.is_empty(), "ids written twice: {twice:?}");
        assert_eq!(super::en("common.error_prefix"), Some("Error: "), "words keep a trailing space");
        assert_eq!(super::en("privacy.saving.1").map(|w| w.contains("\"Save my answers on this device\"")), Some(true));
    }
}
