//! My local offer: a care leaver's status, places to live, entitlements and
//! dated timeline.
//!
//! Policy, with sources (every age limit, amount and contract end is a
//! parameter; see `params/care_leaver.rs`):
//! - **Status** (Children (Leaving Care) Act 2000; Care Leavers (England)
//!   Regulations 2010; Children Act 1989 s24). Exactly one of: `not_yet`
//!   (under 16), `beyond_age` (25 or over), `eligible` (16-17, looked after,
//!   13 weeks or more since 14), `looked_after_child` (16-17, looked after,
//!   fewer than 13 weeks), `relevant` (16-17, no longer looked after, was
//!   eligible), `former_relevant` (18-24, was eligible or relevant),
//!   `qualifying` (16-20, or 21-24 in education or training, having been
//!   looked after after 16 for fewer than 13 weeks, under a special
//!   guardianship order made from care, or privately fostered) or `none`.
//!   "Was eligible" is 13 weeks or more since 14 and looked after after 16
//!   (CONTRACT.md).
//! - **Accommodation**: the fifteen options of the Sufficiency Strategy's
//!   Appendix 1, each always listed as open now, `later` (with the day it
//!   opens on the person's current answers) or `not_available` (with a
//!   reason), by CONTRACT.md's "Who has what" table. A contracted service is
//!   closed after its contract's last day (`contract_ended`).
//! - **Entitlements**: CONTRACT.md's twelve, open, `later` or, where the
//!   reason is worth telling, `not_available`; otherwise left out.
//! - **Timeline**: the birthdays that change things, and each dated rule
//!   change (a contract end, a new rate) between the 16th and 25th birthdays.
//!
//! Decisions where CONTRACT.md is silent (the `cl-` cases test them):
//! - *Answers carried forward.* "Later" means "on the answers as they are
//!   now, with only the date moving": someone looked after now stays looked
//!   after until 18 (so is looked after after 16 once 16, and on the 18th
//!   birthday), and their weeks in care grow by one every seven days until
//!   then (CONTRACT, "Care leavers": `becomes_eligible`). An item is `later` from
//!   the first day after `on` on which its rule holds; its `until` is the
//!   day before the first later day on which the rule stops holding (an age
//!   limit or a contract's last day, whichever comes first). The days tried
//!   are the birthdays at every age limit, one month before 18, and the day
//!   after each contract's last day, so nothing between them is missed.
//! - *Answers taken as they stand.* Being looked after now at 16 or 17
//!   counts as looked after after 16 whatever `looked_after_since_16` says;
//!   `looked_after_now` counts only under 18 (a child is under 18), and
//!   `looked_after_since_16` only from 16. For someone under 18, being in
//!   care on the 18th birthday is foreseen from being looked after now.
//!   `special_guardianship_from_care` is taken as given at any age (an
//!   order made from care at any age and in force, Children Act 1989
//!   s24(1A)); `privately_fostered` counts only with `disabled` (s66). A looked after child of 16 or 17 is in the 16 to 19
//!   Bursary's group ("looked after now").
//! - *The table as written.* Kent Supported Homes and Shared Accommodation
//!   ask no status, only Kent and the ages (the table names none).
//!   Transitional Accommodation's "aged 18" is the 18th birthday to the day
//!   before the 19th. Priority need when homeless leaves out the relevant
//!   student exception of article 4 (the answers cannot tell it). A
//!   personal adviser is open from eligibility; 17 and a half is the
//!   timeline's `personal_adviser_allocated`.
//! - *Leave with no recourse to public funds* (`leave_no_public_funds`, a
//!   value beyond CONTRACT.md's four): not settled (triple pathway planning,
//!   immigration advice), no public funds (no Universal Credit, priority
//!   need, one-bedroom rate or housing register item: Housing Act 1996
//!   ss160ZA, 185), and not "no status" (no human rights assessment, NIAA
//!   2002 Sch 3 being for people without leave; Transitional Accommodation
//!   closes at 19). The Essential Living Allowance is a caution to ask
//!   about, not an entitlement: its one source speaks of undetermined status.
//! - *Short breaks* are for disabled children aged 5 to 17: the table's
//!   "under 18", with the Appendix's lower age of 5 (a parameter).
//! - *Reasons.* An option's reason is the first condition it fails on `on`,
//!   checked in this order: the contract, the person's own circumstances
//!   (unaccompanied, Kent, disabled, Care Act needs, in Shared Accommodation
//!   before the cut-off, settled status), the upper age limit of
//!   leaving-care support, the status, then the other age limits. Staying
//!   Put checks the status (an eligible or relevant young person counts, as
//!   former relevant at 18), the 18th birthday, then living with a foster
//!   carer, the question asked only of those it can matter to. An option that would open only after its contract ends is
//!   `not_available` with its reason on `on`. A closed contract carries
//!   `until`, its last day.
//! - *Entitlements told as not available*: the higher education bursary to a
//!   student in higher education, the apprenticeship bursary to someone
//!   starting one, council tax and Staying Put to a former relevant young
//!   person, priority need when homeless to a care leaver aged 21 to 24, and
//!   triple pathway planning to an unaccompanied young person with settled
//!   status; other closed entitlements are left out. The apprenticeship
//!   bursary is never `later`: it is for an apprenticeship starting on `on`.
//! - *Amounts* are shown only on open items, as at `on` (a `later` item has
//!   none: its amount is the one in force when it opens). `rates.as_of` is
//!   the latest first day among the amounts shown (CONTRACT.md); a value
//!   whose start the source does not give (held from `params::EARLIEST`,
//!   such as the £2,000 allowance and the £1,000 bursary) has no first day
//!   to name and is passed over. When no dated amount is shown, `as_of` is
//!   the latest first day among the care-leaver amounts in force on `on`
//!   (the setting up home allowance, the two bursaries and the 16 to 19
//!   Bursary), so it always names a rate's start and does not move with
//!   `on`. `confirmed_for_date` is false only when an amount shown is
//!   outside the period its source gives it for.
//! - *Timeline*: every event for anyone under 25 on `on`, whatever their
//!   status (past ones included); none for someone 25 or over. A dated rule
//!   change is in the window when it falls on or after the 16th birthday and
//!   before the 25th; every new value of a care-leaver amount counts, not
//!   only those the person has.

