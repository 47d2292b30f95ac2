//! The classroom relay's WebSocket: one connection that reconnects by itself with backoff after a drop
//! (0.5 s doubling to 10 s, [`crate::interop::relay::backoff_ms`]), pings every 25 s while open, and speaks
//! the shared protocol's envelopes through the browser's own JSON. It stops for good when told to, when
//! dropped, or when the relay says the page is from another version.
//!
//! Events reach the owner through a callback that is never called while the connection's own state is
//! borrowed, so the owner may send from inside it.
//!
//! Each side reads and writes only its own messages ([`Codec`]): the presenter through serde, one message
//! kind at a time, the phone by hand ([`super::phone_wire`], which says what that saves the phone page).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use js_sys::{JSON, Reflect};
use rolecall_protocol::{ClientMsg, Envelope, ErrorCode, MAX_MESSAGE_BYTES, ServerMsg, VERSION};
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, WebSocket};

use super::clock::{Interval, Timeout};
use super::json;
use super::phone_wire::{phone_message, phone_text};
use crate::interop::relay::{backoff_ms, slimmer};

/// Every 25 s a `ping`, so proxies keep the socket and the relay knows the presenter is there.
const PING_MS: u32 = 25_000;

/// What happens on the connection.
#[derive(Clone, Debug, PartialEq)]
pub enum SocketEvent {
    /// Open (the first time, or again after a drop).
    Open,
    Message(ServerMsg),
    /// Dropped; reconnecting after the backoff.
    Lost,
}

/// How one side turns its messages into frames and frames into messages.
#[derive(Clone, Copy)]
pub struct Codec {
    /// The text of a message to send (made smaller until it fits, where it can be), or `None`.
    pub encode: fn(&ClientMsg) -> Option<String>,
    /// A parsed frame of this protocol version as a message, or `None` for what this side is never sent.
    pub decode: fn(JsValue) -> Option<ServerMsg>,
}

impl Codec {
    /// The presenter's: serde for every shape, each incoming message read by its `t` ([`presenter_message`]);
    /// a message too big loses its optional texts first.
    pub const PRESENTER: Codec = Codec { encode: fitted, decode: presenter_message };
    /// The phone's: `join`, `vote`, `leave` and `ping` out; `joined`, `question`, `standby`, `mine`,
    /// `revealed`, `closed` and `error` in, each read as its own shape.
    pub const PHONE: Codec = Codec { encode: phone_text, decode: phone_message };
}

/// `msg` as text, without its optional texts as far as needed to fit [`MAX_MESSAGE_BYTES`].
pub fn fitted(msg: &ClientMsg) -> Option<String> {
    let mut msg = msg.clone();
    loop {
        let text = envelope_text(&msg)?;
        if text.len() <= MAX_MESSAGE_BYTES {
            return Some(text);
        }
        msg = slimmer(&msg)?;
    }
}

/// `msg`'s own fields and `v`: the message (an internally tagged enum, `t` first) through serde, and the
/// version set on the object before the browser writes it (so `v` comes last; readers go by name). serde's flattened [`Envelope`] would write the
/// same JSON through a map serializer that buffers every field: 1,119 B gzip more on present.html (measured
/// 2026-12-02). Browser tests hold it to the envelope's JSON.
fn envelope_text(msg: &ClientMsg) -> Option<String> {
    let js = json::to_js(msg).ok()?;
    Reflect::set(&js, &JsValue::from_str("v"), &JsValue::from(VERSION)).ok()?;
    JSON::stringify(&js).ok().map(String::from)
}

/// A parsed frame as any relay message, through serde (the presenter's reader; tests compare the phone's
/// reader with it).
pub fn any_message(js: JsValue) -> Option<ServerMsg> {
    json::from_js::<Envelope<ServerMsg>>(js).ok().map(|e| e.msg)
}

/// A parsed frame as one of the messages a presenter is sent (`opened`, `presence`, `tally`, `closed`,
/// `error`, `pong`), read by its `t` and then each field or shape through serde; `None` for the phones' own.
///
/// Why not [`any_message`]: serde reads an internally tagged enum (and the envelope's flattened fields) by
/// first copying the whole message into a generic tree, and that links the reader of every message of the
/// protocol, the phones' questions and answers included. Reading `t` first: 281,522 → 266,973 B gzip
/// (−14,549) for present.html's wasm (wasm-opt -Oz, gzip -9, measured 2026-12-02). Browser tests hold it to
/// `any_message`.
pub fn presenter_message(js: JsValue) -> Option<ServerMsg> {
    Some(match field(&js, "t")?.as_string()?.as_str() {
        "opened" => ServerMsg::Opened {
            code: value(&js, "code")?,
            secret: value(&js, "secret")?,
            max_phones: value(&js, "max_phones")?,
            idle_secs: value(&js, "idle_secs")?,
        },
        "presence" => ServerMsg::Presence { phones: value(&js, "phones")? },
        "tally" => ServerMsg::Tally(json::from_js(js).ok()?),
        "closed" => ServerMsg::Closed { reason: value(&js, "reason")? },
        "error" => {
            ServerMsg::Error { code: value(&js, "code")?, message: value(&js, "message").unwrap_or_default() }
        }
        "pong" => ServerMsg::Pong,
        _ => return None,
    })
}

/// The field `name` of a parsed frame, read through serde as a `T`.
fn value<T: DeserializeOwned>(js: &JsValue, name: &str) -> Option<T> {
    json::from_js(field(js, name)?).ok()
}

fn field(js: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(js, &JsValue::from_str(name)).ok()
}

