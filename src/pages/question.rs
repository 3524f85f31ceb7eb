use crate::components::{
    back_link, date_input, details, error_summary, notification_banner, number_input, radios, DateInputProps,
    NumberInputProps, RadioOption, RadiosProps,
};
use crate::i18n::{self, t, tf};
use crate::state::fields::{self, FieldKind, DATE_PARTS, Q};
use crate::state::{Action, Notice, State};
use rules::Journey;
use yew::prelude::*;

/// One question on its own page, with its error summary and Continue.
pub fn question_page(state: &UseReducerHandle<State>, q: Q) -> Html {
    let Some(journey) = state.journey else {
        return Html::default();
    };
    let key = q.key();
    let title = AttrValue::from(i18n::question_title(journey, q));
    let hint = i18n::question(journey, q, "hint").map(AttrValue::from);
    let error = state.errors.iter().find(|e| e.q == q);
    let message = error.map(|e| i18n::error(journey, e, state.today));
    let summary: Vec<(String, String)> =
        error.zip(message.clone()).map(|(e, m)| vec![(q.target(e), m)]).unwrap_or_default();
    let error_attr = message.map(AttrValue::from);
    let get = |k: &str| state.raw.get(k).cloned().unwrap_or_default();
    let set = {
        let dispatch = state.dispatcher();
        move |k: String| {
            let dispatch = dispatch.clone();
            Callback::from(move |v: String| dispatch.dispatch(Action::Set(k.clone(), v)))
        }
    };
    let field = match q.kind() {
        FieldKind::YesNo | FieldKind::Choice(_) => {
            let (options, inline): (Vec<RadioOption>, bool) = match q.kind() {
                FieldKind::Choice(values) => (
                    fields::offered(q, values)
                        .iter()
                        .map(|v| RadioOption {
                            value: AttrValue::Static(v),
                            label: i18n::t(&format!("opt.{}.{v}", q.id)).into_owned().into(),
                            hint: i18n::get(&format!("opt.{}.{v}.hint", q.id)).map(|h| h.into_owned().into()),
                        })
                        .collect(),
                    false,
                ),
                _ => (
                    ["yes", "no"]
                        .iter()
                        .map(|v| RadioOption {
                            value: AttrValue::Static(v),
                            label: t(&format!("common.{v}")).into_owned().into(),
                            hint: None,
                        })
                        .collect(),
                    true,
                ),
            };
            let selected = state.raw.get(&key).cloned().map(AttrValue::from);
            radios(RadiosProps {
                id: key.clone().into(),
                legend: title,
                heading: true,
                hint,
                options,
                selected,
                inline,
                error: error_attr,
                on_change: set(key.clone()),
            })
        }
        FieldKind::Number { .. } => number_input(NumberInputProps {
            id: key.clone().into(),
            label: title,
            heading: true,
            hint,
            value: get(&key).into(),
            error: error_attr,
            on_input: set(key.clone()),
        }),
        FieldKind::Date => {
            let values = DATE_PARTS.map(|p| get(&format!("{key}-{p}")));
            let dispatch = state.dispatcher();
            let k = key.clone();
            let on_input = Callback::from(move |(i, v): (usize, String)| {
                let part = DATE_PARTS.get(i).copied().unwrap_or("day");
                dispatch.dispatch(Action::Set(format!("{k}-{part}"), v));
            });
            let parts = error.map_or(0, |e| e.parts);
            date_input(DateInputProps {
                id: key.clone().into(),
                legend: title,
                heading: true,
                hint,
                values,
                error: error_attr,
                error_parts: parts,
                on_input,
                own_birthday: matches!(q.id, "date_of_birth" | "carer_date_of_birth"),
            })
        }
    };
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let onsubmit = Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        d1.dispatch(Action::Continue);
    });
    let back = Callback::from(move |()| d2.dispatch(Action::Back));
    // Embedded in a guidance page, the first question has nothing before
    // it: its Back would open the planner's start page inside the frame.
    let first = !state.return_to_check && state.route().first() == Some(&q);
    let back = (!(first && crate::embed::is_embedded())).then(|| back_link(Some(back)));
    html! {
        <>
            <div class="app-page" key="question">
                { back.unwrap_or_default() }
                <div class="govuk-grid-row">
                    <div class="govuk-grid-column-two-thirds">
                        { error_summary(summary) }
                        { plan_notice(state) }
                        <form novalidate=true {onsubmit} id="question-form">
                            { field }
                            { explanation(journey, q) }
                            <button type="submit" class="govuk-button" data-module="govuk-button" id="continue">{ t("common.continue") }</button>
                        </form>
                        { super::start_again(state) }
                    </div>
                </div>
            </div>
        </>
    }
}

/// The long words about a question (`q.{id}.more`), under its answers
/// in a closed "What does this mean?" (GOV.UK details), so that the
/// question and Continue fit a phone's first screen.
fn explanation(journey: Journey, q: Q) -> Html {
    i18n::question(journey, q, "more")
        .map(|s| details(t("common.what_means").into(), None, super::result::para(s.into())))
        .unwrap_or_default()
}

/// "Because you are planning for {date}, we need to ask 1 more question":
/// the words, after planning for another date added questions.
/// Or, after "Start again" while saving: "Saved answers cleared."
pub fn notice_text(state: &State) -> Option<String> {
    match state.notice? {
        Notice::MoreQuestions(n) => {
            let id = if n == 1 { "plan.more.one" } else { "plan.more.many" };
            Some(tf(id, &[("date", i18n::date(state.on)), ("n", n.to_string())]))
        }
        Notice::SavedCleared => Some(t("save.cleared").into_owned()),
    }
}

/// The notice as a GOV.UK notification banner above the question.
fn plan_notice(state: &State) -> Html {
    let id = match state.notice {
        Some(Notice::SavedCleared) => "saved-cleared-notice",
        _ => "plan-notice",
    };
    match notice_text(state) {
        Some(heading) => notification_banner(id, t("common.important").into(), heading.into()),
        None => Html::default(),
    }
}
