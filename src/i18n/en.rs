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

/// The English catalogue's text, as written.
static TEXT: &str = include_str!("en.txt");

/// Whether a line of a catalogue is kept in the wasm: not a comment, not blank.
const fn kept(line: &[u8]) -> bool {
    !line.is_empty() && line[0] != b'#'
}

/// The length of the line that starts at `at`, without its line end.
const fn line_len(text: &[u8], at: usize) -> usize {
    let mut end = at;
    while end < text.len() && text[end] != b'\n' {
        end += 1;
    }
    end - at
}

/// The catalogue without its comments and blank lines, at compile time:
/// the parser skips them anyway, and they cost the wasm about 0.5 KB
/// brotli. `N` is [`WORDS_LEN`].
pub(crate) const fn words_only<const N: usize>(text: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut at, mut n) = (0, 0);
    while at < text.len() {
        let len = line_len(text, at);
        let line = text.split_at(at).1.split_at(len).0;
        if kept(line) {
            let mut i = 0;
            while i < len && n < N {
                out[n] = line[i];
                n += 1;
                i += 1;
            }
            if n < N {
                out[n] = b'\n';
                n += 1;
            }
        }
        at += len + 1;
    }
    out
}

/// How long [`words_only`]'s text is.
pub(crate) const fn words_len(text: &[u8]) -> usize {
    let (mut at, mut n) = (0, 0);
    while at < text.len() {
        let len = line_len(text, at);
        if kept(text.split_at(at).1.split_at(len).0) {
            n += len + 1;
        }
        at += len + 1;
    }
    n
}

const WORDS_LEN: usize = words_len(TEXT.as_bytes());
static WORDS_BYTES: [u8; WORDS_LEN] = words_only(TEXT.as_bytes());
/// What the wasm carries: [`TEXT`]'s messages and headers. Whole lines are
/// dropped, so it is UTF-8 as the file is (checked at compile time).
static WORDS: &str = match std::str::from_utf8(&WORDS_BYTES) {
    Ok(words) => words,
    Err(_) => panic!("en.txt is not UTF-8"),
};

thread_local! {
    /// Read once a visit; it lives as long as the page.
    static CATALOGUE: &'static Locale = Box::leak(Box::new(Locale::parse("en", WORDS)));
}

/// The staff pages' words, once [`add_staff_words`] has added them: for
/// every thread (the prerender renders on others).
static STAFF: OnceLock<Locale> = OnceLock::new();

/// Adds the staff pages' English words (`en-staff.txt`: rules and rates,
/// and embedding a journey) and the words only prerendered pages show
/// (`en-static.txt`: the fallback page, the start page without JavaScript). Only the staff build, the prerender and tests
/// call it, so the planner's wasm, which never shows those pages, does not
/// carry their words (0.8 KB brotli). Calling it again does nothing.
pub fn add_staff_words() {
    STAFF.get_or_init(|| Locale::parse("en", concat!(include_str!("en-staff.txt"), include_str!("en-static.txt"))));
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
            .chain(include_str!("en-static.txt").lines())
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
