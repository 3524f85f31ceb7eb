//! Choosing a language: the chooser (one line in the header, "Language",
//! opening GOV.UK Frontend's language navigation: a list of links, each
//! language named in itself), the line that says a page is a draft
//! translation or only in English, and what a change of language does to
//! the page around the app: `<html lang dir>`, the site's header and footer
//! (marked `data-i18n` in index.html) and the address's `?lang=`.
//!
//! Each link is a real `?lang=` address, so the chooser works as a link
//! where the app has not started; where it has, a click switches in place
//! and keeps the answers, which live only in the page's memory. On a phone
//! the chooser and the notice take a line each, so that a question and its
//! Continue button fit on the first screen (tests/e2e/phone.test.mjs).

use crate::i18n::{self, LANGUAGES};
use crate::query_param;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The address's parameters that the planner reads, each checked, with
/// `lang=` set to `code` (dropped for English). Nothing else in the
/// address is carried into the links: only values the planner accepts.
pub fn search_with_lang(search: &str, code: &str) -> String {
    let mut pairs: Vec<String> = Vec::new();
    if let Some(j) = crate::journey_from_query(search) {
        pairs.push(format!("journey={}", j.as_str()));
    }
    if let Some(p) = crate::page_from_query(search) {
        pairs.push(format!("page={p}"));
    }
    if let Some(on) = crate::on_from_query(search) {
        pairs.push(format!("on={on}"));
    }
    if crate::embed::embed_from_query(search) {
        pairs.push("embed=1".to_string());
    }
    if let Some(origin) = crate::embed::target_origin(search, "") {
        pairs.push(format!("origin={}", origin.replace(':', "%3A").replace('/', "%2F")));
    }
    if code != "en" {
        pairs.push(format!("lang={code}"));
    }
    if pairs.is_empty() {
        "?".to_string()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

fn search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The element the chooser is drawn into: the header's slot beside the
/// council's name (index.html), except where the header is hidden
/// (embedded) or has no slot; then the chooser stays at the top of the app.
fn header_slot() -> Option<web_sys::Element> {
    if crate::embed::is_embedded() {
        return None;
    }
    web_sys::window()?.document()?.get_element_by_id("language-slot")
}

/// A link to this page in language `code` that, where the app runs,
/// switches in place (keeping the answers) and closes the chooser.
fn language_link(here: &str, code: &'static str, on_choose: &Callback<&'static str>) -> (String, Callback<MouseEvent>) {
    let on_choose = on_choose.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        if let Some(d) =
            web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("language-details"))
        {
            let _ = d.remove_attribute("open");
        }
        on_choose.emit(code);
    });
    (search_with_lang(here, code), onclick)
}

/// The language chooser: one line, "Language" (in English, and in the
/// chosen language beside it), that opens the list of languages, each
/// named in itself (a disclosure: `<details>`, so it opens with the
/// keyboard and without the app). Each choice is a real `?lang=` address.
/// `current` is the chosen language's code.
pub fn switcher(current: &'static str, on_choose: &Callback<&'static str>) -> Html {
    let here = search();
    let items = LANGUAGES.iter().map(|l| {
        let dir = if l.rtl { "rtl" } else { "ltr" };
        if l.code == current {
            html! {
                <li class="govuk-language-navigation__list-item">
                    <span class="govuk-language-navigation__text" aria-current="true" lang={l.code} {dir}>{ l.name }</span>
                </li>
            }
        } else {
            let (href, onclick) = language_link(&here, l.code, on_choose);
            html! {
                <li class="govuk-language-navigation__list-item">
                    <a class="govuk-language-navigation__link" {href} rel="alternate" hreflang={l.code} lang={l.code} {dir} {onclick}>{ l.name }</a>
                </li>
            }
        }
    });
    // "Language" in English, so that someone who cannot read the page finds
    // the way back; and in the page's language, so that its reader does.
    let own = (current != "en").then(|| html! { <>{ " / " }<span>{ i18n::get_chosen("lang.language") }</span></> });
    let chooser = html! {
        <nav class="app-language" aria-label={i18n::get_chosen("lang.switcher")} id="language-select">
            <details class="govuk-details app-language__details" id="language-details">
                <summary class="govuk-details__summary" id="language-current">
                    <span class="govuk-details__summary-text"><span lang="en">{ "Language" }</span>{ own }</span>
                </summary>
                <div class="govuk-details__text app-language__list">
                    <ul class="govuk-language-navigation__list">{ for items }</ul>
                </div>
            </details>
        </nav>
    };
    match header_slot() {
        Some(slot) => create_portal(chooser, slot),
        None => chooser,
    }
}

