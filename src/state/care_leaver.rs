//! "My local offer" for care leavers: questions and typed answers. Only the
//! questions that can change this person's result are asked; a question not
//! asked is answered "no".

use super::fields::{read_date, read_number, yes, Raw, Q};
use rules::journeys::care_leaver::Thresholds;
use rules::{Answers, CareLeaverAnswers, Date, ImmigrationStatus};

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

/// The questions for these answers so far, in order.
pub fn route(raw: &Raw, today: Date) -> Vec<Q> {
    let mut qs = vec![Q::new("date_of_birth")];
    let Some(age) = age(raw, today) else {
        return qs;
    };
    let t = Thresholds::at(today);
    // Under 16 or 25 and over: the result says who to talk to; nothing else to ask.
    if !in_window(age, &t) {
        return qs;
    }
    let mut ask = |id: &'static str, when: bool| {
        if when {
            qs.push(Q::new(id));
        }
    };
    ask("kent_care_leaver", true);
    ask("looked_after_now", true);
    ask("weeks_looked_after_since_14", true);
    ask("looked_after_since_16", !looked_after_since_16_known(raw, age, &t));
    let since_16 = looked_after_since_16_known(raw, age, &t) || yes(raw, "looked_after_since_16");
    let weeks = read_number(raw, "weeks_looked_after_since_14", 0, 600).unwrap_or(0);
    let was_eligible = t.was_eligible(weeks, since_16);
    let adult = age >= t.adult;
    // In care now: weeks in care grow, so a child who reaches the
    // threshold before 18 will be eligible (and former relevant at 18).
    let in_care = !adult && yes(raw, "looked_after_now");
    let eligible_by_18 = was_eligible
        || (in_care && read_date(raw, "date_of_birth").ok().and_then(|b| t.eligible_from(b, today, weeks)).is_some());
    ask("looked_after_on_18th_birthday", adult && was_eligible);
    ask("special_guardianship_from_care", !eligible_by_18);
    ask("privately_fostered", !eligible_by_18);
    ask("in_education_or_training", true);
    ask("in_higher_education", adult && yes(raw, "in_education_or_training"));
    ask("starting_apprenticeship", true);
    ask("living_with_foster_carer", adult && yes(raw, "looked_after_on_18th_birthday"));
    ask("immigration_status", true);
    ask("unaccompanied_asylum_seeking", true);
    ask(
        "in_shared_accommodation_since_before_2023_11_13",
        (t.adult..t.shared_end).contains(&age) && yes(raw, "kent_care_leaver"),
    );
    // Disability matters under 18 (short breaks, special schools) and, after
    // 18, only for private fostering after 16, which the law allows only
    // for a disabled young person (Children Act 1989 s66(4)).
    ask("disabled", !adult || (!eligible_by_18 && yes(raw, "privately_fostered")));
    ask("special_educational_needs", in_care && !yes(raw, "disabled"));
    ask("care_act_eligible_needs", adult);
    // In care now and under 18: whether Staying Put opens at 18 depends on
    // living with a foster carer, so it is asked (else the result would give
    // an answer never asked as the reason it is closed). Last, so links and
    // saved answers made before it was asked still read: it is then the one
    // question left.
    ask("living_with_foster_carer", in_care && eligible_by_18);
    qs
}

/// The typed answers.
pub fn answers(raw: &Raw, today: Date) -> Option<Answers> {
    let date_of_birth = read_date(raw, "date_of_birth").ok()?;
    let age = date_of_birth.age_on(today).unwrap_or(0);
    let t = Thresholds::at(today);
    let asked = in_window(age, &t);
    let weeks =
        if asked { u16::try_from(read_number(raw, "weeks_looked_after_since_14", 0, 600).ok()?).ok()? } else { 0 };
    let immigration_status =
        if asked { ImmigrationStatus::from_id(raw.get("immigration_status")?)? } else { ImmigrationStatus::Settled };
    let y = |key: &str| asked && yes(raw, key);
    Some(Answers::CareLeaver(CareLeaverAnswers {
        date_of_birth,
        looked_after_now: y("looked_after_now"),
        weeks_looked_after_since_14: weeks,
        looked_after_since_16: asked
            && (looked_after_since_16_known(raw, age, &t) || yes(raw, "looked_after_since_16")),
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
