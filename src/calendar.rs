//! A calendar file (iCalendar, RFC 5545) of a person's dated changes,
//! written in the browser and saved there: nothing is sent.
//!
//! Plain Rust, so the native tests check the format itself: CRLF line
//! ends, lines folded at 75 octets without splitting a character, TEXT
//! escaping, a UID made from the event's id and day (never random, never
//! personal beyond the event), DTSTAMP in UTC, all-day events
//! (`DTSTART;VALUE=DATE`, `DTEND` the next day) and a reminder two weeks
//! before each.

use rules::Date;
use std::fmt::Write;

/// One all-day event.
pub struct CalEvent {
    /// A stable key for the UID: the event's id (and option), no answers.
    pub key: String,
    /// The day.
    pub date: Date,
    /// The title, in the page's language.
    pub title: String,
    /// What changes and where to read more.
    pub description: String,
}

/// `YYYYMMDD`, the form of an iCalendar DATE: the date's own `YYYY-MM-DD`
/// without its hyphens.
fn ymd(out: &mut String, d: Date) {
    out.extend(d.to_string().split('-'));
}

/// TEXT escaped (RFC 5545 3.3.11): backslash, semicolon, comma, newline.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// One content line, folded at 75 octets (RFC 5545 3.1) on a character
/// boundary, each piece ended by CRLF; a continuation starts with a space.
#[inline(never)]
pub fn push_line(out: &mut String, name: &str, value: &str) {
    let mut width = 0;
    for c in name.chars().chain(value.chars()) {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The whole file. `stamp` is now in UTC: the day and the seconds since
/// midnight.
pub fn ics(events: &[CalEvent], stamp: (Date, u32)) -> String {
    let (day, secs) = stamp;
    let mut dtstamp = String::from("DTSTAMP:");
    ymd(&mut dtstamp, day);
    let _ = write!(dtstamp, "T{:02}{:02}{:02}Z", secs / 3600 % 24, secs / 60 % 60, secs % 60);
    let mut out = String::new();
    let mut line = |name: &str, value: &str| push_line(&mut out, name, value);
    line("BEGIN:VCALENDAR", "");
    line("VERSION:2.0", "");
    line("PRODID:-//Kent County Council//Kent Support Planner//EN", "");
    line("CALSCALE:GREGORIAN", "");
    for e in events {
        let (mut start, mut end) = (String::new(), String::new());
        ymd(&mut start, e.date);
        ymd(&mut end, e.date.add_days(1).unwrap_or(e.date));
        let key: String = e.key.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        let title = escape(&e.title);
        line("BEGIN:VEVENT", "");
        line("UID:", &[&key, "-", &start, "@kent-support-planner"].concat());
        line(&dtstamp, "");
        line("DTSTART;VALUE=DATE:", &start);
        line("DTEND;VALUE=DATE:", &end);
        line("SUMMARY:", &title);
        line("DESCRIPTION:", &escape(&e.description));
        line("TRANSP:TRANSPARENT", "");
        line("BEGIN:VALARM", "");
        line("ACTION:DISPLAY", "");
        line("TRIGGER:-P14D", "");
        line("DESCRIPTION:", &title);
        line("END:VALARM", "");
        line("END:VEVENT", "");
    }
    line("END:VCALENDAR", "");
    out
}

/// An object URL for `text` as a Blob of type `mime`: in the browser,
/// nothing goes over the network.
pub fn object_url(mime: &str, text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Points the link `link` (with a `download` attribute) at `text` as a
/// file, from the link's own click handler: the browser then saves it as
/// the click goes on. The file it pointed at before is let go.
pub fn point_at(link: &web_sys::Element, mime: &str, text: &str) {
    if let Some(old) = link.get_attribute("href").filter(|h| h.starts_with("blob:")) {
        let _ = web_sys::Url::revoke_object_url(&old);
    }
    if let Some(url) = object_url(mime, text) {
        let _ = link.set_attribute("href", &url);
    }
}

/// Saves `text` as a file: a Blob, an object URL and a link with a
/// `download` attribute, all in the browser. Nothing goes over the network.
pub fn save(name: &str, mime: &str, text: &str) -> Option<()> {
    use wasm_bindgen::JsCast;
    let url = object_url(mime, text)?;
    let w = web_sys::window()?;
    let link: web_sys::HtmlElement = w.document()?.create_element("a").ok()?.dyn_into().ok()?;
    link.set_attribute("href", &url).ok()?;
    link.set_attribute("download", name).ok()?;
    link.click();
    // The file's memory goes a minute later, when the download has its copy.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(title: &str, description: &str) -> CalEvent {
        CalEvent {
            key: "turns_18".into(),
            date: Date::ymd(2028, 2, 29),
            title: title.into(),
            description: description.into(),
        }
    }

    fn unfolded(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    #[test]
    fn every_line_ends_in_crlf_and_is_at_most_75_octets() {
        let long = "ده ۱۸ کلنۍ زوکړه ورځ: ستاسو شخصي سلاکار به تاسو سره مرسته وکړي. ".repeat(4);
        let tigrinya = "ናይ 18 ዓመት ልደትካ፡ ናይ ብሕቲ ኣማኻሪኻ ክሕግዘካ እዩ። ".repeat(4);
        let text = ics(&[event(&long, &tigrinya)], (Date::ymd(2026, 12, 7), 0));
        assert!(text.ends_with("\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "no bare LF");
        assert!(!text.replace("\r\n", "").contains('\r'), "no bare CR");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Folding split no character (each piece is valid UTF-8, which
        // `split` on a `&str` proves) and unfolding gives the words back.
        let whole = unfolded(&text);
        assert!(whole.contains(&format!("SUMMARY:{long}")));
        assert!(whole.contains(&format!("DESCRIPTION:{tigrinya}")));
        assert!(text.split("\r\n").filter(|l| l.starts_with(' ')).count() > 4, "long lines were folded");
    }

    #[test]
    fn folding_never_splits_a_character_at_the_boundary() {
        // 74 ASCII octets then a 3-octet character: it moves whole to the
        // next line.
        let mut out = String::new();
        push_line(&mut out, &"a".repeat(74), "ኣ");
        assert_eq!(out, format!("{}\r\n ኣ\r\n", "a".repeat(74)));
        let mut out = String::new();
        push_line(&mut out, &"a".repeat(75), "");
        assert_eq!(out, format!("{}\r\n", "a".repeat(75)), "75 octets fit on one line");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
        let text = ics(&[event("Rent; money, and \\ more", "Line one\nLine two")], (Date::ymd(2026, 12, 7), 0));
        assert!(text.contains("SUMMARY:Rent\\; money\\, and \\\\ more\r\n"));
        assert!(text.contains("DESCRIPTION:Line one\\nLine two\r\n"));
    }

    #[test]
    fn calendar_and_event_properties() {
        let stamp = (Date::ymd(2026, 12, 7), 14 * 3600 + 5 * 60 + 9);
        let text = ics(&[event("Your 18th birthday", "Read more")], stamp);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines.get(1), Some(&"VERSION:2.0"));
        assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
        assert_eq!(lines.iter().rev().nth(1), Some(&"END:VCALENDAR"));
        for want in [
            "UID:turns-18-20280229@kent-support-planner",
            "DTSTAMP:20261207T140509Z",
            "DTSTART;VALUE=DATE:20280229",
            "DTEND;VALUE=DATE:20280301",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "TRIGGER:-P14D",
            "DESCRIPTION:Your 18th birthday",
            "END:VALARM",
        ] {
            assert!(lines.contains(&want), "{want} in {text}");
        }
        // A year's last day ends on the next year's first.
        let mut e = event("x", "y");
        e.date = Date::ymd(2030, 12, 31);
        assert!(ics(&[e], stamp).contains("DTEND;VALUE=DATE:20310101\r\n"));
    }

    #[test]
    fn the_uid_is_stable_and_differs_by_day_and_event() {
        let stamp = (Date::ymd(2026, 12, 7), 0);
        let later = (Date::ymd(2027, 1, 2), 3600);
        let uid = |text: String| text.split("\r\n").find(|l| l.starts_with("UID:")).map(str::to_string);
        let a = uid(ics(&[event("a", "b")], stamp));
        assert_eq!(a, uid(ics(&[event("other words", "c")], later)), "same event and day: same UID");
        let mut e = event("a", "b");
        e.date = Date::ymd(2028, 3, 1);
        assert_ne!(a, uid(ics(&[e], stamp)));
        let mut e = event("a", "b");
        e.key = "contract_ends.shared_accommodation".into();
        assert_eq!(
            uid(ics(&[e], stamp)).as_deref(),
            Some("UID:contract-ends-shared-accommodation-20280229@kent-support-planner")
        );
    }
}
