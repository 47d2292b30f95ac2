//! Hostile and broken quiz files against the whole loader (TOML reader + validation): property tests with a
//! fixed seed (deterministic, a few seconds in a debug build), the committed corpus in `tests/corpus/`, and
//! large inputs generated here at run time (10 MB, 10,000 scenarios, floods of problems) rather than committed.
//!
//! What must hold for every input: `load` does not panic and answers within a time bound; a failure lists at
//! least one problem and at most [`MAX_PROBLEMS`] plus a closing note, in source order, each pointing inside
//! the text; a success is internally consistent (every answer is the chart's, every option explained), and
//! its text is the file's, verbatim.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{RngAlgorithm, RngSeed};
use rolecall::engine::load::{MAX_OPTIONS, MAX_PROBLEMS, Problem, load};
use rolecall::engine::quiz::Quiz;

mod common;
use common::{Stopwatch, TOML_PIECES};

const MINI: &str = include_str!("fixtures/mini.toml");
const BANK: &str = include_str!("../assets/quizzes/cm-vs-smm.toml");
const SUPPORT: &str = include_str!("../assets/quizzes/support-or-sales.toml");
const FILES: [&str; 3] = [MINI, BANK, SUPPORT];

/// Per input of the corpus and of the properties (all under 128 KiB), in a debug build. Time is the thread's
/// CPU time where the system reports it (see `common::Stopwatch`), so other jobs on the machine do not count.
const TIME_BOUND: Duration = Duration::from_secs(2);

/// Per generated input near the 1 MiB size limit, in a debug build, where these take 0.1–0.8 s. Before the
/// list limits and the cap on listed problems, some took 5 s to over 3 minutes (a flood of problems on one
/// long line); the bound catches such work, not a slow machine.
const LARGE_TIME_BOUND: Duration = Duration::from_secs(5);

/// Fixed cases and seed: the same inputs on every run, so CI is deterministic and a failure reproduces.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x0005_EED0_F0A1_2026),
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------------------
// The checks every input gets.

/// Load `text`, asserting the time bound, the shape of any problems and the consistency of any quiz.
fn checked(text: &str) -> Result<Quiz, Vec<Problem>> {
    checked_within(TIME_BOUND, text)
}

/// [`checked`] for a generated input near the size limit.
fn checked_large(text: &str) -> Result<Quiz, Vec<Problem>> {
    checked_within(LARGE_TIME_BOUND, text)
}

fn checked_within(bound: Duration, text: &str) -> Result<Quiz, Vec<Problem>> {
    let stopwatch = Stopwatch::start();
    let result = load(text);
    let took = stopwatch.elapsed();
    assert!(took < bound, "load took {took:?} for {} bytes", text.len());
    match &result {
        Ok(quiz) => assert_consistent(quiz),
        Err(problems) => assert_problems_point_inside(text, problems),
    }
    result
}

fn assert_problems_point_inside(text: &str, problems: &[Problem]) {
    assert!(!problems.is_empty(), "a failure lists no problem");
    assert!(problems.len() <= MAX_PROBLEMS + 1, "{} problems listed", problems.len());
    let lines: Vec<&str> = text.split('\n').collect();
    for p in problems {
        assert!(!p.message.trim().is_empty(), "an empty message at {}:{}", p.line, p.column);
        let line = p.line.checked_sub(1).and_then(|i| lines.get(i as usize));
        let Some(line) = line else { panic!("line {} is outside the {} lines: {p:?}", p.line, lines.len()) };
        let width = line.chars().count() as u32 + 1;
        assert!(
            (1..=width).contains(&p.column),
            "column {} outside line {} ({width}): {p:?}",
            p.column,
            p.line
        );
    }
    let order: Vec<(u32, u32)> = problems.iter().map(|p| (p.line, p.column)).collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "problems out of source order: {order:?}");
}

/// What the rest of the app relies on without checking, for a quiz that loaded.
fn assert_consistent(quiz: &Quiz) {
    assert!((2..=MAX_OPTIONS).contains(&quiz.roles.len()) && (2..=MAX_OPTIONS).contains(&quiz.teams.len()));
    assert!(quiz.chart_source().is_some());
    let options: Vec<&str> = quiz.roles.iter().chain(&quiz.teams).map(|c| &*c.id).collect();
    let mut unique = options.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), options.len(), "role and team ids collide");
    for s in &quiz.scenarios {
        let row = quiz.chart.rows.get(s.row).expect("the scenario's row exists");
        assert_eq!(row.role_for(s.channel.as_deref()), Some(&s.role), "scenario {}", s.id);
        assert_eq!(row.team, s.team, "scenario {}", s.id);
        assert!(quiz.sources.get(s.source).is_some());
        assert!(options.iter().all(|o| s.why(o).is_some_and(|w| !w.trim().is_empty())));
        assert!(!s.title.trim().is_empty() && !s.story.trim().is_empty());
    }
}

