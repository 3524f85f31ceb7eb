//! Turns the parameter files in `params/` into Rust statics at build time.
//!
//! Every rate, amount, age limit and contract date the rules use lives in
//! one TOML file per area (`params/fostering.toml`, ...), in the manner of
//! OpenFisca's parameters, and every source they cite in
//! `params/sources.toml`. This script reads them, checks them, and writes
//! `params.rs` and `sources.rs` into `OUT_DIR`, which `src/params` includes.
//! The wasm therefore parses nothing at run time and carries only the values.
//!
//! A bad file stops the build with the file, the parameter and what is
//! wrong, for example:
//! `params/fostering.toml: kcc_mileage: values[2]: from 2025-04-01 is not after the value before it (2025-04-01)`.
//!
//! Hand-written rather than through serde: the messages name the parameter
//! and the value in the words a council officer editing a rate can act on,
//! and `toml_edit` (already in the workspace's lock file) keeps dates as dates.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use toml_edit::{DocumentMut, Item, Table};

/// The areas, in the order the rates page lists them: (file, `Area` variant).
const AREAS: &[(&str, &str)] = &[
    ("fostering", "Fostering"),
    ("tax_and_national", "TaxAndNational"),
    ("kinship", "Kinship"),
    ("care_leaver", "CareLeaver"),
    ("accommodation", "Accommodation"),
    ("adoption", "Adoption"),
];

const UNITS: &[&str] = &["money", "age", "weeks", "months", "date"];

fn main() {
    // `RULES_PARAMS_DIR` reads a changed copy of the files instead: only
    // scripts/test-parameter-change sets it, to show that one change
    // reaches the rules, the timeline, the rates page and every language.
    println!("cargo::rerun-if-env-changed=RULES_PARAMS_DIR");
    let dir = std::env::var("RULES_PARAMS_DIR").unwrap_or_else(|_| "params".to_owned());
    println!("cargo::rerun-if-changed={dir}");
    let written =
        std::env::var("OUT_DIR").map_err(|_| "OUT_DIR is not set: run this through cargo".to_owned()).and_then(|out| {
            let (mut params, sources) = generate(Path::new(&dir))?;
            params.push_str(&named_in_words(&params)?);
            write(&Path::new(&out).join("params.rs"), &params)?;
            write(&Path::new(&out).join("sources.rs"), &sources)
        });
    if let Err(message) = written {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}

/// The parameters the words name (`{staying_put_end_age}` in
/// `src/i18n/en.txt`, and so in every language, whose placeholders a test
/// holds to the English), as `NAMED`: the only ones a sentence can look up
/// by id. The web app's wasm carries these, not every parameter's title
/// and sources (the staff rates page's [`ALL`]), which cost it 2 KB brotli.
fn named_in_words(params: &str) -> Result<String> {
    const WORDS: &str = "../src/i18n/en.txt";
    println!("cargo::rerun-if-changed={WORDS}");
    let words = std::fs::read_to_string(WORDS).map_err(|e| format!("{WORDS}: {e}"))?;
    let mut named = BTreeSet::new();
    for part in words.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            let name = name.to_ascii_uppercase();
            if params.contains(&format!("pub static {name}: Param ")) {
                named.insert(name);
            }
        }
    }
    let list: Vec<String> = named.iter().map(|n| format!("&{n}")).collect();
    Ok(format!(
        "/// The parameters the words name by id (`{{staying_put_end_age}}`), from src/i18n/en.txt.\npub static NAMED: &[&Param] = &[{}];\n",
        list.join(", ")
    ))
}

/// Reads and checks `dir/*.toml`; returns the code of `params.rs` and of
/// `sources.rs`, or what is wrong, naming the file and the parameter.
pub fn generate(dir: &Path) -> Result<(String, String)> {
    let sources = read_sources(&dir.join("sources.toml"))?;
    let mut code = String::new();
    let mut all = Vec::new();
    let mut titles = Vec::new();
    let mut bands: BTreeMap<String, Vec<(u32, String)>> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    for (file, area) in AREAS {
        let path = dir.join(format!("{file}.toml"));
        let doc = parse(&path)?;
        for (id, item) in doc.iter() {
            let at = format!("{}: {id}", path.display());
            if !ids.insert(id.to_owned()) {
                return Err(format!("{at}: this id is used by another parameter"));
            }
            let param = read_param(&at, id, item, &sources)?;
            if let Some((table, from_age)) = param.band {
                bands.entry(table).or_default().push((from_age, id.to_owned()));
            }
            let name = id.to_ascii_uppercase();
            let _ = writeln!(
                code,
                "#[doc = {title:?}]\npub static {name}: Param = Param {{ id: {id:?}, area: Area::{area}, values: &[{values}] }};",
                title = param.title,
                values = param.values.join(", "),
            );
            titles.push(format!("{id:?} => {:?},", param.title));
            all.push(name);
        }
    }
    let _ = writeln!(
        code,
        "/// A parameter's title, by id: only the staff rates page shows titles, so\n/// the planner's wasm carries none.\npub fn title_of(id: &str) -> &'static str {{ match id {{ {} _ => \"\" }} }}",
        titles.join(" ")
    );
    let _ = writeln!(code, "/// Every parameter, by area: the rates page and the parameter tests read this list.");
    let _ = writeln!(
        code,
        "pub static ALL: &[&Param] = &[{}];",
        all.iter().map(|n| format!("&{n}")).collect::<Vec<_>>().join(", ")
    );
    for (table, mut rows) in bands {
        rows.sort();
        if rows.first().map(|r| r.0) != Some(0) {
            return Err(format!("params: band table {table:?} has no row from age 0"));
        }
        for pair in rows.windows(2) {
            if let [a, b] = pair {
                if a.0 == b.0 {
                    return Err(format!("params: band table {table:?}: {} and {} both start at age {}", a.1, b.1, a.0));
                }
            }
        }
        let rows: Vec<String> = rows.iter().map(|(age, id)| format!("({age}, &{})", id.to_ascii_uppercase())).collect();
        let _ = writeln!(
            code,
            "/// The age bands of the `{table}` rates: from this age, this parameter.\npub static {}_BANDS: &[(u32, &Param)] = &[{}];",
            table.to_ascii_uppercase(),
            rows.join(", ")
        );
    }
    Ok((code, sources.code))
}

