//! The JSON interface of `evaluate` (CONTRACT.md): reading scenarios with
//! every error at once (by hand, so that one bad field does not hide the
//! next), and writing results (serde derives it, from views of the
//! outcome). Only the command uses it; the web app builds typed answers
//! itself, so serde and serde_json stay out of the wasm.

use crate::answers::*;
use crate::error::{check_date_of_birth, ErrorCode, FieldError};
use crate::params::source;
use crate::{Date, Money, Outcome, Period, When};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// One scenario or a list of them, as read.
#[derive(Debug)]
pub enum Input {
    /// A single scenario object.
    One(Scenario),
    /// An array of scenarios (results come back in the same order).
    Many(Vec<Scenario>),
}

/// Reads the input: one scenario object or an array of them. Returns every
/// problem at once, in field order, or the typed scenarios.
pub fn parse(bytes: &[u8]) -> Result<Input, Vec<FieldError>> {
    let value: Value = serde_json::from_slice(bytes).map_err(|_| vec![err("", ErrorCode::NotJson)])?;
    let mut errors = Vec::new();
    match value {
        Value::Object(map) => {
            let scenario = read_scenario(&map, "", &mut errors);
            match scenario {
                Some(s) if errors.is_empty() => Ok(Input::One(s)),
                _ => Err(errors),
            }
        }
        Value::Array(list) => {
            let mut out = Vec::with_capacity(list.len());
            for (i, v) in list.iter().enumerate() {
                let prefix = format!("[{i}].");
                match v {
                    Value::Object(map) => {
                        if let Some(s) = read_scenario(map, &prefix, &mut errors) {
                            out.push(s);
                        }
                    }
                    _ => errors.push(err(&format!("[{i}]"), ErrorCode::WrongType)),
                }
            }
            if errors.is_empty() {
                Ok(Input::Many(out))
            } else {
                Err(errors)
            }
        }
        _ => Err(vec![err("", ErrorCode::WrongType)]),
    }
}

fn err(field: &str, code: ErrorCode) -> FieldError {
    FieldError { field: field.to_string(), code }
}

/// Reads fields of one object at a path, collecting errors.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
    known: Vec<&'static str>,
    errors: &'a mut Vec<FieldError>,
}

impl<'a> Fields<'a> {
    fn new(map: &'a Map<String, Value>, path: String, errors: &'a mut Vec<FieldError>) -> Fields<'a> {
        Fields { map, path, known: Vec::new(), errors }
    }

    fn at(&self, key: &str) -> String {
        format!("{}{key}", self.path)
    }

    fn push(&mut self, key: &str, code: ErrorCode) {
        let field = self.at(key);
        self.errors.push(FieldError { field, code });
    }

    fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.known.push(key);
        self.map.get(key)
    }

    /// A required value; `missing` when absent, `wrong_type` when null.
    fn required(&mut self, key: &'static str) -> Option<&'a Value> {
        match self.get(key) {
            None => {
                self.push(key, ErrorCode::Missing);
                None
            }
            Some(Value::Null) => {
                self.push(key, ErrorCode::WrongType);
                None
            }
            Some(v) => Some(v),
        }
    }

    fn date(&mut self, key: &'static str) -> Option<Date> {
        match self.required(key)? {
            Value::String(s) => Date::parse(s).or_else(|| {
                self.push(key, ErrorCode::NotARealDate);
                None
            }),
            _ => {
                self.push(key, ErrorCode::WrongType);
                None
            }
        }
    }

    fn birth_date(&mut self, key: &'static str, on: Option<Date>) -> Option<Date> {
        let born = self.date(key)?;
        if let Some(on) = on {
            if let Err(code) = check_date_of_birth(born, on) {
                self.push(key, code);
                return None;
            }
        }
        Some(born)
    }

    /// A date on or before `on` (an order already made): `in_the_future`
    /// when after it.
    fn order_date(&mut self, key: &'static str, on: Option<Date>) -> Option<Date> {
        let date = self.date(key)?;
        if on.is_some_and(|on| date > on) {
            self.push(key, ErrorCode::InTheFuture);
            return None;
        }
        Some(date)
    }

    fn boolean(&mut self, key: &'static str) -> bool {
        match self.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.push(key, ErrorCode::WrongType);
                false
            }
        }
    }

    fn whole(&mut self, key: &'static str, max: u16) -> Option<u16> {
        let value = self.required(key)?;
        match whole_number(value, max) {
            Ok(n) => Some(n),
            Err(code) => {
                self.push(key, code);
                None
            }
        }
    }

    fn choice<T: Copy>(&mut self, key: &'static str, from_id: fn(&str) -> Option<T>, default: Option<T>) -> Option<T> {
        let value = match (self.get(key), default) {
            (None, Some(d)) => return Some(d),
            (None, None) => {
                self.push(key, ErrorCode::Missing);
                return None;
            }
            (Some(v), _) => v,
        };
        match value {
            Value::String(s) => from_id(s).or_else(|| {
                self.push(key, ErrorCode::UnknownValue);
                None
            }),
            _ => {
                self.push(key, ErrorCode::WrongType);
                None
            }
        }
    }

    /// Reports every key that was not asked for, in key order.
    fn finish(self) {
        for key in self.map.keys() {
            if !self.known.contains(&key.as_str()) {
                self.errors.push(FieldError { field: format!("{}{key}", self.path), code: ErrorCode::UnknownField });
            }
        }
    }
}

