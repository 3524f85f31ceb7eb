//! A printout for two readers (issue 19): when the result is shown in
//! another language, the printed page gives the result in that language
//! and then the same result in English, every section in both, so a young
//! person and their adviser read one document. (Each section followed by
//! its English was built too, and cost 0.5 KB more wasm than the whole
//! result once: past the size ceiling.) The English copies are drawn only while the page prints
//! (print media, the browser's print, or "Print" on the page: the events
//! src/loader.js sends), so the screen and a screen reader never have them
//! and no id is on the page twice; each is marked `lang="en" dir="ltr"`.
//! The English words are always in the wasm (`i18n`): no download.

use crate::i18n;
use gloo::events::EventListener;
use std::cell::Cell;
use yew::prelude::*;

/// The event src/loader.js sends when the page starts to print ("Print"
/// sends it before it prints); `app-print-end` when it has printed.
const PRINTING: &str = "app-print";

thread_local! {
    /// Whether the page is printing, as the app's last render saw it.
    static NOW: Cell<bool> = const { Cell::new(false) };
}

/// Whether the page prints: the app calls it in each render, so the
/// events redraw the page. gloo's listeners go when the app does.
#[hook]
pub fn use_printing() {
    let printing = use_state(|| false);
    NOW.with(|n| n.set(*printing));
    use_effect_with((), move |()| {
        let listeners = web_sys::window().map(|w| {
            [(PRINTING, true), ("app-print-end", false)].map(|(name, on)| {
                let printing = printing.clone();
                EventListener::new(&w, name, move |_| printing.set(on))
            })
        });
        move || drop(listeners)
    });
}

/// What `draw` makes (in the language the words come from); while a
/// translated page prints, followed by the same in English.
pub fn both(draw: &dyn Fn() -> Html) -> Html {
    let part = draw();
    if !NOW.with(Cell::get) || i18n::english_shown() {
        return part;
    }
    i18n::set_english_only(true);
    let english = draw();
    i18n::set_english_only(false);
    html! { <>{ part }<div class="app-print-en" lang="en" dir="ltr">{ english }</div></> }
}
