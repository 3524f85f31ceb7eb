//! Kinship care: the support fund, Child Benefit, connected-person approval.

use super::{age, confirmed, gbp, on, p, uncertain, ymd, Area, Param, Value, EARLIEST};

/// The Adoption and Special Guardianship Support Fund's fair access limit.
pub static ASGSF_FAIR_ACCESS_LIMIT: Param = Param {
    id: "asgsf_fair_access_limit",
    title: "Adoption and Special Guardianship Support Fund: fair access limit per child per year",
    area: Area::Kinship,
    values: &[
        confirmed(
            ymd(2016, 4, 1),
            gbp(5_000),
            "asgsf_guidance",
            "fair access limit for therapy, 2016-17 to 2024-25",
            Some(ymd(2025, 3, 31)),
        ),
        confirmed(
            ymd(2025, 4, 1),
            gbp(3_000),
            "asgsf_hcws589",
            "2025-26: limit cut to £3,000, assessments within it",
            Some(ymd(2026, 3, 31)),
        ),
        uncertain(
            ymd(2026, 4, 1),
            gbp(3_000),
            "asgsf_hcws589",
            "2026-27: fund extended to March 2028; no change to the limit seen, so £3,000 is assumed",
            Some(ymd(2027, 3, 31)),
        ),
    ],
};

macro_rules! child_benefit {
    ($name:ident, $id:literal, $title:literal, $a:expr, $b:expr, $c:expr, $d:expr) => {
        #[doc = $title]
        pub static $name: Param = Param {
            id: $id,
            title: $title,
            area: Area::Kinship,
            values: &[
                confirmed(ymd(2023, 4, 6), p($a), "child_benefit_rates", "2023-24", Some(ymd(2024, 4, 5))),
                confirmed(ymd(2024, 4, 6), p($b), "child_benefit_rates", "2024-25", Some(ymd(2025, 4, 5))),
                confirmed(ymd(2025, 4, 6), p($c), "child_benefit_rates", "2025-26", Some(ymd(2026, 4, 5))),
                confirmed(
                    ymd(2026, 4, 6),
                    p($d),
                    "child_benefit_rates",
                    "2026-27 (3.8% uprating)",
                    Some(ymd(2027, 4, 5)),
                ),
            ],
        };
    };
}

child_benefit!(
    CHILD_BENEFIT_ELDEST,
    "child_benefit_eldest",
    "Child Benefit for the eldest or only child (weekly)",
    2400,
    2560,
    2605,
    2705
);
child_benefit!(
    CHILD_BENEFIT_ADDITIONAL,
    "child_benefit_additional",
    "Child Benefit for each additional child (weekly)",
    1590,
    1695,
    1725,
    1790
);

/// How long a connected person can be approved for at first.
pub static CONNECTED_PERSON_TEMPORARY_APPROVAL_WEEKS: Param = Param {
    id: "connected_person_temporary_approval_weeks",
    title: "Temporary approval of a connected person as foster carer: up to this many weeks",
    area: Area::Kinship,
    values: &[confirmed(ymd(2011, 4, 1), Value::Weeks(16), "cppcr_regs_2010", "regulation 24", None)],
};

/// How long a connected person's temporary approval can be extended by, once.
pub static CONNECTED_PERSON_EXTENSION_WEEKS: Param = Param {
    id: "connected_person_extension_weeks",
    title: "Temporary approval can be extended once by up to this many weeks",
    area: Area::Kinship,
    values: &[confirmed(ymd(2011, 4, 1), Value::Weeks(8), "cppcr_regs_2010", "regulation 25(2)", None)],
};

/// The age of majority: childhood ends on the 18th birthday.
pub static ADULT_AGE: Param = Param {
    id: "adult_age",
    title: "Age at which a child becomes an adult (and leaves care)",
    area: Area::Kinship,
    values: &[confirmed(ymd(2001, 10, 1), age(18), "children_act_1989_s24", "a child is a person under 18", None)],
};

/// The first day of the kinship allowance pilot: the day its areas (the
/// Kinship Zones, Medway among them) were confirmed. Before it, the pilot
/// is still to come.
pub static KINSHIP_ALLOWANCE_PILOT_START: Param = Param {
    id: "kinship_allowance_pilot_start",
    title: "Kinship allowance pilot (Kinship Zones): the day the pilot areas were confirmed",
    area: Area::Kinship,
    // The day payments start is NOT FOUND (DOMAIN 3.4): the areas'
    // confirmation stands in for it, as uncertain.
    values: &[uncertain(
        EARLIEST,
        on(2026, 2, 27),
        "kinship_allowance_pilot",
        "7 Kinship Zones confirmed on 27 February 2026, Medway among them; the first day of payments was not found",
        None,
    )],
};

/// How long the kinship allowance pilot pays for, at most.
pub static KINSHIP_ALLOWANCE_PILOT_MONTHS: Param = Param {
    id: "kinship_allowance_pilot_months",
    title: "Kinship allowance pilot (Kinship Zones): paid for up to this many months",
    area: Area::Kinship,
    values: &[confirmed(
        ymd(2026, 2, 27),
        Value::Months(36),
        "kinship_allowance_pilot",
        "the allowance lasts up to 3 years",
        None,
    )],
};

/// How long the council that looked after a child immediately before a
/// special guardianship order stays responsible for the family's special
/// guardianship support when they live outside its area: three years from
/// the order, so until the order's third anniversary (a period "from" a
/// day leaves that day out; the order is then "more than 3 years old"
/// from the day after). Financial support it agreed before the order stays
/// with it after that.
pub static SGO_SUPPORT_FIRST_COUNCIL_MONTHS: Param = Param {
    id: "sgo_support_first_council_months",
    title: "Special guardianship support: the council that looked after the child stays responsible for this many months after the order",
    area: Area::Kinship,
    values: &[confirmed(
        ymd(2005, 12, 30),
        Value::Months(36),
        "plymouth_special_guardians",
        "the council that looked after the child supports you until the order is more than 3 years old (Special Guardianship Regulations 2005 reg 5)",
        None,
    )],
};