/// A whole number from 0 to `max`. Digits only is whole; `7.0` is whole;
/// `7.5` is `wrong_type`; a whole number past `max`, however large, is
/// `out_of_range`.
fn whole_number(value: &Value, max: u16) -> Result<u16, ErrorCode> {
    let Value::Number(n) = value else { return Err(ErrorCode::WrongType) };
    let text = n.to_string();
    let digits = text.strip_prefix('-').unwrap_or(&text);
    let negative = text.starts_with('-');
    let whole: Option<Decimal> = if digits.bytes().all(|c| c.is_ascii_digit()) {
        if digits.len() > 6 {
            return Err(ErrorCode::OutOfRange);
        }
        Decimal::from_str_exact(&text).ok()
    } else {
        match Decimal::from_str_exact(&text).or_else(|_| Decimal::from_scientific(&text)) {
            Ok(d) if d.fract().is_zero() => Some(d),
            Ok(_) => return Err(ErrorCode::WrongType),
            // Too large or too small for a decimal: a whole number far out
            // of range, or a fraction too fine to hold.
            Err(_) => {
                let lower = text.to_ascii_lowercase();
                return Err(if lower.contains("e-") { ErrorCode::WrongType } else { ErrorCode::OutOfRange });
            }
        }
    };
    match whole {
        Some(d) if negative && !d.is_zero() => Err(ErrorCode::OutOfRange),
        Some(d) => {
            let d = d.abs();
            if d > Decimal::from(max) {
                Err(ErrorCode::OutOfRange)
            } else {
                u16::try_from(d.mantissa() / 10i128.pow(d.scale())).map_err(|_| ErrorCode::OutOfRange)
            }
        }
        None => Err(ErrorCode::OutOfRange),
    }
}

fn read_scenario(map: &Map<String, Value>, prefix: &str, errors: &mut Vec<FieldError>) -> Option<Scenario> {
    let mut top = Fields::new(map, prefix.to_string(), errors);
    let journey = match top.required("journey") {
        Some(Value::String(s)) => Journey::from_id(s).or_else(|| {
            top.push("journey", ErrorCode::UnknownJourney);
            None
        }),
        Some(_) => {
            top.push("journey", ErrorCode::WrongType);
            None
        }
        None => None,
    };
    let on = top.date("on");
    let answers_value = top.get("answers");
    let mut nested = Vec::new();
    let answers = match (answers_value, journey) {
        (None, _) => {
            top.push("answers", ErrorCode::Missing);
            None
        }
        (Some(Value::Object(a)), Some(journey)) => {
            let mut f = Fields::new(a, format!("{prefix}answers."), &mut nested);
            let answers = read_answers(&mut f, journey, on);
            f.finish();
            answers
        }
        (Some(Value::Object(_)), None) => None,
        (Some(_), _) => {
            top.push("answers", ErrorCode::WrongType);
            None
        }
    };
    // Field order: journey, on, answers (and its fields), then unknown keys.
    // Only this scenario's unknown keys move (earlier scenarios' errors in
    // an array stay where they are).
    let unknown_from = top.errors.len();
    top.finish();
    let unknown_top: Vec<FieldError> = errors.split_off(unknown_from.min(errors.len()));
    errors.extend(nested);
    errors.extend(unknown_top);
    Some(Scenario { on: on?, answers: answers? })
}

