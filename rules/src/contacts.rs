//! Who to contact next: a named contact for this person, with the phone,
//! email, hours and out-of-hours line their sources give.
//!
//! Policy (issue 20, review problem 12), each choice from the typed answers
//! and the date asked, so it moves with a planned date as the rules do:
//! - **Care leavers.** A young person Kent looks after or supports talks to
//!   their social worker until the day Kent allocates a personal adviser
//!   (17 and a half: the same day as the timeline's
//!   `personal_adviser_allocated`, read from `PA_ALLOCATED_AGE` and
//!   `PA_ALLOCATED_EXTRA_MONTHS`), and to the personal adviser from that
//!   day until leaving-care support ends (25, `SUPPORT_END_AGE`). Then come
//!   an independent advocate (Young Lives Foundation, Kent's children's
//!   rights and advocacy service, for young people in care and care leavers
//!   up to 24) and, for anyone whose immigration status is not settled
//!   (leave with no recourse to public funds too), free immigration legal
//!   advice. Someone Kent does not look after
//!   (`kent_care_leaver` false), or who is 25 or over, is sent to their own
//!   council instead of Kent's teams (immigration advice still shows).
//! - **Kinship.** The child's social worker when the child is looked after
//!   now, then the family's own council's children's services (Kent's,
//!   Medway's, or the council where they live), then Family Rights Group's
//!   free advice line for kinship carers.
//! - **Fostering.** Kent Fostering, and Medway Council's fostering service
//!   for someone in Medway (the answers do not tell Kent from Medway, so
//!   both are listed); someone outside Kent and Medway is sent to their own
//!   council.
//! - **Adoption.** Adoption Partnership South East, the regional adoption
//!   agency of Kent, Medway and Bexley.
//! - **Danger.** Care leavers and kinship carers are told first to call 999
//!   if they are in danger now.
//!
//! A value no source gives is `None`: the page then says how to find it
//! rather than guessing. Where each value comes from is in [`CITATIONS`]: a
//! key of [`crate::params::sources::CONTACT_SOURCES`] (or of `SOURCES`) and
//! the sentence it is read from. It is a table apart from the contacts so
//! that the web app, which shows the values and not their sources, does
//! not carry the sentences in its wasm.
//! Contacts are not part of `evaluate`'s JSON (CONTRACT.md is unchanged).

use crate::journeys::care_leaver::{personal_adviser_day, Thresholds};
use crate::{Answers, CareLeaverAnswers, Date, FosteringAnswers, ImmigrationStatus, KinshipAnswers, LivesIn, Outcome};

/// What a contact is for, which decides how the page shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    /// The service that helps this person: shown first.
    Service,
    /// Independent advice or advocacy beside the service.
    Advice,
    /// The line to call in danger now.
    Emergency,
}

/// A named contact. The page names it from its id (`contact.{id}`).
#[derive(Debug, PartialEq, Eq)]
pub struct Contact {
    /// The id, which names the contact in words (`contact.{id}`).
    pub id: &'static str,
    /// What it is for.
    pub kind: ContactKind,
    /// The phone number as its source writes it.
    pub phone: Option<&'static str>,
    /// The email address.
    pub email: Option<&'static str>,
    /// When the phone line is open: an id for words (`contact.hours.{id}`).
    pub hours: Option<&'static str>,
    /// The number to call outside those hours.
    pub out_of_hours: Option<&'static str>,
    /// The service's own page (https).
    pub url: Option<&'static str>,
}

const fn contact(id: &'static str, kind: ContactKind) -> Contact {
    Contact { id, kind, phone: None, email: None, hours: None, out_of_hours: None, url: None }
}

/// Kent's out-of-hours social services line (Kent and Medway).
const KENT_OUT_OF_HOURS: &str = "03000 41 91 91";
/// Kent children's social services in working hours.
const KENT_CHILDRENS_SOCIAL_SERVICES: &str = "03000 41 11 11";

/// A young person's social worker, through Kent children's social services.
pub static KENT_SOCIAL_WORKER: Contact = Contact {
    phone: Some(KENT_CHILDRENS_SOCIAL_SERVICES),
    hours: Some("working_hours"),
    out_of_hours: Some(KENT_OUT_OF_HOURS),
    url: Some("https://kentcarestown.lea.kent.sch.uk/"),
    ..contact("kent_social_worker", ContactKind::Service)
};

