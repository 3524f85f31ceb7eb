//! The result page: everything `rules::evaluate` returns, in words.

mod care_leaver;
mod checklist;
mod compare;
mod contacts;
mod fostering;
mod items;
mod keep;
mod offline;
mod print;

use crate::components::{
    back_link, date_input, details, error_summary, panel, summary_list, warning_text, DateInputProps,
};
use crate::i18n::{self, t, tf};
use crate::state::fields::{DATE_PARTS, Q};
use crate::state::{Action, State};
use items::{app_section, how_we_worked, item_block, title_id};
pub(crate) use items::{h2_m, para};
pub use print::use_printing;
use rules::{Fact, Item, Journey, Kind, Outcome, When};
use std::borrow::Cow;
use yew::prelude::*;

/// Statuses shown in a green panel; the others in a plain heading.
const PANEL_STATUSES: &[&str] = &["likely_eligible", "eligible", "relevant", "former_relevant", "qualifying"];

/// Kinds shown as lists of items, in this order, with their headings.
const LISTED: &[Kind] = &[Kind::Arrangement, Kind::Entitlement, Kind::FosteringType, Kind::Support, Kind::Step];

/// A heading for a result without a status item (kinship, by design): the
/// arrangement the family chose, when the rules list it as open to them,
/// and where they live, from the outcome's own items and facts.
fn default_title(journey: Journey, outcome: &Outcome) -> String {
    let j = journey.as_str();
    let chosen = outcome
        .items
        .iter()
        .find(|i| i.kind == Kind::Arrangement && i.is_open_now() && i.facts.contains(&("chosen", Fact::Text("yes"))))
        .and_then(|i| i18n::get(&format!("status.{j}.{}", i.id)));
    let place = outcome
        .fact("lives_in")
        .and_then(Fact::text)
        .and_then(|v| i18n::get(&format!("place.{v}")))
        .unwrap_or_default();
    let words = chosen.map_or_else(|| t(&format!("status.{j}.default")), Into::into);
    i18n::fill(&words, &[("place", place.to_string())]).trim().to_string()
}

/// Kinds that can be "not available", gathered at the end of the page.
const CLOSABLE: &[Kind] =
    &[Kind::Entitlement, Kind::Accommodation, Kind::Arrangement, Kind::Support, Kind::FosteringType, Kind::Step];

/// What the result needs to know beyond the outcome.
#[derive(Clone, Copy)]
pub struct View {
    /// The journey.
    pub journey: Journey,
    /// False for a care leaver another council looked after: their support
    /// comes from that council, so Kent's amounts are not theirs.
    pub kent: bool,
    /// An answer ended the journey early (a care leaver another council
    /// looked after; a would-be foster carer under the minimum age): the
    /// rules were given defaults for the questions not asked, so only the
    /// headline, the deciding reason and "What to do next" are shown.
    pub stopped: bool,
    /// The family already holds its order (kinship): "Arrangements that
    /// could fit" is not shown, and the council that supports them is.
    pub in_place: bool,
}

impl View {
    /// The view of these answers.
    pub fn of(scenario: &rules::Scenario) -> View {
        let kent = match &scenario.answers {
            rules::Answers::CareLeaver(a) => a.kent_care_leaver,
            _ => true,
        };
        let in_place = matches!(&scenario.answers, rules::Answers::Kinship(a) if a.arrangement_in_place);
        View { journey: scenario.answers.journey(), kent, stopped: false, in_place }
    }

    /// The view of these answers, and whether the journey stopped early.
    pub fn of_state(scenario: &rules::Scenario, state: &State) -> View {
        let stopped = match scenario.answers.journey() {
            Journey::CareLeaver => crate::state::care_leaver::other_council(&state.raw),
            Journey::Fostering => crate::state::fostering::under_age(&state.raw, state.on),
            _ => false,
        };
        View { stopped, ..View::of(scenario) }
    }

