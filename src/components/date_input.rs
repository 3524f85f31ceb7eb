use super::{heading_text, hint_and_error};
use crate::state::fields::DATE_PARTS;
use yew::prelude::*;

/// What [`date_input`] shows.
#[derive(Default)]
pub struct DateInputProps {
    /// The field id; the inputs are `{id}-day`, `{id}-month`, `{id}-year`.
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// True when the legend is the page's h1.
    pub heading: bool,
    /// Hint text.
    pub hint: Option<AttrValue>,
    /// Day, month and year as typed.
    pub values: [String; 3],
    /// The error message, if any.
    pub error: Option<AttrValue>,
    /// Which parts are in error (bits: 1 day, 2 month, 4 year).
    pub error_parts: u8,
    /// Called with the part's index (0 day, 1 month, 2 year) and its text.
    pub on_input: Callback<(usize, String)>,
    /// True for the person's own date of birth: the boxes say so to the
    /// browser (`autocomplete="bday-day"` ...), WCAG 1.3.5. Not for anyone
    /// else's (a partner's), which the browser would fill with theirs.
    pub own_birthday: bool,
}

/// The GOV.UK date input: day, month and year boxes in a fieldset.
pub fn date_input(props: DateInputProps) -> Html {
    let id = props.id.to_string();
    let (messages, describedby) = hint_and_error(&id, &props.hint, &props.error);
    let group =
        super::class_list(&[Some("govuk-form-group"), props.error.is_some().then_some("govuk-form-group--error")]);
    let legend_size = if props.heading { "govuk-fieldset__legend--l" } else { "govuk-fieldset__legend--m" };
    let items = DATE_PARTS.iter().enumerate().map(|(i, part)| {
        let input_id = format!("{id}-{part}");
        let on_input = props.on_input.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_input.emit((i, input.value()));
        });
        let in_error = props.error.is_some() && props.error_parts & (1 << i) != 0;
        let width = if i == 2 { "govuk-input--width-4" } else { "govuk-input--width-2" };
        let class = super::class_list(&[Some("govuk-input"), Some("govuk-date-input__input"), Some(width), in_error.then_some("govuk-input--error")]);
        let value = props.values.get(i).cloned().unwrap_or_default();
        let autocomplete = props.own_birthday.then(|| format!("bday-{part}"));
        html! {
            <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                    <label class="govuk-label govuk-date-input__label" for={input_id.clone()}>{ crate::i18n::t(&format!("date.{part}")) }</label>
                    <input Class={class} id={input_id.clone()} name={input_id} type="text" inputmode="numeric" {autocomplete} {value} {oninput} />
                </div>
            </div>
        }
    });
    html! {
        <div Class={group} key="date">
            <fieldset class="govuk-fieldset" role="group" aria-describedby={describedby}>
                <legend Class={super::class_list(&[Some("govuk-fieldset__legend"), Some(legend_size)])}>{ heading_text(props.heading, &props.legend) }</legend>
                { messages }
                <div class="govuk-date-input" id={id.clone()}>{ for items }</div>
            </fieldset>
        </div>
    }
}
