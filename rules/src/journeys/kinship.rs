//! Caring for a relative's or friend's child: the arrangements open to the
//! family, and the money and support that come with them.
//!
//! Policy, with sources (see the parameters for every figure):
//! - A child the council looks after can live with a relative or friend
//!   approved as their connected person foster carer (Children Act 1989
//!   s22C). The council can approve them at once, temporarily, for up to 16
//!   weeks, extendable once by up to 8 (Care Planning, Placement and Case
//!   Review (England) Regulations 2010 regs 24 and 25).
//! - A special guardianship order or a child arrangements order can be
//!   made for any child. A child who is not looked after can also live with
//!   family by agreement (informal kinship care); a looked-after child
//!   cannot, because the council decides where they live (Kent's kinship
//!   care policy, July 2024).
//! - Child Benefit can be claimed by a special guardian, a child
//!   arrangements order holder or an informal carer, but not while the
//!   council looks after the child, whatever the arrangement: the council
//!   meets a looked-after child's costs (GOV.UK; CONTRACT.md, kinship).
//! - The Adoption and Special Guardianship Support Fund pays for therapy for
//!   a child under a special guardianship or child arrangements order who
//!   was looked after before the order, up to the fair access limit per
//!   child per year (DfE written statement HCWS589, 2025-26). A child looked
//!   after now will have been looked after before an order made now, so
//!   they count too.
//! - A special guardianship allowance is means tested (Special
//!   Guardianship Regulations 2005 regs 6-10). Kent's method is not
//!   published, so the figure shown is only indicative: Kent's fostering
//!   maintenance for the child's age less Child Benefit for an eldest child,
//!   which is the usual starting point (DOMAIN.md 3.1, 3.2).
//! - The kinship allowance pilot pays special guardians and child
//!   arrangements order holders the national minimum fostering allowance
//!   for up to 3 years in the Kinship Zones. Medway is one; Kent County
//!   Council is not (Kinship, 27 February 2026). It is never paid while
//!   the council looks after the child, nor to informal carers or to a
//!   family not sure of its arrangement. A special guardian paid an
//!   allowance under the Special Guardianship Regulations 2005 is barred
//!   from it (written answer, Baroness Smith of Malvern, 4 August 2025),
//!   so where both are open a caution says it is one or the other.
//! - A child under 16 (under 18 if disabled) cared for 28 days or more by
//!   someone who is not a parent or close relative is privately fostered,
//!   and the carer and the parents must tell the council (Children Act
//!   1989 ss66 and 105; Children (Private Arrangements for Fostering)
//!   Regulations 2005): a caution for an informal or unsure arrangement
//!   with a carer who is not a close relative, while the child is not
//!   looked after.

use super::{band, read, Ctx};
use crate::answers::{Arrangement, KinshipAnswers, LivesIn};
use crate::params;
use crate::{Date, Item, Journey, Kind, Outcome, Period, When};

