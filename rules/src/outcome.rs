//! What an evaluation decides: items, a timeline, the rates used, and the
//! facts that fill the "why" sentences.

use crate::{Date, Journey, Money};

/// The kind of an item, as `CONTRACT.md` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Kind {
    /// The person's status (exactly one in each journey that has one).
    Status,
    /// A reason the status is `not_eligible`.
    Blocker,
    /// A point to raise with the council: it may matter, the assessment decides.
    Caution,
    /// A foster child's weekly payment.
    Payment,
    /// A kind of fostering the person could consider.
    FosteringType,
    /// A total of the payments, or the tax-free limit.
    Total,
    /// A kinship arrangement open to the family.
    Arrangement,
    /// An entitlement: money, a service or a right.
    Entitlement,
    /// A place to live.
    Accommodation,
    /// Support the adoption agency offers.
    Support,
    /// A stage of a process.
    Step,
}

impl Kind {
    /// The contract's name for the kind.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Status => "status",
            Kind::Blocker => "blocker",
            Kind::Caution => "caution",
            Kind::Payment => "payment",
            Kind::FosteringType => "fostering_type",
            Kind::Total => "total",
            Kind::Arrangement => "arrangement",
            Kind::Entitlement => "entitlement",
            Kind::Accommodation => "accommodation",
            Kind::Support => "support",
            Kind::Step => "step",
        }
    }
}

/// Whether an item is open now, later, or closed to this person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Open on the date evaluated.
    Now,
    /// Not yet, but it will be (see `from`).
    Later,
    /// Closed to this person, for the reason given.
    NotAvailable,
}

impl When {
    /// The contract's name.
    pub const fn as_str(self) -> &'static str {
        match self {
            When::Now => "now",
            When::Later => "later",
            When::NotAvailable => "not_available",
        }
    }
}

/// How often an amount is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// Each week.
    Week,
    /// Each year.
    Year,
    /// Once.
    Once,
    /// Each month.
    Month,
}

impl Period {
    /// The contract's name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Year => "year",
            Period::Once => "once",
            Period::Month => "month",
        }
    }
}

/// One thing that applies (or will, or does not) to the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// The kind.
    pub kind: Kind,
    /// The id within the kind.
    pub id: &'static str,
    /// `None` means open now.
    pub when: Option<When>,
    /// The amount, where it has one.
    pub amount: Option<Money>,
    /// How often the amount is paid.
    pub period: Option<Period>,
    /// The parts of a payment (`maintenance`, `reward`, `disability`, `skills`).
    pub parts: Vec<(&'static str, Money)>,
    /// The rule ids that produced it (never empty).
    pub because: Vec<&'static str>,
    /// The source keys behind it (never empty).
    pub sources: Vec<&'static str>,
    /// Why it is not available (for `when: not_available`).
    pub reason: Option<&'static str>,
    /// The day it opens (for `when: later`) or an age-limit date.
    pub from: Option<Date>,
    /// The last day it is open, where the rules know it.
    pub until: Option<Date>,
    /// True when an amount is an estimate (an uncertain source, or means tested).
    pub estimate: bool,
    /// Named amounts beside the main one, such as the national minimum
    /// allowance a payment is compared with.
    pub figures: Vec<(&'static str, Money)>,
    /// This item's own values for its "why" sentences (`{child_age}`).
    pub facts: Vec<(&'static str, String)>,
}

impl Item {
    /// A new item open now, with no amount.
    pub fn new(kind: Kind, id: &'static str) -> Item {
        Item {
            kind,
            id,
            when: None,
            amount: None,
            period: None,
            parts: Vec::new(),
            because: Vec::new(),
            sources: Vec::new(),
            reason: None,
            from: None,
            until: None,
            estimate: false,
            figures: Vec::new(),
            facts: Vec::new(),
        }
    }

    /// Adds rule ids to `because`.
    pub fn because(mut self, rules: &[&'static str]) -> Item {
        for r in rules {
            if !self.because.contains(r) {
                self.because.push(r);
            }
        }
        self
    }

    /// Adds source keys.
    pub fn sources(mut self, sources: &[&'static str]) -> Item {
        for s in sources {
            if !self.sources.contains(s) {
                self.sources.push(s);
            }
        }
        self
    }

    /// Sets `when`.
    pub fn when(mut self, when: When) -> Item {
        self.when = Some(when);
        self
    }

    /// Sets an amount and its period.
    pub fn amount(mut self, amount: Money, period: Period) -> Item {
        self.amount = Some(amount);
        self.period = Some(period);
        self
    }

    /// Adds one of this item's own values for its sentences.
    pub fn fact(mut self, key: &'static str, value: impl ToString) -> Item {
        self.facts.push((key, value.to_string()));
        self
    }

    /// Whether the item is open on the date evaluated.
    pub fn is_open_now(&self) -> bool {
        matches!(self.when, None | Some(When::Now))
    }
}

/// A dated event on the person's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The day it happens.
    pub date: Date,
    /// The event id.
    pub event: &'static str,
    /// The item it concerns, for a rule change (`contract_ends`, `new_rate`).
    pub option: Option<&'static str>,
}

/// The rate tables an evaluation used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rates {
    /// The first day of the main table used.
    pub as_of: Date,
    /// False when the date is outside the period a table used covers.
    pub confirmed_for_date: bool,
}

/// The result of an evaluation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The journey.
    pub journey: Journey,
    /// The date evaluated for.
    pub on: Date,
    /// The rates used.
    pub rates: Rates,
    /// What applies.
    pub items: Vec<Item>,
    /// What changes when (care leavers).
    pub timeline: Vec<Event>,
    /// The person's own values for the "why" sentences (`{age}` and so on).
    pub facts: Vec<(&'static str, String)>,
}

impl Outcome {
    /// Every source key the items use, sorted and without repeats.
    pub fn source_ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> =
            self.items.iter().flat_map(|i| i.sources.iter().copied()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The status item's id, if there is one.
    pub fn status(&self) -> Option<&'static str> {
        self.items.iter().find(|i| i.kind == Kind::Status).map(|i| i.id)
    }

    /// The item of this kind and id.
    pub fn item(&self, kind: Kind, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.kind == kind && i.id == id)
    }

    /// The value of a fact.
    pub fn fact(&self, key: &str) -> Option<&str> {
        self.facts.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }
}