    /// The kinds listed as sections, in order: a special guardian's
    /// supporting council first; no "Arrangements that could fit" for a
    /// family that has its order.
    fn listed(self) -> Vec<Kind> {
        if self.stopped {
            return Vec::new();
        }
        let mut kinds: Vec<Kind> = LISTED.to_vec();
        if self.journey == Journey::Kinship {
            kinds.retain(|k| *k != Kind::Support);
            kinds.insert(0, Kind::Support);
            if self.in_place {
                kinds.retain(|k| *k != Kind::Arrangement);
            }
        }
        kinds
    }
}

/// The headline: what the person can get (care leavers), else the
/// status's own title (a heading for kinship's default).
pub fn headline(view: View, outcome: &Outcome) -> String {
    let j = view.journey.as_str();
    let status = outcome.items.iter().find(|i| i.kind == Kind::Status);
    let plain = match (view.journey, status) {
        (Journey::CareLeaver, _) if view.stopped => Some(t("care_leaver.other_council.title").into_owned()),
        (Journey::CareLeaver, Some(s)) => care_leaver::headline(s.id, outcome, view.kent),
        _ => None,
    };
    plain.unwrap_or_else(|| match status {
        Some(s) => t(&format!("status.{j}.{}", s.id)).into_owned(),
        None => default_title(view.journey, outcome),
    })
}

/// The status's own words, said under the headline (fostering, kinship,
/// adoption) or, for care leavers, in its "How we worked this out".
pub fn status_words(view: View, outcome: &Outcome) -> (Option<String>, Option<String>) {
    let j = view.journey.as_str();
    let status = outcome.items.iter().find(|i| i.kind == Kind::Status);
    let id = status.map_or_else(|| format!("status.{j}.default"), |s| format!("status.{j}.{}", s.id));
    let text = view
        .in_place
        .then(|| i18n::get(&format!("{id}.text.in_place")))
        .flatten()
        .or_else(|| i18n::get(&format!("{id}.text")));
    (status.map(|_| t(&id).into_owned()), text.map(Cow::into_owned))
}

fn header(view: View, outcome: &Outcome) -> Html {
    let status = outcome.items.iter().find(|i| i.kind == Kind::Status);
    let title = headline(view, outcome);
    let (legal, text) = status_words(view, outcome);
    let in_panel = status.is_some_and(|s| PANEL_STATUSES.contains(&s.id));
    let care_leaver = view.journey == Journey::CareLeaver;
    let mut extra: Vec<String> = Vec::new();
    if care_leaver {
        extra.extend(legal.into_iter().map(|l| tf("result.status_is", &[("status", l)])));
        extra.extend(text.clone());
    }
    // A care leaver another council looked after was asked nothing else:
    // the rules' status for the defaults would mislead.
    let status = status.filter(|_| !(care_leaver && view.stopped));
    let how = status.map(|s| how_we_worked(&[s], outcome, title.clone().into(), extra)).unwrap_or_default();
    html! {
        <div id="status" data-status={status.map(|s| s.id)}>
            if in_panel {
                { panel(title.into(), None) }
            } else {
                <h1 class="govuk-heading-xl" tabindex="-1">{ title }</h1>
            }
            if !care_leaver {
                <p class="govuk-body-l">{ text.unwrap_or_default() }</p>
            }
            { how }
        </div>
    }
}

/// A short name for the summary: an item's title without its official
/// name in brackets ("Stay with your foster family after 18").
fn short_name(item: &Item) -> String {
    let title = t(&title_id(item));
    // Before an English "(...)" a language's words carry a left-to-right
    // mark (locale.rs): cut there too, or a list's comma stands apart.
    title.split(['(', '\u{200e}']).next().unwrap_or(&title).trim_end().to_string()
}

