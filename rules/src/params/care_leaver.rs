//! Care leavers: age limits, amounts, and the accommodation contracts of
//! the Sufficiency Strategy's Appendix 1.

use super::{age, confirmed, gbp, on, uncertain, ymd, Area, Param, Value, EARLIEST};

macro_rules! age_limit {
    ($name:ident, $id:literal, $title:literal, $area:ident, $from:expr, $years:expr, $source:literal, $section:literal) => {
        #[doc = $title]
        pub static $name: Param = Param {
            id: $id,
            title: $title,
            area: Area::$area,
            values: &[confirmed($from, age($years), $source, $section, None)],
        };
    };
}

age_limit!(
    CARE_LEAVER_MIN_AGE,
    "care_leaver_min_age",
    "Care-leaver support starts at this age",
    CareLeaver,
    ymd(2011, 4, 1),
    16,
    "care_leavers_regs_2010",
    "eligible and relevant children are aged 16 or 17"
);
age_limit!(
    QUALIFYING_END_AGE,
    "qualifying_end_age",
    "Qualifying care leavers: support to this birthday (later only in education or training)",
    CareLeaver,
    ymd(2001, 10, 1),
    21,
    "children_act_1989_s24",
    "section 24(1A), (1B): under 21"
);
age_limit!(
    SUPPORT_END_AGE,
    "support_end_age",
    "Personal adviser and leaving-care support end on this birthday",
    CareLeaver,
    ymd(2018, 4, 1),
    25,
    "children_and_social_work_act_2017",
    "section 3: personal advisers to 25"
);
age_limit!(
    PA_ALLOCATED_AGE,
    "pa_allocated_age",
    "Kent allocates a personal adviser at this age (plus the months below)",
    CareLeaver,
    EARLIEST,
    17,
    "kent_sufficiency_2024",
    "Personal Advisors are allocated to children at aged 17.5 years"
);
age_limit!(
    STAYING_PUT_END_AGE,
    "staying_put_end_age",
    "Staying Put lasts until this birthday (longer only to finish a course begun before it)",
    CareLeaver,
    ymd(2014, 5, 13),
    21,
    "children_and_families_act_2014_s98",
    "section 23CZA: until 21"
);
age_limit!(
    KSH_END_AGE,
    "ksh_end_age",
    "Kent Supported Homes: until this birthday",
    Accommodation,
    EARLIEST,
    21,
    "kent_sufficiency_2024",
    "Appendix 1, Kent Supported Homes: 16-21"
);
age_limit!(
    KSH_EDUCATION_END_AGE,
    "ksh_education_end_age",
    "Kent Supported Homes: until this birthday for someone in further education",
    Accommodation,
    EARLIEST,
    25,
    "kent_sufficiency_2024",
    "Appendix 1, Kent Supported Homes: up to 25 if in further education"
);
age_limit!(
    COUNCIL_TAX_END_AGE,
    "council_tax_end_age",
    "Kent pays council tax for its care leavers until this birthday",
    CareLeaver,
    ymd(2020, 4, 1),
    21,
    "kcc_council_tax_care_leavers",
    "aged 18 to 21, up to the month of the 21st birthday"
);
age_limit!(
    HOMELESS_PRIORITY_END_AGE,
    "homeless_priority_end_age",
    "Automatic priority need if homeless: until this birthday",
    CareLeaver,
    ymd(2002, 7, 31),
    21,
    "homelessness_priority_need_order_2002",
    "article 4: a person under 21"
);
age_limit!(
    BURSARY_16_19_END_AGE,
    "bursary_16_19_end_age",
    "16 to 19 Bursary: for students under this age on the 31 August before the academic year",
    CareLeaver,
    ymd(2011, 9, 1),
    19,
    "bursary_16_19",
    "aged 16 or over but under 19 on 31 August at the start of the academic year"
);

/// The day of the year on which a student's age decides the 16 to 19
/// Bursary for the academic year that follows (month, day): 31 August
/// (GOV.UK 16 to 19 Bursary Fund; Virtual School Kent: "aged 16-18 at the
/// start of the academic year"; DOMAIN 4.4).
pub const BURSARY_16_19_AGE_DAY: (u8, u8) = (8, 31);

age_limit!(
    PA_ON_REQUEST_FROM_AGE,
    "pa_on_request_from_age",
    "From this birthday a former relevant young person not in education or training has a personal adviser if they ask",
    CareLeaver,
    ymd(2018, 4, 1),
    21,
    "children_act_1989_s23czb",
    "section 23CZB: a former relevant child aged 21 to 24 who asks for support"
);

