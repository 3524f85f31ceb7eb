use yew::prelude::*;

/// Where "Exit this page" goes: a neutral page, replacing this one in the history.
pub const EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The GOV.UK "Exit this page" button. A click replaces the page (so Back
/// does not return to it); it is a navigation away, not a request.
#[component]
pub fn ExitThisPage() -> Html {
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(w) = web_sys::window() {
            let _ = w.location().replace(EXIT_URL);
        }
    });
    html! {
        <div class="govuk-exit-this-page app-no-print" data-module="govuk-exit-this-page">
            <a href={EXIT_URL} role="button" draggable="false" rel="nofollow noreferrer" {onclick}
               class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button">
                <span class="govuk-visually-hidden">{ crate::i18n::t("common.exit_hidden") }</span>{ " " }{ crate::i18n::t("common.exit_this_page") }
            </a>
        </div>
    }
}
