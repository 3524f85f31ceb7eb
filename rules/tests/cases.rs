//! Runs every case file through the real `evaluate` binary: the project's
//! own cases in `rules/tests/cases/`, the personas in `rules/tests/personas/`
//! (whole enquiries, each with a `why` giving the reasoning from the
//! sources) and the contract's worked examples in `../shared/cases/`
//! (beside the repository). One idea per file, named as a sentence; one
//! `check` helper reads the expectations.
//!
//! Top-level keys: `name` (a sentence), `why` (optional: the reasoning,
//! required in a persona), `expect`, and exactly one of `scenario` (the
//! JSON piped to stdin), `scenario_raw` or `input_text` (a string piped as
//! it is, for input that is not JSON).
//!
//! Expectation keys: `exit`; `status`; `include` / `exclude` ("kind:id",
//! open now); `later` / `not_available` ("kind:id" with that `when`);
//! `reasons` ("kind:id" to the item's `reason`); `amounts` ("kind:id" to
//! the amount of the open item, or of the item listed `later` or
//! `not_available` when none is open; `null`: no such item has an amount);
//! `parts` (read the same way); `estimate` / `up_to` ("kind:id" to the open item's flag, false
//! when absent); `rates_confirmed`; `rates_as_of`; `timeline` (event or
//! "event:option" to date); `no_events` / `no_timeline` (events, or
//! "event:option", that must not appear; `["*"]`: the timeline is empty);
//! `errors` ("field:code"; a list index may be written `[0]` or `.0`, and
//! the field `*` matches any field). The project's own cases and personas
//! hold `errors` to exactly that list in that order; the shared cases to
//! the shared README's rule, each one present.
//!
//! A key the runner does not know fails the case, at the top level and in
//! `expect`, so a typo or an expectation from a newer edition of the
//! shared README never passes silently.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The top-level keys a case file may have.
const CASE_KEYS: &[&str] = &["name", "why", "scenario", "scenario_raw", "input_text", "expect"];

/// The expectation keys this runner checks.
const EXPECT_KEYS: &[&str] = &[
    "exit",
    "status",
    "include",
    "exclude",
    "later",
    "not_available",
    "reasons",
    "amounts",
    "parts",
    "estimate",
    "up_to",
    "rates_confirmed",
    "rates_as_of",
    "timeline",
    "no_events",
    "no_timeline",
    "errors",
];

/// How a folder's `errors` expectations are read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errors {
    /// The project's own rule: exactly these errors, in this order.
    Exact,
    /// The shared README's rule: each of these errors is present.
    EachPresent,
}

/// The case files of a folder; `CASES_PREFIX=cl-` runs only those whose
/// name starts so (for working on one journey).
fn case_files(dir: &Path) -> Vec<PathBuf> {
    let prefix = std::env::var("CASES_PREFIX").unwrap_or_default();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")).collect()
        })
        .unwrap_or_default();
    files.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&prefix)));
    files.sort();
    files
}

/// The exit code, the output, and whether the output is written as
/// serde_json writes a `Value`: two-space indents and every object's keys
/// sorted, as `evaluate` has always printed it. The writing is derived from
/// structs (rules/src/json.rs), whose field order is the key order, so a
/// field declared out of its place shows here.
fn run_evaluate(input: &[u8]) -> (i32, Value, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_evaluate"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("evaluate runs");
    child.stdin.take().expect("stdin").write_all(input).expect("write");
    let out = child.wait_with_output().expect("evaluate finishes");
    let code = out.status.code().expect("an exit code, not a signal");
    let value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    let in_order = value.is_null()
        || out.stdout == format!("{}\n", serde_json::to_string_pretty(&value).expect("json")).as_bytes();
    (code, value, in_order)
}

fn key(item: &Value) -> String {
    format!("{}:{}", item["kind"].as_str().unwrap_or(""), item["id"].as_str().unwrap_or(""))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default()
}

/// Whether an item is open now: no `when`, or `"when": "now"`.
fn is_open(item: &Value) -> bool {
    matches!(item.get("when").and_then(Value::as_str), None | Some("now"))
}