/// Weeks in care below which an unaccompanied child is newly arrived, for
/// Reception and Safe Care.
pub static RECEPTION_NEW_ARRIVAL_WEEKS: Param = Param {
    id: "reception_new_arrival_weeks",
    title: "Reception and Safe Care: for newly arrived children, in care for fewer than this many weeks",
    area: Area::Accommodation,
    values: &[confirmed(
        EARLIEST,
        Value::Weeks(8),
        "kent_sufficiency_2024",
        "Appendix 1, Reception Centre and Safe Care: temporary homes for newly arriving children before they move on; new arrivals who stay go to supported accommodation for an eight-week programme",
        None,
    )],
};

/// The first day councils may not apply a local connection test to a care
/// leaver under 25 joining the housing register.
pub static SOCIAL_HOUSING_NO_LOCAL_CONNECTION_FROM: Param = Param {
    id: "social_housing_no_local_connection_from",
    title: "Social housing: no local connection or residence test for care leavers under 25, from this day",
    area: Area::CareLeaver,
    values: &[confirmed(
        ymd(2025, 7, 10),
        on(2025, 7, 10),
        "care_leavers_allocation_regs_2025",
        "regulation 2(3)(b): in force 10 July 2025",
        None,
    )],
};
age_limit!(
    TRANSITIONAL_NOT_SETTLED_FROM_AGE,
    "transitional_not_settled_from_age",
    "Transitional Accommodation: from this age only for care leavers with no immigration status",
    Accommodation,
    EARLIEST,
    19,
    "kent_sufficiency_2024",
    "Appendix 1, Transitional Accommodation: 18-year-olds (over 19s with no immigration status)"
);
age_limit!(
    RESIDENTIAL_SPECIAL_SCHOOL_MIN_AGE,
    "residential_special_school_min_age",
    "Residential special schools: from this age",
    Accommodation,
    EARLIEST,
    5,
    "kent_sufficiency_2024",
    "Appendix 1, Residential Special Schools: aged 5-18"
);
age_limit!(
    SHORT_BREAKS_MIN_AGE,
    "short_breaks_min_age",
    "Short break units: from this age",
    Accommodation,
    EARLIEST,
    5,
    "kent_sufficiency_2024",
    "Appendix 1, Short Break units: aged 5-18"
);

/// Weeks looked after since 14 that make a child eligible.
pub static ELIGIBLE_MIN_WEEKS: Param = Param {
    id: "eligible_min_weeks",
    title: "Weeks looked after (in total, since the 14th birthday) that make a young person eligible",
    area: Area::CareLeaver,
    values: &[confirmed(
        ymd(2011, 4, 1),
        Value::Weeks(13),
        "care_leavers_regs_2010",
        "regulation 3: 13 weeks since 14, ending after 16",
        None,
    )],
};

/// Months after the 17th birthday at which Kent allocates a personal adviser.
pub static PA_ALLOCATED_EXTRA_MONTHS: Param = Param {
    id: "pa_allocated_extra_months",
    title: "Kent allocates a personal adviser this many months after the 17th birthday (17 and a half)",
    area: Area::CareLeaver,
    values: &[confirmed(
        EARLIEST,
        Value::Months(6),
        "kent_sufficiency_2024",
        "Personal Advisors are allocated to children at aged 17.5 years",
        None,
    )],
};

/// How early a Universal Credit claim can start.
pub static UC_EARLY_CLAIM_MONTHS_BEFORE_18: Param = Param {
    id: "uc_early_claim_months_before_18",
    title: "A Universal Credit claim can start this many months before the 18th birthday",
    area: Area::CareLeaver,
    values: &[confirmed(
        EARLIEST,
        Value::Months(1),
        "kent_local_offer",
        "18+ page (undated): claim 1 month before 18",
        None,
    )],
};

/// The setting up home allowance.
pub static SETTING_UP_HOME_ALLOWANCE: Param = Param {
    id: "setting_up_home_allowance",
    title: "Setting up home allowance (once)",
    area: Area::CareLeaver,
    values: &[uncertain(
        EARLIEST,
        gbp(2_000),
        "kent_local_offer",
        "Money Matters: up to £2,000 (page undated; no Kent decision to pay more was found)",
        None,
    )],
};

