//! The phones' room: once the instructor lets students answer on their phones (or a saved room says they
//! did), the presenter holds a room on the relay (the page's origin, or `relay=`), tells it the question
//! being voted, the answer or "wait" at every step, and takes the relay's tallies into the class as phone
//! votes. The room's code and secret are kept beside the class, so a reload of the projector, or a relay
//! that restarted, takes the same room back and re-announces the question; phones then re-send their votes.
//! For the built-in quiz it also fetches the quiz's other editions (the same JSON the learner's page reads)
//! and sends their texts along, so each phone shows the question and the answer in its reader's language.

use std::rc::Rc;

use rolecall_protocol::{ClientMsg, CloseReason, ErrorCode, ServerMsg};
use yew::prelude::*;

use super::state::{PresenterMsg, PresenterState};
use crate::app::load_edition;
use crate::engine::presenter::Presenter;
use crate::engine::quiz::Quiz;
use crate::i18n::Lang;
use crate::interop::relay::{PHONE_PAGE, Room, socket_url, stage_message, tally_action, with_texts};
use crate::interop::source::EDITIONS;
use crate::platform::socket::{Codec, Relay, SocketEvent};
use crate::platform::storage::{self, Store};
use crate::platform::{json, location};

/// How the room is, for the screen.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomView {
    /// Whether phones were asked for.
    pub wanted: bool,
    /// The join code, once the relay gave one.
    pub code: Option<String>,
    pub phones: u32,
    pub lost: bool,
    pub refused: bool,
}

impl RoomView {
    /// The phone page's address for this room (and `relay=` when the relay is not this page's origin).
    pub fn phone_url(&self) -> Option<String> {
        let code = self.code.as_deref()?;
        let relay = location::param("relay");
        let mut pairs = vec![("room", code)];
        if let Some(relay) = &relay {
            pairs.push(("relay", relay.as_str()));
        }
        location::sibling(PHONE_PAGE, &pairs)
    }
}

fn room_key(quiz_id: &str) -> String {
    storage::key("presenter-room", quiz_id)
}

/// The built-in quiz's editions other than the class's own (`language`), once phones are asked for and the
/// class plays the built-in quiz (`wanted`); none otherwise. An edition that fails to load is left out: its
/// readers then get the quiz's own texts.
#[hook]
fn use_other_editions(wanted: bool, language: Rc<str>) -> Rc<Vec<Rc<Quiz>>> {
    let others = use_state(|| Rc::new(Vec::new()));
    {
        let others = others.clone();
        use_effect_with((wanted, language), move |(wanted, language)| {
            let missing: Vec<Lang> = EDITIONS
                .iter()
                .filter(|e| *wanted && !Lang::from_tag(language).is_some_and(|l| l == e.lang))
                .map(|e| e.lang)
                .collect();
            wasm_bindgen_futures::spawn_local(async move {
                let mut got = Vec::new();
                for lang in missing {
                    got.extend(load_edition(lang).await.ok());
                }
                if !got.is_empty() {
                    others.set(Rc::new(got));
                }
            });
        });
    }
    (*others).clone()
}

