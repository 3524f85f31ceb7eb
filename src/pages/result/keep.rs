//! Keeping answers: a link with the answers in its fragment (after a
//! warning), and saving on this device (opt-in, clearable).

use crate::components::warning_text;
use crate::i18n::t;
use crate::state::{share, Action, State};
use yew::prelude::*;

/// Props for [`Keep`].
#[derive(Properties, PartialEq)]
pub struct KeepProps {
    /// The app state.
    pub state: UseReducerHandle<State>,
}

/// The address of this page with the answers in its fragment.
fn share_url(compact: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .map(|l| {
            format!(
                "{}{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default()
            )
        })
        .unwrap_or_default();
    format!("{base}#a={compact}")
}

/// "Copy a link to these answers" and "Save my answers on this device".
#[component]
pub fn Keep(props: &KeepProps) -> Html {
    let state = &props.state;
    // 0: the button; 1: the warning; 2: the link is made.
    let stage = use_state(|| 0u8);
    let copied = use_state(|| false);
    let compact = state.journey.map(|j| share::encode(j, &state.raw, state.today, state.on)).unwrap_or_default();
    let url = share_url(&compact);
    {
        let copied = copied.clone();
        let (url, compact) = (url.clone(), compact.clone());
        use_effect_with((*stage, compact.clone()), move |(stage, _)| {
            if *stage == 2 {
                let w = web_sys::window();
                if let Some(h) = w.as_ref().and_then(|w| w.history().ok()) {
                    let st = h.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                    let _ = h.replace_state_with_url(&st, "", Some(&format!("#a={compact}")));
                }
                if let Some(w) = w {
                    let promise = w.navigator().clipboard().write_text(&url);
                    yew::platform::spawn_local(async move {
                        copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
                    });
                }
            }
        });
    }
    // The button that was pressed is gone: focus moves to what replaced
    // it, the warning and then the link (so a keyboard or screen reader
    // user is not left on the page's body).
    use_effect_with(*stage, |stage| match stage {
        1 => crate::components::focus_by_id("share-warning"),
        2 => crate::components::focus_by_id("share-link"),
        _ => {}
    });
    let set_stage = |n: u8| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(n))
    };
    let share = match *stage {
        0 => {
            html! { <button type="button" class="govuk-button govuk-button--secondary" id="share-start" onclick={set_stage(1)}>{ t("share.start") }</button> }
        }
        1 => html! {
            <div id="share-warning" tabindex="-1">
                { warning_text(html! { t("share.warning") }) }
                <button type="button" class="govuk-button" id="share-confirm" onclick={set_stage(2)}>{ t("share.confirm") }</button>
            </div>
        },
        _ => html! {
            <div class="govuk-form-group">
                <p class="govuk-body" role="status">{ if *copied { t("share.copied") } else { t("share.copy_yourself") } }</p>
                <label class="govuk-label" for="share-link">{ t("share.label") }</label>
                <input class="govuk-input" id="share-link" type="text" readonly=true value={url} spellcheck="false" />
            </div>
        },
    };
    let opted = state.save_on_device == Some(true);
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        d1.dispatch(Action::SaveOnDevice(input.checked()));
    });
    let clear = Callback::from(move |_: MouseEvent| {
        d2.dispatch(Action::SaveOnDevice(false));
        crate::components::focus_after_render("save-status");
    });
    let status = match state.save_on_device {
        Some(true) => t("save.saved"),
        Some(false) => t("save.cleared"),
        None => "".into(),
    };
    html! {
        <section class="app-section app-no-print" id="keep">
            <h2 class="govuk-heading-m">{ t("share.title") }</h2>
            { share }
            <div class="govuk-form-group">
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                    <div class="govuk-checkboxes__item">
                        <input class="govuk-checkboxes__input" id="save-on-device" type="checkbox" checked={opted} {onchange} aria-describedby="save-on-device-hint" />
                        <label class="govuk-label govuk-checkboxes__label" for="save-on-device">{ t("save.label") }</label>
                        <div id="save-on-device-hint" class="govuk-hint govuk-checkboxes__hint">{ t("save.hint") }</div>
                    </div>
                </div>
            </div>
            <p class="govuk-body" role="status" id="save-status" tabindex="-1">{ status }</p>
            if opted || state.saved.is_some() {
                <button type="button" class="govuk-button govuk-button--warning" id="save-clear" onclick={clear}>{ t("save.clear") }</button>
            }
        </section>
    }
}
