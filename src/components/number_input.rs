use super::hint_and_error;
use yew::prelude::*;

/// What [`number_input`] shows.
#[derive(Default)]
pub struct NumberInputProps {
    /// The input's id and name.
    pub id: AttrValue,
    /// The question.
    pub label: AttrValue,
    /// True when the label is the page's h1.
    pub heading: bool,
    /// Hint text.
    pub hint: Option<AttrValue>,
    /// The text as typed.
    pub value: AttrValue,
    /// The error message, if any.
    pub error: Option<AttrValue>,
    /// Called with the new text.
    pub on_input: Callback<String>,
}

/// A GOV.UK text input for a whole number (`inputmode="numeric"`).
pub fn number_input(props: NumberInputProps) -> Html {
    let id = props.id.to_string();
    let (messages, describedby) = hint_and_error(&id, &props.hint, &props.error);
    let on_input = props.on_input.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        on_input.emit(input.value());
    });
    let group =
        super::class_list(&[Some("govuk-form-group"), props.error.is_some().then_some("govuk-form-group--error")]);
    let class = super::class_list(&[
        Some("govuk-input"),
        Some("govuk-input--width-4"),
        props.error.is_some().then_some("govuk-input--error"),
    ]);
    let label = html! { <label class="govuk-label govuk-label--l" for={id.clone()}>{ props.label.clone() }</label> };
    html! {
        <div Class={group} key="number">
            if props.heading {
                <h1 class="govuk-label-wrapper" tabindex="-1">{ label }</h1>
            } else {
                { label }
            }
            { messages }
            <input Class={class} id={id.clone()} name={id} type="text" inputmode="numeric" spellcheck="false"
                   aria-describedby={describedby} value={props.value.clone()} {oninput} />
        </div>
    }
}
