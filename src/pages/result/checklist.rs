//! "What to bring and what to ask": a short checklist for the person's
//! next conversation (a care leaver's personal adviser or social worker, a
//! fostering visit, a special guardianship assessment, a first talk about
//! adoption), from the outcome's own item ids and the answers. Each line
//! says only what DOMAIN.md or the sources say; where they give no figure
//! (the Essential Living Allowance's amount), the line is a question.

use super::items::{app_section, para, title_id};
use crate::i18n::{t, tf};
use rules::Journey::{self, Adoption as A, CareLeaver as C, Fostering as F, Kinship as K};
use rules::{Answers, ImmigrationStatus, Kind, Outcome, When};
use yew::prelude::*;

/// The lines, per journey: one shows when its item is open now or later,
/// or an item open now or later gives its rule ("" for always; "-" when a
/// care leaver's immigration status is not settled); `true` for a thing to
/// have at hand, `false` for a question.
const LINES: &[(Journey, &str, &str, bool)] = &[
    (C, "", "prep.bring.id", true),
    (C, "-", "prep.bring.immigration", true),
    (C, "pathway_plan", "prep.bring.pathway_plan", true),
    (C, "-", "prep.ask.immigration_advice", false),
    (C, "pathway_plan", "prep.ask.pathway_plan", false),
    (C, "staying_put", "prep.ask.staying_put", false),
    (C, "universal_credit_early_claim", "prep.ask.universal_credit", false),
    (C, "setting_up_home_allowance", "prep.ask.setting_up_home", false),
    (C, "essential_living_allowance", "prep.ask.essential_living", false),
    (C, "higher_education_bursary", "prep.ask.study_money", false),
    (C, "apprenticeship_bursary", "prep.ask.study_money", false),
    (C, "bursary_16_19", "prep.ask.study_money", false),
    (F, "", "fostering.prep.bring.addresses", true),
    (F, "", "fostering.prep.bring.work", true),
    (F, "", "fostering.prep.bring.references", true),
    (F, "", "fostering.prep.ask.how_long", false),
    (F, "", "fostering.prep.ask.type", false),
    (K, "", "kinship.prep.bring.papers", true),
    (K, "special_guardianship_allowance", "kinship.prep.ask.allowance", false),
    (K, "connected_person_temporary_approval", "kinship.prep.ask.approval", false),
    (K, "adoption_and_special_guardianship_support_fund", "kinship.prep.ask.fund", false),
    // Which council supports a special guardian (reg 5): a rule id, since
    // only a move from the council that looked after the child has it.
    (K, "sgo_financial_support_stays", "kinship.prep.ask.handover", false),
    (K, "pilot_or_special_guardianship_allowance", "kinship.prep.ask.pilot_or_allowance", false),
    (A, "", "adoption.prep.ask.how_long", false),
    (A, "adoption_and_special_guardianship_support_fund", "kinship.prep.ask.fund", false),
];