/// A care leaver's personal adviser in Kent's 18+ Leaving Care Service. No
/// page found gives the service's own phone number or hours.
pub static KENT_PERSONAL_ADVISER: Contact = Contact {
    out_of_hours: Some(KENT_OUT_OF_HOURS),
    url: Some("https://kentcarestown.lea.kent.sch.uk/moving-on/"),
    ..contact("kent_personal_adviser", ContactKind::Service)
};

/// Kent children's social services, for a kinship family in Kent.
pub static KENT_CHILDRENS_SERVICES: Contact = Contact {
    phone: Some(KENT_CHILDRENS_SOCIAL_SERVICES),
    hours: Some("working_hours"),
    out_of_hours: Some(KENT_OUT_OF_HOURS),
    ..contact("kent_childrens_services", ContactKind::Service)
};

/// Medway Council's children's services, for a kinship family in Medway.
pub static MEDWAY_CHILDRENS_SERVICES: Contact = Contact {
    phone: Some("01634 334 466"),
    out_of_hours: Some("03000 419 191"),
    url: Some("https://www.medwayscp.org.uk/info/5/mscb-1/34/worried-child"),
    ..contact("medway_childrens_services", ContactKind::Service)
};

/// The child's social worker, at whichever council looks after the child.
pub static CHILDS_SOCIAL_WORKER: Contact = Contact { ..contact("childs_social_worker", ContactKind::Service) };

/// The person's own council, found by postcode on GOV.UK.
pub static OWN_COUNCIL: Contact =
    Contact { url: Some("https://www.gov.uk/find-local-council"), ..contact("own_council", ContactKind::Service) };

/// Kent Fostering.
pub static KENT_FOSTERING: Contact = Contact {
    phone: Some("03000 42 00 02"),
    hours: Some("weekdays_9_to_5"),
    url: Some("https://www.kentfostering.co.uk/introduction-to-fostering/how-to-apply"),
    ..contact("kent_fostering", ContactKind::Service)
};

/// Medway Council's fostering team. Its page gives no hours.
pub static MEDWAY_FOSTERING: Contact = Contact {
    phone: Some("01634 335 726"),
    url: Some("https://www.medway.gov.uk/fostering"),
    ..contact("medway_fostering", ContactKind::Service)
};

/// Adoption Partnership South East (Kent, Medway and Bexley). Its pages
/// give no hours.
pub static ADOPTION_PARTNERSHIP: Contact = Contact {
    phone: Some("03000 422 373"),
    email: Some("adoption.partnership@kent.gov.uk"),
    url: Some("https://www.adoptionpartnershipsoutheast.org.uk/how-to-adopt/how-to-apply"),
    ..contact("adoption_partnership", ContactKind::Service)
};

/// Family Rights Group's free advice line for kinship carers.
pub static FAMILY_RIGHTS_GROUP: Contact =
    Contact { phone: Some("0808 801 0366"), hours: Some("frg"), ..contact("family_rights_group", ContactKind::Advice) };

/// An independent advocate: Young Lives Foundation, Kent and Medway's
/// children's rights and advocacy service. No page found gives its phone
/// number or email.
pub static ADVOCATE: Contact =
    Contact { url: Some("https://ylf.org.uk/advocacy-rights/"), ..contact("advocate", ContactKind::Advice) };

/// Free immigration legal advice. The one phone line found (Coram
/// Children's Legal Centre's) is on an old page that a newer one
/// contradicts, so none is shown.
pub static IMMIGRATION_ADVICE: Contact = Contact {
    url: Some("https://childrenslegalcentre.com/get-legal-advice/immigration-asylum-nationality"),
    ..contact("immigration_advice", ContactKind::Advice)
};

/// The emergency line.
pub static EMERGENCY: Contact = Contact { phone: Some("999"), ..contact("emergency", ContactKind::Emergency) };

