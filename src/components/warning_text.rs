use yew::prelude::*;

/// Props for [`WarningText`].
#[derive(Properties, PartialEq)]
pub struct WarningTextProps {
    /// The warning.
    pub children: Html,
}

/// The GOV.UK warning text.
#[component]
pub fn WarningText(props: &WarningTextProps) -> Html {
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ crate::i18n::t("common.warning") }</span>
                { props.children.clone() }
            </strong>
        </div>
    }
}
