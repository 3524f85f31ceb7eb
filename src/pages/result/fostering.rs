//! The fostering pay tables: one per child, then the totals and tax.

use super::items::{app_section, estimate, how_we_worked, para};
use crate::components::{details, summary_list, tag, SummaryRow};
use crate::i18n::{self, t, tf};
use rules::answers::FosteringAnswers;
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
            <td Class={cell_class}>{ amount }</td>
        </tr>
    }
}

/// The amount to the nearest £100 (half up), for "about £48,600 a year".
pub fn nearest_hundred(m: Money) -> Money {
    let plain = m.to_plain();
    let (pounds, pence) = plain.split_once('.').unwrap_or((&plain, "0"));
    let pence =
        pounds.parse::<u32>().map(u64::from).unwrap_or(0) * 100 + pence.parse::<u32>().map(u64::from).unwrap_or(0);
    let hundreds = (pence + 5_000) / 10_000;
    u32::try_from(hundreds * 100).map_or(m, Money::pounds)
}

const NUMERIC: &str = "govuk-table__cell govuk-table__cell--numeric";

/// What Kent would pay for child `n` (the outcome's `item`), a year at a
/// time until they turn 18, each year confirmed or an estimate (issue 19,
/// item 3): `rules::journeys::fostering::forecast`, closed until opened.
fn forecast(answers: &FosteringAnswers, n: usize, item: &Item, on: rules::Date) -> Html {
    let years = rules::journeys::fostering::forecast(answers, n - 1, on);
    let latest = years.iter().find(|y| y.estimate).map(|y| i18n::tf_date("fostering.forecast.latest", y.rates_from));
    let mut rows = Vec::new();
    for y in &years {
        let (sure, colour) = if y.estimate {
            ("common.estimate", "govuk-tag--yellow")
        } else {
            ("fostering.forecast.confirmed", "govuk-tag--green")
        };
        // A year's pay is said to be "at this rate": the child's birthday
        // or a 1 April may come before the next row, and pay stops at 18
        // (the December 2026 review read "about £19,900 a year" as the
        // year's total, which missed a birthday's rise).
        let year = y.weekly.checked_times(52).map(nearest_hundred).map(i18n::money).unwrap_or_default();
        let pay = tf("fostering.forecast.pay", &[("week", i18n::money(y.weekly)), ("year", year)]);
        rows.push(SummaryRow {
            key: tf("fostering.forecast.when", &[("date", i18n::date(y.on)), ("age", u32::from(y.age).to_string())])
                .into(),
            value: html! { <>{ pay }{ " " }{ tag(t(sure).into(), colour) }</> },
            change: None,
        });
    }
    let body = html! {
        <>
            { para(t("fostering.forecast.intro").into()) }
            { summary_list(item.id, rows) }
            { latest.map(|l| para(l.into())).unwrap_or_default() }
        </>
    };
    details(tf("fostering.forecast.title", &[("n", n.to_string())]).into(), None, body)
}

fn child_table(n: usize, item: &Item, answers: Option<&FosteringAnswers>, on: rules::Date) -> Html {
    let age = item.facts.iter().find(|(k, _)| *k == "child_age").map(|(_, v)| i18n::fact(*v)).unwrap_or_default();
    let args = [("n", n.to_string()), ("age", age)];
    let caption_id = format!("pay-{}-caption", item.id);
    // A part Kent pays nothing for (Payment for Skills at Foundation, no
    // disability payment) is left out: a "£0" row says nothing.
    let rows = item
        .parts
        .iter()
        .filter(|(_, m)| *m != Money::ZERO)
        .map(|(part, m)| table_row(None, t(&format!("part.{part}")).into(), NUMERIC, html! { i18n::money(*m) }));
    let total = item.amount.map(i18n::money).unwrap_or_default();
    let total = table_row(
        None,
        t("fostering.pay.weekly_total").into(),
        "govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold",
        html! { total },
    );
    let nma = match (figure(item, "kent_maintenance_above_national_minimum"), figure(item, "national_minimum_weekly")) {
        (Some(diff), _) if diff > Money::ZERO => i18n::tf_money("fostering.nma", diff),
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
            { answers.map(|a| forecast(a, n, item, on)).unwrap_or_default() }
        </div>
    }
}

/// The pay section: a table per child, then the totals, with `notes` (what
/// the answers leave to the fostering team, and a couple's share of the
/// tax-free limit) under the sentence that Kent pays only while a child
/// lives with you. Each child's pay until 18 from `answers`.
pub fn pay(outcome: &Outcome, notes: Vec<String>, answers: &rules::Answers) -> Html {
    let answers = match answers {
        rules::Answers::Fostering(a) => Some(a),
        _ => None,
    };
    let children: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Payment).collect();
    let totals: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Total).collect();
    if children.is_empty() && totals.is_empty() {
        return Html::default();
    }
    let yearly = totals.iter().find(|i| i.id == "yearly").and_then(|i| i.amount);
    let total_rows = totals.iter().map(|item| {
        let words = match (item.id, item.amount) {
            // "About £48,600 a year": the yearly figure is what Kent would
            // pay only if every child lived with you every week, so it is
            // rounded to the nearest £100 to read as the estimate it is (a
            // display choice; the exact figure is in "How we worked this out").
            ("yearly", Some(m)) => i18n::tf_money("fostering.about", nearest_hundred(m)),
            // Nothing to pay tax on is said in words, not as "£0".
            ("taxable", Some(m)) if m == Money::ZERO => t("fostering.no_tax").into_owned(),
            (_, m) => m.map(i18n::money).unwrap_or_default(),
        };
        let amount = html! { <>{ words }{ estimate(item) }</> };
        let label = if item.id == "yearly" {
            let n = children.len();
            tf(
                if n == 1 { "total.yearly.one" } else { "total.yearly.many" },
                &[("n", i18n::digits(&n.to_string(), true))],
            )
        } else {
            t(&format!("total.{}", item.id)).into_owned()
        };
        table_row(Some(format!("total-{}", item.id)), label.into(), NUMERIC, amount)
    });
    let mut extra = Vec::new();
    if let Some(m) = yearly {
        extra.push(i18n::tf_money("fostering.yearly_exact", m));
    }
    let all: Vec<&Item> = children.iter().chain(totals.iter()).copied().collect();
    let title = t("fostering.pay.title");
    let body = html! {
        <>
            { for children.iter().enumerate().map(|(i, item)| child_table(i + 1, item, answers, outcome.on)) }
            <h2 class="govuk-heading-l">{ t("fostering.totals.title") }</h2>
            <div class="govuk-inset-text" id="only-while">{ t("fostering.only_while") }</div>
            { for notes.into_iter().map(|n| html! { <p class="govuk-body app-pay-note">{ n }</p> }) }
            <div class="app-table-scroll" role="region" aria-labelledby="totals-caption">
                <table class="govuk-table" id="totals">
                    <caption class="govuk-table__caption govuk-visually-hidden" id="totals-caption">{ t("fostering.totals.title") }</caption>
                    <tbody class="govuk-table__body">{ for total_rows }</tbody>
                </table>
            </div>
            { how_we_worked(&all, outcome, title.clone().into(), extra) }
        </>
    };
    app_section(Some("pay".into()), title.into(), body)
}
