//! Kent's payments to its own foster carers, the conditions to foster, the
//! national minimum allowance for the South East, and qualifying care relief.

use super::{age, confirmed, gbp, p, uncertain, ymd, Area, Param, Value, EARLIEST};

const KCC_2025: &str = "kcc_decision_25_00010";
const KCC_2024: &str = "kent_fostering_payments";
const KCC_2025_END: Option<crate::Date> = Some(ymd(2026, 3, 31));

macro_rules! kcc_rate {
    ($name:ident, $id:literal, $title:literal, $section:literal, [$($old:expr)?], $new:expr) => {
        #[doc = $title]
        pub static $name: Param = Param {
            id: $id,
            title: $title,
            area: Area::Fostering,
            values: &[
                $(uncertain(ymd(2024, 4, 1), p($old), KCC_2024, "weekly payments table; year not stated, most likely 2024-25", Some(ymd(2025, 3, 31))),)?
                confirmed(ymd(2025, 4, 1), p($new), KCC_2025, $section, KCC_2025_END),
            ],
        };
    };
}

kcc_rate!(
    KCC_MAINTENANCE_UNDER_2,
    "kcc_maintenance_under_2",
    "Kent maintenance allowance, child under 2 (weekly)",
    "maintenance, under 2",
    [19708],
    20354
);
kcc_rate!(
    KCC_MAINTENANCE_2_TO_4,
    "kcc_maintenance_2_to_4",
    "Kent maintenance allowance, child aged 2 to 4 (weekly)",
    "maintenance, 2-4",
    [20354],
    21108
);
kcc_rate!(
    KCC_MAINTENANCE_5_TO_10,
    "kcc_maintenance_5_to_10",
    "Kent maintenance allowance, child aged 5 to 10 (weekly)",
    "maintenance, 5-10",
    [22400],
    23262
);
kcc_rate!(
    KCC_MAINTENANCE_11_TO_15,
    "kcc_maintenance_11_to_15",
    "Kent maintenance allowance, child aged 11 to 15 (weekly)",
    "maintenance, 11-15",
    [25631],
    26600
);
kcc_rate!(
    KCC_MAINTENANCE_16_PLUS,
    "kcc_maintenance_16_plus",
    "Kent maintenance allowance, young person aged 16 or over (weekly)",
    "maintenance, 16+",
    [29938],
    31015
);
kcc_rate!(
    KCC_REWARD_0_TO_8,
    "kcc_reward_0_to_8",
    "Kent reward (fee) for a non-related carer, child aged 0 to 8 (weekly)",
    "reward, non-related, 0-8",
    [14474],
    15053
);
kcc_rate!(
    KCC_REWARD_9_TO_18,
    "kcc_reward_9_to_18",
    "Kent reward (fee) for a non-related carer, child aged 9 to 18 (weekly)",
    "reward, non-related, 9-18",
    [27492],
    28592
);
kcc_rate!(
    KCC_DISABILITY_STANDARD,
    "kcc_disability_standard",
    "Kent disability enhancement, standard (weekly)",
    "disability enhancement, standard",
    [],
    8578
);
kcc_rate!(
    KCC_DISABILITY_ENHANCED,
    "kcc_disability_enhanced",
    "Kent disability enhancement, enhanced (weekly)",
    "disability enhancement, enhanced",
    [],
    11437
);
kcc_rate!(
    KCC_SKILLS_SKILLED,
    "kcc_skills_skilled",
    "Kent Payment for Skills, Skilled (Level 2) (weekly)",
    "Payment for Skills, Skilled (Level 2)",
    [],
    2698
);
kcc_rate!(
    KCC_SKILLS_ADVANCED,
    "kcc_skills_advanced",
    "Kent Payment for Skills, Advanced (Level 3) (weekly)",
    "Payment for Skills, Advanced (Level 3)",
    [],
    6739
);
kcc_rate!(
    KCC_EMERGENCY_RETAINER,
    "kcc_emergency_retainer",
    "Kent emergency foster carer retainer (weekly)",
    "emergency foster carer retainer",
    [],
    28592
);
kcc_rate!(
    KCC_MILEAGE,
    "kcc_mileage",
    "Kent mileage for foster carers (per mile)",
    "mileage, 45p a mile, unchanged",
    [],
    45
);

