//! The app's effects, each a named hook, so that [`crate::App`] is wiring
//! only (as Yew's examples keep their top component): focus and the live
//! region after each step, the language and the page title, the browser's
//! Back and Forward, and the answers kept in the tab or, if asked, on the
//! device. Every DOM or storage call happens inside an effect.

use crate::state::{share, Action, State};
use crate::{after_render, components, i18n, language, page_title, storage, window};
use crate::{PROGRESS_KEY, STORAGE_KEY, STORAGE_LANG_KEY};
use gloo::events::EventListener;
use yew::prelude::*;

/// After each step (a new page, an error shown): focus the new heading
/// and tell screen readers where they are. Not on the other pages
/// (`other`: privacy, the staff pages), which manage their own.
#[hook]
pub fn use_focus_after_each_step(state: &UseReducerHandle<State>, other: bool) {
    let s = (**state).clone();
    use_effect_with((state.seq, state.step, state.errors.len()), move |_| {
        if !other {
            after_render(&s)
        }
    });
}

/// When the language changes (or a page shows in English only): the page's
/// `lang` and `dir`, its title, and focus back on the language chooser
/// (not on the first render).
#[hook]
pub fn use_language_and_title(
    lang: &'static str,
    english_only: bool,
    page: Option<&'static str>,
    state: &UseReducerHandle<State>,
) {
    let s = (**state).clone();
    let first = use_mut_ref(|| true);
    use_effect_with((lang, english_only), move |(code, _)| {
        language::apply(code);
        let doc = window().and_then(|w| w.document());
        // The journeys' titles, and the privacy page's (a function, not
        // a component); the staff pages set their own.
        let title = match page {
            None => Some(page_title(&s)),
            Some("privacy") => Some(i18n::t("privacy.page_title").into_owned()),
            Some(_) => None,
        };
        if let (Some(doc), Some(title)) = (&doc, title) {
            doc.set_title(&title);
        }
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            components::focus_by_id("language-current");
        }
        components::focusable_when_scrollable();
    });
}

/// The browser's Back and Forward: the step the history entry names, and
/// the language the address names.
#[hook]
pub fn use_back_and_forward(state: &UseReducerHandle<State>, choose: &Callback<&'static str>) {
    let dispatch = state.dispatcher();
    let choose = choose.clone();
    use_effect_with((), move |_| {
        // Removed from the window when dropped, when App goes.
        let listener = window().map(|w| {
            EventListener::new(&w, "popstate", move |_| {
                let asked = language::from_address();
                if asked != i18n::chosen_code() {
                    choose.emit(asked);
                }
                let step =
                    window().and_then(|w| w.history().ok()).and_then(|h| h.state().ok()).and_then(|v| v.as_string());
                if let Some(step) = step {
                    dispatch.dispatch(Action::History(step));
                }
            })
        });
        move || drop(listener)
    });
}

/// The answers in progress, kept in this tab (sessionStorage) on each
/// answer when a journey is shown (`journeys`), and on the device only if
/// the person chose to save them (localStorage), with the language they
/// were saved in. The storage is web-sys's own: gloo's storage reads and
/// writes JSON through serde, which the wasm does not carry.
#[hook]
pub fn use_kept_answers(state: &UseReducerHandle<State>, lang: &'static str, journeys: bool) {
    let encoded = state.journey.map(|j| share::encode(j, &state.raw, state.today, state.on));
    // The language the page opened in: only a language chosen after that
    // replaces the one answers saved earlier are kept in.
    let opened_in = language::opened_in();
    // This tab keeps the answers in progress (sessionStorage), on each
    // answer: not on another page (privacy), nor on the bare start page.
    let journeys = journeys && encoded.is_some();
    use_effect_with((state.save_on_device, encoded, lang, state.step), move |(save, encoded, code, step)| {
        if let Some(st) = storage(true).filter(|_| journeys) {
            let _ = match encoded.as_deref().and_then(|e| share::progress(*step, e)) {
                Some(text) => st.set_item(PROGRESS_KEY, &text),
                None => st.remove_item(PROGRESS_KEY),
            };
        }
        let Some(st) = storage(false) else { return };
        // The language saved answers are kept in: the one in use.
        let keep_language = |st: &web_sys::Storage| {
            let _ = match *code {
                "en" => st.remove_item(STORAGE_LANG_KEY),
                code => st.set_item(STORAGE_LANG_KEY, code),
            };
        };
        match (save, encoded) {
            (Some(true), Some(text)) => {
                let _ = st.set_item(STORAGE_KEY, text);
                keep_language(&st);
            }
            (Some(false), _) => {
                let _ = st.remove_item(STORAGE_KEY);
                let _ = st.remove_item(STORAGE_LANG_KEY);
            }
            // Answers saved on an earlier visit, not taken up yet: a
            // language chosen now (not the one an address opened in) is
            // the one they come back in.
            (None, _) if *code != opened_in && st.get_item(STORAGE_KEY).ok().flatten().is_some() => {
                keep_language(&st);
            }
            _ => {}
        }
    });
}
