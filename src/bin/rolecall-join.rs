//! The phone page (`join.html`): mount it. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    rolecall::pages::join::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall-join is a page of the RoleCall web app: build it with `bash .ci/build.sh`.");
    std::process::exit(2);
}