fn read_answers(f: &mut Fields<'_>, journey: Journey, on: Option<Date>) -> Option<Answers> {
    match journey {
        Journey::Fostering => {
            let carer_date_of_birth = f.birth_date("carer_date_of_birth", on);
            let lives_in_kent_or_medway = f.boolean("lives_in_kent_or_medway");
            let spare_bedroom = f.boolean("spare_bedroom");
            let household_specified_offence = f.boolean("household_specified_offence");
            let relationship = f.choice("relationship", Relationship::from_id, None);
            let connected_person_training_completed = f.boolean("connected_person_training_completed");
            let skills_level = f.choice("skills_level", SkillsLevel::from_id, Some(SkillsLevel::Foundation));
            let children = read_children(f);
            Some(Answers::Fostering(FosteringAnswers {
                carer_date_of_birth: carer_date_of_birth?,
                lives_in_kent_or_medway,
                spare_bedroom,
                household_specified_offence,
                relationship: relationship?,
                connected_person_training_completed,
                skills_level: skills_level?,
                children: children?,
            }))
        }
        Journey::Kinship => {
            let child_age = f.whole("child_age", 17);
            let child_looked_after_now = f.boolean("child_looked_after_now");
            let child_previously_looked_after = f.boolean("child_previously_looked_after");
            let arrangement = f.choice("arrangement", Arrangement::from_id, None);
            let lives_in = f.choice("lives_in", LivesIn::from_id, None);
            let carer_is_close_relative = f.boolean("carer_is_close_relative");
            // Optional (an extension of the contract's answers): left out,
            // the family is thinking about the arrangement and the council
            // and the order's date are unknown.
            let arrangement_in_place = f.boolean("arrangement_in_place");
            let looked_after_by = if f.map.contains_key("looked_after_by") {
                Some(f.choice("looked_after_by", LookedAfterBy::from_id, None))
            } else {
                f.known.push("looked_after_by");
                None
            };
            let order_made_on = if f.map.contains_key("order_made_on") {
                Some(f.order_date("order_made_on", on))
            } else {
                f.known.push("order_made_on");
                None
            };
            Some(Answers::Kinship(KinshipAnswers {
                child_age: u8::try_from(child_age?).ok()?,
                child_looked_after_now,
                child_previously_looked_after,
                arrangement: arrangement?,
                lives_in: lives_in?,
                carer_is_close_relative,
                arrangement_in_place,
                looked_after_by: looked_after_by.map(|c| c.ok_or(())).transpose().ok()?,
                order_made_on: order_made_on.map(|d| d.ok_or(())).transpose().ok()?,
            }))
        }
        Journey::CareLeaver => {
            let date_of_birth = f.birth_date("date_of_birth", on);
            let looked_after_now = f.boolean("looked_after_now");
            let weeks = f.whole("weeks_looked_after_since_14", 600);
            let looked_after_since_16 = f.boolean("looked_after_since_16");
            let looked_after_on_18th_birthday = f.boolean("looked_after_on_18th_birthday");
            let special_guardianship_from_care = f.boolean("special_guardianship_from_care");
            let privately_fostered = f.boolean("privately_fostered");
            let in_education_or_training = f.boolean("in_education_or_training");
            let in_higher_education = f.boolean("in_higher_education");
            let starting_apprenticeship = f.boolean("starting_apprenticeship");
            let living_with_foster_carer = f.boolean("living_with_foster_carer");
            let kent_care_leaver = f.boolean("kent_care_leaver");
            let immigration_status = f.choice("immigration_status", ImmigrationStatus::from_id, None);
            let unaccompanied_asylum_seeking = f.boolean("unaccompanied_asylum_seeking");
            let in_shared = f.boolean("in_shared_accommodation_since_before_2023_11_13");
            let disabled = f.boolean("disabled");
            let special_educational_needs = f.boolean("special_educational_needs");
            let care_act_eligible_needs = f.boolean("care_act_eligible_needs");
            Some(Answers::CareLeaver(CareLeaverAnswers {
                date_of_birth: date_of_birth?,
                looked_after_now,
                weeks_looked_after_since_14: weeks?,
                looked_after_since_16,
                looked_after_on_18th_birthday,
                special_guardianship_from_care,
                privately_fostered,
                in_education_or_training,
                in_higher_education,
                starting_apprenticeship,
                living_with_foster_carer,
                kent_care_leaver,
                immigration_status: immigration_status?,
                unaccompanied_asylum_seeking,
                in_shared_accommodation_since_before_2023_11_13: in_shared,
                disabled,
                special_educational_needs,
                care_act_eligible_needs,
            }))
        }
        Journey::Adoption => {
            let date_of_birth = f.birth_date("date_of_birth", on);
            let has_partner_dob = f.map.contains_key("partner_date_of_birth");
            let has_partner_months = f.map.contains_key("partner_months_habitually_resident");
            let partner_date_of_birth = if has_partner_dob || has_partner_months {
                f.birth_date("partner_date_of_birth", on)
            } else {
                f.known.push("partner_date_of_birth");
                None
            };
            let domiciled_in_british_islands = f.boolean("domiciled_in_british_islands");
            let months = f.whole("months_habitually_resident", 1500);
            let partner_months = if has_partner_dob || has_partner_months {
                f.whole("partner_months_habitually_resident", 1500)
            } else {
                f.known.push("partner_months_habitually_resident");
                None
            };
            let household_specified_offence = f.boolean("household_specified_offence");
            let partner = if has_partner_dob || has_partner_months {
                Some(Partner { date_of_birth: partner_date_of_birth?, months_habitually_resident: partner_months? })
            } else {
                None
            };
            Some(Answers::Adoption(AdoptionAnswers {
                date_of_birth: date_of_birth?,
                partner,
                domiciled_in_british_islands,
                months_habitually_resident: months?,
                household_specified_offence,
            }))
        }
    }
}