struct Sources {
    keys: BTreeSet<String>,
    code: String,
}

fn read_sources(path: &Path) -> Result<Sources> {
    let doc = parse(path)?;
    let mut keys = BTreeSet::new();
    let mut list = String::new();
    let mut notes = String::new();
    for (id, item) in doc.iter() {
        let at = format!("{}: {id}", path.display());
        let table = as_table(&at, item)?;
        known_keys(&at, table, &["title", "url", "date", "note"])?;
        let title = text(&at, table, "title")?;
        let url = text(&at, table, "url")?;
        if !url.starts_with("https://") {
            return Err(format!("{at}: url {url:?} must start with https://"));
        }
        let date = date(&at, table.get("date"), "date")?;
        if let Some(note) = table.get("note") {
            let note = string(&format!("{at}: note"), note)?;
            let _ = write!(notes, "({id:?}, {note:?}), ");
        }
        let _ = write!(list, "Source {{ id: {id:?}, title: {title:?}, url: {url:?}, date: {date} }}, ");
        keys.insert(id.to_owned());
    }
    let code = format!(
        "/// Every source, by key.\npub static SOURCES: &[Source] = &[{list}];\n\
         /// What staff should know about how a source was read or dated, kept out\n\
         /// of the titles so the planner's pages carry only the document's name:\n\
         /// shown on the staff \"rules and rates\" page only.\n\
         pub static SOURCE_NOTES: &[(&str, &str)] = &[{notes}];\n"
    );
    Ok(Sources { keys, code })
}

struct ParamData {
    title: String,
    values: Vec<String>,
    band: Option<(String, u32)>,
}

fn read_param(at: &str, id: &str, item: &Item, sources: &Sources) -> Result<ParamData> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_') {
        return Err(format!("{at}: an id is lower case letters, digits and _ only"));
    }
    let table = as_table(at, item)?;
    known_keys(at, table, &["title", "unit", "band", "values"])?;
    let title = text(at, table, "title")?;
    let unit = text(at, table, "unit")?;
    if !UNITS.contains(&unit.as_str()) {
        return Err(format!("{at}: unit {unit:?} is not one of {}", UNITS.join(", ")));
    }
    let band = match table.get("band") {
        None => None,
        Some(b) => {
            let at = format!("{at}: band");
            let Some(b) = b.as_inline_table().map(|t| t.clone().into_table()) else {
                return Err(format!("{at}: write it as {{ table = \"name\", from_age = 0 }}"));
            };
            known_keys(&at, &b, &["table", "from_age"])?;
            Some((text(&at, &b, "table")?, whole(&format!("{at}: from_age"), b.get("from_age"))?))
        }
    };
    let Some(values) = table.get("values").and_then(Item::as_array_of_tables) else {
        return Err(format!("{at}: no [[{id}.values]] entries"));
    };
    let mut out = Vec::new();
    let mut last_from: Option<(i32, u8, u8)> = None;
    for (i, v) in values.iter().enumerate() {
        let at = format!("{at}: values[{}]", i + 1);
        known_keys(&at, v, &["from", "value", "source", "section", "certainty", "until"])?;
        let from = match v.get("from") {
            Some(item) if item.as_str() == Some("earliest") => (1, 1, 1),
            other => ymd(&at, other, "from")?,
        };
        if let Some(before) = last_from {
            if from <= before {
                return Err(format!("{at}: from {} is not after the value before it ({})", show(from), show(before)));
            }
        }
        last_from = Some(from);
        let value = value(&at, &unit, v.get("value"))?;
        let source = text(&at, v, "source")?;
        if !sources.keys.contains(&source) {
            return Err(format!("{at}: source {source:?} is not in params/sources.toml"));
        }
        let section = text(&at, v, "section")?;
        let certainty = match text(&at, v, "certainty")?.as_str() {
            "confirmed" => "Confirmed",
            "uncertain" => "Uncertain",
            other => return Err(format!("{at}: certainty {other:?} is not \"confirmed\" or \"uncertain\"")),
        };
        let until = match v.get("until") {
            None => "None".to_owned(),
            Some(item) => {
                let until = ymd(&at, Some(item), "until")?;
                if until < from {
                    return Err(format!("{at}: until {} is before from {}", show(until), show(from)));
                }
                format!("Some({})", rust_date(until))
            }
        };
        out.push(format!(
            "Dated {{ from: {}, value: {value}, source: {source:?}, section: {section:?}, certainty: Certainty::{certainty}, confirmed_until: {until} }}",
            rust_date(from)
        ));
    }
    if out.is_empty() {
        return Err(format!("{at}: no [[{id}.values]] entries"));
    }
    Ok(ParamData { title, values: out, band })
}

