use crate::i18n::t;
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where "Exit this page" goes: a neutral page, replacing this one in the history.
pub const EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// Three presses of Shift within this many milliseconds exit the page (GOV.UK's 5 seconds).
pub const SHIFT_WINDOW_MS: f64 = 5000.0;

/// Presses of Shift on its own so far, and when the first of them was (ms).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ShiftPresses {
    /// How many, 0 to 3.
    pub count: u8,
    /// The time of the first, in milliseconds.
    pub since: f64,
}

impl ShiftPresses {
    /// The presses after a key goes down at `now`. Shift on its own counts
    /// (starting again when the first press is more than 5 seconds old);
    /// any other key, or Shift with another modifier, starts again.
    pub fn press(self, shift_alone: bool, now: f64) -> ShiftPresses {
        if !shift_alone {
            ShiftPresses::default()
        } else if self.count == 0 || self.count >= 3 || now - self.since > SHIFT_WINDOW_MS {
            ShiftPresses { count: 1, since: now }
        } else {
            ShiftPresses { count: self.count + 1, since: self.since }
        }
    }
}

/// Hides the page at once (GOV.UK's overlay) and replaces it with [`EXIT_URL`],
/// so that Back does not return to it. A navigation away, not a request.
fn exit() {
    // The answers this tab kept go first: nothing is left behind.
    crate::forget_progress();
    let Some(w) = web_sys::window() else { return };
    if let Some(doc) = w.document() {
        if let (Some(body), Ok(overlay)) = (doc.body(), doc.create_element("div")) {
            overlay.set_class_name("govuk-exit-this-page-overlay");
            let _ = overlay.set_attribute("role", "alert");
            overlay.set_text_content(Some(&t("common.exit_loading")));
            let _ = body.append_child(&overlay);
            body.set_class_name(&format!("{} govuk-exit-this-page-hide-content", body.class_name()));
        }
    }
    // Embedded in a guidance page, the whole page goes, not only the frame:
    // the page around it may be about the same worry. The click or the
    // Shift presses let a frame move the top window; where the host forbids
    // it, the frame itself goes.
    let top_moved = crate::embed::is_embedded()
        && w.top().ok().flatten().is_some_and(|top| top.location().replace(EXIT_URL).is_ok());
    if !top_moved {
        let _ = w.location().replace(EXIT_URL);
    }
}

/// The GOV.UK "Exit this page" button, and its keyboard shortcut: Shift
/// pressed three times within 5 seconds. The key listener lives only while
/// the button is shown (the kinship and care-leaver journeys).
#[component]
pub fn ExitThisPage() -> Html {
    // What the indicator shows: presses so far; `None` once the 5 seconds passed.
    let shown = use_state(|| Some(0u8));
    {
        let shown = shown.clone();
        use_effect_with((), move |_| {
            let presses = Rc::new(Cell::new(ShiftPresses::default()));
            // The timer that clears the count when the 5 seconds pass:
            // replaced on each press, cancelled when dropped.
            let timer = Rc::new(RefCell::new(None::<Timeout>));
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: true };
                EventListener::new_with_options(&doc, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if e.repeat() {
                        return;
                    }
                    let alone = e.key() == "Shift" && !e.ctrl_key() && !e.alt_key() && !e.meta_key();
                    let before = presses.get();
                    let now = before.press(alone, js_sys::Date::now());
                    presses.set(now);
                    timer.borrow_mut().take();
                    if now.count >= 3 {
                        shown.set(Some(3));
                        exit();
                    } else if now.count > 0 {
                        shown.set(Some(now.count));
                        let left = (SHIFT_WINDOW_MS - (js_sys::Date::now() - now.since)).max(0.0);
                        // Whole milliseconds: the window is 5000 at most.
                        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                        let ms = left as u32;
                        let (presses, shown) = (presses.clone(), shown.clone());
                        let expire = Timeout::new(ms, move || {
                            presses.set(ShiftPresses::default());
                            shown.set(None);
                        });
                        *timer.borrow_mut() = Some(expire);
                    } else if before.count > 0 {
                        shown.set(Some(0));
                    }
                })
            });
            // Dropping the listener removes it from the document.
            move || drop(listener)
        });
    }
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        exit();
    });
    // A link that says it is a button answers the Space key as a button
    // does (govuk-frontend's Button module does the same).
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == " " || e.key() == "Spacebar" {
            e.prevent_default();
            exit();
        }
    });
    let count = (*shown).unwrap_or(0);
    let status = match *shown {
        Some(1) => t("common.exit_two_more"),
        Some(2) => t("common.exit_one_more"),
        Some(3) => t("common.exit_loading"),
        None => t("common.exit_expired"),
        _ => "".into(),
    };
    let indicator = super::class_list(&[
        Some("govuk-exit-this-page__indicator"),
        (count > 0).then_some("govuk-exit-this-page__indicator--visible"),
    ]);
    let light = |n: u8| {
        super::class_list(&[
            Some("govuk-exit-this-page__indicator-light"),
            (count >= n).then_some("govuk-exit-this-page__indicator-light--on"),
        ])
    };
    html! {
        <div class="govuk-exit-this-page app-no-print" data-module="govuk-exit-this-page">
            <a href={EXIT_URL} role="button" draggable="false" rel="nofollow noreferrer" {onclick} {onkeydown}
               class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button">
                <span class="govuk-visually-hidden">{ t("common.exit_hidden") }</span>{ " " }{ t("common.exit_this_page") }
                <div Class={indicator}><div Class={light(1)}></div><div Class={light(2)}></div><div Class={light(3)}></div></div>
            </a>
            <span class="govuk-visually-hidden" role="status" id="exit-this-page-status">{ status }</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_presses_of_shift_within_5_seconds_exit() {
        let p = ShiftPresses::default().press(true, 1000.0).press(true, 3000.0).press(true, 6000.0);
        assert_eq!(p.count, 3);
        // The third press 5.001 seconds after the first starts again.
        let p = ShiftPresses::default().press(true, 1000.0).press(true, 3000.0).press(true, 6001.0);
        assert_eq!(p, ShiftPresses { count: 1, since: 6001.0 });
        // Another key between the presses (typing a capital letter) starts again.
        let p = ShiftPresses::default().press(true, 0.0).press(false, 10.0).press(true, 20.0).press(true, 30.0);
        assert_eq!(p.count, 2);
    }
}