fn read_children(f: &mut Fields<'_>) -> Option<Vec<Child>> {
    let list = match f.required("children")? {
        Value::Array(list) => list,
        _ => {
            f.push("children", ErrorCode::WrongType);
            return None;
        }
    };
    if list.is_empty() || list.len() > 10 {
        f.push("children", ErrorCode::OutOfRange);
        return None;
    }
    let mut children = Some(Vec::with_capacity(list.len()));
    for (i, v) in list.iter().enumerate() {
        let path = format!("{}children[{i}].", f.path);
        let child = match v {
            Value::Object(map) => {
                let mut c = Fields::new(map, path, f.errors);
                let age = c.whole("age", 17);
                let disability = c.choice("disability", Disability::from_id, Some(Disability::None));
                c.finish();
                match (age, disability) {
                    (Some(age), Some(disability)) => u8::try_from(age).ok().map(|age| Child { age, disability }),
                    _ => None,
                }
            }
            _ => {
                f.push(&format!("children[{i}]"), ErrorCode::WrongType);
                None
            }
        };
        match (child, children.as_mut()) {
            (Some(c), Some(list)) => list.push(c),
            _ => children = None,
        }
    }
    children
}

/// The errors as the contract's JSON: `{"errors": [{"code", "field"}]}`.
#[derive(Serialize)]
pub struct ErrorsJson<'a> {
    errors: Vec<ErrorJson<'a>>,
}

/// One error. Fields in key order (see [`OutcomeJson`]).
#[derive(Serialize)]
struct ErrorJson<'a> {
    code: &'static str,
    field: &'a str,
}

impl<'a> From<&'a [FieldError]> for ErrorsJson<'a> {
    fn from(errors: &'a [FieldError]) -> Self {
        ErrorsJson { errors: errors.iter().map(|e| ErrorJson { code: e.code.as_str(), field: &e.field }).collect() }
    }
}