/// Words that start a line ("Up to £2,000 once") in the middle of one:
/// an ASCII capital first letter lowered (other scripts have no case).
fn lower_first(words: &str) -> String {
    let mut out = words.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// "a, b and c", or "a, b, c and 2 more".
fn listed(names: Vec<String>) -> String {
    const MOST: usize = 3;
    let more = names.len().saturating_sub(MOST);
    let mut shown: Vec<String> = names.into_iter().take(MOST).collect();
    if more > 0 {
        shown.push(tf("result.summary.more", &[("n", i18n::digits(&more.to_string(), true))]));
    }
    match shown.len() {
        0 => String::new(),
        1 => shown.remove(0),
        n => {
            let last = shown.remove(n - 1);
            tf("result.summary.and", &[("list", shown.join(&t("list.comma"))), ("last", last)])
        }
    }
}

/// The summary: four or five lines from the outcome's own items and
/// timeline (no rule of its own): what is open now, the money, what
/// changes next and when, what opens later, and how many things are not
/// for the person now.
pub fn summary_lines(view: View, outcome: &Outcome) -> Vec<String> {
    let mut lines = Vec::new();
    // A journey that stopped early has one thing to say: why.
    if view.stopped {
        let id =
            if view.journey == Journey::Fostering { "fostering.summary.blocked" } else { "care_leaver.other_council" };
        lines.push(t(id).into_owned());
        return lines;
    }
    // What the person can get: not the steps of a process, nor the kinship
    // arrangements that could fit (a choice, not support).
    let shown = |i: &&Item| CLOSABLE.contains(&i.kind) && !matches!(i.kind, Kind::Step | Kind::Arrangement);
    if !view.kent {
        lines.push(t("care_leaver.other_council").into_owned());
    }
    if view.journey == Journey::Fostering {
        let total =
            |id: &str| outcome.items.iter().find(|i| i.kind == Kind::Total && i.id == id).and_then(|i| i.amount);
        let blocked = outcome.items.iter().any(|i| i.kind == Kind::Blocker);
        if blocked {
            lines.push(t("fostering.summary.blocked").into_owned());
        }
        if let Some(w) = total("weekly") {
            // One payment a child: "this child" or "these children".
            let (pay, year) = if outcome.items.iter().filter(|i| i.kind == Kind::Payment).count() == 1 {
                ("fostering.summary.pay.one", "fostering.summary.year.one")
            } else {
                ("fostering.summary.pay.many", "fostering.summary.year.many")
            };
            lines.push(i18n::tf_money(pay, w));
            if let Some(y) = total("yearly") {
                lines.push(i18n::tf_money(year, fostering::nearest_hundred(y)));
            }
            lines.push(t("fostering.only_while").into_owned());
        }
    } else {
        let now: Vec<String> = outcome.items.iter().filter(shown).filter(|i| i.is_open_now()).map(short_name).collect();
        if !now.is_empty() {
            lines.push(tf("result.summary.now", &[("list", listed(now))]));
        }
        let money: Vec<String> = outcome
            .items
            .iter()
            .filter(shown)
            .filter(|i| i.is_open_now() && view.kent)
            .filter_map(|i| {
                items::amount_words(i).map(|a| format!("{}{}{}", short_name(i), t("list.comma"), lower_first(&a)))
            })
            .collect();
        if !money.is_empty() {
            lines.push(tf("result.summary.money", &[("list", money.join(&t("list.semicolon")))]));
        } else if view.kent && outcome.items.iter().any(|i| i.id == "personal_adviser" && i.is_open_now()) {
            lines.push(t("result.summary.money_ask").into_owned());
        }
    }
    // What comes next: not a birthday or start on the page's own day (the
    // status already says "You are 18"), but a last day that is today.
    let next = care_leaver::events(outcome)
        .into_iter()
        .find(|e| care_leaver::shown_day(e) > outcome.on || e.event.ends_with("_ends"));
    if let Some(e) = &next {
        lines.push(tf(
            "result.summary.next",
            &[("date", i18n::date(care_leaver::shown_day(e))), ("what", care_leaver::event_words(e))],
        ));
    } else if let Some(step) = outcome.items.iter().find(|i| i.kind == Kind::Step && i.is_open_now()) {
        lines.push(tf("result.summary.first_step", &[("step", short_name(step))]));
    }
    let later: Vec<String> =
        outcome.items.iter().filter(shown).filter(|i| i.when == Some(When::Later)).map(short_name).collect();
    if !later.is_empty() {
        lines.push(tf("result.summary.later", &[("list", listed(later))]));
    }
    let closed = closed_items(outcome).len();
    if closed > 0 && lines.len() < 5 {
        let id = if closed == 1 { "result.summary.not_now.one" } else { "result.summary.not_now.many" };
        lines.push(tf(id, &[("n", i18n::digits(&closed.to_string(), true))]));
    }
    lines.truncate(5);
    lines
}

fn summary(view: View, outcome: &Outcome) -> Html {
    let lines = summary_lines(view, outcome);
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="app-summary" id="summary">
            { items::h2_m(t("result.summary.title").into()) }
            { items::bullets(lines) }
        </div>
    }
}

