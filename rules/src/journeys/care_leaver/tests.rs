use super::*;
use crate::explain::{item_sentence, template};

fn answers(born: Date) -> CareLeaverAnswers {
    CareLeaverAnswers {
        date_of_birth: born,
        looked_after_now: false,
        weeks_looked_after_since_14: 0,
        looked_after_since_16: false,
        looked_after_on_18th_birthday: false,
        special_guardianship_from_care: false,
        privately_fostered: false,
        in_education_or_training: false,
        in_higher_education: false,
        starting_apprenticeship: false,
        living_with_foster_carer: false,
        kent_care_leaver: false,
        immigration_status: ImmigrationStatus::Settled,
        unaccompanied_asylum_seeking: false,
        in_shared_accommodation_since_before_2023_11_13: false,
        disabled: false,
        special_educational_needs: false,
        care_act_eligible_needs: false,
    }
}

/// Many people on many days: each answer combination that matters, at
/// ages 14 to 26 (a third of the combinations at each age, in turn, to
/// keep the test quick), with their answers.
fn cases() -> Vec<(CareLeaverAnswers, Outcome)> {
    let mut out = Vec::new();
    for on in [Date::ymd(2023, 7, 31), Date::ymd(2026, 3, 31), Date::ymd(2028, 12, 1)] {
        for years in 14..=26 {
            let Some(born) = on.add_months(-12 * years - 5) else { continue };
            for bits in (0u32..512).filter(|b| b % 3 == u32::try_from(years).unwrap_or(0) % 3) {
                let bit = |n: u32| bits & (1 << n) != 0;
                let mut a = answers(born);
                a.looked_after_now = bit(0);
                a.weeks_looked_after_since_14 = if bit(1) { 40 } else { 5 };
                a.looked_after_since_16 = bit(2);
                a.looked_after_on_18th_birthday = bit(2);
                a.living_with_foster_carer = bit(3);
                a.kent_care_leaver = bit(4);
                a.in_education_or_training = bit(5);
                a.in_higher_education = bit(5);
                a.unaccompanied_asylum_seeking = bit(6);
                // Every status in turn: no leave and leave continuing
                // on some ages, pending and settled on the others.
                a.immigration_status = match (bit(6), years % 2 == 0) {
                    (true, true) => ImmigrationStatus::None,
                    (true, false) => ImmigrationStatus::Pending,
                    (false, true) => ImmigrationStatus::ExtensionPending,
                    (false, false) => ImmigrationStatus::Settled,
                };
                a.special_educational_needs = bit(7) && !bit(8);
                a.privately_fostered = bit(7);
                a.starting_apprenticeship = bit(8);
                a.disabled = bit(8);
                a.care_act_eligible_needs = bit(8);
                a.in_shared_accommodation_since_before_2023_11_13 = bit(4);
                out.push((a, evaluate(&a, on)));
            }
        }
    }
    out
}

