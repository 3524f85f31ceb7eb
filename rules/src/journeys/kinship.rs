//! Caring for a relative's or friend's child (to be written).

use super::Ctx;
use crate::{Date, Journey, KinshipAnswers, Outcome};

/// The rules of this journey in plain English.
pub static RULES: &[crate::explain::Rule] = &[];

/// Evaluates the kinship journey.
pub fn evaluate(_a: &KinshipAnswers, on: Date) -> Outcome {
    Ctx::new(on).finish(Journey::Kinship, Vec::new(), Vec::new())
}