fn value(at: &str, unit: &str, item: Option<&Item>) -> Result<String> {
    let at = format!("{at}: value");
    Ok(match unit {
        "money" => {
            let Some(text) = item.and_then(Item::as_str) else {
                return Err(format!("{at}: money is written as a string of pounds, like \"203.54\""));
            };
            // Whole pounds keep a scale of 0, as `Money::pounds` does.
            let pence = pence(&at, text)?;
            if text.contains('.') {
                format!("Value::Money(Money::pence({pence}))")
            } else {
                format!("Value::Money(Money::pounds({}))", pence / 100)
            }
        }
        "age" => format!("Value::Age({})", whole(&at, item)?),
        "weeks" => format!("Value::Weeks({})", whole(&at, item)?),
        "months" => format!("Value::Months({})", whole(&at, item)?),
        _ => format!("Value::Date({})", rust_date(ymd(&at, item, "value")?)),
    })
}

/// "203.54" or "2000" as pence; no sign, no commas, at most two decimals.
fn pence(at: &str, text: &str) -> Result<u32> {
    let (pounds, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(pounds) || (text.contains('.') && (frac.len() != 2 || !digits(frac))) {
        return Err(format!("{at}: {text:?} is not an amount in pounds like \"203.54\" or \"2000\""));
    }
    let frac = if frac.is_empty() { "00" } else { frac };
    format!("{pounds}{frac}").parse::<u32>().map_err(|_| format!("{at}: {text:?} is too large"))
}

fn whole(at: &str, item: Option<&Item>) -> Result<u32> {
    match item.and_then(Item::as_integer).map(u32::try_from) {
        Some(Ok(n)) => Ok(n),
        _ => Err(format!("{at}: expected a whole number, 0 or more")),
    }
}

fn ymd(at: &str, item: Option<&Item>, key: &str) -> Result<(i32, u8, u8)> {
    let Some(d) = item.and_then(Item::as_datetime).and_then(|d| if d.time.is_none() { d.date } else { None }) else {
        return Err(format!("{at}: {key} must be a date like 2025-04-01"));
    };
    let leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    let days = match d.month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if d.day == 0 || d.day > days {
        return Err(format!("{at}: {key} {:04}-{:02}-{:02} is not a real date", d.year, d.month, d.day));
    }
    Ok((i32::from(d.year), d.month, d.day))
}

fn date(at: &str, item: Option<&Item>, key: &str) -> Result<String> {
    Ok(rust_date(ymd(at, item, key)?))
}

fn rust_date((y, m, d): (i32, u8, u8)) -> String {
    format!("Date::ymd({y}, {m}, {d})")
}

fn show((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

fn as_table<'a>(at: &str, item: &'a Item) -> Result<&'a Table> {
    match item.as_table() {
        Some(t) => Ok(t),
        None => Err(format!("{at}: expected a [table]")),
    }
}

fn known_keys(at: &str, table: &Table, known: &[&str]) -> Result<()> {
    for (key, _) in table.iter() {
        if !known.contains(&key) {
            return Err(format!("{at}: unknown key {key:?} (expected {})", known.join(", ")));
        }
    }
    Ok(())
}

fn text(at: &str, table: &Table, key: &str) -> Result<String> {
    match table.get(key) {
        Some(item) => string(&format!("{at}: {key}"), item),
        None => Err(format!("{at}: {key} is missing")),
    }
}

fn string(at: &str, item: &Item) -> Result<String> {
    match item.as_str() {
        Some(s) if !s.trim().is_empty() => Ok(s.to_owned()),
        _ => Err(format!("{at}: expected text in quotes")),
    }
}

fn parse(path: &Path) -> Result<DocumentMut> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => return Err(format!("{}: cannot read it: {e}", path.display())),
    };
    text.parse::<DocumentMut>().map_err(|e| format!("{}: not valid TOML: {e}", path.display()))
}

fn write(path: &Path, code: &str) -> Result<()> {
    std::fs::write(path, code).map_err(|e| format!("{}: cannot write it: {e}", path.display()))
}

type Result<T> = std::result::Result<T, String>;
