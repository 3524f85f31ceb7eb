//! The languages besides English. Each has a catalogue in `locales/<code>.txt`
//! (`id = words`, one message a line, `@field = value` headers), copied into
//! `dist/locales/` by Trunk and fetched from our own origin only when someone
//! chooses that language, so a person reading English downloads none of them.
//!
//! Why a parser and not a compiled-in table: five catalogues compiled in
//! would add about 60 KB of brotli to the wasm every visitor downloads, and
//! the app is already over its size budget (PERFORMANCE.md). The parser is
//! a line split: a few hundred bytes of wasm.

use std::cell::RefCell;

/// A language the planner speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    /// The BCP 47 code, for `lang` and `?lang=` (`prs` is Dari).
    pub code: &'static str,
    /// Its name in itself ("العربية").
    pub name: &'static str,
    /// Its name in English, for staff pages.
    pub english: &'static str,
    /// Written right to left.
    pub rtl: bool,
}

const fn lang(code: &'static str, name: &'static str, english: &'static str, rtl: bool) -> Language {
    Language { code, name, english, rtl }
}

/// The languages the planner speaks. English is compiled in; the rest are
/// fetched on demand.
pub const LANGUAGES: &[Language] = &[
    lang("en", "English", "English", false),
    lang("ar", "العربية", "Arabic", true),
    lang("prs", "دری", "Dari", true),
    lang("ps", "پښتو", "Pashto", true),
    lang("ckb", "کوردی (سۆرانی)", "Kurdish (Sorani)", true),
    lang("ti", "ትግርኛ", "Tigrinya", false),
];

/// The code of a language the planner speaks, as a `'static` str; `None` for
/// anything else, so no text from the address reaches the page.
pub fn known(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().map(|l| l.code).find(|c| *c == code)
}

/// True for a right-to-left language.
pub fn is_rtl(code: &str) -> bool {
    LANGUAGES.iter().any(|l| l.code == code && l.rtl)
}

/// How a language writes the digits 0 to 9.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789.
    Latin,
    /// Arabic-Indic: ٠١٢٣٤٥٦٧٨٩ (Arabic, Kurdish).
    Arabic,
    /// Extended Arabic-Indic: ۰۱۲۳۴۵۶۷۸۹ (Dari, Pashto).
    Persian,
}

impl Digits {
    /// The character for the digit `d` (0 to 9).
    fn digit(self, d: u32) -> char {
        let zero = match self {
            Digits::Latin => '0',
            Digits::Arabic => '\u{0660}',
            Digits::Persian => '\u{06F0}',
        };
        char::from_u32(zero as u32 + d).unwrap_or('0')
    }

    /// The decimal point and the thousands separator.
    fn separators(self) -> (char, char) {
        match self {
            Digits::Latin => ('.', ','),
            Digits::Arabic | Digits::Persian => ('\u{066B}', '\u{066C}'),
        }
    }
}

/// One language's catalogue.
#[derive(Debug, PartialEq)]
pub struct Locale {
    /// The language code (`ar`).
    pub code: &'static str,
    /// Still a draft: not yet checked by a qualified translator.
    pub draft: bool,
    /// How numbers are written.
    pub digits: Digits,
    /// (id, words), in the file's order.
    messages: Vec<(&'static str, &'static str)>,
}

impl Locale {
    /// The words for `id`, if this catalogue has them.
    pub fn get(&self, id: &str) -> Option<&'static str> {
        self.messages.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    }

    /// Every id this catalogue has.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.messages.iter().map(|(k, _)| *k)
    }

    /// Reads a catalogue: `id = words` lines, `@field = value` headers,
    /// `#` comments and blank lines skipped. A line without ` = ` or with no
    /// words is skipped (English is shown for that id instead); the first
    /// line for an id wins. Only `@status = reviewed` drops the draft notice.
    pub fn parse(code: &'static str, text: &'static str) -> Locale {
        let mut locale = Locale { code, draft: true, digits: Digits::Latin, messages: Vec::new() };
        let mut rtl = false;
        for line in text.lines() {
            let Some((key, words)) = crate::split_once_str(line, " = ") else { continue };
            // The words keep their spaces ("Error: " ends with one); only a
            // Windows line end goes.
            let (key, words) = (key.trim(), words.trim_end_matches('\r'));
            if key.starts_with('#') || words.trim().is_empty() {
                continue;
            }
            match key {
                "@status" => locale.draft = words != "reviewed",
                "@dir" => rtl = words == "rtl",
                "@digits" => {
                    locale.digits = match words {
                        "arab" => Digits::Arabic,
                        "arabext" => Digits::Persian,
                        _ => Digits::Latin,
                    }
                }
                _ if key.starts_with('@') => {}
                _ if locale.get(key).is_none() => {
                    let words = match rtl.then(|| english_in_brackets(words)).flatten() {
                        Some(marked) => &*Box::leak(marked.into_boxed_str()),
                        None => words,
                    };
                    locale.messages.push((key, words));
                }
                _ => {}
            }
        }
        locale
    }
}

