//! The presenter's reducer: the class (the engine's [`Presenter`]) plus the one thing only the screen knows,
//! whether the keyboard help is open. Keys arrive here rather than as ready actions because a letter means an
//! option of the question being counted *now*: only the reducer sees the state the key lands on.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::presenter::{Presenter, PresenterAction};
use crate::platform::keys::{Key, action_for};

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
