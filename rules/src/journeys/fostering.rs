//! Could I foster? Eligibility, Kent's weekly payments, and tax relief.
//!
//! Policy, with sources (see the parameters for every figure):
//! - Kent foster carers must be 18 or over, live in Kent or Medway and have
//!   a spare bedroom; a child under 2 may sleep in a cot in the carers'
//!   room (Kent Fostering, "could you foster?"). Where a foster carer lives
//!   and the spare bedroom bar only a non-related applicant: the council
//!   that looks after a child assesses the child's relatives and friends
//!   wherever they live (Kent's kinship team supports carers of Kent
//!   children throughout the country: Corporate Parenting Annual Report
//!   2023-24; a connected person's temporary approval has no residence
//!   condition: Care Planning, Placement and Case Review (England)
//!   Regulations 2010 reg 24), and the assessment looks at the space. For
//!   a connected person they are cautions instead (CONTRACT.md, fostering).
//! - A specified offence by anyone in the household bars a non-related
//!   applicant (Fostering Services (England) Regulations 2011 reg 26 and
//!   Sch 4). A relative of the child, or someone already fostering them,
//!   may be approved despite some offences, so for a connected person the
//!   assessment decides (CONTRACT.md, "Fostering").
//! - Kent pays each child's maintenance (by age band: under 2, 2-4, 5-10,
//!   11-15, 16+), a reward for a non-related or trained connected carer (by
//!   age band: 0-8, 9-18), any disability enhancement, and Payment for
//!   Skills at the Skilled and Advanced levels. A connected person who has
//!   not completed the training gets maintenance and any disability
//!   enhancement only (KCC decision 25/00010, rates from 1 April 2025).
//! - Qualifying care relief: receipts up to the household's fixed amount
//!   plus a weekly amount per child for each week of care in the tax year
//!   are tax free (ITTOIA 2005 ss803-811). A week runs Monday to Sunday and
//!   one that straddles 5/6 April counts in the earlier year, so the weeks
//!   of a tax year are its Mondays: 52 in 2024-25 and in 2025-26, 53 in
//!   2026-27. The 2026-27 amounts are estimates (DOMAIN 1.3).
//! - A line is an estimate when the figure it rests on is uncertain or its
//!   table does not cover the date (Kent's 2025-26 table ended on 31 March
//!   2026: the latest figures stand in): a payment on Kent's figures, the
//!   totals on the payments, the tax-free limit on the relief's figures,
//!   and the taxable amount on both.

use super::{band, read, Ctx};
use crate::answers::{Disability, FosteringAnswers, Relationship, SkillsLevel};
use crate::params;
use crate::{Date, Item, Journey, Kind, Money, Outcome, Period};

/// Whether Kent pays this carer its reward and Payment for Skills: every
/// carer but a family and friends (connected person) carer who has not
/// completed the training, who gets maintenance and any disability
/// payment only (Kent's payment scheme; see the module's notes). The web
/// form asks the skills level only of a carer this is true for.
pub fn trained(relationship: Relationship, training_completed: bool) -> bool {
    relationship != Relationship::ConnectedPerson || training_completed
}

/// This journey's rule ids. Each one's sentence is the message
/// `rule.<id>` in `src/i18n/en.txt` (`crate::explain`).
pub static RULES: &[&str] = &[
    "carer_age_18_or_over",
    "carer_under_18",
    "lives_in_kent_or_medway",
    "outside_kent_or_medway",
    "connected_person_outside_kent",
    "spare_bedroom",
    "connected_person_no_spare_bedroom",
    "no_spare_bedroom",
    "cot_for_children_under_2",
    "no_specified_offence",
    "specified_offence_bars_fostering",
    "specified_offence_connected_person",
    "kcc_maintenance_by_age",
    "kcc_reward_by_age",
    "no_reward_connected_person_untrained",
    "kcc_disability_enhancement",
    "kcc_payment_for_skills",
    "weekly_total_is_sum_of_children",
    "yearly_is_weekly_times_52",
    "qualifying_care_relief",
    "taxable_is_above_the_limit",
    "nma_comparison",
    "fostering_types_for_everyone",
    "short_breaks_for_disabled_children",
    "parent_and_child_needs_space",
    "kent_supported_homes_host_16_plus",
    "connected_person_fostering",
    "kcc_holiday_payment_amount_not_found",
    "kcc_travel_claims",
    "kent_assessment_steps",
];

