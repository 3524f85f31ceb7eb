//! Could I adopt? The basic legal conditions, what the regional adoption
//! agency offers at each stage, and how long the stages usually take.
//!
//! Policy, with sources (see the parameters for every figure):
//! - An adopter must be 21 or over; there is no upper age limit (Adoption
//!   and Children Act 2002 ss50-51). For a couple, both must be.
//! - At least one applicant must be domiciled in the British Islands, or
//!   every applicant must have been habitually resident there for at least
//!   1 year (s49). The answers count whole months, so 12 months meets it.
//! - A caution or conviction of anyone in the household for a specified
//!   offence against a child, or certain sexual offences, bars approval.
//! - Kent adopts through Adoption Partnership South East, the regional
//!   adoption agency for Kent, Medway and Bexley. Its offer, stage by stage,
//!   is as the Corporate Parenting Annual Report 2023-24 lists it: preparing
//!   and assessing adopters, support while waiting and matching, early
//!   permanence, an assessment of need and the Adoption and Special
//!   Guardianship Support Fund after placement, education support through
//!   the virtual school, support groups, and an independent service for
//!   birth relatives. These are shown whatever the status: they describe
//!   the service.
//! - Stage 1 (checks and training) usually takes about 2 months, and stage 2
//!   (the assessment) about 4; stage 2 can start up to 6 months after
//!   stage 1 ends (DOMAIN.md section 5).

use crate::answers::AdoptionAnswers;
use crate::outcome::Fact;
use crate::params;
use crate::{Date, Item, Journey, Kind, Outcome, Period};

use super::Ctx;

/// This journey's rule ids. Each one's sentence is the message
/// `rule.<id>` in `src/i18n/en.txt` (`crate::explain`).
pub static RULES: &[&str] = &[
    "applicant_21_or_over",
    "applicant_under_21",
    "partner_21_or_over",
    "partner_under_21",
    "domiciled_in_british_islands",
    "habitually_resident_long_enough",
    "not_domiciled_in_british_islands",
    "applicant_resident_too_short",
    "partner_resident_too_short",
    "adoption_no_specified_offence",
    "adoption_specified_offence_bars",
    "apse_preparation_and_assessment",
    "apse_support_while_waiting_and_matching",
    "apse_early_permanence",
    "apse_assessment_of_need",
    "apse_asgsf_after_placement",
    "apse_virtual_school",
    "apse_support_groups",
    "apse_birth_relatives_service",
    "adoption_stage_1",
    "adoption_stage_2",
];

