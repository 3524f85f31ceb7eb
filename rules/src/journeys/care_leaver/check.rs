//! Who each item is for: whether it is open to a person, and if not the
//! first reason (the order is the module's "Reasons" decision). Each
//! offer's entry in `OFFERS` names its function here.

use super::offers::Spec;
use super::*;

/// Whether an item is open to the person as a view sees them; if not,
/// the first reason.
pub(super) type OpenTo = fn(&Person, &View) -> Result<(), &'static str>;

impl Spec {
    /// Whether the item is open to the person as `v` sees them; if not, the
    /// first reason: its contract's end, then who it is for.
    pub(super) fn check(&self, p: &Person, v: &View) -> Result<(), &'static str> {
        if let Some(end) = self.contract_end(p.on) {
            need(v.on <= end, CONTRACT_ENDED)?;
        }
        (self.open_to)(p, v)
    }
}

/// Who `fostering` and `residential_childrens_home` are for.
pub(super) fn in_care_under_18(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.adult, AGE)?;
    need(v.looked_after, NOT_LOOKED_AFTER)
}

/// Who `residential_special_school` is for.
pub(super) fn residential_special_school(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.disabled || p.a.special_educational_needs, NOT_DISABLED_OR_SEN)?;
    need(v.age < p.l.thresholds.adult, AGE)?;
    need(v.looked_after, NOT_LOOKED_AFTER)?;
    need(v.age >= p.l.special_school_min, AGE)
}

/// Who the three `supported_accommodation_*` options are for.
pub(super) fn supported_accommodation(p: &Person, v: &View) -> Result<(), &'static str> {
    // A relevant child is one the council must accommodate
    // (Children Act 1989 s23B(8)); the 2023 regulations cover
    // care leavers of 16 and 17 (CONTRACT, who has what).
    need(v.age < p.l.thresholds.adult, AGE)?;
    need(v.looked_after || v.status == Status::Relevant, NOT_IN_CARE_OR_RELEVANT)?;
    need(v.age >= p.l.thresholds.min_age, AGE)
}

/// Who `reception_and_safe_care` is for.
pub(super) fn reception_and_safe_care(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.unaccompanied_asylum_seeking, NOT_UNACCOMPANIED)?;
    need(v.age < p.l.thresholds.adult, AGE)?;
    need(v.looked_after, NOT_LOOKED_AFTER)?;
    need(v.age >= p.l.thresholds.min_age, AGE)?;
    // Newly arrived: before the day the weeks in care reach the limit.
    need(p.day_weeks_reach(p.l.reception_weeks).is_some_and(|last| v.on < last), NOT_NEWLY_ARRIVED)
}

/// Who `kent_supported_homes` is for.
pub(super) fn kent_supported_homes(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.kent_care_leaver, NOT_KENT)?;
    need(v.age >= p.l.thresholds.min_age, AGE)?;
    // "For older children in care and care leavers" (SS Appendix 1).
    need(v.looked_after || v.status.has_pathway() || v.status == Status::Qualifying, NOT_CARE_LEAVER)?;
    if v.age >= p.l.ksh_end {
        // "Up to 25 if in further education" (SS Appendix 1).
        // The answers say what someone studies now: whether
        // they will be in further education at 21 is not
        // known, so before 21 their stay is counted to 21.
        need(v.age < p.l.ksh_education_end && p.age >= p.l.ksh_end, AGE)?;
        need(p.a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
        need(!p.a.in_higher_education, NOT_IN_FURTHER_EDUCATION)?;
    }
    Ok(())
}

/// Who `staying_put` is for.
pub(super) fn staying_put(p: &Person, v: &View) -> Result<(), &'static str> {
    // The reason told is the one that decides it for this person:
    // someone who will not be former relevant is told that; an
    // eligible or relevant young person (former relevant at 18)
    // is told about the 18th birthday, then the foster carer.
    // Living with a foster carer comes after the status and the
    // 18th birthday, since it is asked only of those it can matter to.
    need(v.age < p.l.thresholds.support_end, AGE)?;
    let former_relevant_at_18 = matches!(v.status, Status::Eligible | Status::Relevant)
        || (v.status == Status::LookedAfterChild && p.eligible_from().is_some());
    need(v.status == Status::FormerRelevant || former_relevant_at_18, NOT_FORMER_RELEVANT)?;
    // Before 18 the birthday is still to come: someone not in
    // care now is told it is for young people in care.
    let not_in_care_at_18 =
        if v.age < p.l.thresholds.adult { NOT_LOOKED_AFTER } else { NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY };
    need(v.looked_after_on_18th, not_in_care_at_18)?;
    need(p.a.living_with_foster_carer, NOT_LIVING_WITH_FOSTER_CARER)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
    if v.age >= p.l.staying_put_end {
        need(p.a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
    }
    Ok(())
}

/// Who `transitional_accommodation` is for.
pub(super) fn transitional_accommodation(p: &Person, v: &View) -> Result<(), &'static str> {
    let no_status = p.a.immigration_status.no_status();
    need(p.a.kent_care_leaver, NOT_KENT)?;
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
    if v.age >= p.l.transitional_not_settled_from {
        need(no_status, HAS_STATUS)?;
    }
    Ok(())
}

/// Who `shared_accommodation` is for.
pub(super) fn shared_accommodation(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.in_shared_accommodation_since_before_2023_11_13, NOT_IN_SHARED_BEFORE_CUTOFF)?;
    need(p.a.kent_care_leaver, NOT_KENT)?;
    need(v.age >= p.l.thresholds.adult && v.age < p.l.thresholds.shared_end, AGE)
}

