//! The compact form of a person's answers, for a link's fragment
//! (`#a=1.<compact>`) and for saving on the device.
//!
//! The form is `1.<journey>.<value>.<value>...`: a version, a journey letter
//! (`f`, `k`, `c`, `a`), then one value per question in the order the
//! journey asks them. Yes and no are `y` and `n`, a choice is its position
//! (`0`, `1`...), a number is its digits and a date is `YYYYMMDD`. The
//! decoder replays the journey's routing, so each value is read as the kind
//! of the question it answers and nothing but these few letters and digits
//! is ever accepted: there is no free text to carry.

use super::fields::{parse_whole, validate, FieldKind, Raw, DATE_PARTS};
use super::{on_route, route};
use rules::{Date, Journey};

/// The longest compact form accepted or written.
pub const MAX_LEN: usize = 2048;

const JOURNEYS: [(Journey, &str); 4] =
    [(Journey::Fostering, "f"), (Journey::Kinship, "k"), (Journey::CareLeaver, "c"), (Journey::Adoption, "a")];

/// Encodes the answers on the route (the questions asked), in order. A
/// question not answered yet ends the list.
pub fn encode(journey: Journey, raw: &Raw, today: Date) -> String {
    let letter = JOURNEYS.iter().find(|(j, _)| *j == journey).map_or("f", |(_, l)| l);
    let raw = on_route(journey, raw, today);
    let mut out = format!("1.{letter}");
    for q in route(journey, &raw, today) {
        if validate(q, &raw, today).is_some() {
            break;
        }
        let key = q.key();
        let value = raw.get(&key).map_or("", String::as_str);
        let v = match q.kind() {
            FieldKind::YesNo => (if value == "yes" { "y" } else { "n" }).to_string(),
            FieldKind::Choice(options) => options.iter().position(|o| *o == value).unwrap_or(0).to_string(),
            FieldKind::Number { .. } => parse_whole(value).unwrap_or(0).to_string(),
            FieldKind::Date => match super::fields::read_date(&raw, &key) {
                Ok(d) => format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()),
                Err(_) => break,
            },
        };
        out.push('.');
        out.push_str(&v);
    }
    out
}

/// Decodes a compact form, or `None` if anything in it is not as
/// [`encode`] writes it.
pub fn decode(text: &str, today: Date) -> Option<(Journey, Raw)> {
    if text.len() > MAX_LEN || !text.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'.') {
        return None;
    }
    let mut parts = text.split('.');
    if parts.next()? != "1" {
        return None;
    }
    let letter = parts.next()?;
    let journey = JOURNEYS.iter().find(|(_, l)| *l == letter)?.0;
    let mut raw = Raw::new();
    for (i, value) in parts.enumerate() {
        let q = *route(journey, &raw, today).get(i)?;
        let key = q.key();
        match q.kind() {
            FieldKind::YesNo => {
                let v = match value {
                    "y" => "yes",
                    "n" => "no",
                    _ => return None,
                };
                raw.insert(key, v.into());
            }
            FieldKind::Choice(options) => {
                let index: usize = value.parse().ok().filter(|_| value.len() == 1)?;
                raw.insert(key, (*options.get(index)?).to_string());
            }
            FieldKind::Number { .. } => {
                if value.is_empty() || value.len() > 4 || !value.bytes().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                raw.insert(key, value.parse::<u32>().ok()?.to_string());
            }
            FieldKind::Date => {
                if value.len() != 8 || !value.bytes().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                let (y, md) = value.split_at(4);
                let (m, d) = md.split_at(2);
                let nums = [d, m, y].map(|s| s.parse::<u32>().unwrap_or(0).to_string());
                for (part, n) in DATE_PARTS.iter().zip(nums) {
                    raw.insert(format!("{key}-{part}"), n);
                }
            }
        }
        validate(q, &raw, today).is_none().then_some(())?;
    }
    Some((journey, raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::ymd(2025, 9, 1)
    }

    fn raw(pairs: &[(&str, &str)]) -> Raw {
        pairs.iter().map(|(k, v)| ((*k).to_string(), (*v).to_string())).collect()
    }

    #[test]
    fn fostering_answers_round_trip() {
        let r = raw(&[
            ("carer_date_of_birth-day", "5"),
            ("carer_date_of_birth-month", "5"),
            ("carer_date_of_birth-year", "1985"),
            ("lives_in_kent_or_medway", "yes"),
            ("spare_bedroom", "yes"),
            ("household_specified_offence", "no"),
            ("relationship", "connected_person"),
            ("connected_person_training_completed", "yes"),
            ("skills_level", "advanced"),
            ("children_count", "2"),
            ("child_age_1", "7"),
            ("child_disability_1", "none"),
            ("child_age_2", "16"),
            ("child_disability_2", "enhanced"),
        ]);
        let text = encode(Journey::Fostering, &r, today());
        assert_eq!(text, "1.f.19850505.y.y.n.1.y.2.2.7.0.16.2");
        assert_eq!(decode(&text, today()), Some((Journey::Fostering, r)));
    }

    #[test]
    fn answers_not_on_the_route_are_left_out() {
        let r = raw(&[("child_age", "4"), ("child_looked_after_now", "yes"), ("child_previously_looked_after", "yes")]);
        assert_eq!(encode(Journey::Kinship, &r, today()), "1.k.4.y");
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "2.k.4",
            "1.x.4",
            "1.k.4.maybe",
            "1.k.18",
            "1.k.4.y.9",
            "1.k.4.y.0.0.0",
            "1.a.20300101",
            "1.k.<script>",
            "1.K.4",
        ] {
            assert_eq!(decode(bad, today()), None, "{bad}");
        }
        assert_eq!(decode(&format!("1.k.{}", "1".repeat(MAX_LEN)), today()), None);
    }

    #[test]
    fn every_journey_round_trips() {
        let cases = [
            (Journey::Kinship, "1.k.6.n.y.1.0"),
            (Journey::Adoption, "1.a.19880412.y.19900930.n.400.300.n"),
            (Journey::CareLeaver, "1.c.20060510.y.n.40.y.y.n.n.n.0.n.n.n"),
            (Journey::CareLeaver, "1.c.19950101"),
        ];
        for (journey, text) in cases {
            let (j, r) = decode(text, today()).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(j, journey);
            assert_eq!(encode(j, &r, today()), text);
        }
    }
}
