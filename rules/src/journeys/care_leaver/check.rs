//! Whether an item is open to a person, and if not the first reason.

use super::offers::{Offer, Spec};
use super::*;

impl Spec {
    /// Whether the item is open to the person as `v` sees them; if not, the
    /// first reason (the order is the module's "Reasons" decision).
    pub(super) fn check(&self, p: &Person, v: &View) -> Result<(), &'static str> {
        let a = p.a;
        let l = &p.l;
        let age = v.age;
        let status = v.status;
        if let Some(end) = self.contract_end(p.on) {
            need(v.on <= end, CONTRACT_ENDED)?;
        }
        let not_settled = a.immigration_status != ImmigrationStatus::Settled;
        let public_funds = a.immigration_status.public_funds();
        let no_status = a.immigration_status.no_status();
        match self.offer {
            Offer::Fostering | Offer::ResidentialChildrensHome => {
                need(age < l.thresholds.adult, AGE)?;
                need(v.looked_after, NOT_LOOKED_AFTER)
            }
            Offer::ResidentialSpecialSchool => {
                need(a.disabled || a.special_educational_needs, NOT_DISABLED_OR_SEN)?;
                need(age < l.thresholds.adult, AGE)?;
                need(v.looked_after, NOT_LOOKED_AFTER)?;
                need(age >= l.special_school_min, AGE)
            }
            Offer::SupportedAccommodationSpot
            | Offer::SupportedAccommodationOnsite
            | Offer::SupportedAccommodationOutreach => {
                // A relevant child is one the council must accommodate
                // (Children Act 1989 s23B(8)); the 2023 regulations cover
                // care leavers of 16 and 17 (CONTRACT, who has what).
                need(age < l.thresholds.adult, AGE)?;
                need(v.looked_after || status == Status::Relevant, NOT_IN_CARE_OR_RELEVANT)?;
                need(age >= l.thresholds.min_age, AGE)
            }
            Offer::ReceptionAndSafeCare => {
                need(a.unaccompanied_asylum_seeking, NOT_UNACCOMPANIED)?;
                need(age < l.thresholds.adult, AGE)?;
                need(v.looked_after, NOT_LOOKED_AFTER)?;
                need(age >= l.thresholds.min_age, AGE)?;
                // Newly arrived: before the day the weeks in care reach the limit.
                need(p.day_weeks_reach(l.reception_weeks).is_some_and(|last| v.on < last), NOT_NEWLY_ARRIVED)
            }
            Offer::KentSupportedHomes => {
                need(a.kent_care_leaver, NOT_KENT)?;
                need(age >= l.thresholds.min_age, AGE)?;
                // "For older children in care and care leavers" (SS Appendix 1).
                need(v.looked_after || status.has_pathway() || status == Status::Qualifying, NOT_CARE_LEAVER)?;
                if age >= l.ksh_end {
                    // "Up to 25 if in further education" (SS Appendix 1).
                    // The answers say what someone studies now: whether
                    // they will be in further education at 21 is not
                    // known, so before 21 their stay is counted to 21.
                    need(age < l.ksh_education_end && p.age >= l.ksh_end, AGE)?;
                    need(a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
                    need(!a.in_higher_education, NOT_IN_FURTHER_EDUCATION)?;
                }
                Ok(())
            }
            Offer::StayingPut | Offer::StayingPutEntitlement => {
                // The reason told is the one that decides it for this person:
                // someone who will not be former relevant is told that; an
                // eligible or relevant young person (former relevant at 18)
                // is told about the 18th birthday, then the foster carer.
                // Living with a foster carer comes after the status and the
                // 18th birthday, since it is asked only of those it can matter to.
                need(age < l.thresholds.support_end, AGE)?;
                let former_relevant_at_18 = matches!(status, Status::Eligible | Status::Relevant)
                    || (status == Status::LookedAfterChild && p.eligible_from().is_some());
                need(status == Status::FormerRelevant || former_relevant_at_18, NOT_FORMER_RELEVANT)?;
                // Before 18 the birthday is still to come: someone not in
                // care now is told it is for young people in care.
                let not_in_care_at_18 =
                    if age < l.thresholds.adult { NOT_LOOKED_AFTER } else { NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY };
                need(v.looked_after_on_18th, not_in_care_at_18)?;
                need(a.living_with_foster_carer, NOT_LIVING_WITH_FOSTER_CARER)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
                if age >= l.staying_put_end {
                    need(a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
                }
                Ok(())
            }
            Offer::TransitionalAccommodation => {
                need(a.kent_care_leaver, NOT_KENT)?;
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
                if age >= l.transitional_not_settled_from {
                    need(no_status, HAS_STATUS)?;
                }
                Ok(())
            }
            Offer::SharedAccommodation => {
                need(a.in_shared_accommodation_since_before_2023_11_13, NOT_IN_SHARED_BEFORE_CUTOFF)?;
                need(a.kent_care_leaver, NOT_KENT)?;
                need(age >= l.thresholds.adult && age < l.thresholds.shared_end, AGE)
            }
            Offer::SupportedLiving | Offer::SharedLives => {
                need(a.care_act_eligible_needs, NO_CARE_ACT_NEEDS)?;
                need(age >= l.thresholds.adult, AGE)
            }
            Offer::ShortBreaks => {
                need(a.disabled, NOT_DISABLED)?;
                need(age < l.thresholds.adult, AGE)?;
                need(age >= l.short_breaks_min, AGE)
            }
            Offer::IndependentLiving => {
                need(age < l.thresholds.support_end, AGE)?;
                need(matches!(status, Status::FormerRelevant | Status::Qualifying), NOT_CARE_LEAVER)?;
                need(age >= l.thresholds.adult, AGE)
            }
            Offer::PersonalAdviser | Offer::PathwayPlan => {
                need(age < l.thresholds.support_end, AGE)?;
                need(status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
            }
            Offer::SettingUpHomeAllowance => {
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)
            }
            Offer::SharedAccommodationRateExemption => {
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
                need(public_funds, NO_PUBLIC_FUNDS)
            }
            Offer::HigherEducationBursary => {
                need(a.in_higher_education, NOT_IN_HIGHER_EDUCATION)?;
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)
            }
            Offer::ApprenticeshipBursary => {
                // The funding rules name eligible, relevant and former
                // relevant young people, not qualifying ones (DOMAIN 4.4).
                need(a.starting_apprenticeship, NOT_STARTING_APPRENTICESHIP)?;
                need(l.apprenticeship_bursary_from.is_some_and(|from| v.on >= from), NOT_YET_IN_FORCE)?;
                need(age >= l.thresholds.min_age && age < l.thresholds.support_end, AGE)?;
                need(status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
            }
            Offer::Bursary16To19 => {
                // School or college: not university, not an apprenticeship;
                // by age on the 31 August before the academic year (DOMAIN 4.4).
                need(a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
                need(!a.in_higher_education && !a.starting_apprenticeship, NOT_AT_SCHOOL_OR_COLLEGE)?;
                let year_age = p.age_at_academic_year_start(v.on).unwrap_or(0);
                need(year_age >= l.thresholds.min_age && year_age < l.bursary_end, AGE)?;
                need(
                    v.looked_after || matches!(status, Status::Relevant | Status::FormerRelevant),
                    NOT_ELIGIBLE_OR_RELEVANT,
                )
            }
            Offer::CouncilTaxPaid => {
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
                need(a.kent_care_leaver, NOT_KENT)?;
                need(age < l.council_tax_end, AGE)
            }
            Offer::HomelessPriorityNeed => {
                need(v.after_16_care || v.privately_fostered, NOT_CARE_LEAVER)?;
                need(age >= l.thresholds.adult && age < l.homeless_end, AGE)?;
                need(public_funds, NO_PUBLIC_FUNDS)
            }
            Offer::UniversalCreditEarlyClaim => {
                need(age < l.thresholds.support_end, AGE)?;
                need(matches!(status, Status::Eligible | Status::Relevant), NOT_ELIGIBLE_OR_RELEVANT)?;
                need(public_funds, NO_PUBLIC_FUNDS)?;
                need(p.uc_early_claim().is_some_and(|d| v.on >= d), AGE)
            }
            Offer::SocialHousingNoLocalConnectionTest => {
                need(age < l.thresholds.support_end, AGE)?;
                need(status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)?;
                need(public_funds, NO_PUBLIC_FUNDS)?;
                need(l.social_housing_from.is_some_and(|from| v.on >= from), NOT_YET_IN_FORCE)
            }
            Offer::TriplePathwayPlanning => {
                need(a.unaccompanied_asylum_seeking, NOT_UNACCOMPANIED)?;
                need(not_settled, SETTLED_STATUS)?;
                need(age < l.thresholds.support_end, AGE)?;
                need(status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
            }
            Offer::EssentialLivingAllowance => {
                // Kent pays it instead of benefits to care leavers who cannot
                // claim them (KCC minute on 19/00014; DOMAIN 4.4).
                need(a.kent_care_leaver, NOT_KENT)?;
                need(age < l.thresholds.support_end, AGE)?;
                need(status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
                need(age >= l.thresholds.adult, AGE)?;
                need(no_status, HAS_STATUS)
            }
        }
    }
}
