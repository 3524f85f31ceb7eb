//! "Could I adopt?": questions and typed answers.

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::{AdoptionAnswers, Answers, Date, Partner};

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, _today: Date) -> Vec<Q> {
    let mut qs = vec![Q::new("date_of_birth"), Q::new("has_partner")];
    let partner = yes(raw, "has_partner");
    if partner {
        qs.push(Q::new("partner_date_of_birth"));
    }
    qs.push(Q::new("domiciled_in_british_islands"));
    // Time lived here matters only when nobody applying is domiciled here.
    if raw.get("domiciled_in_british_islands").is_some_and(|v| v == "no") {
        qs.push(Q::new("months_habitually_resident"));
        if partner {
            qs.push(Q::new("partner_months_habitually_resident"));
        }
    }
    qs.push(Q::new("household_specified_offence"));
    qs
}

/// The typed answers. Months lived here that were not asked count as 0.
pub fn answers(raw: &Raw, _today: Date) -> Option<Answers> {
    let domiciled = yes(raw, "domiciled_in_british_islands");
    let months = |key: &str| -> Option<u16> {
        if domiciled {
            return Some(0);
        }
        u16::try_from(read_number(raw, key, 0, 1500).ok()?).ok()
    };
    let partner = if yes(raw, "has_partner") {
        Some(Partner {
            date_of_birth: read_date(raw, "partner_date_of_birth").ok()?,
            months_habitually_resident: months("partner_months_habitually_resident")?,
        })
    } else {
        None
    };
    Some(Answers::Adoption(AdoptionAnswers {
        date_of_birth: read_date(raw, "date_of_birth").ok()?,
        partner,
        domiciled_in_british_islands: domiciled,
        months_habitually_resident: months("months_habitually_resident")?,
        household_specified_offence: yes(raw, "household_specified_offence"),
    }))
}
