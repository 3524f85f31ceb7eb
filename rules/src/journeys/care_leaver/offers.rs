//! The places to live and the entitlements: each one's id, rule,
//! sources, amount and contract, and how it stands for a person.

use super::*;

/// An accommodation option or an entitlement.
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

/// The accommodation options, in the contract's order.
pub(super) const ACCOMMODATION: [Offer; 15] = [
    Offer::Fostering,
    Offer::StayingPut,
    Offer::KentSupportedHomes,
    Offer::ResidentialChildrensHome,
    Offer::ResidentialSpecialSchool,
    Offer::SupportedAccommodationSpot,
    Offer::SupportedAccommodationOnsite,
    Offer::SupportedAccommodationOutreach,
    Offer::TransitionalAccommodation,
    Offer::SharedAccommodation,
    Offer::ReceptionAndSafeCare,
    Offer::SupportedLiving,
    Offer::ShortBreaks,
    Offer::SharedLives,
    Offer::IndependentLiving,
];

/// The entitlements, in the contract's order.
pub(super) const ENTITLEMENTS: [Offer; 14] = [
    Offer::PersonalAdviser,
    Offer::PathwayPlan,
    Offer::SettingUpHomeAllowance,
    Offer::HigherEducationBursary,
    Offer::ApprenticeshipBursary,
    Offer::Bursary16To19,
    Offer::CouncilTaxPaid,
    Offer::SharedAccommodationRateExemption,
    Offer::HomelessPriorityNeed,
    Offer::StayingPutEntitlement,
    Offer::UniversalCreditEarlyClaim,
    Offer::TriplePathwayPlanning,
    Offer::EssentialLivingAllowance,
    Offer::SocialHousingNoLocalConnectionTest,
];

/// The amounts the entitlements pay, with their item ids, for the
/// timeline's `new_rate` events and the fallback `rates.as_of`.
pub(super) const AMOUNTS: [(&Param, &str); 4] = [
    (&params::SETTING_UP_HOME_ALLOWANCE, "setting_up_home_allowance"),
    (&params::HIGHER_EDUCATION_BURSARY, "higher_education_bursary"),
    (&params::APPRENTICESHIP_BURSARY, "apprenticeship_bursary"),
    (&params::BURSARY_16_19, "bursary_16_19"),
];

/// How an item stands for the person on `on`.
pub(super) enum Standing {
    Now { until: Option<Date> },
    Later { from: Date, until: Option<Date> },
    Closed { reason: &'static str },
}

impl Offer {
    pub(super) const fn id(self) -> &'static str {
        match self {
            Offer::Fostering => "fostering",
            Offer::StayingPut | Offer::StayingPutEntitlement => "staying_put",
            Offer::KentSupportedHomes => "kent_supported_homes",
            Offer::ResidentialChildrensHome => "residential_childrens_home",
            Offer::ResidentialSpecialSchool => "residential_special_school",
            Offer::SupportedAccommodationSpot => "supported_accommodation_spot",
            Offer::SupportedAccommodationOnsite => "supported_accommodation_onsite",
            Offer::SupportedAccommodationOutreach => "supported_accommodation_outreach",
            Offer::TransitionalAccommodation => "transitional_accommodation",
            Offer::SharedAccommodation => "shared_accommodation",
            Offer::ReceptionAndSafeCare => "reception_and_safe_care",
            Offer::SupportedLiving => "supported_living",
            Offer::ShortBreaks => "short_breaks",
            Offer::SharedLives => "shared_lives",
            Offer::IndependentLiving => "independent_living",
            Offer::PersonalAdviser => "personal_adviser",
            Offer::PathwayPlan => "pathway_plan",
            Offer::SettingUpHomeAllowance => "setting_up_home_allowance",
            Offer::HigherEducationBursary => "higher_education_bursary",
            Offer::ApprenticeshipBursary => "apprenticeship_bursary",
            Offer::Bursary16To19 => "bursary_16_19",
            Offer::CouncilTaxPaid => "council_tax_paid",
            Offer::SharedAccommodationRateExemption => "shared_accommodation_rate_exemption",
            Offer::HomelessPriorityNeed => "homeless_priority_need",
            Offer::UniversalCreditEarlyClaim => "universal_credit_early_claim",
            Offer::TriplePathwayPlanning => "triple_pathway_planning",
            Offer::EssentialLivingAllowance => "essential_living_allowance",
            Offer::SocialHousingNoLocalConnectionTest => "social_housing_no_local_connection_test",
        }
    }

    pub(super) const fn is_accommodation(self) -> bool {
        !matches!(
            self,
            Offer::PersonalAdviser
                | Offer::PathwayPlan
                | Offer::SettingUpHomeAllowance
                | Offer::HigherEducationBursary
                | Offer::ApprenticeshipBursary
                | Offer::Bursary16To19
                | Offer::CouncilTaxPaid
                | Offer::SharedAccommodationRateExemption
                | Offer::HomelessPriorityNeed
                | Offer::StayingPutEntitlement
                | Offer::UniversalCreditEarlyClaim
                | Offer::TriplePathwayPlanning
                | Offer::EssentialLivingAllowance
                | Offer::SocialHousingNoLocalConnectionTest
        )
    }