/// The words of "What to do next", without the contacts.
pub fn next_words(view: View, outcome: &Outcome) -> (String, String, String) {
    let j = view.journey.as_str();
    // Where the family lives can change whom to contact (kinship: Medway
    // is its own council): `next.{journey}.{place}` when there is one; a
    // care leaver another council looked after: `next.care_leaver.other`.
    // A special guardian: the council the rules name for support (reg 5).
    let support = outcome.fact("support_council").and_then(Fact::text).filter(|_| view.in_place).map(|c| match c {
        "kent" => "kent",
        "medway" => "medway",
        "another_council" => "another_council",
        _ => "elsewhere",
    });
    let place = if let Some(council) = support {
        Some(council)
    } else if view.kent {
        outcome.fact("lives_in").and_then(Fact::text)
    } else {
        Some("other")
    };
    let key = place
        .filter(|p| i18n::get(&format!("next.{j}.{p}")).is_some())
        .map_or_else(|| format!("next.{j}"), |p| format!("next.{j}.{p}"));
    let part = |p: &str| i18n::first(&[format!("{key}.{p}"), format!("next.{j}.{p}")], &[]);
    (t(&key).into_owned(), part("link"), part("url"))
}

/// "What to do next": the contacts first (`contacts`), then where to go.
fn what_to_do_next(view: View, outcome: &Outcome, contacts: Html) -> Html {
    let (words, link, url) = next_words(view, outcome);
    let body = html! {
        <>
            { contacts }
            { para(words.into()) }
            <p class="govuk-body"><a class="govuk-link app-source-link" href={url}>{ link }</a></p>
        </>
    };
    app_section(Some("next".into()), t("result.next.title").into(), body)
}

fn section(view: View, kind: Kind, outcome: &Outcome) -> Html {
    let journey = view.journey;
    let items: Vec<_> = outcome.items.iter().filter(|i| i.kind == kind && i.when != Some(When::NotAvailable)).collect();
    if items.is_empty() {
        return Html::default();
    }
    let heading: AttrValue = i18n::get(&format!("{}.{}.title", journey.as_str(), kind.as_str()))
        .unwrap_or_else(|| i18n::get(&format!("kind.{}", kind.as_str())).unwrap_or(Cow::Borrowed(kind.as_str())))
        .into_owned()
        .into();
    let id = format!("section-{}", kind.as_str());
    let intro = i18n::get(&format!("{}.{}.intro", journey.as_str(), kind.as_str())).map(|w| para(w.into()));
    let body = html! {
        <>
            { intro.unwrap_or_default() }
            { items::grouped(&id, &items, false, view.kent) }
            { how_we_worked(&items, outcome, heading.clone(), Vec::new()) }
        </>
    };
    app_section(Some(id), heading, body)
}