/// An error's field with every list index written `[0]` (the README also
/// allows `.0`).
fn normalise_field(field: &str) -> String {
    let mut out = String::new();
    for (n, part) in field.split('.').enumerate() {
        if !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{part}]"));
        } else {
            if n > 0 {
                out.push('.');
            }
            out.push_str(part);
        }
    }
    out
}

/// Whether an expected "field:code" matches an error the program gave.
fn error_matches(want: &str, got: &str) -> bool {
    let (Some((wf, wc)), Some((gf, gc))) = (want.rsplit_once(':'), got.rsplit_once(':')) else {
        return false;
    };
    wc == gc && (wf == "*" || normalise_field(wf) == normalise_field(gf))
}

/// Problems with the shape of a case file itself: unknown keys, a missing
/// or doubled input, an expectation of the wrong type. A malformed file
/// fails before it is run, so it can never pass by checking nothing.
fn shape_problems(case: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(obj) = case.as_object() else {
        return vec!["a case must be a JSON object".to_string()];
    };
    for k in obj.keys() {
        if !CASE_KEYS.contains(&k.as_str()) {
            problems.push(format!("unknown top-level key {k:?} (allowed: {CASE_KEYS:?})"));
        }
    }
    let inputs = ["scenario", "scenario_raw", "input_text"].iter().filter(|k| obj.contains_key(**k)).count();
    if inputs != 1 {
        problems.push(format!("a case needs exactly one of scenario, scenario_raw, input_text (has {inputs})"));
    }
    for raw in ["scenario_raw", "input_text"] {
        if obj.get(raw).is_some_and(|v| !v.is_string()) {
            problems.push(format!("{raw} must be a string"));
        }
    }
    if obj.get("why").is_some_and(|v| v.as_str().is_none_or(|s| s.len() <= 20)) {
        problems.push("why must be a sentence or more".to_string());
    }
    let Some(expect) = obj.get("expect").and_then(Value::as_object) else {
        problems.push("a case needs an expect object".to_string());
        return problems;
    };
    for (k, v) in expect {
        let ok = match k.as_str() {
            "exit" => v.as_i64().is_some(),
            "status" | "rates_as_of" => v.is_string(),
            "rates_confirmed" => v.is_boolean(),
            "include" | "exclude" | "later" | "not_available" | "no_events" | "no_timeline" | "errors" => {
                v.as_array().is_some_and(|a| a.iter().all(Value::is_string))
            }
            "reasons" | "timeline" => v.as_object().is_some_and(|o| o.values().all(Value::is_string)),
            "amounts" => v.as_object().is_some_and(|o| o.values().all(|x| x.is_string() || x.is_null())),
            "estimate" | "up_to" => v.as_object().is_some_and(|o| o.values().all(Value::is_boolean)),
            "parts" => v
                .as_object()
                .is_some_and(|o| o.values().all(|p| p.as_object().is_some_and(|p| p.values().all(Value::is_string)))),
            _ => {
                problems.push(format!("unknown expectation key {k:?} (known: {EXPECT_KEYS:?})"));
                continue;
            }
        };
        if !ok {
            problems.push(format!("expectation {k:?} has the wrong shape: {v}"));
        }
    }
    problems
}

