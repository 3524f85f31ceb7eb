//! "My local offer" for care leavers: questions and typed answers. Only the
//! questions that can change this person's result are asked, in the order
//! that settles it soonest; a question not asked is answered "no".

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::journeys::care_leaver::Thresholds;
use rules::{params, Answers, CareLeaverAnswers, Date, ImmigrationStatus};

/// The person's age on `today`, once the date of birth is valid.
fn age(raw: &Raw, today: Date) -> Option<u32> {
    read_date(raw, "date_of_birth").ok()?.age_on(today)
}

/// True when the person is looked after now and 16 or over, so they have
/// been looked after since their 16th birthday without being asked.
fn looked_after_since_16_known(raw: &Raw, age: u32, t: &Thresholds) -> bool {
    age >= t.min_age && yes(raw, "looked_after_now")
}

/// Whether the rules give this age a care-leaver status worth asking about
/// (16 to 24); outside it the result says who to talk to.
fn in_window(age: u32, t: &Thresholds) -> bool {
    (t.min_age..t.support_end).contains(&age)
}

/// True when the person said another council looks after them, or looked
/// after them: their support comes from that council, so nothing more is
/// asked, and the result says so.
pub fn other_council(raw: &Raw) -> bool {
    raw.get("kent_care_leaver").is_some_and(|v| v == "no")
}

/// Whether the number of weeks in care since 14 can change the result:
/// when the person is not sure whether it is 13 or more, or (in care now and
/// under 18) it is fewer than 13, since weeks in care grow while in care and
/// the number sets the day they become eligible (and, under the reception
/// limit, whether they have just arrived).
fn weeks_number_matters(raw: &Raw, in_care_child: bool) -> bool {
    match raw.get("looked_after_13_weeks").map(String::as_str) {
        Some("not_sure") => true,
        Some("no") => in_care_child,
        _ => false,
    }
}

/// Weeks in care since 14 as the rules take them: the number when it was
/// asked; else the rules' own threshold for "13 weeks or more", or none for
/// "fewer than 13". `None` until the weeks question is answered.
/// The rules' sentences that quote the number then quote this one:
/// [`weeks_given`] says when the person typed it.
fn weeks(raw: &Raw, in_care_child: bool, t: &Thresholds) -> Option<u32> {
    if weeks_number_matters(raw, in_care_child) {
        return read_number(raw, "weeks_looked_after_since_14", 0, 600).ok();
    }
    match raw.get("looked_after_13_weeks").map(String::as_str) {
        Some("yes") => Some(t.eligible_weeks),
        Some("no") => Some(0),
        _ => None,
    }
}

/// True when the person typed their number of weeks in care (the result
/// may quote it); false when only "13 weeks or more" or "fewer" was asked.
pub fn weeks_given(raw: &Raw, today: Date) -> bool {
    route(raw, today).contains(&Q::new("weeks_looked_after_since_14"))
}

/// The last day of Kent's Shared Accommodation contract as the rules hold
/// it on `on` (their parameters, never typed here).
fn shared_contract_end(on: Date) -> Option<Date> {
    params::CONTRACT_END_SHARED_ACCOMMODATION.at(on).and_then(params::Found::date)
}

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, today: Date) -> Vec<Q> {
    route_as(raw, today, false)
}

