//! The embed page (`embed.html`): the built-in quiz in another site's iframe. Mount it. Nothing else; the
//! page is [`rolecall::pages::learner::EmbedPage`].

#[cfg(target_arch = "wasm32")]
fn main() {
    rolecall::pages::learner::start_embed();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("rolecall-embed is a page of the RoleCall web app: build it with `bash .ci/build.sh`.");
    std::process::exit(2);
}
