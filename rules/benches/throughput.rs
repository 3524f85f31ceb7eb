//! Evaluations per second for each journey, natively: a benchmark that
//! prints figures, not a timed test. `cargo bench -p rules`.
//! The scenarios are the contract's worked examples' shapes.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use rules::*;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn scenarios() -> Vec<(&'static str, Scenario)> {
    let on = Date::ymd(2025, 9, 1);
    vec![
        (
            "fostering (3 children)",
            Scenario {
                on,
                answers: Answers::Fostering(FosteringAnswers {
                    carer_date_of_birth: Date::ymd(1985, 5, 5),
                    lives_in_kent_or_medway: true,
                    spare_bedroom: true,
                    household_specified_offence: false,
                    relationship: Relationship::NonRelated,
                    connected_person_training_completed: false,
                    skills_level: SkillsLevel::Skilled,
                    children: vec![
                        Child { age: 3, disability: Disability::None },
                        Child { age: 7, disability: Disability::Standard },
                        Child { age: 15, disability: Disability::None },
                    ],
                }),
            },
        ),
        (
            "kinship",
            Scenario {
                on,
                answers: Answers::Kinship(KinshipAnswers {
                    child_age: 6,
                    child_looked_after_now: false,
                    child_previously_looked_after: true,
                    arrangement: Arrangement::SpecialGuardianshipOrder,
                    lives_in: LivesIn::Kent,
                    carer_is_close_relative: false,
                    arrangement_in_place: true,
                    looked_after_by: Some(LookedAfterBy::Kent),
                    order_made_on: Some(Date::ymd(2024, 2, 29)),
                }),
            },
        ),
        (
            "care_leaver",
            Scenario {
                on,
                answers: Answers::CareLeaver(CareLeaverAnswers {
                    date_of_birth: Date::ymd(2006, 5, 10),
                    looked_after_now: false,
                    weeks_looked_after_since_14: 40,
                    looked_after_since_16: true,
                    looked_after_on_18th_birthday: true,
                    special_guardianship_from_care: false,
                    privately_fostered: false,
                    in_education_or_training: true,
                    in_higher_education: false,
                    starting_apprenticeship: false,
                    living_with_foster_carer: true,
                    kent_care_leaver: true,
                    immigration_status: ImmigrationStatus::Settled,
                    unaccompanied_asylum_seeking: false,
                    in_shared_accommodation_since_before_2023_11_13: false,
                    disabled: false,
                    special_educational_needs: false,
                    care_act_eligible_needs: false,
                }),
            },
        ),
        (
            "adoption",
            Scenario {
                on,
                answers: Answers::Adoption(AdoptionAnswers {
                    date_of_birth: Date::ymd(1988, 4, 12),
                    partner: Some(Partner { date_of_birth: Date::ymd(1990, 9, 30), months_habitually_resident: 300 }),
                    domiciled_in_british_islands: true,
                    months_habitually_resident: 400,
                    household_specified_offence: false,
                }),
            },
        ),
    ]
}

fn main() {
    println!("{:<24} {:>14} {:>12}", "journey", "evals/second", "µs/eval");
    for (name, s) in scenarios() {
        // Warm up, then run for about a second.
        for _ in 0..1_000 {
            black_box(evaluate(black_box(&s)));
        }
        let start = Instant::now();
        let mut n = 0u64;
        while start.elapsed() < Duration::from_secs(1) {
            for _ in 0..1_000 {
                black_box(evaluate(black_box(&s)));
            }
            n += 1_000;
        }
        // Integer arithmetic only: this crate has no floats, even here.
        let nanos = start.elapsed().as_nanos().max(1);
        let per_second = u128::from(n) * 1_000_000_000 / nanos;
        let ns_per_eval = nanos / u128::from(n.max(1));
        println!("{:<24} {:>14} {:>9}.{:03}", name, per_second, ns_per_eval / 1000, ns_per_eval % 1000);
    }
}
