//! The `use_quiz_source` hook of the pages that open any quiz (the player, the presenter, the editor): which
//! quiz the page shows and how it got there. It starts from the launch options (a share link's quiz, the
//! `quiz=` file, a file handed over by the learner's page, or the built-in quiz), fetches or unpacks it, and
//! lets the reader open a file picked or dropped on the page. Decisions and wording live in
//! [`crate::interop::source`]; this is the effects around them.
//!
//! When a quiz is ready, the page's `restore` turns it into what the page shows (a session resumed from
//! storage, a class): in the same task that read the quiz, never while rendering.

use std::rc::Rc;

use yew::prelude::*;

use super::{EditionError, Restore, load_edition};
use crate::i18n::Lang;
use crate::interop::launch::LaunchOptions;
use crate::interop::source::{Current, FetchError, Loaded, OPENED_KEY, OpenedFile, Origin};
use crate::platform::{fetch, file, file_drop, json, storage};

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

/// Where the quiz comes from, read once the page mounts. `files`: whether a file dropped on the page opens.
#[hook]
pub fn use_quiz_source<T: Clone + PartialEq + 'static>(
    options: Rc<LaunchOptions>,
    lang: Lang,
    built_in: BuiltIn,
    files: bool,
    restore: Restore<T>,
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
                        let read = Current::read(Origin::File(f.name.clone()), Ok(f.text), g);
                        opened.set(opened_title(&read, f.name));
                        read
                    }
                    (None, Origin::Shared) => {
                        let payload = options.shared.clone().unwrap_or_default();
                        Current::unpacked(super::share::decode_link(&payload).await, g)
                    }
                    (None, Origin::Address(url)) => {
                        let read = fetch::text(&url).await;
                        Current::read(Origin::Address(url), read, g)
                    }
                    (None, origin @ Origin::BuiltIn(file)) => match built_in {
                        BuiltIn::Quiz => match load_edition(lang).await {
                            Ok(quiz) => Current::ready(origin, quiz, g),
                            Err(EditionError::Fetch(e)) => Current::read(origin, Err(e), g),
                            Err(EditionError::Damaged) => {
                                Current::read(origin, Err(FetchError::Unreadable), g)
                            }
                        },
                        BuiltIn::Text => {
                            let read = fetch::text(&format!("quizzes/{file}")).await;
                            Current::read(origin, read, g)
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
                let read = Current::read(Origin::File(name.clone()), file::read_quiz(&picked).await, g);
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
