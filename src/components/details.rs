use yew::prelude::*;

/// The GOV.UK details component: the summary line ("Why", "Source") and what opens.
pub fn details(summary: AttrValue, children: Html) -> Html {
    html! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ summary }</span>
            </summary>
            <div class="govuk-details__text">{ children }</div>
        </details>
    }
}