/// The checklist's lines: the intro, what to bring, what to ask. Empty
/// when there is no next conversation to prepare (someone not yet 16 or
/// past 25, or an applicant something stops now).
pub fn lines(answers: &Answers, outcome: &Outcome) -> (String, Vec<String>, Vec<String>) {
    let journey = outcome.journey;
    let has = |id: &str| {
        outcome.items.iter().any(|i| {
            (i.id == id || i.because.contains(&id)) && i.kind != Kind::Status && i.when != Some(When::NotAvailable)
        })
    };
    if outcome.items.iter().any(|i| i.kind == Kind::Blocker)
        || matches!(outcome.status(), Some("not_yet" | "beyond_age"))
    {
        return Default::default();
    }
    let unsettled = matches!(answers, Answers::CareLeaver(a) if a.immigration_status != ImmigrationStatus::Settled);
    let (mut bring, mut ask) = (Vec::new(), Vec::new());
    // A care leaver meets their personal adviser, or their social worker
    // until Kent gives them one (at 17 and a half).
    let mut intro = [journey.as_str(), ".prep.intro"].concat();
    if journey == C {
        let adviser = outcome.items.iter().any(|i| i.id == "personal_adviser" && i.is_open_now());
        intro = if adviser { "prep.intro.adviser" } else { "prep.intro.social_worker" }.into();
        // A place whose contract was due to end, for someone who lives
        // there (the one such place the person's answers say they use):
        // ask whether Kent still uses it. The others take no one new, so
        // asking about them would send a young person after a place that
        // is not there.
        let lives_there =
            matches!(answers, Answers::CareLeaver(a) if a.in_shared_accommodation_since_before_2023_11_13);
        let shared =
            outcome.items.iter().find(|i| i.id == "shared_accommodation" && i.reason == Some("contract_ended"));
        if let Some(item) = shared.filter(|_| lives_there) {
            ask.push(tf("prep.ask.contract", &[("list", t(&title_id(item)).into_owned())]));
        }
        if !adviser && has("personal_adviser") {
            ask.push(t("prep.ask.personal_adviser").into_owned());
        }
    }
    for (_, _, id, at_hand) in LINES
        .iter()
        .filter(|(j, item, ..)| *j == journey && (item.is_empty() || *item == "-" && unsettled || has(item)))
    {
        let words = t(id).into_owned();
        let list = if *at_hand { &mut bring } else { &mut ask };
        if !list.contains(&words) {
            list.push(words);
        }
    }
    (t(&intro).into_owned(), bring, ask)
}

/// The checklist section, after "What to do next".
pub fn checklist(answers: &Answers, outcome: &Outcome) -> Html {
    let (intro, bring, ask) = lines(answers, outcome);
    if bring.is_empty() && ask.is_empty() {
        return Html::default();
    }
    let parts =
        [("prep.bring", bring), ("prep.ask", ask)].into_iter().filter(|(_, l)| !l.is_empty()).map(|(id, lines)| {
            html! {
                <>
                    <h3 class="govuk-heading-s">{ t(id) }</h3>
                    { super::items::bullets(lines) }
                </>
            }
        });
    app_section(Some("checklist".into()), t("prep.title").into(), html! { <>{ para(intro.into()) }{ for parts }</> })
}

#[cfg(test)]
mod tests {
    use super::*;

    const P1: &str = r#"{"journey":"care_leaver","on":"2026-12-01","answers":{"date_of_birth":"2009-02-02","looked_after_now":true,"weeks_looked_after_since_14":30,"looked_after_since_16":true,"looked_after_on_18th_birthday":false,"special_guardianship_from_care":false,"privately_fostered":false,"in_education_or_training":true,"in_higher_education":false,"starting_apprenticeship":false,"living_with_foster_carer":false,"kent_care_leaver":true,"immigration_status":"pending","unaccompanied_asylum_seeking":true,"in_shared_accommodation_since_before_2023_11_13":false,"disabled":false,"special_educational_needs":false,"care_act_eligible_needs":false}}"#;
    const P2: &str = r#"{"journey":"care_leaver","on":"2026-12-07","answers":{"date_of_birth":"2007-08-25","looked_after_now":false,"weeks_looked_after_since_14":90,"looked_after_since_16":true,"looked_after_on_18th_birthday":true,"special_guardianship_from_care":false,"privately_fostered":false,"in_education_or_training":true,"in_higher_education":false,"starting_apprenticeship":false,"living_with_foster_carer":false,"kent_care_leaver":true,"immigration_status":"settled","unaccompanied_asylum_seeking":false,"in_shared_accommodation_since_before_2023_11_13":false,"disabled":false,"special_educational_needs":false,"care_act_eligible_needs":false}}"#;
    const P3: &str = r#"{"journey":"fostering","on":"2026-12-07","answers":{"carer_date_of_birth":"1983-05-05","lives_in_kent_or_medway":true,"spare_bedroom":true,"household_specified_offence":false,"relationship":"non_related","connected_person_training_completed":false,"skills_level":"foundation","children":[{"age":6,"disability":"none"}]}}"#;

