//! `rules::evaluate` in wasm, for scripts/bench: node calls `run(i, n)` and
//! times it, for each scenario of the native benchmark.

use std::hint::black_box;
use wasm_bindgen::prelude::*;

#[allow(dead_code, clippy::all)]
mod throughput {
    include!(concat!(env!("OUT_DIR"), "/throughput.rs"));
}

/// The scenarios' names, one a line.
#[wasm_bindgen]
pub fn names() -> String {
    throughput::scenarios().iter().map(|(name, _)| *name).collect::<Vec<_>>().join("\n")
}

/// Evaluates scenario `i` `n` times.
#[wasm_bindgen]
pub fn run(i: usize, n: u32) {
    let all = throughput::scenarios();
    let Some((_, scenario)) = all.get(i) else { return };
    for _ in 0..n {
        black_box(rules::evaluate(black_box(scenario)));
    }
}