/// Who `supported_living` and `shared_lives` are for.
pub(super) fn care_act_needs(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.care_act_eligible_needs, NO_CARE_ACT_NEEDS)?;
    need(v.age >= p.l.thresholds.adult, AGE)
}

/// Who `short_breaks` is for.
pub(super) fn short_breaks(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.disabled, NOT_DISABLED)?;
    need(v.age < p.l.thresholds.adult, AGE)?;
    need(v.age >= p.l.short_breaks_min, AGE)
}

/// Who `independent_living` is for.
pub(super) fn independent_living(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(matches!(v.status, Status::FormerRelevant | Status::Qualifying), NOT_CARE_LEAVER)?;
    need(v.age >= p.l.thresholds.adult, AGE)
}

/// Who `personal_adviser` and `pathway_plan` are for.
pub(super) fn pathway(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
}

/// Who `setting_up_home_allowance` is for.
pub(super) fn setting_up_home_allowance(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)
}

/// Who `shared_accommodation_rate_exemption` is for.
pub(super) fn shared_accommodation_rate_exemption(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
    need(p.a.immigration_status.public_funds(), NO_PUBLIC_FUNDS)
}

/// Who `higher_education_bursary` is for.
pub(super) fn higher_education_bursary(p: &Person, v: &View) -> Result<(), &'static str> {
    need(p.a.in_higher_education, NOT_IN_HIGHER_EDUCATION)?;
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)
}

/// Who `apprenticeship_bursary` is for.
pub(super) fn apprenticeship_bursary(p: &Person, v: &View) -> Result<(), &'static str> {
    // The funding rules name eligible, relevant and former
    // relevant young people, not qualifying ones (DOMAIN 4.4).
    need(p.a.starting_apprenticeship, NOT_STARTING_APPRENTICESHIP)?;
    need(p.l.apprenticeship_bursary_from.is_some_and(|from| v.on >= from), NOT_YET_IN_FORCE)?;
    need(v.age >= p.l.thresholds.min_age && v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
}

/// Who `bursary_16_19` is for.
pub(super) fn bursary_16_19(p: &Person, v: &View) -> Result<(), &'static str> {
    // School or college: not university, not an apprenticeship;
    // by age on the 31 August before the academic year (DOMAIN 4.4).
    need(p.a.in_education_or_training, NOT_IN_EDUCATION_OR_TRAINING)?;
    need(!p.a.in_higher_education && !p.a.starting_apprenticeship, NOT_AT_SCHOOL_OR_COLLEGE)?;
    let year_age = p.age_at_academic_year_start(v.on).unwrap_or(0);
    need(year_age >= p.l.thresholds.min_age && year_age < p.l.bursary_end, AGE)?;
    need(v.looked_after || matches!(v.status, Status::Relevant | Status::FormerRelevant), NOT_ELIGIBLE_OR_RELEVANT)
}

/// Who `council_tax_paid` is for.
pub(super) fn council_tax_paid(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
    need(p.a.kent_care_leaver, NOT_KENT)?;
    need(v.age < p.l.council_tax_end, AGE)
}

/// Who `homeless_priority_need` is for.
pub(super) fn homeless_priority_need(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.after_16_care || v.privately_fostered, NOT_CARE_LEAVER)?;
    need(v.age >= p.l.thresholds.adult && v.age < p.l.homeless_end, AGE)?;
    need(p.a.immigration_status.public_funds(), NO_PUBLIC_FUNDS)
}

/// Who `universal_credit_early_claim` is for.
pub(super) fn universal_credit_early_claim(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(matches!(v.status, Status::Eligible | Status::Relevant), NOT_ELIGIBLE_OR_RELEVANT)?;
    need(p.a.immigration_status.public_funds(), NO_PUBLIC_FUNDS)?;
    need(p.uc_early_claim().is_some_and(|d| v.on >= d), AGE)
}

/// Who `social_housing_no_local_connection_test` is for.
pub(super) fn social_housing_no_local_connection_test(p: &Person, v: &View) -> Result<(), &'static str> {
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)?;
    need(p.a.immigration_status.public_funds(), NO_PUBLIC_FUNDS)?;
    need(p.l.social_housing_from.is_some_and(|from| v.on >= from), NOT_YET_IN_FORCE)
}

/// Who `triple_pathway_planning` is for.
pub(super) fn triple_pathway_planning(p: &Person, v: &View) -> Result<(), &'static str> {
    let not_settled = p.a.immigration_status != ImmigrationStatus::Settled;
    need(p.a.unaccompanied_asylum_seeking, NOT_UNACCOMPANIED)?;
    need(not_settled, SETTLED_STATUS)?;
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status.has_pathway(), NOT_ELIGIBLE_OR_RELEVANT)
}

/// Who `essential_living_allowance` is for.
pub(super) fn essential_living_allowance(p: &Person, v: &View) -> Result<(), &'static str> {
    let no_status = p.a.immigration_status.no_status();
    // Kent pays it instead of benefits to care leavers who cannot
    // claim them (KCC minute on 19/00014; DOMAIN 4.4).
    need(p.a.kent_care_leaver, NOT_KENT)?;
    need(v.age < p.l.thresholds.support_end, AGE)?;
    need(v.status == Status::FormerRelevant, NOT_FORMER_RELEVANT)?;
    need(v.age >= p.l.thresholds.adult, AGE)?;
    need(no_status, HAS_STATUS)
}
