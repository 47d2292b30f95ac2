//! The `use_quiz_source` hook of the pages that open any quiz (the player, the presenter, the editor): which
//! quiz the page shows and how it got there. It starts from the launch options (a share link's quiz, the
//! `quiz=` file, a file handed over by the learner's page, or the built-in quiz), fetches or unpacks it, and
//! lets the reader open a file picked or dropped on the page. Decisions and wording live in
//! [`crate::interop::source`]; this is the effects around them.
//!
//! When a quiz is ready, the page's `restore` turns it into what the page shows (a session resumed from
//! storage, a class): in the same task that read the quiz, never while rendering.
//!
//! Quiz text is checked by the page's [`TextReader`]: the reader module, loaded only once there is text to
//! read ([`ReaderModule`]), or the loader linked into the page where it is there anyway ([`LinkedLoader`],
//! the editor's). The choice is a type, so a page links only the one it names.

use std::future::Future;
use std::rc::Rc;

use yew::prelude::*;

use super::{EditionError, Restore, load_edition};
use crate::i18n::Lang;
use crate::interop::launch::LaunchOptions;
use crate::interop::source::{
    Current, Failure, FetchError, Loaded, OPENED_KEY, OpenedFile, Origin, from_text,
};
use crate::platform::{fetch, file, file_drop, json, reader, storage};

/// How a page checks quiz text.
pub trait TextReader: Copy + 'static {
    /// Get ready for text that is on its way (a fetch, a share link being inflated).
    fn prepare();
    /// What `text` is: a quiz, its problems, or why it cannot be one.
    fn check(text: Rc<str>) -> impl Future<Output = Loaded>;
}

/// The quiz-text reader module (`platform::reader`), imported the first time there is text to check: the
/// page itself links no TOML reader. A reader that cannot be loaded is [`Failure::NoReader`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReaderModule;

impl TextReader for ReaderModule {
    fn prepare() {
        reader::prepare();
    }

    async fn check(text: Rc<str>) -> Loaded {
        reader::read(&text).await.map_or(Loaded::Failed(Failure::NoReader), Loaded::from)
    }
}

/// The loader linked into the page ([`from_text`]): for the editor, whose live check links it anyway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkedLoader;

impl TextReader for LinkedLoader {
    fn prepare() {}

    async fn check(text: Rc<str>) -> Loaded {
        from_text(&text)
    }
}

/// Text read (or not) from `origin`, checked by `R`, as the `generation`th quiz.
async fn checked<R: TextReader>(
    origin: Origin,
    read: Result<String, FetchError>,
    generation: u32,
) -> Current {
    match read {
        Ok(text) => {
            let text: Rc<str> = text.into();
            let loaded = R::check(text.clone()).await;
            Current::checked(origin, text, loaded, generation)
        }
        Err(e) => Current::failed(origin, Failure::Fetch(e), generation),
    }
}

/// What the built-in quiz is to the page: its text (the editor edits it) or its checked edition (the
/// presenter plays it). The player has no built-in quiz: it sends the reader to the learner's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltIn {
    Text,
    Quiz,
    None,
}

/// A quiz as the page has it: where it is, and what the page restored for it once it is ready.
#[derive(Clone, PartialEq)]
pub struct Sourced<T> {
    pub current: Rc<Current>,
    pub restored: Option<T>,
}

/// What [`use_quiz_source`] gives the page.
#[derive(Clone, PartialEq)]
pub struct QuizSource<T> {
    pub quiz: Rc<Sourced<T>>,
    /// Open a quiz file in place of the quiz on screen.
    pub open_file: Callback<web_sys::File>,
    /// Whether a file is being dragged over the page (for the drop hint).
    pub dragging: bool,
    /// The quiz title and file name of the file last opened, for the announcement.
    pub opened: Option<(String, String)>,
}

/// Where the quiz comes from, read once the page mounts, its text checked by the reader module. `files`:
/// whether a file dropped on the page opens.
#[hook]
pub fn use_quiz_source<T: Clone + PartialEq + 'static>(
    options: Rc<LaunchOptions>,
    lang: Lang,
    built_in: BuiltIn,
    files: bool,
    restore: Restore<T>,
) -> QuizSource<T> {
    use_quiz_source_with(options, lang, built_in, files, restore, ReaderModule)
}

