//! What more than one host test uses. Each test file that needs it says `mod common;`.
#![allow(dead_code)] // Each test crate uses a part.

use std::rc::Rc;
use std::time::{Duration, Instant};

use rolecall::engine::presenter::{Presenter, RecordError, SavedClass};
use rolecall::engine::quiz::Quiz;

/// Fragments of TOML, with the characters that tend to break readers: random documents are built from them
/// and real files are mutated with them.
pub const TOML_PIECES: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    ",",
    ".",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\\",
    "\\u",
    "\\U",
    "#",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "a",
    "b",
    "key",
    "1",
    "0x",
    "_",
    "-",
    "+",
    "e",
    "inf",
    "nan",
    "true",
    "1979-05-27",
    ":",
    "é",
    "😀",
    "\u{0}",
    "\u{7f}",
    "\u{feff}",
    "a = ",
    "[t]\n",
    "x.y",
    "\"q\"",
    "9223372036854775808",
];

/// Measures this thread's CPU time on Linux (from `/proc/thread-self/stat`, in 10 ms ticks), and wall-clock
/// time elsewhere. CI machines are shared: wall-clock time there can be several times the work done.
pub struct Stopwatch {
    wall: Instant,
    cpu: Option<Duration>,
}

impl Stopwatch {
    pub fn start() -> Self {
        Self { wall: Instant::now(), cpu: thread_cpu_time() }
    }

    pub fn elapsed(&self) -> Duration {
        match (self.cpu, thread_cpu_time()) {
            (Some(start), Some(now)) => now.saturating_sub(start),
            _ => self.wall.elapsed(),
        }
    }
}

/// User + system time of the calling thread: fields 14 and 15 of its `stat`, in clock ticks of 1/100 s.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After the command name in parentheses, fields count from 3 (the state).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |field: usize| fields.get(field - 3)?.parse::<u64>().ok();
    Some(Duration::from_millis((ticks(14)? + ticks(15)?) * 10))
}

/// Every shipped quiz, `assets/quizzes/*.toml`, as (file name, quiz), in file-name order; a quiz with problems
/// fails the test that asks.
pub fn shipped_quizzes() -> Vec<(String, rolecall::engine::quiz::Quiz)> {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/quizzes");
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .expect("assets/quizzes")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "the shipped quizzes: {files:?}");
    files
        .into_iter()
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("readable");
            let quiz =
                rolecall::engine::load::load(&text).unwrap_or_else(|p| panic!("{name} has problems: {p:#?}"));
            (name, quiz)
        })
        .collect()
}

/// Split an RFC 4180 document into records of fields (enough for these tests: quoted fields, "" escapes).
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let (mut row, mut field, mut quoted, mut chars) = (vec![], String::new(), false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {
                assert_eq!(chars.next(), Some('\n'), "CR must be followed by LF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the file ends with CRLF");
    rows
}

/// A class's record as the presenter's page saves it.
pub fn saved_json(p: &Presenter) -> String {
    serde_json::to_string(&p.saved()).expect("a class always serializes")
}

/// Resume from JSON as the page does, with serde_json standing in for the browser's `JSON.parse`.
pub fn resumed(quiz: Rc<Quiz>, json: &str) -> Result<Presenter, RecordError> {
    let saved: SavedClass =
        serde_json::from_str(json).map_err(|_| RecordError { line: 0, what: "not JSON" })?;
    Presenter::restore(quiz, saved)
}
