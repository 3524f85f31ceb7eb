use super::{heading_text, hint_and_error};
use yew::prelude::*;

/// One radio: its value, label and optional hint.
#[derive(Clone, PartialEq)]
pub struct RadioOption {
    /// The value sent when chosen.
    pub value: AttrValue,
    /// The label.
    pub label: AttrValue,
    /// Hint under the label.
    pub hint: Option<AttrValue>,
}

/// What [`radios`] shows.
#[derive(Default)]
pub struct RadiosProps {
    /// The field id; the first radio has this id, the others `{id}-2`...
    pub id: AttrValue,
    /// The question.
    pub legend: AttrValue,
    /// True when the legend is the page's h1.
    pub heading: bool,
    /// Hint text.
    pub hint: Option<AttrValue>,
    /// The options.
    pub options: Vec<RadioOption>,
    /// The chosen value.
    pub selected: Option<AttrValue>,
    /// Show side by side (for Yes and No).
    pub inline: bool,
    /// The error message, if any.
    pub error: Option<AttrValue>,
    /// Called with the chosen value.
    pub on_change: Callback<String>,
}

/// GOV.UK radios in a fieldset.
pub fn radios(props: RadiosProps) -> Html {
    let id = props.id.to_string();
    let (messages, describedby) = hint_and_error(&id, &props.hint, &props.error);
    let group =
        super::class_list(&[Some("govuk-form-group"), props.error.is_some().then_some("govuk-form-group--error")]);
    let items = props.options.iter().enumerate().map(|(i, o)| {
        let input_id = if i == 0 { id.clone() } else { format!("{id}-{}", i + 1) };
        let hint_id = format!("{input_id}-item-hint");
        let value = o.value.to_string();
        let on_change = props.on_change.clone();
        let onchange = Callback::from(move |_: Event| on_change.emit(value.clone()));
        let checked = props.selected.as_ref() == Some(&o.value);
        html! {
            <div class="govuk-radios__item">
                <input class="govuk-radios__input" id={input_id.clone()} name={id.clone()} type="radio" value={o.value.clone()}
                       {checked} {onchange} aria-describedby={o.hint.as_ref().map(|_| hint_id.clone())} />
                <label class="govuk-label govuk-radios__label" for={input_id}>{ o.label.clone() }</label>
                if let Some(h) = &o.hint {
                    <div id={hint_id} class="govuk-hint govuk-radios__hint">{ h.clone() }</div>
                }
            </div>
        }
    });
    let legend_size = if props.heading { "govuk-fieldset__legend--l" } else { "govuk-fieldset__legend--m" };
    // Keyed by the question, so the next question gets new inputs. Reused
    // ones would be renamed into the new group one by one, and the browser
    // unticks a radio when a ticked one joins its group: the saved answer
    // would show as nothing ticked while still being used.
    let key = format!("radios-{id}");
    html! {
        <div Class={group} {key}>
            <fieldset class="govuk-fieldset" aria-describedby={describedby}>
                <legend Class={super::class_list(&[Some("govuk-fieldset__legend"), Some(legend_size)])}>{ heading_text(props.heading, &props.legend) }</legend>
                { messages }
                <div Class={super::class_list(&[Some("govuk-radios"), props.inline.then_some("govuk-radios--inline")])} data-module="govuk-radios">{ for items }</div>
            </fieldset>
        </div>
    }
}
