//! `rolecall-check FILE...`: validate quiz files with the same engine the app uses.
//!
//! Valid: exit 0 and a short summary per file (or, with `--summary json`, one JSON object per file on
//! stdout). Invalid: exit 1 and one `FILE:LINE:COL: message` line per problem on stderr. Usage errors: exit 2.

use std::io::Read;
use std::process::ExitCode;

use rolecall::engine::load::{MAX_BYTES, load};
use rolecall::engine::quiz::Quiz;

const USAGE: &str = "usage: rolecall-check [--summary text|json] FILE...";

fn main() -> ExitCode {
    let mut json = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--summary" => match args.next().as_deref() {
                Some("json") => json = true,
                Some("text") => json = false,
                _ => return usage("--summary takes `text` or `json`"),
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
    let mut ok = true;
    for file in &files {
        let text = match read(file) {
            Ok(text) => text,
            Err(message) => {
                eprintln!("{message}");
                ok = false;
                continue;
            }
        };
        match load(&text) {
            Ok(quiz) if json => println!("{}", summary_json(&quiz)),
            Ok(quiz) => println!("{file}: ok: {}", summary_text(&quiz)),
            Err(problems) => {
                ok = false;
                for p in &problems {
                    eprintln!("{}", p.in_file(file));
                }
            }
        }
    }
    if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// The file's text, or the line to print: unreadable, over the size limit (found without reading more than
/// the limit, whatever the file's size), or not UTF-8.
fn read(file: &str) -> Result<String, String> {
    let cannot = |e: std::io::Error| format!("{file}: cannot read the file: {e}");
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes))
        .map_err(cannot)?;
    if bytes.len() > MAX_BYTES {
        // The same words as the loader's, which the app shows.
        let size = std::fs::metadata(file).map_or(bytes.len() as u64, |m| m.len());
        let (size, limit) = (size / 1024, MAX_BYTES / 1024);
        return Err(format!("{file}:1:1: the file is {size} KiB; quiz files are limited to {limit} KiB"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let (line, col) = utf8_error_position(e.as_bytes(), e.utf8_error().valid_up_to());
        format!("{file}:{line}:{col}: the file is not valid UTF-8 text (save it as UTF-8)")
    })
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
    s
}

/// `{"scenarios": N, "per_row": {"<row id>": n, ...}}`, rows in chart order.
fn summary_json(quiz: &Quiz) -> String {
    let rows: Vec<String> = per_row(quiz).iter().map(|(id, n)| format!("{}: {n}", json_string(id))).collect();
    format!("{{\"scenarios\": {}, \"per_row\": {{{}}}}}", quiz.scenarios.len(), rows.join(", "))
}

fn per_row(quiz: &Quiz) -> Vec<(&str, usize)> {
    quiz.chart
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| (&*row.id, quiz.scenarios.iter().filter(|s| s.row == i).count()))
        .collect()
}

/// Ids are restricted to `[A-Za-z0-9_-]`, but escape anyway so the output is always valid JSON.
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// 1-based line and column (in characters) of the first invalid byte.
fn utf8_error_position(bytes: &[u8], valid_up_to: usize) -> (usize, usize) {
    let valid = String::from_utf8_lossy(&bytes[..valid_up_to]);
    let line = valid.matches('\n').count() + 1;
    let col = valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}
