//! The Yew root: find the quiz (built in, or fetched from the `quiz=` URL option), show its problems if it
//! has any, and otherwise hand it to the mode: self-study, presenting to a class (`mode=present`, or the
//! start screen's button, which also writes `mode=present` into the address so a reload stays there),
//! embed (`mode=embed`), where the frame's height follows the whole page, loading and error screens included,
//! or the editor (`mode=edit`), which opens on the quiz's text even when it has problems.

mod embed;
mod presenter;
mod session;

pub use embed::{use_frame_height, use_results_out};
pub use presenter::{PresenterMsg, PresenterState};
pub use session::{
    SessionContext, SessionProvider, SessionState, initial_session, restored_session, use_session,
};

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{LanguageSwitch, ProblemList};
use crate::engine::load::{Problem, load};
use crate::engine::quiz::Quiz;
use crate::engine::session::Deal;
use crate::i18n::Lang;
use crate::modes::{EditorMode, Embed, PresenterMode, SelfStudy};
use crate::platform::launch::{self, LaunchOptions, Mode};
use crate::platform::storage::{self, Store};
use crate::platform::{clock, fetch, page};

/// The built-in bank, in the same text format authors use. Parsed at start-up (about a millisecond).
pub const BUILT_IN: (&str, &str) = ("cm-vs-smm.toml", include_str!("../../assets/quizzes/cm-vs-smm.toml"));

/// Mount the app on the page's `#rolecall` element (or the body).
pub fn start() {
    yew::set_custom_panic_hook(Box::new(crate::platform::report_panic));
    let options = launch::from_location();
    // Without the attributes the page still works, in the system's colours and the full layout.
    let _ = page::present(options.theme, options.mode);
    let embedded = options.mode == Mode::Embed;
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("rolecall").or_else(|| d.body().map(Into::into)));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, AppProps { options: Rc::new(options) }).render();
    }
    // After the first render, so it never competes with showing the first question. Not in an embed: a
    // service worker is storage, which an embed never touches (and a sandboxed frame has none).
    if !embedded {
        crate::platform::offline::register();
    }
}

/// The launch options, provided by [`App`] to the modes.
#[hook]
pub fn use_launch_options() -> Rc<LaunchOptions> {
    use_context::<Rc<LaunchOptions>>().unwrap_or_default()
}

/// The interface language, provided by [`App`]: components take it as a prop, modes read it here.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Where the reader's choice of language is kept (one for every quiz).
fn lang_key() -> String {
    format!("{}.lang", storage::PREFIX)
}

/// The language to start in: the URL's `lang=`, else the reader's last choice, else the browser's
/// preferences, else English.
fn initial_lang(options: &LaunchOptions, store: Option<&Store>) -> Lang {
    options
        .lang
        .or_else(|| store.and_then(|s| s.get(&lang_key())).and_then(|tag| Lang::from_tag(&tag)))
        .unwrap_or_else(|| Lang::negotiate(page::preferred_languages().iter().map(String::as_str)))
}

