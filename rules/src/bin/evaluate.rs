//! `evaluate`: runs the rules on a JSON scenario from stdin (CONTRACT.md).
//! Exit 0 with the result, or 2 with every input error. `--explain` prints
//! the result for people instead.

use std::io::{Read, Write};

fn main() {
    let explain = std::env::args().skip(1).any(|a| a == "--explain");
    let mut input = Vec::new();
    if std::io::stdin().read_to_end(&mut input).is_err() {
        input.clear();
    }
    let (stdout, code, stderr) = rules::json::run(&input, explain);
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{stdout}");
    let _ = out.flush();
    if let Some(line) = stderr {
        let _ = writeln!(std::io::stderr(), "{line}");
    }
    std::process::exit(code);
}
