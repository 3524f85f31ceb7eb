//! GOV.UK Design System pieces, each small and dumb: plain functions,
//! arguments in, `Html` out (a Yew component only where there is state:
//! [`ExitThisPage`]). Functions rather than components because each
//! component costs the wasm its own copy of Yew's generic lifecycle code.
//! Words come in through props or from the message catalogue.

mod back_link;
mod date_input;
mod details;
mod error_summary;
mod exit_this_page;
mod notification_banner;
mod number_input;
mod panel;
mod radios;
mod summary_list;
mod tag;
mod warning_text;

pub use back_link::back_link;
pub use date_input::{date_input, DateInputProps};
pub use details::details;
pub use error_summary::{error_summary, focus_by_id};
pub use exit_this_page::ExitThisPage;
pub use notification_banner::notification_banner;
pub use number_input::{number_input, NumberInputProps};
pub use panel::panel;
pub use radios::{radios, RadioOption, RadiosProps};
pub use summary_list::{summary_list, SummaryRow};
pub use tag::tag;
pub use warning_text::warning_text;

use yew::prelude::*;

/// The legend or label of a question: the page's h1 when `heading`.
pub fn heading_text(heading: bool, text: &AttrValue) -> Html {
    if heading {
        html! { <h1 class="govuk-fieldset__heading" tabindex="-1">{ text.clone() }</h1> }
    } else {
        html! { { text.clone() } }
    }
}

/// A field's hint and error message, with the ids `aria-describedby` names.
pub fn hint_and_error(id: &str, hint: &Option<AttrValue>, error: &Option<AttrValue>) -> (Html, Option<String>) {
    let mut described = Vec::new();
    let hint_html = hint.as_ref().map_or_else(Html::default, |h| {
        described.push(format!("{id}-hint"));
        html! { <div id={format!("{id}-hint")} class="govuk-hint">{ h.clone() }</div> }
    });
    let error_html = error.as_ref().map_or_else(Html::default, |e| {
        described.push(format!("{id}-error"));
        html! {
            <p id={format!("{id}-error")} class="govuk-error-message">
                <span class="govuk-visually-hidden">{ crate::i18n::t("common.error_hidden") }</span>{ " " }{ e.clone() }
            </p>
        }
    });
    let describedby = (!described.is_empty()).then(|| described.join(" "));
    (html! { <>{ hint_html }{ error_html }</> }, describedby)
}