/// The items not for the person now, each once: a place to live and an
/// entitlement of the same id closed for the same reason (Staying Put)
/// read as one thing twice.
fn closed_items(outcome: &Outcome) -> Vec<&Item> {
    let mut items: Vec<&Item> = Vec::new();
    for i in outcome.items.iter().filter(|i| CLOSABLE.contains(&i.kind) && i.when == Some(When::NotAvailable)) {
        if !items.iter().any(|seen| seen.id == i.id && seen.reason == i.reason) {
            items.push(i);
        }
    }
    items
}

/// Everything not for the person now, in one closed section, each with
/// its reason, and the rules and sources behind them.
fn not_available(outcome: &Outcome) -> Html {
    let items = closed_items(outcome);
    if items.is_empty() {
        return Html::default();
    }
    let title = t("result.not_available.title");
    let rows = items.iter().map(|i| {
        html! {
            <li id={format!("item-{}-{}", i.kind.as_str(), i.id)}>
                <span class="govuk-!-font-weight-bold">{ t(&title_id(i)) }</span>{ ". " }{ items::reason_words(i).unwrap_or_default() }
            </li>
        }
    });
    html! {
        <div class="app-section app-print-long" id="not-available">
            { details(title.clone().into(), None, html! {
                <>
                    <ul class="govuk-list govuk-list--spaced">{ for rows }</ul>
                    { how_we_worked(&items, outcome, title.into(), Vec::new()) }
                </>
            }) }
        </div>
    }
}

fn blockers_and_cautions(outcome: &Outcome) -> Html {
    let blockers: Vec<_> = outcome.items.iter().filter(|i| i.kind == Kind::Blocker).collect();
    let show = items::Show { amounts: true, group_end: None };
    let cautions = outcome.items.iter().filter(|i| i.kind == Kind::Caution).map(|c| {
        html! { <div class="app-item">{ warning_text(html! { t(&format!("caution.{}", c.id)) }) }{ how_we_worked(&[c], outcome, t("kind.caution").into(), Vec::new()) }</div> }
    });
    let title = t("result.blockers.title");
    html! {
        <>
            if !blockers.is_empty() {
                { app_section(
                    Some("blockers".into()),
                    title.clone().into(),
                    html! { <>{ for blockers.iter().map(|i| item_block(i, 3, show)) }{ how_we_worked(&blockers, outcome, title.into(), Vec::new()) }</> },
                ) }
            }
            { for cautions }
        </>
    }
}

/// Printing: the answers only if the person ticks the box (off by
/// default), and a short version. The print style sheet reads the boxes
/// (`:has`), so no state is kept.
fn print_options() -> Html {
    let check = |id: &'static str, words: Cow<'static, str>| {
        html! {
            <div class="govuk-checkboxes__item">
                <input class="govuk-checkboxes__input" id={id} type="checkbox" />
                <label class="govuk-label govuk-checkboxes__label" for={id}>{ words }</label>
            </div>
        }
    };
    html! {
        <div class="app-no-print" id="print-options">
            <div class="govuk-form-group">
                <fieldset class="govuk-fieldset">
                    <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">{ t("result.print.title") }</legend>
                    <div class="govuk-checkboxes govuk-checkboxes--small">
                        { check("print-short", t("result.print.short")) }
                        { check("print-answers", t("result.print.answers")) }
                    </div>
                </fieldset>
            </div>
            <div class="govuk-button-group">
                // src/loader.js prints, after the English copies of a
                // translated result are drawn (print::both).
                <button type="button" class="govuk-button govuk-button--secondary" id="print">{ t("result.print") }</button>
            </div>
        </div>
    }
}