/// The number of weeks of care in the tax year containing `on`: its
/// Mondays (ITTOIA 2005 s811), and the tax year's first day.
fn tax_year_weeks(on: Date) -> (u32, Option<Date>) {
    let year = if (on.month(), on.day()) >= (4, 6) { on.year() } else { on.year() - 1 };
    let (Some(start), Some(next)) = (Date::new(year, 4, 6), Date::new(year + 1, 4, 6)) else {
        return (52, None);
    };
    let days = next.to_days() - start.to_days();
    // The first Monday on or after 6 April, then every 7 days.
    let to_monday = (7 - (start.to_days() + 3).rem_euclid(7)) % 7;
    let weeks = (days - to_monday + 6) / 7;
    (u32::try_from(weeks).unwrap_or(52), Some(start))
}

/// Evaluates "Could I foster?".
pub fn evaluate(a: &FosteringAnswers, on: Date) -> Outcome {
    let mut ctx = Ctx::new(on);
    let mut items = Vec::new();
    let mut blockers = Vec::new();

    let carer_age = a.carer_date_of_birth.age_on(on).unwrap_or(0);
    ctx.fact("carer_age", carer_age);
    let min_age = ctx.count(&params::FOSTER_CARER_MIN_AGE);
    let could_you_foster = "kent_could_you_foster";
    if carer_age < min_age {
        blockers
            .push(Item::new(Kind::Blocker, "carer_under_18").because(&["carer_under_18"]).sources(&[could_you_foster]));
    }
    // Where the carer lives and the spare bedroom bar a non-related
    // applicant; for a connected person they are cautions.
    let connected = a.relationship == Relationship::ConnectedPerson;
    let mut cautions = Vec::new();
    if !a.lives_in_kent_or_medway && connected {
        cautions.push(
            Item::new(Kind::Caution, "connected_person_outside_kent")
                .because(&["connected_person_outside_kent"])
                .cite((
                    "kent_corporate_parenting_2024",
                    "Kent Fostering Service: one kinship support team supports carers of Kent children throughout the country",
                ))
                .cite(("cppcr_regs_2010", "regulation 24: temporary approval of a connected person, with no residence condition")),
        );
    } else if !a.lives_in_kent_or_medway {
        blockers.push(
            Item::new(Kind::Blocker, "outside_kent_or_medway")
                .because(&["outside_kent_or_medway"])
                .sources(&[could_you_foster]),
        );
    }
    let cot_age = ctx.count(&params::COT_IN_CARERS_ROOM_UNDER_AGE);
    let all_under_cot_age = a.children.iter().all(|c| u32::from(c.age) < cot_age);
    let no_room = !a.spare_bedroom && !all_under_cot_age;
    if no_room && connected {
        cautions.push(
            Item::new(Kind::Caution, "connected_person_no_spare_bedroom")
                .because(&["connected_person_no_spare_bedroom"])
                .cite((
                    "cppcr_regs_2010",
                    "regulation 24(2) and Schedule 4: the assessment of the connected person and their home",
                ))
                .sources(&[could_you_foster]),
        );
    } else if no_room {
        blockers.push(
            Item::new(Kind::Blocker, "no_spare_bedroom").because(&["no_spare_bedroom"]).sources(&[could_you_foster]),
        );
    }
    if a.household_specified_offence && !connected {
        blockers.push(
            Item::new(Kind::Blocker, "specified_offence")
                .because(&["specified_offence_bars_fostering"])
                .sources(&["fostering_regs_2011"]),
        );
    }

    let status = if blockers.is_empty() {
        let mut because = vec!["carer_age_18_or_over"];
        because.push(if a.lives_in_kent_or_medway {
            "lives_in_kent_or_medway"
        } else {
            "connected_person_outside_kent"
        });
        because.push(if a.spare_bedroom {
            "spare_bedroom"
        } else if all_under_cot_age {
            "cot_for_children_under_2"
        } else {
            "connected_person_no_spare_bedroom"
        });
        if !a.household_specified_offence {
            because.push("no_specified_offence");
        }
        Item::new(Kind::Status, "likely_eligible").because(&because).sources(&[could_you_foster, "fostering_regs_2011"])
    } else {
        let because: Vec<&'static str> = blockers.iter().flat_map(|b| b.because.iter().copied()).collect();
        let sources: Vec<&'static str> = blockers.iter().flat_map(|b| b.sources.iter().copied()).collect();
        Item::new(Kind::Status, "not_eligible").because(&because).sources(&sources)
    };
    items.push(status);
    items.append(&mut blockers);
    items.append(&mut cautions);
    if a.household_specified_offence && connected {
        items.push(
            Item::new(Kind::Caution, "specified_offence_connected_person")
                .because(&["specified_offence_connected_person"])
                .sources(&["fostering_regs_2011"]),
        );
    }

    // Payments, one per child.
    let trained = trained(a.relationship, a.connected_person_training_completed);
    let mut weekly = Money::ZERO;
    let mut limit_weekly_parts = Money::ZERO;
    let (weeks, tax_year_start) = tax_year_weeks(on);
    let qcr_fixed = ctx.money(&params::QCR_FIXED);
    let qcr_older = ctx.count(&params::QCR_OLDER_CHILD_AGE);
    let qcr_under = ctx.money(&params::QCR_WEEKLY_UNDER_11);
    let qcr_over = ctx.money(&params::QCR_WEEKLY_11_PLUS);
    let mut total_cites = vec![qcr_fixed.cite(), ("ittoia_2005_s811", "")];
    let mut estimate_any = false;
    // The tax-free limit rests on the fixed amount and each weekly amount used.
    let mut limit_estimate = qcr_fixed.is_estimate();
    for (index, child) in a.children.iter().enumerate() {
        let age = u32::from(child.age);
        let maintenance = read(&mut ctx, band(params::KCC_MAINTENANCE_BANDS, age));
        ctx.main_table(maintenance);
        let mut because = vec!["kcc_maintenance_by_age"];
        // Each figure's source and section, in the order read.
        let mut sources = vec![maintenance.cite()];
        let mut estimate = maintenance.is_estimate();
        let reward = if trained {
            let r = read(&mut ctx, band(params::KCC_REWARD_BANDS, age));
            because.push("kcc_reward_by_age");
            sources.push(r.cite());
            estimate |= r.is_estimate();
            r.amount
        } else {
            because.push("no_reward_connected_person_untrained");
            sources.push(("kent_fostering_payments", ""));
            Money::ZERO
        };
        let disability = match child.disability {
            Disability::None => Money::ZERO,
            level => {
                let p = if level == Disability::Standard {
                    &params::KCC_DISABILITY_STANDARD
                } else {
                    &params::KCC_DISABILITY_ENHANCED
                };
                let f = ctx.money(p);
                because.push("kcc_disability_enhancement");
                sources.push(f.cite());
                estimate |= f.is_estimate();
                f.amount
            }
        };
        let skills = match (trained, a.skills_level) {
            (false, _) | (_, SkillsLevel::Foundation) => Money::ZERO,
            (true, level) => {
                let p = if level == SkillsLevel::Skilled {
                    &params::KCC_SKILLS_SKILLED
                } else {
                    &params::KCC_SKILLS_ADVANCED
                };
                let f = ctx.money(p);
                because.push("kcc_payment_for_skills");
                sources.push(f.cite());
                estimate |= f.is_estimate();
                f.amount
            }
        };
        let amount = [reward, disability, skills]
            .into_iter()
            .try_fold(maintenance.amount, Money::checked_add)
            .unwrap_or(Money::ZERO);
        weekly = weekly.checked_add(amount).unwrap_or(weekly);

        let nma = read(&mut ctx, band(params::NMA_SE_BANDS, age));
        because.push("nma_comparison");
        sources.push(nma.cite());
        let difference = maintenance.amount.checked_sub(nma.amount).unwrap_or(Money::ZERO);

        let relief = if age >= qcr_older { qcr_over } else { qcr_under };
        limit_estimate |= relief.is_estimate();
        limit_weekly_parts = relief
            .amount
            .checked_times(weeks)
            .and_then(|m| limit_weekly_parts.checked_add(m))
            .unwrap_or(limit_weekly_parts);
        estimate_any |= estimate;

        let id = CHILD_IDS.get(index).copied().unwrap_or("child");
        let mut item = Item::new(Kind::Payment, id).amount(amount, Period::Week).because(&because);
        for cite in sources {
            item.add_cite(cite);
        }
        // The facts in one allocation (there are eight).
        item.facts = vec![
            ("child_age", age.into()),
            ("maintenance", maintenance.amount.into()),
            ("reward", reward.into()),
            ("disability", disability.into()),
            ("disability_level", child.disability.as_str().into()),
            ("skills", skills.into()),
            ("skills_level", a.skills_level.as_str().into()),
            ("nma", nma.amount.into()),
        ];
        item.parts = vec![
            ("maintenance", maintenance.amount),
            ("reward", reward),
            ("disability", disability),
            ("skills", skills),
        ];
        item.figures =
            vec![("national_minimum_weekly", nma.amount), ("kent_maintenance_above_national_minimum", difference)];
        item.estimate = estimate;
        items.push(item);
    }

    // Totals.
    let yearly = weekly.checked_times(52).unwrap_or(Money::ZERO);
    let limit = qcr_fixed.amount.checked_add(limit_weekly_parts).unwrap_or(qcr_fixed.amount);
    let taxable = yearly.saturating_sub_to_zero(limit);
    total_cites.extend([qcr_under.cite(), qcr_over.cite()]);
    ctx.fact("qcr_fixed", qcr_fixed.amount);
    ctx.fact("qcr_under_11", qcr_under.amount);
    ctx.fact("qcr_11_plus", qcr_over.amount);
    ctx.fact("tax_year_weeks", weeks);
    if let Some(start) = tax_year_start {
        ctx.fact("tax_year_start", start);
    }
    // The weekly and yearly totals cite Kent's figures in the children's payments.
    let kcc_cites: Vec<(&'static str, &'static str)> = items
        .iter()
        .filter(|i| i.kind == Kind::Payment)
        .flat_map(|i| i.sources.iter().map(|s| (*s, "")).chain(i.sections.iter().copied()))
        .filter(|(s, _)| s.starts_with('k'))
        .collect();
    let mut total = |id: &'static str,
                     amount: Money,
                     period: Period,
                     because: &[&'static str],
                     cites: &[(&'static str, &'static str)]| {
        let mut item = Item::new(Kind::Total, id).amount(amount, period).because(because);
        for cite in cites {
            item.add_cite(*cite);
        }
        item.estimate = match id {
            "weekly" | "yearly" => estimate_any,
            "tax_free_limit" => limit_estimate,
            _ => limit_estimate || estimate_any,
        };
        items.push(item);
    };
    total("weekly", weekly, Period::Week, &["weekly_total_is_sum_of_children"], &kcc_cites);
    total("yearly", yearly, Period::Year, &["yearly_is_weekly_times_52"], &kcc_cites);
    total("tax_free_limit", limit, Period::Year, &["qualifying_care_relief"], &total_cites);
    total("taxable", taxable, Period::Year, &["qualifying_care_relief", "taxable_is_above_the_limit"], &total_cites);

    // Kinds of fostering to consider.
    let mut types: Vec<(&'static str, &'static str)> = vec![
        ("short_term", "fostering_types_for_everyone"),
        ("long_term", "fostering_types_for_everyone"),
        ("emergency", "fostering_types_for_everyone"),
        ("short_breaks", "short_breaks_for_disabled_children"),
    ];
    if a.spare_bedroom {
        types.push(("parent_and_child", "parent_and_child_needs_space"));
        types.push(("kent_supported_homes_host", "kent_supported_homes_host_16_plus"));
    }
    if connected {
        types.push(("connected_person", "connected_person_fostering"));
    }
    for (id, rule) in types {
        let source = if id == "kent_supported_homes_host" || id == "short_breaks" {
            "kent_sufficiency_2024"
        } else {
            could_you_foster
        };
        items.push(Item::new(Kind::FosteringType, id).because(&[rule]).sources(&[source]));
    }

    // Other support Kent gives its carers. The holiday payment's amount was
    // not found (DOMAIN.md 1.2): the item has no amount and says who to ask.
    // Mileage is named in a sentence, not paid as an amount in the result,
    // so it does not count towards `rates.confirmed_for_date`.
    let mileage = params::KCC_MILEAGE.at(on);
    ctx.fact("mileage", mileage.and_then(|f| f.money()).unwrap_or(Money::ZERO));
    let mileage_source = mileage.map_or("kcc_decision_25_00010", |f| f.dated.source);
    items.push(
        Item::new(Kind::Support, "holiday_payment")
            .because(&["kcc_holiday_payment_amount_not_found"])
            .sources(&["kent_fostering_payments"]),
    );
    items.push(
        Item::new(Kind::Support, "travel_expenses")
            .because(&["kcc_travel_claims"])
            .sources(&[mileage_source, "kent_fostering_payments"]),
    );

    // What happens next.
    let months = ctx.count(&params::KENT_ASSESSMENT_AIM_MONTHS);
    ctx.fact("assessment_months", months);
    for id in ["enquiry", "checks_and_references", "assessment", "panel_and_approval"] {
        items.push(Item::new(Kind::Step, id).because(&["kent_assessment_steps"]).sources(&["kent_how_to_apply"]));
    }

    ctx.finish(Journey::Fostering, items, Vec::new())
}

/// One year of a child's pay forecast: what Kent would pay for the
/// child on `on`, a year (or more) after the page's date, when the child
/// is `age`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forecast {
    /// The day: the page's date, then each year on from it.
    pub on: Date,
    /// The child's age that day.
    pub age: u8,
    /// Kent's weekly payment for the child that day (the result's own rules).
    pub weekly: Money,
    /// The payment is an estimate: no confirmed table covers the day (the
    /// latest known figures stand in), or a figure is uncertain.
    pub estimate: bool,
    /// The first day of the figures that stand in, when an estimate.
    pub rates_from: Date,
}