    const K1: &str = r#"{"journey":"kinship","on":"2026-12-07","answers":{"child_age":4,"child_looked_after_now":false,"child_previously_looked_after":true,"arrangement":"special_guardianship_order","arrangement_in_place":true,"lives_in":"kent","looked_after_by":"medway","order_made_on":"2025-10-07"}}"#;
    const K2: &str = r#"{"journey":"kinship","on":"2026-06-01","answers":{"child_age":12,"child_looked_after_now":false,"child_previously_looked_after":false,"arrangement":"special_guardianship_order","lives_in":"medway"}}"#;

    fn lines_of(json: &str) -> (String, Vec<String>, Vec<String>) {
        let Ok(rules::json::Input::One(s)) = rules::json::parse(json.as_bytes()) else { panic!("{json}") };
        lines(&s.answers, &rules::evaluate(&s))
    }

    #[test]
    fn a_care_leaver_waiting_for_an_asylum_decision_brings_immigration_papers() {
        let (intro, bring, ask) = lines_of(P1);
        assert_eq!(intro, t("prep.intro.adviser"));
        assert!(bring.contains(&t("prep.bring.immigration").into_owned()), "{bring:?}");
        assert!(ask.contains(&t("prep.ask.immigration_advice").into_owned()), "{ask:?}");
    }

    #[test]
    fn a_settled_care_leaver_is_not_sent_after_a_place_that_takes_no_one_new() {
        let (_, bring, ask) = lines_of(P2);
        assert!(!bring.contains(&t("prep.bring.immigration").into_owned()));
        assert!(bring.contains(&t("prep.bring.pathway_plan").into_owned()), "{bring:?}");
        assert!(!ask.iter().any(|l| l.contains("(Shared Accommodation)")), "{ask:?}");
        assert!(!ask.contains(&t("prep.ask.immigration_advice").into_owned()));
    }

    #[test]
    fn someone_living_in_shared_accommodation_asks_whether_kent_still_uses_it() {
        let (_, _, ask) = lines_of(&P2.replace(
            "\"in_shared_accommodation_since_before_2023_11_13\":false",
            "\"in_shared_accommodation_since_before_2023_11_13\":true",
        ));
        assert!(ask.iter().any(|l| l.contains("(Shared Accommodation)")), "{ask:?}");
    }

    #[test]
    fn a_fostering_applicant_brings_addresses_work_and_references() {
        let (intro, bring, ask) = lines_of(P3);
        assert_eq!(intro, t("fostering.prep.intro"));
        let want: Vec<String> =
            ["fostering.prep.bring.addresses", "fostering.prep.bring.work", "fostering.prep.bring.references"]
                .map(|id| t(id).into_owned())
                .to_vec();
        assert_eq!(bring, want);
        assert!(ask.contains(&t("fostering.prep.ask.how_long").into_owned()));
    }

    #[test]
    fn a_special_guardian_whose_council_will_change_asks_about_the_handover() {
        // Medway looked after the child; the family lives in Kent (reg 5).
        let (intro, _, ask) = lines_of(K1);
        assert_eq!(intro, t("kinship.prep.intro"));
        assert!(ask.contains(&t("kinship.prep.ask.handover").into_owned()), "{ask:?}");
        // Living in Medway, the council that looked after the child: no change to ask about.
        let (_, _, ask) = lines_of(&K1.replace(r#""lives_in":"kent""#, r#""lives_in":"medway""#));
        assert!(!ask.contains(&t("kinship.prep.ask.handover").into_owned()), "{ask:?}");
    }

    #[test]
    fn a_medway_special_guardian_asks_whether_to_take_the_pilot_or_the_allowance() {
        let (_, _, ask) = lines_of(K2);
        assert!(ask.contains(&t("kinship.prep.ask.pilot_or_allowance").into_owned()), "{ask:?}");
        // In Kent there is no pilot, so no choice to ask about.
        let (_, _, ask) = lines_of(&K2.replace("medway", "kent"));
        assert!(!ask.contains(&t("kinship.prep.ask.pilot_or_allowance").into_owned()), "{ask:?}");
    }
}
