//! Hostile bytes: FUZZ_INPUTS random inputs (100,000 in the test command)
//! through the whole JSON path of `evaluate`. None may panic, and each must
//! end in exit 0 with a result or exit 2 with errors. Inputs are random
//! bytes, random mixes of JSON tokens, and mutations of valid scenarios; the
//! generator is seeded, so a failure repeats.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"journey\"",
    "\"on\"",
    "\"answers\"",
    "\"fostering\"",
    "\"care_leaver\"",
    "\"kinship\"",
    "\"adoption\"",
    "\"2025-09-01\"",
    "\"2024-02-29\"",
    "\"2007-02-30\"",
    "\"children\"",
    "\"age\"",
    "7",
    "7.5",
    "-1",
    "1e400",
    "99999999999999999999999",
    "0",
    "true",
    "false",
    "null",
    "\"x\"",
    "\"date_of_birth\"",
    "\"weeks_looked_after_since_14\"",
    "\"child_age\"",
    "\"arrangement\"",
    "\"not_sure\"",
    "\"lives_in\"",
    "\"kent\"",
    "\"immigration_status\"",
    "\"none\"",
    "\"months_habitually_resident\"",
    "\"partner_date_of_birth\"",
    "\"\\u0000\"",
];

fn seeds() -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&text) {
                if let Ok(bytes) = serde_json::to_vec(&v["scenario"]) {
                    out.push(bytes);
                }
            }
        }
    }
    out.push(br#"{"journey":"fostering","on":"2025-09-01","answers":{"carer_date_of_birth":"1985-05-05","relationship":"non_related","children":[{"age":7}]}}"#.to_vec());
    out
}

#[test]
fn random_bytes_never_panic_and_exit_0_or_2() {
    let n: usize = std::env::var("FUZZ_INPUTS").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let seeds = seeds();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut invalid) = (0usize, 0usize);
    for i in 0..n {
        let input: Vec<u8> = match i % 3 {
            0 => (0..rng.below(64)).map(|_| rng.next() as u8).collect(),
            1 => (0..rng.below(40)).flat_map(|_| TOKENS[rng.below(TOKENS.len())].bytes()).collect(),
            _ => {
                let mut s = seeds[rng.below(seeds.len())].clone();
                for _ in 0..=rng.below(4) {
                    if s.is_empty() {
                        break;
                    }
                    let at = rng.below(s.len());
                    match rng.below(3) {
                        0 => s[at] = rng.next() as u8,
                        1 => {
                            s.remove(at);
                        }
                        _ => {
                            let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                            s.splice(at..at, token.iter().copied());
                        }
                    }
                }
                s
            }
        };
        let (out, code, _) = rules::json::run(&input, false);
        assert!(code == 0 || code == 2, "exit {code} for {:?}", String::from_utf8_lossy(&input));
        assert!(
            serde_json::from_str::<serde_json::Value>(&out).is_ok(),
            "output is not JSON for {:?}",
            String::from_utf8_lossy(&input)
        );
        if code == 0 {
            ok += 1
        } else {
            invalid += 1
        }
    }
    println!("{n} random inputs: {ok} valid, {invalid} invalid, 0 panics");
    assert_eq!(ok + invalid, n);
}
