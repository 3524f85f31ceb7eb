//! The places to live and the entitlements, one entry each in `OFFERS`
//! (its id, kind, rule, sources, amount and contract), and how each
//! stands for a person.

use super::check::{self, OpenTo};
use super::*;

/// An accommodation option or an entitlement: the name its entry goes by
/// where a rule treats it on its own (who it is for, in check.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Offer {
    Fostering,
    StayingPut,
    KentSupportedHomes,
    ResidentialChildrensHome,
    ResidentialSpecialSchool,
    SupportedAccommodationSpot,
    SupportedAccommodationOnsite,
    SupportedAccommodationOutreach,
    TransitionalAccommodation,
    SharedAccommodation,
    ReceptionAndSafeCare,
    SupportedLiving,
    ShortBreaks,
    SharedLives,
    IndependentLiving,
    PersonalAdviser,
    PathwayPlan,
    SettingUpHomeAllowance,
    HigherEducationBursary,
    ApprenticeshipBursary,
    Bursary16To19,
    CouncilTaxPaid,
    SharedAccommodationRateExemption,
    HomelessPriorityNeed,
    StayingPutEntitlement,
    UniversalCreditEarlyClaim,
    TriplePathwayPlanning,
    EssentialLivingAllowance,
    SocialHousingNoLocalConnectionTest,
}

/// One accommodation option or entitlement, read in one place: its id,
/// its kind, the rule saying who it is for, its sources (besides an
/// amount's own), the amount it pays and the contract it runs under.
pub(super) struct Spec {
    pub(super) offer: Offer,
    pub(super) id: &'static str,
    pub(super) kind: Kind,
    pub(super) rule: &'static str,
    /// Who it is for.
    pub(super) open_to: OpenTo,
    pub(super) sources: &'static [&'static str],
    /// The amount it pays, how often, and whether it is the most that can
    /// be paid, set on need (CONTRACT: Kent's "up to £2,000"; the
    /// bursary's "up to £1,200").
    pub(super) amount: Option<(&'static Param, Period, bool)>,
    /// The last day of the option's contract.
    pub(super) contract: Option<&'static Param>,
    /// Whether it can open on a later day (the apprenticeship bursary is
    /// for an apprenticeship starting on `on`).
    pub(super) opens_later: bool,
}

/// What most offers have: no amount, no contract, and they can open later
/// (every entry gives its own offer, id, rule and who it is for).
const PLACE: Spec = Spec {
    offer: Offer::Fostering,
    id: "",
    kind: Kind::Accommodation,
    rule: "",
    open_to: check::in_care_under_18,
    sources: SUFFICIENCY,
    amount: None,
    contract: None,
    opens_later: true,
};
const ENTITLEMENT: Spec = Spec { kind: Kind::Entitlement, ..PLACE };
const SUFFICIENCY: &[&str] = &["kent_sufficiency_2024"];
const SUPPORTED: &[&str] = &["kent_sufficiency_2024", "supported_accommodation_regs_2023"];
const STAYING_PUT: &[&str] = &["kent_sufficiency_2024", "children_and_families_act_2014_s98"];