/// Every "not available" reason is true for the person it is told to
/// (issue 20: "aged 19 or over" was once said to a 17-year-old): the
/// answer or fact it names is the person's own.
#[test]
fn every_reason_given_is_true_for_the_person() {
    let mut told = 0;
    for (a, o) in cases() {
        let age = a.date_of_birth.age_on(o.on).unwrap_or(0);
        let status = o.status().unwrap_or("");
        let in_care = a.looked_after_now && age < 18;
        for item in o.items.iter().filter(|i| i.when == Some(When::NotAvailable)) {
            let reason = item.reason.unwrap_or("");
            let true_for_them = match reason {
                NOT_KENT => !a.kent_care_leaver,
                NOT_DISABLED => !a.disabled,
                NOT_DISABLED_OR_SEN => !a.disabled && !a.special_educational_needs,
                NO_CARE_ACT_NEEDS => !a.care_act_eligible_needs,
                NOT_UNACCOMPANIED => !a.unaccompanied_asylum_seeking,
                SETTLED_STATUS => a.immigration_status == ImmigrationStatus::Settled,
                HAS_STATUS => !a.immigration_status.no_status(),
                NO_PUBLIC_FUNDS => !a.immigration_status.public_funds(),
                NOT_IN_SHARED_BEFORE_CUTOFF => !a.in_shared_accommodation_since_before_2023_11_13,
                NOT_LIVING_WITH_FOSTER_CARER => !a.living_with_foster_carer,
                NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY => age >= 18 && !a.looked_after_on_18th_birthday,
                NOT_LOOKED_AFTER => !in_care,
                NOT_IN_CARE_OR_RELEVANT => !in_care && status != "relevant",
                NOT_IN_EDUCATION_OR_TRAINING => !a.in_education_or_training,
                NOT_IN_FURTHER_EDUCATION => a.in_higher_education,
                NOT_AT_SCHOOL_OR_COLLEGE => a.in_higher_education || a.starting_apprenticeship,
                NOT_IN_HIGHER_EDUCATION => !a.in_higher_education,
                NOT_STARTING_APPRENTICESHIP => !a.starting_apprenticeship,
                NOT_FORMER_RELEVANT => status != "former_relevant",
                NOT_ELIGIBLE_OR_RELEVANT => !matches!(status, "eligible" | "relevant" | "former_relevant"),
                NOT_CARE_LEAVER => !matches!(status, "eligible" | "relevant" | "former_relevant" | "qualifying"),
                NOT_NEWLY_ARRIVED => a.weeks_looked_after_since_14 >= 8,
                CONTRACT_ENDED => item.until.is_some_and(|end| end < o.on),
                // An age reason: the item is open to the person on no
                // day of their 16-25 window before its contract ends, or
                // the age they are now is outside it.
                AGE | NOT_YET_IN_FORCE => true,
                other => panic!("a reason with no check: {other}"),
            };
            assert!(true_for_them, "{}: reason {reason} is not true for {a:?} on {}", item.id, o.on);
            told += 1;
        }
    }
    assert!(told > 1000, "the people tried are told many reasons ({told})");
}

#[test]
fn every_outcome_has_one_status_every_option_and_sentences_that_fill() {
    for (_, o) in cases() {
        assert_eq!(o.items.iter().filter(|i| i.kind == Kind::Status).count(), 1);
        for offer in OFFERS.iter().filter(|offer| offer.kind == Kind::Accommodation) {
            assert!(o.item(Kind::Accommodation, offer.id).is_some(), "{} missing", offer.id);
        }
        for item in &o.items {
            assert!(!item.because.is_empty() && !item.sources.is_empty(), "{}", item.id);
            for s in &item.sources {
                assert!(crate::params::source(s).is_some(), "unknown source {s}");
            }
            for rule in &item.because {
                assert!(template(rule).is_some(), "rule {rule} has no sentence");
                let text = item_sentence(rule, item, &o).unwrap_or_default();
                assert!(!text.contains('{'), "{rule}: unfilled {text}");
            }
            match item.when {
                Some(When::Later) => assert!(item.from.is_some_and(|d| d > o.on), "{}", item.id),
                Some(When::NotAvailable) => assert!(item.reason.is_some(), "{}", item.id),
                _ => {}
            }
            if let (Some(from), Some(until)) = (item.from, item.until) {
                assert!(from <= until, "{}: {from} after {until}", item.id);
            }
            if let Some(until) = item.until.filter(|_| item.is_open_now()) {
                assert!(until >= o.on, "{}: open now but ended {until}", item.id);
            }
        }
        for pair in o.timeline.windows(2) {
            assert!((pair[0].date, pair[0].event) <= (pair[1].date, pair[1].event));
        }
    }
}

#[test]
fn each_timeline_event_names_what_it_is_about_and_concerns_only_who_has_it() {
    let mut concerned = 0;
    for (_, o) in cases() {
        let status = o.items.iter().find(|i| i.kind == Kind::Status).map(|i| i.id);
        for e in &o.timeline {
            assert_eq!(e.about().is_none(), matches!(e.event, "turns_18" | "becomes_eligible"), "{e:?}");
            let has = |id: &str| {
                o.items.iter().any(|i| {
                    i.id == id
                        && i.when != Some(crate::When::NotAvailable)
                        && (e.option.is_none() || i.until.is_none_or(|last| last >= e.date))
                })
            };
            assert_eq!(o.concerns(e), e.about().is_none_or(has), "{e:?}");
            if e.event.starts_with("personal_adviser") {
                // A care leaver has one; someone who is not, never.
                if matches!(status, Some("eligible" | "relevant" | "former_relevant")) {
                    assert!(o.concerns(e), "{e:?} {status:?}");
                }
                if status == Some("none") {
                    assert!(!o.concerns(e), "{e:?} {status:?}");
                }
                concerned += usize::from(o.concerns(e));
            }
        }
    }
    assert!(concerned > 0, "some people have a personal adviser on their timeline");
}

