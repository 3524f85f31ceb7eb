use yew::prelude::*;

/// Props for [`Details`].
#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    /// The summary line ("Why", "Source").
    pub summary: AttrValue,
    /// What opens.
    pub children: Html,
}

/// The GOV.UK details component.
#[component]
pub fn Details(props: &DetailsProps) -> Html {
    html! {
        <details class="govuk-details">
            <summary class="govuk-details__summary">
                <span class="govuk-details__summary-text">{ props.summary.clone() }</span>
            </summary>
            <div class="govuk-details__text">{ props.children.clone() }</div>
        </details>
    }
}
