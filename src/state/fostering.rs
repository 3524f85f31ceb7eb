//! "Could I foster?": which questions to ask, and the typed answers. An
//! answer that decides the result ends the questions: someone under the
//! rules' minimum age is told so straight after their date of birth.

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::{params, Answers, Child, Date, Disability, FosteringAnswers, Relationship, SkillsLevel};

/// True when the carer's date of birth is valid and they are younger on
/// `on` than the rules' minimum age to foster: nothing else can change that.
pub fn under_age(raw: &Raw, on: Date) -> bool {
    let min = params::FOSTER_CARER_MIN_AGE.at(on).and_then(params::Found::count);
    let age = read_date(raw, "carer_date_of_birth").ok().and_then(|d| d.age_on(on));
    age.zip(min).is_some_and(|(age, min)| age < min)
}

/// True when the person said they would foster with a partner. The
/// contract has no such answer: the result reads it here, to say that the
/// tax-free fixed amount is shared equally between the carers in a household
/// (DOMAIN 1.3).
pub fn with_partner(raw: &Raw) -> bool {
    yes(raw, "fosters_with_partner")
}

/// True when child `n`'s disability was answered "Yes" or "Not sure": the
/// fostering team decides whether an extra rate applies and which, so the
/// result says so. "Yes" is taken as the standard rate (the lower one,
/// never the enhanced), "Not sure" as none.
pub fn disability_rate_for_team(raw: &Raw, n: u8) -> bool {
    raw.get(&format!("child_disability_{}", u32::from(n))).is_some_and(|v| v == "yes" || v == "not_sure")
}

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, today: Date) -> Vec<Q> {
    route_as(raw, today, false)
}

/// The questions in order; `first_form`: in the order links made before
/// December 2026 (compact form `1`) asked them, for [`super::legacy`]:
/// no current carer, partner or age stop, and the skills level of everyone.
pub(super) fn route_as(raw: &Raw, today: Date, first_form: bool) -> Vec<Q> {
    let mut qs: Vec<Q> = Vec::new();
    if !first_form {
        qs.push(Q::new("current_foster_carer"));
    }
    qs.push(Q::new("carer_date_of_birth"));
    if under_age(raw, today) && !first_form {
        return qs;
    }
    for id in ["lives_in_kent_or_medway", "spare_bedroom", "household_specified_offence", "relationship"] {
        qs.push(Q::new(id));
    }
    let relationship = raw.get("relationship").and_then(|v| Relationship::from_id(v));
    if relationship == Some(Relationship::ConnectedPerson) {
        qs.push(Q::new("connected_person_training_completed"));
    }
    // Payment for Skills is paid only to a carer the rules call trained,
    // and only a foster carer already has a level: anyone else starts at
    // Foundation.
    let trained = relationship
        .is_none_or(|r| rules::journeys::fostering::trained(r, yes(raw, "connected_person_training_completed")));
    if (first_form || yes(raw, "current_foster_carer")) && trained {
        qs.push(Q::new("skills_level"));
    }
    qs.push(Q::new("children_count"));
    let n = read_number(raw, "children_count", 1, 10).unwrap_or(0);
    for i in 1..=n {
        let i = u8::try_from(i).unwrap_or(1);
        qs.push(Q::child("child_age", i));
        qs.push(Q::child("child_disability", i));
    }
    // Last: the contract has no such answer, so links made before it was
    // asked still open with every other answer, this one question left.
    if !first_form {
        qs.push(Q::new("fosters_with_partner"));
    }
    qs
}

/// A child's disability as the contract takes it: the answers "standard"
/// and "enhanced" (links made before December 2026) as they are; "yes" as
/// the standard rate; "no" and "not sure" as none.
fn disability(value: &str) -> Option<Disability> {
    match value {
        "yes" => Some(Disability::Standard),
        "not_sure" => Some(Disability::None),
        v => Disability::from_id(v),
    }
}

/// The typed answers, once every question on the route is answered. A carer
/// under the minimum age was asked nothing more: the other answers are then
/// those that add no blocker of their own (so the result gives the one
/// reason that decides it), with one child of 0 for the payments the result
/// need not show.
pub fn answers(raw: &Raw, today: Date) -> Option<Answers> {
    let under = under_age(raw, today);
    let n = if under { 1 } else { read_number(raw, "children_count", 1, 10).ok()? };
    let children = (1..=n)
        .map(|i| {
            if under {
                return Some(Child { age: 0, disability: Disability::None });
            }
            Some(Child {
                age: u8::try_from(read_number(raw, &format!("child_age_{i}"), 0, 17).ok()?).ok()?,
                disability: disability(raw.get(&format!("child_disability_{i}"))?)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Answers::Fostering(FosteringAnswers {
        carer_date_of_birth: read_date(raw, "carer_date_of_birth").ok()?,
        lives_in_kent_or_medway: under || yes(raw, "lives_in_kent_or_medway"),
        spare_bedroom: under || yes(raw, "spare_bedroom"),
        household_specified_offence: yes(raw, "household_specified_offence"),
        relationship: Relationship::from_id(raw.get("relationship").map_or("non_related", String::as_str))?,
        connected_person_training_completed: yes(raw, "connected_person_training_completed"),
        skills_level: raw.get("skills_level").and_then(|v| SkillsLevel::from_id(v)).unwrap_or(SkillsLevel::Foundation),
        children,
    }))
}
