//! The fostering pay tables: one per child, then the totals and tax.

use super::items::{app_section, estimate, sources, why, why_and_source};
use crate::i18n::{self, t, tf};
use rules::{Item, Kind, Money, Outcome};
use yew::prelude::*;

fn figure(item: &Item, key: &str) -> Option<Money> {
    item.figures.iter().find(|(k, _)| *k == key).map(|(_, m)| *m)
}

/// A row of a pay table: the part, and its amount in a numeric cell of this class.
fn table_row(id: Option<String>, part: AttrValue, cell_class: &'static str, amount: Html) -> Html {
    html! {
        <tr class="govuk-table__row" {id}>
            <th scope="row" class="govuk-table__header">{ part }</th>
            <td class={cell_class}>{ amount }</td>
        </tr>
    }
}

const NUMERIC: &str = "govuk-table__cell govuk-table__cell--numeric";

fn child_table(n: usize, item: &Item, outcome: &Outcome) -> Html {
    let age = item.facts.iter().find(|(k, _)| *k == "child_age").map(|(_, v)| v.clone()).unwrap_or_default();
    let args = [("n", n.to_string()), ("age", age)];
    let caption_id = format!("pay-{}-caption", item.id);
    let rows = item
        .parts
        .iter()
        .map(|(part, m)| table_row(None, t(&format!("part.{part}")).into(), NUMERIC, html! { i18n::money(*m) }));
    let total = item.amount.map(i18n::money).unwrap_or_default();
    let total = table_row(
        None,
        t("fostering.pay.weekly_total").into(),
        "govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold",
        html! { total },
    );
    let nma = match (figure(item, "kent_maintenance_above_national_minimum"), figure(item, "national_minimum_weekly")) {
        (Some(diff), _) if diff > Money::ZERO => tf("fostering.nma", &[("amount", i18n::money(diff))]),
        (_, Some(nma)) => tf("fostering.nma_same", &[("nma", i18n::money(nma))]),
        _ => String::new(),
    };
    html! {
        <div class="app-item" id={format!("pay-{}", item.id)}>
            <div class="app-table-scroll" role="region" aria-labelledby={caption_id.clone()}>
            <table class="govuk-table">
                <caption class="govuk-table__caption govuk-table__caption--m" id={caption_id}>{ tf("fostering.pay.caption", &args) }{ estimate(item) }</caption>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ t("fostering.pay.part") }</th>
                        <th scope="col" class="govuk-table__header govuk-table__header--numeric">{ t("fostering.pay.amount") }</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">
                    { for rows }
                    { total }
                </tbody>
            </table>
            </div>
            <p class="govuk-body app-nma">{ nma }</p>
            { why_and_source(item, outcome, Some(tf("fostering.pay.caption", &args).into())) }
        </div>
    }
}

/// The pay section: a table per child, then the totals.
pub fn pay(outcome: &Outcome) -> Html {
    let children: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Payment).collect();
    let totals: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Total).collect();
    if children.is_empty() && totals.is_empty() {
        return Html::default();
    }
    let total_rows = totals.iter().map(|item| {
        let amount = html! { <>{ item.amount.map(i18n::money).unwrap_or_default() }{ estimate(item) }</> };
        table_row(Some(format!("total-{}", item.id)), t(&format!("total.{}", item.id)).into(), NUMERIC, amount)
    });
    let mut because: Vec<&'static str> = Vec::new();
    let mut source_ids: Vec<&'static str> = Vec::new();
    let mut sections: Vec<(&'static str, &'static str)> = Vec::new();
    for item in &totals {
        because.extend(item.because.iter().filter(|r| !because.contains(r)).collect::<Vec<_>>());
        source_ids.extend(item.sources.iter().filter(|s| !source_ids.contains(s)).collect::<Vec<_>>());
        sections.extend(item.sections.iter().filter(|s| !sections.contains(s)).collect::<Vec<_>>());
    }
    let about = || Some(AttrValue::from(t("fostering.totals.title")));
    let why_totals = totals.first().map(|first| why(&because, first, outcome, about())).unwrap_or_default();
    let body = html! {
        <>
            { for children.iter().enumerate().map(|(i, item)| child_table(i + 1, item, outcome)) }
            <h2 class="govuk-heading-l">{ t("fostering.totals.title") }</h2>
            <div class="app-table-scroll" role="region" aria-labelledby="totals-caption">
                <table class="govuk-table" id="totals">
                    <caption class="govuk-table__caption govuk-visually-hidden" id="totals-caption">{ t("fostering.totals.title") }</caption>
                    <tbody class="govuk-table__body">{ for total_rows }</tbody>
                </table>
            </div>
            { why_totals }
            { sources(&source_ids, &sections, about()) }
        </>
    };
    app_section(None, t("fostering.pay.title").into(), body)
}
