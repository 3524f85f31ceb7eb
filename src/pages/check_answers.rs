use crate::components::{back_link, summary_list, SummaryRow};
use crate::i18n::{self, t};
use crate::state::fields::{parse_whole, read_date, FieldKind};
use crate::state::{Action, State};
use yew::prelude::*;

/// The answers to the questions on the route, as summary list rows; with
/// a "Change" link each when `change` (the result page shows them without).
pub fn answer_rows(state: &UseReducerHandle<State>, change: bool) -> Vec<SummaryRow> {
    let Some(journey) = state.journey else {
        return Vec::new();
    };
    state
        .route()
        .into_iter()
        .map(|q| {
            let key = q.key();
            let raw = state.raw.get(&key).cloned().unwrap_or_default();
            let value = match q.kind() {
                FieldKind::YesNo => t(&format!("common.{raw}")).into_owned(),
                FieldKind::Choice(_) => t(&format!("opt.{}.{raw}", q.id)).into_owned(),
                FieldKind::Number { .. } => parse_whole(&raw).map_or(raw, |n| n.to_string()),
                FieldKind::Date => read_date(&state.raw, &key).map(i18n::date).unwrap_or_default(),
            };
            let label = i18n::question(journey, q, "label").unwrap_or_else(|| i18n::question_title(journey, q));
            let dispatch = state.dispatcher();
            let on_change = Callback::from(move |()| dispatch.dispatch(Action::Change(q)));
            SummaryRow {
                key: label.clone().into(),
                value: html! { { value } },
                change: change.then(|| (label.clone().into(), format!("#{key}").into(), on_change)),
            }
        })
        .collect()
}

/// "Check your answers": every question asked, with a Change link.
pub fn check_answers(state: &UseReducerHandle<State>) -> Html {
    if state.journey.is_none() {
        return Html::default();
    }
    let rows = answer_rows(state, true);
    let planning = (state.on != state.today).then(|| i18n::tf_date("plan.planning_for", state.on));
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let confirm = Callback::from(move |_: MouseEvent| d1.dispatch(Action::Confirm));
    let back = Callback::from(move |()| d2.dispatch(Action::Back));
    html! {
        <>
            <div class="app-page" key="check">
                { back_link(Some(back)) }
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        <h1 class="govuk-heading-l" tabindex="-1">{ t("check.title") }</h1>
                        { super::result::para(t("check.lead").into()) }
                        if let Some(planning) = planning {
                            <p class="govuk-body" id="planning-for">{ planning }</p>
                        }
                        { summary_list("answers", rows) }
                        <button type="button" class="govuk-button" data-module="govuk-button" id="confirm" onclick={confirm}>{ t("check.confirm") }</button>
                        { super::start_again(state) }
                    </div>
                </div>
            </div>
        </>
    }
}
