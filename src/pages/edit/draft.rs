//! The editor's state as hooks: the draft (each change of text checked against the draft before it), kept in
//! storage as the author types, and the share link that follows the last valid version once typing pauses.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::draft::Draft;
use crate::interop::launch::{Mode, Page};
use crate::platform::clock::Timeout;
use crate::platform::location;
use crate::platform::storage::{self, Store};

/// How long typing must pause before the number of problems is announced and the share link follows the text.
pub const PAUSE_MS: u32 = 700;

/// Where the draft of `file` is kept.
pub fn draft_key(file: &str) -> String {
    storage::key("draft", file)
}

/// The draft as Yew state: each change of text is checked against the draft before it (for the last valid
/// quiz), so changes that arrive between two renders never read a stale draft.
pub struct DraftState(pub Draft);

/// Two states are the same draft when they hold the same text (each edit makes a new one).
impl PartialEq for DraftState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0.text, &other.0.text)
    }
}

impl Reducible for DraftState {
    type Action = String;

    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        if *self.0.text == *text { self } else { Rc::new(DraftState(self.0.edit(&text))) }
    }
}

/// What the draft hook gives the editor.
pub struct DraftHandle {
    pub draft: UseReducerHandle<DraftState>,
    /// What is announced once typing pauses (the number of problems).
    pub announced: String,
    /// The text the share link carries: the last version that loaded, as of the last pause.
    pub shared: Option<Rc<str>>,
    /// Whether the draft is not being kept across visits (storage blocked or full).
    pub not_kept: bool,
}

/// The draft of `source` (starting from `saved` when the author had one), kept under `file` in `store` on
/// every change, or forgotten once it is the loaded text again. Not on the first render: a page that talks as
/// it opens is noise. `words(n)` says how many problems there are, for the announcement.
#[hook]
pub fn use_draft(
    file: AttrValue,
    source: Rc<str>,
    saved: Option<String>,
    store: Option<Store>,
    words: impl Fn(usize) -> String + 'static,
) -> DraftHandle {
    let draft = {
        let initial = saved.unwrap_or_else(|| source.to_string());
        use_reducer(move || DraftState(Draft::new(&initial)))
    };
    let announced = use_state_eq(String::new);
    let pending = use_mut_ref(|| None::<Timeout>);
    let not_kept = use_state_eq(|| store.as_ref().is_none_or(|s| !s.persistent()));
    let shared = {
        let text = draft.0.last_valid_text.clone();
        use_state_eq(move || text)
    };
    {
        let (not_kept, announced, shared, first) =
            (not_kept.clone(), announced.clone(), shared.clone(), use_mut_ref(|| true));
        let to_share = draft.0.last_valid_text.clone();
        let problems = draft.0.problems.len();
        let key = draft_key(&file);
        use_effect_with(draft.0.text.clone(), move |text| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(store) = store {
                if **text == *source {
                    store.remove(&key);
                } else if store.set(&key, text).is_err() {
                    not_kept.set(true);
                }
            }
            *pending.borrow_mut() = Some(Timeout::new(PAUSE_MS, move || {
                announced.set(words(problems));
                shared.set(to_share);
            }));
        });
    }
    DraftHandle { draft, announced: (*announced).clone(), shared: (*shared).clone(), not_kept: *not_kept }
}

/// The share link for `text` opening in `mode`, packed in the browser (about a frame for the whole bank):
/// `None` until it is ready, and while there is no valid version to share. The link goes to the page that
/// plays a quiz of one's own in that mode, with the page's bare address: the author's own options (language,
/// length) are not the learners'.
#[hook]
pub fn use_share_link(text: Option<Rc<str>>, mode: Mode) -> Option<AttrValue> {
    let link = use_state_eq(|| None::<AttrValue>);
    {
        let link = link.clone();
        use_effect_with((text, mode), move |(text, mode)| {
            let Some(text) = text.clone() else {
                link.set(None);
                return;
            };
            let mode = *mode;
            wasm_bindgen_futures::spawn_local(async move {
                let Ok(payload) = crate::app::share::encode_link(&text).await else { return };
                let page = if mode == Mode::Present { Page::Present } else { Page::Play };
                let clear = move |params: &web_sys::UrlSearchParams| {
                    for (key, _) in location::pairs(params) {
                        params.delete(&key);
                    }
                    if mode == Mode::Embed {
                        params.set("mode", "embed");
                    }
                };
                let address = location::page_address(page, clear, &format!("#quiz={payload}"));
                link.set(address.ok().map(AttrValue::from));
            });
        });
    }
    (*link).clone()
}