use super::Ctx;
use crate::answers::{CareLeaverAnswers, ImmigrationStatus};
use crate::params::{self, Param};
use crate::{Date, Event, Item, Journey, Kind, Outcome, Period, When};

mod check;
mod offers;
mod person;
mod sentences;

use offers::OFFERS;
use person::Person;
pub use sentences::RULES;

/// A young person's legal status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    NotYet,
    Eligible,
    Relevant,
    FormerRelevant,
    Qualifying,
    LookedAfterChild,
    BeyondAge,
    NotCovered,
}

impl Status {
    const fn as_str(self) -> &'static str {
        match self {
            Status::NotYet => "not_yet",
            Status::Eligible => "eligible",
            Status::Relevant => "relevant",
            Status::FormerRelevant => "former_relevant",
            Status::Qualifying => "qualifying",
            Status::LookedAfterChild => "looked_after_child",
            Status::BeyondAge => "beyond_age",
            Status::NotCovered => "none",
        }
    }

    /// Eligible, relevant or former relevant: the young people with a
    /// personal adviser and a pathway plan.
    const fn has_pathway(self) -> bool {
        matches!(self, Status::Eligible | Status::Relevant | Status::FormerRelevant)
    }
}

/// The reasons an item is closed, as the contract's `reason` ids.
const CONTRACT_ENDED: &str = "contract_ended";
const AGE: &str = "age";
const NOT_LOOKED_AFTER: &str = "not_looked_after";
const NOT_KENT: &str = "not_kent";
const NOT_FORMER_RELEVANT: &str = "not_former_relevant";
const NOT_ELIGIBLE_OR_RELEVANT: &str = "not_eligible_or_relevant";
const NOT_CARE_LEAVER: &str = "not_care_leaver";
const NO_CARE_ACT_NEEDS: &str = "no_care_act_needs";
const NOT_DISABLED: &str = "not_disabled";
const SETTLED_STATUS: &str = "settled_status";
const NOT_IN_SHARED_BEFORE_CUTOFF: &str = "not_in_shared_before_cutoff";
const NOT_LIVING_WITH_FOSTER_CARER: &str = "not_living_with_foster_carer";
const NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY: &str = "not_looked_after_on_18th_birthday";
const NOT_UNACCOMPANIED: &str = "not_unaccompanied";
const NOT_IN_EDUCATION_OR_TRAINING: &str = "not_in_education_or_training";
const NOT_IN_HIGHER_EDUCATION: &str = "not_in_higher_education";
const NOT_STARTING_APPRENTICESHIP: &str = "not_starting_apprenticeship";
const NOT_IN_CARE_OR_RELEVANT: &str = "not_in_care_or_relevant";
const NOT_DISABLED_OR_SEN: &str = "not_disabled_or_sen";
const NOT_NEWLY_ARRIVED: &str = "not_newly_arrived";
const NOT_IN_FURTHER_EDUCATION: &str = "not_in_further_education";
const HAS_STATUS: &str = "has_immigration_status";
const NO_PUBLIC_FUNDS: &str = "no_public_funds";
const NOT_AT_SCHOOL_OR_COLLEGE: &str = "not_at_school_or_college";
const NOT_YET_IN_FORCE: &str = "not_yet_in_force";