/// The rules of this journey in plain English.
pub static RULES: &[crate::explain::Rule] = &[
    ("arrangement_connected_person_fostering", "The council looks after this child, so you could be approved as their family and friends (connected person) foster carer. The council then pays a fostering allowance while the child lives with you."),
    ("connected_person_fostering_needs_looked_after_child", "Family and friends fostering is only for a child the council looks after, and you said this child is not looked after now."),
    ("arrangement_special_guardianship", "A court can make you the child's special guardian with a special guardianship order. It lasts until the child is 18, and you make most decisions about their everyday life."),
    ("arrangement_child_arrangements_order", "A court can make a child arrangements order that says the child lives with you. It gives you parental responsibility while it lasts."),
    ("arrangement_informal", "The child is not looked after by the council, so the family can agree that the child lives with you without a court order. This is called informal kinship care."),
    ("informal_not_for_looked_after_child", "A child the council looks after cannot simply move in with family by agreement. The council must approve where the child lives, through fostering or a court order."),
    ("the_arrangement_you_chose", "This is the arrangement you told us you have or are thinking about."),
    ("child_benefit_for_kinship_carers", "You can claim Child Benefit for a child who lives with you. It is £{cb_eldest} a week for an eldest or only child, and less (£{cb_additional} a week) for each other child."),
    ("child_benefit_once_not_looked_after", "While the council looks after the child, it pays for the child's keep, so Child Benefit cannot be claimed for them. You can claim it once the child is no longer looked after and lives with you, for example under an order."),
    ("no_child_benefit_for_foster_carers", "A foster carer cannot claim Child Benefit for a child the council looks after, because the council pays for the child's keep through the fostering allowance."),
    ("asgsf_for_orders_from_care", "The Adoption and Special Guardianship Support Fund pays for therapy and specialist assessments for a child who was looked after by a council before a special guardianship or child arrangements order. It pays up to £{asgsf} for each child each year."),
    ("asgsf_needs_care_before_the_order", "The Adoption and Special Guardianship Support Fund is only for children who were looked after by a council before the order was made, and you said this child was not."),
    ("special_guardianship_allowance_means_tested", "The council may pay a special guardianship allowance. It is means tested, so it depends on your income and the child's needs. As a rough guide only: Kent's fostering maintenance for a child aged {child_age} is £{maintenance} a week, less Child Benefit of £{cb_eldest}, which leaves £{sga} a week."),
    ("special_guardianship_allowance_ask_the_council", "The council may pay a special guardianship allowance. It is means tested, and each council sets its own rates, so ask the council that supports the order what it would pay: Kent's rates are no guide to another council's."),
    ("kinship_allowance_pilot_medway", "Medway is one of seven areas chosen in February 2026 to try out a kinship allowance for special guardians, and for carers with a child arrangements order whose child would otherwise be in care. It matches the national minimum fostering allowance, about £{nma} a week for a child aged {child_age}, for up to {pilot_years} years. The areas were confirmed on {pilot_start}; we could not find the day payments start, so ask Medway Council."),
    ("kinship_allowance_pilot_not_for_arrangement", "The kinship allowance pilot is for special guardians and carers with a child arrangements order. It is not paid to informal carers or to foster carers, who get a fostering allowance instead."),
    ("kinship_allowance_pilot_needs_an_order", "The kinship allowance pilot is only for special guardians, and for carers with a child arrangements order whose child would otherwise be in care. Once you know which arrangement you will have, check again."),
    ("kinship_allowance_pilot_not_while_looked_after", "The kinship allowance pilot is not paid while the council looks after the child: a foster carer gets a fostering allowance instead. It could be paid once an order is made and the child is no longer looked after."),
    ("pilot_child_arrangements_order", "A child arrangements order counts for the kinship allowance pilot only when the order says the child lives with you, no parent shares the order, and the child would otherwise be in care. Check this with Medway Council."),
    ("pilot_or_special_guardianship_allowance", "You cannot have both. A special guardian who gets a special guardianship allowance from the council cannot also get the kinship allowance from the pilot. Ask Medway Council which one suits your family better."),
    ("private_fostering_notify_council", "If a child under 16 (or under 18 if the child is disabled) lives with someone who is not their parent or close relative for 28 days or more, the law calls this private fostering. A close relative means a grandparent, brother, sister, uncle, aunt or step-parent. The carer and the parents must tell the council where the child lives, before the child moves in or straight away if they already have, so it can check the child is safe and well and offer help. If the child lives in Kent, tell Kent County Council's children's services."),
    ("kinship_allowance_pilot_not_in_kent", "Kent County Council is not one of the areas trying out the new kinship allowance, so it is not paid to families in Kent. Medway, a separate council, is one of them."),
    ("connected_person_temporary_approval", "The council can approve you as the child's foster carer straight away, for up to {approval_weeks} weeks, so the child can live with you while you are assessed. This can be extended once, by up to {extension_weeks} weeks."),
];

/// One kinship arrangement: when it is open, and why.
struct ArrangementRule {
    arrangement: Arrangement,
    open: bool,
    rule: &'static str,
    closed_rule: &'static str,
    closed_reason: &'static str,
    sources: &'static [&'static str],
}

