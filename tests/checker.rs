//! `rolecall-check`, run as authors run it: exit codes, the summary, and `FILE:LINE:COL: message` lines.
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use serde_json::{Value, json};

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
fn json_summary_names_the_file_and_counts_scenarios_per_row_in_chart_order() {
    let out = check(&["--summary", "json", "tests/fixtures/mini.toml"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "{\"file\":\"tests/fixtures/mini.toml\",\"ok\":true,\"scenarios\":4,\"per_row\":{\"fix\":1,\"upsell\":1,\
         \"renewal\":2}}\n"
    );
    assert!(out.stderr.is_empty());
}

/// The objects `--summary json` printed, one per line.
fn json_lines(out: &Output) -> Vec<Value> {
    text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: not JSON: {l}")))
        .collect()
}

#[test]
fn json_summary_gives_a_failing_file_an_object_with_its_problems() {
    let out = check(&[
        "--summary",
        "json",
        "tests/fixtures/broken.toml",
        "tests/fixtures/mini.toml",
        "tests/fixtures/does-not-exist.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let objects = json_lines(&out);
    assert_eq!(
        objects[0],
        json!({
            "file": "tests/fixtures/broken.toml",
            "ok": false,
            "problems": [
                {
                    "line": 47,
                    "column": 7,
                    "message": "unknown chart row `fixx` (known chart rows: `fix`); did you mean `fix`?"
                },
                {
                    "line": 53,
                    "column": 1,
                    "message": "scenario `one` has no explanation for the option `revenue`: add `revenue = \"...\"` to its `why`"
                }
            ]
        })
    );
    assert_eq!((&objects[1]["file"], &objects[1]["ok"]), (&json!("tests/fixtures/mini.toml"), &json!(true)));
    // A file that cannot be read has no line or column.
    let unreadable = &objects[2];
    assert_eq!(
        (&unreadable["file"], &unreadable["ok"]),
        (&json!("tests/fixtures/does-not-exist.toml"), &json!(false))
    );
    let problem = unreadable["problems"][0].as_object().expect("a problem");
    assert_eq!(problem.keys().collect::<Vec<_>>(), ["message"]);
    assert!(problem["message"].as_str().is_some_and(|m| m.starts_with("cannot read the file: ")));
    assert_eq!(objects.len(), 3, "one object per file");
    // stdout is JSON only; the problems are also on stderr, as lines, for people reading a CI log.
    assert!(text(&out.stderr).starts_with("tests/fixtures/broken.toml:47:7: unknown chart row `fixx`"));
}

#[test]
fn the_bank_passes_with_every_row_covered_three_times() {
    let out = check(&["--summary", "json", "assets/quizzes/cm-vs-smm.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let objects = json_lines(&out);
    let counts: Vec<u64> =
        objects[0]["per_row"].as_object().expect("per_row").values().filter_map(Value::as_u64).collect();
    assert_eq!(counts.len(), 10, "{objects:?}");
    assert!(counts.iter().all(|&n| n >= 3), "{objects:?}");
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
    let out = check(&["--summary", "json", &path]);
    assert_eq!(
        json_lines(&out),
        [json!({
            "file": path,
            "ok": false,
            "problems": [{ "line": 2, "column": 13, "message": "the file is not valid UTF-8 text (save it as UTF-8)" }]
        })]
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
        json_lines(&out),
        [json!({
            "file": "assets/quizzes/support-or-sales.toml",
            "ok": true,
            "scenarios": 16,
            "per_row": {
                "fix": 2, "new-customer": 2, "expansion": 2, "onboarding": 2, "renewal": 2, "billing": 2, "how-to": 4
            }
        })]
    );
    // In chart order, not sorted.
    assert!(text(&out.stdout).contains("{\"fix\":2,\"new-customer\":2,\"expansion\":2,"));
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

#[test]
fn emit_writes_each_valid_file_as_the_json_a_page_plays_and_nothing_for_a_broken_one() {
    let dir = std::env::temp_dir().join(format!("rolecall-emit-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let dir_arg = dir.to_str().unwrap();
    let out = check(&["--emit", dir_arg, "tests/fixtures/mini.toml", "tests/fixtures/broken.toml"]);
    assert_eq!(out.status.code(), Some(1), "the broken file fails the run");
    let written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(written, ["mini.en.json"]);
    let quiz: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("mini.en.json")).unwrap()).unwrap();
    assert_eq!(quiz["id"], "mini");
    assert_eq!(quiz["scenarios"].as_array().map(Vec::len), Some(4));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn emit_writes_the_practice_items_apart_so_the_scenario_page_does_not_download_them() {
    let dir = std::env::temp_dir().join(format!("rolecall-emit-practice-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let out = check(&["--emit", dir.to_str().unwrap(), "assets/quizzes/cm-vs-smm.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let mut written: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written, ["cm-vs-smm.en.json", "cm-vs-smm.en.practice.json"]);
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
    };
    let quiz = read("cm-vs-smm.en.json");
    assert!(quiz.get("practice").is_none(), "the scenarios' file carries no practice items");
    assert_eq!(quiz["scenarios"].as_array().map(Vec::len), Some(63));
    let practice = read("cm-vs-smm.en.practice.json");
    assert_eq!(practice["items"].as_array().map(Vec::len), Some(62));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_quiz_with_practice_items_counts_them_per_kind_and_its_problems_have_positions() {
    let out = check(&["assets/quizzes/cm-vs-smm.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).ends_with("; 62 practice items (19 sort, 13 talk, 12 trait, 18 structure)\n"),
        "{}",
        text(&out.stdout)
    );
    let out = check(&["--summary", "json", "assets/quizzes/cm-vs-smm.es.toml"]);
    let line = &json_lines(&out)[0];
    assert_eq!(line["practice"], json!({"sort": 19, "talk": 13, "trait": 12, "structure": 18}));
    // A schema-1 file says nothing about practice.
    let out = check(&["--summary", "json", "tests/fixtures/mini.toml"]);
    assert!(json_lines(&out)[0].get("practice").is_none());
    // A broken practice item: FILE:LINE:COL in the checker's voice.
    let dir = std::env::temp_dir().join(format!("rolecall-practice-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let file = dir.join("broken.toml");
    let bank = include_str!("../assets/quizzes/cm-vs-smm.toml");
    std::fs::write(&file, bank.replacen("list = \"pedde-list\"\n", "", 1)).expect("written");
    let out = check(&[file.to_str().expect("a path")]);
    assert_eq!(out.status.code(), Some(1));
    // At the item's `[[practice.items]]`, the line above its id (0-based index of the id = 1-based header).
    let line = bank.lines().position(|l| l == "id = \"duty-offline-events\"").expect("the duty");
    let expected = format!(
        "{}:{line}:1: duty `duty-offline-events` has no `list`: a sort's feedback names the list each duty comes \
         from, so add `list = ` one of `roundtable-bullets`, `chegg-breakdown`, `pedde-list`, `dimauro-chart`\n",
        file.display()
    );
    assert_eq!(text(&out.stderr), expected);
    std::fs::remove_dir_all(&dir).ok();
}
