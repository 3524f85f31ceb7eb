use super::result::para;
use crate::i18n::t;
use crate::state::{Action, State};
use rules::Journey;
use yew::prelude::*;

/// Read with JavaScript off: only the prerendered start page in
/// dist/index.html carries it. The wasm leaves it out (a browser running
/// the wasm has scripts on and hides `<noscript>`), and so its words too.
fn noscript() -> Html {
    if cfg!(target_arch = "wasm32") {
        return Html::default();
    }
    html! {
        <noscript>
            <div class="govuk-inset-text">
                { para(t("start.noscript").into()) }
                <p class="govuk-body"><a class="govuk-link" href="rates.html">{ t("start.noscript.link") }</a></p>
            </div>
        </noscript>
    }
}

/// The start page: the same words as the static page in index.html, and
/// an offer to carry on from answers saved on this device.
pub fn start_page(state: &UseReducerHandle<State>) -> Html {
    let journeys = Journey::ALL.iter().map(|j| {
        let id = j.as_str();
        html! {
            <li class="app-journeys__item">
                <h2 class="govuk-heading-m"><a class="govuk-link" href={crate::language::search_with_lang(&format!("?journey={id}"), crate::i18n::chosen_code())}>{ t(&format!("journey.{id}.link")) }</a></h2>
                { para(t(&format!("journey.{id}.summary")).into()) }
            </li>
        }
    });
    let saved = state.saved.is_some().then(|| {
        let (d1, d2) = (state.dispatcher(), state.dispatcher());
        let resume = Callback::from(move |_: MouseEvent| d1.dispatch(Action::RestoreSaved));
        let clear = Callback::from(move |_: MouseEvent| {
            d2.dispatch(Action::SaveOnDevice(false));
            crate::components::focus_after_render("saved-cleared");
        });
        html! {
            <div class="govuk-inset-text" id="saved-answers">
                <h2 class="govuk-heading-s">{ t("start.saved.title") }</h2>
                { para(t("start.saved.text").into()) }
                <div class="govuk-button-group">
                    <button type="button" class="govuk-button" onclick={resume}>{ t("start.saved.continue") }</button>
                    <button type="button" class="govuk-button govuk-button--secondary" onclick={clear}>{ t("save.clear") }</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="app-page" key="start">
            <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                    <h1 class="govuk-heading-xl" tabindex="-1">{ t("app.title") }</h1>
                    <p class="govuk-body-l">{ t("start.lead") }</p>
                    { noscript() }
                    { saved.unwrap_or_default() }
                    if state.save_on_device == Some(false) {
                        <p class="govuk-body" role="status" id="saved-cleared" tabindex="-1">{ t("save.cleared") }</p>
                    }
                    { para(t("start.choose").into()) }
                    <ul class="app-journeys">{ for journeys }</ul>
                </div>
            </div>
        </div>
    }
}
