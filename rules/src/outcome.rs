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
    /// Support the adoption agency offers, or the council that supports a
    /// special guardian (kinship).
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
    /// Where in its sources each figure behind it is: (source key, section),
    /// so the page can name the document, section and date of each figure.
    pub sections: Vec<(&'static str, &'static str)>,
    /// Why it is not available (for `when: not_available`).
    pub reason: Option<&'static str>,
    /// The day it opens (for `when: later`) or an age-limit date.
    pub from: Option<Date>,
    /// The last day it is open, where the rules know it.
    pub until: Option<Date>,
    /// True when an amount is an estimate (an uncertain source, or means tested).
    pub estimate: bool,
    /// True when the amount is the most that can be paid (the amount paid
    /// is set on need).
    pub up_to: bool,
    /// Named amounts beside the main one, such as the national minimum
    /// allowance a payment is compared with.
    pub figures: Vec<(&'static str, Money)>,
    /// This item's own values for its "why" sentences (`{child_age}`).
    pub facts: Vec<(&'static str, Fact)>,
}

// The builders are `#[inline(never)]`: inlined into each of the sixty places
// that build an item (all one `evaluate` after LTO), they cost the planner's
// wasm 1.2 KB brotli (PERFORMANCE.md, tenth session).
impl Item {
    /// A new item open now, with no amount.
    #[inline(never)]
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
            sections: Vec::new(),
            reason: None,
            from: None,
            until: None,
            estimate: false,
            up_to: false,
            figures: Vec::new(),
            facts: Vec::new(),
        }
    }

    /// Adds rule ids to `because`.
    #[inline(never)]
    pub fn because(mut self, rules: &[&'static str]) -> Item {
        self.add_because(rules);
        self
    }

    /// Adds rule ids to `because`, in place.
    pub fn add_because(&mut self, rules: &[&'static str]) {
        add_new(&mut self.because, rules);
    }

    /// Adds source keys.
    #[inline(never)]
    pub fn sources(mut self, sources: &[&'static str]) -> Item {
        self.add_sources(sources);
        self
    }

    /// Adds source keys, in place.
    pub fn add_sources(&mut self, sources: &[&'static str]) {
        add_new(&mut self.sources, sources);
    }

    /// Adds where a figure comes from: its source and its section there.
    #[inline(never)]
    pub fn cite(mut self, cite: (&'static str, &'static str)) -> Item {
        self.add_cite(cite);
        self
    }

    /// Adds where a figure comes from, in place. An empty source (a
    /// parameter with no value) adds nothing.
    pub fn add_cite(&mut self, (source, section): (&'static str, &'static str)) {
        if source.is_empty() {
            return;
        }
        self.add_sources(&[source]);
        if !section.is_empty() && !self.sections.contains(&(source, section)) {
            self.sections.push((source, section));
        }
    }

    /// Sets `when`.
    #[inline(never)]
    pub fn when(mut self, when: When) -> Item {
        self.when = Some(when);
        self
    }

    /// Sets an amount and its period.
    #[inline(never)]
    pub fn amount(mut self, amount: Money, period: Period) -> Item {
        self.amount = Some(amount);
        self.period = Some(period);
        self
    }

    /// Adds one of this item's own values for its sentences.
    #[inline(never)]
    pub fn fact(mut self, key: &'static str, value: impl Into<Fact>) -> Item {
        self.add_fact(key, value);
        self
    }

    /// Adds one of this item's own values for its sentences, in place.
    #[inline(never)]
    pub fn add_fact(&mut self, key: &'static str, value: impl Into<Fact>) {
        self.facts.push((key, value.into()));
    }

    /// Whether the item is open on the date evaluated.
    pub fn is_open_now(&self) -> bool {
        matches!(self.when, None | Some(When::Now))
    }
}

/// Appends each of `new` not already in `list`.
fn add_new(list: &mut Vec<&'static str>, new: &[&'static str]) {
    list.reserve(new.len());
    for x in new {
        if !list.contains(x) {
            list.push(x);
        }
    }
}

/// A value a "why" sentence names (`{age}`, `{from}`), typed, so that each
/// language writes it its own way: the rules hand the page no English to
/// parse back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fact {
    /// A day.
    Date(Date),
    /// An amount in pounds (the sentence has the pound sign).
    Money(Money),
    /// A whole number: an age, a count of weeks, months or years.
    Number(u32),
    /// A word: a message id the page words for the person (`care_leaver.weeks.13_or_more`),
    /// or a code or name shown as it is (`yes`, `kent`, a council's name).
    Text(&'static str),
}

impl Fact {
    /// The word, for a [`Fact::Text`].
    pub fn text(self) -> Option<&'static str> {
        match self {
            Fact::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value in English as `evaluate --explain` prints it: a date as
    /// "6 April 2025", money as "19690.00".
    pub fn english(self) -> String {
        match self {
            Fact::Date(d) => {
                let month = MONTH_NAMES.get(usize::from(d.month()).saturating_sub(1)).copied().unwrap_or("");
                format!("{} {month} {}", u32::from(d.day()), d.year().unsigned_abs())
            }
            Fact::Money(m) => m.to_plain(),
            Fact::Number(n) => n.to_string(),
            Fact::Text(s) => s.to_owned(),
        }
    }
}

impl From<crate::params::Value> for Fact {
    fn from(v: crate::params::Value) -> Fact {
        use crate::params::Value;
        match v {
            Value::Money(m) => Fact::Money(m),
            Value::Age(n) | Value::Weeks(n) | Value::Months(n) => Fact::Number(n),
            Value::Date(d) => Fact::Date(d),
        }
    }
}

impl From<Date> for Fact {
    fn from(d: Date) -> Fact {
        Fact::Date(d)
    }
}

impl From<Money> for Fact {
    fn from(m: Money) -> Fact {
        Fact::Money(m)
    }
}

impl From<&'static str> for Fact {
    fn from(s: &'static str) -> Fact {
        Fact::Text(s)
    }
}

impl From<u32> for Fact {
    fn from(n: u32) -> Fact {
        Fact::Number(n)
    }
}

impl From<u16> for Fact {
    fn from(n: u16) -> Fact {
        Fact::Number(n.into())
    }
}

impl From<u8> for Fact {
    fn from(n: u8) -> Fact {
        Fact::Number(n.into())
    }
}

/// The months' names, for dates in `evaluate --explain`.
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A dated event on the person's timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The day it happens.
    pub date: Date,
    /// The event id.
    pub event: &'static str,
    /// The item it concerns, for a rule change (`contract_ends`, `new_rate`),
    /// or the council that then helps a special guardian (`sgo_support_moves`).
    pub option: Option<&'static str>,
}

impl Event {
    /// The entitlement or place to live this event starts or ends (a
    /// birthday event, or the option of a rule change); `None` for an event
    /// about the person alone (the 18th birthday).
    pub fn about(&self) -> Option<&'static str> {
        match self.event {
            "personal_adviser_allocated" | "personal_adviser_ends" => Some("personal_adviser"),
            "universal_credit_early_claim" => Some("universal_credit_early_claim"),
            "council_tax_paid_ends" => Some("council_tax_paid"),
            "staying_put_ends" => Some("staying_put"),
            "kent_supported_homes_ends" => Some("kent_supported_homes"),
            _ => self.option,
        }
    }
}