/// In right-to-left text, an English term in brackets ("(Staying Put)")
/// gets a left-to-right mark before its opening bracket, so the brackets
/// take the English's direction and the term reads as one left-to-right
/// piece, also where a line breaks inside it. `None` when there is none.
fn english_in_brackets(words: &str) -> Option<String> {
    const LRM: char = '\u{200E}';
    if !words.contains('(') {
        return None;
    }
    let mut out = String::with_capacity(words.len() + 8);
    let mut chars = words.chars().peekable();
    let mut changed = false;
    while let Some(c) = chars.next() {
        if c == '(' && chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == LRM) && !out.ends_with(LRM) {
            out.push(LRM);
            changed = true;
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// Western digits in `text` written the way `digits` writes them; with
/// `number`, the decimal point and thousands commas too.
pub fn localise_digits(text: &str, digits: Digits, number: bool) -> String {
    let (point, comma) = digits.separators();
    text.chars()
        .map(|c| match c {
            '0'..='9' => digits.digit(c as u32 - '0' as u32),
            '.' if number => point,
            ',' if number => comma,
            other => other,
        })
        .collect()
}

/// Arabic-Indic and Persian digits (and the Arabic thousands separator)
/// as Western ones, so "١٢" and "۱۲" read as 12. Everything else is kept.
pub fn normalise_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c),
            '\u{066C}' => ',',
            other => other,
        })
        .collect()
}

thread_local! {
    /// Catalogues fetched so far: each file is fetched at most once a visit.
    static LOADED: RefCell<Vec<&'static Locale>> = const { RefCell::new(Vec::new()) };
}

/// A catalogue fetched earlier in this visit.
pub fn loaded(code: &str) -> Option<&'static Locale> {
    LOADED.with(|l| l.borrow().iter().copied().find(|l| l.code == code))
}

/// Keeps a parsed catalogue for the rest of the visit. The text lives as
/// long as the page (leaked once per language), so lookups borrow nothing.
pub fn keep(code: &'static str, text: String) -> &'static Locale {
    if let Some(l) = loaded(code) {
        return l;
    }
    let locale: &'static Locale = Box::leak(Box::new(Locale::parse(code, Box::leak(text.into_boxed_str()))));
    LOADED.with(|l| l.borrow_mut().push(locale));
    locale
}

/// Fetches `locales/<code>.txt` from our own origin (relative to the page),
/// unless it was fetched before. English needs no fetch.
#[cfg(target_arch = "wasm32")]
pub async fn fetch(code: &'static str) -> Option<&'static Locale> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    if let Some(l) = loaded(code) {
        return Some(l);
    }
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(&format!("locales/{code}.txt"))).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    Some(keep(code, text))
}

/// Outside the browser (the prerender, native tests) nothing is fetched:
/// only a catalogue kept earlier is found.
#[cfg(not(target_arch = "wasm32"))]
pub async fn fetch(code: &'static str) -> Option<&'static Locale> {
    loaded(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_reads_headers_messages_and_skips_the_rest() {
        let l = Locale::parse(
            "ar",
            "# comment\n@code = ar\n@digits = arab\n@status = draft\n\na.b = one\nno equals sign\nc.d = \na.b = two\ne.f = خطا: \r\n",
        );
        assert_eq!(l.get("a.b"), Some("one"));
        assert_eq!(l.get("e.f"), Some("خطا: "), "a trailing space is kept, a carriage return is not");
        assert_eq!(l.get("c.d"), None);
        assert_eq!(l.get("@code"), None);
        assert_eq!(l.digits, Digits::Arabic);
        assert!(l.draft);
        assert!(!Locale::parse("ti", "@status = reviewed\n").draft);
        let rtl = Locale::parse("ar", "@dir = rtl\na = البقاء (Staying Put) و(١٨)\n");
        assert_eq!(
            rtl.get("a"),
            Some("البقاء \u{200E}(Staying Put) و(١٨)"),
            "English in brackets is marked left to right"
        );
        let ltr = Locale::parse("ti", "@dir = ltr\na = ምጽናሕ (Staying Put)\n");
        assert_eq!(ltr.get("a"), Some("ምጽናሕ (Staying Put)"));
    }

    #[test]
    fn digits_are_written_and_read_per_language() {
        assert_eq!(localise_digits("£19,923.80", Digits::Arabic, true), "£١٩٬٩٢٣٫٨٠");
        assert_eq!(localise_digits("15 June 2026", Digits::Persian, false), "۱۵ June ۲۰۲۶");
        assert_eq!(localise_digits("£1.00", Digits::Latin, true), "£1.00");
        assert_eq!(normalise_digits("١٢"), "12");
        assert_eq!(normalise_digits("۱۹۹۸"), "1998");
        assert_eq!(normalise_digits("١٬٢٥٠"), "1,250");
        assert_eq!(normalise_digits("twelve"), "twelve");
    }

    #[test]
    fn only_known_languages_are_accepted() {
        assert_eq!(known("ar"), Some("ar"));
        assert_eq!(known("<b>ar</b>"), None);
        assert!(is_rtl("ckb") && !is_rtl("ti") && !is_rtl("en"));
    }
}
