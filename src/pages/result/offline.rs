//! When the rules this copy of the planner holds date from (issue 19: a
//! copy kept for use offline, src/sw.js, may be older than the rules on
//! the council's server): the newest date among the documents the rules
//! and rates come from, read from `rules::params::SOURCES`.

use crate::i18n;
use yew::prelude::*;

/// "The rules and rates in this planner come from documents dated up to …".
pub fn rules_date() -> Html {
    let Some(newest) = rules::params::SOURCES.iter().map(|s| s.date).max() else {
        return Html::default();
    };
    html! { <p class="govuk-body" id="rules-date">{ i18n::tf_date("offline.rules_date", newest) }</p> }
}
