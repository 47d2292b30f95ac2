//! The web app's entry point: install the panic hook, read the launch options and mount. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    rolecall::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall is a web app: build it with `trunk build` (see README.md).");
    eprintln!("The quiz checker is `cargo run --quiet --bin rolecall-check -- FILE...`.");
    std::process::exit(2);
}