/// The room for the class in `state`: its view, and the way to ask for it. `built_in`: the class plays the
/// built-in quiz, whose other editions' texts go to the phones too.
#[hook]
pub fn use_phone_room(
    state: &UseReducerHandle<PresenterState>,
    store: Option<Store>,
    built_in: bool,
) -> (RoomView, Callback<()>) {
    let key = room_key(&state.class.quiz().id);
    let saved = {
        let (store, key) = (store.clone(), key.clone());
        move || store.as_ref().and_then(|s| s.get(&key)).and_then(|text| json::from_text::<Room>(&text).ok())
    };
    let view = use_state_eq(|| RoomView { wanted: saved().is_some(), ..RoomView::default() });
    let others = use_other_editions(view.wanted && built_in, state.class.quiz().language.clone());
    // The same, for the relay's events.
    let others_now = use_mut_ref(|| others.clone());
    *others_now.borrow_mut() = others.clone();
    // The view as the relay's events change it (they arrive between renders; the state's copy may be stale).
    let current = use_mut_ref(|| (*view).clone());
    let relay = use_mut_ref(|| None::<Relay>);
    // The class as it is now, for the relay's events, which arrive between renders.
    let latest = use_mut_ref(|| state.class.clone());
    *latest.borrow_mut() = state.class.clone();
    let url = use_memo((), |_| socket_url(&location::origin(), location::param("relay").as_deref()));
    {
        let (relay, view, state, latest, current, others_now) =
            (relay.clone(), view.clone(), state.clone(), latest.clone(), current.clone(), others_now.clone());
        use_effect_with((view.wanted, (*url).clone()), move |(wanted, url)| {
            if let (true, Some(url)) = (*wanted, url.clone()) {
                let handle = relay.clone();
                let connection = Relay::connect(url, Codec::PRESENTER, move |event| {
                    let send = |msg: &ClientMsg| {
                        if let Some(r) = handle.borrow().as_ref() {
                            r.send(msg);
                        }
                    };
                    let mut next = current.borrow().clone();
                    match event {
                        SocketEvent::Open => {
                            next.lost = false;
                            let room = saved();
                            send(&ClientMsg::Open {
                                code: room.as_ref().map(|r| r.code.clone()),
                                secret: room.map(|r| r.secret),
                            });
                        }
                        SocketEvent::Lost => next.lost = true,
                        SocketEvent::Message(msg) => match msg {
                            ServerMsg::Opened { code, secret, .. } => {
                                if let (Some(store), Ok(text)) =
                                    (&store, json::to_text(&Room { code: code.clone(), secret }))
                                {
                                    let _ = store.set(&key, &text);
                                }
                                next.code = Some(code);
                                send(&with_texts(stage_message(&latest.borrow()), &others_now.borrow()));
                            }
                            ServerMsg::Presence { phones } => next.phones = phones,
                            ServerMsg::Tally(tally) => {
                                next.phones = tally.phones;
                                if let Some(action) = tally_action(&latest.borrow(), &tally) {
                                    state.dispatch(PresenterMsg::Act(action));
                                }
                            }
                            // The room is gone (or its secret is not ours): open a new one.
                            ServerMsg::Error { code: ErrorCode::WrongSecret, .. }
                            | ServerMsg::Closed { reason: CloseReason::Expired | CloseReason::Closed } => {
                                if let Some(store) = &store {
                                    store.remove(&key);
                                }
                                next.code = None;
                                send(&ClientMsg::Open { code: None, secret: None });
                            }
                            ServerMsg::Error { code: ErrorCode::RelayFull | ErrorCode::Version, .. }
                            | ServerMsg::Closed { reason: CloseReason::Replaced } => {
                                next.refused = true;
                                if let Some(r) = handle.borrow().as_ref() {
                                    r.stop();
                                }
                            }
                            _ => {}
                        },
                    }
                    *current.borrow_mut() = next.clone();
                    view.set(next);
                });
                *relay.borrow_mut() = Some(connection);
            }
            move || drop(relay.borrow_mut().take())
        });
    }
    // Every step of the class tells the room where it is (the relay keeps a question's votes when it is
    // announced again).
    {
        let relay = relay.clone();
        let msg = with_texts(stage_message(&state.class), &others);
        use_effect_with((msg, view.code.clone()), move |(msg, code)| {
            if code.is_some()
                && let Some(r) = relay.borrow().as_ref()
            {
                r.send(msg);
            }
        });
    }
    let ask = {
        let (view, current) = (view.clone(), current.clone());
        let reachable = url.is_some();
        Callback::from(move |()| {
            if reachable {
                current.borrow_mut().wanted = true;
                view.set(current.borrow().clone());
            }
        })
    };
    ((*view).clone(), ask)
}

impl RoomView {
    /// What keeps phones out, in words, if anything does: the relay refused the room, or is out of reach.
    pub fn problem(&self, lang: Lang) -> Option<&'static str> {
        let t = lang.text().class_phones();
        if self.refused {
            Some(t.relay_refused)
        } else if self.lost {
            Some(t.relay_lost)
        } else {
            None
        }
    }
}

/// The room's line over the slide: phones connected and their votes on the question counted, or that the
/// relay is out of reach (hands still count).
pub fn room_line(room: &RoomView, class: &Presenter, lang: Lang) -> Html {
    let t = lang.text().class_phones();
    if !room.wanted {
        return Html::default();
    }
    let words = if let Some(problem) = room.problem(lang) {
        problem.to_string()
    } else {
        let voted = class
            .counting()
            .and_then(|(round, part)| class.current_rounds().get(round.index()).map(|v| v.phone_total(part)));
        let code = room.code.as_deref().map(|c| t.code.fill([c])).unwrap_or_default();
        match voted {
            Some(n) => {
                format!("{code} · {} · {}", (t.connected)(room.phones as usize), (t.voted)(n as usize))
            }
            None => format!("{code} · {}", (t.connected)(room.phones as usize)),
        }
    };
    html! { <p class="phone-status" role="status">{ words }</p> }
}
