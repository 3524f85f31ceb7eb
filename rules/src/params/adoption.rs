//! Adoption: the basic conditions and the usual length of each stage.
//! The stages' lengths come from an undated agency page, so they are held
//! from `EARLIEST` (no start is known).

use super::{age, confirmed, ymd, Area, Param, Value, EARLIEST};

/// The youngest age to adopt.
pub static ADOPTER_MIN_AGE: Param = Param {
    id: "adopter_min_age",
    title: "Youngest age to adopt",
    area: Area::Adoption,
    values: &[confirmed(
        ymd(2005, 12, 30),
        age(21),
        "adoption_and_children_act_2002",
        "sections 50 and 51: aged 21 or over",
        None,
    )],
};

/// Months of habitual residence needed when no applicant is domiciled here.
pub static ADOPTION_RESIDENCE_MONTHS: Param = Param {
    id: "adoption_residence_months",
    title: "Months of living in the British Islands needed when no applicant is domiciled here",
    area: Area::Adoption,
    values: &[confirmed(
        ymd(2005, 12, 30),
        Value::Months(12),
        "adoption_and_children_act_2002",
        "section 49: habitually resident for at least 1 year",
        None,
    )],
};

/// How long stage 1 usually takes.
pub static ADOPTION_STAGE_1_MONTHS: Param = Param {
    id: "adoption_stage_1_months",
    title: "Adoption stage 1 (checks and training) usually takes about this many months",
    area: Area::Adoption,
    values: &[confirmed(
        EARLIEST,
        Value::Months(2),
        "adoption_process_guidance",
        "stage one takes 8 weeks (about 2 months)",
        None,
    )],
};

/// How long stage 2 usually takes.
pub static ADOPTION_STAGE_2_MONTHS: Param = Param {
    id: "adoption_stage_2_months",
    title: "Adoption stage 2 (assessment) usually takes about this many months",
    area: Area::Adoption,
    values: &[confirmed(
        EARLIEST,
        Value::Months(4),
        "adoption_process_guidance",
        "stage two: the assessment takes 4 months",
        None,
    )],
};

/// How long an applicant has to start stage 2 after stage 1.
pub static ADOPTION_STAGE_2_START_WITHIN_MONTHS: Param = Param {
    id: "adoption_stage_2_start_within_months",
    title: "After stage 1, stage 2 can start within up to this many months",
    area: Area::Adoption,
    values: &[confirmed(
        EARLIEST,
        Value::Months(6),
        "adoption_process_guidance",
        "up to 6 months to decide whether to go on to stage two",
        None,
    )],
};
