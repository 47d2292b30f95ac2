//! `rolecall-check`, run as authors run it: exit codes, the summary, and `FILE:LINE:COL: message` lines.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

fn check(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_rolecall-check"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the checker runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_valid_file_passes_with_a_summary() {
    let out = check(&["tests/fixtures/mini.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/mini.toml: ok: 4 scenarios over 3 chart rows (fewest on a row: 1)\n"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn json_summary_counts_scenarios_per_row() {
    let out = check(&["--summary", "json", "tests/fixtures/mini.toml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "{\"scenarios\": 4, \"per_row\": {\"fix\": 1, \"upsell\": 1, \"renewal\": 2}}\n"
    );
}

#[test]
fn the_bank_passes_with_every_row_covered_three_times() {
    let out = check(&["--summary", "json", "assets/quizzes/cm-vs-smm.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let json = text(&out.stdout);
    let counts: Vec<u32> = json
        .split("\"per_row\": {")
        .nth(1)
        .unwrap_or_default()
        .split(',')
        .filter_map(|kv| kv.split(':').nth(1))
        .filter_map(|n| n.trim().trim_end_matches(['}', '\n']).trim_end_matches('}').parse().ok())
        .collect();
    assert_eq!(counts.len(), 10, "{json}");
    assert!(counts.iter().all(|&n| n >= 3), "{json}");
}

#[test]
fn a_broken_file_fails_with_one_positioned_line_per_problem() {
    let out = check(&["tests/fixtures/broken.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = text(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/fixtures/broken.toml:47:7: unknown chart row `fixx` (known chart rows: `fix`); did you mean `fix`?",
            "tests/fixtures/broken.toml:53:1: scenario `one` has no explanation for the option `revenue`: add `revenue = \"...\"` to its `why`",
        ],
        "{err}"
    );
}

#[test]
fn every_file_is_checked_and_any_failure_fails_the_run() {
    let out = check(&["tests/fixtures/mini.toml", "tests/fixtures/broken.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("mini.toml: ok"));
    assert!(text(&out.stderr).contains("broken.toml:47:7"));
}

#[test]
fn unreadable_and_non_utf8_files_are_reported() {
    let out = check(&["tests/fixtures/does-not-exist.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("tests/fixtures/does-not-exist.toml: cannot read the file"));

    let dir = std::env::temp_dir().join(format!("rolecall-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("latin1.toml");
    std::fs::write(&file, b"schema = 1\ntitle = \"caf\xe9\"\n").expect("write");
    let path = file.to_string_lossy().into_owned();
    let out = check(&[&path]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        format!("{path}:2:13: the file is not valid UTF-8 text (save it as UTF-8)\n")
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(check(&[]).status.code(), Some(2));
    assert_eq!(check(&["--summary", "xml", "x.toml"]).status.code(), Some(2));
    assert_eq!(check(&["--frobnicate", "x.toml"]).status.code(), Some(2));
    assert_eq!(check(&["--help"]).status.code(), Some(0));
}

#[test]
fn the_second_example_bank_passes_with_every_row_covered_twice() {
    let out = check(&["--summary", "json", "assets/quizzes/support-or-sales.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "{\"scenarios\": 16, \"per_row\": {\"fix\": 2, \"new-customer\": 2, \"expansion\": 2, \"onboarding\": 2, \
         \"renewal\": 2, \"billing\": 2, \"how-to\": 4}}\n"
    );
}

#[test]
fn the_invalid_utf8_corpus_file_is_reported_at_its_first_bad_byte() {
    let path = "tests/corpus/invalid-utf8.toml";
    let out = check(&[path]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let bytes = std::fs::read(path).expect("the corpus file");
    let bad = bytes.iter().position(|&b| b == 0xff).expect("an invalid byte");
    let before = std::str::from_utf8(&bytes[..bad]).expect("valid up to there");
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    assert_eq!(
        text(&out.stderr),
        format!("{path}:{line}:{col}: the file is not valid UTF-8 text (save it as UTF-8)\n")
    );
}

#[test]
fn a_ten_megabyte_file_is_refused_with_the_limit_in_the_loaders_words() {
    let dir = std::env::temp_dir().join(format!("rolecall-check-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("big.toml");
    let big = format!("schema = 1\n# {}\n", "x".repeat(10 * 1024 * 1024));
    std::fs::write(&file, &big).expect("write");
    // Too large and not UTF-8 either: the size is reported (the checker reads no further than the limit).
    let binary = dir.join("big.bin");
    std::fs::write(&binary, vec![0xffu8; 10 * 1024 * 1024]).expect("write");
    let (path, binary_path) = (file.to_string_lossy().into_owned(), binary.to_string_lossy().into_owned());
    let out = check(&[&path, &binary_path]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status.code(), Some(1));
    let loader = rolecall::engine::load::load(&big).expect_err("too large");
    assert_eq!(
        text(&out.stderr),
        format!(
            "{}\n{binary_path}:1:1: the file is 10240 KiB; quiz files are limited to 1024 KiB\n",
            loader[0].in_file(&path)
        )
    );
}