// ---------------------------------------------------------------------------------------------------------
// Generators.

/// Quiz headers and keys, and text that tends to break pages, to add to [`TOML_PIECES`].
const QUIZ_PIECES: &[&str] = &[
    "\\u00",
    "schema = 1\n",
    "schema",
    "id",
    "title",
    "row",
    "role",
    "team",
    "why",
    "channel",
    "source",
    "story",
    "label",
    "rows",
    "[chart]\n",
    "[[chart.rows]]\n",
    "[[scenarios]]\n",
    "[scenarios.why]\n",
    "[[roles]]\n",
    "[[teams]]\n",
    "[[channels]]\n",
    "[questions]\n",
    "[[sources]]\n",
    "\"x\"",
    "\"agent\"",
    "-1",
    "1e999",
    "07:32",
    "🎉",
    "👩🏽‍💻",
    "مرحبا",
    "\u{202e}",
    "<script>",
    "&amp;",
    "\u{200b}",
    "\u{a0}",
];

/// Fragments of TOML and of quiz files.
fn piece() -> impl Strategy<Value = &'static str> {
    let all: Vec<&'static str> = TOML_PIECES.iter().chain(QUIZ_PIECES).copied().collect();
    select(all)
}

/// Keys a quiz uses (every property name in `docs/quiz.schema.json`, which tests/quiz_schema.rs holds to
/// the loader's keys) and ids from `mini.toml`, so that generated documents reach validation, not only the
/// TOML reader.
fn words() -> Vec<String> {
    fn keys(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                    out.extend(properties.keys().cloned());
                }
                map.values().for_each(|v| keys(v, out));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let schema = serde_json::from_str(include_str!("../docs/quiz.schema.json")).expect("the schema is JSON");
    let mut words: Vec<String> =
        ["agent", "rep", "support", "revenue", "phone", "chat", "fix", "upsell", "renewal", "handbook", "x"]
            .map(String::from)
            .into();
    keys(&schema, &mut words);
    words.sort();
    words.dedup();
    words
}

const HEADERS: &[&str] = &[
    "[questions]",
    "[[sources]]",
    "[[roles]]",
    "[[teams]]",
    "[[channels]]",
    "[chart]",
    "[[chart.rows]]",
    "[[scenarios]]",
    "[scenarios.why]",
    "[chart.rows.role]",
];

/// A TOML basic string holding `s` exactly.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() && c != '\t' => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Text people paste: any characters, or runs of markup, right-to-left script, emoji and invisible ones.
fn any_text() -> impl Strategy<Value = String> {
    const WEIRD: &[&str] = &[
        "<script>alert(1)</script>",
        "<b>",
        "</textarea>",
        "&lt;",
        "\"",
        "\\",
        "'",
        "مرحبا",
        "שלום",
        "🎉",
        "👨‍👩‍👧",
        "e\u{301}",
        "\u{202e}",
        "\u{200f}",
        "\u{feff}",
        "\u{0}",
        "\n",
        "\t",
        " ",
        "x",
    ];
    prop_oneof![any::<String>(), prop::collection::vec(select(WEIRD), 0..12).prop_map(|v| v.concat())]
}

/// A TOML value, nested a few levels deep.
fn value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        select(words()).prop_map(|w| toml_string(&w)),
        any_text().prop_map(|s| toml_string(&s)),
        any::<i64>().prop_map(|n| n.to_string()),
        select(&["1", "2", "true", "1.5", "-0", "inf"][..]).prop_map(String::from),
    ];
    leaf.prop_recursive(4, 32, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|v| format!("[{}]", v.join(", "))),
            prop::collection::vec((select(words()), inner), 0..4).prop_map(|v| {
                let pairs: Vec<String> = v.iter().map(|(k, v)| format!("{k} = {v}")).collect();
                format!("{{ {} }}", pairs.join(", "))
            }),
        ]
    })
}