/// The rule that explains a reason.
fn closed_rule(reason: &str) -> &'static str {
    match reason {
        CONTRACT_ENDED => "closed_contract_ended",
        NOT_LOOKED_AFTER => "closed_not_looked_after",
        NOT_KENT => "closed_not_kent",
        NOT_FORMER_RELEVANT => "closed_not_former_relevant",
        NOT_ELIGIBLE_OR_RELEVANT => "closed_not_eligible_or_relevant",
        NOT_CARE_LEAVER => "closed_not_care_leaver",
        NO_CARE_ACT_NEEDS => "closed_no_care_act_needs",
        NOT_DISABLED => "closed_not_disabled",
        SETTLED_STATUS => "closed_settled_status",
        NOT_IN_SHARED_BEFORE_CUTOFF => "closed_not_in_shared_before_cutoff",
        NOT_LIVING_WITH_FOSTER_CARER => "closed_not_living_with_foster_carer",
        NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY => "closed_not_looked_after_on_18th_birthday",
        NOT_UNACCOMPANIED => "closed_not_unaccompanied",
        NOT_IN_EDUCATION_OR_TRAINING => "closed_not_in_education_or_training",
        NOT_IN_HIGHER_EDUCATION => "closed_not_in_higher_education",
        NOT_STARTING_APPRENTICESHIP => "closed_not_starting_apprenticeship",
        NOT_IN_CARE_OR_RELEVANT => "closed_not_in_care_or_relevant",
        NOT_DISABLED_OR_SEN => "closed_not_disabled_or_sen",
        NOT_NEWLY_ARRIVED => "closed_not_newly_arrived",
        NOT_IN_FURTHER_EDUCATION => "closed_not_in_further_education",
        HAS_STATUS => "closed_has_immigration_status",
        NO_PUBLIC_FUNDS => "closed_no_public_funds",
        NOT_AT_SCHOOL_OR_COLLEGE => "closed_not_at_school_or_college",
        NOT_YET_IN_FORCE => "closed_not_yet_in_force",
        _ => "closed_age",
    }
}

/// `Ok` when `holds`, else the reason.
/// Sorts a short list (a person's birthdays and dated events, a few dozen
/// at most) by insertion, stably. The standard library's sorts are each
/// several kilobytes of wasm per element type; this is a few hundred bytes.
fn sort_short<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 {
            match (v.get(j - 1), v.get(j)) {
                (Some(a), Some(b)) if less(b, a) => v.swap(j - 1, j),
                _ => break,
            }
            j -= 1;
        }
    }
}

fn need(holds: bool, reason: &'static str) -> Result<(), &'static str> {
    if holds {
        Ok(())
    } else {
        Err(reason)
    }
}

/// The age limits and the eligibility test that decide which questions can
/// matter, as at a date: the web form reads these rather than repeat them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// Care-leaver support starts at this age (16).
    pub min_age: u32,
    /// Childhood ends at this age (18).
    pub adult: u32,
    /// Leaving-care support ends at this age (25).
    pub support_end: u32,
    /// Shared Accommodation ends at this age (21).
    pub shared_end: u32,
    /// Weeks looked after since 14 that make a young person eligible (13).
    pub eligible_weeks: u32,
}

