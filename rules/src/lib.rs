//! The Kent Support Planner's rules.
//!
//! This crate decides everything the product shows: who is likely eligible
//! to foster or adopt, what Kent pays, how much is tax free, which kinship
//! arrangements and allowances apply, and a care leaver's status,
//! entitlements, places to live and dated timeline. The web app and the
//! `evaluate` command only present what it returns.
//!
//! It is written to be trusted like a statute book and exact like a
//! payroll:
//!
//! - **Figures are data.** Every rate, amount, age limit and contract end
//!   is a [`params::Param`] with dated values, each carrying its source and
//!   section. The rules read them "as at" the date asked, so a new rate or a
//!   contract end takes effect on its date without a code change.
//! - **Raw becomes typed becomes explained.** The JSON reader (feature
//!   `json`) and the web form turn raw input into [`Answers`] in one step,
//!   reporting every problem at once as [`FieldError`]s; the calculators in
//!   [`journeys`] cannot fail; every [`Item`] they return names the rules
//!   (`because`) and the sources that produced it.
//! - **Exact.** Money is [`Money`] over `rust_decimal`; dates are civil
//!   [`Date`]s with English-law ages. No floats, no clock (the date is an
//!   argument), no I/O, no panics: clippy denies `unwrap`, `expect`,
//!   `panic` and indexing here.
//! - **Nothing about the web.** No yew, web-sys, js-sys, gloo or
//!   wasm-bindgen: a check in the test command fails if one appears.

pub mod answers;
pub mod contacts;
pub mod date;
pub mod error;
pub mod explain;
pub mod journeys;
#[cfg(feature = "json")]
pub mod json;
pub mod money;
pub mod outcome;
pub mod params;
#[cfg(feature = "json")]
pub mod report;

pub use answers::*;
pub use date::Date;
pub use error::{check_date_of_birth, ErrorCode, FieldError, OLDEST_AGE_YEARS};
pub use money::Money;
pub use outcome::{Event, Fact, Item, Kind, Outcome, Period, Rates, When};

/// Evaluates a scenario: the one entry point of the rules.
pub fn evaluate(scenario: &Scenario) -> Outcome {
    let on = scenario.on;
    match &scenario.answers {
        Answers::Fostering(a) => journeys::fostering::evaluate(a, on),
        Answers::Kinship(a) => journeys::kinship::evaluate(a, on),
        Answers::CareLeaver(a) => journeys::care_leaver::evaluate(a, on),
        Answers::Adoption(a) => journeys::adoption::evaluate(a, on),
    }
}