/// [`use_quiz_source`], with the text checked by `_reader`'s type.
#[hook]
pub fn use_quiz_source_with<T: Clone + PartialEq + 'static, R: TextReader>(
    options: Rc<LaunchOptions>,
    lang: Lang,
    built_in: BuiltIn,
    files: bool,
    restore: Restore<T>,
    _reader: R,
) -> QuizSource<T> {
    let initial = Current::initial(&options, lang);
    let sourced = use_state(|| Rc::new(Sourced { current: Rc::new(initial), restored: None }));
    let generation = use_mut_ref(|| 0u32);
    let dragging = use_state_eq(|| false);
    let opened = use_state(|| None::<(String, String)>);
    // Settle a newly read quiz: the page's restore runs here, with the quiz.
    let settle = {
        let (sourced, restore) = (sourced.clone(), restore.clone());
        Rc::new(move |current: Current| {
            let restored = match &current.loaded {
                Loaded::Ready(quiz) => Some(restore(quiz.clone())),
                _ => None,
            };
            sourced.set(Rc::new(Sourced { current: Rc::new(current), restored }));
        })
    };
    // The quiz the address names is read once; the built-in quiz again in each language the reader switches
    // to (its editions share every id, so what the page restores carries over).
    let next_generation = {
        let generation = generation.clone();
        move || {
            let mut g = generation.borrow_mut();
            *g += 1;
            *g
        }
    };
    {
        let (settle, options, next_generation) = (settle.clone(), options.clone(), next_generation.clone());
        let opened = opened.clone();
        let start = Current::initial(&options, lang).origin;
        let edition_lang = matches!(start, Origin::BuiltIn(_)).then_some(lang);
        use_effect_with(edition_lang, move |_| {
            let g = next_generation() - 1;
            let origin = start;
            wasm_bindgen_futures::spawn_local(async move {
                // A file the learner's page handed over wins: the reader just chose it.
                let handed: Option<OpenedFile> =
                    storage::take_over(OPENED_KEY).and_then(|text| json::from_text(&text).ok());
                let current = match (handed, origin) {
                    (Some(f), _) => {
                        let read = checked::<R>(Origin::File(f.name.clone()), Ok(f.text), g).await;
                        opened.set(opened_title(&read, f.name));
                        read
                    }
                    (None, Origin::Shared) => {
                        R::prepare();
                        let payload = options.shared.clone().unwrap_or_default();
                        match super::share::decode_link(&payload).await {
                            Ok(text) => checked::<R>(Origin::Shared, Ok(text), g).await,
                            Err(e) => Current::failed(Origin::Shared, Failure::Share(e), g),
                        }
                    }
                    (None, Origin::Address(url)) => {
                        R::prepare();
                        let read = fetch::text(&url).await;
                        checked::<R>(Origin::Address(url), read, g).await
                    }
                    (None, origin @ Origin::BuiltIn(file)) => match built_in {
                        BuiltIn::Quiz => match load_edition(lang).await {
                            Ok(quiz) => Current::ready(origin, quiz, g),
                            Err(EditionError::Fetch(e)) => Current::failed(origin, Failure::Fetch(e), g),
                            Err(EditionError::Damaged) => {
                                Current::failed(origin, Failure::Fetch(FetchError::Unreadable), g)
                            }
                        },
                        BuiltIn::Text => {
                            let read = fetch::text(&format!("quizzes/{file}")).await;
                            checked::<R>(origin, read, g).await
                        }
                        BuiltIn::None => {
                            Current { loaded: Loaded::NotChosen, ..Current::initial(&options, lang) }
                        }
                    },
                    // The page starts from the address, which never names a file.
                    (None, origin @ Origin::File(_)) => {
                        Current { origin, ..Current::initial(&options, lang) }
                    }
                };
                settle(current);
            });
        });
    }
    let open_file = {
        let (settle, opened) = (settle.clone(), opened.clone());
        Callback::from(move |picked: web_sys::File| {
            let (settle, opened) = (settle.clone(), opened.clone());
            let g = next_generation();
            wasm_bindgen_futures::spawn_local(async move {
                let name = picked.name();
                R::prepare();
                let read = file::read_quiz(&picked).await;
                let read = checked::<R>(Origin::File(name.clone()), read, g).await;
                opened.set(opened_title(&read, name));
                settle(read);
            });
        })
    };
    {
        let (dragging, open_file) = (dragging.clone(), open_file.clone());
        use_effect_with(files, move |&files| {
            let listeners = files
                .then(|| file_drop::listen(move |over| dragging.set(over), move |f| open_file.emit(f)))
                .flatten();
            move || drop(listeners)
        });
    }
    QuizSource { quiz: (*sourced).clone(), open_file, dragging: *dragging, opened: (*opened).clone() }
}

/// The quiz title and file name to announce for a file just read, when it is a quiz.
fn opened_title(read: &Current, file: String) -> Option<(String, String)> {
    match &read.loaded {
        Loaded::Ready(quiz) => Some((quiz.title.to_string(), file)),
        _ => None,
    }
}