/// A document of quiz-like lines: headers, `key = value`, comments, blank lines.
fn quiz_like() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        2 => select(HEADERS).prop_map(String::from),
        6 => (select(words()), value()).prop_map(|(k, v)| format!("{k} = {v}")),
        1 => any_text().prop_map(|t| format!("# {}", t.replace(['\n', '\r'], " "))),
        1 => Just(String::new()),
    ];
    prop::collection::vec(line, 0..40).prop_map(|lines| format!("schema = 1\n{}\n", lines.join("\n")))
}

/// One edit of a real quiz file.
#[derive(Clone, Debug)]
enum Edit {
    DeleteLine(Index),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    /// Replace what follows the first `=` on a line with another value.
    ReplaceValue(Index, String),
    Insert(Index, &'static str),
    Truncate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        1 => any::<Index>().prop_map(Edit::DeleteLine),
        1 => any::<Index>().prop_map(Edit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        3 => (any::<Index>(), value()).prop_map(|(i, v)| Edit::ReplaceValue(i, v)),
        3 => (any::<Index>(), piece()).prop_map(|(i, p)| Edit::Insert(i, p)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

fn apply(text: &str, edit: &Edit) -> String {
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    let boundary = |i: &Index| {
        let bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
        bounds[i.index(bounds.len())]
    };
    match edit {
        Edit::DeleteLine(i) => {
            lines.remove(i.index(lines.len()));
        }
        Edit::DuplicateLine(i) => {
            let at = i.index(lines.len());
            lines.insert(at, lines[at].clone());
        }
        Edit::SwapLines(a, b) => {
            let n = lines.len();
            lines.swap(a.index(n), b.index(n));
        }
        Edit::ReplaceValue(i, v) => {
            let at = i.index(lines.len());
            if let Some((key, _)) = lines[at].split_once('=') {
                lines[at] = format!("{key}= {v}");
            }
        }
        Edit::Insert(i, piece) => {
            let mut out = text.to_string();
            out.insert_str(boundary(i), piece);
            return out;
        }
        Edit::Truncate(i) => return text[..boundary(i)].to_string(),
    }
    lines.join("\n")
}

// ---------------------------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_string_gets_an_answer(text in any::<String>()) {
        // Arbitrary text is never a quiz.
        prop_assert!(checked(&text).is_err());
    }

    #[test]
    fn any_bytes_read_as_text_get_an_answer(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        prop_assert!(checked(&String::from_utf8_lossy(&bytes)).is_err());
    }

    #[test]
    fn toml_fragments_get_an_answer(pieces in prop::collection::vec(piece(), 0..80)) {
        let _ = checked(&pieces.concat());
    }

    #[test]
    fn quiz_like_documents_get_an_answer(text in quiz_like()) {
        let _ = checked(&text);
    }

    #[test]
    fn any_text_in_a_story_is_kept_verbatim(text in any_text()) {
        let file = MINI.replace("\"A customer cannot log in.\"", &toml_string(&text));
        match checked(&file) {
            Ok(quiz) => {
                let story = quiz.scenario("broken-login").map(|s| s.story.to_string());
                prop_assert_eq!(story.as_deref(), Some(text.trim()));
            }
            Err(p) => {
                prop_assert!(text.trim().is_empty(), "refused {:?}: {:?}", text, p);
                prop_assert!(p[0].message.contains("`story` in scenario `broken-login` is empty"));
            }
        }
    }
}

proptest! {
    // Each case re-reads a whole file, so fewer cases; the bank is some 1,500 lines.
    #![proptest_config(config(256))]

    #[test]
    fn edited_quiz_files_get_an_answer(
        file in select(&FILES[..]),
        edits in prop::collection::vec(edit(), 1..6),
    ) {
        let text = edits.iter().fold(file.to_string(), |text, e| apply(&text, e));
        let _ = checked(&text);
    }
}

// ---------------------------------------------------------------------------------------------------------
// The committed corpus: every file in tests/corpus/ must have an expectation here.

enum Expect {
    /// Loads; the check looks at what was read.
    Loads(fn(&Quiz)),
    /// Fails; some problem's message contains this.
    Problem(&'static str),
    /// Not UTF-8, so not `&str` at all: see the checker test in tests/checker.rs.
    NotUtf8,
}

fn expectation(name: &str) -> Option<Expect> {
    use Expect::*;
    Some(match name {
        "bom.toml" | "crlf.toml" => Loads(|q| {
            assert_eq!(&*q.id, "mini");
            assert_eq!(q.scenarios.len(), 4);
        }),
        "html-and-script.toml" => Loads(|q| {
            assert_eq!(&*q.title, "<h1>Support</h1> or <i>Sales</i>?");
            assert!(q.description.starts_with("<script>alert(document.cookie)</script> & <img"));
            assert_eq!(&*q.roles[0].label, "<b onmouseover=\"alert(1)\">Support agent</b>");
            let s = q.scenario("broken-login").expect("scenario");
            assert_eq!(
                &*s.story,
                "</textarea><script>alert(1)</script><!-- \"quoted\" --> javascript:alert(1)"
            );
            assert!(s.why("agent").is_some_and(|w| w.starts_with("<a href=\"javascript:alert(1)\">")));
        }),
        "rtl-and-emoji.toml" => Loads(|q| {
            assert_eq!(&*q.title, "الدعم أم المبيعات؟ 🤝");
            assert_eq!(&*q.language, "ar");
            assert!(q.description.contains("\u{202e}abc\u{202c}") && q.description.contains("👨‍👩‍👧"));
            assert_eq!(&*q.roles[0].label, "وكيل الدعم 🎧");
        }),
        "overlong-line.toml" => Loads(|q| {
            let story = &q.scenario("broken-login").expect("scenario").story;
            assert!(story.len() > 100_000, "{}", story.len());
        }),
        "deep-arrays.toml" => Problem("values are nested too deeply (the limit is 64)"),
        "deep-inline-tables.toml" | "deep-dotted-key.toml" | "deep-table-header.toml" => {
            Problem("tables are nested too deeply (the limit is 64)")
        }
        "nul-byte.toml" => Problem("control character U+0000"),
        "overlong-line-error.toml" => Problem("expected the end of the line after the value, found `t`"),
        "duplicate-key.toml" => Problem("the key `title` is defined twice in this table (first on line"),
        "table-redefined.toml" => Problem("the table `questions` is defined twice (first on line"),
        "unknown-schema.toml" => Problem("unknown schema version 3: this RoleCall reads schemas 1 to 2"),
        "invalid-utf8.toml" => NotUtf8,
        "date-value.toml" => Problem("dates and times are not supported in RoleCall quiz files"),
        "wrong-types.toml" => Problem("`questions` must be a table, found a string"),
        "unterminated-string.toml" => Problem("unterminated string"),
        "lone-carriage-return.toml" => Problem("a carriage return must be followed by a line feed"),
        "empty.toml" => Problem("missing `schema = 1` at the top of the file"),
        "huge-integer.toml" => Problem("integer out of range"),
        "invisible-character.toml" => Problem("the invisible character U+200B"),
        "markup-in-ids.toml" => Problem("may use only letters, digits, `-` and `_`"),
        "null-like-values.toml" => Problem("invalid value `null`: text must be in quotes"),
        _ => return None,
    })
}

#[test]
fn every_corpus_file_gets_its_expected_answer_in_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/corpus exists")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "the corpus has only {} files", names.len());
    for name in &names {
        let bytes = std::fs::read(dir.join(name)).expect("readable");
        let expect = expectation(name).unwrap_or_else(|| panic!("tests/corpus/{name} has no expectation"));
        let text = match (String::from_utf8(bytes), &expect) {
            (Err(_), Expect::NotUtf8) => continue,
            (Ok(_), Expect::NotUtf8) => panic!("{name} should not be UTF-8"),
            (Err(e), _) => panic!("{name} is not UTF-8: {e}"),
            (Ok(text), _) => text,
        };
        match (checked(&text), expect) {
            (Ok(quiz), Expect::Loads(check)) => check(&quiz),
            (Err(problems), Expect::Problem(needle)) => assert!(
                problems.iter().any(|p| p.message.contains(needle)),
                "{name}: no problem says {needle:?}: {problems:#?}"
            ),
            (Ok(_), _) => panic!("{name} loaded, but it should not"),
            (Err(problems), _) => panic!("{name} should load: {problems:#?}"),
        }
    }
}

#[test]
fn an_error_after_an_overlong_line_has_the_right_column() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/overlong-line-error.toml"),
    )
    .expect("readable");
    let problems = checked(&text).expect_err("refused");
    let line = text.lines().find(|l| l.contains(" trailing")).expect("the long line");
    assert_eq!(problems[0].column as usize, line.find(" trailing").expect("found") + 2);
}

