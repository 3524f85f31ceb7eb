//! The person the rules read: their answers, the limits as at the planned
//! date, and what follows from them (status on a day, the day the weeks in
//! care reach a number).

use super::*;

/// The answers, the limits, and the age on `on`.
pub(super) struct Person<'a> {
    pub(super) a: &'a CareLeaverAnswers,
    pub(super) l: Limits,
    /// The date evaluated for.
    pub(super) on: Date,
    /// The age on `on`.
    pub(super) age: u32,
}

impl Person<'_> {
    /// The day they attain `age`.
    pub(super) fn birthday(&self, age: u32) -> Option<Date> {
        self.a.date_of_birth.birthday(age)
    }

    /// In care now and under 18 on `on`: the weeks in care grow from `on`.
    pub(super) fn in_care_now(&self) -> bool {
        self.a.looked_after_now && self.age < self.l.thresholds.adult
    }

    /// The day the weeks in care since 14 reach `weeks`, for someone in
    /// care now: `on` plus seven days for each week still to go (`on`
    /// itself when they are reached already).
    pub(super) fn day_weeks_reach(&self, weeks: u32) -> Option<Date> {
        let to_go = weeks.saturating_sub(u32::from(self.a.weeks_looked_after_since_14));
        self.on.add_days(7 * i64::from(to_go))
    }

    /// The day someone in care now becomes eligible if they stay: the later
    /// of the day their weeks since 14 reach 13 and the 16th birthday, when
    /// that is before the 18th birthday (CONTRACT, "Care leavers").
    pub(super) fn eligible_from(&self) -> Option<Date> {
        let weeks = u32::from(self.a.weeks_looked_after_since_14);
        self.l.thresholds.eligible_from(self.a.date_of_birth, self.on, weeks).filter(|_| self.in_care_now())
    }

    /// The timeline's `becomes_eligible`: the day above, when it is after `on`.
    pub(super) fn becomes_eligible(&self) -> Option<Date> {
        self.eligible_from().filter(|&d| d > self.on)
    }

    /// The person's age on the latest 31 August on or before `d`: the 16 to
    /// 19 Bursary goes by age at the start of the academic year.
    pub(super) fn age_at_academic_year_start(&self, d: Date) -> Option<u32> {
        let (month, day) = params::BURSARY_16_19_AGE_DAY;
        let this_year = Date::new(d.year(), month, day)?;
        let start = if this_year <= d { this_year } else { Date::new(d.year() - 1, month, day)? };
        self.a.date_of_birth.age_on(start)
    }

    /// The first 31 August on or after the birthday at `age`: the day the
    /// age at the start of the academic year reaches it.
    pub(super) fn academic_year_start_at_age(&self, age: u32) -> Option<Date> {
        let (month, day) = params::BURSARY_16_19_AGE_DAY;
        let birthday = self.birthday(age)?;
        let that_year = Date::new(birthday.year(), month, day)?;
        if that_year >= birthday {
            Some(that_year)
        } else {
            Date::new(birthday.year() + 1, month, day)
        }
    }

    /// The day a Universal Credit claim can start: one month before 18.
    pub(super) fn uc_early_claim(&self) -> Option<Date> {
        let months = i32::try_from(self.l.uc_months).ok()?;
        self.birthday(self.l.thresholds.adult)?.add_months(-months)
    }

    /// The person on day `d` (on or after `on`), on their current answers.
    pub(super) fn view(&self, d: Date) -> View {
        let a = self.a;
        let l = &self.l;
        let age = a.date_of_birth.age_on(d).unwrap_or(0);
        let looked_after = a.looked_after_now && self.age < l.thresholds.adult && age < l.thresholds.adult;
        let after_16_care = (self.age >= l.thresholds.min_age && a.looked_after_since_16)
            || (a.looked_after_now && self.age < l.thresholds.adult && age >= l.thresholds.min_age);
        let looked_after_on_18th =
            if self.age < l.thresholds.adult { a.looked_after_now } else { a.looked_after_on_18th_birthday };
        // In care now, the weeks grow while the child stays in care: they
        // are eligible from the day the weeks reach the threshold.
        let was_eligible = if self.in_care_now() {
            self.eligible_from().is_some_and(|e| e <= d)
        } else {
            l.thresholds.was_eligible(u32::from(a.weeks_looked_after_since_14), after_16_care)
        };
        let privately_fostered = a.privately_fostered && a.disabled;
        let qualifying_reason = after_16_care || a.special_guardianship_from_care || privately_fostered;
        let status = if age < l.thresholds.min_age {
            Status::NotYet
        } else if age >= l.thresholds.support_end {
            Status::BeyondAge
        } else if age < l.thresholds.adult {
            if looked_after {
                if was_eligible {
                    Status::Eligible
                } else {
                    Status::LookedAfterChild
                }
            } else if was_eligible {
                Status::Relevant
            } else if qualifying_reason {
                Status::Qualifying
            } else {
                Status::NotCovered
            }
        } else if was_eligible {
            Status::FormerRelevant
        } else if qualifying_reason && (age < l.qualifying_end || a.in_education_or_training) {
            Status::Qualifying
        } else {
            Status::NotCovered
        };
        View { on: d, age, looked_after, after_16_care, looked_after_on_18th, privately_fostered, status }
    }

    /// The days after which a rule may change for this person: the
    /// birthdays at every age limit, the day a Universal Credit claim can
    /// start, and the day after each contract ends. Sorted, no repeats.
    pub(super) fn change_days(&self) -> Vec<Date> {
        let l = &self.l;
        let ages = [
            l.special_school_min,
            l.short_breaks_min,
            l.thresholds.min_age,
            l.thresholds.adult,
            l.transitional_not_settled_from,
            l.qualifying_end,
            l.pa_on_request_from,
            l.staying_put_end,
            l.ksh_end,
            l.ksh_education_end,
            l.council_tax_end,
            l.homeless_end,
            l.thresholds.shared_end,
            l.thresholds.support_end,
        ];
        let mut days: Vec<Date> = Vec::with_capacity(ages.len() + 10);
        days.extend(ages.iter().filter_map(|&n| self.birthday(n)));
        days.extend(self.uc_early_claim());
        days.extend(self.eligible_from());
        if self.in_care_now() {
            days.extend(self.day_weeks_reach(l.reception_weeks));
        }
        days.extend(self.academic_year_start_at_age(l.thresholds.min_age));
        days.extend(self.academic_year_start_at_age(l.bursary_end));
        days.extend(l.social_housing_from);
        for end in OFFERS.iter().filter_map(|offer| offer.contract_end(self.on)) {
            days.extend(end.add_days(1));
        }
        sort_short(&mut days, |x, y| x < y);
        days.dedup();
        days
    }
}
