//! My local offer (to be written).

use super::Ctx;
use crate::{Date, Journey, CareLeaverAnswers, Outcome};

/// The rules of this journey in plain English.
pub static RULES: &[crate::explain::Rule] = &[];

/// Evaluates the care-leaver journey.
pub fn evaluate(_a: &CareLeaverAnswers, on: Date) -> Outcome {
    Ctx::new(on).finish(Journey::CareLeaver, Vec::new(), Vec::new())
}