/// The DfE's recommended minimum setting up home allowance, named beside
/// Kent's published figure.
pub static SETTING_UP_HOME_ALLOWANCE_DFE: Param = Param {
    id: "setting_up_home_allowance_dfe",
    title: "Setting up home allowance: the Department for Education's recommended minimum",
    area: Area::CareLeaver,
    values: &[confirmed(
        ymd(2023, 4, 1),
        gbp(3_000),
        "setting_up_home_allowance_dfe",
        "recommended minimum of £3,000 from 1 April 2023",
        None,
    )],
};

/// The statutory higher education bursary.
pub static HE_BURSARY: Param = Param {
    id: "higher_education_bursary",
    title: "Higher education bursary for former relevant young people (once)",
    area: Area::CareLeaver,
    values: &[confirmed(
        ymd(2008, 9, 1),
        gbp(2_000),
        "he_bursary_regs_2009",
        "regulation 2: £2,000, for courses starting on or after 1 September 2008",
        None,
    )],
};

/// The apprenticeship care leavers' bursary.
pub static APPRENTICESHIP_BURSARY: Param = Param {
    id: "apprenticeship_bursary",
    title: "Care leavers' apprenticeship bursary (once, for an apprenticeship starting on the date)",
    area: Area::CareLeaver,
    values: &[
        confirmed(
            ymd(2018, 8, 1),
            gbp(1_000),
            "apprenticeship_bursary",
            "£1,000 for apprenticeships starting from 1 August 2018 to 31 July 2023",
            Some(ymd(2023, 7, 31)),
        ),
        confirmed(
            ymd(2023, 8, 1),
            gbp(3_000),
            "apprenticeship_bursary",
            "£3,000 for apprenticeships starting on or after 1 August 2023",
            None,
        ),
    ],
};

/// The 16 to 19 Bursary for vulnerable groups.
pub static BURSARY_16_19: Param = Param {
    id: "bursary_16_19",
    title: "16 to 19 Bursary for children in care and care leavers: up to this much a year",
    area: Area::CareLeaver,
    values: &[confirmed(
        ymd(2011, 9, 1),
        gbp(1_200),
        "bursary_16_19",
        "vulnerable group bursary: up to £1,200 a year, paid on assessed need, since the fund began in 2011",
        None,
    )],
};

/// Only those living in Shared Accommodation before this date may stay.
pub static SHARED_ACCOMMODATION_CUTOFF: Param = Param {
    id: "shared_accommodation_cutoff",
    title: "Shared Accommodation: only young adults living there before this date (no new referrals)",
    area: Area::Accommodation,
    values: &[confirmed(EARLIEST, on(2023, 11, 13), "kent_sufficiency_2024", "Appendix 1, Shared Accommodation", None)],
};

macro_rules! contract_end {
    ($name:ident, $id:literal, $title:literal, $y:expr, $m:expr, $d:expr, $section:literal) => {
        #[doc = $title]
        pub static $name: Param = Param {
            id: $id,
            title: $title,
            area: Area::Accommodation,
            values: &[confirmed(EARLIEST, on($y, $m, $d), "kent_sufficiency_2024", $section, None)],
        };
    };
}

contract_end!(
    CONTRACT_END_ONSITE,
    "contract_end_supported_accommodation_onsite",
    "Supported Accommodation On-Site Flexible Support: last day of the contract",
    2028,
    3,
    31,
    "Appendix 1: contracted until March 2028"
);
contract_end!(
    CONTRACT_END_OUTREACH,
    "contract_end_supported_accommodation_outreach",
    "Supported Accommodation Outreach Support: last day of the contract",
    2028,
    11,
    30,
    "Appendix 1: contracted until November 2028"
);
contract_end!(
    CONTRACT_END_TRANSITIONAL,
    "contract_end_transitional_accommodation",
    "Transitional Accommodation: last day of the contract",
    2028,
    11,
    30,
    "Appendix 1: contracted until November 2028"
);
contract_end!(
    CONTRACT_END_SHARED,
    "contract_end_shared_accommodation",
    "Shared Accommodation: last day of the contract",
    2026,
    3,
    31,
    "Appendix 1: contracted until March 2026"
);

age_limit!(
    SHARED_ACCOMMODATION_END_AGE,
    "shared_accommodation_end_age",
    "Shared Accommodation: until this birthday",
    Accommodation,
    EARLIEST,
    21,
    "kent_sufficiency_2024",
    "Appendix 1, Shared Accommodation: young adults aged between 18 and 21"
);