    /// The rule saying who the item is for.
    pub(super) const fn rule(self) -> &'static str {
        match self {
            Offer::Fostering => "fostering_for_children_in_care",
            Offer::StayingPut | Offer::StayingPutEntitlement => "staying_put_with_foster_carer",
            Offer::KentSupportedHomes => "kent_supported_homes_16_to_20",
            Offer::ResidentialChildrensHome => "residential_childrens_home_for_children_in_care",
            Offer::ResidentialSpecialSchool => "residential_special_school_5_to_17",
            Offer::SupportedAccommodationSpot => "supported_accommodation_16_17",
            Offer::SupportedAccommodationOnsite => "supported_accommodation_onsite_16_17",
            Offer::SupportedAccommodationOutreach => "supported_accommodation_outreach_16_17",
            Offer::TransitionalAccommodation => "transitional_accommodation_18",
            Offer::SharedAccommodation => "shared_accommodation_existing_residents",
            Offer::ReceptionAndSafeCare => "reception_and_safe_care_16_17",
            Offer::SupportedLiving => "supported_living_care_act_needs",
            Offer::ShortBreaks => "short_breaks_disabled_children",
            Offer::SharedLives => "shared_lives_care_act_needs",
            Offer::IndependentLiving => "independent_living_care_leavers_18_plus",
            Offer::PersonalAdviser => "personal_adviser_to_25",
            Offer::PathwayPlan => "pathway_plan_every_6_months",
            Offer::SettingUpHomeAllowance => "setting_up_home_allowance_former_relevant",
            Offer::HigherEducationBursary => "higher_education_bursary_former_relevant",
            Offer::ApprenticeshipBursary => "apprenticeship_bursary_for_care_leavers",
            Offer::Bursary16To19 => "bursary_16_19_in_care_or_care_leaver",
            Offer::CouncilTaxPaid => "council_tax_paid_kent_18_to_20",
            Offer::SharedAccommodationRateExemption => "shared_accommodation_rate_exemption_under_25",
            Offer::HomelessPriorityNeed => "homeless_priority_need_18_to_20",
            Offer::UniversalCreditEarlyClaim => "universal_credit_from_one_month_before_18",
            Offer::TriplePathwayPlanning => "triple_pathway_planning_for_uasc",
            Offer::EssentialLivingAllowance => "essential_living_allowance_instead_of_benefits",
            Offer::SocialHousingNoLocalConnectionTest => "social_housing_no_local_connection_test_under_25",
        }
    }

    /// The rule saying who the item is for, as it reads for this person:
    /// from 21 a former relevant young person not in education or training
    /// has a personal adviser and a pathway plan if they ask (Children Act
    /// 1989 s23CZB; DOMAIN 4.4).
    pub(super) fn rule_for(self, p: &Person, now: &View) -> &'static str {
        let on_request =
            now.status == Status::FormerRelevant && now.age >= p.l.pa_on_request_from && !p.a.in_education_or_training;
        let a = p.a;
        match self {
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
            _ => self.rule(),
        }
    }

    /// Whether the amount held applies to this person: Kent's setting up home
    /// allowance is Kent's own figure, so another council's care leaver is
    /// told to ask that council (DOMAIN 4.3, 4.4).
    pub(super) const fn amount_applies(self, p: &Person) -> bool {
        !matches!(self, Offer::SettingUpHomeAllowance) || p.a.kent_care_leaver
    }

    /// Whether the amount is the most that can be paid, set on need
    /// (CONTRACT: Kent's "up to £2,000"; the bursary's "up to £1,200").
    pub(super) const fn up_to(self) -> bool {
        matches!(self, Offer::SettingUpHomeAllowance | Offer::Bursary16To19)
    }

    /// The rule explaining why the item is closed for `reason`.
    pub(super) fn closed_rule(self, reason: &str) -> &'static str {
        match (self, reason) {
            (Offer::CouncilTaxPaid, AGE) => "council_tax_paid_ends_at_21",
            (Offer::HomelessPriorityNeed, AGE) => "homeless_priority_need_from_21",
            _ => closed_rule(reason),
        }
    }

    /// The sources behind the item (besides an amount's own source).
    pub(super) const fn sources(self) -> &'static [&'static str] {
        match self {
            Offer::StayingPut | Offer::StayingPutEntitlement => {
                &["kent_sufficiency_2024", "children_and_families_act_2014_s98"]
            }
            Offer::PersonalAdviser => {
                &["leaving_care_act_2000", "children_and_social_work_act_2017", "kent_sufficiency_2024"]
            }
            Offer::PathwayPlan => &["care_leavers_regs_2010"],
            Offer::SettingUpHomeAllowance => &["kent_local_offer", "setting_up_home_allowance_dfe"],
            Offer::HigherEducationBursary => &["he_bursary_regs_2009"],
            Offer::ApprenticeshipBursary => &["apprenticeship_bursary"],
            Offer::Bursary16To19 => &["bursary_16_19"],
            Offer::CouncilTaxPaid => &["kcc_council_tax_care_leavers"],
            Offer::SharedAccommodationRateExemption => {
                &["universal_credit_care_leavers", "housing_act_1996_ss160za_185"]
            }
            Offer::HomelessPriorityNeed => &["homelessness_priority_need_order_2002", "housing_act_1996_ss160za_185"],
            Offer::UniversalCreditEarlyClaim => &["kent_local_offer", "housing_act_1996_ss160za_185"],
            Offer::TriplePathwayPlanning => &["kent_corporate_parenting_2024"],
            Offer::EssentialLivingAllowance => &["kcc_essential_living_allowance", "housing_act_1996_ss160za_185"],
            Offer::SocialHousingNoLocalConnectionTest => {
                &["care_leavers_allocation_regs_2025", "housing_act_1996_ss160za_185"]
            }
            Offer::SupportedAccommodationSpot
            | Offer::SupportedAccommodationOnsite
            | Offer::SupportedAccommodationOutreach => &["kent_sufficiency_2024", "supported_accommodation_regs_2023"],
            Offer::ResidentialSpecialSchool => &["kent_sufficiency_2024"],
            _ => &["kent_sufficiency_2024"],
        }
    }

    /// The amount the item pays, and how often.
    pub(super) fn amount(self) -> Option<(&'static Param, Period)> {
        match self {
            Offer::SettingUpHomeAllowance => Some((&params::SETTING_UP_HOME_ALLOWANCE, Period::Once)),
            Offer::HigherEducationBursary => Some((&params::HIGHER_EDUCATION_BURSARY, Period::Once)),
            Offer::ApprenticeshipBursary => Some((&params::APPRENTICESHIP_BURSARY, Period::Once)),
            Offer::Bursary16To19 => Some((&params::BURSARY_16_19, Period::Year)),
            _ => None,
        }
    }

    /// The last day of the option's contract, if it has one.
    pub(super) const fn contract_end(self, l: &Limits) -> Option<Date> {
        match self {
            Offer::SupportedAccommodationOnsite => l.onsite_end,
            Offer::SupportedAccommodationOutreach => l.outreach_end,
            Offer::TransitionalAccommodation => l.transitional_end,
            Offer::SharedAccommodation => l.shared_contract_end,
            _ => None,
        }
    }

    /// Whether the item can open on a later day (the apprenticeship
    /// bursary is for an apprenticeship starting on `on`).
    pub(super) const fn can_open_later(self) -> bool {
        !matches!(self, Offer::ApprenticeshipBursary)
    }

    /// Whether a closed entitlement is worth listing as `not_available`
    /// (accommodation always is).
    pub(super) fn worth_telling(self, p: &Person, now: &View, reason: &str) -> bool {
        let a = p.a;
        match self {
            _ if self.is_accommodation() => true,
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
    pub(super) fn last_day(self, p: &Person, after_start: &[View]) -> Option<Date> {
        after_start.iter().find(|v| self.check(p, v).is_err()).and_then(|v| v.on.add_days(-1))
    }

    /// How the item stands on `on`. `later` holds the person as seen on
    /// each change day after `on`, in order.
    pub(super) fn standing(self, p: &Person, now: &View, later: &[View]) -> Standing {
        match self.check(p, now) {
            Ok(()) => Standing::Now { until: self.last_day(p, later) },
            Err(reason) => {
                let opens =
                    if self.can_open_later() { later.iter().position(|v| self.check(p, v).is_ok()) } else { None };
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
        self,
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
        let kind = if self.is_accommodation() { Kind::Accommodation } else { Kind::Entitlement };
        let mut item = Item::new(kind, self.id());
        item.add_because(&[self.rule_for(p, now)]);
        match self {
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
        item.add_sources(self.sources());
        if let Some((param, _)) = self.amount() {
            item.add_cite(ctx.cite(param));
        }
        let contract_end = self.contract_end(&p.l);
        if let Some(end) = contract_end {
            item.add_fact("contract_end", end);
        }
        if let Some(cutoff) = p.l.shared_cutoff.filter(|_| self == Offer::SharedAccommodation) {
            item.add_fact("shared_cutoff", cutoff);
        }
        if self == Offer::SettingUpHomeAllowance {
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
                if let Some((param, period)) = self.amount().filter(|_| self.amount_applies(p)) {
                    let figure = ctx.money(param);
                    item.amount = Some(figure.amount);
                    item.period = Some(period);
                    item.add_fact("amount", figure.amount);
                    item.add_cite(figure.cite());
                    item.estimate = figure.is_estimate();
                    item.up_to = self.up_to();
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
        if matches!(self, Offer::StayingPut | Offer::StayingPutEntitlement) {
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