/// The age bands of Kent's maintenance allowance: from this age, this rate.
pub static KCC_MAINTENANCE_BANDS: &[(u32, &Param)] = &[
    (0, &KCC_MAINTENANCE_UNDER_2),
    (2, &KCC_MAINTENANCE_2_TO_4),
    (5, &KCC_MAINTENANCE_5_TO_10),
    (11, &KCC_MAINTENANCE_11_TO_15),
    (16, &KCC_MAINTENANCE_16_PLUS),
];

/// The age bands of Kent's reward for non-related carers.
pub static KCC_REWARD_BANDS: &[(u32, &Param)] = &[(0, &KCC_REWARD_0_TO_8), (9, &KCC_REWARD_9_TO_18)];

/// The youngest a Kent foster carer may be.
pub static FOSTER_CARER_MIN_AGE: Param = Param {
    id: "foster_carer_min_age",
    title: "Youngest age to foster for Kent",
    area: Area::Fostering,
    // The page is undated and gives no start: held from EARLIEST.
    values: &[confirmed(EARLIEST, age(18), "kent_could_you_foster", "who can foster: over 18", None)],
};

/// Children under this age may sleep in a cot in the carers' room.
pub static COT_IN_CARERS_ROOM_UNDER_AGE: Param = Param {
    id: "cot_in_carers_room_under_age",
    title: "Children under this age may sleep in a cot in the carers' room (no spare bedroom needed)",
    area: Area::Fostering,
    values: &[confirmed(
        EARLIEST,
        age(2),
        "kent_could_you_foster",
        "spare bedroom: a child under 2 can sleep in a cot in your room",
        None,
    )],
};

/// Kent's aim for finishing an assessment.
pub static KENT_ASSESSMENT_AIM_MONTHS: Param = Param {
    id: "kent_assessment_aim_months",
    title: "Kent aims to finish a new applicant's assessment within this many months",
    area: Area::Fostering,
    values: &[confirmed(
        EARLIEST,
        Value::Months(6),
        "kent_how_to_apply",
        "the process: aim to finish within 6 months for new applicants",
        None,
    )],
};

/// The youngest age of a young person living with a Kent Supported Homes host.
pub static KSH_HOST_YOUNG_PERSON_MIN_AGE: Param = Param {
    id: "ksh_min_age",
    title: "Kent Supported Homes (supported lodgings): youngest age",
    area: Area::Accommodation,
    values: &[confirmed(
        EARLIEST,
        age(16),
        "kent_sufficiency_2024",
        "Appendix 1, Kent Supported Homes: 16-21, up to 25 in further education",
        None,
    )],
};

const QCR_2023: Option<crate::Date> = Some(ymd(2024, 4, 5));
const QCR_2024: Option<crate::Date> = Some(ymd(2025, 4, 5));
const QCR_2025: Option<crate::Date> = Some(ymd(2026, 4, 5));
const QCR_OLD: Option<crate::Date> = Some(ymd(2023, 4, 5));
const QCR_2026: Option<crate::Date> = Some(ymd(2027, 4, 5));
/// The 2026-27 amounts: the 2025-26 amounts raised by the September 2025
/// CPI rise (3.8%) and rounded up as ITTOIA 2005 s828A says (DOMAIN 1.3).
/// The Order that sets them was not read, so they are estimates.
const QCR_2026_SOURCE: &str = "ittoia_2005_s828a";

/// Qualifying care relief: the fixed amount per household, by tax year.
pub static QCR_FIXED: Param = Param {
    id: "qcr_fixed",
    title: "Qualifying care relief: fixed amount per household (yearly, tax year 6 April to 5 April)",
    area: Area::TaxAndNational,
    values: &[
        confirmed(ymd(2002, 4, 6), gbp(10_000), "hmrc_bim52765", "2002-03 to 2022-23", QCR_OLD),
        confirmed(ymd(2023, 4, 6), gbp(18_140), "finance_act_2023_s28", "2023-24", QCR_2023),
        confirmed(ymd(2024, 4, 6), gbp(19_360), "qcr_order_2024", "2024-25", QCR_2024),
        confirmed(ymd(2025, 4, 6), gbp(19_690), "qcr_order_2025", "2025-26", QCR_2025),
        uncertain(
            ymd(2026, 4, 6),
            gbp(20_440),
            QCR_2026_SOURCE,
            "2026-27 estimate: £19,690 raised by 3.8% (September 2025 CPI), rounded up to the next £10",
            QCR_2026,
        ),
    ],
};

