//! Could I adopt? (to be written).

use super::Ctx;
use crate::{Date, Journey, AdoptionAnswers, Outcome};

/// The rules of this journey in plain English.
pub static RULES: &[crate::explain::Rule] = &[];

/// Evaluates the adoption journey.
pub fn evaluate(_a: &AdoptionAnswers, on: Date) -> Outcome {
    Ctx::new(on).finish(Journey::Adoption, Vec::new(), Vec::new())
}