/// An outcome as the contract's JSON, borrowed from it; serde derives the
/// writing. Each struct's fields are in the order of its keys in the
/// output, which is alphabetical at every level (the output was once built
/// as a `serde_json::Value`, whose maps sort their keys, and must not
/// change): put a new field in its place. `tests/cases.rs` checks the order
/// on every case's output. Money is written "383.15" and dates "2025-04-06"
/// (their `Serialize`); a field with nothing to say is left out.
#[derive(Serialize)]
pub struct OutcomeJson<'a> {
    items: Vec<ItemJson<'a>>,
    journey: &'static str,
    on: Date,
    rates: RatesJson,
    sources: BTreeMap<&'static str, SourceJson>,
    timeline: Vec<EventJson>,
}

#[derive(Serialize)]
struct RatesJson {
    as_of: Date,
    confirmed_for_date: bool,
}

#[derive(Serialize)]
struct ItemJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Money>,
    because: &'a [&'static str],
    #[serde(skip_serializing_if = "is_false")]
    estimate: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    figures: BTreeMap<&'static str, Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<Date>,
    id: &'static str,
    kind: &'static str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    parts: BTreeMap<&'static str, Money>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
    sources: &'a [&'static str],
    #[serde(skip_serializing_if = "Option::is_none")]
    until: Option<Date>,
    #[serde(skip_serializing_if = "is_false")]
    up_to: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    when: Option<&'static str>,
}

#[derive(Serialize)]
struct EventJson {
    date: Date,
    event: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    option: Option<&'static str>,
}

