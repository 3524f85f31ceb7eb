//! Care leavers: the headline, places to live, and the dated timeline.

use super::items::{app_section, grouped, how_we_worked, para};
use crate::components::{summary_list, SummaryRow};
use crate::i18n::{self, t, tf};
use rules::{Date, Event, Item, Kind, Outcome, When};
use std::borrow::Cow;
use yew::prelude::*;

/// The day the page shows an event on. A date of an end is always the
/// last day the thing is open ("Last day ...", as the items' "Until ..."):
/// a contract's end is its last day in the rules; an age limit's end (the
/// rules' `*_ends` events) falls on the birthday, so its last day is the day
/// before. Every other event (a birthday, a start, a new rate) is shown on
/// its own day.
pub fn shown_day(e: &Event) -> Date {
    if e.event != "contract_ends" && e.event.ends_with("_ends") {
        e.date.add_days(-1).unwrap_or(e.date)
    } else {
        e.date
    }
}

/// The first day an event has changed something: the day after a
/// contract's last day; every other event's own day (an age limit's
/// `*_ends` falls on the birthday, the first day it is closed).
pub fn change_day(e: &Event) -> Date {
    if e.event == "contract_ends" {
        e.date.add_days(1).unwrap_or(e.date)
    } else {
        e.date
    }
}

/// What is still to come for this person, from the date the rules are read
/// for, in date order. The 16 to 19 Bursary ends with a school or college
/// year, not on a birthday, so the rules' timeline has no event for it: its
/// end is added from the item's own last day, as `bursary_16_19_ends` (on
/// the day after, like the other `*_ends`).
pub fn events(outcome: &Outcome) -> Vec<Event> {
    let mut all: Vec<Event> = outcome.timeline.iter().filter(|e| outcome.concerns(e)).cloned().collect();
    let bursary = outcome.items.iter().find(|i| i.id == "bursary_16_19" && i.when != Some(When::NotAvailable));
    if let Some((last, date)) = bursary.and_then(|i| Some((i.until?, i.until?.add_days(1)?))) {
        let at = all.iter().position(|e| shown_day(e) > last).unwrap_or(all.len());
        all.insert(at, Event { date, event: "bursary_16_19_ends", option: Some("bursary_16_19") });
    }
    all.retain(|e| shown_day(e) >= outcome.on);
    all
}

/// An event in words, without its date.
pub fn event_words(e: &Event) -> String {
    let option = e
        .option
        .map(|o| i18n::first(&[format!("entitlement.{o}"), format!("accommodation.{o}")], &[]))
        .unwrap_or_default();
    tf(&format!("event.{}", e.event), &[("option", option)])
}

/// The headline: what the person can get, and until when (the day their
/// personal adviser support ends, from the timeline). `kent` is false for
/// a young person another council looked after.
pub fn headline(status: &str, outcome: &Outcome, kent: bool) -> Option<String> {
    let ends = outcome.timeline.iter().find(|e| e.event == "personal_adviser_ends").map(|e| i18n::date(e.date));
    let who = if kent { "" } else { ".other" };
    // The age support starts or ends at, from the rules (CARE_LEAVER_MIN_AGE,
    // SUPPORT_END_AGE), not typed in the words.
    let t = rules::journeys::care_leaver::Thresholds::at(outcome.on);
    let age = if status == "not_yet" { t.min_age } else { t.support_end };
    let age = ("age", i18n::digits(&age.to_string(), true));
    // A qualifying care leaver's help can end at 21 or at 25 (in
    // education): the headline names no day.
    match (status, ends) {
        ("eligible" | "relevant" | "former_relevant", Some(date)) => {
            Some(tf(&format!("headline.care_leaver.{status}{who}"), &[("date", date), age]))
        }
        // Without that day (a qualifying care leaver's timeline may not
        // hold it), the status's own title stands.
        ("eligible" | "relevant" | "former_relevant", None) => None,
        ("qualifying", _) => i18n::get(&format!("headline.care_leaver.qualifying{who}")).map(Cow::into_owned),
        _ => i18n::get(&format!("headline.care_leaver.{status}")).map(|words| i18n::fill(&words, &[age])),
    }
}

/// "Where you could live": open now and later (what is not for the person
/// is with the other such items at the end of the page). Not for someone
/// under 16 or 25 and over: only their date of birth was asked.
pub fn accommodation(outcome: &Outcome) -> Html {
    let outside = outcome.items.iter().any(|i| i.kind == Kind::Status && matches!(i.id, "not_yet" | "beyond_age"));
    let all: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Accommodation).collect();
    let shown: Vec<&Item> = all.iter().copied().filter(|i| i.when != Some(When::NotAvailable)).collect();
    if outside || all.is_empty() {
        return Html::default();
    }
    let none_now = (!all.iter().any(|i| i.is_open_now())).then(|| para(t("care_leaver.accommodation.none_now").into()));
    let title = t("care_leaver.accommodation.title");
    let body = html! {
        <>
            { none_now.unwrap_or_default() }
            { grouped("accommodation", &shown, true, true) }
            { how_we_worked(&shown, outcome, title.clone().into(), Vec::new()) }
        </>
    };
    app_section(Some("accommodation".into()), title.into(), body)
}

/// The timeline as a dated list: what is still to come for this person,
/// each on the day it starts or, for an end, its last day.
pub fn timeline(outcome: &Outcome) -> Html {
    let events = events(outcome);
    if events.iter().all(|e| e.event == "turns_18") {
        return Html::default();
    }
    let rows: Vec<SummaryRow> = events
        .into_iter()
        .map(|e| SummaryRow { key: i18n::date(shown_day(&e)).into(), value: html! { event_words(&e) }, change: None })
        .collect();
    app_section(Some("timeline-section".into()), t("care_leaver.timeline.title").into(), summary_list("timeline", rows))
}
