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

/// Props for [`SummaryList`].
#[derive(Properties, PartialEq)]
pub struct SummaryListProps {
    /// The rows.
    pub rows: Vec<SummaryRow>,
    /// An id for the list.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// The GOV.UK summary list.
#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    let rows = props.rows.iter().map(|row| {
        let action = row.change.as_ref().map(|(hidden, href, cb)| {
            let cb = cb.clone();
            let onclick = Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                cb.emit(());
            });
            html! {
                <dd class="govuk-summary-list__actions app-no-print">
                    <a class="govuk-link" href={href.clone()} {onclick}>
                        { crate::i18n::t("common.change") }<span class="govuk-visually-hidden">{ " " }{ hidden.clone() }</span>
                    </a>
                </dd>
            }
        });
        let class = classes!("govuk-summary-list__row", action.is_none().then_some("govuk-summary-list__row--no-actions"));
        html! {
            <div {class}>
                <dt class="govuk-summary-list__key">{ row.key.clone() }</dt>
                <dd class="govuk-summary-list__value">{ row.value.clone() }</dd>
                { action.unwrap_or_default() }
            </div>
        }
    });
    html! { <dl class="govuk-summary-list" id={props.id.clone()}>{ for rows }</dl> }
}
