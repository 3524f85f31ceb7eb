//! An item as words: its title, text, amount, dates, "Why" and "Source".

use crate::components::{details, tag};
use crate::i18n::{self, t};
use rules::params::source;
use rules::{Item, Outcome, When};
use yew::prelude::*;

/// A section of the result page: its id, its h2, and what follows.
pub fn app_section(id: Option<String>, title: AttrValue, body: Html) -> Html {
    html! {
        <section class="app-section" {id}>
            <h2 class="govuk-heading-l">{ title }</h2>
            { body }
        </section>
    }
}

/// A paragraph of body text.
pub fn para(text: AttrValue) -> Html {
    html! { <p class="govuk-body">{ text }</p> }
}

/// The message id of an item's title: `{kind}.{id}`.
pub fn title_id(item: &Item) -> String {
    format!("{}.{}", item.kind.as_str(), item.id)
}

/// The "Why" sentences behind these rule ids, with the person's values;
/// `about` names what they explain, for screen readers.
pub fn why(rules_ids: &[&'static str], item: &Item, outcome: &Outcome, about: Option<AttrValue>) -> Html {
    let mut seen: Vec<String> = Vec::new();
    for r in rules_ids {
        let s = i18n::rule_sentence(r, item, outcome).unwrap_or_else(|| i18n::readable(r));
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    details(
        t("common.why").into(),
        about,
        html! { <ul class="govuk-list govuk-list--bullet">{ for seen.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul> },
    )
}

/// The "Source" list for these source ids: each document's title (a
/// link), where in it the figures are (`sections`: source id and section),
/// and its date. Titles and sections are the documents' own English words,
/// marked as English.
pub fn sources(ids: &[&'static str], sections: &[(&'static str, &'static str)], about: Option<AttrValue>) -> Html {
    let mut ids: Vec<&str> = ids.to_vec();
    ids.dedup();
    let items = ids.into_iter().filter_map(source).map(|s| {
        let wheres: Vec<&str> = sections.iter().filter(|(id, _)| *id == s.id).map(|(_, section)| *section).collect();
        let place = (!wheres.is_empty()).then(|| html! { <>{ ", " }<span lang="en">{ wheres.join("; ") }</span></> });
        html! {
            <li>
                <a class="govuk-link app-source-link" href={s.url} lang="en">{ s.title }</a>
                { place.unwrap_or_default() }
                { ", " }{ i18n::tf("common.dated", &[("date", i18n::date(s.date))]) }
            </li>
        }
    });
    details(t("common.source").into(), about, html! { <ul class="govuk-list">{ for items }</ul> })
}

/// "Why" and "Source" for one item, named for screen readers by `about`,
/// else by the item's own title.
pub fn why_and_source(item: &Item, outcome: &Outcome, about: Option<AttrValue>) -> Html {
    let about = about.or_else(|| i18n::get(&title_id(item)).map(AttrValue::from));
    html! { <>{ why(&item.because, item, outcome, about.clone()) }{ sources(&item.sources, &item.sections, about) }</> }
}

/// The "Estimate" tag, when the item's amount is an estimate.
pub fn estimate(item: &Item) -> Html {
    if item.estimate {
        html! { <>{ " " }{ tag(t("common.estimate").into(), "govuk-tag--yellow") }</> }
    } else {
        Html::default()
    }
}

/// A whole item: heading, text, amount, dates, why and source.
pub fn item_block(item: &Item, outcome: &Outcome, level: u8) -> Html {
    let id = title_id(item);
    let text = i18n::get(&format!("{id}.text"));
    let amount = item.amount.map(|m| {
        let amount = i18n::amount(m, item.period);
        let amount = if item.up_to { i18n::tf("amount.up_to", &[("amount", amount)]) } else { amount };
        html! { <p class="govuk-body govuk-!-font-weight-bold">{ amount }{ estimate(item) }</p> }
    });
    let dated = |id: &str, d: Option<rules::Date>| d.map(|d| para(i18n::tf(id, &[("date", i18n::date(d))]).into()));
    let from = dated("care_leaver.accommodation.from", item.from);
    let until = dated("care_leaver.accommodation.until", item.until);
    let reason = item.reason.map(|r| para(t(&format!("reason.{r}")).into()));
    html! {
        <div class="app-item" id={format!("item-{}-{}", item.kind.as_str(), item.id)}>
            <@{format!("h{level}")} class="govuk-heading-s">{ t(&id) }{ if item.amount.is_none() { estimate(item) } else { Html::default() } }</@>
            { text.map(|text| para(text.into())).unwrap_or_default() }
            { amount.unwrap_or_default() }
            { from.unwrap_or_default() }
            { until.unwrap_or_default() }
            { reason.unwrap_or_default() }
            { why_and_source(item, outcome, None) }
        </div>
    }
}

/// Items in up to three groups: open now, later, and not available (with
/// the reason). The "now" heading shows only beside another group, unless
/// `always_headed`.
pub fn grouped(prefix: &str, items: &[&Item], outcome: &Outcome, always_headed: bool) -> Html {
    let now: Vec<&Item> = items.iter().copied().filter(|i| i.is_open_now()).collect();
    let later: Vec<&Item> = items.iter().copied().filter(|i| i.when == Some(When::Later)).collect();
    let closed: Vec<&Item> = items.iter().copied().filter(|i| i.when == Some(When::NotAvailable)).collect();
    let headed = always_headed || now.len() < items.len();
    let group = |name: &str, list: &[&Item]| {
        if list.is_empty() {
            return Html::default();
        }
        html! {
            <div class="app-group" id={format!("{prefix}-{}", name.replace('_', "-"))}>
                if headed {
                    <h3 class="govuk-heading-m">{ t(&format!("result.group.{name}")) }</h3>
                }
                { for list.iter().map(|i| item_block(i, outcome, if headed { 4 } else { 3 })) }
            </div>
        }
    };
    html! { <>{ group("now", &now) }{ group("later", &later) }{ group("not_available", &closed) }</> }
}
