use yew::prelude::*;

/// One row of a summary list.
#[derive(Clone, PartialEq)]
pub struct SummaryRow {
    /// The key (question or date).
    pub key: AttrValue,
    /// The value.
    pub value: Html,
    /// A "Change" link: its visually hidden words, its href and its handler.
    pub change: Option<(AttrValue, AttrValue, Callback<()>)>,
}

/// The GOV.UK summary list, with its id.
pub fn summary_list(id: &'static str, rows: Vec<SummaryRow>) -> Html {
    let rows = rows.into_iter().map(|row| {
        let action = row.change.map(|(hidden, href, cb)| {
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                cb.emit(());
            });
            html! {
                <dd class="govuk-summary-list__actions app-no-print">
                    <a class="govuk-link" {href} {onclick}>
                        { crate::i18n::t("common.change") }<span class="govuk-visually-hidden">{ " " }{ hidden }</span>
                    </a>
                </dd>
            }
        });
        let class = super::class_list(&[
            Some("govuk-summary-list__row"),
            action.is_none().then_some("govuk-summary-list__row--no-actions"),
        ]);
        html! {
            <div Class={class}>
                <dt class="govuk-summary-list__key">{ row.key }</dt>
                <dd class="govuk-summary-list__value">{ row.value }</dd>
                { action.unwrap_or_default() }
            </div>
        }
    });
    html! { <dl class="govuk-summary-list" {id}>{ for rows }</dl> }
}
