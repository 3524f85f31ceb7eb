//! "Caring for a relative's or friend's child": questions and typed answers.

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::{Answers, Arrangement, Date, KinshipAnswers, LivesIn, LookedAfterBy};

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
    // A family may already have its arrangement: a court order for a child
    // not looked after now, or approval as the foster carer of a child who
    // is. The result then starts from it. Asked after the questions above,
    // so a link made before these questions existed still opens.
    let looked_after = raw.get("child_looked_after_now").is_some_and(|v| v == "yes");
    let arrangement = raw.get("arrangement").map(String::as_str);
    let order = matches!(arrangement, Some("special_guardianship_order" | "child_arrangements_order"));
    let fostering = arrangement == Some("connected_person_foster_carer");
    if (order && not_looked_after) || (fostering && looked_after) {
        qs.push(Q::new("arrangement_in_place"));
    }
    // A special guardian whose child was in care before: which council
    // looked after the child just before the order, and, where that
    // council is not the one the family lives in, when the order was made
    // (that council supports the family for three years from it).
    let in_place = raw.get("arrangement_in_place").is_some_and(|v| v == "yes");
    let before = raw.get("child_previously_looked_after").is_some_and(|v| v == "yes");
    let sgo = arrangement == Some("special_guardianship_order");
    if sgo && in_place && not_looked_after && before {
        qs.push(Q::new("looked_after_by"));
        let by = raw.get("looked_after_by").map(String::as_str);
        let lives_in = raw.get("lives_in").map(String::as_str);
        let a_council = matches!(by, Some("kent" | "medway" | "another_council"));
        if a_council && by != lives_in {
            qs.push(Q::new("order_made_on"));
        }
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
        arrangement_in_place: yes(raw, "arrangement_in_place"),
        looked_after_by: raw.get("looked_after_by").and_then(|v| LookedAfterBy::from_id(v)),
        order_made_on: read_date(raw, "order_made_on").ok(),
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

    #[test]
    fn a_special_guardian_is_asked_which_council_and_when_only_where_it_can_matter() {
        let today = Date::ymd(2026, 12, 7);
        let mut r = raw(&[
            ("child_age", "4"),
            ("child_looked_after_now", "no"),
            ("child_previously_looked_after", "yes"),
            ("arrangement", "special_guardianship_order"),
            ("lives_in", "medway"),
        ]);
        let asked = |r: &Raw, id: &'static str| route(r, today).contains(&Q::new(id));
        assert!(asked(&r, "arrangement_in_place"));
        assert!(!asked(&r, "looked_after_by"), "not before the order is known to be made");
        r.insert("arrangement_in_place".into(), "yes".into());
        assert!(asked(&r, "looked_after_by"));
        // The council where she lives looked after him: it helps her
        // whenever the order was made, so the date is not asked.
        r.insert("looked_after_by".into(), "medway".into());
        assert!(!asked(&r, "order_made_on"));
        r.insert("looked_after_by".into(), "kent".into());
        assert!(asked(&r, "order_made_on"));
        assert_eq!(route(&r, today).last(), Some(&Q::new("order_made_on")));
        for (part, v) in [("day", "7"), ("month", "10"), ("year", "2025")] {
            r.insert(format!("order_made_on-{part}"), v.into());
        }
        let Some(Answers::Kinship(a)) = answers(&r, today) else { panic!("answers") };
        assert!(a.arrangement_in_place);
        assert_eq!(a.looked_after_by, Some(LookedAfterBy::Kent));
        assert_eq!(a.order_made_on, Some(Date::ymd(2025, 10, 7)));
        // Not in care before: neither question.
        r.insert("child_previously_looked_after".into(), "no".into());
        assert!(!asked(&r, "looked_after_by") && !asked(&r, "order_made_on"));
        // A foster carer of a looked-after child is asked if approved; an
        // informal carer is not asked about an order.
        let fc = raw(&[("child_looked_after_now", "yes"), ("arrangement", "connected_person_foster_carer")]);
        assert!(asked(&fc, "arrangement_in_place"));
        let informal = raw(&[("child_looked_after_now", "no"), ("arrangement", "informal")]);
        assert!(!asked(&informal, "arrangement_in_place"));
    }
}
