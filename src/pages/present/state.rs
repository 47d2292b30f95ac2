//! The presenter's reducer: the class (the engine's [`Presenter`]) plus the one thing only the screen knows,
//! whether the keyboard help is open. Keys arrive here rather than as ready actions because a letter means an
//! option of the question being counted *now*: only the reducer sees the state the key lands on. And the
//! class's record: read when the quiz arrives, written after every step.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::deck::Deal;
use crate::engine::presenter::{Presenter, PresenterAction, RECORD_HEADER_V1, SavedClass, Stage};
use crate::engine::quiz::Quiz;
use crate::interop::keys::{Key, action_for};
use crate::interop::launch::LaunchOptions;
use crate::platform::storage::{self, Store};
use crate::platform::{clock, json};

/// Class lengths offered in the lobby (those above the quiz's size are dropped; "all" is added).
pub const LENGTHS: [usize; 4] = [3, 5, 10, 20];
const DEFAULT_LENGTH: usize = 5;

#[derive(Clone, Debug, PartialEq)]
pub struct PresenterState {
    pub class: Presenter,
    pub help: bool,
}

/// What the presenter's screen can send.
#[derive(Clone, Debug, PartialEq)]
pub enum PresenterMsg {
    /// A button or field.
    Act(PresenterAction),
    /// A key, with the time it went down (ms since the Unix epoch).
    Key(Key, u64),
    /// Open or close the keyboard help.
    Help(bool),
}

impl Reducible for PresenterState {
    type Action = PresenterMsg;

    fn reduce(self: Rc<Self>, msg: PresenterMsg) -> Rc<Self> {
        let help = match &msg {
            PresenterMsg::Help(open) => Some(*open),
            PresenterMsg::Key(Key::Help, _) => Some(!self.help),
            _ => None,
        };
        if let Some(help) = help {
            return if help == self.help {
                self
            } else {
                Rc::new(PresenterState { help, class: self.class.clone() })
            };
        }
        let action = match msg {
            // The help is a modal dialog: keys do not act on the class behind it.
            PresenterMsg::Key(..) if self.help => return self,
            PresenterMsg::Key(key, now) => action_for(key, &self.class, now),
            PresenterMsg::Act(action) => Some(action),
            PresenterMsg::Help(_) => None,
        };
        match action.and_then(|a| self.class.step(a)) {
            Some(class) => Rc::new(PresenterState { class, help: self.help }),
            None => self,
        }
    }
}

/// Where a quiz's class is kept.
pub fn record_key(quiz: &Quiz) -> String {
    storage::key("presenter", &quiz.id)
}

/// The class for `quiz`: the one saved in `store` if it still fits the quiz (else it is set aside under
/// another key and a fresh one starts), or a new one in the lobby, or already on its first scenario when the
/// address asks for `start=1`.
pub fn restore_class(quiz: Rc<Quiz>, store: Option<&Store>, options: &LaunchOptions) -> Presenter {
    let count = options.count.unwrap_or(DEFAULT_LENGTH).min(quiz.scenarios.len());
    let rows = options.rows.iter().map(|r| r.as_str().into()).collect();
    let deal = Deal {
        seed: options.seed.unwrap_or_else(clock::random_seed),
        count: Some(count),
        rows,
        ..Deal::default()
    };
    let fresh = Presenter::new(quiz.clone(), deal);
    let key = record_key(&quiz);
    let Some(text) = store.and_then(|s| s.get(&key)) else {
        return if options.start { fresh.step(PresenterAction::Next).unwrap_or(fresh) } else { fresh };
    };
    let resumed = if text.starts_with(RECORD_HEADER_V1) {
        Presenter::from_record_v1(quiz, &text).ok()
    } else {
        json::from_text::<SavedClass>(&text).ok().and_then(|saved| Presenter::restore(quiz, saved).ok())
    };
    resumed.unwrap_or_else(|| {
        // Keep what could not be read for a person to look at; start afresh.
        if let Some(store) = store {
            let _ = store.set(&storage::set_aside_key(&key, clock::now()), &text);
        }
        fresh
    })
}

/// The class's reducer, saved after every step (the lobby has nothing worth keeping).
#[hook]
pub fn use_class(initial: Presenter, store: Option<Store>) -> UseReducerHandle<PresenterState> {
    let state = use_reducer(move || PresenterState { class: initial, help: false });
    let class = &state.class;
    let key = record_key(class.quiz());
    let lobby = class.stage() == Stage::Lobby;
    use_effect_with((class.saved(), lobby), move |(saved, lobby)| {
        let Some(store) = store else { return };
        if *lobby {
            store.remove(&key);
        } else if let Ok(text) = json::to_text(saved) {
            let _ = store.set(&key, &text);
        }
    });
    state
}
