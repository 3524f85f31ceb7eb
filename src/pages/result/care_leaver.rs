//! Care leavers: places to live in three groups, and the dated timeline.

use super::items::{app_section, grouped, para};
use crate::components::{summary_list, SummaryRow};
use crate::i18n::{self, t, tf};
use rules::{Event, Item, Kind, Outcome};
use yew::prelude::*;

/// "Where you could live": open now, later, and not available with why.
/// Not for someone under 16 or 25 and over: only their date of birth was
/// asked, so the reasons would rest on answers never given.
pub fn accommodation(outcome: &Outcome) -> Html {
    let outside = outcome.items.iter().any(|i| i.kind == Kind::Status && matches!(i.id, "not_yet" | "beyond_age"));
    let all: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Accommodation).collect();
    if outside || all.is_empty() {
        return Html::default();
    }
    let none_now = (!all.iter().any(|i| i.is_open_now())).then(|| para(t("care_leaver.accommodation.none_now").into()));
    let body = html! { <>{ none_now.unwrap_or_default() }{ grouped("accommodation", &all, outcome, true) }</> };
    app_section(Some("accommodation".into()), t("care_leaver.accommodation.title").into(), body)
}

/// The timeline as a dated list: what is still to come for this person,
/// from the date the rules are read for (what has already happened is in
/// the lists above, as what they have now).
pub fn timeline(outcome: &Outcome) -> Html {
    let events: Vec<&Event> = outcome.timeline.iter().filter(|e| e.date >= outcome.on && outcome.concerns(e)).collect();
    if events.iter().all(|e| e.event == "turns_18") {
        return Html::default();
    }
    let rows: Vec<SummaryRow> = events
        .into_iter()
        .map(|e| {
            let option = e
                .option
                .map(|o| i18n::first(&[format!("entitlement.{o}"), format!("accommodation.{o}")], &[]))
                .unwrap_or_default();
            SummaryRow {
                key: i18n::date(e.date).into(),
                value: html! { { tf(&format!("event.{}", e.event), &[("option", option)]) } },
                change: None,
            }
        })
        .collect();
    app_section(None, t("care_leaver.timeline.title").into(), summary_list("timeline", rows))
}