/// Checks one case; returns the problems found.
fn check(case: &Value, errors_rule: Errors) -> Vec<String> {
    let mut problems = shape_problems(case);
    if !problems.is_empty() {
        return problems;
    }
    // `scenario_raw` and `input_text` give raw bytes (for input that is not JSON at all).
    let scenario = match case.get("scenario_raw").or_else(|| case.get("input_text")).and_then(Value::as_str) {
        Some(text) => text.as_bytes().to_vec(),
        None => serde_json::to_vec(&case["scenario"]).expect("scenario"),
    };
    let (code, result, in_order) = run_evaluate(&scenario);
    if !in_order {
        problems.push("the output's keys are not in the order evaluate has always written them (sorted)".into());
    }
    let expect = &case["expect"];
    let want_exit = expect["exit"].as_i64().unwrap_or(0);
    if i64::from(code) != want_exit {
        problems.push(format!("exit {code}, expected {want_exit}: {result}"));
        return problems;
    }
    if let Some(errors) = expect.get("errors") {
        let got: Vec<String> = result["errors"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| format!("{}:{}", e["field"].as_str().unwrap_or("?"), e["code"].as_str().unwrap_or("?")))
                    .collect()
            })
            .unwrap_or_default();
        let want = strings(errors);
        let ok = match errors_rule {
            Errors::Exact => got.len() == want.len() && want.iter().zip(&got).all(|(w, g)| error_matches(w, g)),
            Errors::EachPresent => want.iter().all(|w| got.iter().any(|g| error_matches(w, g))),
        };
        if !ok {
            problems.push(format!("errors {got:?}, expected {want:?}"));
        }
    }
    if code != 0 {
        return problems;
    }
    let items = result["items"].as_array().cloned().unwrap_or_default();
    let open_now: Vec<String> = items.iter().filter(|i| is_open(i)).map(key).collect();
    for item in &items {
        if strings(&item["because"]).is_empty() || strings(&item["sources"]).is_empty() {
            problems.push(format!("{} must have because and sources", key(item)));
        }
        for s in strings(&item["sources"]) {
            let url = result["sources"][&s]["url"].as_str().unwrap_or("");
            if !url.starts_with("https://") {
                problems.push(format!("{}: source {s} is not in the sources map with an https url", key(item)));
            }
        }
    }
    if let Some(status) = expect["status"].as_str() {
        let statuses: Vec<&str> =
            items.iter().filter(|i| i["kind"] == "status" && is_open(i)).filter_map(|i| i["id"].as_str()).collect();
        if statuses != [status] {
            problems.push(format!("status {statuses:?}, expected {status}"));
        }
    }
    for k in strings(&expect["include"]) {
        if !open_now.contains(&k) {
            problems.push(format!("{k} is not open now; open now: {open_now:?}"));
        }
    }
    for k in strings(&expect["exclude"]) {
        if open_now.contains(&k) {
            problems.push(format!("{k} is open now but should not be"));
        }
    }
    for when in ["later", "not_available"] {
        for k in strings(&expect[when]) {
            if !items.iter().any(|i| key(i) == k && i["when"] == when) {
                problems.push(format!("{k} is not listed as {when}"));
            }
        }
    }
    if let Some(reasons) = expect["reasons"].as_object() {
        for (k, want) in reasons {
            let got = items.iter().find(|i| key(i) == *k).map(|i| i["reason"].clone());
            if got.as_ref() != Some(want) {
                problems.push(format!("{k}: reason {got:?}, expected {want}"));
            }
        }
    }
    let find_open = |k: &str| items.iter().find(|i| key(i) == k && is_open(i)).cloned();
    // Amounts and parts are read from the open item, or else from the item
    // listed `later` or `not_available` (the amount it will have).
    let find = |k: &str| find_open(k).or_else(|| items.iter().find(|i| key(i) == k).cloned());
    if let Some(amounts) = expect["amounts"].as_object() {
        for (k, want) in amounts {
            let item = find(k);
            let got = item.as_ref().and_then(|i| i.get("amount").cloned()).unwrap_or(Value::Null);
            if &got != want {
                let when = item.map_or(Value::Null, |i| i.get("when").cloned().unwrap_or_else(|| "now".into()));
                problems.push(format!("{k} amount {got}, expected {want} (when: {when})"));
            }
        }
    }
    if let Some(parts) = expect["parts"].as_object() {
        for (k, want) in parts {
            for (part, value) in want.as_object().into_iter().flatten() {
                let got = find(k).map(|i| i["parts"][part].clone()).unwrap_or(Value::Null);
                if &got != value {
                    problems.push(format!("{k} part {part} {got}, expected {value}"));
                }
            }
        }
    }
    for flag in ["estimate", "up_to"] {
        if let Some(flags) = expect[flag].as_object() {
            for (k, want) in flags {
                match find_open(k) {
                    None => problems.push(format!("{k} is not open now, so its {flag} flag cannot be checked")),
                    Some(item) => {
                        let got = match item.get(flag) {
                            None => Value::Bool(false),
                            Some(v) => v.clone(),
                        };
                        if !got.is_boolean() {
                            problems.push(format!("{k}: {flag} is {got}, which is not a boolean"));
                        } else if &got != want {
                            problems.push(format!("{k}: {flag} {got}, expected {want}"));
                        }
                    }
                }
            }
        }
    }
    if let Some(b) = expect.get("rates_confirmed") {
        if &result["rates"]["confirmed_for_date"] != b {
            problems.push(format!("rates.confirmed_for_date {}, expected {b}", result["rates"]["confirmed_for_date"]));
        }
    }
    if let Some(d) = expect.get("rates_as_of") {
        if &result["rates"]["as_of"] != d {
            problems.push(format!("rates.as_of {}, expected {d}", result["rates"]["as_of"]));
        }
    }
    // Each event as (bare name, name with its option if any, date).
    let events: Vec<(String, String, String)> = result["timeline"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let bare = e["event"].as_str().unwrap_or("").to_string();
            let full = match e["option"].as_str() {
                Some(o) => format!("{bare}:{o}"),
                None => bare.clone(),
            };
            (bare, full, e["date"].as_str().unwrap_or("").to_string())
        })
        .collect();
    let listed: Vec<(&str, &str)> = events.iter().map(|(_, f, d)| (f.as_str(), d.as_str())).collect();
    if let Some(timeline) = expect["timeline"].as_object() {
        for (event, date) in timeline {
            let date = date.as_str().unwrap_or("");
            if !events.iter().any(|(_, e, d)| e == event && d == date) {
                problems.push(format!("timeline has no {event} on {date}: {listed:?}"));
            }
        }
    }
    for event in strings(&expect["no_events"]).into_iter().chain(strings(&expect["no_timeline"])) {
        if event == "*" {
            if !events.is_empty() {
                problems.push(format!("the timeline should be empty: {listed:?}"));
            }
        } else if let Some((_, full, date)) = events.iter().find(|(bare, full, _)| *bare == event || *full == event) {
            problems.push(format!("timeline should not have {event}, but has {full} on {date}"));
        }
    }
    problems
}

