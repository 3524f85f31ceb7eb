//! The one place the app reads the clock.

use rules::Date;

/// Today in the browser's local time, read once at start.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let ymd = i32::try_from(y).ok().zip(u8::try_from(m).ok()).zip(u8::try_from(d).ok());
    ymd.and_then(|((y, m), d)| Date::new(y, m, d)).unwrap_or(Date::ymd(2026, 1, 1))
}

/// Now in UTC: the day and the seconds since midnight (a calendar file's
/// DTSTAMP).
pub fn now_utc() -> (Date, u32) {
    let now = js_sys::Date::new_0();
    let day = Date::new(
        i32::try_from(now.get_utc_full_year()).unwrap_or(2026),
        u8::try_from(now.get_utc_month() + 1).unwrap_or(1),
        u8::try_from(now.get_utc_date()).unwrap_or(1),
    );
    let secs = now.get_utc_hours() * 3600 + now.get_utc_minutes() * 60 + now.get_utc_seconds();
    (day.unwrap_or(Date::ymd(2026, 1, 1)), secs)
}
