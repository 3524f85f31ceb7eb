//! The Kent Support Planner web app (Yew). It asks the questions, calls the
//! `rules` crate and shows what it decides; it decides nothing itself.

use yew::prelude::*;

/// The app's root component.
#[component]
pub fn App() -> Html {
    let step = use_state(|| 0u8);
    let next = {
        let step = step.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            step.set(1);
        })
    };
    let back = {
        let step = step.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            step.set(0);
        })
    };
    if *step == 0 {
        html! {
            <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                <form onsubmit={next} novalidate=true>
                    <div class="govuk-form-group">
                        <fieldset class="govuk-fieldset">
                            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
                                <h1 class="govuk-fieldset__heading">{"Do you live in Kent or Medway?"}</h1>
                            </legend>
                            <div class="govuk-radios" data-module="govuk-radios">
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" id="lives" name="lives" type="radio" value="yes" />
                                    <label class="govuk-label govuk-radios__label" for="lives">{"Yes"}</label>
                                </div>
                                <div class="govuk-radios__item">
                                    <input class="govuk-radios__input" id="lives-no" name="lives" type="radio" value="no" />
                                    <label class="govuk-label govuk-radios__label" for="lives-no">{"No"}</label>
                                </div>
                            </div>
                        </fieldset>
                    </div>
                    <button type="submit" class="govuk-button" id="continue">{"Continue"}</button>
                </form>
            </main>
        }
    } else {
        html! {
            <>
                <a href="#" class="govuk-back-link" id="back" onclick={back}>{"Back"}</a>
                <main class="govuk-main-wrapper" id="main-content" tabindex="-1">
                    <h1 class="govuk-heading-l">{"Do you have a spare bedroom?"}</h1>
                </main>
            </>
        }
    }
}

/// Mounts the app in `#app`, replacing the static start page.
pub fn start() {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}
