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
//! - A family that already has its arrangement (the order is made, or the
//!   carer approved: `arrangement_in_place`) starts from it: that
//!   arrangement is the only one listed, marked `in_place`, and other
//!   arrangements they do not need are left out.
//! - Which council supports a special guardian (Special Guardianship
//!   Regulations 2005 reg 5; Plymouth City Council's page applying it): the
//!   council that looked after the child immediately before the order
//!   stays responsible for three years from the order, wherever the family
//!   lives; after that, a family living outside its area asks the council
//!   where they live, though financial support agreed before the order
//!   stays with the first council. A child not looked after before the
//!   order is supported by the council where the family lives. Three years
//!   from the order end on its third anniversary (a shorter February
//!   clamps to its last day), so the council where the family lives is
//!   responsible from the day after. Items of kind `support`, one for each
//!   council in turn, with `until` and `from`, and the timeline event
//!   `sgo_support_moves` on the day responsibility moves.

use super::{band, read, Ctx};
use crate::answers::{Arrangement, KinshipAnswers, LivesIn, LookedAfterBy};
use crate::params;
use crate::{Date, Event, Item, Journey, Kind, Outcome, Period, When};

/// This journey's rule ids. Each one's sentence is the message
/// `rule.<id>` in `src/i18n/en.txt` (`crate::explain`).
pub static RULES: &[&str] = &[
    "arrangement_connected_person_fostering",
    "connected_person_fostering_needs_looked_after_child",
    "arrangement_special_guardianship",
    "arrangement_child_arrangements_order",
    "arrangement_informal",
    "informal_not_for_looked_after_child",
    "the_arrangement_you_chose",
    "child_benefit_for_kinship_carers",
    "child_benefit_once_not_looked_after",
    "no_child_benefit_for_foster_carers",
    "asgsf_for_orders_from_care",
    "asgsf_needs_care_before_the_order",
    "special_guardianship_allowance_means_tested",
    "special_guardianship_allowance_ask_the_council",
    "special_guardianship_allowance_ask_this_council",
    "kinship_allowance_pilot_medway",
    "kinship_allowance_pilot_not_for_arrangement",
    "kinship_allowance_pilot_needs_an_order",
    "kinship_allowance_pilot_not_while_looked_after",
    "pilot_child_arrangements_order",
    "pilot_or_special_guardianship_allowance",
    "private_fostering_notify_council",
    "kinship_allowance_pilot_not_in_kent",
    "the_arrangement_you_have",
    "sgo_support_where_you_live",
    "sgo_support_where_you_live_applying",
    "sgo_support_council_in_your_area",
    "sgo_support_first_three_years",
    "sgo_support_first_three_years_from_order",
    "sgo_support_first_three_years_no_date",
    "sgo_support_after_three_years",
    "sgo_support_after_three_years_from_order",
    "sgo_support_if_you_live_in_its_area",
    "sgo_financial_support_stays",
    "connected_person_temporary_approval",
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
    // A family whose arrangement is in place (and open to them) starts from
    // it: the other arrangements are not what they came for.
    let in_place = a.arrangement_in_place
        && !matches!(a.arrangement, Arrangement::Informal | Arrangement::NotSure)
        && arrangements.iter().any(|r| r.arrangement == a.arrangement && r.open);
    for r in arrangements {
        let chosen = a.arrangement == r.arrangement;
        if in_place && !chosen {
            continue;
        }
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
        if chosen && in_place {
            item = item.because(&["the_arrangement_you_have"]).fact("chosen", "yes").fact("in_place", "yes");
        } else if chosen {
            item = item.because(&["the_arrangement_you_chose"]).fact("chosen", "yes");
        }
        items.push(item);
    }
    if in_place {
        ctx.fact("arrangement_in_place", "yes");
    }

    // Which council supports a special guardian, and until when: told
    // first after the arrangement, since it is whom the family asks.
    let mut timeline = Vec::new();
    // Only when the family told us something the contract's answers do not
    // hold (the order is made, which council looked after the child, or
    // when): a scenario in the contract's own answers reads as before.
    let told = in_place || a.looked_after_by.is_some() || a.order_made_on.is_some();
    let supporting = if a.arrangement == Arrangement::SpecialGuardianshipOrder && told {
        support_council(&mut ctx, a, in_place, &mut items, &mut timeline)
    } else {
        None
    };

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
        // "Which council looked after the child just before the order" is
        // the finer answer where it is given.
        let from_care = looked_after
            || a.looked_after_by.map_or(a.child_previously_looked_after, |c| c != LookedAfterBy::NotLookedAfter);
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
    // The council that would pay is the one responsible for support where
    // the family said which council looked after the child; else, as
    // before that was asked, the council where they live.
    // An allowance is agreed before the order, as part of its support plan,
    // and money a council agreed before the order stays with it after the
    // three years (the Plymouth page applying reg 5): the council that
    // looked after the child is the one to ask, whoever supports the
    // family now.
    let payer = match a.looked_after_by {
        Some(LookedAfterBy::Kent) => Some(KENT),
        Some(LookedAfterBy::Medway) => Some(MEDWAY),
        _ => supporting,
    };
    let kent_pays = match (a.looked_after_by, payer) {
        (Some(_), Some(council)) => council.key == KENT.key,
        _ => a.lives_in == LivesIn::Kent,
    };
    if a.arrangement == Arrangement::SpecialGuardianshipOrder && !kent_pays {
        let mut item = Item::new(Kind::Entitlement, "special_guardianship_allowance")
            .because(&["special_guardianship_allowance_ask_the_council"])
            .sources(&["special_guardianship_regs_2005"]);
        let named = |c: &Council| c.id == KENT.id || c.id == MEDWAY.id;
        if let Some(council) = payer.filter(|c| a.looked_after_by.is_some() && named(c)) {
            item =
                item.because(&["special_guardianship_allowance_ask_this_council"]).fact("council_name", council.name);
        }
        items.push(item);
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

    ctx.finish(Journey::Kinship, items, timeline)
}

/// A council that can support a special guardian: the item id naming it,
/// its name for the sentences, and its page.
#[derive(Clone, Copy)]
struct Council {
    id: &'static str,
    name: &'static str,
    /// How a sentence names it as the council where the family lives.
    phrase: &'static str,
    key: &'static str,
    link: &'static str,
}

const KENT: Council = Council {
    id: "sgo_support_kent",
    name: "Kent County Council",
    phrase: "Kent County Council, the council where you live,",
    key: "kent",
    link: "kent_kinship_care_policy",
};
const MEDWAY: Council = Council {
    id: "sgo_support_medway",
    name: "Medway Council",
    phrase: "Medway Council, the council where you live,",
    key: "medway",
    link: "medway_children_in_care",
};
const LOOKED_AFTER_COUNCIL: Council = Council {
    id: "sgo_support_council_that_looked_after",
    name: "a council",
    phrase: "the council where you live",
    key: "another_council",
    link: "gov_uk_find_local_council",
};
const HOME_COUNCIL: Council = Council {
    id: "sgo_support_council_where_you_live",
    name: "the council where you live",
    phrase: "the council where you live",
    key: "council_where_you_live",
    link: "gov_uk_find_local_council",
};

/// The council responsible for a special guardian's support (Special
/// Guardianship Regulations 2005 reg 5): the one that looked after the
/// child just before the order, for three years from it, then the one
/// where the family lives.
fn support_council(
    ctx: &mut Ctx,
    a: &KinshipAnswers,
    in_place: bool,
    items: &mut Vec<Item>,
    timeline: &mut Vec<Event>,
) -> Option<Council> {
    const SOURCES: &[&str] = &["special_guardianship_regs_2005_reg5", "plymouth_special_guardians"];
    let home = match a.lives_in {
        LivesIn::Kent => KENT,
        LivesIn::Medway => MEDWAY,
        LivesIn::Elsewhere => HOME_COUNCIL,
    };
    // The council that looked after the child just before the order (or
    // looks after the child now, before an order): none when the child
    // was not looked after then.
    let named = |by: LookedAfterBy| match by {
        LookedAfterBy::Kent => Some(KENT),
        LookedAfterBy::Medway => Some(MEDWAY),
        LookedAfterBy::AnotherCouncil => Some(LOOKED_AFTER_COUNCIL),
        LookedAfterBy::NotLookedAfter => None,
    };
    let first = if a.child_looked_after_now {
        // The council that looks after the child now (before an order, the
        // one that will have looked after them just before it).
        Some(a.looked_after_by.and_then(named).unwrap_or(LOOKED_AFTER_COUNCIL))
    } else if !in_place {
        None
    } else {
        match a.looked_after_by {
            Some(by) => named(by),
            // Never looked after: not just before the order either.
            None if !a.child_previously_looked_after => None,
            // Looked after at some time before, but whether just before
            // the order is not known: nor is the council responsible.
            None => return None,
        }
    };
    let first_is_other = first.is_some_and(|c| c.id == LOOKED_AFTER_COUNCIL.id);
    let item = |c: &Council, rule: &'static str| {
        Item::new(Kind::Support, c.id)
            .because(&[rule])
            .sources(SOURCES)
            .sources(&[c.link])
            .fact("council", c.key)
            .fact("council_name", c.name)
            .fact("home_phrase", home.phrase)
            .fact("link", c.link)
    };
    // Another council may be the one where the family lives.
    let maybe_same = |item: Item| {
        if first_is_other && home.id == HOME_COUNCIL.id {
            item.because(&["sgo_support_if_you_live_in_its_area"])
        } else {
            item
        }
    };
    let Some(first) = first else {
        ctx.fact("support_council", home.key);
        let rule = if in_place { "sgo_support_where_you_live" } else { "sgo_support_where_you_live_applying" };
        items.push(item(&home, rule));
        return Some(home);
    };
    // Living in the area of the council that looked after the child: it
    // stays responsible (another council may be the family's own, so that
    // one is told as a change, with the condition in its words).
    let same = first.id == home.id && first.id != HOME_COUNCIL.id;
    if same {
        ctx.fact("support_council", first.key);
        items.push(item(&first, "sgo_support_council_in_your_area"));
        return Some(first);
    }
    let months = ctx.count(&params::SGO_SUPPORT_FIRST_COUNCIL_MONTHS);
    let cite = ctx.cite(&params::SGO_SUPPORT_FIRST_COUNCIL_MONTHS);
    let until = a
        .order_made_on
        .filter(|_| in_place)
        .and_then(|made| made.add_months(i32::try_from(months).unwrap_or(i32::MAX)));
    let moves_on = until.and_then(|u| u.add_days(1));
    let (Some(until), Some(moves_on), Some(made)) = (until, moves_on, a.order_made_on) else {
        // No date: the order is still to be made, or its date is unknown.
        ctx.fact("support_council", first.key);
        // One item, open now, that says who follows it (with no date to
        // give, a `later` item would have no first day).
        let now = maybe_same(
            item(
                &first,
                if in_place {
                    "sgo_support_first_three_years_no_date"
                } else {
                    "sgo_support_first_three_years_from_order"
                },
            )
            .because(&["sgo_support_after_three_years_from_order", "sgo_financial_support_stays"])
            .cite(cite),
        );
        items.push(now);
        return Some(first);
    };
    let on = ctx.on;
    let mut earlier = item(&first, "sgo_support_first_three_years")
        .because(&["sgo_financial_support_stays"])
        .cite(cite)
        .fact("order_made_on", made)
        .fact("until", until)
        .fact("moves_on", moves_on);
    earlier.until = Some(until);
    let mut later = maybe_same(item(&home, "sgo_support_after_three_years"))
        .because(&["sgo_financial_support_stays"])
        .cite(cite)
        .fact("order_made_on", made)
        .fact("until", until)
        .fact("moves_on", moves_on);
    later.from = Some(moves_on);
    ctx.fact("support_moves_on", moves_on);
    if on < moves_on {
        ctx.fact("support_council", first.key);
        later = later.when(When::Later);
        items.push(earlier);
        items.push(later);
        timeline.push(Event { date: moves_on, event: "sgo_support_moves", option: Some(home.id) });
        Some(first)
    } else {
        // The three years are over: the council where the family lives now;
        // the first council is told only for money it agreed before the order.
        ctx.fact("support_council", home.key);
        items.push(later);
        Some(home)
    }
}

#[cfg(test)]
mod tests;