/// The questions in order; `first_form`: in the order links made before
/// December 2026 (compact form `1`) asked them, for [`super::legacy`].
pub(super) fn route_as(raw: &Raw, today: Date, first_form: bool) -> Vec<Q> {
    let mut qs = vec![Q::new("date_of_birth")];
    let Some(age) = age(raw, today) else {
        return qs;
    };
    let t = Thresholds::at(today);
    // Under 16 or 25 and over: the result says who to talk to; nothing else to ask.
    if !in_window(age, &t) {
        return qs;
    }
    qs.push(Q::new("kent_care_leaver"));
    // Another council's care leaver: their support comes from that council,
    // and the rest of Kent's questions cannot change what they should do.
    if other_council(raw) && !first_form {
        return qs;
    }
    let mut ask = |id: &'static str, when: bool| {
        if when {
            qs.push(Q::new(id));
        }
    };
    let adult = age >= t.adult;
    // In care now: weeks in care grow, so a child who reaches the
    // threshold before 18 will be eligible (and former relevant at 18).
    let in_care = !adult && yes(raw, "looked_after_now");
    ask("looked_after_now", true);
    ask("looked_after_13_weeks", !first_form);
    ask("weeks_looked_after_since_14", first_form || weeks_number_matters(raw, in_care));
    let weeks = if first_form {
        read_number(raw, "weeks_looked_after_since_14", 0, 600).unwrap_or(0)
    } else {
        weeks(raw, in_care, &t).unwrap_or(0)
    };
    let known_16 = looked_after_since_16_known(raw, age, &t);
    // In care on the 18th birthday means in care after the 16th: asked
    // first, it settles the 16th-birthday question for most care leavers.
    let asks_18th = adult && weeks >= t.eligible_weeks;
    ask("looked_after_on_18th_birthday", asks_18th && !first_form);
    let on_18th = asks_18th && yes(raw, "looked_after_on_18th_birthday");
    ask("looked_after_since_16", !known_16 && (first_form || !on_18th));
    let since_16 = known_16 || on_18th || yes(raw, "looked_after_since_16");
    let was_eligible = t.was_eligible(weeks, since_16);
    ask("looked_after_on_18th_birthday", adult && was_eligible && first_form);
    let eligible_by_18 = was_eligible
        || (in_care && read_date(raw, "date_of_birth").ok().and_then(|b| t.eligible_from(b, today, weeks)).is_some());
    ask("special_guardianship_from_care", !eligible_by_18);
    ask("privately_fostered", !eligible_by_18);
    ask("in_education_or_training", true);
    ask("in_higher_education", adult && yes(raw, "in_education_or_training"));
    // Kept although the education question's hint names apprenticeships:
    // the rules need it for the apprenticeship bursary, and a young person
    // starting one is not at school or college for the 16 to 19 Bursary.
    ask("starting_apprenticeship", true);
    ask("living_with_foster_carer", adult && on_18th);
    ask("immigration_status", true);
    ask("unaccompanied_asylum_seeking", true);
    // Only while Kent's contract for it runs on the date planned for: after
    // its last day the rules close it whatever the answer.
    let runs = first_form || shared_contract_end(today).is_some_and(|end| today <= end);
    ask(
        "in_shared_accommodation_since_before_2023_11_13",
        (t.adult..t.shared_end).contains(&age) && yes(raw, "kent_care_leaver") && runs,
    );
    // Disability matters under 18 (short breaks, special schools) and, after
    // 18, only for private fostering after 16, which the law allows only
    // for a disabled young person (Children Act 1989 s66(4)).
    ask("disabled", !adult || (!eligible_by_18 && yes(raw, "privately_fostered")));
    ask("special_educational_needs", in_care && !yes(raw, "disabled"));
    ask("care_act_eligible_needs", adult);
    // In care now and under 18: whether Staying Put opens at 18 depends on
    // living with a foster carer, so it is asked (else the result would give
    // an answer never asked as the reason it is closed).
    ask("living_with_foster_carer", in_care && eligible_by_18);
    qs
}

/// The typed answers. Someone another council looked after is asked nothing
/// more: every other answer is "no" (settled status, no weeks), and the
/// result speaks of their own council ([`other_council`]).
pub fn answers(raw: &Raw, today: Date) -> Option<Answers> {
    let date_of_birth = read_date(raw, "date_of_birth").ok()?;
    let age = date_of_birth.age_on(today).unwrap_or(0);
    let t = Thresholds::at(today);
    let asked = in_window(age, &t) && !other_council(raw);
    let in_care = age < t.adult && yes(raw, "looked_after_now");
    let weeks = if asked { u16::try_from(weeks(raw, in_care, &t)?).ok()? } else { 0 };
    let immigration_status =
        if asked { ImmigrationStatus::from_id(raw.get("immigration_status")?)? } else { ImmigrationStatus::Settled };
    let y = |key: &str| asked && yes(raw, key);
    Some(Answers::CareLeaver(CareLeaverAnswers {
        date_of_birth,
        looked_after_now: y("looked_after_now"),
        weeks_looked_after_since_14: weeks,
        looked_after_since_16: asked
            && (looked_after_since_16_known(raw, age, &t)
                || yes(raw, "looked_after_on_18th_birthday")
                || yes(raw, "looked_after_since_16")),
        looked_after_on_18th_birthday: y("looked_after_on_18th_birthday"),
        special_guardianship_from_care: y("special_guardianship_from_care"),
        privately_fostered: y("privately_fostered"),
        in_education_or_training: y("in_education_or_training"),
        in_higher_education: y("in_higher_education"),
        starting_apprenticeship: y("starting_apprenticeship"),
        living_with_foster_carer: y("living_with_foster_carer"),
        kent_care_leaver: y("kent_care_leaver"),
        immigration_status,
        unaccompanied_asylum_seeking: y("unaccompanied_asylum_seeking"),
        in_shared_accommodation_since_before_2023_11_13: y("in_shared_accommodation_since_before_2023_11_13"),
        disabled: y("disabled"),
        special_educational_needs: y("special_educational_needs"),
        care_act_eligible_needs: y("care_act_eligible_needs"),
    }))
}