/// The rate tables an evaluation used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rates {
    /// The first day of the main table used.
    pub as_of: Date,
    /// False when the date is outside the period a table used covers.
    pub confirmed_for_date: bool,
    /// The earliest first day among the figures used whose table does not
    /// cover the date: what the latest (or earliest) known figures that
    /// stand in date from. `None` when every table used covers it. The
    /// page's "not confirmed" warning names it, since `as_of` names the
    /// main table, which may cover the date when another does not
    /// (kinship: the fund's limit for 2026-27 beside 2025-26 Kent rates).
    pub stale_from: Option<Date>,
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
    pub facts: Vec<(&'static str, Fact)>,
}

impl Outcome {
    /// Whether a timeline event concerns this person: what it starts or
    /// ends ([`Event::about`]) is an entitlement, place to live or
    /// council's support the outcome gives them, now or later. Someone who
    /// is not a care leaver is not concerned by "personal adviser allocated".
    ///
    /// A contract's end or a new rate (an event naming its `option`) falls
    /// on a day: it concerns the person only if they can still have the
    /// option on that day, so a 17-year-old is not told about the end of a
    /// contract for 16 and 17-year-olds that comes after their 18th
    /// birthday (the December 2026 review).
    pub fn concerns(&self, event: &Event) -> bool {
        event.about().is_none_or(|id| {
            self.items.iter().any(|i| {
                matches!(i.kind, Kind::Entitlement | Kind::Accommodation | Kind::Support)
                    && i.id == id
                    && i.when != Some(When::NotAvailable)
                    && (event.option.is_none() || i.until.is_none_or(|last| last >= event.date))
            })
        })
    }

    /// Every source key the items use, sorted and without repeats.
    pub fn source_ids(&self) -> Vec<&'static str> {
        let mut ids: Vec<&'static str> = self.items.iter().flat_map(|i| i.sources.iter().copied()).collect();
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
    pub fn fact(&self, key: &str) -> Option<Fact> {
        self.facts.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_reads_in_english_as_evaluate_explain_prints_it() {
        assert_eq!(Fact::from(Date::ymd(2025, 9, 1)).english(), "1 September 2025");
        assert_eq!(Fact::from(Date::ymd(2008, 2, 29)).english(), "29 February 2008");
        assert_eq!(Fact::from(Date::ymd(9999, 12, 31)).english(), "31 December 9999");
        assert_eq!(Fact::from(Money::pounds(2000)).english(), "2000.00");
        assert_eq!(Fact::from(Money::pence(38315)).english(), "383.15");
        assert_eq!(Fact::from(17u32).english(), "17");
        assert_eq!(Fact::from("yes").english(), "yes");
        assert_eq!(Fact::from("yes").text(), Some("yes"));
        assert_eq!(Fact::from(17u8).text(), None);
    }
}