/// Where each contact's values come from: (contact id, source key, the
/// section or sentence of the source). A test checks that every phone
/// number and email shown is written in one of its contact's sentences.
pub static CITATIONS: &[(&str, &str, &str)] = &[
    ("kent_social_worker", "swale_worried_about_a_child", "If you're concerned about a child: calling 03000 41 11 11 during working hours"),
    ("kent_social_worker", "swale_worried_about_a_child", "Get help out of hours: the out of hours Social Services on 03000 41 91 91"),
    ("kent_social_worker", "kent_cares_town", "Home page: for all young people who are or have been in Kent's care"),
    ("kent_personal_adviser", "careleaverpp_kent", "Who can help you from 18+: a Personal Adviser linked from 17, replacing the Social Worker at 18"),
    ("kent_personal_adviser", "swale_worried_about_a_child", "Get help out of hours: the out of hours Social Services on 03000 41 91 91"),
    ("kent_childrens_services", "swale_worried_about_a_child", "If you're concerned about a child: calling 03000 41 11 11 during working hours"),
    ("kent_childrens_services", "swale_worried_about_a_child", "Get help out of hours: the out of hours Social Services on 03000 41 91 91"),
    ("medway_childrens_services", "medway_worried_about_a_child", "Medway's First Response service: you can also phone 01634 334 466 or our 24 hour emergency number 03000 419 191"),
    ("childs_social_worker", "kent_kinship_care_policy", "Family and friends (kinship) care policy"),
    ("own_council", "gov_uk_find_local_council", "Find your local council: enter a postcode"),
    ("kent_fostering", "kent_how_to_apply", "Call us on 03000 42 00 02 between 9am and 5pm, Monday to Friday"),
    ("medway_fostering", "medway_fostering", "In the spotlight: phone 01634 335 726"),
    ("adoption_partnership", "apse_support", "By your side: call us on 03000 422 373 or email adoption.partnership@kent.gov.uk"),
    ("adoption_partnership", "apse_how_to_apply", "Steps 1 to 4"),
    ("family_rights_group", "frg_advice_line", "Our advice service: free and confidential advice line 0808 801 0366 (Monday to Friday 9.30am to 3pm, excluding Bank Holidays)"),
    ("advocate", "ylf_advocacy", "Who advocates can help: a Kent or Medway young person, in care, a care leaver up to the age of 24"),
    ("immigration_advice", "kent_cares_town_asylum", "What to expect: you will be helped to find an immigration solicitor"),
    ("immigration_advice", "cclc_immigration", "The Migrant Children's Project: free legal advice for children and young people"),
    ("emergency", "swale_worried_about_a_child", "If someone is in danger right now, call 999"),
];

/// Every contact, for the tests and the staff pages.
pub static ALL: &[&Contact] = &[
    &KENT_SOCIAL_WORKER,
    &KENT_PERSONAL_ADVISER,
    &KENT_CHILDRENS_SERVICES,
    &MEDWAY_CHILDRENS_SERVICES,
    &CHILDS_SOCIAL_WORKER,
    &OWN_COUNCIL,
    &KENT_FOSTERING,
    &MEDWAY_FOSTERING,
    &ADOPTION_PARTNERSHIP,
    &FAMILY_RIGHTS_GROUP,
    &ADVOCATE,
    &IMMIGRATION_ADVICE,
    &EMERGENCY,
];

/// The contacts for this person on `on`, the one to talk to first first.
/// The emergency line, when it applies, is last: the page shows it apart.
/// `outcome` is what the rules gave for these answers (`crate::evaluate`):
/// a special guardian is sent to the council it names.
pub fn for_person(answers: &Answers, outcome: &Outcome) -> Vec<&'static Contact> {
    match answers {
        Answers::Fostering(a) => fostering(a),
        Answers::Kinship(a) => kinship(a, outcome),
        Answers::CareLeaver(a) => care_leaver(a, outcome.on),
        Answers::Adoption(_) => vec![&ADOPTION_PARTNERSHIP],
    }
}

fn fostering(a: &FosteringAnswers) -> Vec<&'static Contact> {
    if a.lives_in_kent_or_medway {
        vec![&KENT_FOSTERING, &MEDWAY_FOSTERING]
    } else {
        vec![&OWN_COUNCIL]
    }
}

