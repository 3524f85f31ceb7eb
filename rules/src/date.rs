//! Civil dates and English-law ages.
//!
//! A [`Date`] is a day in the proleptic Gregorian calendar, years 1 to 9999,
//! with no time and no time zone: "today" is always handed in by the caller.
//! We write this by hand rather than take `chrono` or `time` because we need
//! three things those crates do not give directly (the English-law birthday
//! of a 29 February birth, month arithmetic that clamps, and a strict
//! `YYYY-MM-DD` reader) and little else, and every byte reaches the wasm.
//!
//! English law: a person attains an age at the first moment of the
//! anniversary of their birth (Family Law Reform Act 1969 s9). Someone born
//! on 29 February has no anniversary in a common year and attains the age on
//! 1 March.

use std::fmt;

/// A civil date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// The day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

/// The first and last years a [`Date`] may hold.
pub const MIN_YEAR: i32 = 1;
/// The last year a [`Date`] may hold.
pub const MAX_YEAR: i32 = 9999;

/// Whether `year` is a leap year in the Gregorian calendar.
pub const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year` (0 for a month outside 1 to 12).
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date `year-month-day`, or `None` when no such day exists.
    pub const fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if year < MIN_YEAR || year > MAX_YEAR || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// A date from a constant table. The parameter tests check every one is
    /// real; an impossible one is clamped rather than accepted as written.
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Some(d) => d,
            None => Date { year: MIN_YEAR, month: 1, day: 1 },
        }
    }

    /// Reads exactly `YYYY-MM-DD`: four digits, two, two, naming a real day.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(range)?;
            part.iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
        };
        let year = i32::try_from(num(0..4)?).ok()?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    /// The year.
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before it). Howard Hinnant's
    /// `days_from_civil`, exact for every date this type holds.
    pub const fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, or `None` outside years 1 to 9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The date `n` days later (or earlier, for negative `n`).
    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// The day of the week.
    pub const fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match self.to_days().rem_euclid(7) {
            0 => Weekday::Thursday,
            1 => Weekday::Friday,
            2 => Weekday::Saturday,
            3 => Weekday::Sunday,
            4 => Weekday::Monday,
            5 => Weekday::Tuesday,
            _ => Weekday::Wednesday,
        }
    }

    /// "`n` months after" this date (before it, for negative `n`), clamped
    /// to the last day of a shorter month: 31 August + 6 months is the last
    /// day of February.
    pub fn add_months(self, n: i32) -> Option<Date> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + i64::from(n);
        let year = i32::try_from(index.div_euclid(12)).ok()?;
        let month = u8::try_from(index.rem_euclid(12) + 1).ok()?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The day on which someone born on this date attains `age` in English
    /// law: the anniversary, or 1 March for a 29 February birth in a common
    /// year.
    pub fn birthday(self, age: u32) -> Option<Date> {
        let year = self.year.checked_add(i32::try_from(age).ok()?)?;
        match Date::new(year, self.month, self.day) {
            Some(d) => Some(d),
            None => Date::new(year, 3, 1),
        }
    }

    /// The age in whole years on `on` of someone born on this date, or
    /// `None` when `on` is before the birth.
    pub fn age_on(self, on: Date) -> Option<u32> {
        if on < self {
            return None;
        }
        let years = u32::try_from(on.year - self.year).ok()?;
        match self.birthday(years) {
            Some(b) if b <= on => Some(years),
            _ => years.checked_sub(1),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // All as u32, the one integer type the planner formats (each other type
        // brings its own Display into the wasm); a year is never negative.
        write!(f, "{:04}-{:02}-{:02}", self.year.unsigned_abs(), u32::from(self.month), u32::from(self.day))
    }
}

/// In `evaluate`'s JSON, as the contract writes a date: "2025-04-06".
#[cfg(feature = "json")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parse_accepts_only_the_exact_form() {
        assert_eq!(d("2025-04-01"), Date::ymd(2025, 4, 1));
        for bad in [
            "2025-4-01",
            "2025-04-1",
            "2025-04-01T00:00",
            "25-04-01",
            "2007-02-30",
            "2025-13-01",
            "0000-01-01",
            "２０２５-04-01",
            "+025-04-01",
            "",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert_eq!(Date::parse("2024-02-29"), Some(Date::ymd(2024, 2, 29)));
        assert_eq!(Date::parse("2023-02-29"), None);
    }

    #[test]
    fn a_29_february_birth_attains_an_age_on_1_march_in_a_common_year() {
        let born = d("2008-02-29");
        assert_eq!(born.birthday(18), Some(d("2026-03-01")));
        assert_eq!(born.age_on(d("2026-02-28")), Some(17));
        assert_eq!(born.age_on(d("2026-03-01")), Some(18));
        assert_eq!(born.birthday(16), Some(d("2024-02-29")));
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_a_shorter_month() {
        assert_eq!(d("2025-08-31").add_months(6), Some(d("2026-02-28")));
        assert_eq!(d("2023-08-31").add_months(6), Some(d("2024-02-29")));
        assert_eq!(d("2026-06-15").add_months(-1), Some(d("2026-05-15")));
        assert_eq!(d("2026-03-31").add_months(-1), Some(d("2026-02-28")));
        assert_eq!(d("9999-12-01").add_months(1), None);
    }

    #[test]
    fn days_round_trip_and_weekdays_are_right() {
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2025-04-06").weekday(), Weekday::Sunday);
        assert_eq!(d("2024-04-08").weekday(), Weekday::Monday);
        for s in ["0001-01-01", "1900-02-28", "2000-02-29", "9999-12-31"] {
            assert_eq!(Date::from_days(d(s).to_days()), Some(d(s)));
        }
        assert_eq!(d("9999-12-31").add_days(1), None);
    }
}
