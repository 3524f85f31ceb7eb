//! The parameter files (`rules/params/*.toml`) are checked when the crate
//! builds: a broken file stops the build and says which file, which
//! parameter and what is wrong. These tests run the build script's own
//! checks (`build.rs`, included as a module) on copies of the files with
//! one mistake each, and on the files as they are.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

#[allow(dead_code)]
#[path = "../build.rs"]
mod build;

use std::path::{Path, PathBuf};

/// A copy of `rules/params` in a fresh directory, with `file` changed by `edit`.
fn copy_with(name: &str, file: &str, edit: impl Fn(&str) -> String) -> PathBuf {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("params");
    let to = std::env::temp_dir().join(format!("kent-params-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&to);
    std::fs::create_dir_all(&to).unwrap();
    for entry in std::fs::read_dir(&from).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap();
        let text = if name == file { edit(&text) } else { text };
        std::fs::write(to.join(name), text).unwrap();
    }
    to
}

/// The build's message for a copy with one change (`old` replaced by `new`, once).
fn error_for(name: &str, file: &str, old: &str, new: &str) -> String {
    let dir = copy_with(name, file, |text| {
        assert!(text.contains(old), "{file} has no {old:?}");
        text.replacen(old, new, 1)
    });
    let result = build::generate(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(_) => panic!("{name}: the build accepted it"),
        Err(message) => message,
    }
}

#[test]
fn the_files_as_they_are_make_a_static_for_every_parameter_and_the_band_tables() {
    let (params, sources) = build::generate(&Path::new(env!("CARGO_MANIFEST_DIR")).join("params")).unwrap();
    for id in rules::params::ALL.iter().map(|p| p.id) {
        assert!(params.contains(&format!("pub static {}: Param", id.to_ascii_uppercase())), "{id}");
    }
    for band in ["KCC_MAINTENANCE_BANDS", "KCC_REWARD_BANDS", "NMA_SE_BANDS"] {
        assert!(params.contains(&format!("pub static {band}:")), "{band}");
    }
    assert!(sources.contains("pub static SOURCES"));
}

#[test]
fn a_new_years_rate_is_one_dated_entry() {
    let dir = copy_with("new-year", "fostering.toml", |text| {
        format!(
            "{text}\n[[kcc_mileage.values]]\nfrom = 2026-04-01\nvalue = \"0.47\"\nsource = \"kcc_decision_25_00010\"\nsection = \"mileage\"\ncertainty = \"confirmed\"\nuntil = 2027-03-31\n"
        )
    });
    let (params, _) = build::generate(&dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(params.contains("from: Date::ymd(2026, 4, 1), value: Value::Money(Money::pence(47))"));
}

#[test]
fn a_value_out_of_date_order_names_the_file_the_parameter_and_both_dates() {
    let message = error_for("order", "fostering.toml", "from = 2025-04-01", "from = 2024-04-01");
    assert!(message.contains("fostering.toml: kcc_maintenance_under_2: values[2]"), "{message}");
    assert!(message.contains("2024-04-01 is not after the value before it (2024-04-01)"), "{message}");
}

#[test]
fn an_unknown_source_is_refused() {
    let message =
        error_for("source", "fostering.toml", "source = \"kcc_decision_25_00010\"", "source = \"kcc_decision_26\"");
    assert!(
        message
            .contains("kcc_maintenance_under_2: values[2]: source \"kcc_decision_26\" is not in params/sources.toml"),
        "{message}"
    );
}

#[test]
fn money_with_one_decimal_is_refused() {
    let message = error_for("money", "fostering.toml", "value = \"203.54\"", "value = \"203.5\"");
    assert!(
        message.contains("kcc_maintenance_under_2: values[2]: value: \"203.5\" is not an amount in pounds"),
        "{message}"
    );
}

#[test]
fn a_misspelt_key_is_refused() {
    let message =
        error_for("key", "fostering.toml", "section = \"maintenance, under 2\"", "sectoin = \"maintenance, under 2\"");
    assert!(message.contains("unknown key \"sectoin\""), "{message}");
}

#[test]
fn an_impossible_date_is_refused() {
    let message = error_for("date", "kinship.toml", "until = 2027-04-05", "until = 2027-02-29");
    // The TOML reader refuses it first, with the line and the day allowed.
    assert!(message.contains("kinship.toml: not valid TOML"), "{message}");
    assert!(message.contains("invalid date, expected day between 01 and 28"), "{message}");
}

#[test]
fn an_age_written_as_text_is_refused() {
    let message = error_for("age", "care_leaver.toml", "value = 25", "value = \"25\"");
    assert!(message.contains("expected a whole number"), "{message}");
}

#[test]
fn a_certainty_other_than_confirmed_or_uncertain_is_refused() {
    let message = error_for("certainty", "adoption.toml", "certainty = \"confirmed\"", "certainty = \"likely\"");
    assert!(message.contains("certainty \"likely\" is not \"confirmed\" or \"uncertain\""), "{message}");
}

#[test]
fn a_source_without_https_is_refused() {
    let message = error_for("https", "sources.toml", "url = \"https://democracy", "url = \"http://democracy");
    assert!(message.contains("sources.toml: kcc_decision_25_00010: url"), "{message}");
}