/// Evaluates the kinship journey.
pub fn evaluate(a: &KinshipAnswers, on: Date) -> Outcome {
    let mut ctx = Ctx::new(on);
    let mut items = Vec::new();
    let age = u32::from(a.child_age);
    ctx.fact("child_age", age);
    ctx.fact("lives_in", a.lives_in.as_str());
    ctx.fact("arrangement", a.arrangement.as_str());

    // The fund's table is the journey's main table whatever the answers,
    // so `rates.as_of` does not depend on them.
    let asgsf = ctx.money(&params::ASGSF_FAIR_ACCESS_LIMIT);
    ctx.main_table(asgsf);

    // Arrangements: every one open to the family; the one they chose is
    // marked, and listed as not available if it is closed to them.
    let looked_after = a.child_looked_after_now;
    let arrangements = [
        ArrangementRule {
            arrangement: Arrangement::ConnectedPersonFosterCarer,
            open: looked_after,
            rule: "arrangement_connected_person_fostering",
            closed_rule: "connected_person_fostering_needs_looked_after_child",
            closed_reason: "child_not_looked_after",
            sources: &["children_act_1989_s22c", "cppcr_regs_2010"],
        },
        ArrangementRule {
            arrangement: Arrangement::SpecialGuardianshipOrder,
            open: true,
            rule: "arrangement_special_guardianship",
            closed_rule: "",
            closed_reason: "",
            sources: &["special_guardianship_regs_2005", "kent_kinship_care_policy"],
        },
        ArrangementRule {
            arrangement: Arrangement::ChildArrangementsOrder,
            open: true,
            rule: "arrangement_child_arrangements_order",
            closed_rule: "",
            closed_reason: "",
            sources: &["child_arrangements_order", "kent_kinship_care_policy"],
        },
        ArrangementRule {
            arrangement: Arrangement::Informal,
            open: !looked_after,
            rule: "arrangement_informal",
            closed_rule: "informal_not_for_looked_after_child",
            closed_reason: "child_looked_after",
            sources: &["kent_kinship_care_policy"],
        },
    ];
    for r in arrangements {
        let chosen = a.arrangement == r.arrangement;
        let mut item = if r.open {
            Item::new(Kind::Arrangement, r.arrangement.as_str()).because(&[r.rule])
        } else if chosen {
            let mut item =
                Item::new(Kind::Arrangement, r.arrangement.as_str()).when(When::NotAvailable).because(&[r.closed_rule]);
            item.reason = Some(r.closed_reason);
            item
        } else {
            continue;
        };
        item = item.sources(r.sources);
        if chosen {
            item = item.because(&["the_arrangement_you_chose"]).fact("chosen", "yes");
        }
        items.push(item);
    }

    // Child Benefit: not while the council looks after the child, whatever
    // the arrangement, since the council meets the child's costs.
    let fostered = looked_after && a.arrangement == Arrangement::ConnectedPersonFosterCarer;
    if looked_after {
        let (rule, reason) = if fostered {
            ("no_child_benefit_for_foster_carers", "council_pays_for_looked_after_child")
        } else {
            ("child_benefit_once_not_looked_after", "child_looked_after")
        };
        let mut item = Item::new(Kind::Entitlement, "child_benefit")
            .when(When::NotAvailable)
            .because(&[rule])
            .sources(&["child_benefit_rates"]);
        item.reason = Some(reason);
        items.push(item);
    } else {
        let eldest = ctx.money(&params::CHILD_BENEFIT_ELDEST);
        let additional = ctx.money(&params::CHILD_BENEFIT_ADDITIONAL);
        let mut item = Item::new(Kind::Entitlement, "child_benefit")
            .amount(eldest.amount, Period::Week)
            .because(&["child_benefit_for_kinship_carers"])
            .cite(eldest.cite())
            .cite(additional.cite())
            .fact("cb_eldest", eldest.amount)
            .fact("cb_additional", additional.amount);
        item.figures = vec![("each_additional_child_weekly", additional.amount)];
        item.estimate = eldest.is_estimate();
        items.push(item);
    }

    // The Adoption and Special Guardianship Support Fund.
    let order = matches!(a.arrangement, Arrangement::SpecialGuardianshipOrder | Arrangement::ChildArrangementsOrder);
    if order {
        let from_care = a.child_previously_looked_after || looked_after;
        let sources = [asgsf.source, "asgsf_guidance"];
        let item = if from_care {
            let mut item = Item::new(Kind::Entitlement, "adoption_and_special_guardianship_support_fund")
                .amount(asgsf.amount, Period::Year)
                .because(&["asgsf_for_orders_from_care"])
                .sources(&sources)
                .cite(asgsf.cite())
                .fact("asgsf", asgsf.amount);
            item.estimate = asgsf.is_estimate();
            // The fair access limit is a cap (DOMAIN 3.3).
            item.up_to = true;
            item
        } else {
            let mut item = Item::new(Kind::Entitlement, "adoption_and_special_guardianship_support_fund")
                .when(When::NotAvailable)
                .because(&["asgsf_needs_care_before_the_order"])
                .sources(&sources);
            item.reason = Some("child_not_looked_after_before_order");
            item
        };
        items.push(item);
    }

    // A special guardianship allowance: means tested, so an indication only,
    // and only from Kent's rates for a family in Kent (DOMAIN 3.2); another
    // council sets its own.
    if a.arrangement == Arrangement::SpecialGuardianshipOrder && a.lives_in != LivesIn::Kent {
        items.push(
            Item::new(Kind::Entitlement, "special_guardianship_allowance")
                .because(&["special_guardianship_allowance_ask_the_council"])
                .sources(&["special_guardianship_regs_2005"]),
        );
    } else if a.arrangement == Arrangement::SpecialGuardianshipOrder {
        let maintenance = read(&mut ctx, band(params::KCC_MAINTENANCE_BANDS, age));
        let eldest = ctx.money(&params::CHILD_BENEFIT_ELDEST);
        let sga = maintenance.amount.saturating_sub_to_zero(eldest.amount);
        let mut item = Item::new(Kind::Entitlement, "special_guardianship_allowance")
            .amount(sga, Period::Week)
            .because(&["special_guardianship_allowance_means_tested"])
            .sources(&["special_guardianship_regs_2005", "kent_sgo_allowances_policy"])
            .cite(maintenance.cite())
            .cite(eldest.cite())
            .fact("maintenance", maintenance.amount)
            .fact("cb_eldest", eldest.amount)
            .fact("sga", sga);
        item.figures =
            vec![("kent_maintenance_weekly", maintenance.amount), ("child_benefit_eldest_weekly", eldest.amount)];
        item.estimate = true;
        // Means tested: the figure is the most, before the means test.
        item.up_to = true;
        items.push(item);
    }

    // The kinship allowance pilot: Medway is a Kinship Zone, Kent is not.
    // Only a special guardian or a child arrangements order holder, never
    // while the child is looked after (the carer is then paid to foster).
    let not_in_pilot = |rule: &'static str, reason: &'static str| {
        let mut item = Item::new(Kind::Entitlement, "kinship_allowance_pilot")
            .when(When::NotAvailable)
            .because(&[rule])
            .sources(&["kinship_allowance_pilot"]);
        item.reason = Some(reason);
        item
    };
    match a.lives_in {
        LivesIn::Medway if order && !looked_after => {
            let nma = read(&mut ctx, band(params::NMA_SE_BANDS, age));
            let months = ctx.count(&params::KINSHIP_ALLOWANCE_PILOT_MONTHS);
            let mut item = Item::new(Kind::Entitlement, "kinship_allowance_pilot")
                .amount(nma.amount, Period::Week)
                .because(&["kinship_allowance_pilot_medway"])
                .sources(&["kinship_allowance_pilot"])
                .cite(nma.cite())
                .fact("nma", nma.amount)
                .fact("pilot_years", months / 12);
            item.estimate = true;
            // The pilot exists from the day its areas were confirmed: before
            // that it is still to come.
            let starts = ctx.date(&params::KINSHIP_ALLOWANCE_PILOT_START);
            if let Some(confirmed) = starts {
                item = item.fact("pilot_start", confirmed);
            }
            if let Some(from) = starts.filter(|from| on < *from) {
                item = item.when(When::Later).because(&["opens_on_date"]).fact("from", from);
                item.from = Some(from);
            }
            items.push(item);
        }
        LivesIn::Medway if order => {
            items.push(not_in_pilot("kinship_allowance_pilot_not_while_looked_after", "child_looked_after"));
        }
        LivesIn::Medway if a.arrangement == Arrangement::NotSure => {
            items.push(not_in_pilot("kinship_allowance_pilot_needs_an_order", "arrangement_not_covered"));
        }
        LivesIn::Medway => {
            items.push(not_in_pilot("kinship_allowance_pilot_not_for_arrangement", "arrangement_not_covered"));
        }
        // Families in Kent may hear of the pilot: say it is not paid there.
        LivesIn::Kent if order || a.arrangement == Arrangement::NotSure => {
            items.push(not_in_pilot("kinship_allowance_pilot_not_in_kent", "not_a_pilot_area"));
        }
        LivesIn::Kent | LivesIn::Elsewhere => {}
    }

    // Cautions on the pilot: what a child arrangements order must say, and
    // that the pilot and a special guardianship allowance are one or the other.
    let open = |id: &str| items.iter().any(|i| i.kind == Kind::Entitlement && i.id == id && i.is_open_now());
    let (pilot_open, sga_open) = (open("kinship_allowance_pilot"), open("special_guardianship_allowance"));
    if pilot_open && a.arrangement == Arrangement::ChildArrangementsOrder {
        items.push(
            Item::new(Kind::Caution, "pilot_child_arrangements_order")
                .because(&["pilot_child_arrangements_order"])
                .sources(&["kinship_allowance_pilot"]),
        );
    }
    if pilot_open && sga_open {
        items.push(
            Item::new(Kind::Caution, "pilot_or_special_guardianship_allowance")
                .because(&["pilot_or_special_guardianship_allowance"])
                .sources(&["pilot_or_sgo_allowance_written_answer", "special_guardianship_regs_2005"]),
        );
    }

    // Private fostering: a carer who is not a close relative must tell the
    // council (the contract's child is 0-17; the words give the 16 and 18).
    let informal = matches!(a.arrangement, Arrangement::Informal | Arrangement::NotSure);
    if informal && !a.carer_is_close_relative && !looked_after {
        items.push(
            Item::new(Kind::Caution, "private_fostering_notify_council")
                .because(&["private_fostering_notify_council"])
                .sources(&["children_act_1989_s66", "children_act_1989_s105", "private_fostering_regs_2005"]),
        );
    }

    // Temporary approval of a connected person as foster carer.
    if looked_after && matches!(a.arrangement, Arrangement::ConnectedPersonFosterCarer | Arrangement::NotSure) {
        let weeks = ctx.count(&params::CONNECTED_PERSON_TEMPORARY_APPROVAL_WEEKS);
        let extension = ctx.count(&params::CONNECTED_PERSON_EXTENSION_WEEKS);
        items.push(
            Item::new(Kind::Entitlement, "connected_person_temporary_approval")
                .because(&["connected_person_temporary_approval"])
                .cite(ctx.cite(&params::CONNECTED_PERSON_TEMPORARY_APPROVAL_WEEKS))
                .cite(ctx.cite(&params::CONNECTED_PERSON_EXTENSION_WEEKS))
                .fact("approval_weeks", weeks)
                .fact("extension_weeks", extension),
        );
    }

    ctx.finish(Journey::Kinship, items, Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(arrangement: Arrangement, looked_after: bool, before: bool, lives_in: LivesIn) -> KinshipAnswers {
        KinshipAnswers {
            child_age: 6,
            child_looked_after_now: looked_after,
            child_previously_looked_after: before,
            arrangement,
            lives_in,
            carer_is_close_relative: false,
        }
    }

    fn open_ids(o: &Outcome) -> Vec<(Kind, &'static str)> {
        o.items.iter().filter(|i| i.is_open_now()).map(|i| (i.kind, i.id)).collect()
    }

    #[test]
    fn child_benefit_is_never_open_while_the_child_is_looked_after() {
        for &arrangement in Arrangement::ALL {
            for &lives_in in LivesIn::ALL {
                let o = evaluate(&answers(arrangement, true, false, lives_in), Date::ymd(2026, 6, 1));
                let cb = o.item(Kind::Entitlement, "child_benefit").unwrap();
                assert_eq!(cb.when, Some(When::NotAvailable), "{arrangement:?} {lives_in:?}");
                assert_eq!(cb.amount, None);
                let o = evaluate(&answers(arrangement, false, false, lives_in), Date::ymd(2026, 6, 1));
                assert!(o.item(Kind::Entitlement, "child_benefit").unwrap().is_open_now());
            }
        }
    }

    #[test]
    fn the_pilot_is_open_only_in_medway_under_an_order_for_a_child_not_looked_after() {
        let on = Date::ymd(2026, 6, 1);
        for &arrangement in Arrangement::ALL {
            for &lives_in in LivesIn::ALL {
                for looked_after in [false, true] {
                    let o = evaluate(&answers(arrangement, looked_after, true, lives_in), on);
                    let open = o.item(Kind::Entitlement, "kinship_allowance_pilot").is_some_and(Item::is_open_now);
                    let order = matches!(
                        arrangement,
                        Arrangement::SpecialGuardianshipOrder | Arrangement::ChildArrangementsOrder
                    );
                    assert_eq!(
                        open,
                        lives_in == LivesIn::Medway && order && !looked_after,
                        "{arrangement:?} {lives_in:?}"
                    );
                    let both = open
                        && o.item(Kind::Entitlement, "special_guardianship_allowance").is_some_and(Item::is_open_now);
                    let caution = o.item(Kind::Caution, "pilot_or_special_guardianship_allowance").is_some();
                    assert_eq!(caution, both, "{arrangement:?} {lives_in:?} {looked_after}");
                    let cao = o.item(Kind::Caution, "pilot_child_arrangements_order").is_some();
                    assert_eq!(cao, open && arrangement == Arrangement::ChildArrangementsOrder);
                }
            }
        }
        // A looked-after child's carer in Medway is told why, not shown nothing.
        let o = evaluate(&answers(Arrangement::SpecialGuardianshipOrder, true, false, LivesIn::Medway), on);
        let pilot = o.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap();
        assert_eq!((pilot.when, pilot.reason), (Some(When::NotAvailable), Some("child_looked_after")));
    }

    #[test]
    fn a_carer_who_is_not_a_close_relative_is_told_to_tell_the_council() {
        let on = Date::ymd(2025, 11, 1);
        for &arrangement in Arrangement::ALL {
            for looked_after in [false, true] {
                for close in [false, true] {
                    let mut a = answers(arrangement, looked_after, false, LivesIn::Kent);
                    a.carer_is_close_relative = close;
                    let o = evaluate(&a, on);
                    let given = open_ids(&o).contains(&(Kind::Caution, "private_fostering_notify_council"));
                    let informal = matches!(arrangement, Arrangement::Informal | Arrangement::NotSure);
                    assert_eq!(given, informal && !close && !looked_after, "{arrangement:?} {looked_after} {close}");
                }
            }
        }
    }

    #[test]
    fn every_rule_used_has_a_sentence() {
        let on = Date::ymd(2025, 9, 1);
        for &arrangement in Arrangement::ALL {
            for &lives_in in LivesIn::ALL {
                for (now, before) in [(false, false), (false, true), (true, false), (true, true)] {
                    let o = evaluate(&answers(arrangement, now, before, lives_in), on);
                    for item in &o.items {
                        assert!(!item.because.is_empty() && !item.sources.is_empty(), "{}", item.id);
                        for rule in &item.because {
                            let text = crate::explain::item_sentence(rule, item, &o)
                                .unwrap_or_else(|| panic!("no sentence for {rule}"));
                            assert!(!text.contains('{'), "{rule}: unfilled placeholder in {text}");
                        }
                        for s in &item.sources {
                            assert!(params::source(s).is_some(), "unknown source {s}");
                        }
                    }
                    assert_eq!(o.rates.as_of, Date::ymd(2025, 4, 1));
                }
            }
        }
    }

    #[test]
    fn the_pilot_allowance_opens_on_the_day_its_areas_were_confirmed() {
        let medway = answers(Arrangement::SpecialGuardianshipOrder, false, true, LivesIn::Medway);
        let before = evaluate(&medway, Date::ymd(2026, 2, 26));
        let pilot = before.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap();
        assert_eq!((pilot.when, pilot.from), (Some(When::Later), Some(Date::ymd(2026, 2, 27))));
        assert!(!pilot.is_open_now());
        let text = crate::explain::item_sentence("opens_on_date", pilot, &before).unwrap();
        assert!(text.contains("27 February 2026"), "{text}");
        let on_the_day = evaluate(&medway, Date::ymd(2026, 2, 27));
        assert!(on_the_day.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap().is_open_now());
    }

    #[test]
    fn outside_kent_the_allowance_has_no_figure_from_kents_rates() {
        for lives_in in [LivesIn::Medway, LivesIn::Elsewhere] {
            let o =
                evaluate(&answers(Arrangement::SpecialGuardianshipOrder, false, true, lives_in), Date::ymd(2025, 9, 1));
            let sga = o.item(Kind::Entitlement, "special_guardianship_allowance").unwrap();
            assert!(sga.is_open_now());
            assert_eq!((sga.amount, sga.estimate), (None, false));
            assert_eq!(sga.because, ["special_guardianship_allowance_ask_the_council"]);
        }
    }

    #[test]
    fn the_indicative_allowance_is_maintenance_less_child_benefit() {
        let o = evaluate(
            &answers(Arrangement::SpecialGuardianshipOrder, false, true, LivesIn::Kent),
            Date::ymd(2025, 9, 1),
        );
        let sga = o.item(Kind::Entitlement, "special_guardianship_allowance").unwrap();
        assert_eq!(sga.amount.map(crate::Money::to_plain).as_deref(), Some("206.57"));
        assert!(sga.estimate);
    }
}
