//! The result page: everything `rules::evaluate` returns, in words.

mod care_leaver;
mod contacts;
mod fostering;
mod items;
mod keep;

use crate::components::{
    back_link, date_input, details, error_summary, panel, summary_list, warning_text, DateInputProps,
};
use crate::i18n::{self, t, tf};
use crate::state::fields::{DATE_PARTS, Q};
use crate::state::{Action, State};
use items::{app_section, item_block, para, why_and_source};
use rules::{Journey, Kind, Outcome};
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
        .find(|i| {
            i.kind == Kind::Arrangement && i.is_open_now() && i.facts.iter().any(|(k, v)| *k == "chosen" && v == "yes")
        })
        .and_then(|i| i18n::get(&format!("status.{j}.{}", i.id)));
    let place = outcome
        .facts
        .iter()
        .find(|(k, _)| *k == "lives_in")
        .and_then(|(_, v)| i18n::get(&format!("place.{v}")))
        .unwrap_or_default();
    let words = chosen.map_or_else(|| t(&format!("status.{j}.default")), Into::into);
    rules::explain::fill(&words, &[("place", place.to_string())]).trim().to_string()
}

fn header(journey: Journey, outcome: &Outcome) -> Html {
    let j = journey.as_str();
    let status = outcome.items.iter().find(|i| i.kind == Kind::Status);
    let id = status.map_or_else(|| format!("status.{j}.default"), |s| format!("status.{j}.{}", s.id));
    let title = if status.is_some() { t(&id).into_owned() } else { default_title(journey, outcome) };
    let text = i18n::get(&format!("{id}.text")).unwrap_or_default();
    let in_panel = status.is_some_and(|s| PANEL_STATUSES.contains(&s.id));
    let why = status.map(|s| why_and_source(s, outcome, Some(title.clone().into()))).unwrap_or_default();
    html! {
        <div id="status" data-status={status.map(|s| s.id)}>
            if in_panel {
                { panel(title.into(), None) }
            } else {
                <h1 class="govuk-heading-xl" tabindex="-1">{ title }</h1>
            }
            <p class="govuk-body-l">{ text }</p>
            { why }
        </div>
    }
}

fn section(journey: Journey, kind: Kind, outcome: &Outcome) -> Html {
    let items: Vec<_> = outcome.items.iter().filter(|i| i.kind == kind).collect();
    if items.is_empty() {
        return Html::default();
    }
    let heading = i18n::get(&format!("{}.{}.title", journey.as_str(), kind.as_str()))
        .unwrap_or_else(|| i18n::get(&format!("kind.{}", kind.as_str())).unwrap_or(kind.as_str()));
    let id = format!("section-{}", kind.as_str());
    let body = items::grouped(&id, &items, outcome, false);
    app_section(Some(id), heading.into(), body)
}

fn blockers_and_cautions(outcome: &Outcome) -> Html {
    let blockers: Vec<_> = outcome.items.iter().filter(|i| i.kind == Kind::Blocker).collect();
    let cautions = outcome.items.iter().filter(|i| i.kind == Kind::Caution).map(|c| {
        html! { <div class="app-item">{ warning_text(html! { t(&format!("caution.{}", c.id)) }) }{ why_and_source(c, outcome, Some(t("kind.caution").into())) }</div> }
    });
    html! {
        <>
            if !blockers.is_empty() {
                { app_section(
                    Some("blockers".into()),
                    t("result.blockers.title").into(),
                    blockers.iter().map(|i| item_block(i, outcome, 3)).collect(),
                ) }
            }
            { for cautions }
        </>
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
    let _ = outcome;
    // The example is the next 1 April, when rates usually change.
    let april =
        if (state.today.month(), state.today.day()) < (4, 1) { state.today.year() } else { state.today.year() + 1 };
    let example = i18n::digits(&format!("1 4 {april}"), false);
    let hint = i18n::question(journey, q, "hint").map(|h| rules::explain::fill(&h, &[("example", example)]));
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
            <button type="submit" class="govuk-button govuk-button--secondary" id="plan-date-submit">{ t("plan.button") }</button>
        </form>
    }
}

/// The result page.
pub fn result_page(state: &UseReducerHandle<State>) -> Html {
    let (Some(journey), Some(scenario)) = (state.journey, state.scenario()) else {
        return Html::default();
    };
    let outcome = rules::evaluate(&scenario);
    let j = journey.as_str();
    let summary: Vec<(String, String)> =
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
    let as_at = html! {
        <>
            <p class="govuk-body govuk-!-font-weight-bold" id="rules-as-at">{ tf("plan.rules_as_at", &[("date", i18n::date(outcome.on))]) }</p>
            if !outcome.rates.confirmed_for_date {
                { warning_text(html! { tf(not_confirmed, &[("date", i18n::date(outcome.on)), ("as_of", i18n::date(figures_from))]) }) }
            }
        </>
    };
    let special = match journey {
        Journey::Fostering => fostering::pay(&outcome),
        _ => Html::default(),
    };
    let after = match journey {
        Journey::CareLeaver => {
            html! { <>{ care_leaver::accommodation(&outcome) }{ care_leaver::timeline(&outcome) }</> }
        }
        _ => Html::default(),
    };
    let next_url = t(&format!("next.{j}.url")).into_owned();
    // Where the family lives can change whom to contact (kinship: Medway
    // is its own council): `next.{journey}.{place}` when there is one.
    let place = outcome.facts.iter().find(|(k, _)| *k == "lives_in").map(|(_, v)| v.as_str());
    let next_words =
        place.and_then(|p| i18n::get(&format!("next.{j}.{p}"))).map_or_else(|| t(&format!("next.{j}")), Into::into);
    let next = html! {
        <>
            { para(next_words.into()) }
            <p class="govuk-body"><a class="govuk-link app-source-link" href={next_url}>{ t(&format!("next.{j}.link")) }</a></p>
        </>
    };
    let next = app_section(Some("next".into()), t("result.next.title").into(), next);
    let d = state.dispatcher();
    let back = Callback::from(move |()| d.dispatch(Action::Back));
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <>
            <div class="app-page" key="result">
                { back_link(Some(back)) }
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        { error_summary(summary) }
                        { header(journey, &outcome) }
                        { as_at }
                        <div id="your-answers">
                            { details(t("result.answers.title").into(), None, summary_list("result-answers", super::answer_rows(state, false))) }
                        </div>
                        { blockers_and_cautions(&outcome) }
                        { special }
                        { for LISTED.iter().map(|k| section(journey, *k, &outcome)) }
                        { after }
                        { next }
                        { plan_date(state, &outcome) }
                        <keep::Keep state={state.clone()} />
                        <div class="govuk-button-group app-no-print">
                            <button type="button" class="govuk-button govuk-button--secondary" id="print" onclick={print}>{ t("result.print") }</button>
                        </div>
                        { super::start_again(state) }
                    </div>
                </div>
            </div>
        </>
    }
}