/// The accommodation options, then the entitlements, in the contract's order.
pub(super) static OFFERS: [Spec; 29] = [
    Spec {
        offer: Offer::Fostering,
        id: "fostering",
        rule: "fostering_for_children_in_care",
        open_to: check::in_care_under_18,
        ..PLACE
    },
    Spec {
        offer: Offer::StayingPut,
        id: "staying_put",
        rule: "staying_put_with_foster_carer",
        open_to: check::staying_put,
        sources: STAYING_PUT,
        ..PLACE
    },
    Spec {
        offer: Offer::KentSupportedHomes,
        id: "kent_supported_homes",
        rule: "kent_supported_homes_16_to_20",
        open_to: check::kent_supported_homes,
        ..PLACE
    },
    Spec {
        offer: Offer::ResidentialChildrensHome,
        id: "residential_childrens_home",
        rule: "residential_childrens_home_for_children_in_care",
        open_to: check::in_care_under_18,
        ..PLACE
    },
    Spec {
        offer: Offer::ResidentialSpecialSchool,
        id: "residential_special_school",
        rule: "residential_special_school_5_to_17",
        open_to: check::residential_special_school,
        ..PLACE
    },
    Spec {
        offer: Offer::SupportedAccommodationSpot,
        id: "supported_accommodation_spot",
        rule: "supported_accommodation_16_17",
        open_to: check::supported_accommodation,
        sources: SUPPORTED,
        ..PLACE
    },
    Spec {
        offer: Offer::SupportedAccommodationOnsite,
        id: "supported_accommodation_onsite",
        rule: "supported_accommodation_onsite_16_17",
        open_to: check::supported_accommodation,
        sources: SUPPORTED,
        contract: Some(&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_ONSITE),
        ..PLACE
    },
    Spec {
        offer: Offer::SupportedAccommodationOutreach,
        id: "supported_accommodation_outreach",
        rule: "supported_accommodation_outreach_16_17",
        open_to: check::supported_accommodation,
        sources: SUPPORTED,
        contract: Some(&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_OUTREACH),
        ..PLACE
    },
    Spec {
        offer: Offer::TransitionalAccommodation,
        id: "transitional_accommodation",
        rule: "transitional_accommodation_18",
        open_to: check::transitional_accommodation,
        contract: Some(&params::CONTRACT_END_TRANSITIONAL_ACCOMMODATION),
        ..PLACE
    },
    Spec {
        offer: Offer::SharedAccommodation,
        id: "shared_accommodation",
        rule: "shared_accommodation_existing_residents",
        open_to: check::shared_accommodation,
        contract: Some(&params::CONTRACT_END_SHARED_ACCOMMODATION),
        ..PLACE
    },
    Spec {
        offer: Offer::ReceptionAndSafeCare,
        id: "reception_and_safe_care",
        rule: "reception_and_safe_care_16_17",
        open_to: check::reception_and_safe_care,
        ..PLACE
    },
    Spec {
        offer: Offer::SupportedLiving,
        id: "supported_living",
        rule: "supported_living_care_act_needs",
        open_to: check::care_act_needs,
        ..PLACE
    },
    Spec {
        offer: Offer::ShortBreaks,
        id: "short_breaks",
        rule: "short_breaks_disabled_children",
        open_to: check::short_breaks,
        ..PLACE
    },
    Spec {
        offer: Offer::SharedLives,
        id: "shared_lives",
        rule: "shared_lives_care_act_needs",
        open_to: check::care_act_needs,
        ..PLACE
    },
    Spec {
        offer: Offer::IndependentLiving,
        id: "independent_living",
        rule: "independent_living_care_leavers_18_plus",
        open_to: check::independent_living,
        ..PLACE
    },
    Spec {
        offer: Offer::PersonalAdviser,
        id: "personal_adviser",
        rule: "personal_adviser_to_25",
        open_to: check::pathway,
        sources: &["leaving_care_act_2000", "children_and_social_work_act_2017", "kent_sufficiency_2024"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::PathwayPlan,
        id: "pathway_plan",
        rule: "pathway_plan_every_6_months",
        open_to: check::pathway,
        sources: &["care_leavers_regs_2010"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::SettingUpHomeAllowance,
        id: "setting_up_home_allowance",
        rule: "setting_up_home_allowance_former_relevant",
        open_to: check::setting_up_home_allowance,
        sources: &["kent_local_offer", "setting_up_home_allowance_dfe"],
        amount: Some((&params::SETTING_UP_HOME_ALLOWANCE, Period::Once, true)),
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::HigherEducationBursary,
        id: "higher_education_bursary",
        rule: "higher_education_bursary_former_relevant",
        open_to: check::higher_education_bursary,
        sources: &["he_bursary_regs_2009"],
        amount: Some((&params::HIGHER_EDUCATION_BURSARY, Period::Once, false)),
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::ApprenticeshipBursary,
        id: "apprenticeship_bursary",
        rule: "apprenticeship_bursary_for_care_leavers",
        open_to: check::apprenticeship_bursary,
        sources: &["apprenticeship_bursary"],
        amount: Some((&params::APPRENTICESHIP_BURSARY, Period::Once, false)),
        opens_later: false,
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::Bursary16To19,
        id: "bursary_16_19",
        rule: "bursary_16_19_in_care_or_care_leaver",
        open_to: check::bursary_16_19,
        sources: &["bursary_16_19"],
        amount: Some((&params::BURSARY_16_19, Period::Year, true)),
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::CouncilTaxPaid,
        id: "council_tax_paid",
        rule: "council_tax_paid_kent_18_to_20",
        open_to: check::council_tax_paid,
        sources: &["kcc_council_tax_care_leavers"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::SharedAccommodationRateExemption,
        id: "shared_accommodation_rate_exemption",
        rule: "shared_accommodation_rate_exemption_under_25",
        open_to: check::shared_accommodation_rate_exemption,
        sources: &["universal_credit_care_leavers", "housing_act_1996_ss160za_185"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::HomelessPriorityNeed,
        id: "homeless_priority_need",
        rule: "homeless_priority_need_18_to_20",
        open_to: check::homeless_priority_need,
        sources: &["homelessness_priority_need_order_2002", "housing_act_1996_ss160za_185"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::StayingPutEntitlement,
        id: "staying_put",
        rule: "staying_put_with_foster_carer",
        open_to: check::staying_put,
        sources: STAYING_PUT,
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::UniversalCreditEarlyClaim,
        id: "universal_credit_early_claim",
        rule: "universal_credit_from_one_month_before_18",
        open_to: check::universal_credit_early_claim,
        sources: &["kent_local_offer", "housing_act_1996_ss160za_185"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::TriplePathwayPlanning,
        id: "triple_pathway_planning",
        rule: "triple_pathway_planning_for_uasc",
        open_to: check::triple_pathway_planning,
        sources: &["kent_corporate_parenting_2024"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::EssentialLivingAllowance,
        id: "essential_living_allowance",
        rule: "essential_living_allowance_instead_of_benefits",
        open_to: check::essential_living_allowance,
        sources: &["kcc_essential_living_allowance", "housing_act_1996_ss160za_185"],
        ..ENTITLEMENT
    },
    Spec {
        offer: Offer::SocialHousingNoLocalConnectionTest,
        id: "social_housing_no_local_connection_test",
        rule: "social_housing_no_local_connection_test_under_25",
        open_to: check::social_housing_no_local_connection_test,
        sources: &["care_leavers_allocation_regs_2025", "housing_act_1996_ss160za_185"],
        ..ENTITLEMENT
    },
];

/// How an item stands for the person on `on`.
pub(super) enum Standing {
    Now { until: Option<Date> },
    Later { from: Date, until: Option<Date> },
    Closed { reason: &'static str },
}

impl Spec {
    /// The last day of the option's contract, if it has one.
    pub(super) fn contract_end(&self, on: Date) -> Option<Date> {
        self.contract.and_then(|c| c.at(on)).and_then(params::Found::date)
    }

    /// The rule saying who the item is for, as it reads for this person:
    /// from 21 a former relevant young person not in education or training
    /// has a personal adviser and a pathway plan if they ask (Children Act
    /// 1989 s23CZB; DOMAIN 4.4).
    pub(super) fn rule_for(&self, p: &Person, now: &View) -> &'static str {
        let on_request =
            now.status == Status::FormerRelevant && now.age >= p.l.pa_on_request_from && !p.a.in_education_or_training;
        let a = p.a;
        match self.offer {
            Offer::PersonalAdviser if on_request => "personal_adviser_if_you_ask",
            Offer::PathwayPlan if on_request => "pathway_plan_if_you_ask",
            // Kent's figure is Kent's: another council sets its own.
            Offer::SettingUpHomeAllowance if !a.kent_care_leaver => "setting_up_home_allowance_other_council",
            Offer::IndependentLiving if a.immigration_status.no_status() => "independent_living_no_status",
            // Leave gives a right to rent (Immigration Act 2014 s21), but with
            // no recourse to public funds no council home and no help with rent
            // from benefits (Housing Act 1996 s160ZA; DOMAIN, "Immigration status").
            Offer::IndependentLiving if a.immigration_status == ImmigrationStatus::LeaveNoPublicFunds => {
                "independent_living_no_public_funds"
            }
            _ => self.rule,
        }
    }

    /// Whether the amount held applies to this person: Kent's setting up home
    /// allowance is Kent's own figure, so another council's care leaver is
    /// told to ask that council (DOMAIN 4.3, 4.4).
    pub(super) const fn amount_applies(&self, p: &Person) -> bool {
        !matches!(self.offer, Offer::SettingUpHomeAllowance) || p.a.kent_care_leaver
    }

    /// The rule explaining why the item is closed for `reason`.
    pub(super) fn closed_rule(&self, reason: &str) -> &'static str {
        match (self.offer, reason) {
            (Offer::CouncilTaxPaid, AGE) => "council_tax_paid_ends_at_21",
            (Offer::HomelessPriorityNeed, AGE) => "homeless_priority_need_from_21",
            _ => closed_rule(reason),
        }
    }

    /// Whether a closed entitlement is worth listing as `not_available`
    /// (accommodation always is).
    pub(super) fn worth_telling(&self, p: &Person, now: &View, reason: &str) -> bool {
        let a = p.a;
        match self.offer {
            _ if self.kind == Kind::Accommodation => true,
            Offer::HigherEducationBursary => a.in_higher_education,
            Offer::ApprenticeshipBursary => a.starting_apprenticeship,
            Offer::CouncilTaxPaid | Offer::StayingPutEntitlement => now.status == Status::FormerRelevant,
            Offer::HomelessPriorityNeed => {
                matches!(reason, AGE | NO_PUBLIC_FUNDS)
                    && now.age >= p.l.thresholds.adult
                    && now.age < p.l.thresholds.support_end
                    && (now.after_16_care || now.privately_fostered)
            }
            // Someone who would have these but for their immigration status
            // is told why not (Housing Act 1996 ss160ZA, 185).
            Offer::SharedAccommodationRateExemption
            | Offer::UniversalCreditEarlyClaim
            | Offer::SocialHousingNoLocalConnectionTest => reason == NO_PUBLIC_FUNDS,
            Offer::TriplePathwayPlanning => a.unaccompanied_asylum_seeking && reason == SETTLED_STATUS,
            _ => false,
        }
    }

    /// The last day the item stays open, given the views on the change
    /// days after its start: the day before the first on which it closes.
    pub(super) fn last_day(&self, p: &Person, after_start: &[View]) -> Option<Date> {
        after_start.iter().find(|v| self.check(p, v).is_err()).and_then(|v| v.on.add_days(-1))
    }

    /// How the item stands on `on`. `later` holds the person as seen on
    /// each change day after `on`, in order.
    pub(super) fn standing(&self, p: &Person, now: &View, later: &[View]) -> Standing {
        match self.check(p, now) {
            Ok(()) => Standing::Now { until: self.last_day(p, later) },
            Err(reason) => {
                let opens = if self.opens_later { later.iter().position(|v| self.check(p, v).is_ok()) } else { None };
                match opens.and_then(|i| Some((later.get(i)?.on, later.get(i + 1..)?))) {
                    Some((from, after)) => Standing::Later { from, until: self.last_day(p, after) },
                    None => Standing::Closed { reason },
                }
            }
        }
    }

    /// Adds the item for this offer to `items`, unless it is an entitlement
    /// not worth listing. `shown` collects the first day of each amount shown.
    pub(super) fn push_item(
        &self,
        p: &Person,
        ctx: &mut Ctx,
        now: &View,
        later: &[View],
        shown: &mut Vec<Date>,
        items: &mut Vec<Item>,
    ) {
        let standing = self.standing(p, now, later);
        if let Standing::Closed { reason } = standing {
            if !self.worth_telling(p, now, reason) {
                return;
            }
        }
        // Built in place (the item is large; moving it through a chain of
        // builders costs more than the rules).
        let mut item = Item::new(self.kind, self.id);
        item.add_because(&[self.rule_for(p, now)]);
        match self.offer {
            Offer::PersonalAdviser if p.a.kent_care_leaver => {
                item.add_because(&["personal_adviser_kent_at_17_and_a_half"])
            }
            // Article 4 leaves out a relevant student whose term-time home
            // is closed in a vacation; the council must then help (s24B(5)).
            Offer::HomelessPriorityNeed if p.a.in_education_or_training => {
                item.add_because(&["homeless_priority_need_students"]);
                item.add_sources(&["children_act_1989_s24b"]);
            }
            _ => {}
        }
        item.add_sources(self.sources);
        if let Some((param, ..)) = self.amount {
            item.add_cite(ctx.cite(param));
        }
        let contract_end = self.contract_end(p.on);
        if let Some(end) = contract_end {
            item.add_fact("contract_end", end);
        }
        if let Some(cutoff) = p.l.shared_cutoff.filter(|_| self.offer == Offer::SharedAccommodation) {
            item.add_fact("shared_cutoff", cutoff);
        }
        if self.offer == Offer::SettingUpHomeAllowance {
            // Both figures are named in the words, whenever it opens; only
            // Kent's is an amount paid, so only it counts towards `rates`.
            for (key, param) in [
                ("kent_published", &params::SETTING_UP_HOME_ALLOWANCE),
                ("dfe_recommended", &params::SETTING_UP_HOME_ALLOWANCE_DFE),
            ] {
                if let Some(found) = param.at(p.on) {
                    item.add_fact(key, found.money().unwrap_or(crate::Money::ZERO));
                    item.add_cite((found.dated.source, found.dated.section));
                }
            }
        }
        match standing {
            Standing::Now { until } => {
                item.when = Some(When::Now);
                item.until = until;
                if let Some((param, period, up_to)) = self.amount.filter(|_| self.amount_applies(p)) {
                    let figure = ctx.money(param);
                    item.amount = Some(figure.amount);
                    item.period = Some(period);
                    item.add_fact("amount", figure.amount);
                    item.add_cite(figure.cite());
                    item.estimate = figure.is_estimate();
                    item.up_to = up_to;
                    shown.push(figure.from);
                }
            }
            Standing::Later { from, until } => {
                item.when = Some(When::Later);
                item.add_because(&["opens_on_date"]);
                item.add_fact("from", from);
                item.from = Some(from);
                item.until = until;
            }
            Standing::Closed { reason } => {
                item.when = Some(When::NotAvailable);
                item.add_because(&[self.closed_rule(reason)]);
                item.reason = Some(reason);
                if reason == CONTRACT_ENDED {
                    item.until = contract_end;
                }
            }
        }
        // Staying Put past 21 lasts until a course begun before 21 ends,
        // which the answers cannot date: then no last day is given (the
        // sentence and the timeline's "staying_put_ends" say so), rather
        // than the day before 25 that carrying the answers forward gives.
        if matches!(self.offer, Offer::StayingPut | Offer::StayingPutEntitlement) {
            let eve_of_21 = p.birthday(p.l.staying_put_end).and_then(|d| d.add_days(-1));
            if item.until.zip(eve_of_21).is_some_and(|(until, eve)| until > eve) {
                item.until = None;
            }
        }
        if let Some(until) = item.until {
            item.add_fact("until", until);
        }
        items.push(item);
    }
}