fn run_dir(dir: &Path, at_least: usize, errors_rule: Errors, need_why: bool) {
    let files = case_files(dir);
    let at_least = if std::env::var("CASES_PREFIX").is_ok() { 0 } else { at_least };
    assert!(files.len() >= at_least, "{} holds {} cases, expected at least {at_least}", dir.display(), files.len());
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable case");
        let case: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(
            case["name"].as_str().is_some_and(|n| n.len() > 20),
            "{}: a case needs a name that is a sentence",
            file.display()
        );
        assert!(!need_why || case["why"].is_string(), "{}: a persona needs a why: the reasoning", file.display());
        let problems = check(&case, errors_rule);
        if !problems.is_empty() {
            failures.push(format!("{}\n  {}", file.display(), problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
    println!("{}: {} cases passed", dir.display(), files.len());
}

#[test]
fn the_projects_own_cases_pass() {
    run_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"), 1, Errors::Exact, false);
}

#[test]
fn the_contracts_shared_cases_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/cases");
    assert!(dir.is_dir(), "../shared/cases must sit beside the repository");
    run_dir(&dir, 12, Errors::EachPresent, false);
}

/// Whole enquiries from the people the planner is for, each with the
/// reasoning from the sources in its `why`.
#[test]
fn the_personas_pass() {
    run_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas"), 20, Errors::Exact, true);
}

/// Every dated change of a parameter (a new value, or the day after a
/// contract's last day) has a case on the day before and on the day itself.
#[test]
fn every_parameter_change_has_cases_on_the_eve_and_the_day() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut dates = std::collections::BTreeSet::new();
    for file in case_files(&dir) {
        let text = std::fs::read_to_string(&file).expect("readable case");
        let case: Value = serde_json::from_str(&text).expect("json case");
        if let Some(on) = case["scenario"]["on"].as_str() {
            dates.insert(on.to_string());
        }
    }
    if std::env::var("CASES_PREFIX").is_ok() {
        return;
    }
    let mut missing = Vec::new();
    for p in rules::params::ALL {
        let mut changes: Vec<rules::Date> = p.changes().map(|d| d.from).collect();
        for v in p.values {
            if let rules::params::Value::Date(last) = v.value {
                if p.id.starts_with("contract_end") {
                    changes.extend(last.add_days(1));
                }
            }
        }
        for day in changes {
            let Some(eve) = day.add_days(-1) else { continue };
            for d in [eve, day] {
                if !dates.contains(&d.to_string()) {
                    missing.push(format!("{} on {d}", p.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "parameter changes without a case on the eve and the day:\n{}", missing.join("\n"));
}
