use yew::prelude::*;

/// The GOV.UK panel, holding the page's h1 (`title`) and, when there is
/// one, the text under it.
pub fn panel(title: AttrValue, body: Option<Html>) -> Html {
    html! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" tabindex="-1">{ title }</h1>
            if let Some(body) = body {
                <div class="govuk-panel__body">{ body }</div>
            }
        </div>
    }
}
