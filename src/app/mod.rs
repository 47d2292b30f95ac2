//! The Yew root: find the quiz (built in, or fetched from the `quiz=` URL option), show its problems if it
//! has any, and otherwise hand it to the mode: self-study, presenting to a class (`mode=present`, or the
//! start screen's button, which also writes `mode=present` into the address so a reload stays there),
//! embed (`mode=embed`), where the frame's height follows the whole page, loading and error screens included,
//! or the editor (`mode=edit`), which opens on the quiz's text even when it has problems.

mod embed;
mod presenter;
mod quiz_source;
mod session;
pub mod share;

pub use embed::{use_frame_height, use_results_out};
pub use presenter::{PresenterMsg, PresenterState};
pub use quiz_source::{QuizSource, use_quiz_source};
pub use session::{
    SessionContext, SessionProvider, SessionState, initial_session, restored_session, use_session,
};

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{LanguageSwitch, ProblemList, QuizFilePanel, QuizSourceNotice};
use crate::engine::session::Deal;
use crate::i18n::Lang;
use crate::modes::{EditorMode, Embed, PresenterMode, SelfStudy};
use crate::platform::launch::{self, LaunchOptions, Mode};
use crate::platform::source::{Loaded, Origin};
use crate::platform::storage::{self, Store};
use crate::platform::{clock, page};

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
    // A quiz file opens in place of the quiz in self-study only: an embed is someone else's page, and a
    // presenter is in front of a class.
    let files = !embedded && *mode == Mode::Study;
    let source = use_quiz_source(options.clone(), files);
    let notice_ref = use_node_ref();
    {
        // Opening a file rebuilds the screen under the file input: the notice saying what opened takes the
        // focus, so keyboard and screen-reader users land on it.
        let notice_ref = notice_ref.clone();
        use_effect_with(source.opened.clone(), move |opened| {
            if opened.is_some()
                && let Some(el) = notice_ref.cast::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
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
    let tl = &lang.text().load;
    let current = &source.current;
    let editing = *mode == Mode::Edit;
    // The editor opens on any text that could be read, broken or not: fixing it is what it is for. It keeps
    // no session. Its draft is kept under the file's name (a share link's under one name in every language).
    let editor = current.text.as_ref().filter(|_| editing).map(|text| {
        let file = match &current.origin {
            Origin::Shared => "shared-link".to_string(),
            origin => origin.file_name(tl),
        };
        html! {
            <ContextProvider<Rc<LaunchOptions>> context={options.clone()}>
            <ContextProvider<Lang> context={*lang}>
                <EditorMode {file} source={text.clone()} store={(*store).clone()} />
            </ContextProvider<Lang>>
            </ContextProvider<Rc<LaunchOptions>>>
        }
    });
    // The session a newly ready quiz starts from: read (and, if unreadable, set aside) once per quiz, not on
    // every render of the page (a language switch, a file dragged over it). The provider below only reads it
    // when it mounts, which it does once per quiz.
    let restored = {
        let (current, store, options) = (current.clone(), store.clone(), options.clone());
        let ready = matches!(current.loaded, Loaded::Ready(_));
        let presenting = *mode == Mode::Present;
        use_memo((current.generation, ready), move |_| {
            let Loaded::Ready(quiz) = &current.loaded else { return None };
            let deal = (options.start && !presenting).then(|| Deal {
                seed: options.seed.unwrap_or_else(clock::random_seed),
                count: options.count,
                rows: options.rows.iter().map(|r| r.as_str().into()).collect(),
                at: clock::now(),
                feedback: options.feedback,
                ..Deal::default()
            });
            Some(match &*store {
                Some(store) => restored_session(quiz.clone(), store, deal),
                None => (initial_session(quiz.clone(), deal), false),
            })
        })
    };
    let body = match &current.loaded {
        _ if editor.is_some() => editor.unwrap_or_default(),
        Loaded::Loading => {
            html! { <p class="panel loading" role="status">{ t.loading }</p> }
        }
        Loaded::Ready(_) => {
            // Always there: the memo is keyed on the quiz being ready.
            let Some((initial, set_aside)) = (*restored).clone() else { return Html::default() };
            let store = (*store).clone();
            html! {
                <ContextProvider<Rc<LaunchOptions>> context={options.clone()}>
                <ContextProvider<Lang> context={*lang}>
                    <SessionProvider key={current.generation} {initial} store={store} {set_aside}>
                        if embedded {
                            <Embed />
                        } else if *mode == Mode::Present {
                            <PresenterMode on_exit={switch_to(Mode::Study)} />
                        } else {
                            <SelfStudy on_present={switch_to(Mode::Present)}
                                on_open_file={source.open_file.clone()} />
                        }
                    </SessionProvider>
                </ContextProvider<Lang>>
                </ContextProvider<Rc<LaunchOptions>>>
            }
        }
        Loaded::Invalid(_) | Loaded::Failed(_) => {
            let screen = current.problems(*lang).unwrap_or_default();
            html! {
                <>
                    <ProblemList heading={screen.heading} file={screen.file} problems={screen.problems}
                        hint={screen.hint} />
                    if files {
                        <QuizFilePanel lang={*lang} on_file={source.open_file.clone()}
                            on_back={(current.origin != Origin::BuiltIn).then(|| source.back.clone())} />
                    }
                </>
            }
        }
    };
    let showing = match (&current.origin, &current.loaded) {
        (Origin::File(file), Loaded::Ready(quiz)) if files => Some((quiz.title.clone(), file.clone())),
        _ => None,
    };
    html! {
        <main class={classes!("rolecall", (*mode == Mode::Present).then_some("presenting"),
                embedded.then_some("is-embed"), editing.then_some("editing"))}
            ref={content}>
            if let Some((title, file)) = showing {
                <QuizSourceNotice lang={*lang} title={title.to_string()} file={file} on_back={source.back.clone()}
                    focus_ref={notice_ref} />
            }
            { body }
            if files && source.dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ tl.drop_hint }</p></div>
            }
            if !embedded {
                <p class="visually-hidden" role="status">
                    if let Some((title, file)) = &source.opened { { tl.opened.fill([title, file]) } }
                </p>
            }
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
