//! Care leavers: places to live in three groups, and the dated timeline.

use super::items::grouped;
use crate::components::{summary_list, SummaryRow};
use crate::i18n::{self, t, tf};
use rules::{Item, Kind, Outcome};
use yew::prelude::*;

/// "Where you could live": open now, later, and not available with why.
pub fn accommodation(outcome: &Outcome) -> Html {
    let all: Vec<&Item> = outcome.items.iter().filter(|i| i.kind == Kind::Accommodation).collect();
    if all.is_empty() {
        return Html::default();
    }
    html! {
        <section class="app-section" id="accommodation">
            <h2 class="govuk-heading-l">{ t("care_leaver.accommodation.title") }</h2>
            if !all.iter().any(|i| i.is_open_now()) {
                <p class="govuk-body">{ t("care_leaver.accommodation.none_now") }</p>
            }
            { grouped("accommodation", &all, outcome, true) }
        </section>
    }
}

/// The timeline as a dated list.
pub fn timeline(outcome: &Outcome) -> Html {
    if outcome.timeline.is_empty() {
        return Html::default();
    }
    let rows: Vec<SummaryRow> = outcome
        .timeline
        .iter()
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
    html! {
        <section class="app-section">
            <h2 class="govuk-heading-l">{ t("care_leaver.timeline.title") }</h2>
            { summary_list("timeline", rows) }
        </section>
    }
}