// ---------------------------------------------------------------------------------------------------------
// Large inputs, generated here rather than committed.

/// `mini.toml` up to its first scenario: a valid header, chart and all.
fn mini_head() -> &'static str {
    MINI.split("[[scenarios]]").next().unwrap_or_default()
}

/// `n` copies of `mini.toml`'s first scenario, with ids `s0`, `s1`, ...
fn scenarios(n: usize) -> String {
    let one = MINI.split("[[scenarios]]").nth(1).unwrap_or_default();
    (0..n)
        .map(|i| format!("[[scenarios]]{}", one.replace("\"broken-login\"", &format!("\"s{i}\""))))
        .collect()
}

fn only_problem(text: &str) -> Problem {
    let problems = checked_large(text).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().expect("one problem")
}

#[test]
fn a_ten_megabyte_file_is_refused_before_parsing_with_the_limit() {
    let text = format!("{MINI}\n# {}\n", "x".repeat(10 * 1024 * 1024));
    let p = only_problem(&text);
    assert_eq!(p.message, "the file is 10242 KiB; quiz files are limited to 1024 KiB");
    assert_eq!((p.line, p.column), (1, 1));
    // Ten thousand complete scenarios are far over the size limit too.
    let text = format!("{}{}", mini_head(), scenarios(10_000));
    assert!(only_problem(&text).message.contains("quiz files are limited to 1024 KiB"));
}