fn plan_date(state: &UseReducerHandle<State>, outcome: &Outcome) -> Html {
    let q = Q::new("plan_date");
    let values = DATE_PARTS.map(|p| state.raw.get(&format!("plan_date-{p}")).cloned().unwrap_or_default());
    let error = state.errors.iter().find(|e| e.q == q);
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let on_input = Callback::from(move |(i, v): (usize, String)| {
        d1.dispatch(Action::Set(format!("plan_date-{}", DATE_PARTS.get(i).copied().unwrap_or("day")), v));
    });
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d2.dispatch(Action::PlanDate);
    });
    let journey = state.journey.unwrap_or(Journey::Fostering);
    let legend = i18n::question_title(journey, q);
    // The example is the next 1 April, when rates usually change.
    let april =
        if (state.today.month(), state.today.day()) < (4, 1) { state.today.year() } else { state.today.year() + 1 };
    let example = i18n::digits(&format!("1 4 {}", april.unsigned_abs()), false);
    let hint = i18n::question(journey, q, "hint").map(|h| i18n::fill(&h, &[("example", example)]));
    html! {
        <form class="app-plan-date" novalidate=true {onsubmit} id="plan-date-form">
            { date_input(DateInputProps {
                id: "plan_date".into(),
                legend: legend.into(),
                hint: hint.map(Into::into),
                values,
                error: error.map(|e| i18n::error(journey, e, state.today).into()),
                error_parts: error.map_or(0, |e| e.parts),
                on_input,
                ..Default::default()
            }) }
            <div class="govuk-button-group">
                <button type="submit" class="govuk-button govuk-button--secondary" id="plan-date-submit">{ t("plan.button") }</button>
                { compare::next_button(state, outcome) }
            </div>
        </form>
    }
}

/// What the fostering answers leave open, said beside the pay: a child's
/// disability rate is the fostering team's decision ("yes" is shown at the
/// lower rate, "not sure" with none), and a couple shares the tax-free
/// limit's fixed amount equally (DOMAIN 1.3).
fn fostering_notes(state: &State, outcome: &Outcome) -> Vec<String> {
    use crate::state::fostering::{disability_rate_for_team, with_partner};
    let children = outcome.items.iter().filter(|i| i.kind == Kind::Payment).count();
    let mut notes: Vec<String> = (1..=children)
        .filter_map(|n| u8::try_from(n).ok())
        .filter(|n| disability_rate_for_team(&state.raw, *n))
        .map(|n| {
            let id = match state.raw.get(&format!("child_disability_{}", u32::from(n))).map(String::as_str) {
                Some("yes") => "fostering.disability.yes",
                _ => "fostering.disability.not_sure",
            };
            tf(id, &[("n", u32::from(n).to_string())])
        })
        .collect();
    if with_partner(&state.raw) {
        notes.push(t("fostering.partner_share").into_owned());
    }
    notes
}

/// Where only "13 weeks or more" (or fewer) was asked, the rules were given
/// the threshold or 0: their sentences say what was asked, not a number the
/// person never gave, and say 13 once.
fn weeks_as_asked(outcome: &mut Outcome, answer: Option<&str>) {
    let words = match answer {
        Some("yes") => "care_leaver.weeks.13_or_more",
        Some("no") => "care_leaver.weeks.fewer_than_13",
        _ => return,
    };
    if let Some(fact) = outcome.facts.iter_mut().find(|(k, _)| *k == "weeks") {
        fact.1 = Fact::Text(words);
    }
    for rule in outcome.items.iter_mut().flat_map(|i| i.because.iter_mut()) {
        *rule = match *rule {
            "looked_after_13_weeks_since_14" => "looked_after_13_weeks_or_more_since_14",
            "looked_after_after_16_fewer_than_13_weeks" => "looked_after_after_16_fewer_than_13_weeks_asked",
            r => r,
        };
    }
}

