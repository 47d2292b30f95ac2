//! The one reducer for the session, its context provider and the `use_session` hook.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::quiz::Quiz;
use crate::engine::session::{Action, Session};

/// The session as Yew state. An action that does not apply returns the same `Rc`, so nothing re-renders.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionState(pub Session);

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.0.step(action).map_or(self, |next| Rc::new(SessionState(next)))
    }
}

/// What components below the provider get: read the session, dispatch actions.
pub type SessionContext = UseReducerHandle<SessionState>;

#[derive(Properties, PartialEq)]
pub struct SessionProviderProps {
    /// The session to start from (on the start screen, or already started).
    pub initial: Session,
    pub children: Children,
}

/// Owns the session reducer and provides it to the mode below.
#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let initial = props.initial.clone();
    let session = use_reducer(move || SessionState(initial));
    html! {
        <ContextProvider<SessionContext> context={session}>
            { props.children.clone() }
        </ContextProvider<SessionContext>>
    }
}

/// The session context. Panics only if used outside [`SessionProvider`], which is a programming error
/// that every test of a mode would catch.
#[hook]
pub fn use_session() -> SessionContext {
    use_context::<SessionContext>().expect("use_session must be called below a SessionProvider")
}

/// A fresh session for `quiz`, started at once when the launch options ask for it.
pub fn initial_session(quiz: Rc<Quiz>, start: Option<crate::engine::session::Deal>) -> Session {
    let session = Session::new(quiz);
    match start {
        Some(deal) => session.step(Action::Start(deal)).unwrap_or(session),
        None => session,
    }
}
