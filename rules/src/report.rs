//! An outcome as text for people: what `evaluate --explain` prints.

use crate::explain::item_sentence;
use crate::params::source;
use crate::Outcome;
use std::fmt::Write;

/// The outcome in plain English: each item, why, and its sources.
pub fn report(o: &Outcome) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} as at {}", o.journey.as_str(), o.on);
    let _ = writeln!(
        out,
        "Rates from {}{}",
        o.rates.as_of,
        if o.rates.confirmed_for_date { "" } else { " (the latest known figures: not confirmed for this date)" }
    );
    for item in &o.items {
        let mut head = format!("\n{}: {}", item.kind.as_str(), item.id);
        if let Some(w) = item.when {
            let _ = write!(head, " ({})", w.as_str());
        }
        if let (Some(a), Some(p)) = (item.amount, item.period) {
            let _ = write!(head, ", £{} a {}", a, p.as_str());
        }
        if item.up_to {
            head.push_str(" (up to)");
        }
        if item.estimate {
            head.push_str(" (estimate)");
        }
        let _ = writeln!(out, "{head}");
        for rule in &item.because {
            let text = item_sentence(rule, item, o).unwrap_or_else(|| (*rule).to_string());
            let _ = writeln!(out, "  because: {text}");
        }
        for id in &item.sources {
            if let Some(s) = source(id) {
                let _ = writeln!(out, "  source: {} ({}), {}", s.title, s.date, s.url);
            }
        }
    }
    if !o.timeline.is_empty() {
        let _ = writeln!(out, "\nTimeline");
        for e in &o.timeline {
            let _ =
                writeln!(out, "  {}  {}{}", e.date, e.event, e.option.map(|x| format!(" ({x})")).unwrap_or_default());
        }
    }
    out
}
