//! One page per step: the start page, a question, "Check your answers" and
//! the result.

mod check_answers;
mod embed;
mod fallback;
mod prerendered;
mod privacy;
mod question;
pub(crate) mod rates;
mod result;
mod staff_index;
mod start;

use crate::i18n;
use crate::state::{State, Step};
use yew::prelude::*;

pub use check_answers::{answer_rows, check_answers};
pub use fallback::FallbackPage;
pub use prerendered::{Prerendered, PrerenderedPage, PrerenderedPageProps};
pub use question::{notice_text, question_page};
pub use result::{result_page, use_printing};
pub use start::start_page;

/// A page of the planner's build named by `?page=` ([`crate::PUBLIC`]).
pub fn render_public_page(id: &str, _on: rules::Date) -> Html {
    match id {
        "privacy" => privacy::privacy_page(),
        _ => Html::default(),
    }
}

/// A page of the staff build named by `?page=` ([`crate::STAFF`]); `on`
/// is the date the rules are read for.
pub fn render_staff_page(id: &str, on: rules::Date) -> Html {
    match id {
        "staff" => html! { <staff_index::StaffIndex /> },
        "rates" => html! { <rates::RatesPage {on} /> },
        "embed" => html! { <embed::EmbedPage /> },
        _ => Html::default(),
    }
}

/// The name of the page shown: the question, "Check your answers", "Your results".
pub fn page_name(s: &State) -> String {
    match (s.step, s.journey) {
        (Step::Question(q), Some(j)) => i18n::question_title(j, q),
        (Step::Check, _) => i18n::t("check.title").into_owned(),
        (Step::Result, _) => i18n::t("result.page_title").into_owned(),
        _ => i18n::t("app.title").into_owned(),
    }
}

/// The page for the current step. The pages are functions, not
/// components (a component costs the wasm its own copy of Yew's generic
/// lifecycle code); each page's root has its own key, so a new step
/// replaces the page, as a different component would.
pub fn render(state: UseReducerHandle<State>) -> Html {
    match state.step {
        Step::Start => start_page(&state),
        Step::Question(q) => question_page(&state, q),
        Step::Check => check_answers(&state),
        Step::Result => result_page(&state),
    }
}

/// A "Start again" link.
pub fn start_again(state: &UseReducerHandle<State>) -> Html {
    let dispatch = state.dispatcher();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.dispatch(crate::state::Action::StartAgain);
    });
    html! {
        <p class="govuk-body app-no-print">
            <a href="#main-content" class="govuk-link" id="start-again" {onclick}>{ i18n::t("common.start_again") }</a>
        </p>
    }
}
