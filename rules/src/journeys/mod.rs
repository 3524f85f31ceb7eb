//! The four journeys' calculators. Each takes typed answers and a date and
//! returns an [`Outcome`]; none can fail. Each reads its figures through a
//! [`Ctx`], which records the sources and whether every rate table used
//! covers the date.

pub mod adoption;
pub mod care_leaver;
pub mod fostering;
pub mod kinship;

use crate::params::{Found, Param};
use crate::{Date, Journey, Money, Outcome, Rates};

/// The evaluation context: the date, and what the rate tables said.
#[derive(Debug)]
pub struct Ctx {
    /// The date evaluated for.
    pub on: Date,
    /// The first day of the main rate table used.
    as_of: Option<Date>,
    /// The latest first day among the amounts used.
    latest_amount_from: Option<Date>,
    /// False once a rate table used does not cover `on`.
    covers: bool,
    /// The earliest first day among the figures used whose table does
    /// not cover `on` (the figures the page's "not confirmed" warning names).
    stale_from: Option<Date>,
    /// The person's own values for the "why" sentences.
    pub facts: Vec<(&'static str, crate::Fact)>,
}

/// A figure read from a parameter, with where it came from.
#[derive(Clone, Copy, Debug)]
pub struct Figure {
    /// The amount.
    pub amount: Money,
    /// Its source key.
    pub source: &'static str,
    /// Where in the source (a section, table row or paragraph).
    pub section: &'static str,
    /// True when the figure is uncertain.
    pub estimate: bool,
    /// The first day of the value used.
    pub from: Date,
    /// Whether its table covers the date asked (false past a table's last
    /// day, when the latest figure stands in, or before the first held).
    pub covers: bool,
}

impl Figure {
    /// Whether an amount resting on this figure is an estimate: the figure
    /// is uncertain, or its table does not cover the date (CONTRACT,
    /// "Result, common part").
    pub fn is_estimate(&self) -> bool {
        self.estimate || !self.covers
    }

    /// Where it comes from: its source key and the section there.
    pub fn cite(&self) -> (&'static str, &'static str) {
        (self.source, self.section)
    }
}

impl Ctx {
    /// A context for `on`.
    pub fn new(on: Date) -> Ctx {
        Ctx { on, as_of: None, latest_amount_from: None, covers: true, stale_from: None, facts: Vec::new() }
    }

    fn found(&self, p: &'static Param) -> Option<Found> {
        p.at(self.on)
    }

    /// An amount of money as at `on`. A rate table that does not cover
    /// `on` makes `rates.confirmed_for_date` false.
    pub fn money(&mut self, p: &'static Param) -> Figure {
        self.money_at(p, self.on)
    }

    /// An amount of money as at another date (for example, the rate for
    /// an apprenticeship starting on a given day).
    pub fn money_at(&mut self, p: &'static Param, at: Date) -> Figure {
        let found = p.at(at);
        let figure = match found {
            Some(f) => Figure {
                amount: f.money().unwrap_or(Money::ZERO),
                source: f.dated.source,
                section: f.dated.section,
                estimate: f.estimate,
                from: f.dated.from,
                covers: f.covers_date,
            },
            None => {
                Figure { amount: Money::ZERO, source: "", section: "", estimate: true, from: self.on, covers: false }
            }
        };
        if !figure.covers {
            self.covers = false;
            if self.stale_from.is_none_or(|d| figure.from < d) {
                self.stale_from = Some(figure.from);
            }
        }
        if self.latest_amount_from.is_none_or(|d| figure.from > d) {
            self.latest_amount_from = Some(figure.from);
        }
        figure
    }

    /// Marks a figure's table as the main one: its first day is `rates.as_of`.
    pub fn main_table(&mut self, figure: Figure) {
        if self.as_of.is_none() {
            self.as_of = Some(figure.from);
        }
    }

    /// A whole number (age, weeks, months) as at `on`.
    pub fn count(&self, p: &'static Param) -> u32 {
        self.found(p).and_then(Found::count).unwrap_or(0)
    }

    /// A date parameter as at `on`.
    pub fn date(&self, p: &'static Param) -> Option<Date> {
        self.found(p).and_then(Found::date)
    }

    /// The source key of a parameter's value as at `on`.
    pub fn source(&self, p: &'static Param) -> &'static str {
        self.found(p).map_or("", |f| f.dated.source)
    }

    /// Where a parameter's value as at `on` comes from: its source key and
    /// the section of that source ("" for both when it has none).
    pub fn cite(&self, p: &'static Param) -> (&'static str, &'static str) {
        self.found(p).map_or(("", ""), |f| (f.dated.source, f.dated.section))
    }

    /// Records one of the person's values for the "why" sentences.
    pub fn fact(&mut self, key: &'static str, value: impl Into<crate::Fact>) {
        self.facts.push((key, value.into()));
    }

    /// The rates part of the outcome. Without a main table, the latest
    /// first day among the amounts used; without any amount, `on`.
    pub fn rates(&self) -> Rates {
        Rates {
            as_of: self.as_of.or(self.latest_amount_from).unwrap_or(self.on),
            confirmed_for_date: self.covers,
            stale_from: self.stale_from,
        }
    }

    /// Finishes an outcome.
    pub fn finish(self, journey: Journey, items: Vec<crate::Item>, timeline: Vec<crate::Event>) -> Outcome {
        Outcome { journey, on: self.on, rates: self.rates(), items, timeline, facts: self.facts }
    }
}

/// The parameter for `age` from a table of age bands (each band runs from
/// its age to the day before the next band's).
pub fn band(bands: &'static [(u32, &'static Param)], age: u32) -> Option<&'static Param> {
    bands.iter().rev().find(|(from, _)| age >= *from).map(|(_, p)| *p)
}

/// Reads the amount of a banded parameter; a missing band is an estimate of
/// nothing (the band tables start at age 0, so this does not happen).
pub fn read(ctx: &mut Ctx, p: Option<&'static Param>) -> Figure {
    match p {
        Some(p) => ctx.money(p),
        None => Figure { amount: Money::ZERO, source: "", section: "", estimate: true, from: ctx.on, covers: false },
    }
}
