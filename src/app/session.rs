//! The one reducer for the session, its context provider (which also keeps the session saved) and the
//! `use_session` hook.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::progress::Record;
use crate::engine::quiz::Quiz;
use crate::engine::session::{Action, Deal, Session};
use crate::platform::{clock, storage};

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
    /// The session to start from (on the start screen, resumed, or already started).
    pub initial: Session,
    /// Where progress is kept; `None` keeps nothing (embedded quizzes, custom quizzes under test).
    #[prop_or_default]
    pub store: Option<storage::Store>,
    /// The saved progress could not be read and was set aside (see [`restored_session`]): say so.
    #[prop_or_default]
    pub set_aside: bool,
    pub children: Children,
}

/// Owns the session reducer, provides it to the mode below, and saves it whenever it changes.
#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let initial = props.initial.clone();
    let session = use_reducer(move || SessionState(initial));
    let storage_note = use_state(|| props.store.as_ref().and_then(|s| s.status()));
    let t = &super::use_lang().text().storage;
    {
        let (store, storage_note) = (props.store.clone(), storage_note.clone());
        use_effect_with(session.clone(), move |session| {
            if let Some(store) = store {
                let s = &session.0;
                let record = Record {
                    quiz: s.quiz().id.to_string(),
                    session: s.saved(),
                    history: s.history().clone(),
                };
                if let Err(e) = store.set(&storage::key("progress", &s.quiz().id), &record.encode())
                    && *storage_note != Some(e)
                {
                    storage_note.set(Some(e));
                }
            }
        });
    }
    html! {
        <ContextProvider<SessionContext> context={session}>
            { props.children.clone() }
            if props.set_aside {
                <p class="notice storage-note">{ t.set_aside }</p>
            }
            if let Some(e) = *storage_note {
                <p class="notice storage-note">{ e.words(t) }</p>
            }
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
pub fn initial_session(quiz: Rc<Quiz>, start: Option<Deal>) -> Session {
    let session = Session::new(quiz);
    match start {
        Some(deal) => session.step(Action::Start(deal)).unwrap_or(session),
        None => session,
    }
}

/// The session for `quiz` from saved progress: resumed where it was if one was in progress (never
/// reshuffled), else on the start screen with the learner's history, or started at once with `start`.
/// Also returns whether the saved record could not be read; that record is set aside, not overwritten.
pub fn restored_session(quiz: Rc<Quiz>, store: &storage::Store, start: Option<Deal>) -> (Session, bool) {
    let key = storage::key("progress", &quiz.id);
    let (record, set_aside) = match store.get(&key).map(|text| (Record::decode(&text), text)) {
        None => (Record::default(), false),
        Some((Ok(record), _)) => (record.reconcile(&quiz), false),
        Some((Err(_), text)) => {
            let _ = store.set(&storage::set_aside_key(&key, clock::now()), &text);
            (Record::default(), true)
        }
    };
    let in_progress = record.session.is_some();
    let session = Session::restore(quiz, record.history, record.session);
    match start {
        Some(deal) if !in_progress => (session.step(Action::Start(deal)).unwrap_or(session), set_aside),
        _ => (session, set_aside),
    }
}