/// Evaluates the adoption journey.
pub fn evaluate(a: &AdoptionAnswers, on: Date) -> Outcome {
    let mut ctx = Ctx::new(on);
    let mut items = Vec::new();
    let mut blockers = Vec::new();
    let act = "adoption_and_children_act_2002";

    // The fund's table is the journey's main table whatever the answers.
    let asgsf = ctx.money(&params::ASGSF_FAIR_ACCESS_LIMIT);
    ctx.main_table(asgsf);

    // Age: 21 or over, both of a couple.
    let min_age = ctx.count(&params::ADOPTER_MIN_AGE);
    let applicant_age = a.date_of_birth.age_on(on).unwrap_or(0);
    ctx.fact("applicant_age", applicant_age);
    let mut because_ok = Vec::new();
    if applicant_age < min_age {
        let turns = a.date_of_birth.birthday(min_age);
        ctx.fact("applicant_turns_21", turns.map_or(Fact::Text(""), Fact::Date));
        let mut item = Item::new(Kind::Blocker, "applicant_under_21").because(&["applicant_under_21"]).sources(&[act]);
        item.from = turns;
        blockers.push(item);
    } else {
        because_ok.push("applicant_21_or_over");
    }
    if let Some(partner) = a.partner {
        let partner_age = partner.date_of_birth.age_on(on).unwrap_or(0);
        ctx.fact("partner_age", partner_age);
        if partner_age < min_age {
            let turns = partner.date_of_birth.birthday(min_age);
            ctx.fact("partner_turns_21", turns.map_or(Fact::Text(""), Fact::Date));
            let mut item = Item::new(Kind::Blocker, "partner_under_21").because(&["partner_under_21"]).sources(&[act]);
            item.from = turns;
            blockers.push(item);
        } else {
            because_ok.push("partner_21_or_over");
        }
    }

    // Residence: one applicant domiciled, or every applicant resident 12 months.
    let needed = ctx.count(&params::ADOPTION_RESIDENCE_MONTHS);
    ctx.fact("residence_months", needed);
    ctx.fact("months", a.months_habitually_resident);
    let months = [Some(a.months_habitually_resident), a.partner.map(|p| p.months_habitually_resident)];
    if let Some(p) = a.partner {
        ctx.fact("partner_months", p.months_habitually_resident);
    }
    let shortest = months.iter().flatten().map(|m| u32::from(*m)).min().unwrap_or(0);
    if a.domiciled_in_british_islands {
        because_ok.push("domiciled_in_british_islands");
    } else if shortest >= needed {
        because_ok.push("habitually_resident_long_enough");
    } else {
        let met_on = i32::try_from(needed - shortest).ok().and_then(|n| on.add_months(n));
        ctx.fact("residence_met_on", met_on.map_or(Fact::Text(""), Fact::Date));
        let mut because = vec!["not_domiciled_in_british_islands"];
        if u32::from(a.months_habitually_resident) < needed {
            because.push("applicant_resident_too_short");
        }
        if a.partner.is_some_and(|p| u32::from(p.months_habitually_resident) < needed) {
            because.push("partner_resident_too_short");
        }
        let mut item = Item::new(Kind::Blocker, "residence").because(&because).sources(&[act]);
        item.from = met_on;
        blockers.push(item);
    }

    // A specified offence in the household.
    if a.household_specified_offence {
        blockers.push(
            Item::new(Kind::Blocker, "specified_offence").because(&["adoption_specified_offence_bars"]).sources(&[act]),
        );
    } else {
        because_ok.push("adoption_no_specified_offence");
    }

    let status = if blockers.is_empty() {
        Item::new(Kind::Status, "likely_eligible").because(&because_ok).sources(&[act])
    } else {
        let because: Vec<&'static str> = blockers.iter().flat_map(|b| b.because.iter().copied()).collect();
        Item::new(Kind::Status, "not_eligible").because(&because).sources(&[act])
    };
    items.push(status);
    items.append(&mut blockers);

    // What Adoption Partnership South East offers, stage by stage.
    let report = "kent_corporate_parenting_2024";
    let support: [(&'static str, &'static str, &'static str); 8] = [
        ("preparation_and_assessment", "apse_preparation_and_assessment", "before_approval"),
        ("support_while_waiting_and_matching", "apse_support_while_waiting_and_matching", "waiting_and_matching"),
        ("early_permanence", "apse_early_permanence", "matching"),
        ("assessment_of_need", "apse_assessment_of_need", "after_placement"),
        ("adoption_and_special_guardianship_support_fund", "apse_asgsf_after_placement", "after_placement"),
        ("virtual_school_education_support", "apse_virtual_school", "after_placement"),
        ("support_groups", "apse_support_groups", "after_placement"),
        ("birth_relatives_service", "apse_birth_relatives_service", "birth_families"),
    ];
    for (id, rule, stage) in support {
        let mut item = Item::new(Kind::Support, id).because(&[rule]).sources(&[report]).fact("stage", stage);
        if id == "adoption_and_special_guardianship_support_fund" {
            item = item
                .amount(asgsf.amount, Period::Year)
                .cite(asgsf.cite())
                .sources(&["asgsf_guidance"])
                .fact("asgsf", asgsf.amount);
            item.estimate = asgsf.estimate;
            // The fair access limit is a cap (DOMAIN 3.3).
            item.up_to = true;
        }
        items.push(item);
    }

    // The two stages of becoming an adopter.
    let stage_1 = ctx.count(&params::ADOPTION_STAGE_1_MONTHS);
    let stage_2 = ctx.count(&params::ADOPTION_STAGE_2_MONTHS);
    let start_within = ctx.count(&params::ADOPTION_STAGE_2_START_WITHIN_MONTHS);
    items.push(
        Item::new(Kind::Step, "stage_1")
            .because(&["adoption_stage_1"])
            .cite(ctx.cite(&params::ADOPTION_STAGE_1_MONTHS))
            .fact("months", stage_1),
    );
    items.push(
        Item::new(Kind::Step, "stage_2")
            .because(&["adoption_stage_2"])
            .cite(ctx.cite(&params::ADOPTION_STAGE_2_MONTHS))
            .cite(ctx.cite(&params::ADOPTION_STAGE_2_START_WITHIN_MONTHS))
            .fact("months", stage_2)
            .fact("start_within_months", start_within),
    );

    ctx.finish(Journey::Adoption, items, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Partner;

    fn answers(
        born: Date,
        partner: Option<(Date, u16)>,
        domiciled: bool,
        months: u16,
        offence: bool,
    ) -> AdoptionAnswers {
        AdoptionAnswers {
            date_of_birth: born,
            partner: partner.map(|(date_of_birth, months_habitually_resident)| Partner {
                date_of_birth,
                months_habitually_resident,
            }),
            domiciled_in_british_islands: domiciled,
            months_habitually_resident: months,
            household_specified_offence: offence,
        }
    }

    #[test]
    fn every_rule_used_has_a_filled_sentence() {
        let on = Date::ymd(2025, 9, 1);
        let young = Date::ymd(2006, 1, 1);
        let old = Date::ymd(1980, 1, 1);
        for a in [
            answers(old, None, true, 0, false),
            answers(young, Some((young, 3)), false, 3, true),
            answers(old, Some((old, 40)), false, 40, false),
            answers(old, Some((old, 5)), false, 40, false),
        ] {
            let o = evaluate(&a, on);
            for item in &o.items {
                for rule in &item.because {
                    let text = crate::explain::item_sentence(rule, item, &o)
                        .unwrap_or_else(|| panic!("no sentence for {rule}"));
                    assert!(!text.contains('{'), "{rule}: unfilled placeholder in {text}");
                }
                for s in &item.sources {
                    assert!(params::source(s).is_some(), "unknown source {s}");
                }
            }
        }
    }

    #[test]
    fn dates_in_the_sentences_read_as_words() {
        let on = Date::ymd(2025, 9, 1);
        let young = Date::ymd(2005, 12, 10);
        let o = evaluate(&answers(young, Some((Date::ymd(2006, 2, 28), 3)), false, 3, false), on);
        let sentence = |kind, id, rule| {
            let item = o.item(kind, id).unwrap();
            crate::explain::item_sentence(rule, item, &o).unwrap()
        };
        assert!(sentence(Kind::Blocker, "applicant_under_21", "applicant_under_21").contains("10 December 2026"));
        assert!(sentence(Kind::Blocker, "partner_under_21", "partner_under_21").contains("28 February 2027"));
        assert!(sentence(Kind::Blocker, "residence", "applicant_resident_too_short").contains("1 June 2026"));
    }

    #[test]
    fn residence_is_met_once_the_shortest_stay_reaches_twelve_months() {
        let on = Date::ymd(2025, 9, 1);
        let o = evaluate(&answers(Date::ymd(1980, 1, 1), Some((Date::ymd(1980, 1, 1), 7)), false, 40, false), on);
        let blocker = o.item(Kind::Blocker, "residence").unwrap();
        assert_eq!(blocker.from, Some(Date::ymd(2026, 2, 1)));
        assert_eq!(o.rates.as_of, Date::ymd(2025, 4, 1));
    }
}
