//! The `use_quiz_source` hook: which quiz the app shows and how it got there. It starts from the launch
//! options (a share link's quiz, the `quiz=` file, or the built-in bank), fetches the `quiz=` file, and lets
//! the reader replace the quiz for this visit with a file picked or dropped on the page, or go back to the
//! built-in one. Decisions and wording live in [`crate::platform::source`]; this is the effects around them.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::platform::launch::{self, LaunchOptions};
use crate::platform::source::{Current, Loaded, Origin};
use crate::platform::{fetch, file, file_drop};

/// What [`use_quiz_source`] gives the app.
#[derive(Clone)]
pub struct QuizSource {
    pub current: Rc<Current>,
    /// Open a quiz file in place of the quiz on screen.
    pub open_file: Callback<web_sys::File>,
    /// Back to the built-in quiz (and out of the address, so a reload agrees).
    pub back: Callback<()>,
    /// Whether a file is being dragged over the page (for the drop hint).
    pub dragging: bool,
    /// The quiz title and file name of the file last opened, for the announcement.
    pub opened: Option<(String, String)>,
}

/// The quiz source. `files`: whether a file dropped on the page opens (self-study only).
#[hook]
pub fn use_quiz_source(options: Rc<LaunchOptions>, files: bool) -> QuizSource {
    let current = {
        let options = options.clone();
        use_state(move || Current::initial(&options))
    };
    // How many quizzes have taken the place of the first: each gets a new session.
    let generation = use_mut_ref(|| Cell::new(0u32));
    let next = {
        let generation = generation.clone();
        move || {
            let g = generation.borrow().get() + 1;
            generation.borrow().set(g);
            g
        }
    };
    let dragging = use_state(|| false);
    let opened = use_state(|| None::<(String, String)>);

    {
        let current = current.clone();
        use_effect_with(options.quiz.clone(), move |_| {
            if let (Origin::Address(url), Loaded::Loading) = (&current.origin, &current.loaded) {
                let url = url.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let read = fetch::text(&url).await;
                    current.set(Current::read(Origin::Address(url), read, 0));
                });
            }
        });
    }
    // A share link pasted into this tab's address bar changes only the fragment: load it.
    use_effect_with(options.shared.clone(), |shared| {
        let listener = launch::reload_on_new_share(shared.clone());
        move || drop(listener)
    });

    let open_file = {
        let (current, opened, next) = (current.clone(), opened.clone(), next.clone());
        Callback::from(move |picked: web_sys::File| {
            let (current, opened, generation) = (current.clone(), opened.clone(), next());
            wasm_bindgen_futures::spawn_local(async move {
                let name = picked.name();
                let read =
                    Current::read(Origin::File(name.clone()), file::read_quiz(&picked).await, generation);
                opened.set(match &read.loaded {
                    Loaded::Ready(quiz) => Some((quiz.title.to_string(), name)),
                    _ => None,
                });
                current.set(read);
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
    let back = {
        let (current, opened) = (current.clone(), opened.clone());
        Callback::from(move |()| {
            // The address is a convenience: without it, only a reload would bring the other quiz back.
            let _ = launch::forget_quiz();
            opened.set(None);
            current.set(Current::built_in(next()));
        })
    };
    QuizSource {
        current: Rc::new((*current).clone()),
        open_file,
        back,
        dragging: *dragging,
        opened: (*opened).clone(),
    }
}
