use yew::prelude::*;

/// The GOV.UK back link. `onclick` handles the click in the app; `None`
/// follows the link (`#`).
pub fn back_link(onclick: Option<Callback<()>>) -> Html {
    let onclick = onclick.map(|cb| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            cb.emit(());
        })
    });
    html! {
        <a href="#" class="govuk-back-link app-no-print" {onclick}>{ crate::i18n::t("common.back") }</a>
    }
}
