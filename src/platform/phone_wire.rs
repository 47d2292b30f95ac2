//! The phone page's side of the relay's wire, read and written by hand from the browser's parsed JSON: the
//! seven messages a phone is sent (`joined`, `question`, `standby`, `mine`, `revealed`, `closed`, `error`)
//! and the four it sends (`join`, `vote`, `leave`, `ping`). The shapes are the protocol crate's; only the
//! reading and writing are by hand, because serde's derive for the tagged, flattened envelope (and even for
//! the single shapes, through the JS value reader) is most of what the phone page would otherwise download.
//! Measured 2026-12-02 on the join page's wasm (wasm-opt -Oz, gzip -9): reading by type through serde
//! instead of the whole envelope saved 13,653 B; writing by hand, with the held votes kept as plain lines,
//! 957 B more (no serde serializer); reading by hand too, 3,092 B more (no serde reader either).
//!
//! A field that is missing or of the wrong kind makes the message unreadable, as it does for serde; an
//! optional field may be left out or `null`. tests/phone_wire.rs checks every shape against the serde path
//! the presenter uses.

use js_sys::{Array, JSON, Object, Reflect};
use rolecall_protocol::{
    Answer, Choice, ClientMsg, CloseReason, ErrorCode, Mine, Part, Question, Right, Round, ServerMsg,
    VERSION, Wording,
};
use wasm_bindgen::JsValue;

use crate::interop::relay::wire_names;

fn get(js: &JsValue, name: &str) -> JsValue {
    Reflect::get(js, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn text(js: &JsValue, name: &str) -> Option<String> {
    get(js, name).as_string()
}

/// The items of list `name` (none when it is left out or `null`); `None` when it is something else.
fn items(js: &JsValue, name: &str) -> Option<Vec<JsValue>> {
    let value = get(js, name);
    if value.is_undefined() || value.is_null() {
        Some(Vec::new())
    } else {
        Array::is_array(&value).then(|| Array::from(&value).iter().collect())
    }
}

fn part(js: &JsValue) -> Option<Part> {
    match text(js, "part")?.as_str() {
        "role" => Some(Part::Role),
        "team" => Some(Part::Team),
        _ => None,
    }
}

fn round(js: &JsValue) -> Option<Round> {
    match text(js, "round")?.as_str() {
        "first" => Some(Round::First),
        "second" => Some(Round::Second),
        _ => None,
    }
}

fn texts(js: &JsValue) -> Option<Vec<Wording>> {
    items(js, "texts")?
        .iter()
        .map(|w| {
            Some(Wording {
                lang: text(w, "lang")?,
                prompt: text(w, "prompt"),
                labels: items(w, "labels")?.iter().map(JsValue::as_string).collect::<Option<_>>()?,
                why: text(w, "why"),
            })
        })
        .collect()
}

fn question(js: &JsValue) -> Option<Question> {
    let options = items(js, "options")?
        .iter()
        .map(|o| Some(Choice { id: text(o, "id")?, letter: text(o, "letter")?, label: text(o, "label") }))
        .collect::<Option<_>>()?;
    Some(Question {
        kind: text(js, "kind"),
        edition: text(js, "edition"),
        scenario: text(js, "scenario")?,
        part: part(js)?,
        round: round(js)?,
        options,
        prompt: text(js, "prompt"),
        lang: text(js, "lang"),
        texts: texts(js)?,
    })
}

fn answer(js: &JsValue) -> Option<Answer> {
    let right = items(js, "right")?
        .iter()
        .map(|r| Some(Right { part: part(r)?, option: text(r, "option")?, label: text(r, "label") }))
        .collect::<Option<_>>()?;
    Some(Answer {
        scenario: text(js, "scenario")?,
        right,
        why: text(js, "why"),
        lang: text(js, "lang"),
        texts: texts(js)?,
    })
}

fn close_reason(name: &str) -> Option<CloseReason> {
    Some(match name {
        "closed" => CloseReason::Closed,
        "expired" => CloseReason::Expired,
        "replaced" => CloseReason::Replaced,
        _ => return None,
    })
}

fn error_code(name: &str) -> Option<ErrorCode> {
    use ErrorCode::*;
    Some(match name {
        "version" => Version,
        "too-big" => TooBig,
        "malformed" => Malformed,
        "invalid" => Invalid,
        "not-presenter" => NotPresenter,
        "wrong-secret" => WrongSecret,
        "unknown-room" => UnknownRoom,
        "room-full" => RoomFull,
        "relay-full" => RelayFull,
        "not-joined" => NotJoined,
        "already-joined" => AlreadyJoined,
        "stale" => Stale,
        "not-voting" => NotVoting,
        "unknown-option" => UnknownOption,
        "flood" => Flood,
        _ => return None,
    })
}

/// A parsed frame (of this protocol version) as a message a phone is sent, or `None`: `pong`, what only a
/// presenter is sent, or a message that is not of its shape. The English `message` of an error is not kept
/// (the page words each code itself).
pub fn phone_message(js: JsValue) -> Option<ServerMsg> {
    Some(match text(&js, "t")?.as_str() {
        "joined" => ServerMsg::Joined { code: text(&js, "code")? },
        "question" => ServerMsg::Question(question(&js)?),
        "standby" => ServerMsg::Standby,
        "mine" => ServerMsg::Mine(Mine {
            scenario: text(&js, "scenario")?,
            part: part(&js)?,
            round: round(&js)?,
            option: text(&js, "option"),
        }),
        "revealed" => ServerMsg::Revealed(answer(&js)?),
        "closed" => ServerMsg::Closed { reason: close_reason(&text(&js, "reason")?)? },
        "error" => ServerMsg::Error { code: error_code(&text(&js, "code")?)?, message: String::new() },
        _ => return None,
    })
}

/// The text of a message a phone sends, or `None` for any other.
pub fn phone_text(msg: &ClientMsg) -> Option<String> {
    let body: JsValue = Object::new().into();
    let set = |k: &str, v: &str| Reflect::set(&body, &JsValue::from_str(k), &JsValue::from_str(v)).ok();
    Reflect::set(&body, &JsValue::from_str("v"), &JsValue::from(VERSION)).ok()?;
    match msg {
        ClientMsg::Join { code, token } => {
            set("t", "join")?;
            set("code", code)?;
            set("token", token)?;
        }
        ClientMsg::Vote(b) => {
            let (part, round) = wire_names(b.part, b.round);
            set("t", "vote")?;
            set("scenario", &b.scenario)?;
            set("part", part)?;
            set("round", round)?;
            set("option", &b.option)?;
        }
        ClientMsg::Leave => {
            set("t", "leave")?;
        }
        ClientMsg::Ping => {
            set("t", "ping")?;
        }
        // A phone sends nothing else.
        _ => return None,
    }
    JSON::stringify(&body).ok().map(String::from)
}
