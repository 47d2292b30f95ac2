//! `rolecall-check FILE...`: validate quiz files with the same engine the app uses.
//!
//! With `--emit DIR`, each valid file is also written as the JSON a page plays, `DIR/<quiz id>.<language>.json`
//! (the build does this for the built-in quiz's editions, so no learner's page carries a quiz-text reader),
//! without its practice items, which go to `DIR/<quiz id>.<language>.practice.json` when it has any (only the
//! pages that offer the practice kinds fetch them); an invalid file writes nothing.
//!
//! Valid: exit 0 and a short summary per file. Invalid: exit 1 and one `FILE:LINE:COL: message` line per
//! problem on stderr. Usage errors: exit 2. With `--summary json`, stdout has one JSON object per file, one
//! per line, valid or not (see `Report`); the problem lines still go to stderr, for people reading a CI
//! log.

// The checker is a host tool: its JSON writer (serde) is a host-only dependency. `cargo clippy --target
// wasm32-unknown-unknown --all-targets` still builds every binary, so on wasm32 this one is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::io::Read;
    use std::process::ExitCode;

    use rolecall::engine::load::{MAX_BYTES, Problem, load};
    use rolecall::engine::practice::Practice;
    use rolecall::engine::quiz::Quiz;
    use serde::{Serialize, Serializer};

    const USAGE: &str = "usage: rolecall-check [--summary text|json] [--emit DIR] FILE...";

    pub fn main() -> ExitCode {
        let mut json = false;
        let mut emit = None::<String>;
        let mut files = Vec::new();
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--summary" => match args.next().as_deref() {
                    Some("json") => json = true,
                    Some("text") => json = false,
                    _ => return usage("--summary takes `text` or `json`"),
                },
                "--emit" => match args.next() {
                    Some(dir) if !dir.starts_with('-') => emit = Some(dir),
                    _ => return usage("--emit takes the folder to write the JSON into"),
                },
                "-h" | "--help" => {
                    println!(
                        "{USAGE}\nChecks RoleCall quiz files; prints FILE:LINE:COL: message for each problem."
                    );
                    return ExitCode::SUCCESS;
                }
                flag if flag.starts_with("--") => return usage(&format!("unknown option `{flag}`")),
                _ => files.push(arg),
            }
        }
        if files.is_empty() {
            return usage("no quiz file given");
        }
        if let Some(dir) = &emit
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            eprintln!("rolecall-check: cannot create {dir}: {e}");
            return ExitCode::FAILURE;
        }
        let mut ok = true;
        for file in &files {
            let checked = read(file)
                .and_then(|text| load(&text).map_err(|p| p.into_iter().map(Finding::from).collect()));
            if let Err(findings) = &checked {
                ok = false;
                for f in findings {
                    match f.at {
                        Some((line, column)) => eprintln!("{file}:{line}:{column}: {}", f.message),
                        None => eprintln!("{file}: {}", f.message),
                    }
                }
            }
            if let (Some(dir), Ok(quiz)) = (&emit, &checked) {
                // The scenarios (what index.html plays) and, apart, the practice items (fetched only by the
                // pages that offer them): a scenario learner does not download the practice kinds' items.
                let base = format!("{dir}/{}.{}", quiz.id, quiz.language);
                let scenarios = Quiz { practice: Practice::default(), ..quiz.clone() };
                let mut files = vec![(format!("{base}.json"), serde_json::to_string(&scenarios))];
                if !quiz.practice.is_empty() {
                    files.push((format!("{base}.practice.json"), serde_json::to_string(&quiz.practice)));
                }
                for (out, text) in files {
                    let text = text.expect("a quiz always serializes");
                    if let Err(e) = std::fs::write(&out, text) {
                        eprintln!("rolecall-check: cannot write {out}: {e}");
                        ok = false;
                    }
                }
            }
            match (&checked, json) {
                (_, true) => println!("{}", Report::new(file, &checked).to_json()),
                (Ok(quiz), false) => println!("{file}: ok: {}", summary_text(quiz)),
                (Err(_), false) => {}
            }
        }
        if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
    }

    /// One thing wrong with a file: a problem the loader found, or one found before it could (unreadable, over
    /// the size limit, not UTF-8). `at` (line, column) is `None` when the file could not be read at all.
    struct Finding {
        at: Option<(u32, u32)>,
        message: String,
    }

    impl From<Problem> for Finding {
        fn from(p: Problem) -> Self {
            Self { at: Some((p.line, p.column)), message: p.message }
        }
    }

    /// The file's text, or what stops it being read: unreadable, over the size limit (found without reading
    /// more than the limit, whatever the file's size), or not UTF-8.
    fn read(file: &str) -> Result<String, Vec<Finding>> {
        let fail = |at, message| Err(vec![Finding { at, message }]);
        let mut bytes = Vec::new();
        let opened =
            std::fs::File::open(file).and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes));
        if let Err(e) = opened {
            return fail(None, format!("cannot read the file: {e}"));
        }
        if bytes.len() > MAX_BYTES {
            // The same words as the loader's, which the app shows.
            let size = std::fs::metadata(file).map_or(bytes.len() as u64, |m| m.len());
            let (size, limit) = (size / 1024, MAX_BYTES / 1024);
            return fail(
                Some((1, 1)),
                format!("the file is {size} KiB; quiz files are limited to {limit} KiB"),
            );
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) => {
                let at = utf8_error_position(e.as_bytes(), e.utf8_error().valid_up_to());
                fail(Some(at), "the file is not valid UTF-8 text (save it as UTF-8)".into())
            }
        }
    }

    fn usage(why: &str) -> ExitCode {
        eprintln!("rolecall-check: {why}\n{USAGE}");
        ExitCode::from(2)
    }

    /// "44 scenarios over 10 chart rows (fewest on a row: 4)".
    fn summary_text(quiz: &Quiz) -> String {
        let counts = per_row(quiz);
        let fewest = counts.iter().map(|(_, n)| *n).min().unwrap_or(0);
        let uncovered: Vec<&str> = counts.iter().filter(|(_, n)| *n == 0).map(|(id, _)| *id).collect();
        let mut s = format!(
            "{} scenarios over {} chart rows (fewest on a row: {fewest})",
            quiz.scenarios.len(),
            counts.len()
        );
        if !uncovered.is_empty() {
            s.push_str(&format!("; rows with no scenario: {}", uncovered.join(", ")));
        }
        let practice = per_kind(quiz);
        if !practice.is_empty() {
            let counts: Vec<String> = practice.iter().map(|(kind, n)| format!("{n} {kind}")).collect();
            let total: usize = practice.iter().map(|(_, n)| n).sum();
            s.push_str(&format!("; {total} practice items ({})", counts.join(", ")));
        }
        s
    }

    /// Practice items per kind, for the kinds the quiz has, in the kinds' order.
    fn per_kind(quiz: &Quiz) -> Vec<(&'static str, usize)> {
        let items = &quiz.practice.items;
        quiz.practice
            .kinds()
            .into_iter()
            .map(|k| (k.tag(), items.iter().filter(|i| i.kind == k).count()))
            .collect()
    }

    /// One file's line of `--summary json`: `{"file": …, "ok": true, "scenarios": N, "per_row": {…}}` for a
    /// valid file (with `"practice": {kind: N, …}` when it has practice items), `{"file": …, "ok": false, "problems": [{"line": L, "column": C, "message": …}]}` otherwise.
    #[derive(Serialize)]
    struct Report<'a> {
        file: &'a str,
        #[serde(flatten)]
        outcome: Outcome<'a>,
    }

    #[derive(Serialize)]
    #[serde(untagged)]
    enum Outcome<'a> {
        Valid {
            ok: bool,
            scenarios: usize,
            per_row: PerRow<'a>,
            #[serde(skip_serializing_if = "PerRow::is_empty")]
            practice: PerRow<'a>,
        },
        Invalid {
            ok: bool,
            problems: Vec<JsonProblem<'a>>,
        },
    }

    /// Scenarios per chart row (or practice items per kind), as a JSON object in the file's order (a map type
    /// would sort the keys).
    struct PerRow<'a>(Vec<(&'a str, usize)>);

    impl PerRow<'_> {
        fn is_empty(&self) -> bool {
            self.0.is_empty()
        }
    }

    impl Serialize for PerRow<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_map(self.0.iter().copied())
        }
    }

    /// A problem; `line` and `column` are left out when the file could not be read at all.
    #[derive(Serialize)]
    struct JsonProblem<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<u32>,
        #[serde(skip_serializing_if = "Option::is_none")]
        column: Option<u32>,
        message: &'a str,
    }

    impl<'a> Report<'a> {
        fn new(file: &'a str, checked: &'a Result<Quiz, Vec<Finding>>) -> Self {
            let outcome = match checked {
                Ok(quiz) => Outcome::Valid {
                    ok: true,
                    scenarios: quiz.scenarios.len(),
                    per_row: PerRow(per_row(quiz)),
                    practice: PerRow(per_kind(quiz)),
                },
                Err(findings) => Outcome::Invalid {
                    ok: false,
                    problems: findings
                        .iter()
                        .map(|f| JsonProblem {
                            line: f.at.map(|(l, _)| l),
                            column: f.at.map(|(_, c)| c),
                            message: &f.message,
                        })
                        .collect(),
                },
            };
            Self { file, outcome }
        }

        fn to_json(&self) -> String {
            // Serializing plain strings and numbers cannot fail; should it ever, the line still says so in JSON.
            serde_json::to_string(self).unwrap_or_else(|e| {
                serde_json::json!({ "file": self.file, "ok": false, "problems": [{ "message": e.to_string() }] })
                    .to_string()
            })
        }
    }

    fn per_row(quiz: &Quiz) -> Vec<(&str, usize)> {
        quiz.chart
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| (&*row.id, quiz.scenarios.iter().filter(|s| s.row == i).count()))
            .collect()
    }

    /// 1-based line and column (in characters) of the first invalid byte.
    fn utf8_error_position(bytes: &[u8], valid_up_to: usize) -> (u32, u32) {
        let valid = String::from_utf8_lossy(&bytes[..valid_up_to]);
        // A byte order mark is not a column, as in the loader's positions.
        let valid = valid.strip_prefix('\u{feff}').unwrap_or(&valid);
        let line = valid.matches('\n').count() + 1;
        let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        let saturate = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        (saturate(line), saturate(col))
    }
}
