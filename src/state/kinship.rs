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
    // Whether the carer is a close relative matters only where the care
    // could be private fostering: an informal or unsure arrangement for a
    // child not looked after. Asked last, so a link made before the
    // question existed still opens, with this question left to answer.
    let not_looked_after = raw.get("child_looked_after_now").is_some_and(|v| v == "no");
    let informal = raw.get("arrangement").is_some_and(|v| v == "informal" || v == "not_sure");
    if not_looked_after && informal {
        qs.push(Q::new("carer_is_close_relative"));
    }
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
        carer_is_close_relative: yes(raw, "carer_is_close_relative"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        pairs.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect()
    }

    #[test]
    fn the_close_relative_question_is_asked_only_where_it_can_matter() {
        let today = Date::ymd(2025, 11, 1);
        let asked = |looked_after: &str, arrangement: &str| {
            let r = raw(&[("child_looked_after_now", looked_after), ("arrangement", arrangement)]);
            route(&r, today).contains(&Q::new("carer_is_close_relative"))
        };
        for arrangement in [
            "connected_person_foster_carer",
            "special_guardianship_order",
            "child_arrangements_order",
            "informal",
            "not_sure",
        ] {
            let matters = matches!(arrangement, "informal" | "not_sure");
            assert_eq!(asked("no", arrangement), matters, "{arrangement}");
            assert!(!asked("yes", arrangement), "{arrangement}: not for a looked-after child");
        }
        // Asked last, and read into the typed answers (left out means no).
        let mut r = raw(&[
            ("child_age", "9"),
            ("child_looked_after_now", "no"),
            ("child_previously_looked_after", "no"),
            ("arrangement", "informal"),
            ("lives_in", "kent"),
        ]);
        assert_eq!(route(&r, today).last(), Some(&Q::new("carer_is_close_relative")));
        let close = |r: &Raw| match answers(r, today) {
            Some(Answers::Kinship(a)) => Some(a.carer_is_close_relative),
            _ => None,
        };
        assert_eq!(close(&r), Some(false));
        r.insert("carer_is_close_relative".into(), "yes".into());
        assert_eq!(close(&r), Some(true));
    }
}