/// Child `child`'s pay (counting from 0), year by year: on the page's
/// date `on`, then on each day a year on, until the year before they turn
/// 18 ([`params::ADULT_AGE`]). A child who is `a` on `on` is `a + k` a
/// year on `k` times (their age counts the birthdays, which come once a
/// year), so no date of birth is needed. Each is the payment [`evaluate`]
/// gives that day, so the forecast and the result cannot disagree, and a
/// year no table covers is an estimate at the latest rates. Empty for a
/// child not in the answers.
pub fn forecast(a: &FosteringAnswers, child: usize, on: Date) -> Vec<Forecast> {
    let Some(&one) = a.children.get(child) else { return Vec::new() };
    let adult = params::ADULT_AGE.at(on).and_then(params::Found::count).unwrap_or(18);
    let mut answers = a.clone();
    let mut rows = Vec::new();
    for age in one.age..u8::try_from(adult).unwrap_or(18) {
        let Some(day) = on.add_months(12 * i32::from(age - one.age)) else { break };
        answers.children = vec![crate::Child { age, ..one }];
        let o = evaluate(&answers, day);
        if let Some(pay) = o.item(Kind::Payment, "child_1") {
            rows.push(Forecast {
                on: day,
                age,
                weekly: pay.amount.unwrap_or(Money::ZERO),
                estimate: pay.estimate,
                rates_from: o.rates.stale_from.unwrap_or(o.rates.as_of),
            });
        }
    }
    rows
}