/// A reconnecting connection to the relay. Dropping it closes the socket and stops reconnecting.
pub struct Relay {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    url: String,
    socket: Option<WebSocket>,
    /// The socket's open, message and close listeners: dropping them takes them off the socket.
    listeners: Vec<EventListener>,
    retry: Option<Timeout>,
    ping: Option<Interval>,
    attempt: u32,
    stopped: bool,
    codec: Codec,
    on_event: Rc<dyn Fn(SocketEvent)>,
}

impl Relay {
    /// Connect to `url` (`ws://…/ws`) and keep connected, speaking as `codec` says; `on_event` hears
    /// everything.
    pub fn connect(url: String, codec: Codec, on_event: impl Fn(SocketEvent) + 'static) -> Relay {
        let inner = Rc::new(RefCell::new(Inner {
            url,
            socket: None,
            listeners: Vec::new(),
            retry: None,
            ping: None,
            attempt: 0,
            stopped: false,
            codec,
            on_event: Rc::new(on_event),
        }));
        open(&inner);
        Relay { inner }
    }

    /// Send `msg` if the socket is open (a message too big loses its optional texts first); `false` when it
    /// could not go (the next reconnect re-sends what matters).
    pub fn send(&self, msg: &ClientMsg) -> bool {
        let (socket, codec) = {
            let i = self.inner.borrow();
            (i.socket.clone(), i.codec)
        };
        match (socket, (codec.encode)(msg)) {
            (Some(socket), Some(text)) if socket.ready_state() == WebSocket::OPEN => {
                socket.send_with_str(&text).is_ok()
            }
            _ => false,
        }
    }

    /// Close for good: no more events, no reconnect.
    pub fn stop(&self) {
        stop(&self.inner);
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        stop(&self.inner);
    }
}

fn stop(inner: &Rc<RefCell<Inner>>) {
    let mut i = inner.borrow_mut();
    i.stopped = true;
    i.retry = None;
    i.ping = None;
    // The listeners stay until the connection is dropped (this may run inside one of them); each one checks
    // `stopped` first, so the close event this causes finds no one.
    if let Some(socket) = i.socket.take() {
        let _ = socket.close();
    }
}

/// The event for one frame's text, or `None` for what is not a message of this protocol.
fn decode(text: &str, codec: Codec) -> Option<ServerMsg> {
    let js = JSON::parse(text).ok().filter(|js| js.is_object() && !js_sys::Array::is_array(js))?;
    if field(&js, "v").and_then(|v| v.as_f64()) != Some(f64::from(VERSION)) {
        // The relay speaks another version: the same as being told so.
        return Some(ServerMsg::Error { code: ErrorCode::Version, message: String::new() });
    }
    (codec.decode)(js)
}

/// Call the owner's callback with nothing borrowed.
fn emit(inner: &Weak<RefCell<Inner>>, event: SocketEvent) {
    let Some(inner) = inner.upgrade() else { return };
    let on_event = {
        let i = inner.borrow();
        if i.stopped {
            return;
        }
        i.on_event.clone()
    };
    on_event(event);
}

fn open(inner: &Rc<RefCell<Inner>>) {
    let url = inner.borrow().url.clone();
    let Ok(socket) = WebSocket::new(&url) else {
        retry(inner);
        return;
    };
    let weak = Rc::downgrade(inner);
    let on_open = {
        let weak = weak.clone();
        EventListener::new(&socket, "open", move |_| {
            if let Some(inner) = weak.upgrade() {
                let mut i = inner.borrow_mut();
                i.attempt = 0;
                let (socket, codec) = (i.socket.clone(), i.codec);
                i.ping = socket.map(|s| {
                    Interval::new(PING_MS, move || {
                        if let Some(text) = (codec.encode)(&ClientMsg::Ping) {
                            let _ = s.send_with_str(&text);
                        }
                    })
                });
            }
            emit(&weak, SocketEvent::Open);
        })
    };
    let on_message = {
        let weak = weak.clone();
        EventListener::new(&socket, "message", move |e| {
            let Some(text) = e.dyn_ref::<MessageEvent>().and_then(|m| m.data().as_string()) else { return };
            let codec = match weak.upgrade() {
                Some(inner) => inner.borrow().codec,
                None => return,
            };
            if let Some(msg) = decode(&text, codec) {
                emit(&weak, SocketEvent::Message(msg));
            }
        })
    };
    let on_close = {
        let weak = weak.clone();
        EventListener::new(&socket, "close", move |_| {
            let Some(inner) = weak.upgrade() else { return };
            {
                let mut i = inner.borrow_mut();
                if i.stopped {
                    return;
                }
                i.socket = None;
                i.ping = None;
            }
            emit(&weak, SocketEvent::Lost);
            retry(&inner);
        })
    };
    let mut i = inner.borrow_mut();
    // The old socket's listeners go first (dropped here), so its close event finds no one.
    i.listeners = vec![on_open, on_message, on_close];
    if let Some(old) = i.socket.replace(socket) {
        let _ = old.close();
    }
}

/// Try again after the backoff (unless stopped meanwhile).
fn retry(inner: &Rc<RefCell<Inner>>) {
    let weak = Rc::downgrade(inner);
    let mut i = inner.borrow_mut();
    if i.stopped {
        return;
    }
    let delay = backoff_ms(i.attempt);
    i.attempt = i.attempt.saturating_add(1);
    i.retry = Some(Timeout::new(delay, move || {
        if let Some(inner) = weak.upgrade()
            && !inner.borrow().stopped
        {
            open(&inner);
        }
    }));
}
