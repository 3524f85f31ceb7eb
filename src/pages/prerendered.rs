//! The pages written as static HTML at build time (`src/bin/prerender.rs`),
//! made from the same components as the app, so that they read fully with
//! JavaScript off or when the wasm cannot load. Rendering them touches no
//! web API: the components only read the browser in effects, which the
//! server renderer never runs.

use crate::pages::{fallback::FallbackPage, privacy::privacy_page, rates::RatesPage, start_page};
use crate::state::State;
use rules::Date;
use yew::prelude::*;

/// A page written at build time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Prerendered {
    /// The start page, into `index.html`'s `#app`.
    Start,
    /// "Rules and rates" (`rates.html`): the values in force on the build date and every dated value.
    Rates,
    /// "Privacy" (`privacy.html`).
    Privacy,
    /// What to do when the planner cannot start (`fallback.html`, and `index.html`'s template).
    Fallback,
}

impl Prerendered {
    /// Every page, in the order they are written.
    pub const ALL: [Prerendered; 4] = [Self::Start, Self::Rates, Self::Privacy, Self::Fallback];

    /// The file the page is written to, or `None` for the start page (which goes into `index.html`).
    pub const fn file(self) -> Option<&'static str> {
        match self {
            Self::Start => None,
            Self::Rates => Some("rates.html"),
            Self::Privacy => Some("privacy.html"),
            Self::Fallback => Some("fallback.html"),
        }
    }

    /// The page's `<title>` message id.
    pub const fn title_id(self) -> &'static str {
        match self {
            Self::Start => "start.page_title",
            Self::Rates => "rates.page_title",
            Self::Privacy => "privacy.page_title",
            Self::Fallback => "fallback.page_title",
        }
    }
}

/// Props for [`PrerenderedPage`].
#[derive(Properties, PartialEq)]
pub struct PrerenderedPageProps {
    /// Which page.
    pub page: Prerendered,
    /// The build date: what "in force" means on the rates page.
    pub today: Date,
}

/// The start page needs the app's state; at build time it is the empty state.
#[component]
fn StaticStart(props: &PrerenderedPageProps) -> Html {
    let today = props.today;
    let state = use_reducer(move || State::new(None, today));
    start_page(&state)
}

/// One page as it goes inside `#app`: the same `main` as the static start page.
#[component]
pub fn PrerenderedPage(props: &PrerenderedPageProps) -> Html {
    let today = props.today;
    let content = match props.page {
        Prerendered::Start => html! { <StaticStart page={Prerendered::Start} {today} /> },
        Prerendered::Rates => html! { <RatesPage on={today} prerendered=true /> },
        Prerendered::Privacy => privacy_page(),
        Prerendered::Fallback => html! { <FallbackPage /> },
    };
    html! {
        <main class="govuk-main-wrapper" id="main-content" tabindex="-1">{ content }</main>
    }
}
