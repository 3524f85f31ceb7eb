use yew::prelude::*;

/// The GOV.UK warning text.
pub fn warning_text(children: Html) -> Html {
    html! {
        <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">{ "!" }</span>
            <strong class="govuk-warning-text__text">
                <span class="govuk-visually-hidden">{ crate::i18n::t("common.warning") }</span>
                { children }
            </strong>
        </div>
    }
}