/// The result page.
pub fn result_page(state: &UseReducerHandle<State>) -> Html {
    let (Some(journey), Some(scenario)) = (state.journey, state.scenario()) else {
        return Html::default();
    };
    let outcome = rules::evaluate(&scenario);
    // The outcome as shown, in the language the words come from as it is
    // drawn (print::both draws it in English too): where only "13 weeks or
    // more" (or fewer) was asked, the rules were given the threshold or 0:
    // their sentences say that, not a number the person never gave.
    let shown = |scenario: &rules::Scenario| {
        let mut outcome = rules::evaluate(scenario);
        if journey == Journey::CareLeaver && !crate::state::care_leaver::weeks_given(&state.raw, state.on) {
            weeks_as_asked(&mut outcome, state.raw.get("looked_after_13_weeks").map(String::as_str));
        }
        outcome
    };
    let errors: Vec<(String, String)> =
        state.errors.iter().map(|e| (e.q.target(e), i18n::error(journey, e, state.today))).collect();
    // The figures standing in are those whose table does not cover the
    // date: they date from `stale_from`, which can differ from the main
    // table's first day (kinship: the fund's 2026-27 limit beside Kent's
    // 2025-26 rates). For a date already past (or before the first table
    // held) they are the earliest we know, not the latest, and the date is
    // not "yet" to come.
    let figures_from = outcome.rates.stale_from.unwrap_or(outcome.rates.as_of);
    let past = outcome.on < figures_from || outcome.on < state.today;
    let not_confirmed = if past { "plan.not_confirmed_earliest" } else { "plan.not_confirmed" };
    let as_at = || {
        html! {
        <>
            <p class="govuk-body govuk-!-font-weight-bold" id="rules-as-at">{ i18n::tf_date("plan.rules_as_at", outcome.on) }</p>
            { offline::rules_date() }
            if !outcome.rates.confirmed_for_date {
                { warning_text(html! { tf(not_confirmed, &[("date", i18n::date(outcome.on)), ("as_of", i18n::date(figures_from))]) }) }
            }
        </>
        }
    };
    let view = View::of_state(&scenario, state);
    let special = || match journey {
        Journey::Fostering if !view.stopped => {
            fostering::pay(&outcome, fostering_notes(state, &outcome), &scenario.answers)
        }
        _ => Html::default(),
    };
    let care_leaver = journey == Journey::CareLeaver && !view.stopped;
    // The named contacts `rules::contacts` chooses, first in "What to do next".
    let next = || what_to_do_next(view, &outcome, contacts::contacts_block(&scenario, &outcome));
    // The result, and after it the same in English while a translated result prints (print::both).
    let both = print::both;
    let d = state.dispatcher();
    let back = Callback::from(move |()| d.dispatch(Action::Back));
    html! {
        <>
            <div class="app-page" key="result">
                { back_link(Some(back)) }
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        { error_summary(errors) }
                        { both(&|| {
                            let o = shown(&scenario);
                            // What differs from today's result, which reads
                            // the answers for today (issue 19 item 2).
                            let today = (state.on != state.today && !view.stopped)
                                .then(|| state.scenario_on(state.today))
                                .flatten()
                                .map(|s| rules::evaluate(&s));
                            html! {
                                <>
                                    { header(view, &o) }
                                    { summary(view, &o) }
                                    { as_at() }
                                    { today.map(|t| compare::compare(&t, &o, view.kent)).unwrap_or_default() }
                                    { blockers_and_cautions(&o) }
                                    { next() }
                                    if !view.stopped {
                                        { checklist::checklist(&scenario.answers, &o) }
                                    }
                                    { special() }
                                    <div class="app-print-long">
                                        { for view.listed().into_iter().map(|k| section(view, k, &o)) }
                                        if care_leaver {
                                            { care_leaver::accommodation(&o) }
                                            { care_leaver::timeline(&o) }
                                        }
                                        // Any dated events (a special guardian's council changing too).
                                        if !view.stopped {
                                            { keep::calendar(&o) }
                                        }
                                    </div>
                                </>
                            }
                        }) }
                        if !view.stopped {
                            { not_available(&outcome) }
                        }
                        <div id="your-answers">
                            { details(t("result.answers.title").into(), None, summary_list("result-answers", super::answer_rows(state, false))) }
                        </div>
                        { plan_date(state, &outcome) }
                        <keep::Keep state={state.clone()} />
                        { print_options() }
                        { keep::report(&outcome) }
                        { super::start_again(state) }
                    </div>
                </div>
            </div>
        </>
    }
}

#[cfg(test)]
mod tests;
