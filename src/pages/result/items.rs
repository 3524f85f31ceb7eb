//! An item as words: its title, text, amount and dates; the items of a
//! section in groups; and one "How we worked this out" per section, which
//! holds every rule and source behind the section's items.

use crate::components::{details, tag};
use crate::i18n::{self, t, tf};
use rules::params::source;
use rules::{Date, Item, Outcome, When};
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

/// A paragraph holding one link (one copy of the markup, called from each place).
pub fn link_para(href: AttrValue, text: AttrValue) -> Html {
    html! { <p class="govuk-body"><a class="govuk-link" href={href}>{ text }</a></p> }
}

/// A bulleted list of these lines.
pub fn bullets(lines: Vec<String>) -> Html {
    html! { <ul class="govuk-list govuk-list--bullet">{ for lines.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul> }
}

/// A medium heading, `<h2>` (one copy of the markup, called from each place).
pub fn h2_m(text: AttrValue) -> Html {
    html! { <h2 class="govuk-heading-m">{ text }</h2> }
}

/// A medium heading, `<h3>`.
pub fn h3_m(text: AttrValue) -> Html {
    html! { <h3 class="govuk-heading-m">{ text }</h3> }
}

/// The message id of an item's title: `{kind}.{id}`.
pub fn title_id(item: &Item) -> String {
    format!("{}.{}", item.kind.as_str(), item.id)
}

/// The end the page shows for an item: its last day (`until`), as every
/// date of an end the page names is the last day something is open
/// ("Until 31 March 2028"), like the sentences ("due to end on 31 March
/// 2028") and the timeline ("Last day ..."), never the day after. A home of
/// one's own does not end: what closes at 21 or 25 is the leaving-care
/// help the item belongs to, which the personal adviser's end says.
pub fn end_day(item: &Item) -> Option<Date> {
    item.until.filter(|_| item.id != "independent_living")
}

/// "Until 31 March 2028".
pub fn ends_on(d: Date) -> String {
    i18n::tf_date("result.ends_on", d)
}

/// The "Why" sentences behind these (rule, item) pairs, once each, with
/// each item's own values.
pub fn rule_sentences(pairs: &[(&'static str, &Item)], outcome: &Outcome) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for (r, item) in pairs {
        let s = i18n::rule_sentence(r, item, outcome).unwrap_or_else(|| i18n::readable(r));
        if !seen.contains(&s) {
            seen.push(s);
        }
    }
    seen
}

/// The sources behind these items, once each: each document's title (a
/// link), where in it the figures are, and its date. Titles and sections
/// are the documents' own English words, marked as English.
fn source_list(items: &[&Item]) -> Html {
    let mut ids: Vec<&'static str> = Vec::new();
    let mut sections: Vec<(&'static str, &'static str)> = Vec::new();
    for item in items {
        ids.extend(item.sources.iter().filter(|s| !ids.contains(s)).collect::<Vec<_>>());
        sections.extend(item.sections.iter().filter(|s| !sections.contains(s)).collect::<Vec<_>>());
    }
    let rows = ids.into_iter().filter_map(source).map(|s| {
        let wheres: Vec<&str> = sections.iter().filter(|(id, _)| *id == s.id).map(|(_, section)| *section).collect();
        let place = (!wheres.is_empty()).then(|| html! { <>{ ", " }<span lang="en">{ wheres.join("; ") }</span></> });
        html! {
            <li>
                <a class="govuk-link app-source-link" href={s.url} lang="en">{ s.title }</a>
                { place.unwrap_or_default() }
                { ", " }{ i18n::tf_date("common.dated", s.date) }
            </li>
        }
    });
    html! { <ul class="govuk-list app-sources">{ for rows }</ul> }
}

/// One "How we worked this out" for a section: the rules behind its items
/// in plain sentences, then their sources. `extra` goes first (a sentence
/// the section needs, such as the exact yearly total); `about` names the
/// section for screen readers.
pub fn how_we_worked(items: &[&Item], outcome: &Outcome, about: AttrValue, extra: Vec<String>) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    let pairs: Vec<(&'static str, &Item)> =
        items.iter().flat_map(|i| i.because.iter().map(move |r| (*r, *i))).collect();
    let mut lines = extra;
    lines.extend(rule_sentences(&pairs, outcome));
    html! {
        <div class="app-how">
            { details(t("result.how").into(), Some(about), html! {
                <>
                    { bullets(lines) }
                    <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{ t("result.sources_title") }</p>
                    { source_list(items) }
                </>
            }) }
        </div>
    }
}

/// The "Estimate" tag, when the item's amount is an estimate.
pub fn estimate(item: &Item) -> Html {
    if item.estimate {
        html! { <>{ " " }{ tag(t("common.estimate").into(), "govuk-tag--yellow") }</> }
    } else {
        Html::default()
    }
}

/// An item's amount in words ("£3,000 once", "Up to £1,200 a year").
pub fn amount_words(item: &Item) -> Option<String> {
    item.amount.map(|m| {
        let amount = i18n::amount(m, item.period);
        if item.up_to {
            tf("amount.up_to", &[("amount", amount)])
        } else {
            amount
        }
    })
}

/// Shows an amount, unless the amounts are someone else's (a care leaver
/// another council looked after is not paid Kent's amounts).
#[derive(Clone, Copy, PartialEq)]
pub struct Show {
    /// Show the amounts.
    pub amounts: bool,
    /// The end day shown once for the whole group, not on each item.
    pub group_end: Option<Date>,
}

/// An item: heading, text, amount, dates (not the group's shared end).
pub fn item_block(item: &Item, level: u8, show: Show) -> Html {
    let id = title_id(item);
    // Someone another council looked after reads the words without Kent's
    // own amounts (`{id}.text.other`) where an item has them.
    let other = (!show.amounts).then(|| i18n::get(&format!("{id}.text.other"))).flatten();
    let text = other.or_else(|| i18n::get(&format!("{id}.text")));
    let amount = amount_words(item).filter(|_| show.amounts).map(|amount| {
        html! { <p class="govuk-body govuk-!-font-weight-bold">{ amount }{ estimate(item) }</p> }
    });
    let from = item
        .from
        .filter(|_| item.when == Some(When::Later))
        .map(|d| para(i18n::tf_date("care_leaver.accommodation.from", d).into()));
    let end = end_day(item).filter(|d| Some(*d) != show.group_end).map(|d| para(ends_on(d).into()));
    // An item that names a service to go to (a special guardian's council)
    // links to its page, from the item's sources.
    let link = item
        .facts
        .iter()
        .find(|(k, _)| *k == "link")
        .and_then(|(_, key)| key.text())
        .and_then(source)
        .map(|s| link_para(s.url.into(), s.title.into()));
    html! {
        <div class="app-item" id={format!("item-{}-{}", item.kind.as_str(), item.id)}>
            <@{format!("h{level}")} class="govuk-heading-s">{ t(&id) }{ if item.amount.is_none() || !show.amounts { estimate(item) } else { Html::default() } }</@>
            { text.map(|text| para(text.into())).unwrap_or_default() }
            { amount.unwrap_or_default() }
            { from.unwrap_or_default() }
            { end.unwrap_or_default() }
            { link.unwrap_or_default() }
        </div>
    }
}

/// The end day most of these items share, when every one has an end and
/// two or more share one: it
/// is said once for the group.
pub fn shared_end(items: &[&Item]) -> Option<Date> {
    // An item with no end (Staying Put, which can go on to finish a
    // course) would read as ending on the group's day: no shared day then.
    let ends: Vec<Date> = items.iter().map(|i| end_day(i)).collect::<Option<_>>()?;
    let mut best: Option<(Date, usize)> = None;
    for d in &ends {
        let n = ends.iter().filter(|e| *e == d).count();
        if n >= 2 && best.is_none_or(|(_, b)| n > b) {
            best = Some((*d, n));
        }
    }
    best.map(|(d, _)| d)
}

/// Items open now and later, in two groups. Items not available are not
/// here: they are in one closed section at the end of the page. The "now"
/// heading shows only beside "later", unless `always_headed`.
pub fn grouped(prefix: &str, items: &[&Item], always_headed: bool, amounts: bool) -> Html {
    let now: Vec<&Item> = items.iter().copied().filter(|i| i.is_open_now()).collect();
    let later: Vec<&Item> = items.iter().copied().filter(|i| i.when == Some(When::Later)).collect();
    let headed = always_headed || (!now.is_empty() && !later.is_empty());
    let group = |name: &str, list: &[&Item]| {
        if list.is_empty() {
            return Html::default();
        }
        let group_end = shared_end(list);
        let show = Show { amounts, group_end };
        let level = if headed { 4 } else { 3 };
        html! {
            <div class="app-group" id={format!("{prefix}-{}", name.replace('_', "-"))}>
                if headed {
                    { h3_m(t(&format!("result.group.{name}")).into()) }
                }
                if let Some(d) = group_end {
                    <p class="govuk-body app-group-end">{ i18n::tf_date("result.group_ends_on", d) }</p>
                }
                { for list.iter().map(|i| item_block(i, level, show)) }
            </div>
        }
    };
    html! { <>{ group("now", &now) }{ group("later", &later) }</> }
}

/// The reason an item is not for the person, in words.
pub fn reason_words(item: &Item) -> Option<String> {
    item.reason.map(|r| t(&format!("reason.{r}")).into_owned())
}