impl Thresholds {
    /// The thresholds in force on `on`.
    pub fn at(on: Date) -> Thresholds {
        Thresholds::read(&Ctx::new(on))
    }

    fn read(ctx: &Ctx) -> Thresholds {
        Thresholds {
            min_age: ctx.count(&params::CARE_LEAVER_MIN_AGE),
            adult: ctx.count(&params::ADULT_AGE),
            support_end: ctx.count(&params::SUPPORT_END_AGE),
            shared_end: ctx.count(&params::SHARED_ACCOMMODATION_END_AGE),
            eligible_weeks: ctx.count(&params::ELIGIBLE_MIN_WEEKS),
        }
    }

    /// "Was eligible": enough weeks looked after since 14, and looked after
    /// after the 16th birthday (CONTRACT.md).
    pub fn was_eligible(&self, weeks: u32, looked_after_since_16: bool) -> bool {
        weeks >= self.eligible_weeks && looked_after_since_16
    }

    /// For a child in care on `on` with `weeks` in care since 14: the day
    /// they are eligible if they stay in care, as weeks in care grow (the
    /// later of the day the weeks reach the threshold and the 16th
    /// birthday), when it is before the 18th birthday; else `None`
    /// (CONTRACT, "Care leavers": `becomes_eligible`).
    pub fn eligible_from(&self, born: Date, on: Date, weeks: u32) -> Option<Date> {
        let to_go = self.eligible_weeks.saturating_sub(weeks);
        let day = on.add_days(7 * i64::from(to_go))?.max(born.birthday(self.min_age)?);
        (day < born.birthday(self.adult)?).then_some(day)
    }
}

/// Every age limit and date the rules use, read from the parameters as at `on`.
/// The web form's [`Thresholds`] are part of them, read once.
struct Limits {
    thresholds: Thresholds,
    qualifying_end: u32,
    pa_age: u32,
    pa_months: u32,
    uc_months: u32,
    staying_put_end: u32,
    ksh_end: u32,
    ksh_education_end: u32,
    council_tax_end: u32,
    homeless_end: u32,
    bursary_end: u32,
    pa_on_request_from: u32,
    reception_weeks: u32,
    social_housing_from: Option<Date>,
    apprenticeship_bursary_from: Option<Date>,
    transitional_not_settled_from: u32,
    special_school_min: u32,
    short_breaks_min: u32,
    shared_cutoff: Option<Date>,
}

/// The day Kent allocates a personal adviser to someone born on `born`, as
/// the rules read it on `on` (17 and a half): the timeline's
/// `personal_adviser_allocated`.
pub fn personal_adviser_day(born: Date, on: Date) -> Option<Date> {
    Limits::read(&Ctx::new(on)).pa_day(born)
}

impl Limits {
    /// The personal adviser's day for someone born on `born`.
    fn pa_day(&self, born: Date) -> Option<Date> {
        born.birthday(self.pa_age).and_then(|d| d.add_months(i32::try_from(self.pa_months).unwrap_or(0)))
    }

