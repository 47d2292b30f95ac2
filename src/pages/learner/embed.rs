//! The embed (`embed.html`, and `mode=embed` on the practice page): the built-in quiz's flow in a compact
//! layout for another site's iframe, with no page chrome, reporting its height (of loading and error screens
//! too) and sending each answer and the finished session to the host page. It keeps nothing across visits.

use yew::prelude::*;

use super::{QuizFlow, built_in_quiz, options_notice, use_built_in_quiz};
use crate::app::{
    AppContext, Start, mount_as, use_frame_height, use_launch_options, use_results_out, use_session,
};
use crate::i18n::Lang;
use crate::interop::launch::Mode;
use crate::platform::{location, page};

/// Mount the embed page. It is an embed whatever the address's `mode=` says (`assets/route.js` sends a quiz
/// of one's own or a practice kind on to the page that plays it, with `mode=embed`); it opens no storage
/// and registers no service worker.
pub fn start_embed() {
    mount_as::<EmbedPage>(read, |start| EmbedPageProps { start });
}

/// What the embed knows when it starts: the address's options as an embed's, and the language of its
/// `lang=`, else the reader's browser (an embed keeps no choice of its own).
fn read() -> Start {
    let mut options = location::options();
    options.mode = Mode::Embed;
    let lang = options
        .lang
        .unwrap_or_else(|| Lang::negotiate(page::preferred_languages().iter().map(String::as_str)));
    Start { options: options.into(), store: None, lang }
}

#[derive(Properties, PartialEq)]
pub struct EmbedPageProps {
    pub start: Start,
}

/// The embed's root: the built-in quiz in its edition, in a `main` whose height goes to the host page.
#[component]
pub fn EmbedPage(props: &EmbedPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let loaded = use_built_in_quiz(options.clone(), store.clone(), lang);
    let content = use_node_ref();
    use_frame_height(content.clone(), true);
    html! {
        <main class="rolecall is-embed" ref={content}>
            <AppContext options={options.clone()} {lang}>
                { built_in_quiz(&loaded, store, lang, html! { <Embed /> }) }
                { options_notice(&options, lang) }
            </AppContext>
        </main>
    }
}

/// The quiz flow, compact, sending its results to the host page.
#[component]
pub fn Embed() -> Html {
    let session = use_session();
    let options = use_launch_options();
    use_results_out(session, options.pass_mark());
    html! { <QuizFlow compact=true /> }
}
