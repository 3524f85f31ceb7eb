//! Runs every case file through the real `evaluate` binary: the project's
//! own cases in `rules/tests/cases/` and the contract's worked examples in
//! `../shared/cases/` (beside the repository). One idea per file, named as
//! a sentence; one `check` helper reads the expectations.
//!
//! Expectation keys: `exit`; `status`; `include` / `exclude` ("kind:id",
//! open now); `later` / `not_available` ("kind:id" with that `when`);
//! `amounts` ("kind:id" to "0.00"); `parts`; `rates_confirmed`;
//! `rates_as_of`; `timeline` (event or "event:option" to date);
//! `no_timeline` (events that must not appear); `errors` ("field:code",
//! exactly and in order). `input_text` instead of `scenario` feeds raw text.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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

fn run_evaluate(input: &[u8]) -> (i32, Value) {
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
    (code, value)
}

fn key(item: &Value) -> String {
    format!("{}:{}", item["kind"].as_str().unwrap_or(""), item["id"].as_str().unwrap_or(""))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(String::from)).collect()).unwrap_or_default()
}

/// Checks one case; returns the problems found.
fn check(case: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    // `input_text` gives raw bytes (for input that is not JSON at all).
    let scenario = match case["input_text"].as_str() {
        Some(text) => text.as_bytes().to_vec(),
        None => serde_json::to_vec(&case["scenario"]).expect("scenario"),
    };
    let (code, result) = run_evaluate(&scenario);
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
        if got != strings(errors) {
            problems.push(format!("errors {got:?}, expected {:?}", strings(errors)));
        }
    }
    if code != 0 {
        return problems;
    }
    let items = result["items"].as_array().cloned().unwrap_or_default();
    let open_now: Vec<String> =
        items.iter().filter(|i| matches!(i.get("when").and_then(Value::as_str), None | Some("now"))).map(key).collect();
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
            items.iter().filter(|i| i["kind"] == "status").filter_map(|i| i["id"].as_str()).collect();
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
    let find = |k: &str| items.iter().find(|i| key(i) == k).cloned();
    if let Some(amounts) = expect["amounts"].as_object() {
        for (k, want) in amounts {
            let got = find(k).map(|i| i["amount"].clone()).unwrap_or(Value::Null);
            if &got != want {
                problems.push(format!("{k} amount {got}, expected {want}"));
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
    let events: Vec<(String, String)> = result["timeline"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let name = match e["option"].as_str() {
                Some(o) => format!("{}:{o}", e["event"].as_str().unwrap_or("")),
                None => e["event"].as_str().unwrap_or("").to_string(),
            };
            (name, e["date"].as_str().unwrap_or("").to_string())
        })
        .collect();
    if let Some(timeline) = expect["timeline"].as_object() {
        for (event, date) in timeline {
            let date = date.as_str().unwrap_or("");
            if !events.iter().any(|(e, d)| e == event && d == date) {
                problems.push(format!("timeline has no {event} on {date}: {events:?}"));
            }
        }
    }
    for event in strings(&expect["no_timeline"]) {
        if events.iter().any(|(e, _)| *e == event) {
            problems.push(format!("timeline should not have {event}"));
        }
    }
    problems
}

fn run_dir(dir: &Path, at_least: usize) {
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
        let problems = check(&case);
        if !problems.is_empty() {
            failures.push(format!("{}\n  {}", file.display(), problems.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), files.len(), failures.join("\n"));
    println!("{}: {} cases passed", dir.display(), files.len());
}

#[test]
fn the_projects_own_cases_pass() {
    run_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases"), 1);
}

#[test]
fn the_contracts_shared_cases_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/cases");
    assert!(dir.is_dir(), "../shared/cases must sit beside the repository");
    run_dir(&dir, 12);
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
