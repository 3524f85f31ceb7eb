//! The one place the app reads the clock.

use rules::Date;

/// Today in the browser's local time, read once at start.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let ymd = i32::try_from(y).ok().zip(u8::try_from(m).ok()).zip(u8::try_from(d).ok());
    ymd.and_then(|((y, m), d)| Date::new(y, m, d)).unwrap_or(Date::ymd(2026, 1, 1))
}
