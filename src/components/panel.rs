use yew::prelude::*;

/// Props for [`Panel`].
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// The h1.
    pub title: AttrValue,
    /// The text under it.
    #[prop_or_default]
    pub children: Html,
}

/// The GOV.UK panel, holding the page's h1.
#[component]
pub fn Panel(props: &PanelProps) -> Html {
    html! {
        <div class="govuk-panel govuk-panel--confirmation">
            <h1 class="govuk-panel__title" tabindex="-1">{ props.title.clone() }</h1>
            if props.children != Html::default() {
                <div class="govuk-panel__body">{ props.children.clone() }</div>
            }
        </div>
    }
}
