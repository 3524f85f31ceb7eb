//! "Could I foster?": which questions to ask, and the typed answers.

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::{Answers, Child, Date, Disability, FosteringAnswers, Relationship, SkillsLevel};

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, _today: Date) -> Vec<Q> {
    let mut qs: Vec<Q> = [
        "carer_date_of_birth",
        "lives_in_kent_or_medway",
        "spare_bedroom",
        "household_specified_offence",
        "relationship",
    ]
    .into_iter()
    .map(Q::new)
    .collect();
    let connected = raw.get("relationship").is_some_and(|v| v == "connected_person");
    if connected {
        qs.push(Q::new("connected_person_training_completed"));
    }
    // Payment for Skills is paid only to a trained carer.
    if !connected || yes(raw, "connected_person_training_completed") {
        qs.push(Q::new("skills_level"));
    }
    qs.push(Q::new("children_count"));
    let n = read_number(raw, "children_count", 1, 10).unwrap_or(0);
    for i in 1..=n {
        let i = u8::try_from(i).unwrap_or(1);
        qs.push(Q::child("child_age", i));
        qs.push(Q::child("child_disability", i));
    }
    qs
}

/// The typed answers, once every question on the route is answered.
pub fn answers(raw: &Raw, today: Date) -> Option<Answers> {
    let n = read_number(raw, "children_count", 1, 10).ok()?;
    let children = (1..=n)
        .map(|i| {
            Some(Child {
                age: u8::try_from(read_number(raw, &format!("child_age_{i}"), 0, 17).ok()?).ok()?,
                disability: Disability::from_id(raw.get(&format!("child_disability_{i}"))?)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let _ = today;
    Some(Answers::Fostering(FosteringAnswers {
        carer_date_of_birth: read_date(raw, "carer_date_of_birth").ok()?,
        lives_in_kent_or_medway: yes(raw, "lives_in_kent_or_medway"),
        spare_bedroom: yes(raw, "spare_bedroom"),
        household_specified_offence: yes(raw, "household_specified_offence"),
        relationship: Relationship::from_id(raw.get("relationship")?)?,
        connected_person_training_completed: yes(raw, "connected_person_training_completed"),
        skills_level: raw.get("skills_level").and_then(|v| SkillsLevel::from_id(v)).unwrap_or(SkillsLevel::Foundation),
        children,
    }))
}