#[test]
fn ten_thousand_scenarios_are_refused_with_the_limit_first() {
    // Short ones: ten thousand complete scenarios are over the size limit (above).
    let short: String = (0..10_000).map(|i| format!("[[scenarios]]\nid = \"s{i}\"\n")).collect();
    let problems = checked_large(&format!("{}{short}", mini_head())).expect_err("refused");
    let first = &problems[0];
    assert_eq!(first.message, "there are 10000 scenarios; the limit is 2000");
    assert_eq!(first.line as usize, mini_head().lines().count() + 1, "at the first scenario");
    // Also when the rest of the quiz is broken.
    let problems = checked_large(&format!("schema = 1\n{short}")).expect_err("refused");
    assert!(
        problems.iter().any(|p| p.message == "there are 10000 scenarios; the limit is 2000"),
        "{problems:#?}"
    );
}

#[test]
fn two_thousand_complete_scenarios_load() {
    let quiz = checked_large(&format!("{}{}", mini_head(), scenarios(2000))).expect("loads");
    assert_eq!(quiz.scenarios.len(), 2000);
}

#[test]
fn long_lists_are_refused_with_their_limit() {
    // A megabyte of each list; `N` becomes 0, 1, 2, ... so that ids differ.
    for (entry, what, limit) in [
        ("[[roles]]\nid = \"rN\"\nlabel = \"R\"\n", "roles", 9),
        ("[[teams]]\nid = \"tN\"\nlabel = \"T\"\n", "teams", 9),
        ("[[channels]]\nid = \"cN\"\nlabel = \"C\"\n", "channels", 20),
        ("[[sources]]\nid = \"sN\"\nauthor = \"A\"\ntitle = \"T\"\n", "sources", 2000),
        ("[[chart.rows]]\nid = \"rN\"\nmeasure = \"M\"\nrole = \"r\"\nteam = \"t\"\n", "chart rows", 200),
    ] {
        let mut text = String::from("schema = 1\n");
        let mut n = 0;
        while text.len() < 1_000_000 {
            text.push_str(&entry.replace('N', &n.to_string()));
            n += 1;
        }
        let problems = checked_large(&text).expect_err("refused");
        let message = format!("there are {n} {what}; the limit is {limit}");
        assert!(problems.iter().any(|p| p.message == message), "{what}: {problems:#?}");
    }
}

#[test]
fn a_flood_of_problems_is_cut_short_in_time() {
    // Nearly a megabyte of unknown keys, one per line, then all on one line (where finding columns costs most).
    let keys: Vec<String> = (0..80_000).map(|i| format!("k{i} = 1")).collect();
    for text in [
        format!("schema = 1\n{}\n", keys.join("\n")),
        format!("schema = 1\nquestions = {{ {} }}\n", keys.join(", ")),
    ] {
        let problems = checked_large(&text).expect_err("refused");
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        let last = problems.last().map(|p| p.message.as_str()).unwrap_or_default();
        assert!(last.contains("more problems from here on"), "{last}");
        assert!(last.contains(&format!("only the first {MAX_PROBLEMS} are listed")), "{last}");
    }
    // Unknown entries in a scenario's `why`, each compared with every option for a suggestion.
    let entries: String = (0..30_000).map(|i| format!("w{i} = \"x\"\n")).collect();
    let text = MINI.replacen("[scenarios.why]\n", &format!("[scenarios.why]\n{entries}"), 1);
    assert_eq!(checked_large(&text).expect_err("refused").len(), MAX_PROBLEMS + 1);
}