#[derive(Serialize)]
struct SourceJson {
    date: Date,
    title: &'static str,
    url: &'static str,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl<'a> From<&'a Outcome> for OutcomeJson<'a> {
    fn from(o: &'a Outcome) -> Self {
        let items = o
            .items
            .iter()
            .map(|i| ItemJson {
                amount: i.amount,
                because: &i.because,
                estimate: i.estimate,
                figures: i.figures.iter().copied().collect(),
                from: i.from,
                id: i.id,
                kind: i.kind.as_str(),
                parts: i.parts.iter().copied().collect(),
                period: i.period.map(Period::as_str),
                reason: i.reason,
                sources: &i.sources,
                until: i.until,
                up_to: i.up_to,
                when: i.when.map(When::as_str),
            })
            .collect();
        let sources = o
            .source_ids()
            .into_iter()
            .filter_map(|id| source(id).map(|s| (id, SourceJson { date: s.date, title: s.title, url: s.url })))
            .collect();
        OutcomeJson {
            items,
            journey: o.journey.as_str(),
            on: o.on,
            rates: RatesJson { as_of: o.rates.as_of, confirmed_for_date: o.rates.confirmed_for_date },
            sources,
            timeline: o.timeline.iter().map(|e| EventJson { date: e.date, event: e.event, option: e.option }).collect(),
        }
    }
}

/// What the command prints and its exit code, for any bytes: never panics.
pub fn run(bytes: &[u8], explain: bool) -> (String, i32, Option<String>) {
    match parse(bytes) {
        Ok(input) => {
            let outcomes: Vec<Outcome> = match &input {
                Input::One(s) => vec![crate::evaluate(s)],
                Input::Many(list) => list.iter().map(crate::evaluate).collect(),
            };
            if explain {
                let text: Vec<String> = outcomes.iter().map(crate::report::report).collect();
                return (text.join("\n"), 0, None);
            }
            let views: Vec<OutcomeJson<'_>> = outcomes.iter().map(OutcomeJson::from).collect();
            let text = match input {
                Input::One(_) => serde_json::to_string_pretty(&views.first()),
                Input::Many(_) => serde_json::to_string_pretty(&views),
            };
            (text.unwrap_or_default(), 0, None)
        }
        Err(errors) => {
            let first = errors.first().map(ToString::to_string).unwrap_or_default();
            let more = errors.len().saturating_sub(1);
            let line = if more == 0 {
                format!("evaluate: invalid input: {first}")
            } else {
                format!("evaluate: invalid input: {first} (and {more} more)")
            };
            (serde_json::to_string_pretty(&ErrorsJson::from(errors.as_slice())).unwrap_or_default(), 2, Some(line))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Event, Item, Journey, Kind, Rates};

    /// Every key the output can have, once present and once left out: the
    /// derived writing gives exactly this text, written by hand as
    /// `evaluate` has always printed it (CONTRACT.md's fields, every
    /// object's keys sorted, money and dates as strings, an empty or false
    /// field left out, a source key with no source left out of `sources`).
    #[test]
    fn an_outcome_is_written_exactly_as_the_contract_shows_it() {
        let mut full = Item::new(Kind::Payment, "child_1")
            .when(When::Later)
            .amount(Money::pence(38315), Period::Week)
            .because(&["kcc_maintenance_by_age", "kcc_reward_by_age"])
            .sources(&["kcc_decision_25_00010", "no_such_source"]);
        full.parts = vec![("reward", Money::pence(15053)), ("maintenance", Money::pounds(203))];
        full.figures = vec![("national_minimum_weekly", Money::pounds(189))];
        full.reason = Some("too_young");
        full.from = Some(Date::ymd(2026, 4, 6));
        full.until = Some(Date::ymd(2027, 4, 5));
        full.estimate = true;
        full.up_to = true;
        let bare =
            Item::new(Kind::Status, "likely_eligible").because(&["spare_bedroom"]).sources(&["kcc_decision_25_00010"]);
        let outcome = Outcome {
            journey: Journey::Fostering,
            on: Date::ymd(2026, 1, 31),
            rates: Rates { as_of: Date::ymd(2025, 4, 6), confirmed_for_date: false, stale_from: None },
            items: vec![full, bare],
            timeline: vec![
                Event { date: Date::ymd(2026, 4, 6), event: "turns_18", option: None },
                Event { date: Date::ymd(2026, 4, 7), event: "contract_ends", option: Some("child_1") },
            ],
            facts: Vec::new(),
        };
        let written = serde_json::to_string_pretty(&OutcomeJson::from(&outcome)).unwrap_or_default();
        assert_eq!(
            written,
            r#"{
  "items": [
    {
      "amount": "383.15",
      "because": [
        "kcc_maintenance_by_age",
        "kcc_reward_by_age"
      ],
      "estimate": true,
      "figures": {
        "national_minimum_weekly": "189.00"
      },
      "from": "2026-04-06",
      "id": "child_1",
      "kind": "payment",
      "parts": {
        "maintenance": "203.00",
        "reward": "150.53"
      },
      "period": "week",
      "reason": "too_young",
      "sources": [
        "kcc_decision_25_00010",
        "no_such_source"
      ],
      "until": "2027-04-05",
      "up_to": true,
      "when": "later"
    },
    {
      "because": [
        "spare_bedroom"
      ],
      "id": "likely_eligible",
      "kind": "status",
      "sources": [
        "kcc_decision_25_00010"
      ]
    }
  ],
  "journey": "fostering",
  "on": "2026-01-31",
  "rates": {
    "as_of": "2025-04-06",
    "confirmed_for_date": false
  },
  "sources": {
    "kcc_decision_25_00010": {
      "date": "2025-03-21",
      "title": "Kent County Council decision 25/00010: foster carer payments 2025-26",
      "url": "https://democracy.kent.gov.uk/ieDecisionDetails.aspx?Id=2970"
    }
  },
  "timeline": [
    {
      "date": "2026-04-06",
      "event": "turns_18"
    },
    {
      "date": "2026-04-07",
      "event": "contract_ends",
      "option": "child_1"
    }
  ]
}"#
        );
    }

    /// Errors: in the order found, each with its keys sorted (`code`
    /// before `field`).
    #[test]
    fn errors_are_written_exactly_as_the_contract_shows_them() {
        let errors = [err("answers.children[0].age", ErrorCode::OutOfRange), err("on", ErrorCode::Missing)];
        let written = serde_json::to_string_pretty(&ErrorsJson::from(&errors[..])).unwrap_or_default();
        assert_eq!(
            written,
            r#"{
  "errors": [
    {
      "code": "out_of_range",
      "field": "answers.children[0].age"
    },
    {
      "code": "missing",
      "field": "on"
    }
  ]
}"#
        );
        assert_eq!(serde_json::to_string(&ErrorsJson::from(&[][..])).unwrap_or_default(), r#"{"errors":[]}"#);
    }
}
