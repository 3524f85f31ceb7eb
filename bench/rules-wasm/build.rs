//! Copies the scenarios of the native benchmark (rules/benches/throughput.rs)
//! so that the wasm figures and the native ones measure the same answers.

use std::{env, fs, path::Path};

fn main() {
    let src = Path::new("../../rules/benches/throughput.rs");
    println!("cargo:rerun-if-changed={}", src.display());
    let text = fs::read_to_string(src).expect("rules/benches/throughput.rs");
    let body: String = text
        .lines()
        .filter(|l| !l.starts_with("#![") && !l.starts_with("//!"))
        .map(|l| if l.starts_with("fn scenarios") { format!("pub {l}\n") } else { format!("{l}\n") })
        .collect();
    fs::write(Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("throughput.rs"), body).expect("write");
}
