use yew::prelude::*;

/// The GOV.UK tag: its words, and a colour modifier such as `govuk-tag--yellow`.
pub fn tag(text: AttrValue, colour: &'static str) -> Html {
    html! { <strong Class={super::class_list(&[Some("govuk-tag"), Some(colour)])}>{ text }</strong> }
}
