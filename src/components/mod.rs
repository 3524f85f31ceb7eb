//! GOV.UK Design System pieces, each small and dumb: plain functions,
//! arguments in, `Html` out (a Yew component only where there is state:
//! [`ExitThisPage`]). Functions rather than components because each
//! component costs the wasm its own copy of Yew's generic lifecycle code.
//! Words come in through props or from the message catalogue.

mod back_link;
mod date_input;
mod details;
mod error_summary;
mod exit_this_page;
mod notification_banner;
mod number_input;
mod panel;
mod radios;
mod summary_list;
mod tag;
mod warning_text;

pub use back_link::back_link;
pub use date_input::{date_input, DateInputProps};
pub use details::details;
pub use error_summary::{error_summary, focus_after_render, focus_by_id};
pub use exit_this_page::ExitThisPage;
pub use notification_banner::notification_banner;
pub use number_input::{number_input, NumberInputProps};
pub use panel::panel;
pub use radios::{radios, RadioOption, RadiosProps};
pub use summary_list::{summary_list, SummaryRow};
pub use tag::tag;
pub use warning_text::warning_text;

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Scroll regions (`.app-table-scroll`) take a tab stop only while their
/// table is wider than they are, so that a keyboard can scroll them; a
/// table that fits adds no stop. Checked now and whenever a region or its
/// table changes size (a resize, a zoom, a language with longer words).
/// The app calls this after each page change.
pub fn focusable_when_scrollable() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(regions) = doc.query_selector_all(".app-table-scroll, .app-table-scroll > table") else { return };
    WATCHER.with(|watcher| {
        let Some(observer) = watcher else { return };
        // Only what is on the page now is watched.
        observer.disconnect();
        for i in 0..regions.length() {
            if let Some(el) = regions.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                observer.observe(&el);
            }
        }
    });
    mark_scroll_regions();
}

thread_local! {
    /// Calls [`mark_scroll_regions`] when a watched region or table resizes.
    static WATCHER: Option<web_sys::ResizeObserver> = {
        let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(mark_scroll_regions);
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        // It lives as long as the page.
        callback.forget();
        observer
    };
}

/// Gives each scroll region a tab stop if it scrolls, and takes it away if not.
fn mark_scroll_regions() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(regions) = doc.query_selector_all(".app-table-scroll") else { return };
    for i in 0..regions.length() {
        let Some(region) = regions.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let _ = if region.scroll_width() > region.client_width() {
            region.set_attribute("tabindex", "0")
        } else {
            region.remove_attribute("tabindex")
        };
    }
}

/// The legend or label of a question: the page's h1 when `heading`.
pub fn heading_text(heading: bool, text: &AttrValue) -> Html {
    if heading {
        html! { <h1 class="govuk-fieldset__heading" tabindex="-1">{ text.clone() }</h1> }
    } else {
        html! { { text.clone() } }
    }
}

/// A field's hint and error message, with the ids `aria-describedby` names.
pub fn hint_and_error(id: &str, hint: &Option<AttrValue>, error: &Option<AttrValue>) -> (Html, Option<String>) {
    let mut described = Vec::new();
    let hint_html = hint.as_ref().map_or_else(Html::default, |h| {
        described.push(format!("{id}-hint"));
        html! { <div id={format!("{id}-hint")} class="govuk-hint">{ h.clone() }</div> }
    });
    let error_html = error.as_ref().map_or_else(Html::default, |e| {
        described.push(format!("{id}-error"));
        html! {
            <p id={format!("{id}-error")} class="govuk-error-message">
                <span class="govuk-visually-hidden">{ crate::i18n::t("common.error_hidden") }</span>{ " " }{ e.clone() }
            </p>
        }
    });
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    (html! { <>{ hint_html }{ error_html }</> }, describedby)
}

/// Class names joined by spaces, leaving out the `None`s: what Yew's
/// `classes!` makes, as a plain string, so the wasm carries no ordered set
/// for it.
///
/// A class worked out at run time is written `Class={...}`, never with a
/// lower-case `class` (nor the shorthand, nor `classes!`): Yew's `html!` passes a `class` that is not
/// a literal through its `Classes` set (an `IndexSet` with its hashing and
/// whitespace splitting, about 1.5 KB brotli of the wasm), and only for the
/// name `class`. `Class` is set with `setAttribute`, which lowercases the
/// name on an HTML page (the DOM standard), and an HTML parser reads a
/// prerendered `Class=` as `class`; the strings given are already what
/// `Classes` would make of them (names joined by single spaces, none twice,
/// never empty). `tests::no_class_set_at_run_time` keeps it so.
pub fn class_list(names: &[Option<&str>]) -> String {
    let mut out = String::new();
    for name in names.iter().flatten() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(name);
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap_or_default()));
            }
        }
    }

    #[test]
    fn no_class_set_at_run_time() {
        let mut files = Vec::new();
        sources(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
        assert!(files.len() > 20, "the sources were read");
        // Written in two parts so that this file does not match itself.
        let (dynamic, shorthand, set) =
            (["class", "={"].concat(), [" {", "class}"].concat(), ["classes", "!("].concat());
        for (path, text) in files {
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.contains(&dynamic) && !line.contains(&shorthand) && !line.contains(&set),
                    "{path}:{}: a class worked out at run time is written Class={{...}} with class_list (see there)",
                    n + 1
                );
            }
        }
    }
}
