//! Exact money.
//!
//! Every amount is a [`Money`], a `rust_decimal::Decimal` of pounds. Sums
//! and whole-number multiples are exact. Where a source itself rounds, the
//! one rounding function [`Money::round_to_penny`] is used: half away from
//! zero, to the penny. A weekly amount times 52 is never rounded.

use rust_decimal::{Decimal, RoundingStrategy};
use std::fmt;

/// An amount of money in pounds, exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    /// No money.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// An amount given in pence, for the constant rate tables.
    pub const fn pence(pence: u32) -> Money {
        Money(Decimal::from_parts(pence, 0, 0, false, 2))
    }

    /// An amount given in whole pounds, for the constant rate tables.
    pub const fn pounds(pounds: u32) -> Money {
        Money(Decimal::from_parts(pounds, 0, 0, false, 0))
    }

    /// The exact decimal.
    pub const fn decimal(self) -> Decimal {
        self.0
    }

    /// The sum, or `None` on overflow.
    #[inline(never)]
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// The difference, or `None` on overflow.
    ///
    /// Written as adding the negation, so the wasm carries rust_decimal's
    /// inlined addition once, not twice. It is the same computation: its
    /// subtraction is that addition with the second operand's sign flipped,
    /// except that it leaves a zero's sign alone, as this does (the test
    /// `subtracting_is_adding_the_negation` compares every bit).
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        let negated = if other.0.is_zero() { other.0 } else { -other.0 };
        self.checked_add(Money(negated))
    }

    /// This amount times a whole number, or `None` on overflow.
    pub fn checked_times(self, n: u32) -> Option<Money> {
        self.0.checked_mul(Decimal::from(n)).map(Money)
    }

    /// This amount less `other`, but never below zero.
    pub fn saturating_sub_to_zero(self, other: Money) -> Money {
        match self.checked_sub(other) {
            Some(m) if m.0 > Decimal::ZERO => m,
            _ => Money::ZERO,
        }
    }

    /// The one rounding rule: half away from zero, to the penny.
    pub fn round_to_penny(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    /// The amount as pounds and pence, "383.15", always two decimals.
    pub fn to_plain(self) -> String {
        let mut d = self.round_to_penny().0;
        d.rescale(2);
        d.to_string()
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_plain())
    }
}

/// In `evaluate`'s JSON, as the contract writes money: a string, "383.15".
#[cfg(feature = "json")]
impl serde::Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::str::FromStr for Money {
    type Err = ();
    /// Reads a plain decimal such as "1250" or "1250.00" (no symbol, no
    /// commas, at most two decimals, not negative).
    fn from_str(s: &str) -> Result<Money, ()> {
        let ok = !s.is_empty()
            && s.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && s.bytes().filter(|&c| c == b'.').count() <= 1
            && s.split('.').nth(1).is_none_or(|p| !p.is_empty() && p.len() <= 2)
            && !s.starts_with('.');
        if !ok {
            return Err(());
        }
        Decimal::from_str_exact(s).map(Money).map_err(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_two_decimals_always() {
        assert_eq!(Money::pence(38315).to_plain(), "383.15");
        assert_eq!(Money::pounds(3000).to_plain(), "3000.00");
        assert_eq!(Money::ZERO.to_plain(), "0.00");
        assert_eq!(Money::pence(38315).checked_times(52).unwrap().to_plain(), "19923.80");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        let half: Money = "0.005".parse().unwrap_or(Money(Decimal::new(5, 3)));
        assert_eq!(half.round_to_penny().to_plain(), "0.01");
        assert_eq!(Money(Decimal::new(1234, 3)).round_to_penny().to_plain(), "1.23");
    }

    #[test]
    fn subtracting_is_adding_the_negation() {
        let mut values = Vec::new();
        for (lo, mid, hi) in [(0, 0, 0), (1, 0, 0), (5, 0, 0), (38315, 0, 0), (u32::MAX, 0, 0), (7, 3, 0), (0, 1, 0)]
            .into_iter()
            .chain([(u32::MAX, u32::MAX, 0), (9, 0, 1), (u32::MAX, u32::MAX, u32::MAX), (1, 2, 0x8000_0000)])
        {
            for scale in [0, 1, 2, 5, 9, 10, 19, 28] {
                for negative in [false, true] {
                    values.push(Decimal::from_parts(lo, mid, hi, negative, scale));
                }
            }
        }
        for a in &values {
            for b in &values {
                let ours = Money(*a).checked_sub(Money(*b)).map(|m| m.0.serialize());
                assert_eq!(ours, a.checked_sub(*b).map(|d| d.serialize()), "{a:?} - {b:?}");
            }
        }
    }

    #[test]
    fn parses_plain_amounts_only() {
        assert_eq!("1250".parse::<Money>(), Ok(Money::pounds(1250)));
        assert_eq!("1250.00".parse::<Money>().map(Money::to_plain), Ok("1250.00".to_string()));
        for bad in ["12,50", "£12", "-1", "1.234", ".5", "1.", ""] {
            assert!(bad.parse::<Money>().is_err(), "{bad}");
        }
    }
}