fn kinship(a: &KinshipAnswers, outcome: &Outcome) -> Vec<&'static Contact> {
    let mut out: Vec<&'static Contact> = Vec::with_capacity(4);
    if a.child_looked_after_now {
        out.push(&CHILDS_SOCIAL_WORKER);
    }
    // A special guardian's support comes from the council the rules name
    // (Special Guardianship Regulations 2005 reg 5: the council that looked
    // after the child, for three years from the order); otherwise the
    // family's own council.
    let council = match (outcome.fact("support_council").and_then(crate::Fact::text), a.lives_in) {
        (Some("kent"), _) | (None, LivesIn::Kent) => &KENT_CHILDRENS_SERVICES,
        (Some("medway"), _) | (None, LivesIn::Medway) => &MEDWAY_CHILDRENS_SERVICES,
        _ => &OWN_COUNCIL,
    };
    out.push(council);
    // Money that council agreed before the order stays with it after the
    // three years (the same page): it is still one to call.
    let first = match a.looked_after_by {
        Some(crate::LookedAfterBy::Kent) => Some(&KENT_CHILDRENS_SERVICES),
        Some(crate::LookedAfterBy::Medway) => Some(&MEDWAY_CHILDRENS_SERVICES),
        _ => None,
    };
    if let Some(first) = first.filter(|f| f.id != council.id && outcome.fact("support_council").is_some()) {
        out.push(first);
    }
    out.push(&FAMILY_RIGHTS_GROUP);
    out.push(&EMERGENCY);
    out
}

