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
