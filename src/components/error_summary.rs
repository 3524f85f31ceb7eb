use yew::prelude::*;

/// Moves focus to the element with this id and scrolls it into view.
pub fn focus_by_id(id: &str) {
    use wasm_bindgen::JsCast;
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
        el.scroll_into_view_with_bool(false);
    }
}

/// Focuses the element `id` once Yew has drawn the change just dispatched
/// (its renders run on the same queue, first): for a button that takes
/// itself away, so focus goes to what says what happened.
pub fn focus_after_render(id: &'static str) {
    wasm_bindgen_futures::spawn_local(async move { focus_by_id(id) });
}

/// The GOV.UK error summary: each error is the id of the field to focus,
/// and the message. Its links move focus to the field.
pub fn error_summary(errors: Vec<(String, String)>) -> Html {
    if errors.is_empty() {
        return Html::default();
    }
    let items = errors.into_iter().map(|(target, message)| {
        let href = format!("#{target}");
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            focus_by_id(&target);
        });
        html! { <li><a {href} {onclick}>{ message }</a></li> }
    });
    html! {
        <div class="govuk-error-summary" data-module="govuk-error-summary" id="error-summary" tabindex="-1">
            <div role="alert">
                <h2 class="govuk-error-summary__title">{ crate::i18n::t("common.error_summary") }</h2>
                <div class="govuk-error-summary__body">
                    <ul class="govuk-list govuk-error-summary__list">{ for items }</ul>
                </div>
            </div>
        </div>
    }
}