/// Where the quiz stands.
#[derive(Clone, PartialEq)]
enum Loaded {
    Loading,
    /// The quiz, and the file it was read from with its text (for the editor).
    Ready(Rc<Quiz>, String, Rc<str>),
    /// The file was read but is not a valid quiz.
    Invalid {
        file: String,
        text: Rc<str>,
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
        Ok(quiz) => Loaded::Ready(Rc::new(quiz), file.to_string(), text.into()),
        Err(problems) => {
            Loaded::Invalid { file: file.to_string(), text: text.into(), problems: Rc::new(problems) }
        }
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
    let mode = use_state(|| options.mode);
    let switch_to = |to: Mode| {
        let mode = mode.clone();
        Callback::from(move |()| {
            // The address is a convenience (a reload keeps the mode); the switch works without it.
            let _ = launch::set_mode(to);
            mode.set(to);
        })
    };
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
    // Opened once per page; it never throws and falls back to memory. An embedded quiz keeps nothing: it
    // usually runs sandboxed without storage, and a blog's reader expects a fresh quiz.
    let store = use_memo(embedded, |&embedded| (!embedded).then(Store::open));
    let lang = {
        let (options, store) = (options.clone(), store.clone());
        use_state(move || initial_lang(&options, store.as_ref().as_ref()))
    };
    use_effect_with(*lang, |lang| page::set_language(lang.tag()));
    let on_lang = {
        let (lang, store) = (lang.clone(), store.clone());
        Callback::from(move |chosen: Lang| {
            if let Some(store) = &*store {
                // A full or blocked store keeps the choice in memory for this visit; nothing to say.
                let _ = store.set(&lang_key(), chosen.tag());
            }
            let _ = launch::set_lang(chosen);
            lang.set(chosen);
        })
    };
    let t = &lang.text().app;
    let editing = *mode == Mode::Edit;
    let body = match &*loaded {
        Loaded::Loading => {
            html! { <p class="panel loading" role="status">{ t.loading }</p> }
        }
        // The editor opens on a broken file too: fixing it is what it is for. It keeps no session.
        Loaded::Ready(_, file, text) | Loaded::Invalid { file, text, .. } if editing => html! {
            <ContextProvider<Rc<LaunchOptions>> context={options.clone()}>
            <ContextProvider<Lang> context={*lang}>
                <EditorMode file={file.clone()} source={text.clone()} store={(*store).clone()} />
            </ContextProvider<Lang>>
            </ContextProvider<Rc<LaunchOptions>>>
        },
        Loaded::Ready(quiz, ..) => {
            let deal = (options.start && *mode != Mode::Present).then(|| Deal {
                seed: options.seed.unwrap_or_else(clock::random_seed),
                count: options.count,
                rows: options.rows.iter().map(|r| r.as_str().into()).collect(),
                at: clock::now(),
                feedback: options.feedback,
                ..Deal::default()
            });
            let (initial, set_aside) = match &*store {
                Some(store) => restored_session(quiz.clone(), store, deal),
                None => (initial_session(quiz.clone(), deal), false),
            };
            let store = (*store).clone();
            html! {
                <ContextProvider<Rc<LaunchOptions>> context={options.clone()}>
                <ContextProvider<Lang> context={*lang}>
                    <SessionProvider {initial} store={store} {set_aside}>
                        if embedded {
                            <Embed />
                        } else if *mode == Mode::Present {
                            <PresenterMode on_exit={switch_to(Mode::Study)} />
                        } else {
                            <SelfStudy on_present={switch_to(Mode::Present)} />
                        }
                    </SessionProvider>
                </ContextProvider<Lang>>
                </ContextProvider<Rc<LaunchOptions>>>
            }
        }
        Loaded::Invalid { file, problems, .. } => {
            html! {
                <ProblemList
                    heading={(t.file_problems)(problems.len())}
                    file={file.clone()}
                    problems={problems.iter().map(|p| (p.line, p.column, p.message.clone())).collect::<Vec<_>>()}
                    hint={t.file_problems_hint} />
            }
        }
        Loaded::Unreachable { file, message } => html! {
            <ProblemList heading={t.unreachable} file={file.clone()}
                problems={vec![(0, 0, message.clone())]}
                hint={t.unreachable_hint} />
        },
    };
    html! {
        <main class={classes!("rolecall", (*mode == Mode::Present).then_some("presenting"),
                embedded.then_some("is-embed"), editing.then_some("editing"))}
            ref={content}>
            { body }
            if !options.problems.is_empty() {
                <aside class="notice" aria-label={t.ignored_options}>
                    { for options.problems.iter().map(|p| html! { <p>{ p.words(&lang.text().launch) }</p> }) }
                </aside>
            }
            // An embed takes its language from the snippet's `lang=` or the reader's browser: a blog post
            // has no room for app chrome.
            if !embedded {
                <footer class="app-footer">
                    <LanguageSwitch lang={*lang} on_change={on_lang} />
                    // The way into the editor, from self-study only (a projector is no place to write).
                    if *mode == Mode::Study && let Some(href) = launch::link_in_mode(Mode::Edit) {
                        <p><a href={href}>{ lang.text().editor.open }</a></p>
                    }
                </footer>
            }
        </main>
    }
}