/// The payment ids for up to ten children.
const CHILD_IDS: [&str; 10] =
    ["child_1", "child_2", "child_3", "child_4", "child_5", "child_6", "child_7", "child_8", "child_9", "child_10"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weeks_of_a_tax_year_are_its_mondays() {
        assert_eq!(tax_year_weeks(Date::ymd(2024, 9, 1)).0, 52);
        assert_eq!(tax_year_weeks(Date::ymd(2025, 9, 1)).0, 52);
        assert_eq!(tax_year_weeks(Date::ymd(2025, 4, 5)).1, Some(Date::ymd(2024, 4, 6)));
        assert_eq!(tax_year_weeks(Date::ymd(2025, 4, 6)).1, Some(Date::ymd(2025, 4, 6)));
        // 6 April 2020 was a Monday and 2020-21 held 53 Mondays.
        assert_eq!(tax_year_weeks(Date::ymd(2020, 6, 1)).0, 53);
        // So was 6 April 2026: 2026-27 holds 53.
        assert_eq!(tax_year_weeks(Date::ymd(2026, 4, 6)), (53, Some(Date::ymd(2026, 4, 6))));
    }

    fn answers(relationship: Relationship, in_kent: bool, bedroom: bool, ages: &[u8]) -> FosteringAnswers {
        FosteringAnswers {
            carer_date_of_birth: Date::ymd(1970, 1, 1),
            lives_in_kent_or_medway: in_kent,
            spare_bedroom: bedroom,
            household_specified_offence: false,
            relationship,
            connected_person_training_completed: true,
            skills_level: SkillsLevel::Foundation,
            children: ages.iter().map(|&age| crate::Child { age, disability: Disability::None }).collect(),
        }
    }

    fn open(o: &Outcome, kind: Kind, id: &str) -> bool {
        o.item(kind, id).is_some_and(Item::is_open_now)
    }

    #[test]
    fn where_a_connected_person_lives_and_their_bedrooms_are_cautions_not_blockers() {
        let on = Date::ymd(2025, 11, 1);
        for (in_kent, bedroom) in [(false, true), (true, false), (false, false)] {
            let o = evaluate(&answers(Relationship::ConnectedPerson, in_kent, bedroom, &[7]), on);
            assert_eq!(o.status(), Some("likely_eligible"), "{in_kent} {bedroom}");
            assert!(!o.items.iter().any(|i| i.kind == Kind::Blocker));
            assert_eq!(open(&o, Kind::Caution, "connected_person_outside_kent"), !in_kent);
            assert_eq!(open(&o, Kind::Caution, "connected_person_no_spare_bedroom"), !bedroom);
            let status = o.item(Kind::Status, "likely_eligible").unwrap();
            for rule in &status.because {
                assert!(crate::explain::template(rule).is_some(), "{rule}");
            }
            let o = evaluate(&answers(Relationship::NonRelated, in_kent, bedroom, &[7]), on);
            assert_eq!(o.status(), Some("not_eligible"));
            assert_eq!(open(&o, Kind::Blocker, "outside_kent_or_medway"), !in_kent);
            assert_eq!(open(&o, Kind::Blocker, "no_spare_bedroom"), !bedroom);
            assert!(!o.items.iter().any(|i| i.kind == Kind::Caution));
        }
        // A cot in the carers' room: no caution for a connected person either.
        let o = evaluate(&answers(Relationship::ConnectedPerson, true, false, &[1]), on);
        assert!(!open(&o, Kind::Caution, "connected_person_no_spare_bedroom"));
    }

    #[test]
    fn lines_on_an_uncertain_figure_or_an_ended_table_are_estimates() {
        let estimate = |on: Date, id: &str| {
            let o = evaluate(&answers(Relationship::NonRelated, true, true, &[7]), on);
            let kind = if id == "child_1" { Kind::Payment } else { Kind::Total };
            o.item(kind, id).unwrap().estimate
        };
        // 2025-26: every table covers the day.
        for id in ["child_1", "weekly", "yearly", "tax_free_limit", "taxable"] {
            assert!(!estimate(Date::ymd(2025, 11, 1), id), "{id}");
        }
        // Kent's table has ended; the relief's 2025-26 table still covers.
        let eve = Date::ymd(2026, 4, 5);
        assert!(estimate(eve, "child_1") && estimate(eve, "weekly") && estimate(eve, "taxable"));
        assert!(!estimate(eve, "tax_free_limit"));
        // The 2026-27 relief is itself an estimate.
        assert!(estimate(Date::ymd(2026, 4, 6), "tax_free_limit"));
    }

    /// Every blocker, and every sentence given as a reason for the status,
    /// names a condition the rules use and that is true of the person it
    /// is told to (issue 20, "every reason true for the person"), over
    /// carers of many ages, with every answer combination.
    #[test]
    fn every_reason_given_is_true_for_the_person() {
        let on = Date::ymd(2026, 6, 1);
        let mut told = 0;
        for years in [16i32, 17, 18, 19, 45, 70] {
            let Some(born) = on.add_months(-12 * years - 3) else { continue };
            for bits in 0u8..32 {
                for ages in [&[0u8, 1][..], &[1, 7], &[16]] {
                    let relationship =
                        if bits & 1 != 0 { Relationship::ConnectedPerson } else { Relationship::NonRelated };
                    let mut a = answers(relationship, bits & 2 != 0, bits & 4 != 0, ages);
                    a.carer_date_of_birth = born;
                    a.household_specified_offence = bits & 8 != 0;
                    a.connected_person_training_completed = bits & 16 != 0;
                    let o = evaluate(&a, on);
                    let connected = relationship == Relationship::ConnectedPerson;
                    let age = born.age_on(on).unwrap_or(0);
                    let all_under_2 = ages.iter().all(|&c| c < 2);
                    let holds = |rule: &str| match rule {
                        "carer_under_18" => age < 18,
                        "carer_age_18_or_over" => age >= 18,
                        "outside_kent_or_medway" => !a.lives_in_kent_or_medway && !connected,
                        "connected_person_outside_kent" => !a.lives_in_kent_or_medway && connected,
                        "lives_in_kent_or_medway" => a.lives_in_kent_or_medway,
                        "no_spare_bedroom" => !a.spare_bedroom && !all_under_2 && !connected,
                        "connected_person_no_spare_bedroom" => !a.spare_bedroom && !all_under_2 && connected,
                        "spare_bedroom" | "parent_and_child_needs_space" | "kent_supported_homes_host_16_plus" => {
                            a.spare_bedroom
                        }
                        "cot_for_children_under_2" => all_under_2,
                        "specified_offence_bars_fostering" => a.household_specified_offence && !connected,
                        "specified_offence_connected_person" => a.household_specified_offence && connected,
                        "no_specified_offence" => !a.household_specified_offence,
                        "no_reward_connected_person_untrained" => connected && !a.connected_person_training_completed,
                        "connected_person_fostering" => connected,
                        "kcc_reward_by_age" => !connected || a.connected_person_training_completed,
                        "kcc_disability_enhancement" => false,
                        _ => true,
                    };
                    for item in &o.items {
                        for rule in &item.because {
                            assert!(holds(rule), "{}: {rule} is not true for {a:?}", item.id);
                            told += 1;
                        }
                    }
                    // A blocker is given exactly when its condition holds.
                    for (id, rule) in [
                        ("carer_under_18", "carer_under_18"),
                        ("outside_kent_or_medway", "outside_kent_or_medway"),
                        ("no_spare_bedroom", "no_spare_bedroom"),
                        ("specified_offence", "specified_offence_bars_fostering"),
                    ] {
                        assert_eq!(open(&o, Kind::Blocker, id), holds(rule), "{id} for {a:?}");
                    }
                }
            }
        }
        assert!(told > 1000, "the people tried are told many reasons ({told})");
    }

    fn forecast_of(ages: &[u8], on: Date) -> Vec<Forecast> {
        forecast(&answers(Relationship::NonRelated, true, true, ages), 0, on)
    }

    fn weekly(rows: &[Forecast]) -> Vec<(u8, Money)> {
        rows.iter().map(|r| (r.age, r.weekly)).collect()
    }

    #[test]
    fn a_forecast_runs_a_year_at_a_time_from_the_page_date_to_the_year_before_18() {
        let on = Date::ymd(2026, 12, 7);
        let rows = forecast_of(&[7], on);
        assert_eq!(rows.iter().map(|r| r.age).collect::<Vec<_>>(), (7..18).collect::<Vec<_>>());
        assert_eq!(rows.first().map(|r| r.on), Some(on));
        assert_eq!(rows.get(1).map(|r| r.on), Some(Date::ymd(2027, 12, 7)));
        assert_eq!(rows.last().map(|r| r.on), Some(Date::ymd(2036, 12, 7)));
        // The eve of the 18th birthday: a child of 17 has one year left, a
        // child of 0 has eighteen; nothing for a child not in the answers.
        assert_eq!(forecast_of(&[17], on).len(), 1);
        assert_eq!(forecast_of(&[0], on).len(), 18);
        assert!(forecast(&answers(Relationship::NonRelated, true, true, &[7]), 1, on).is_empty());
        // Kent's 2026-27 table was not found (DOMAIN 1.2): every year is an
        // estimate at the rates from 1 April 2025.
        assert!(rows.iter().all(|r| r.estimate && r.rates_from == Date::ymd(2025, 4, 1)));
    }

    #[test]
    fn a_forecast_changes_amount_at_each_age_band() {
        // Kent's 2025-26 rates (DOMAIN 1.2): maintenance 5-10 £232.62,
        // 11-15 £266.00, 16+ £310.15; reward 0-8 £150.53, 9-18 £285.92.
        let rows = forecast_of(&[8], Date::ymd(2025, 6, 1));
        let pence = |p: u32| Money::pence(p);
        assert_eq!(
            weekly(&rows),
            vec![
                (8, pence(23262 + 15053)),
                (9, pence(23262 + 28592)),
                (10, pence(23262 + 28592)),
                (11, pence(26600 + 28592)),
                (12, pence(26600 + 28592)),
                (13, pence(26600 + 28592)),
                (14, pence(26600 + 28592)),
                (15, pence(26600 + 28592)),
                (16, pence(31015 + 28592)),
                (17, pence(31015 + 28592)),
            ]
        );
        // Under 2, 2-4 and 5-10 maintenance, each the day the child is that age.
        let young = forecast_of(&[1], Date::ymd(2025, 6, 1));
        assert_eq!(
            weekly(&young).get(..5).map(<[_]>::to_vec),
            Some(vec![
                (1, pence(20354 + 15053)),
                (2, pence(21108 + 15053)),
                (3, pence(21108 + 15053)),
                (4, pence(21108 + 15053)),
                (5, pence(23262 + 15053))
            ])
        );
    }

    #[test]
    fn a_forecast_is_confirmed_to_31_march_and_an_estimate_from_1_april() {
        // Kent's 2025-26 table runs 1 April 2025 to 31 March 2026; the one
        // before is uncertain (DOMAIN 1.2) and none is known after.
        let flags = |on: Date| forecast_of(&[7], on).iter().take(2).map(|r| r.estimate).collect::<Vec<_>>();
        assert_eq!(flags(Date::ymd(2026, 3, 31)), vec![false, true]);
        assert_eq!(flags(Date::ymd(2026, 4, 1)), vec![true, true]);
        assert_eq!(flags(Date::ymd(2025, 4, 1)), vec![false, true]);
        assert_eq!(flags(Date::ymd(2025, 3, 31)), vec![true, false]);
        // The latest rates stand in, and say from when.
        let rows = forecast_of(&[7], Date::ymd(2026, 3, 31));
        assert_eq!(rows.first().map(|r| r.weekly), rows.get(1).map(|r| r.weekly));
        assert_eq!(rows.get(1).map(|r| r.rates_from), Some(Date::ymd(2025, 4, 1)));
    }

    #[test]
    fn a_forecast_pays_as_the_result_does_on_the_page_date() {
        let mut a = answers(Relationship::ConnectedPerson, true, true, &[3, 12]);
        a.connected_person_training_completed = false;
        if let Some(c) = a.children.get_mut(1) {
            c.disability = Disability::Enhanced;
        }
        let on = Date::ymd(2025, 11, 1);
        let result = evaluate(&a, on);
        for (n, id) in [(0, "child_1"), (1, "child_2")] {
            let rows = forecast(&a, n, on);
            assert_eq!(rows.first().map(|r| Some(r.weekly)), result.item(Kind::Payment, id).map(|i| i.amount));
            // And a year on, as the result would then.
            let later = on.add_months(12).unwrap_or(on);
            let mut older = a.clone();
            older.children = vec![crate::Child { age: a.children[n].age + 1, ..a.children[n] }];
            let then = evaluate(&older, later);
            assert_eq!(rows.get(1).map(|r| Some(r.weekly)), then.item(Kind::Payment, "child_1").map(|i| i.amount));
        }
    }
}
