//! The routing of the first compact form (`1.`, links and saved answers
//! written before December 2026): the order "My local offer" and "Could I
//! foster?" asked their questions then, so such a link still decodes to the
//! answers it was made with. [`upgrade`] turns those answers into today's
//! questions. Kinship and adoption ask as they did: they use today's route.

use super::fields::{read_number, Raw, Q};
use rules::journeys::care_leaver::Thresholds;
use rules::{Date, Journey};

/// The questions the first compact form replays for these answers.
pub fn route(journey: Journey, raw: &Raw, today: Date) -> Vec<Q> {
    match journey {
        Journey::Fostering => super::fostering::route_as(raw, today, true),
        Journey::CareLeaver => super::care_leaver::route_as(raw, today, true),
        _ => super::route(journey, raw, today),
    }
}

/// The answers of a first-form link as today's questions take them: the
/// number of weeks in care becomes "13 weeks or more" (the number stays for
/// the route to keep where it still asks it); someone not in care since 16
/// was not in care on their 18th birthday; a carer with a Payment for
/// Skills level above Foundation is already a foster carer. Whether a carer
/// would foster with a partner was not asked: it is asked when the link opens.
pub fn upgrade(journey: Journey, mut raw: Raw, today: Date) -> Raw {
    match journey {
        Journey::CareLeaver => {
            if let Ok(weeks) = read_number(&raw, "weeks_looked_after_since_14", 0, 600) {
                let enough = weeks >= Thresholds::at(today).eligible_weeks;
                raw.insert("looked_after_13_weeks".into(), (if enough { "yes" } else { "no" }).into());
            }
            // Not in care since 16: not in care on the 18th birthday either,
            // which today's questions ask first.
            if raw.get("looked_after_since_16").is_some_and(|v| v == "no") {
                raw.insert("looked_after_on_18th_birthday".into(), "no".into());
            }
        }
        Journey::Fostering => {
            let skilled = raw.get("skills_level").is_some_and(|v| v != "foundation");
            raw.insert("current_foster_carer".into(), (if skilled { "yes" } else { "no" }).into());
        }
        _ => {}
    }
    raw
}

/// The options of each choice, in the order links of versions `1` and `2`
/// named them by position (written until 7 December 2026). Frozen: today's
/// links name an option by its id, so the questions' own lists may change
/// order; these may not. `extension_pending`, `yes` and `not_sure` came
/// last, so a version `1` link made before them reads the same here.
pub const POSITIONS: &[(&str, &[&str])] = &[
    ("relationship", &["non_related", "connected_person"]),
    ("skills_level", &["foundation", "skilled", "advanced"]),
    ("child_disability", &["none", "standard", "enhanced", "yes", "not_sure"]),
    (
        "arrangement",
        &[
            "connected_person_foster_carer",
            "special_guardianship_order",
            "child_arrangements_order",
            "informal",
            "not_sure",
        ],
    ),
    ("lives_in", &["kent", "medway", "elsewhere"]),
    ("looked_after_by", &["kent", "medway", "another_council", "not_looked_after"]),
    ("looked_after_13_weeks", &["yes", "no", "not_sure"]),
    ("immigration_status", &["settled", "pending", "none", "extension_pending"]),
];

/// The options a version `1` or `2` link counted through for the choice `field`.
pub fn positions(field: &str) -> Option<&'static [&'static str]> {
    POSITIONS.iter().find(|(f, _)| *f == field).map(|(_, options)| *options)
}
