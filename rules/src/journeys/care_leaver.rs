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

/// The rules of this journey in plain English.
pub static RULES: &[crate::explain::Rule] = &[
    // Status.
    ("age_under_16", "You are {age}. Leaving-care support starts at 16, so it does not apply to you yet. Your social worker can tell you what happens before then."),
    ("age_16_or_17", "You are {age}, so you are 16 or 17."),
    ("age_18_to_24", "You are {age}, so you are between 18 and 24."),
    ("age_18_to_20", "You are {age}, so you are between 18 and 20."),
    ("age_21_to_24_in_education_or_training", "You are {age} and in education or training, so help as a qualifying care leaver carries on until you are 25."),
    ("age_21_to_24_not_in_education_or_training", "You are {age}. Help as a qualifying care leaver stops at 21 unless you are in education or training, and you said you are not."),
    ("age_25_or_over", "You are {age}. Leaving-care support, including a personal adviser, stops on the 25th birthday. Your local council's adult services or housing team can still help you."),
    ("you_are_looked_after_now", "You are looked after (in care) now."),
    ("you_are_not_looked_after_now", "You are not looked after (in care) now."),
    ("looked_after_13_weeks_since_14", "You have been looked after for {weeks} weeks in total since your 14th birthday, some of it after your 16th birthday. That is 13 weeks or more."),
    ("looked_after_fewer_than_13_weeks", "You have been looked after for {weeks} weeks in total since your 14th birthday. If you stay in care, you reach 13 weeks by {becomes_eligible} at the latest and become an eligible young person, with a personal adviser and a pathway plan. Planned short breaks after which you went home do not count."),
    ("looked_after_after_16_fewer_than_13_weeks", "You were looked after at some time after your 16th birthday, but for {weeks} weeks in total since your 14th birthday, which is fewer than 13."),
    ("special_guardianship_order_from_care", "A special guardianship order was made for you while you were in care, and it is in force now (or was on your 18th birthday)."),
    ("privately_fostered_after_16", "You were privately fostered after your 16th birthday: as a disabled young person, you lived for 28 days or more with someone who is not a parent or close relative, arranged by your family."),
    ("no_care_after_16", "You have not been in care or (as a disabled young person) privately fostered since your 16th birthday, and no special guardianship order made while you were in care applies to you, so the leaving-care rules do not cover you. Kent's early help and housing teams can still help."),
    // Places to live.
    ("fostering_for_children_in_care", "Foster care is a home with a foster family, for children in care until their 18th birthday."),
    ("staying_put_with_foster_carer", "Staying Put lets a care leaver who was in care on their 18th birthday keep living with their foster carer until 21, or longer to finish a course. You pay something towards your keep."),
    ("kent_supported_homes_16_to_20", "Kent Supported Homes (supported lodgings) give young people Kent looks after or supports, aged 16 to 20, their own room in a host's family home. If you are in further education, such as college (not university), you can stay until 25."),
    ("residential_childrens_home_for_children_in_care", "A children's home is a home shared by a few children in care, for children until their 18th birthday."),
    ("residential_special_school_5_to_17", "A residential special school is a school where children in care aged 5 to 17 with a physical or learning disability, emotional difficulties or special educational needs live and learn."),
    ("supported_accommodation_16_17", "Supported accommodation bought from other providers is for young people aged 16 and 17 who are in care or have left care: your own room in a shared house, with a support worker. Kent uses it only in exceptional cases, when its own services cannot help."),
    ("supported_accommodation_onsite_16_17", "The on-site support service is supported accommodation for young people aged 16 and 17 who are in care or have left care, with a support worker on site. Kent's contract for it is due to end on {contract_end}."),
    ("supported_accommodation_outreach_16_17", "The outreach support service is supported accommodation for young people aged 16 and 17 who are in care or have left care, with support workers who visit. Kent's contract for it is due to end on {contract_end}."),
    ("transitional_accommodation_18", "Transitional Accommodation is a place to live for Kent's former relevant care leavers aged 18 while they find their own home: a place to live only, with support from your personal adviser. From 19 it is only for young people with no immigration status: waiting for a decision on an asylum claim or appeal, or with no leave to remain. Kent's contract for it is due to end on {contract_end}."),
    ("shared_accommodation_existing_residents", "Shared Accommodation is only for young adults aged 18 to 20 who already lived there before {shared_cutoff}: it takes no new people. Kent's contract for it was due to end on {contract_end}."),
    ("reception_and_safe_care_16_17", "Reception and safe care centres are a short first home for boys aged 16 and 17 who have just arrived in Kent alone to seek asylum, before they move on to a longer-term home, often with another council. Girls who stay with Kent go to supported accommodation for an eight-week programme; children under 16 and children at risk live with foster carers."),
    ("supported_living_care_act_needs", "Supported living is a home with support for adults aged 18 or over who have care and support needs under the Care Act."),
    ("short_breaks_disabled_children", "Short break units give disabled children aged 5 to 17 overnight stays, so they and their families get a break."),
    ("shared_lives_care_act_needs", "Shared Lives means living with a Shared Lives carer. It is for adults aged 18 or over with eligible care and support needs under the Care Act."),
    ("independent_living_care_leavers_18_plus", "From 18, care leavers can move into a home of their own, such as a flat, a shared house, a private or council tenancy, or university rooms."),
    // Why something is later or closed.
    ("opens_on_date", "This opens for you on {from}."),
    ("closed_contract_ended", "Kent's contract for this service was due to end on {contract_end}. Contracts are sometimes extended, so ask your personal adviser or social worker whether it still takes young people."),
    ("closed_age", "You are {age}, which is outside the ages this is for."),
    ("closed_not_looked_after", "This is only for children who are looked after (in care) now."),
    ("closed_not_kent", "This is for young people Kent is responsible for. The council that looked after you has its own offer."),
    ("closed_not_former_relevant", "This is for former relevant care leavers: young people who were in care for 13 weeks or more since their 14th birthday, including after their 16th birthday."),
    ("closed_not_eligible_or_relevant", "This is for eligible, relevant and former relevant young people, who were in care for 13 weeks or more since their 14th birthday."),
    ("closed_not_care_leaver", "This is for care leavers, and on your answers the leaving-care rules do not cover you now."),
    ("closed_no_care_act_needs", "This is for adults with care and support needs under the Care Act, and you did not say you have them."),
    ("closed_not_disabled", "This is for disabled children."),
    ("closed_settled_status", "This is for young people without settled immigration status, and you said you are British or settled, or have leave to remain that lets you claim benefits."),
    ("closed_not_in_shared_before_cutoff", "Only young adults who already lived in Shared Accommodation before {shared_cutoff} can stay there."),
    ("closed_not_living_with_foster_carer", "Staying Put means staying on with your foster carer, and you said you do not live with one."),
    ("closed_not_looked_after_on_18th_birthday", "Staying Put is for young people who were in care on their 18th birthday."),
    ("closed_not_unaccompanied", "This is for young people who came to the UK alone to seek asylum."),
    ("closed_not_in_education_or_training", "At your age this is only for young people in education or training."),
    ("closed_not_in_higher_education", "This is for students in higher education."),
    ("closed_not_starting_apprenticeship", "This is for care leavers starting an apprenticeship."),
    // Entitlements.
    ("personal_adviser_to_25", "Every eligible, relevant and former relevant young person has a personal adviser, who helps until their 25th birthday ({turns_25})."),
    ("pathway_plan_every_6_months", "You have a pathway plan: your plan for leaving care and what comes next, reviewed at least every 6 months."),
    ("essential_living_allowance_instead_of_benefits", "You cannot claim benefits such as Universal Credit while you are waiting for a decision on your asylum claim or have no immigration status. Kent pays its care leavers in this situation an Essential Living Allowance each week instead. We could not find the amount in Kent's published pages, so ask your personal adviser."),
    ("setting_up_home_allowance_former_relevant", "Former relevant care leavers get a setting up home allowance, paid once (if you have not had it already), to buy what a first home needs. Kent's own page says up to £{kent_published}; the government recommends councils pay at least £{dfe_recommended}. We could not confirm what Kent pays now, so the amount is an estimate: ask your personal adviser what you will get."),
    ("higher_education_bursary_former_relevant", "Former relevant care leavers on a higher education course get a bursary from the council, paid once."),
    ("apprenticeship_bursary_for_care_leavers", "Eligible, relevant and former relevant care leavers who start an apprenticeship get a bursary, paid over the first year. The amount depends on the day the apprenticeship starts."),
    ("bursary_16_19_in_care_or_care_leaver", "Young people in care, and relevant and former relevant care leavers, at school or college (not university or an apprenticeship) can get the 16 to 19 Bursary, paid on what they need. It goes by your age on the 31 August before the school or college year starts: you must be 16, 17 or 18 then."),
    ("council_tax_paid_kent_18_to_20", "Kent pays the council tax of its former relevant care leavers aged 18 to 20, up to the month of the 21st birthday, wherever they live. Claim any discount you can first."),
    ("council_tax_paid_ends_at_21", "Kent pays council tax for its care leavers only up to the month of the 21st birthday. Some district councils may help after that."),
    ("shared_accommodation_rate_exemption_under_25", "Care leavers under 25 who can claim Universal Credit or Housing Benefit get help with rent up to the one-bedroom rate, not just the lower rate for a room in a shared house."),
    ("homeless_priority_need_18_to_20", "Young people aged 18 to 20 who were in care after their 16th birthday (or privately fostered then, as a disabled young person) and who become homeless must be treated by the council as in priority need for housing."),
    ("homeless_priority_need_from_21", "From 21, a care leaver who becomes homeless is in priority need only if they are vulnerable because they were in care."),
    ("universal_credit_from_one_month_before_18", "Young people in care or leaving care can start a Universal Credit claim one month before their 18th birthday: for you, {uc_early_claim}. Until 18 the council pays for their home and living costs."),
    ("triple_pathway_planning_for_uasc", "Because you came to the UK alone to seek asylum and do not have settled status, your pathway plan covers three paths: staying in the UK, returning to your home country, or moving to another country."),
    ("personal_adviser_kent_at_17_and_a_half", "Kent allocates one at 17 and a half ({pa_allocated})."),
    ("setting_up_home_allowance_other_council", "Former relevant care leavers get a setting up home allowance, paid once (if you have not had it already), to buy what a first home needs. The council that looked after you sets the amount; the government recommends councils pay at least £{dfe_recommended}. Ask your personal adviser."),
    ("independent_living_no_status", "From 18, care leavers can move into a home of their own. Without leave to remain you cannot get a council home, and renting privately needs a right to rent, so your personal adviser will help you find somewhere."),
    ("homeless_priority_need_students", "If you are a full-time student and your term-time home is closed in the holidays, this does not apply then; instead the council that looked after you must help you with somewhere to stay in the holidays."),
    ("age_25_or_over_no_status", "You are {age}. Leaving-care support, including a personal adviser, stops on the 25th birthday. Without leave to remain you cannot get housing help from a council, so get free immigration legal advice, and ask the Home Office about asylum support if your claim is still waiting."),
    ("human_rights_assessment_no_leave", "Because you have no leave to remain, the law says the council must first check whether refusing you support would breach your human rights (a human rights assessment) before it can give you leaving-care support after 18. Get free immigration legal advice as soon as you can."),
    ("looked_after_too_few_weeks_before_18", "You have been looked after for {weeks} weeks in total since your 14th birthday. To become an eligible young person you need 13 weeks in care before your 18th birthday, which you cannot reach now. After 18 you can still get advice and help as a qualifying care leaver: ask your social worker."),
    ("privately_fostered_only_if_disabled", "You said you were privately fostered after your 16th birthday. In law only a disabled young person can be privately fostered after 16, and you did not say you are disabled, so this does not count. If you are disabled, change that answer."),
    ("personal_adviser_if_you_ask", "From 21 you have a personal adviser until your 25th birthday ({turns_25}) if you ask for one, or while you are in education or training. Ask the council that looked after you."),
    ("pathway_plan_if_you_ask", "From 21 you have a pathway plan if you ask for support, or while you are in education or training. It is reviewed at least every 6 months."),
    ("social_housing_no_local_connection_test_under_25", "Since 10 July 2025, councils in England cannot refuse to put a care leaver under 25 on their housing register because they have no local connection to the area. You need an immigration status that lets you get a council home."),
    ("closed_not_in_care_or_relevant", "This is for young people aged 16 or 17 who are in care, or who have left care after 13 weeks or more in care since their 14th birthday."),
    ("closed_not_disabled_or_sen", "This is for children with a disability, emotional difficulties or special educational needs, and you did not say you have them."),
    ("closed_not_newly_arrived", "This is only a short first home for young people who have just arrived, in care for under {reception_weeks} weeks. After that your social worker finds you a longer-term home."),
    ("closed_not_in_further_education", "After your 21st birthday this is only for young people in further education, such as college, not university."),
    ("closed_has_immigration_status", "From 19 this is only for young people with no immigration status: waiting for a decision on an asylum claim or appeal, or with no leave to remain."),
    ("closed_no_public_funds", "This needs an immigration status that lets you claim benefits and get help with housing. While you wait for a decision on your asylum claim, or if you have no leave to remain, you cannot get it. Your personal adviser can tell you what help you can get, and a free immigration adviser can help with your case."),
    ("closed_not_at_school_or_college", "This is for students at school or college. It is not for university students or apprentices: an apprentice is paid a wage."),
    ("closed_not_yet_in_force", "This had not started on the date you chose."),
];

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
    onsite_end: Option<Date>,
    outreach_end: Option<Date>,
    transitional_end: Option<Date>,
    shared_contract_end: Option<Date>,
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
            onsite_end: ctx.date(&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_ONSITE),
            outreach_end: ctx.date(&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_OUTREACH),
            transitional_end: ctx.date(&params::CONTRACT_END_TRANSITIONAL_ACCOMMODATION),
            shared_contract_end: ctx.date(&params::CONTRACT_END_SHARED_ACCOMMODATION),
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

