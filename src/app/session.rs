//! The one reducer for the session, its context provider (which also keeps the session saved) and the
//! `use_session` hook; and [`restore`], which reads a quiz's saved progress when the quiz arrives (in the
//! effect that loads it, never while rendering).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::prelude::*;

use crate::engine::deck::Deal;
use crate::engine::progress::Record;
use crate::engine::quiz::Quiz;
use crate::engine::session::{Action, Session};
use crate::platform::clock::{self, AfterPaint, after_paint};
use crate::platform::storage::{self, Store};
use crate::platform::{json, page};

/// The session as Yew state. An action that does not apply returns the same `Rc`, so nothing re-renders.
#[derive(Clone, Debug)]
pub struct SessionState(pub Session);

/// Identity, not contents: a state is only ever replaced by the result of an action that applied, so two
/// states are the same session exactly when they are the same value. Comparing contents (what Yew does for
/// every dependency list and context holding the session) walked the whole quiz, every scenario's text,
/// each time, and linked that comparison into every page.
impl PartialEq for SessionState {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reducible for SessionState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.0.step(action).map_or(self, |next| Rc::new(SessionState(next)))
    }
}

/// What components below the provider get: read the session, dispatch actions.
pub type SessionContext = UseReducerHandle<SessionState>;

#[derive(Properties)]
pub struct SessionProviderProps {
    /// The session to start from (on the start screen, resumed, or already started).
    pub initial: Session,
    /// Where progress is kept; `None` keeps nothing (embedded quizzes, the editor's preview).
    #[prop_or_default]
    pub store: Option<Store>,
    /// The saved progress could not be read and was set aside (see [`restore`]): say so.
    #[prop_or_default]
    pub set_aside: bool,
    pub children: Html,
}

/// `initial` is left out: it is read only when the provider mounts, and every page keys the provider by the
/// quiz it shows, so a new session always comes with a new provider. Comparing it would walk the quiz.
impl PartialEq for SessionProviderProps {
    fn eq(&self, other: &Self) -> bool {
        self.store == other.store && self.set_aside == other.set_aside && self.children == other.children
    }
}

/// Owns the session reducer, provides it to the page below, and saves it whenever it changes: after the
/// change is painted (serialising and writing the record took a few ms of every click, and grows with the
/// session), and at the latest when the reader leaves the page or it is hidden, or the provider goes. So a
/// click shows its result first and progress is never lost.
#[component]
pub fn SessionProvider(props: &SessionProviderProps) -> Html {
    let initial = props.initial.clone();
    let session = use_reducer(move || SessionState(initial));
    let storage_note = use_state(|| props.store.as_ref().and_then(Store::status));
    let t = super::use_lang().text().storage();
    // The save not yet done (the latest state's), and the paint it waits for.
    let unsaved = use_mut_ref(|| None::<Unsaved>);
    let waiting = use_mut_ref(|| None::<AfterPaint>);
    {
        let (store, note, unsaved, waiting) =
            (props.store.clone(), storage_note.clone(), unsaved.clone(), waiting.clone());
        use_effect_with(session.clone(), move |session| {
            if let Some(store) = store {
                *unsaved.borrow_mut() = Some(Unsaved { session: session.clone(), store, note });
                WAITING.with(|w| *w.borrow_mut() = Rc::downgrade(&unsaved));
                *waiting.borrow_mut() = Some(after_paint(Box::new(move || save_now(&unsaved))));
            }
        });
    }
    use_effect_with((), move |()| {
        let leave = unsaved.clone();
        let listeners = page::on_leave(Rc::new(move || save_now(&leave)));
        move || {
            drop(listeners);
            save_now(&unsaved);
        }
    });
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

thread_local! {
    /// The page's save waiting for a paint (a page has one session provider): [`restore`] does it first, so
    /// a quiz restored before that paint (the other language's edition, arriving fast after a click on Next
    /// and a switch of language) reads the progress just made, not the one before it.
    static WAITING: RefCell<Weak<RefCell<Option<Unsaved>>>> = const { RefCell::new(Weak::new()) };
}

/// A save waiting for a paint: the state to save, where, and the notice to show when it cannot be kept.
struct Unsaved {
    session: SessionContext,
    store: Store,
    note: UseStateHandle<Option<storage::StorageError>>,
}

/// Do the save waiting in `unsaved`, if any (one function, not a closure per call site: smaller wasm).
fn save_now(unsaved: &RefCell<Option<Unsaved>>) {
    let Some(Unsaved { session, store, note }) = unsaved.borrow_mut().take() else { return };
    let s = &session.0;
    let saved = json::to_text(&s.record()).map_err(|_| storage::StorageError::Full);
    if let Err(e) = saved.and_then(|text| store.set(&storage::key("progress", &s.quiz().id), &text))
        && *note != Some(e)
    {
        note.set(Some(e));
    }
}

/// The session context. Panics only if used outside [`SessionProvider`], which is a programming error
/// that every test of a page would catch.
#[hook]
pub fn use_session() -> SessionContext {
    use_context::<SessionContext>().expect("use_session must be called below a SessionProvider")
}

/// Read a stored progress record: this version's JSON, or the line-based record of earlier versions.
pub fn read_record(text: &str) -> Result<Record, crate::engine::progress::Unreadable> {
    Record::read(text, |t| json::from_text(t).ok())
}

/// The session for `quiz`: resumed from `store` where it was if one was in progress (never reshuffled), else
/// on the start screen with the learner's history, or started at once with `start`. Also says whether the
/// saved record could not be read; that record is set aside under another key, not overwritten.
pub fn restore(quiz: Rc<Quiz>, store: Option<&Store>, start: Option<Deal>) -> (Session, bool) {
    if let Some(waiting) = WAITING.with(|w| w.borrow().upgrade()) {
        save_now(&waiting);
    }
    let key = storage::key("progress", &quiz.id);
    let (record, set_aside) = match store.and_then(|s| s.get(&key)) {
        None => (Record::default(), false),
        Some(text) => match read_record(&text) {
            Ok(record) => (record.reconcile(&quiz), false),
            Err(_) => {
                if let Some(store) = store {
                    let _ = store.set(&storage::set_aside_key(&key, clock::now()), &text);
                }
                (Record::default(), true)
            }
        },
    };
    let in_progress = record.session.is_some();
    let session = Session::restore(quiz, record.history, record.session);
    match start {
        Some(deal) if !in_progress => (session.step(Action::Start(deal)).unwrap_or(session), set_aside),
        _ => (session, set_aside),
    }
}
