//! "Caring for a relative's or friend's child": questions and typed answers.

use super::fields::{read_number, yes, Raw, Q};
use rules::{Answers, Arrangement, Date, KinshipAnswers, LivesIn};

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, _today: Date) -> Vec<Q> {
    let mut qs = vec![Q::new("child_age"), Q::new("child_looked_after_now")];
    // "Looked after before an order" matters only for a child not looked after now.
    if raw.get("child_looked_after_now").is_some_and(|v| v == "no") {
        qs.push(Q::new("child_previously_looked_after"));
    }
    qs.push(Q::new("arrangement"));
    qs.push(Q::new("lives_in"));
    qs
}

/// The typed answers.
pub fn answers(raw: &Raw, _today: Date) -> Option<Answers> {
    Some(Answers::Kinship(KinshipAnswers {
        child_age: u8::try_from(read_number(raw, "child_age", 0, 17).ok()?).ok()?,
        child_looked_after_now: yes(raw, "child_looked_after_now"),
        child_previously_looked_after: yes(raw, "child_previously_looked_after"),
        arrangement: Arrangement::from_id(raw.get("arrangement")?)?,
        lives_in: LivesIn::from_id(raw.get("lives_in")?)?,
    }))
}
