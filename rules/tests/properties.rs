//! Properties over random answers (PROPTEST_CASES, 10,000 in the test
//! command): evaluation never panics; every item explains itself with rules
//! that have sentences and sources that exist; no amount is below zero;
//! yearly pay is exactly weekly times 52; age never goes down as the date
//! moves on.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use proptest::prelude::*;
use rules::*;

fn date_strategy(from: i32, to: i32) -> impl Strategy<Value = Date> {
    (Date::ymd(from, 1, 1).to_days()..=Date::ymd(to, 12, 31).to_days())
        .prop_map(|d| Date::from_days(d).expect("in range"))
}

fn child() -> impl Strategy<Value = Child> {
    (0u8..=17, prop::sample::select(Disability::ALL)).prop_map(|(age, disability)| Child { age, disability })
}

fn fostering() -> impl Strategy<Value = Answers> {
    (
        date_strategy(1920, 2015),
        any::<[bool; 5]>(),
        prop::sample::select(Relationship::ALL),
        prop::sample::select(SkillsLevel::ALL),
        prop::collection::vec(child(), 1..=10),
    )
        .prop_map(|(dob, b, relationship, skills_level, children)| {
            Answers::Fostering(FosteringAnswers {
                carer_date_of_birth: dob,
                lives_in_kent_or_medway: b[0],
                spare_bedroom: b[1],
                household_specified_offence: b[2],
                relationship,
                connected_person_training_completed: b[3],
                skills_level,
                children,
            })
        })
}

fn kinship() -> impl Strategy<Value = Answers> {
    (
        0u8..=17,
        any::<[bool; 4]>(),
        prop::sample::select(Arrangement::ALL),
        prop::sample::select(LivesIn::ALL),
        prop::option::of(prop::sample::select(LookedAfterBy::ALL)),
        prop::option::of(date_strategy(2005, 2026)),
    )
        .prop_map(|(child_age, b, arrangement, lives_in, looked_after_by, order_made_on)| {
            Answers::Kinship(KinshipAnswers {
                child_age,
                child_looked_after_now: b[0],
                child_previously_looked_after: b[1],
                arrangement,
                lives_in,
                carer_is_close_relative: b[2],
                arrangement_in_place: b[3],
                looked_after_by,
                order_made_on,
            })
        })
}

fn care_leaver() -> impl Strategy<Value = Answers> {
    (date_strategy(1995, 2026), 0u16..=600, any::<[bool; 16]>(), prop::sample::select(ImmigrationStatus::ALL)).prop_map(
        |(dob, weeks, b, immigration_status)| {
            Answers::CareLeaver(CareLeaverAnswers {
                date_of_birth: dob,
                looked_after_now: b[0],
                weeks_looked_after_since_14: weeks,
                looked_after_since_16: b[1],
                looked_after_on_18th_birthday: b[2],
                special_guardianship_from_care: b[3],
                privately_fostered: b[4],
                in_education_or_training: b[5],
                in_higher_education: b[6],
                starting_apprenticeship: b[7],
                living_with_foster_carer: b[8],
                kent_care_leaver: b[9],
                immigration_status,
                unaccompanied_asylum_seeking: b[10],
                in_shared_accommodation_since_before_2023_11_13: b[11],
                disabled: b[12],
                special_educational_needs: b[13],
                care_act_eligible_needs: b[14],
            })
        },
    )
}

fn adoption() -> impl Strategy<Value = Answers> {
    (
        date_strategy(1930, 2020),
        prop::option::of((date_strategy(1930, 2020), 0u16..=1500)),
        any::<[bool; 2]>(),
        0u16..=1500,
    )
        .prop_map(|(dob, partner, b, months)| {
            Answers::Adoption(AdoptionAnswers {
                date_of_birth: dob,
                partner: partner.map(|(date_of_birth, months_habitually_resident)| Partner {
                    date_of_birth,
                    months_habitually_resident,
                }),
                domiciled_in_british_islands: b[0],
                months_habitually_resident: months,
                household_specified_offence: b[1],
            })
        })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    (prop_oneof![fostering(), kinship(), care_leaver(), adoption()], date_strategy(2020, 2030))
        .prop_map(|(answers, on)| Scenario { on, answers })
}

proptest! {
    #[test]
    fn every_result_explains_itself_and_no_amount_is_negative(s in scenario()) {
        let o = evaluate(&s);
        prop_assert_eq!(o.journey, s.answers.journey());
        prop_assert!(!o.items.is_empty(), "no items");
        for item in &o.items {
            prop_assert!(!item.because.is_empty(), "{} has no because", item.id);
            prop_assert!(!item.sources.is_empty(), "{} has no sources", item.id);
            for rule in &item.because {
                prop_assert!(explain::template(rule).is_some(), "rule {} has no sentence", rule);
                let text = explain::item_sentence(rule, item, &o).unwrap_or_default();
                prop_assert!(!text.contains('{'), "rule {} left a placeholder: {}", rule, text);
            }
            for src in &item.sources {
                prop_assert!(params::source(src).is_some(), "source {} is not listed", src);
            }
            if let Some(a) = item.amount {
                prop_assert!(a >= Money::ZERO, "{} is below zero", item.id);
            }
            for (_, part) in &item.parts {
                prop_assert!(*part >= Money::ZERO, "a part of {} is below zero", item.id);
            }
        }
        let statuses = o.items.iter().filter(|i| i.kind == Kind::Status).count();
        if s.answers.journey() != Journey::Kinship {
            prop_assert_eq!(statuses, 1, "exactly one status");
        }
    }

    #[test]
    fn yearly_pay_is_exactly_weekly_times_52(answers in fostering(), on in date_strategy(2020, 2030)) {
        let o = evaluate(&Scenario { on, answers });
        let weekly = o.item(Kind::Total, "weekly").and_then(|i| i.amount).expect("weekly");
        let yearly = o.item(Kind::Total, "yearly").and_then(|i| i.amount).expect("yearly");
        prop_assert_eq!(weekly.checked_times(52), Some(yearly));
        let sum = o.items.iter().filter(|i| i.kind == Kind::Payment).filter_map(|i| i.amount).try_fold(Money::ZERO, Money::checked_add);
        prop_assert_eq!(sum, Some(weekly));
    }

    #[test]
    fn age_never_goes_down_as_the_date_moves_on(born in date_strategy(1900, 2100), a in 0i64..50_000, b in 0i64..50_000) {
        let (early, late) = (a.min(b), a.max(b));
        let on1 = born.add_days(early).expect("date");
        let on2 = born.add_days(late).expect("date");
        prop_assert!(born.age_on(on1) <= born.age_on(on2));
    }
}
