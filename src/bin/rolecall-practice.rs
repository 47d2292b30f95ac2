//! The practice page (`practice.html`): the learner's page built with the `practice` feature, so it deals,
//! grades and shows the practice kinds beside the chart's scenarios. Mount it. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    rolecall::pages::learner::start_practice();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall-practice is a page of the RoleCall web app: build it with `bash .ci/build.sh`.");
    std::process::exit(2);
}
