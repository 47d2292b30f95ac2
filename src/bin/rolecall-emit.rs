//! `rolecall-emit DIR FILE...`: check quiz files with the same engine the app uses and write each as the
//! JSON a page plays, `DIR/<quiz id>.<language>.json`. The build runs it on the built-in quiz's editions, so
//! no learner's page carries a quiz-text reader: it reads the JSON with the browser's own parser.
//!
//! A file with problems writes nothing: it prints one `FILE:LINE:COL: message` line per problem on stderr
//! and exits 1, and the build stops. Usage errors exit 2.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    host::main()
}

/// The tool itself: host only (serde_json is a host dependency; the browser reads JSON with its own parser).
#[cfg(not(target_arch = "wasm32"))]
mod host {
    use std::process::ExitCode;

    use rolecall::engine::load::load;

    const USAGE: &str = "usage: rolecall-emit DIR FILE...";

    pub fn main() -> ExitCode {
        let mut args = std::env::args().skip(1);
        let (Some(dir), files) = (args.next(), args.collect::<Vec<_>>()) else {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        };
        if files.is_empty() || dir.starts_with('-') {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        if let Err(e) = std::fs::create_dir_all(&dir) {
            eprintln!("rolecall-emit: cannot create {dir}: {e}");
            return ExitCode::FAILURE;
        }
        let mut ok = true;
        for file in &files {
            let text = match std::fs::read_to_string(file) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("{file}: cannot read: {e}");
                    ok = false;
                    continue;
                }
            };
            match load(&text) {
                Ok(quiz) => {
                    let out = format!("{dir}/{}.{}.json", quiz.id, quiz.language);
                    let json = serde_json::to_string(&quiz).expect("a quiz always serializes");
                    if let Err(e) = std::fs::write(&out, json) {
                        eprintln!("rolecall-emit: cannot write {out}: {e}");
                        ok = false;
                    } else {
                        println!("{file} -> {out}");
                    }
                }
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
}