/// The answers, the limits, and the age on `on`.
struct Person<'a> {
    a: &'a CareLeaverAnswers,
    l: Limits,
    /// The date evaluated for.
    on: Date,
    /// The age on `on`.
    age: u32,
}

impl Person<'_> {
    /// The day they attain `age`.
    fn birthday(&self, age: u32) -> Option<Date> {
        self.a.date_of_birth.birthday(age)
    }

    /// In care now and under 18 on `on`: the weeks in care grow from `on`.
    fn in_care_now(&self) -> bool {
        self.a.looked_after_now && self.age < self.l.thresholds.adult
    }

    /// The day the weeks in care since 14 reach `weeks`, for someone in
    /// care now: `on` plus seven days for each week still to go (`on`
    /// itself when they are reached already).
    fn day_weeks_reach(&self, weeks: u32) -> Option<Date> {
        let to_go = weeks.saturating_sub(u32::from(self.a.weeks_looked_after_since_14));
        self.on.add_days(7 * i64::from(to_go))
    }

    /// The day someone in care now becomes eligible if they stay: the later
    /// of the day their weeks since 14 reach 13 and the 16th birthday, when
    /// that is before the 18th birthday (CONTRACT, "Care leavers").
    fn eligible_from(&self) -> Option<Date> {
        let weeks = u32::from(self.a.weeks_looked_after_since_14);
        self.l.thresholds.eligible_from(self.a.date_of_birth, self.on, weeks).filter(|_| self.in_care_now())
    }

    /// The timeline's `becomes_eligible`: the day above, when it is after `on`.
    fn becomes_eligible(&self) -> Option<Date> {
        self.eligible_from().filter(|&d| d > self.on)
    }

    /// The person's age on the latest 31 August on or before `d`: the 16 to
    /// 19 Bursary goes by age at the start of the academic year.
    fn age_at_academic_year_start(&self, d: Date) -> Option<u32> {
        let (month, day) = params::BURSARY_16_19_AGE_DAY;
        let this_year = Date::new(d.year(), month, day)?;
        let start = if this_year <= d { this_year } else { Date::new(d.year() - 1, month, day)? };
        self.a.date_of_birth.age_on(start)
    }

    /// The first 31 August on or after the birthday at `age`: the day the
    /// age at the start of the academic year reaches it.
    fn academic_year_start_at_age(&self, age: u32) -> Option<Date> {
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
    fn uc_early_claim(&self) -> Option<Date> {
        let months = i32::try_from(self.l.uc_months).ok()?;
        self.birthday(self.l.thresholds.adult)?.add_months(-months)
    }

    /// The person on day `d` (on or after `on`), on their current answers.
    fn view(&self, d: Date) -> View {
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
    fn change_days(&self) -> Vec<Date> {
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
        for end in [l.onsite_end, l.outreach_end, l.transitional_end, l.shared_contract_end].into_iter().flatten() {
            days.extend(end.add_days(1));
        }
        sort_short(&mut days, |x, y| x < y);
        days.dedup();
        days
    }
}

/// An accommodation option or an entitlement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Offer {
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
const ACCOMMODATION: [Offer; 15] = [
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
const ENTITLEMENTS: [Offer; 14] = [
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
const AMOUNTS: [(&Param, &str); 4] = [
    (&params::SETTING_UP_HOME_ALLOWANCE, "setting_up_home_allowance"),
    (&params::HIGHER_EDUCATION_BURSARY, "higher_education_bursary"),
    (&params::APPRENTICESHIP_BURSARY, "apprenticeship_bursary"),
    (&params::BURSARY_16_19, "bursary_16_19"),
];

/// How an item stands for the person on `on`.
enum Standing {
    Now { until: Option<Date> },
    Later { from: Date, until: Option<Date> },
    Closed { reason: &'static str },
}

impl Offer {
    const fn id(self) -> &'static str {
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

    const fn is_accommodation(self) -> bool {
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
    const fn rule(self) -> &'static str {
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
    fn rule_for(self, p: &Person, now: &View) -> &'static str {
        let on_request =
            now.status == Status::FormerRelevant && now.age >= p.l.pa_on_request_from && !p.a.in_education_or_training;
        let a = p.a;
        match self {
            Offer::PersonalAdviser if on_request => "personal_adviser_if_you_ask",
            Offer::PathwayPlan if on_request => "pathway_plan_if_you_ask",
            // Kent's figure is Kent's: another council sets its own.
            Offer::SettingUpHomeAllowance if !a.kent_care_leaver => "setting_up_home_allowance_other_council",
            Offer::IndependentLiving if a.immigration_status.no_status() => "independent_living_no_status",
            _ => self.rule(),
        }
    }

    /// Whether the amount held applies to this person: Kent's setting up home
    /// allowance is Kent's own figure, so another council's care leaver is
    /// told to ask that council (DOMAIN 4.3, 4.4).
    const fn amount_applies(self, p: &Person) -> bool {
        !matches!(self, Offer::SettingUpHomeAllowance) || p.a.kent_care_leaver
    }

    /// Whether the amount is the most that can be paid, set on need
    /// (CONTRACT: Kent's "up to £2,000"; the bursary's "up to £1,200").
    const fn up_to(self) -> bool {
        matches!(self, Offer::SettingUpHomeAllowance | Offer::Bursary16To19)
    }

    /// The rule explaining why the item is closed for `reason`.
    fn closed_rule(self, reason: &str) -> &'static str {
        match (self, reason) {
            (Offer::CouncilTaxPaid, AGE) => "council_tax_paid_ends_at_21",
            (Offer::HomelessPriorityNeed, AGE) => "homeless_priority_need_from_21",
            _ => closed_rule(reason),
        }
    }

    /// The sources behind the item (besides an amount's own source).
    const fn sources(self) -> &'static [&'static str] {
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
    fn amount(self) -> Option<(&'static Param, Period)> {
        match self {
            Offer::SettingUpHomeAllowance => Some((&params::SETTING_UP_HOME_ALLOWANCE, Period::Once)),
            Offer::HigherEducationBursary => Some((&params::HIGHER_EDUCATION_BURSARY, Period::Once)),
            Offer::ApprenticeshipBursary => Some((&params::APPRENTICESHIP_BURSARY, Period::Once)),
            Offer::Bursary16To19 => Some((&params::BURSARY_16_19, Period::Year)),
            _ => None,
        }
    }

    /// The last day of the option's contract, if it has one.
    const fn contract_end(self, l: &Limits) -> Option<Date> {
        match self {
            Offer::SupportedAccommodationOnsite => l.onsite_end,
            Offer::SupportedAccommodationOutreach => l.outreach_end,
            Offer::TransitionalAccommodation => l.transitional_end,
            Offer::SharedAccommodation => l.shared_contract_end,
            _ => None,
        }
    }

    /// Whether the item is open to the person as `v` sees them; if not, the
    /// first reason (the order is the module's "Reasons" decision).
    fn check(self, p: &Person, v: &View) -> Result<(), &'static str> {
        let a = p.a;
        let l = &p.l;
        let age = v.age;
        let status = v.status;
        if let Some(end) = self.contract_end(l) {
            need(v.on <= end, CONTRACT_ENDED)?;
        }
        let not_settled = a.immigration_status != ImmigrationStatus::Settled;
        let public_funds = a.immigration_status.public_funds();
        let no_status = a.immigration_status.no_status();
        match self {
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
                    need(age < l.ksh_education_end, AGE)?;
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

    /// Whether the item can open on a later day (the apprenticeship
    /// bursary is for an apprenticeship starting on `on`).
    const fn can_open_later(self) -> bool {
        !matches!(self, Offer::ApprenticeshipBursary)
    }

    /// Whether a closed entitlement is worth listing as `not_available`
    /// (accommodation always is).
    fn worth_telling(self, p: &Person, now: &View, reason: &str) -> bool {
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
    fn last_day(self, p: &Person, after_start: &[View]) -> Option<Date> {
        after_start.iter().find(|v| self.check(p, v).is_err()).and_then(|v| v.on.add_days(-1))
    }

    /// How the item stands on `on`. `later` holds the person as seen on
    /// each change day after `on`, in order.
    fn standing(self, p: &Person, now: &View, later: &[View]) -> Standing {
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
    fn push_item(
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
fn timeline(p: &Person, ctx: &Ctx) -> Vec<Event> {
    let l = &p.l;
    if p.age >= l.thresholds.support_end {
        return Vec::new();
    }
    let event = |date: Option<Date>, event: &'static str| date.map(|date| Event { date, event, option: None });
    // "Up to 25 if in further education" (SS Appendix 1), as the item reads it.
    let further_education = p.a.in_education_or_training && !p.a.in_higher_education;
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
        let contracts = [
            (&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_ONSITE, "supported_accommodation_onsite"),
            (&params::CONTRACT_END_SUPPORTED_ACCOMMODATION_OUTREACH, "supported_accommodation_outreach"),
            (&params::CONTRACT_END_TRANSITIONAL_ACCOMMODATION, "transitional_accommodation"),
            (&params::CONTRACT_END_SHARED_ACCOMMODATION, "shared_accommodation"),
        ];
        for (param, option) in contracts {
            if let Some(date) = ctx.date(param).filter(|&d| in_window(d)) {
                events.push(Event { date, event: "contract_ends", option: Some(option) });
            }
        }
        for (param, option) in AMOUNTS {
            for dated in param.changes().filter(|d| in_window(d.from)) {
                events.push(Event { date: dated.from, event: "new_rate", option: Some(option) });
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
        AMOUNTS
            .iter()
            .flat_map(|(param, _)| param.values.iter())
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
        ("uc_early_claim", p.uc_early_claim()),
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
    let mut items = Vec::with_capacity(1 + ACCOMMODATION.len() + ENTITLEMENTS.len());
    items.push(status_item(&p, &now));
    let mut shown = Vec::new();
    for offer in ACCOMMODATION.into_iter().chain(ENTITLEMENTS) {
        offer.push_item(&p, &mut ctx, &now, &later, &mut shown, &mut items);
    }
    // No leave at all (not a claim still waiting): leaving-care support after
    // 18 needs a human rights assessment first (Nationality, Immigration and
    // Asylum Act 2002 Schedule 3; DOMAIN 4.4).
    let leaving_care_support = matches!(now.status, Status::FormerRelevant | Status::Qualifying);
    if a.immigration_status == ImmigrationStatus::None && age >= p.l.thresholds.adult && leaving_care_support {
        items.push(
            Item::new(Kind::Caution, "human_rights_assessment")
                .because(&["human_rights_assessment_no_leave"])
                .sources(&["niaa_2002_sch3"]),
        );
    }
    let timeline = timeline(&p, &ctx);
    let mut outcome = ctx.finish(Journey::CareLeaver, items, timeline);
    outcome.rates.as_of = rates_as_of(&shown, on);
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::{item_sentence, template};

    fn answers(born: Date) -> CareLeaverAnswers {
        CareLeaverAnswers {
            date_of_birth: born,
            looked_after_now: false,
            weeks_looked_after_since_14: 0,
            looked_after_since_16: false,
            looked_after_on_18th_birthday: false,
            special_guardianship_from_care: false,
            privately_fostered: false,
            in_education_or_training: false,
            in_higher_education: false,
            starting_apprenticeship: false,
            living_with_foster_carer: false,
            kent_care_leaver: false,
            immigration_status: ImmigrationStatus::Settled,
            unaccompanied_asylum_seeking: false,
            in_shared_accommodation_since_before_2023_11_13: false,
            disabled: false,
            special_educational_needs: false,
            care_act_eligible_needs: false,
        }
    }

    /// Many people on many days: each answer combination that matters, at
    /// ages 14 to 26 (a third of the combinations at each age, in turn, to
    /// keep the test quick), with their answers.
    fn cases() -> Vec<(CareLeaverAnswers, Outcome)> {
        let mut out = Vec::new();
        for on in [Date::ymd(2023, 7, 31), Date::ymd(2026, 3, 31), Date::ymd(2028, 12, 1)] {
            for years in 14..=26 {
                let Some(born) = on.add_months(-12 * years - 5) else { continue };
                for bits in (0u32..512).filter(|b| b % 3 == u32::try_from(years).unwrap_or(0) % 3) {
                    let bit = |n: u32| bits & (1 << n) != 0;
                    let mut a = answers(born);
                    a.looked_after_now = bit(0);
                    a.weeks_looked_after_since_14 = if bit(1) { 40 } else { 5 };
                    a.looked_after_since_16 = bit(2);
                    a.looked_after_on_18th_birthday = bit(2);
                    a.living_with_foster_carer = bit(3);
                    a.kent_care_leaver = bit(4);
                    a.in_education_or_training = bit(5);
                    a.in_higher_education = bit(5);
                    a.unaccompanied_asylum_seeking = bit(6);
                    // Every status in turn: no leave and leave continuing
                    // on some ages, pending and settled on the others.
                    a.immigration_status = match (bit(6), years % 2 == 0) {
                        (true, true) => ImmigrationStatus::None,
                        (true, false) => ImmigrationStatus::Pending,
                        (false, true) => ImmigrationStatus::ExtensionPending,
                        (false, false) => ImmigrationStatus::Settled,
                    };
                    a.special_educational_needs = bit(7) && !bit(8);
                    a.privately_fostered = bit(7);
                    a.starting_apprenticeship = bit(8);
                    a.disabled = bit(8);
                    a.care_act_eligible_needs = bit(8);
                    a.in_shared_accommodation_since_before_2023_11_13 = bit(4);
                    out.push((a, evaluate(&a, on)));
                }
            }
        }
        out
    }

    /// Every "not available" reason is true for the person it is told to
    /// (issue 20: "aged 19 or over" was once said to a 17-year-old): the
    /// answer or fact it names is the person's own.
    #[test]
    fn every_reason_given_is_true_for_the_person() {
        let mut told = 0;
        for (a, o) in cases() {
            let age = a.date_of_birth.age_on(o.on).unwrap_or(0);
            let status = o.status().unwrap_or("");
            let in_care = a.looked_after_now && age < 18;
            for item in o.items.iter().filter(|i| i.when == Some(When::NotAvailable)) {
                let reason = item.reason.unwrap_or("");
                let true_for_them = match reason {
                    NOT_KENT => !a.kent_care_leaver,
                    NOT_DISABLED => !a.disabled,
                    NOT_DISABLED_OR_SEN => !a.disabled && !a.special_educational_needs,
                    NO_CARE_ACT_NEEDS => !a.care_act_eligible_needs,
                    NOT_UNACCOMPANIED => !a.unaccompanied_asylum_seeking,
                    SETTLED_STATUS => a.immigration_status == ImmigrationStatus::Settled,
                    HAS_STATUS => !a.immigration_status.no_status(),
                    NO_PUBLIC_FUNDS => !a.immigration_status.public_funds(),
                    NOT_IN_SHARED_BEFORE_CUTOFF => !a.in_shared_accommodation_since_before_2023_11_13,
                    NOT_LIVING_WITH_FOSTER_CARER => !a.living_with_foster_carer,
                    NOT_LOOKED_AFTER_ON_18TH_BIRTHDAY => age >= 18 && !a.looked_after_on_18th_birthday,
                    NOT_LOOKED_AFTER => !in_care,
                    NOT_IN_CARE_OR_RELEVANT => !in_care && status != "relevant",
                    NOT_IN_EDUCATION_OR_TRAINING => !a.in_education_or_training,
                    NOT_IN_FURTHER_EDUCATION => a.in_higher_education,
                    NOT_AT_SCHOOL_OR_COLLEGE => a.in_higher_education || a.starting_apprenticeship,
                    NOT_IN_HIGHER_EDUCATION => !a.in_higher_education,
                    NOT_STARTING_APPRENTICESHIP => !a.starting_apprenticeship,
                    NOT_FORMER_RELEVANT => status != "former_relevant",
                    NOT_ELIGIBLE_OR_RELEVANT => !matches!(status, "eligible" | "relevant" | "former_relevant"),
                    NOT_CARE_LEAVER => !matches!(status, "eligible" | "relevant" | "former_relevant" | "qualifying"),
                    NOT_NEWLY_ARRIVED => a.weeks_looked_after_since_14 >= 8,
                    CONTRACT_ENDED => item.until.is_some_and(|end| end < o.on),
                    // An age reason: the item is open to the person on no
                    // day of their 16-25 window before its contract ends, or
                    // the age they are now is outside it.
                    AGE | NOT_YET_IN_FORCE => true,
                    other => panic!("a reason with no check: {other}"),
                };
                assert!(true_for_them, "{}: reason {reason} is not true for {a:?} on {}", item.id, o.on);
                told += 1;
            }
        }
        assert!(told > 1000, "the people tried are told many reasons ({told})");
    }

    #[test]
    fn every_outcome_has_one_status_every_option_and_sentences_that_fill() {
        for (_, o) in cases() {
            assert_eq!(o.items.iter().filter(|i| i.kind == Kind::Status).count(), 1);
            for offer in ACCOMMODATION {
                assert!(o.item(Kind::Accommodation, offer.id()).is_some(), "{} missing", offer.id());
            }
            for item in &o.items {
                assert!(!item.because.is_empty() && !item.sources.is_empty(), "{}", item.id);
                for s in &item.sources {
                    assert!(crate::params::source(s).is_some(), "unknown source {s}");
                }
                for rule in &item.because {
                    assert!(template(rule).is_some(), "rule {rule} has no sentence");
                    let text = item_sentence(rule, item, &o).unwrap_or_default();
                    assert!(!text.contains('{'), "{rule}: unfilled {text}");
                }
                match item.when {
                    Some(When::Later) => assert!(item.from.is_some_and(|d| d > o.on), "{}", item.id),
                    Some(When::NotAvailable) => assert!(item.reason.is_some(), "{}", item.id),
                    _ => {}
                }
                if let (Some(from), Some(until)) = (item.from, item.until) {
                    assert!(from <= until, "{}: {from} after {until}", item.id);
                }
                if let Some(until) = item.until.filter(|_| item.is_open_now()) {
                    assert!(until >= o.on, "{}: open now but ended {until}", item.id);
                }
            }
            for pair in o.timeline.windows(2) {
                assert!((pair[0].date, pair[0].event) <= (pair[1].date, pair[1].event));
            }
        }
    }

    #[test]
    fn each_timeline_event_names_what_it_is_about_and_concerns_only_who_has_it() {
        let mut concerned = 0;
        for (_, o) in cases() {
            let status = o.items.iter().find(|i| i.kind == Kind::Status).map(|i| i.id);
            for e in &o.timeline {
                assert_eq!(e.about().is_none(), matches!(e.event, "turns_18" | "becomes_eligible"), "{e:?}");
                let has = |id: &str| o.items.iter().any(|i| i.id == id && i.when != Some(crate::When::NotAvailable));
                assert_eq!(o.concerns(e), e.about().is_none_or(has), "{e:?}");
                if e.event.starts_with("personal_adviser") {
                    // A care leaver has one; someone who is not, never.
                    if matches!(status, Some("eligible" | "relevant" | "former_relevant")) {
                        assert!(o.concerns(e), "{e:?} {status:?}");
                    }
                    if status == Some("none") {
                        assert!(!o.concerns(e), "{e:?} {status:?}");
                    }
                    concerned += usize::from(o.concerns(e));
                }
            }
        }
        assert!(concerned > 0, "some people have a personal adviser on their timeline");
    }

    #[test]
    fn a_later_item_is_open_on_its_first_day_and_closed_after_its_last() {
        for (mut a, o) in cases() {
            // Answers as they will be: someone looked after now is looked
            // after after 16 and on the 18th birthday, and their weeks in
            // care grow by one every seven days until then.
            let in_care = a.looked_after_now && a.date_of_birth.age_on(o.on).is_some_and(|age| age < 18);
            if in_care {
                a.looked_after_since_16 = true;
                a.looked_after_on_18th_birthday = true;
            }
            let weeks_then = |day: Date| {
                let mut then = a;
                if in_care {
                    let eighteen = a.date_of_birth.birthday(18).unwrap_or(day);
                    let days = day.min(eighteen).to_days() - o.on.to_days();
                    let grown = u16::try_from(days.max(0) / 7).unwrap_or(0);
                    then.weeks_looked_after_since_14 = a.weeks_looked_after_since_14.saturating_add(grown);
                    then.looked_after_now = day < eighteen;
                }
                then
            };
            for item in o.items.iter().filter(|i| i.kind != Kind::Status && i.id != "apprenticeship_bursary") {
                if let Some(from) = item.from.filter(|_| item.when == Some(When::Later)) {
                    let then = evaluate(&weeks_then(from), from);
                    let same = then.items.iter().find(|i| i.kind == item.kind && i.id == item.id);
                    assert!(same.is_some_and(Item::is_open_now), "{} not open on {from} ({:?})", item.id, a);
                }
                if let Some(until) = item.until.filter(|_| item.is_open_now()) {
                    let Some(next) = until.add_days(1) else { continue };
                    let then = evaluate(&weeks_then(next), next);
                    let same = then.items.iter().find(|i| i.kind == item.kind && i.id == item.id);
                    assert!(
                        !same.is_some_and(Item::is_open_now),
                        "{} still open on {next} (on {}, {:?})",
                        item.id,
                        o.on,
                        a
                    );
                }
            }
        }
    }

    #[test]
    fn staying_put_ends_at_21_unless_a_course_carries_it_on_to_a_day_not_known() {
        let mut a = answers(Date::ymd(2008, 3, 1));
        a.kent_care_leaver = true;
        a.weeks_looked_after_since_14 = 60;
        a.looked_after_since_16 = true;
        a.looked_after_on_18th_birthday = true;
        a.living_with_foster_carer = true;
        let on = Date::ymd(2026, 11, 28);
        let staying_put = |a: &CareLeaverAnswers| {
            let o = evaluate(a, on);
            let item = o.item(Kind::Accommodation, "staying_put").unwrap().clone();
            (item.is_open_now(), item.until)
        };
        assert_eq!(staying_put(&a), (true, Some(Date::ymd(2029, 2, 28))), "the day before the 21st birthday");
        a.in_education_or_training = true;
        assert_eq!(staying_put(&a), (true, None), "not the day before 25: the course's end is not known");
    }

    #[test]
    fn status_boundaries_follow_the_birthdays() {
        let born = Date::ymd(2008, 2, 29);
        let mut a = answers(born);
        a.weeks_looked_after_since_14 = 20;
        a.looked_after_since_16 = true;
        assert_eq!(evaluate(&a, Date::ymd(2026, 2, 28)).status(), Some("relevant"));
        assert_eq!(evaluate(&a, Date::ymd(2026, 3, 1)).status(), Some("former_relevant"));
        assert_eq!(evaluate(&a, Date::ymd(2033, 2, 28)).status(), Some("former_relevant"));
        assert_eq!(evaluate(&a, Date::ymd(2033, 3, 1)).status(), Some("beyond_age"));
    }
}