    fn read(ctx: &Ctx) -> Limits {
        Limits {
            thresholds: Thresholds::read(ctx),
            qualifying_end: ctx.count(&params::QUALIFYING_END_AGE),
            pa_age: ctx.count(&params::PA_ALLOCATED_AGE),
            pa_months: ctx.count(&params::PA_ALLOCATED_EXTRA_MONTHS),
            uc_months: ctx.count(&params::UC_EARLY_CLAIM_MONTHS_BEFORE_18),
            staying_put_end: ctx.count(&params::STAYING_PUT_END_AGE),
            ksh_end: ctx.count(&params::KSH_END_AGE),
            ksh_education_end: ctx.count(&params::KSH_EDUCATION_END_AGE),
            council_tax_end: ctx.count(&params::COUNCIL_TAX_END_AGE),
            homeless_end: ctx.count(&params::HOMELESS_PRIORITY_END_AGE),
            bursary_end: ctx.count(&params::BURSARY_16_19_END_AGE),
            pa_on_request_from: ctx.count(&params::PA_ON_REQUEST_FROM_AGE),
            reception_weeks: ctx.count(&params::RECEPTION_NEW_ARRIVAL_WEEKS),
            social_housing_from: ctx.date(&params::SOCIAL_HOUSING_NO_LOCAL_CONNECTION_FROM),
            apprenticeship_bursary_from: params::APPRENTICESHIP_BURSARY.values.first().map(|v| v.from),
            transitional_not_settled_from: ctx.count(&params::TRANSITIONAL_NOT_SETTLED_FROM_AGE),
            special_school_min: ctx.count(&params::RESIDENTIAL_SPECIAL_SCHOOL_MIN_AGE),
            short_breaks_min: ctx.count(&params::SHORT_BREAKS_MIN_AGE),
            shared_cutoff: ctx.date(&params::SHARED_ACCOMMODATION_CUTOFF),
        }
    }
}

/// The person as the rules see them on one day, their answers carried
/// forward from `on`.
#[derive(Clone, Copy, Debug)]
struct View {
    /// The day.
    on: Date,
    /// Their age that day.
    age: u32,
    /// Looked after that day (only a child can be).
    looked_after: bool,
    /// Looked after at some time after the 16th birthday, by that day.
    after_16_care: bool,
    /// Looked after on the 18th birthday.
    looked_after_on_18th: bool,
    /// Privately fostered after 16, which the law allows only for a
    /// disabled young person (Children Act 1989 s66(1)(a), (4)).
    privately_fostered: bool,
    /// Their status that day.
    status: Status,
}

/// The status item: the status, the rules that decide it, and their sources.
fn status_item(p: &Person, v: &View) -> Item {
    let a = p.a;
    let l = &p.l;
    let age_rule = if v.age < l.thresholds.adult {
        "age_16_or_17"
    } else if v.age < l.qualifying_end {
        "age_18_to_20"
    } else if a.in_education_or_training {
        "age_21_to_24_in_education_or_training"
    } else {
        "age_21_to_24_not_in_education_or_training"
    };
    let care_rule = if v.looked_after { "you_are_looked_after_now" } else { "you_are_not_looked_after_now" };
    let mut qualifying_rules = Vec::new();
    if v.after_16_care {
        qualifying_rules.push("looked_after_after_16_fewer_than_13_weeks");
    }
    if a.special_guardianship_from_care {
        qualifying_rules.push("special_guardianship_order_from_care");
    }
    if v.privately_fostered {
        qualifying_rules.push("privately_fostered_after_16");
    } else if a.privately_fostered {
        qualifying_rules.push("privately_fostered_only_if_disabled");
    }
    let (because, sources): (Vec<&'static str>, &[&'static str]) = match v.status {
        Status::NotYet => (vec!["age_under_16"], &["care_leavers_regs_2010"]),
        Status::BeyondAge if a.immigration_status.no_status() => {
            (vec!["age_25_or_over_no_status"], &["children_and_social_work_act_2017", "housing_act_1996_ss160za_185"])
        }
        Status::BeyondAge => (vec!["age_25_or_over"], &["children_and_social_work_act_2017"]),
        Status::Eligible => (
            vec!["age_16_or_17", care_rule, "looked_after_13_weeks_since_14"],
            &["care_leavers_regs_2010", "leaving_care_act_2000"],
        ),
        Status::LookedAfterChild => {
            let weeks_rule = if p.becomes_eligible().is_some() {
                "looked_after_fewer_than_13_weeks"
            } else {
                "looked_after_too_few_weeks_before_18"
            };
            (vec!["age_16_or_17", care_rule, weeks_rule], &["care_leavers_regs_2010"])
        }
        Status::Relevant => (
            vec!["age_16_or_17", care_rule, "looked_after_13_weeks_since_14"],
            &["care_leavers_regs_2010", "leaving_care_act_2000"],
        ),
        Status::FormerRelevant => (
            vec!["age_18_to_24", "looked_after_13_weeks_since_14"],
            &["care_leavers_regs_2010", "children_and_social_work_act_2017"],
        ),
        Status::Qualifying => {
            let mut because = vec![age_rule];
            if v.age < l.thresholds.adult {
                because.push(care_rule);
            }
            because.extend(qualifying_rules);
            (because, &["children_act_1989_s24"])
        }
        Status::NotCovered => {
            let mut because = vec![age_rule];
            if v.age < l.thresholds.adult {
                because.push(care_rule);
            }
            if qualifying_rules.is_empty() {
                if v.age >= l.qualifying_end {
                    because = vec!["age_18_to_24"];
                }
                because.push("no_care_after_16");
            } else {
                because.extend(qualifying_rules);
            }
            (because, &["children_act_1989_s24", "care_leavers_regs_2010"])
        }
    };
    Item::new(Kind::Status, v.status.as_str()).because(&because).sources(sources)
}