/// The line at the top of the page about its language. A page not yet
/// translated says it is in English. A draft translation says so in one
/// line with a "Read in English" link on the questions, and in full
/// (`full`: the start and result pages) with the same link.
pub fn notice(current: &'static str, english_only: bool, full: bool, on_choose: &Callback<&'static str>) -> Html {
    let draft = !english_only && i18n::chosen().is_some_and(|l| l.draft);
    if !english_only && !draft {
        return html! {};
    }
    let dir = if i18n::is_rtl(current) { "rtl" } else { "ltr" };
    let (id, class) = match (english_only, full) {
        (true, _) => ("english-only", "app-language-note"),
        (false, true) => ("draft-translation", "govuk-phase-banner app-draft-banner"),
        (false, false) => ("draft-translation", "app-language-note"),
    };
    let (href, onclick) = language_link(&search(), "en", on_choose);
    html! {
        <div Class={class} {id} lang={current} {dir}>
            if english_only {
                { i18n::get_chosen("lang.english_only") }
            } else {
                <p class="govuk-phase-banner__content">
                    <strong class="govuk-tag govuk-phase-banner__content__tag">{ i18n::get_chosen(if full { "lang.draft_tag" } else { "lang.draft_short" }) }</strong>
                    <span class="govuk-phase-banner__text">
                        if full { { i18n::get_chosen("lang.draft") }{ " " } }
                        <a class="govuk-link" {href} hreflang="en" id="read-in-english" {onclick}>{ i18n::get_chosen("lang.read_in_english") }</a>
                    </span>
                </p>
            }
        </div>
    }
}

/// Puts the page around the app into language `code`: `<html lang dir>`,
/// the header and footer words, and `?lang=` in the address (the history
/// entry is replaced, not added, and keeps its step).
pub fn apply(code: &'static str) {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", code);
        let _ = html.set_attribute("dir", if i18n::is_rtl(code) { "rtl" } else { "ltr" });
    }
    if let Ok(marked) = doc.query_selector_all("[data-i18n]") {
        for i in 0..marked.length() {
            let Some(el) = marked.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if let Some(id) = el.get_attribute("data-i18n") {
                el.set_text_content(Some(&i18n::get_chosen(&id)));
            }
        }
    }
    // The footer's privacy link: the static English page, or the app's
    // privacy page in the chosen language.
    if let Some(link) = doc.get_element_by_id("footer-privacy") {
        let href = if code == "en" { "privacy.html".to_string() } else { format!("./?page=privacy&lang={code}") };
        let _ = link.set_attribute("href", &href);
    }
    let now = search();
    let wanted = search_with_lang(&now, code);
    if wanted != now && !(now.is_empty() && wanted == "?") {
        if let Ok(history) = w.history() {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&wanted));
        }
    }
}

/// The start page's address in the chosen language.
pub fn home() -> String {
    match i18n::chosen_code() {
        "en" => "./".to_string(),
        code => format!("./?lang={code}"),
    }
}

/// The language `?lang=` asks for, if the planner speaks it; else English.
pub fn lang_from_query(search: &str) -> &'static str {
    query_param(search, "lang").and_then(i18n::known).unwrap_or("en")
}

thread_local! {
    /// The language the page opened in ([`set_opened_in`], at start).
    static OPENED_IN: std::cell::Cell<&'static str> = const { std::cell::Cell::new("en") };
}

/// Records the language the page opened in.
pub fn set_opened_in(code: &'static str) {
    OPENED_IN.with(|c| c.set(code));
}

/// The language the page opened in: a language chosen since differs.
pub fn opened_in() -> &'static str {
    OPENED_IN.with(std::cell::Cell::get)
}

/// The language the page's address asks for.
pub fn from_address() -> &'static str {
    lang_from_query(&search())
}

/// The language to open the planner in: on the bare start page (no
/// query at all), the one answers were saved in on this device (the
/// person chose to save them), so the start page offers them back in
/// words they read; anywhere else, the address's. Only when the app
/// starts: a language chosen later, and the history's addresses, are the
/// address's alone.
pub fn at_start() -> &'static str {
    let here = search();
    if !here.is_empty() {
        return lang_from_query(&here);
    }
    let saved = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .filter(|st| st.get_item(crate::STORAGE_KEY).ok().flatten().is_some())
        .and_then(|st| st.get_item(crate::STORAGE_LANG_KEY).ok().flatten());
    saved.as_deref().and_then(i18n::known).unwrap_or("en")
}

#[cfg(test)]
mod tests {
    use super::{lang_from_query, search_with_lang};

    #[test]
    fn only_a_language_the_planner_speaks_is_read_from_the_address() {
        assert_eq!(lang_from_query("?lang=en"), "en");
        assert_eq!(lang_from_query("?lang=<b>cy</b>"), "en");
        assert_eq!(lang_from_query(""), "en");
        assert_eq!(lang_from_query("?journey=care_leaver&lang=ckb"), "ckb");
    }

    #[test]
    fn the_address_keeps_its_other_parameters() {
        assert_eq!(search_with_lang("?journey=care_leaver", "ar"), "?journey=care_leaver&lang=ar");
        assert_eq!(search_with_lang("?lang=ar&journey=care_leaver", "ti"), "?journey=care_leaver&lang=ti");
        assert_eq!(search_with_lang("?lang=ar", "en"), "?");
        assert_eq!(search_with_lang("", "ps"), "?lang=ps");
        assert_eq!(search_with_lang("?embed=1&lang=prs&on=2026-04-01", "ckb"), "?on=2026-04-01&embed=1&lang=ckb");
        assert_eq!(
            search_with_lang("?journey=%3Cscript%3E&x=<b>&on=2026-02-30", "ar"),
            "?lang=ar",
            "nothing unchecked is echoed"
        );
        assert_eq!(
            search_with_lang("?embed=1&origin=https%3A%2F%2Fwww.kent.gov.uk", "ti"),
            "?embed=1&origin=https%3A%2F%2Fwww.kent.gov.uk&lang=ti"
        );
    }
}