fn care_leaver(a: &CareLeaverAnswers, on: Date) -> Vec<&'static Contact> {
    let mut out: Vec<&'static Contact> = Vec::with_capacity(4);
    let born = a.date_of_birth;
    let t = Thresholds::at(on);
    let support_ends = born.birthday(t.support_end);
    let supported_by_kent = a.kent_care_leaver && support_ends.is_some_and(|end| on < end);
    if supported_by_kent {
        // Before the day is known (a date out of range) the social worker stays.
        let adviser = personal_adviser_day(born, on).is_some_and(|day| on >= day);
        // In care before 18 the social worker leads; the personal adviser,
        // linked from 17 and a half, takes over at 18 (careleaverpp_kent:
        // "replacing their Social Worker" at 18).
        let adult = born.birthday(t.adult).is_none_or(|d| on >= d);
        if !adviser || (a.looked_after_now && !adult) {
            out.push(&KENT_SOCIAL_WORKER);
        }
        if adviser {
            out.push(&KENT_PERSONAL_ADVISER);
        }
        out.push(&ADVOCATE);
    } else {
        out.push(&OWN_COUNCIL);
    }
    if a.immigration_status != ImmigrationStatus::Settled {
        out.push(&IMMIGRATION_ADVICE);
    }
    out.push(&EMERGENCY);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::source;
    use crate::params::sources::contact_source;
    use crate::{Arrangement, Relationship, SkillsLevel};

    fn ids(list: &[&'static Contact]) -> Vec<&'static str> {
        list.iter().map(|c| c.id).collect()
    }

    /// The contacts for these answers on `on`, from the rules' own outcome.
    fn for_person(answers: &Answers, on: Date) -> Vec<&'static Contact> {
        let outcome = crate::evaluate(&crate::Scenario { on, answers: answers.clone() });
        super::for_person(answers, &outcome)
    }

    fn leaver(born: Date) -> CareLeaverAnswers {
        CareLeaverAnswers {
            date_of_birth: born,
            looked_after_now: true,
            weeks_looked_after_since_14: 30,
            looked_after_since_16: true,
            looked_after_on_18th_birthday: false,
            special_guardianship_from_care: false,
            privately_fostered: false,
            in_education_or_training: true,
            in_higher_education: false,
            starting_apprenticeship: false,
            living_with_foster_carer: false,
            kent_care_leaver: true,
            immigration_status: ImmigrationStatus::Settled,
            unaccompanied_asylum_seeking: false,
            in_shared_accommodation_since_before_2023_11_13: false,
            disabled: false,
            special_educational_needs: false,
            care_act_eligible_needs: false,
        }
    }

    fn care(a: CareLeaverAnswers, on: Date) -> Vec<&'static str> {
        ids(&for_person(&Answers::CareLeaver(a), on))
    }

    #[test]
    fn every_contact_is_sourced_with_https_and_its_values_are_in_its_sources() {
        let mut seen = std::collections::BTreeSet::new();
        for c in ALL {
            assert!(seen.insert(c.id), "{} listed twice", c.id);
            let cites: Vec<_> = CITATIONS.iter().filter(|(id, _, _)| *id == c.id).collect();
            assert!(!cites.is_empty(), "{} has no source", c.id);
            for (_, key, section) in &cites {
                let s = contact_source(key)
                    .or_else(|| source(key))
                    .unwrap_or_else(|| panic!("{}: unknown source {key}", c.id));
                assert!(s.url.starts_with("https://") && !s.title.is_empty(), "{key}");
                assert!(!section.is_empty(), "{}: {key} has no section", c.id);
            }
            if let Some(url) = c.url {
                assert!(url.starts_with("https://"), "{url}");
            }
            // Each number and address is written in a sentence it is read from.
            for value in [c.phone, c.email, c.out_of_hours].into_iter().flatten() {
                assert!(
                    cites.iter().any(|(_, _, section)| section.contains(value)),
                    "{}: {value} is in none of its sources' sentences",
                    c.id
                );
            }
        }
        for (id, _, _) in CITATIONS {
            assert!(ALL.iter().any(|c| c.id == *id), "a citation for no contact: {id}");
        }
        for s in crate::params::sources::CONTACT_SOURCES {
            assert!(CITATIONS.iter().any(|(_, key, _)| *key == s.id), "{} cited by no contact", s.id);
            assert!(source(s.id).is_none(), "{} is in both tables", s.id);
        }
    }

    #[test]
    fn a_care_leaver_has_a_social_worker_until_17_and_a_half_and_a_personal_adviser_from_that_day() {
        let born = Date::ymd(2009, 3, 15);
        let day = Date::ymd(2026, 9, 15);
        assert_eq!(personal_adviser_day(born, day), Some(day), "17 and a half, as the timeline has it");
        let eve = Date::ymd(2026, 9, 14);
        assert_eq!(care(leaver(born), eve), ["kent_social_worker", "advocate", "emergency"]);
        // Still in care at 17 and a half: the social worker leads until 18, the adviser beside them.
        assert_eq!(care(leaver(born), day), ["kent_social_worker", "kent_personal_adviser", "advocate", "emergency"]);
        let eighteen = Date::ymd(2027, 3, 15);
        assert_eq!(
            care(leaver(born), eighteen.add_days(-1).unwrap_or(eighteen)),
            ["kent_social_worker", "kent_personal_adviser", "advocate", "emergency"]
        );
        assert_eq!(care(leaver(born), eighteen), ["kent_personal_adviser", "advocate", "emergency"]);
        // Left care before 17 and a half (a relevant child): the adviser alone from that day.
        let left = CareLeaverAnswers { looked_after_now: false, ..leaver(born) };
        assert_eq!(care(left, day), ["kent_personal_adviser", "advocate", "emergency"]);
    }

    #[test]
    fn the_adviser_day_follows_english_birthdays_and_clamped_months() {
        // Born 31 August: 17 on 31 August, six months on is 28 February (clamped).
        assert_eq!(personal_adviser_day(Date::ymd(2009, 8, 31), Date::ymd(2026, 1, 1)), Some(Date::ymd(2027, 2, 28)));
        let born = Date::ymd(2009, 8, 31);
        assert!(!care(leaver(born), Date::ymd(2027, 2, 27)).contains(&"kent_personal_adviser"));
        assert!(care(leaver(born), Date::ymd(2027, 2, 28)).contains(&"kent_personal_adviser"));
    }

    #[test]
    fn a_young_person_of_19_has_a_personal_adviser_until_the_25th_birthday() {
        let born = Date::ymd(2006, 6, 1);
        assert_eq!(care(leaver(born), Date::ymd(2025, 12, 1)), ["kent_personal_adviser", "advocate", "emergency"]);
        assert_eq!(care(leaver(born), Date::ymd(2031, 5, 31)).first(), Some(&"kent_personal_adviser"));
        assert_eq!(care(leaver(born), Date::ymd(2031, 6, 1)), ["own_council", "emergency"]);
    }

    #[test]
    fn every_status_but_settled_adds_immigration_advice() {
        // 17 on 1 September 2026: a social worker until 1 March 2027.
        let born = Date::ymd(2009, 9, 1);
        let on = Date::ymd(2026, 12, 7);
        for &status in ImmigrationStatus::ALL {
            let a = CareLeaverAnswers { immigration_status: status, ..leaver(born) };
            let got = care(a, on);
            assert_eq!(got.contains(&"immigration_advice"), status != ImmigrationStatus::Settled, "{status:?}");
            assert_eq!(got.first(), Some(&"kent_social_worker"), "{status:?}");
            assert_eq!(got.last(), Some(&"emergency"));
        }
    }

    #[test]
    fn a_care_leaver_kent_does_not_look_after_is_sent_to_their_own_council() {
        let a = CareLeaverAnswers {
            kent_care_leaver: false,
            immigration_status: ImmigrationStatus::Pending,
            ..leaver(Date::ymd(2006, 6, 1))
        };
        assert_eq!(care(a, Date::ymd(2026, 12, 7)), ["own_council", "immigration_advice", "emergency"]);
    }

    #[test]
    fn kinship_names_the_familys_council_by_where_they_live() {
        let base = KinshipAnswers {
            child_age: 4,
            child_looked_after_now: false,
            child_previously_looked_after: true,
            arrangement: Arrangement::SpecialGuardianshipOrder,
            lives_in: LivesIn::Kent,
            carer_is_close_relative: true,
            arrangement_in_place: false,
            looked_after_by: None,
            order_made_on: None,
        };
        let on = Date::ymd(2026, 12, 7);
        let got = |a: KinshipAnswers| ids(&for_person(&Answers::Kinship(a), on));
        assert_eq!(got(base), ["kent_childrens_services", "family_rights_group", "emergency"]);
        assert_eq!(
            got(KinshipAnswers { lives_in: LivesIn::Medway, ..base }),
            ["medway_childrens_services", "family_rights_group", "emergency"]
        );
        assert_eq!(
            got(KinshipAnswers { lives_in: LivesIn::Elsewhere, ..base }),
            ["own_council", "family_rights_group", "emergency"]
        );
        assert_eq!(
            got(KinshipAnswers { child_looked_after_now: true, ..base }),
            ["childs_social_worker", "kent_childrens_services", "family_rights_group", "emergency"]
        );
    }

    #[test]
    fn a_special_guardian_is_sent_to_the_council_the_rules_name_until_the_third_anniversary() {
        // Kent looked after the child; the family lives in Medway; the order
        // was made on 1 March 2025. Kent supports them until 1 March 2028
        // (Special Guardianship Regulations 2005 reg 5), Medway from the day after.
        let a = KinshipAnswers {
            child_age: 4,
            child_looked_after_now: false,
            child_previously_looked_after: true,
            arrangement: Arrangement::SpecialGuardianshipOrder,
            lives_in: LivesIn::Medway,
            carer_is_close_relative: true,
            arrangement_in_place: true,
            looked_after_by: Some(crate::LookedAfterBy::Kent),
            order_made_on: Some(Date::ymd(2025, 3, 1)),
        };
        let first = |on: Date| ids(&for_person(&Answers::Kinship(a), on)).first().copied().unwrap_or_default();
        assert_eq!(first(Date::ymd(2026, 12, 7)), "kent_childrens_services");
        assert_eq!(first(Date::ymd(2028, 3, 1)), "kent_childrens_services");
        assert_eq!(first(Date::ymd(2028, 3, 2)), "medway_childrens_services");
        // After the three years Kent is still named, for money it agreed before the order.
        let all = ids(&for_person(&Answers::Kinship(a), Date::ymd(2028, 3, 2)));
        assert_eq!(all, ["medway_childrens_services", "kent_childrens_services", "family_rights_group", "emergency"]);
    }

    #[test]
    fn fostering_names_kent_and_medway_or_the_persons_own_council() {
        let a = FosteringAnswers {
            carer_date_of_birth: Date::ymd(1983, 1, 1),
            lives_in_kent_or_medway: true,
            spare_bedroom: true,
            household_specified_offence: false,
            relationship: Relationship::NonRelated,
            connected_person_training_completed: false,
            skills_level: SkillsLevel::Foundation,
            children: Vec::new(),
        };
        let on = Date::ymd(2026, 12, 7);
        assert_eq!(ids(&for_person(&Answers::Fostering(a.clone()), on)), ["kent_fostering", "medway_fostering"]);
        let away = FosteringAnswers { lives_in_kent_or_medway: false, ..a };
        assert_eq!(ids(&for_person(&Answers::Fostering(away), on)), ["own_council"]);
    }

    #[test]
    fn adoption_names_the_regional_adoption_agency() {
        let a = crate::AdoptionAnswers {
            date_of_birth: Date::ymd(1985, 1, 1),
            partner: None,
            domiciled_in_british_islands: true,
            months_habitually_resident: 400,
            household_specified_offence: false,
        };
        assert_eq!(ids(&for_person(&Answers::Adoption(a), Date::ymd(2026, 12, 7))), ["adoption_partnership"]);
    }
}
