use yew::prelude::*;

/// Props for [`BackLink`].
#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// Where the link goes without the app (and for the start page).
    #[prop_or(AttrValue::Static("#"))]
    pub href: AttrValue,
    /// Handles the click in the app; `None` follows the link.
    #[prop_or_default]
    pub onclick: Option<Callback<()>>,
}

/// The GOV.UK back link.
#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = props.onclick.clone().map(|cb| {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            cb.emit(());
        })
    });
    html! {
        <a href={props.href.clone()} class="govuk-back-link app-no-print" {onclick}>{ crate::i18n::t("common.back") }</a>
    }
}