#[test]
fn a_later_item_is_open_on_its_first_day_and_closed_after_its_last() {
    for (mut a, o) in cases() {
        // Answers as they will be: someone looked after now is looked
        // after after 16 and on the 18th birthday, and their weeks in
        // care grow by one every seven days until then.
        let in_care = a.looked_after_now && a.date_of_birth.age_on(o.on).is_some_and(|age| age < 18);
        if in_care {
            a.looked_after_since_16 = true;
            a.looked_after_on_18th_birthday = true;
        }
        let weeks_then = |day: Date| {
            let mut then = a;
            if in_care {
                let eighteen = a.date_of_birth.birthday(18).unwrap_or(day);
                let days = day.min(eighteen).to_days() - o.on.to_days();
                let grown = u16::try_from(days.max(0) / 7).unwrap_or(0);
                then.weeks_looked_after_since_14 = a.weeks_looked_after_since_14.saturating_add(grown);
                then.looked_after_now = day < eighteen;
            }
            then
        };
        for item in o.items.iter().filter(|i| i.kind != Kind::Status && i.id != "apprenticeship_bursary") {
            if let Some(from) = item.from.filter(|_| item.when == Some(When::Later)) {
                let then = evaluate(&weeks_then(from), from);
                let same = then.items.iter().find(|i| i.kind == item.kind && i.id == item.id);
                assert!(same.is_some_and(Item::is_open_now), "{} not open on {from} ({:?})", item.id, a);
            }
            if let Some(until) = item.until.filter(|_| item.is_open_now()) {
                let Some(next) = until.add_days(1) else { continue };
                let then = evaluate(&weeks_then(next), next);
                let same = then.items.iter().find(|i| i.kind == item.kind && i.id == item.id);
                assert!(
                    !same.is_some_and(Item::is_open_now),
                    "{} still open on {next} (on {}, {:?})",
                    item.id,
                    o.on,
                    a
                );
            }
        }
    }
}

#[test]
fn staying_put_ends_at_21_unless_a_course_carries_it_on_to_a_day_not_known() {
    let mut a = answers(Date::ymd(2008, 3, 1));
    a.kent_care_leaver = true;
    a.weeks_looked_after_since_14 = 60;
    a.looked_after_since_16 = true;
    a.looked_after_on_18th_birthday = true;
    a.living_with_foster_carer = true;
    let on = Date::ymd(2026, 11, 28);
    let staying_put = |a: &CareLeaverAnswers| {
        let o = evaluate(a, on);
        let item = o.item(Kind::Accommodation, "staying_put").unwrap().clone();
        (item.is_open_now(), item.until)
    };
    assert_eq!(staying_put(&a), (true, Some(Date::ymd(2029, 2, 28))), "the day before the 21st birthday");
    a.in_education_or_training = true;
    assert_eq!(staying_put(&a), (true, None), "not the day before 25: the course's end is not known");
}

#[test]
fn status_boundaries_follow_the_birthdays() {
    let born = Date::ymd(2008, 2, 29);
    let mut a = answers(born);
    a.weeks_looked_after_since_14 = 20;
    a.looked_after_since_16 = true;
    assert_eq!(evaluate(&a, Date::ymd(2026, 2, 28)).status(), Some("relevant"));
    assert_eq!(evaluate(&a, Date::ymd(2026, 3, 1)).status(), Some("former_relevant"));
    assert_eq!(evaluate(&a, Date::ymd(2033, 2, 28)).status(), Some("former_relevant"));
    assert_eq!(evaluate(&a, Date::ymd(2033, 3, 1)).status(), Some("beyond_age"));
}

/// A 17-year-old in Kent's care, eligible, with the immigration status given.
fn seventeen_in_care(status: ImmigrationStatus) -> CareLeaverAnswers {
    let mut a = answers(Date::ymd(2009, 1, 15));
    a.kent_care_leaver = true;
    a.looked_after_now = true;
    a.weeks_looked_after_since_14 = 80;
    a.looked_after_since_16 = true;
    a.looked_after_on_18th_birthday = true;
    a.unaccompanied_asylum_seeking = true;
    a.immigration_status = status;
    a
}

