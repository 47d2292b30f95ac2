//! The Yew root: find the quiz (built in, or fetched from the `quiz=` URL option), show its problems if it
//! has any, and otherwise hand it to the mode the URL asks for (self-study, or embed). In embed mode the
//! frame's height follows the whole page, loading and error screens included.

mod embed;
mod session;

pub use embed::{use_frame_height, use_results_out};
pub use session::{SessionContext, SessionProvider, SessionState, initial_session, use_session};

use std::rc::Rc;

use yew::prelude::*;

use crate::components::ProblemList;
use crate::engine::load::{Problem, load};
use crate::engine::quiz::Quiz;
use crate::engine::session::Deal;
use crate::modes::{Embed, SelfStudy};
use crate::platform::launch::{self, LaunchOptions, Mode};
use crate::platform::{clock, fetch, page};

/// The built-in bank, in the same text format authors use. Parsed at start-up (about a millisecond).
pub const BUILT_IN: (&str, &str) = ("cm-vs-smm.toml", include_str!("../../assets/quizzes/cm-vs-smm.toml"));

/// Mount the app on the page's `#rolecall` element (or the body).
pub fn start() {
    yew::set_custom_panic_hook(Box::new(crate::platform::report_panic));
    let options = launch::from_location();
    // Without the attributes the page still works, in the system's colours and the full layout.
    let _ = page::present(options.theme, options.mode);
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rolecall").or_else(|| d.body().map(Into::into)));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { options: Rc::new(options) }).render();
    }
}

/// The launch options, provided by [`App`] to the modes.
#[hook]
pub fn use_launch_options() -> Rc<LaunchOptions> {
    use_context::<Rc<LaunchOptions>>().unwrap_or_default()
}

/// Where the quiz stands.
#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    Ready(Rc<Quiz>),
    /// The file was read but is not a valid quiz.
    Invalid {
        file: String,
        problems: Rc<Vec<Problem>>,
    },
    /// The file could not be read at all.
    Unreachable {
        file: String,
        message: String,
    },
}

fn from_text(file: &str, text: &str) -> Loaded {
    match load(text) {
        Ok(quiz) => Loaded::Ready(Rc::new(quiz)),
        Err(problems) => Loaded::Invalid { file: file.to_string(), problems: Rc::new(problems) },
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub options: Rc<LaunchOptions>,
}

/// The root component.
#[component]
pub fn App(props: &AppProps) -> Html {
    let options = props.options.clone();
    let embedded = options.mode == Mode::Embed;
    let content = use_node_ref();
    use_frame_height(content.clone(), embedded);
    let loaded = {
        let options = options.clone();
        use_state(move || match &options.quiz {
            None => from_text(BUILT_IN.0, BUILT_IN.1),
            Some(_) => Loaded::Loading,
        })
    };
    {
        let loaded = loaded.clone();
        use_effect_with(options.quiz.clone(), move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(match fetch::text(&url).await {
                        Ok(text) => from_text(&url, &text),
                        Err(e) => Loaded::Unreachable { file: url, message: e.to_string() },
                    });
                });
            }
        });
    }
    let body = match &*loaded {
        Loaded::Loading => {
            html! { <p class="panel loading" role="status">{ "Loading the quiz…" }</p> }
        }
        Loaded::Ready(quiz) => {
            let deal = options.start.then(|| Deal {
                seed: options.seed.unwrap_or_else(clock::random_seed),
                count: options.count,
                rows: options.rows.iter().map(|r| r.as_str().into()).collect(),
                feedback: options.feedback,
            });
            html! {
                <ContextProvider<Rc<LaunchOptions>> context={options.clone()}>
                    <SessionProvider initial={initial_session(quiz.clone(), deal)}>
                        if embedded { <Embed /> } else { <SelfStudy /> }
                    </SessionProvider>
                </ContextProvider<Rc<LaunchOptions>>>
            }
        }
        Loaded::Invalid { file, problems } => {
            let count = problems.len();
            html! {
                <ProblemList
                    heading={if count == 1 { "This quiz file has a problem".to_string() } else { format!("This quiz file has {count} problems") }}
                    file={file.clone()}
                    problems={problems.iter().map(|p| (p.line, p.column, p.message.clone())).collect::<Vec<_>>()}
                    hint="Fix the file and reload this page. The command-line checker (rolecall-check) reports the same problems." />
            }
        }
        Loaded::Unreachable { file, message } => html! {
            <ProblemList heading="The quiz could not be loaded" file={file.clone()}
                problems={vec![(0, 0, message.clone())]}
                hint="Check the address in the quiz= option, and that the server allows this page to read it." />
        },
    };
    html! {
        <main class={classes!("rolecall", embedded.then_some("is-embed"))} ref={content}>
            { body }
            if !options.problems.is_empty() {
                <aside class="notice" aria-label="Ignored options">
                    { for options.problems.iter().map(|p| html! { <p>{ p.clone() }</p> }) }
                </aside>
            }
        </main>
    }
}
