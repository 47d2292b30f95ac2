//! What more than one host test uses. Each test file that needs it says `mod common;`.
#![allow(dead_code)] // Each test crate uses a part.

use std::time::{Duration, Instant};

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
