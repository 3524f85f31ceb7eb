//! Embed mode. `?embed=1` hides the site's header and footer (a class on
//! `<body>`, `app-embed`) and tells the page that embeds the planner how
//! tall its content is, so that our parent script
//! (`embed/kent-support-planner-embed-v1.js`, embed/README.md) can size the
//! iframe to fit.
//!
//! The message is `{v: 1, type: "height", px}` and nothing else: never an
//! answer. It goes to one exact origin from the allow-list compiled in from
//! `deploy/embed-origins.txt`, never to `"*"`: the `origin=` parameter if it
//! is on the list, else the origin of `document.referrer` if that is. When
//! neither is, nothing is sent. `deploy/preview-origins.txt` (preview and
//! staging hosts, which scripts/headers.mjs also lets frame the planner)
//! is compiled in beside it. The cargo feature `e2e-origins` adds the
//! end-to-end test's host origin (`tests/e2e/embed-origins-e2e.txt`); a
//! release for users is built without it.

use crate::query_param;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// A list file without its comment lines and blank lines, at compile time,
/// as the English catalogue is (`i18n::words_only`): the reader below skips
/// them anyway, and the two deploy files' comments cost the planner's wasm
/// 0.3 KB brotli.
macro_rules! lines_only {
    ($path:literal) => {{
        const FILE: &[u8] = include_bytes!($path);
        static BYTES: [u8; crate::i18n::words_len(FILE)] = crate::i18n::words_only(FILE);
        static TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("a list file is not UTF-8"),
        };
        TEXT
    }};
}

const ORIGINS: &str = lines_only!("../deploy/embed-origins.txt");
const PREVIEW_ORIGINS: &str = lines_only!("../deploy/preview-origins.txt");
#[cfg(feature = "e2e-origins")]
const TEST_ORIGINS: &str = lines_only!("../tests/e2e/embed-origins-e2e.txt");
#[cfg(not(feature = "e2e-origins"))]
const TEST_ORIGINS: &str = "";

/// The origins allowed to embed the planner and receive its messages.
pub fn allowed_origins() -> impl Iterator<Item = &'static str> {
    ORIGINS
        .lines()
        .chain(PREVIEW_ORIGINS.lines())
        .chain(TEST_ORIGINS.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The allow-listed origin equal to `origin`, if there is one.
pub fn allowed(origin: &str) -> Option<&'static str> {
    allowed_origins().find(|o| *o == origin)
}

/// The origin (scheme, host and port) of an absolute URL.
pub fn origin_of(url: &str) -> Option<&str> {
    let (scheme, rest) = crate::split_once_str(url, "://")?;
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest.get(..end)?;
    if host.is_empty() || host.contains('@') {
        return None;
    }
    url.get(..scheme.len() + 3 + end)
}

/// `%XX` escapes decoded; `None` if one is malformed or the text is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

thread_local! {
    /// Set once by [`init`] when the page is in embed mode.
    static EMBEDDED: Cell<bool> = const { Cell::new(false) };
}

/// True when the planner is embedded in another page (`?embed=1`): one
/// journey there, so nothing leads to the planner's own start page.
pub fn is_embedded() -> bool {
    EMBEDDED.with(Cell::get)
}

/// True when the address asks for embed mode (`embed=1` exactly).
pub fn embed_from_query(search: &str) -> bool {
    query_param(search, "embed") == Some("1")
}

/// Where height messages may go: the `origin=` parameter if allow-listed,
/// else the referrer's origin if allow-listed. Always a string from the
/// allow-list, never one from the address.
pub fn target_origin(search: &str, referrer: &str) -> Option<&'static str> {
    let param = query_param(search, "origin").and_then(percent_decode);
    param.as_deref().and_then(allowed).or_else(|| origin_of(referrer).and_then(allowed))
}

/// The height message: `{v: 1, type: "height", px}`.
fn message(px: f64) -> JsValue {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"v".into(), &JsValue::from_f64(1.0));
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"height".into());
    let _ = js_sys::Reflect::set(&msg, &"px".into(), &JsValue::from_f64(px));
    msg.into()
}

/// In embed mode,
/// marks `<body>` and starts reporting the height of `#app` to the parent
/// page whenever it changes.
pub fn init() {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let search = w.location().search().unwrap_or_default();
    if !embed_from_query(&search) {
        return;
    }
    EMBEDDED.with(|e| e.set(true));
    if let Some(body) = doc.body() {
        body.set_class_name(&format!("{} app-embed", body.class_name()));
    }
    let (Some(target), Ok(Some(parent)), Some(app)) =
        (target_origin(&search, &doc.referrer()), w.parent(), doc.get_element_by_id("app"))
    else {
        return;
    };
    if JsValue::from(&parent) == JsValue::from(&w) {
        return;
    }
    let last = Rc::new(Cell::new(-1.0));
    let observed = app.clone();
    let report = Closure::<dyn FnMut()>::new(move || {
        let top = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
        let px = (observed.get_bounding_client_rect().bottom() + top).ceil().max(0.0);
        if px != last.get() {
            last.set(px);
            let _ = parent.post_message(&message(px), target);
        }
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&app);
        // The app lives as long as the page: keep the observer and its callback.
        std::mem::forget(observer);
        report.forget();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_exact_allow_listed_origins_are_targets() {
        let kent = "https://www.kent.gov.uk";
        assert_eq!(target_origin("?embed=1", "https://www.kent.gov.uk/fostering/page"), Some(kent));
        assert_eq!(target_origin("?origin=https%3A%2F%2Fwww.kent.gov.uk", ""), Some(kent));
        assert_eq!(target_origin("?origin=https://www.kent.gov.uk", ""), Some(kent));
        assert_eq!(target_origin("?origin=https://evil.example", "https://www.kent.gov.uk/"), Some(kent));
        assert_eq!(target_origin("?origin=*", ""), None);
        assert_eq!(target_origin("", "https://www.kent.gov.uk.evil.example/"), None);
        assert_eq!(target_origin("", "http://www.kent.gov.uk/"), None);
        assert_eq!(target_origin("", "https://user@www.kent.gov.uk/"), None);
        assert_eq!(target_origin("?origin=%zz", ""), None);
        assert_eq!(target_origin("", ""), None);
        assert!(allowed_origins().all(|o| o != "*" && origin_of(o) == Some(o)));
    }

    #[test]
    fn the_compiled_lists_are_the_files_origins() {
        let read = |text: &str| -> Vec<String> {
            text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(String::from).collect()
        };
        let files = [include_str!("../deploy/embed-origins.txt"), include_str!("../deploy/preview-origins.txt")];
        assert_eq!(read(ORIGINS), read(files[0]));
        assert_eq!(read(PREVIEW_ORIGINS), read(files[1]));
        assert!(!ORIGINS.contains('#') && !PREVIEW_ORIGINS.contains('#'));
    }

    #[test]
    fn the_embed_parameter_must_be_exactly_1() {
        assert!(embed_from_query("?journey=fostering&embed=1"));
        assert!(!embed_from_query("?embed=true"));
        assert!(!embed_from_query("?embed=1x"));
    }
}