/// The person's dated timeline: the birthdays that change things, and the
/// dated rule changes between the 16th and 25th birthdays.
fn timeline(p: &Person) -> Vec<Event> {
    let l = &p.l;
    if p.age >= l.thresholds.support_end {
        return Vec::new();
    }
    let event = |date: Option<Date>, event: &'static str| date.map(|date| Event { date, event, option: None });
    // "Up to 25 if in further education" (SS Appendix 1), as the item reads
    // it: only for someone 21 or over in it now; before 21 the answers
    // cannot say they will still be in it at 21 (the words say it can go on).
    let further_education = p.a.in_education_or_training && !p.a.in_higher_education && p.age >= l.ksh_end;
    let ksh_end = if further_education { l.ksh_education_end } else { l.ksh_end };
    let mut events: Vec<Event> = Vec::with_capacity(16);
    events.extend(
        [
            event(p.becomes_eligible(), "becomes_eligible"),
            event(l.pa_day(p.a.date_of_birth), "personal_adviser_allocated"),
            event(p.uc_early_claim(), "universal_credit_early_claim"),
            event(p.birthday(l.thresholds.adult), "turns_18"),
            event(p.birthday(l.council_tax_end), "council_tax_paid_ends"),
            event(p.birthday(l.staying_put_end), "staying_put_ends"),
            event(p.birthday(ksh_end), "kent_supported_homes_ends"),
            event(p.birthday(l.thresholds.support_end), "personal_adviser_ends"),
        ]
        .into_iter()
        .flatten(),
    );
    if let (Some(first), Some(last)) = (p.birthday(l.thresholds.min_age), p.birthday(l.thresholds.support_end)) {
        let in_window = |d: Date| first <= d && d < last;
        for offer in &OFFERS {
            let option = Some(offer.id);
            if let Some(date) = offer.contract_end(p.on).filter(|&d| in_window(d)) {
                events.push(Event { date, event: "contract_ends", option });
            }
            if let Some((param, ..)) = offer.amount {
                for dated in param.changes().filter(|d| in_window(d.from)) {
                    events.push(Event { date: dated.from, event: "new_rate", option });
                }
            }
        }
    }
    sort_short(&mut events, |x, y| (x.date, x.event, x.option) < (y.date, y.event, y.option));
    events
}

/// `rates.as_of`: the latest first day among the amounts shown, or, when
/// none is shown, among the care-leaver amounts in force on `on`. A value
/// whose start the source does not give (held from `params::EARLIEST`)
/// has no first day to name and is passed over.
fn rates_as_of(shown: &[Date], on: Date) -> Date {
    let dated = |d: &Date| *d > params::EARLIEST;
    let in_force = || {
        OFFERS
            .iter()
            .filter_map(|offer| offer.amount)
            .flat_map(|(param, ..)| param.values.iter())
            .map(|v| v.from)
            .filter(|&d| d <= on && dated(&d))
            .max()
    };
    shown.iter().copied().filter(dated).max().or_else(in_force).unwrap_or(on)
}

