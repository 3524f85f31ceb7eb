use yew::prelude::*;

/// The GOV.UK details component: the summary line ("Why", "Source") and
/// what opens. `about` names what it is about, for screen readers only
/// ("Why: Staying Put"), so that a page with many "Why" and "Source" lines
/// can be told apart when moving from control to control.
pub fn details(summary: AttrValue, about: Option<AttrValue>, children: Html) -> Html {
    let about = about.map(|a| html! { <span class="govuk-visually-hidden">{ ": " }{ a }</span> });
    html! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ summary }{ about.unwrap_or_default() }</span>
            </summary>
            <div class="govuk-details__text">{ children }</div>
        </details>
    }
}