/// Qualifying care relief: the weekly amount for a child under 11.
pub static QCR_WEEKLY_UNDER_11: Param = Param {
    id: "qcr_weekly_under_11",
    title: "Qualifying care relief: weekly amount for each child under 11",
    area: Area::TaxAndNational,
    values: &[
        confirmed(ymd(2002, 4, 6), gbp(200), "hmrc_bim52765", "2002-03 to 2022-23", QCR_OLD),
        confirmed(ymd(2023, 4, 6), gbp(375), "finance_act_2023_s28", "2023-24", QCR_2023),
        confirmed(ymd(2024, 4, 6), gbp(405), "qcr_order_2024", "2024-25", QCR_2024),
        confirmed(ymd(2025, 4, 6), gbp(415), "qcr_order_2025", "2025-26", QCR_2025),
        uncertain(
            ymd(2026, 4, 6),
            gbp(435),
            QCR_2026_SOURCE,
            "2026-27 estimate: £415 raised by 3.8% (September 2025 CPI), rounded up to the next £5",
            QCR_2026,
        ),
    ],
};

/// Qualifying care relief: the weekly amount for a child of 11 or over.
pub static QCR_WEEKLY_11_PLUS: Param = Param {
    id: "qcr_weekly_11_plus",
    title: "Qualifying care relief: weekly amount for each child aged 11 or over",
    area: Area::TaxAndNational,
    values: &[
        confirmed(ymd(2002, 4, 6), gbp(250), "hmrc_bim52765", "2002-03 to 2022-23", QCR_OLD),
        confirmed(ymd(2023, 4, 6), gbp(450), "finance_act_2023_s28", "2023-24", QCR_2023),
        confirmed(ymd(2024, 4, 6), gbp(485), "qcr_order_2024", "2024-25", QCR_2024),
        confirmed(ymd(2025, 4, 6), gbp(495), "qcr_order_2025", "2025-26", QCR_2025),
        uncertain(
            ymd(2026, 4, 6),
            gbp(515),
            QCR_2026_SOURCE,
            "2026-27 estimate: £495 raised by 3.8% (September 2025 CPI), rounded up to the next £5",
            QCR_2026,
        ),
    ],
};

/// The age from which qualifying care relief's higher weekly amount applies.
pub static QCR_OLDER_CHILD_AGE: Param = Param {
    id: "qcr_older_child_age",
    title: "Qualifying care relief: the higher weekly amount applies from this age",
    area: Area::TaxAndNational,
    values: &[confirmed(ymd(2002, 4, 6), age(11), "hmrc_bim52765", "amount per child: under 11, 11 or over", None)],
};

const NMA_2024: Option<crate::Date> = Some(ymd(2025, 4, 5));
const NMA_2025: Option<crate::Date> = Some(ymd(2026, 4, 5));

macro_rules! nma {
    ($name:ident, $id:literal, $title:literal, $old:expr, $new:expr) => {
        #[doc = $title]
        pub static $name: Param = Param {
            id: $id,
            title: $title,
            area: Area::TaxAndNational,
            values: &[
                confirmed(ymd(2024, 4, 6), gbp($old), "gov_uk_cost_of_fostering", "South East, 2024-25", NMA_2024),
                confirmed(ymd(2025, 4, 6), gbp($new), "gov_uk_cost_of_fostering", "South East, 2025-26", NMA_2025),
            ],
        };
    };
}

nma!(NMA_SE_0_TO_2, "nma_se_0_to_2", "National minimum allowance, South East, age 0 to 2 (weekly)", 183, 189);
nma!(NMA_SE_3_TO_4, "nma_se_3_to_4", "National minimum allowance, South East, age 3 to 4 (weekly)", 189, 196);
nma!(NMA_SE_5_TO_10, "nma_se_5_to_10", "National minimum allowance, South East, age 5 to 10 (weekly)", 208, 216);
nma!(NMA_SE_11_TO_15, "nma_se_11_to_15", "National minimum allowance, South East, age 11 to 15 (weekly)", 238, 247);
nma!(NMA_SE_16_TO_17, "nma_se_16_to_17", "National minimum allowance, South East, age 16 to 17 (weekly)", 278, 288);

/// The age bands of the national minimum allowance (these differ from Kent's).
pub static NMA_SE_BANDS: &[(u32, &Param)] =
    &[(0, &NMA_SE_0_TO_2), (3, &NMA_SE_3_TO_4), (5, &NMA_SE_5_TO_10), (11, &NMA_SE_11_TO_15), (16, &NMA_SE_16_TO_17)];