/// Evaluates the care-leaver journey.
pub fn evaluate(a: &CareLeaverAnswers, on: Date) -> Outcome {
    let mut ctx = Ctx::new(on);
    let l = Limits::read(&ctx);
    let age = a.date_of_birth.age_on(on).unwrap_or(0);
    let p = Person { a, l, on, age };
    let now = p.view(on);

    ctx.facts.reserve(11);
    ctx.fact("age", age);
    ctx.fact("weeks", a.weeks_looked_after_since_14);
    ctx.fact("reception_weeks", p.l.reception_weeks);
    let pa_months = i32::try_from(p.l.pa_months).unwrap_or(0);
    let dates = [
        ("turns_16", p.birthday(p.l.thresholds.min_age)),
        ("pa_allocated", p.birthday(p.l.pa_age).and_then(|d| d.add_months(pa_months))),
        ("turns_18", p.birthday(p.l.thresholds.adult)),
        ("turns_21", p.birthday(p.l.qualifying_end)),
        ("turns_25", p.birthday(p.l.thresholds.support_end)),
        ("shared_cutoff", p.l.shared_cutoff),
        ("becomes_eligible", p.becomes_eligible()),
    ];
    for (key, date) in dates {
        if let Some(date) = date {
            ctx.fact(key, date);
        }
    }

    // The person on each change day after `on`, worked out once for every offer.
    let days = p.change_days();
    let mut later = Vec::with_capacity(days.len());
    later.extend(days.into_iter().filter(|&d| d > on).map(|d| p.view(d)));
    let mut items = Vec::with_capacity(1 + OFFERS.len());
    items.push(status_item(&p, &now));
    let mut shown = Vec::new();
    for offer in &OFFERS {
        offer.push_item(&p, &mut ctx, &now, &later, &mut shown, &mut items);
    }
    // No leave at all (not a claim still waiting): leaving-care support after
    // 18 needs a human rights assessment first (Nationality, Immigration and
    // Asylum Act 2002 Schedule 3; DOMAIN 4.4).
    // Leave with no recourse to public funds: no benefits, so no Universal
    // Credit (Housing Act 1996 ss160ZA, 185 and the benefit rules alike; DOMAIN,
    // "Immigration status"). Kent's Essential Living Allowance is paid "in
    // circumstances of undetermined status" (KCC minute on 19/00014), which
    // leave is not: whether Kent pays it to someone with such leave is not
    // found, so it is a caution to ask about, never an entitlement or amount;
    // for whom the allowance itself is: Kent's former relevant care leavers.
    // One push for both (each builder chain costs wasm).
    let leaving_care_support = matches!(now.status, Status::FormerRelevant | Status::Qualifying);
    type Rules = &'static [&'static str];
    let caution: Option<(&'static str, Rules, Rules)> = match a.immigration_status {
        ImmigrationStatus::None if age >= p.l.thresholds.adult && leaving_care_support => {
            Some(("human_rights_assessment", &["human_rights_assessment_no_leave"], &["niaa_2002_sch3"]))
        }
        // Under 18, whoever will be former relevant at 18 (on the answers
        // carried forward) is told now, to ask before then: until 18 the
        // council pays their home and living costs (DOMAIN, "Universal Credit").
        ImmigrationStatus::LeaveNoPublicFunds if a.kent_care_leaver => {
            let adult = p.l.thresholds.adult;
            let at_18 = p.birthday(adult).filter(|_| age < adult).map(|d| p.view(d).status);
            let because: Rules = if now.status == Status::FormerRelevant {
                &["essential_living_allowance_ask_no_public_funds"]
            } else if at_18 == Some(Status::FormerRelevant) {
                &["essential_living_allowance_ask_before_18", "essential_living_allowance_ask_no_public_funds"]
            } else {
                &[]
            };
            (!because.is_empty()).then_some((
                "essential_living_allowance",
                because,
                &["kcc_essential_living_allowance", "housing_act_1996_ss160za_185"][..],
            ))
        }
        _ => None,
    };
    if let Some((id, because, sources)) = caution {
        items.push(Item::new(Kind::Caution, id).because(because).sources(sources));
    }
    let timeline = timeline(&p);
    let mut outcome = ctx.finish(Journey::CareLeaver, items, timeline);
    outcome.rates.as_of = rates_as_of(&shown, on);
    outcome
}

#[cfg(test)]
mod tests;
