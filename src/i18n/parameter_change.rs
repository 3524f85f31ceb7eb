//! One changed parameter reaches everything (issue 18, item 3).
//!
//! `scripts/test-parameter-change` builds the planner from a copy of
//! `rules/params` in which Staying Put lasts until 22, not 21, and runs
//! this test, which checks that the rule, the timeline, the rates page and
//! the words in every language all say 22. With the real data it is
//! ignored: the figure it expects is not the real one.

use super::*;
use rules::params::Value;
use rules::{Answers, CareLeaverAnswers, ImmigrationStatus, Kind, Scenario};

/// The Staying Put age in the script's copy of the data.
const CHANGED: u32 = 22;
/// The age in the real data, which nothing may still say.
const REAL: u32 = 21;

/// A care leaver who lives with their foster carer, as at `on`.
fn staying_put(on: Date) -> rules::Outcome {
    let answers = CareLeaverAnswers {
        date_of_birth: Date::ymd(2004, 6, 15),
        looked_after_now: false,
        weeks_looked_after_since_14: 200,
        looked_after_since_16: true,
        looked_after_on_18th_birthday: true,
        special_guardianship_from_care: false,
        privately_fostered: false,
        in_education_or_training: false,
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
    };
    rules::evaluate(&Scenario { on, answers: Answers::CareLeaver(answers) })
}

/// The whole numbers in a text, whatever digits it writes them in.
fn numbers(text: &str) -> Vec<u32> {
    normalise_digits(text).split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect()
}

#[test]
#[ignore = "scripts/test-parameter-change runs it, with a copy of rules/params where Staying Put lasts until 22"]
fn one_changed_parameter_reaches_the_rule_the_timeline_the_rates_page_and_every_language() {
    // The data: the copy says 22.
    let param = rules::params::named("staying_put_end_age").expect("staying_put_end_age");
    assert_eq!(param.values.last().map(|d| d.value), Some(Value::Age(CHANGED)), "run scripts/test-parameter-change");

    // The rule: Staying Put is open the day before the 22nd birthday, not on it.
    let (eve, day) = (Date::ymd(2026, 6, 14), Date::ymd(2026, 6, 15));
    let open = |o: &rules::Outcome| o.item(Kind::Entitlement, "staying_put").is_some_and(rules::Item::is_open_now);
    let before = staying_put(eve);
    assert!(open(&before), "Staying Put is open on the eve of the 22nd birthday");
    assert!(!open(&staying_put(day)), "Staying Put has ended on the 22nd birthday");

    // The timeline: it ends on the 22nd birthday.
    let ends = before.timeline.iter().find(|e| e.event == "staying_put_ends").map(|e| e.date);
    assert_eq!(ends, Some(day));

    // The rates page: the value in force, as its table shows it, and its CSV row.
    let shown = param.at(eve).map(|f| crate::pages::rates::value_text(f.value)).unwrap_or_default();
    assert_eq!(numbers(&shown), [CHANGED], "the rates page shows {shown}");
    let row = crate::pages::rates::csv().lines().find(|l| l.starts_with("staying_put_end_age,")).map(str::to_owned);
    assert!(row.as_deref().is_some_and(|r| r.contains(",22,years,")), "the rates page's CSV row: {row:?}");

    // The words, in every language: each message that names the age.
    let item = before.item(Kind::Entitlement, "staying_put").expect("the Staying Put item");
    let ids: Vec<&str> =
        english_ids().filter(|id| en::en(id).is_some_and(|w| w.contains("{staying_put_end_age}"))).collect();
    assert!(ids.len() >= 2, "the Staying Put words name the parameter, not a figure: {ids:?}");
    set_date(eve);
    for l in LANGUAGES {
        let locale = (l.code != "en").then(|| {
            let path = format!("{}/locales/{}.txt", env!("CARGO_MANIFEST_DIR"), l.code);
            locale::keep(l.code, std::fs::read_to_string(path).expect("the language's file"))
        });
        choose(locale);
        for id in &ids {
            let words = match id.strip_prefix("rule.") {
                Some(rule) => rule_sentence(rule, item, &before).unwrap_or_default(),
                None => tf(id, &[]),
            };
            let found = numbers(&words);
            assert!(found.contains(&CHANGED), "{}: {id} does not say {CHANGED}: {words}", l.code);
            assert!(!found.contains(&REAL), "{}: {id} still says {REAL}: {words}", l.code);
        }
    }
    choose(None);
}
