//! The learner's page (`index.html`, self-study of the built-in quiz): mount it. Nothing else; the page is
//! [`rolecall::pages::learner::StudyPage`].

#[cfg(target_arch = "wasm32")]
fn main() {
    rolecall::pages::learner::start_study();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall is a web app: build it with `bash .ci/build.sh` (see README.md).");
    eprintln!("The quiz checker is `cargo run --quiet --bin rolecall-check -- FILE...`.");
    std::process::exit(2);
}
