//! The classroom relay's WebSocket: one connection that reconnects by itself with backoff after a drop
//! (0.5 s doubling to 10 s, [`crate::interop::relay::backoff_ms`]), pings every 25 s while open, and speaks
//! the shared protocol's envelopes through the browser's own JSON. It stops for good when told to, when
//! dropped, or when the relay says the page is from another version.
//!
//! Events reach the owner through a callback that is never called while the connection's own state is
//! borrowed, so the owner may send from inside it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo_events::EventListener;
use rolecall_protocol::{ClientMsg, Envelope, ErrorCode, MAX_MESSAGE_BYTES, Peek, ServerMsg, check_version};
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, WebSocket};

use super::clock::{Interval, Timeout};
use super::json;
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
    on_event: Rc<dyn Fn(SocketEvent)>,
}

impl Relay {
    /// Connect to `url` (`ws://…/ws`) and keep connected; `on_event` hears everything.
    pub fn connect(url: String, on_event: impl Fn(SocketEvent) + 'static) -> Relay {
        let inner = Rc::new(RefCell::new(Inner {
            url,
            socket: None,
            listeners: Vec::new(),
            retry: None,
            ping: None,
            attempt: 0,
            stopped: false,
            on_event: Rc::new(on_event),
        }));
        open(&inner);
        Relay { inner }
    }

    /// Send `msg` if the socket is open (a message too big loses its optional texts first); `false` when it
    /// could not go (the next reconnect re-sends what matters).
    pub fn send(&self, msg: &ClientMsg) -> bool {
        let Some(socket) = self.inner.borrow().socket.clone() else { return false };
        if socket.ready_state() != WebSocket::OPEN {
            return false;
        }
        let mut msg = msg.clone();
        loop {
            let Ok(text) = json::to_text(&Envelope::new(msg.clone())) else { return false };
            if text.len() <= MAX_MESSAGE_BYTES {
                return socket.send_with_str(&text).is_ok();
            }
            match slimmer(&msg) {
                Some(smaller) => msg = smaller,
                None => return false,
            }
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
fn decode(text: &str) -> Option<ServerMsg> {
    let js = js_sys::JSON::parse(text).ok()?;
    let peek: Peek = json::from_js(js.clone()).ok()?;
    if check_version(peek).is_err() {
        // The relay speaks another version: the same as being told so.
        return Some(ServerMsg::Error { code: ErrorCode::Version, message: String::new() });
    }
    json::from_js::<Envelope<ServerMsg>>(js).ok().map(|e| e.msg)
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
                let socket = i.socket.clone();
                i.ping = socket.map(|s| {
                    Interval::new(PING_MS, move || {
                        if let Ok(text) = json::to_text(&Envelope::new(ClientMsg::Ping)) {
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
            if let Some(msg) = decode(&text) {
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
