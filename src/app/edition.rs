//! The built-in quiz, in the edition for the interface language: fetched as the checked JSON the build wrote
//! (see [`crate::interop::source::EDITIONS`]) and read with the browser's JSON parser. When the language
//! changes, the other edition is fetched; both share every id, so the session and the learner's progress
//! carry over.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::quiz::Quiz;
use crate::i18n::Lang;
use crate::interop::source::{FetchError, edition};
use crate::platform::{fetch, json};

/// Why the built-in quiz could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditionError {
    /// It could not be fetched (offline before the first visit finished, a server that lost the file).
    Fetch(FetchError),
    /// It was fetched but is not a quiz this version can use (a damaged or out-of-date file).
    Damaged,
}

/// Fetch and read the built-in quiz's edition for `lang`: with its practice items where this build offers
/// them ([`crate::engine::practice::LINKED`]), else the scenarios alone. (One after the other: on the
/// learner's pages `assets/route.js` has already started both downloads.)
pub async fn load_edition(lang: Lang) -> Result<Rc<Quiz>, EditionError> {
    let edition = edition(lang);
    let mut quiz: Quiz = read(edition.json).await?;
    if crate::engine::practice::LINKED {
        quiz.practice = read(edition.practice).await?;
    }
    if quiz.is_consistent() { Ok(Rc::new(quiz)) } else { Err(EditionError::Damaged) }
}

/// Fetch one of an edition's files and read it as `T` (taking the download `assets/route.js` started early
/// when it is for this file: [`fetch::early_json`]).
async fn read<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, EditionError> {
    let value = fetch::early_json(url).await.map_err(EditionError::Fetch)?;
    json::from_js(value).map_err(|_| EditionError::Damaged)
}

/// Where a page's quiz is.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded<T> {
    Loading,
    /// The quiz arrived, with what the page restored for it (`generation` counts the quizzes shown so
    /// far, so that state keyed on it starts afresh for each).
    Ready {
        value: T,
        generation: u32,
    },
    Failed(EditionError),
}

/// The built-in quiz in `lang`'s edition, turned by `restore` into what the page shows (a session resumed
/// from storage, a class): `restore` runs in the effect, once per edition, never while rendering.
/// A page's way from a newly arrived quiz to what it shows.
pub type Restore<T> = Rc<dyn Fn(Rc<Quiz>) -> T>;

#[hook]
pub fn use_edition<T: Clone + PartialEq + 'static>(lang: Lang, restore: Restore<T>) -> Rc<Loaded<T>> {
    let loaded = use_state(|| Rc::new(Loaded::Loading));
    // The language asked for last, and how many quizzes have arrived: an edition that arrives after the
    // reader has switched again is dropped rather than shown over the newer one.
    let asked = use_mut_ref(|| lang);
    let generation = use_mut_ref(|| 0u32);
    {
        let loaded = loaded.clone();
        use_effect_with(lang, move |&lang| {
            *asked.borrow_mut() = lang;
            wasm_bindgen_futures::spawn_local(async move {
                let result = load_edition(lang).await;
                if *asked.borrow() != lang {
                    return;
                }
                let next = match result {
                    Ok(quiz) => {
                        let mut g = generation.borrow_mut();
                        *g += 1;
                        Loaded::Ready { value: restore(quiz), generation: *g }
                    }
                    Err(e) => Loaded::Failed(e),
                };
                loaded.set(Rc::new(next));
            });
        });
    }
    (*loaded).clone()
}