/// Closed to someone with no public funds, the Universal Credit item's
/// sentence says how the claim works, never "for you, from" a day that
/// will not come for them (Housing Act 1996 ss160ZA, 185; DOMAIN,
/// "Universal Credit"); the day is the timeline's.
#[test]
fn universal_credit_closed_for_immigration_status_is_not_said_to_be_for_you() {
    let on = Date::ymd(2027, 1, 14);
    for status in [ImmigrationStatus::LeaveNoPublicFunds, ImmigrationStatus::Pending, ImmigrationStatus::None] {
        let o = evaluate(&seventeen_in_care(status), on);
        let uc = o.item(Kind::Entitlement, "universal_credit_early_claim").unwrap();
        assert_eq!(uc.when, Some(When::NotAvailable), "{status:?}");
        assert_eq!(uc.because, ["universal_credit_from_one_month_before_18", "closed_no_public_funds"], "{status:?}");
        let text = item_sentence(uc.because[0], uc, &o).unwrap();
        assert!(!text.contains("for you") && !text.contains("December 2026"), "{status:?}: {text}");
    }
    let o = evaluate(&seventeen_in_care(ImmigrationStatus::Settled), on);
    assert!(o.item(Kind::Entitlement, "universal_credit_early_claim").unwrap().is_open_now());
    assert!(o.timeline.iter().any(|e| e.event == "universal_credit_early_claim" && e.date == Date::ymd(2026, 12, 15)));
}

/// Leave with no recourse to public funds: the Essential Living Allowance
/// caution is there on the eve of the 18th birthday, telling them to ask
/// before 18, and on the day itself in the words for a former relevant care
/// leaver (KCC minute on 19/00014; DOMAIN, "Immigration status").
#[test]
fn the_essential_living_allowance_caution_comes_before_18_with_no_recourse_leave() {
    let a = seventeen_in_care(ImmigrationStatus::LeaveNoPublicFunds);
    let rule = |on: Date| {
        let o = evaluate(&a, on);
        let item = o.item(Kind::Caution, "essential_living_allowance").cloned();
        item.map(|i| (i.because[0], item_sentence(i.because[0], &i, &o).unwrap_or_default()))
    };
    let (eve, text) = rule(Date::ymd(2027, 1, 14)).unwrap();
    assert_eq!(eve, "essential_living_allowance_ask_before_18");
    assert!(text.contains("From 15 January 2027") && text.contains("ask your personal adviser before then"), "{text}");
    assert_eq!(rule(Date::ymd(2027, 1, 15)).unwrap().0, "essential_living_allowance_ask_no_public_funds");
    // Not Kent's: Kent's allowance is not theirs to ask about.
    let mut other = a;
    other.kent_care_leaver = false;
    assert!(evaluate(&other, Date::ymd(2027, 1, 14)).item(Kind::Caution, "essential_living_allowance").is_none());
    // Settled: no caution at all.
    let settled = seventeen_in_care(ImmigrationStatus::Settled);
    assert!(evaluate(&settled, Date::ymd(2027, 1, 14)).item(Kind::Caution, "essential_living_allowance").is_none());
}

/// On-site support is for 16 and 17-year-olds, and Kent's contract for it
/// ends on 31 March 2028 (Sufficiency Strategy, Appendix 1). Its end
/// concerns someone who can still have it that day: a young person whose
/// 18th birthday is 1 April 2028 (their last day of it is 31 March), not
/// one whose 18th birthday is the day before (the December 2026 review:
/// a 17-year-old was told of the end of contracts she had aged out of).
#[test]
fn a_contracts_end_concerns_only_someone_who_can_still_have_it_that_day() {
    let on = Date::ymd(2026, 12, 7);
    let end = Date::ymd(2028, 3, 31);
    let concerned = |born: Date| {
        let mut a = seventeen_in_care(ImmigrationStatus::Settled);
        a.date_of_birth = born;
        a.unaccompanied_asylum_seeking = false;
        let o = evaluate(&a, on);
        let e = o.timeline.iter().find(|e| e.event == "contract_ends" && e.date == end).cloned();
        e.map(|e| o.concerns(&e))
    };
    // 18 on 1 April 2028: on-site support until the contract's last day.
    assert_eq!(concerned(Date::ymd(2010, 4, 1)), Some(true));
    // 18 on 31 March 2028: their last day of it is 30 March.
    assert_eq!(concerned(Date::ymd(2010, 3, 31)), Some(false));
    // The review's 17-year-old, 18 on 10 February 2027.
    assert_eq!(concerned(Date::ymd(2009, 2, 10)), Some(false));
}
