use yew::prelude::*;

/// Props for [`Tag`].
#[derive(Properties, PartialEq)]
pub struct TagProps {
    /// The words.
    pub text: AttrValue,
    /// A colour modifier such as `govuk-tag--yellow`.
    #[prop_or_default]
    pub colour: Option<AttrValue>,
}

/// The GOV.UK tag.
#[component]
pub fn Tag(props: &TagProps) -> Html {
    html! { <strong class={classes!("govuk-tag", props.colour.clone())}>{ props.text.clone() }</strong> }
}
