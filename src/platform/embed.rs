//! Talking to the page RoleCall is embedded in: the frame's height and the learner's results go up to the
//! parent window; a "send your height again" request comes down.
//!
//! Every message RoleCall sends is a tagged, versioned envelope, `{"tag":"rolecall","v":1,"type":…}`, so a
//! host page can tell it from the many other messages a page receives, and a future version can change
//! shape without confusing an old host script. WordPress's sandboxed embeds get its own height message too,
//! `{message:"height", value, secret}`, with the secret WordPress put in the frame's `#?secret=` address.
//!
//! The pure half builds the messages (JSON text, written by [`super::json`]) and decides what to accept; the
//! web half (wasm32 only) observes the content's size, posts, and listens.

use super::json::Object;
use super::xapi::{self, Score};
use crate::engine::quiz::Quiz;
use crate::engine::session::{Answer, grade};
use crate::engine::summary::summarize;

/// The envelope's tag: messages without it are not RoleCall's.
pub const TAG: &str = "rolecall";
/// The envelope's version. A host script ignores versions it does not know.
pub const VERSION: u64 = 1;

fn envelope(kind: &str) -> Object {
    Object::new().str("tag", TAG).int("v", VERSION).str("type", kind)
}

/// "My content is `px` pixels tall."
pub fn height(px: u32) -> String {
    envelope("height").int("height", u64::from(px)).finish()
}

/// WordPress's own height message for a sandboxed embed (its `wp-embed.js` clamps the value to 200–1000).
pub fn wordpress_height(px: u32, secret: &str) -> String {
    Object::new().str("message", "height").int("value", u64::from(px)).str("secret", secret).finish()
}

/// The message for the latest answer in `answers`: which scenario, how far along (`answered` of `total`),
/// the answer's points, and an xAPI "answered" statement. `page` is RoleCall's address without its query.
pub fn answered(page: &str, quiz: &Quiz, answers: &[Answer], total: usize) -> Option<String> {
    let answer = answers.last()?;
    let g = grade(quiz, answer)?;
    let statement = xapi::answered(page, quiz, answer)?;
    Some(
        envelope("answered")
            .str("quiz", &quiz.id)
            .str("scenario", &answer.scenario)
            .int("answered", answers.len() as u64)
            .int("total", total as u64)
            .obj("score", Score { raw: g.points(), max: 2 }.to_json())
            .bool("success", g.is_perfect())
            .obj("statement", statement)
            .finish(),
    )
}

/// The message for a finished session: the session's points, whether they reach `pass` percent, and an xAPI
/// "completed" statement dated at the last answer.
pub fn completed(page: &str, quiz: &Quiz, answers: &[Answer], pass: u8) -> String {
    let summary = summarize(quiz, answers);
    let points = summary.points();
    let score = Score { raw: points.correct, max: points.total };
    let at = answers.last().map_or(0, |a| a.at);
    envelope("completed")
        .str("quiz", &quiz.id)
        .int("answered", answers.len() as u64)
        .int("total", answers.len() as u64)
        .obj("score", score.to_json())
        .bool("success", xapi::passed(score, pass))
        .obj("statement", xapi::completed(page, quiz, &summary, pass, at))
        .finish()
}

/// The secret WordPress appends to a sandboxed embed's address (`#?secret=Ab12Cd34Ef`). WordPress makes
/// it from letters and digits; anything else is not a WordPress secret, and is ignored.
pub fn wordpress_secret(hash: &str) -> Option<String> {
    let query = hash.strip_prefix('#')?.strip_prefix('?')?;
    let secret = query.split('&').find_map(|pair| pair.strip_prefix("secret="))?;
    (!secret.is_empty() && secret.len() <= 64 && secret.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then(|| secret.to_string())
}

/// The origin (`scheme://host[:port]`) of an http(s) address, as a browser writes `MessageEvent.origin`:
/// lower case, no user name, no default port. `None` for anything else, including an empty referrer.
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "http" => ":80",
        "https" => ":443",
        _ => return None,
    };
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h).to_ascii_lowercase();
    let host = host.strip_suffix(default_port).unwrap_or(&host);
    (!host.is_empty()).then(|| format!("{scheme}://{host}"))
}

/// The parent window's origin, from what the browser tells: the nearest of `location.ancestorOrigins`
/// (Chromium and Safari; `"null"` for a sandboxed parent), else the referrer's origin. The referrer is empty
/// under a `no-referrer` policy and when an https page frames an http one; then the origin stays unknown
/// until the parent's first message.
pub fn parent_origin(nearest_ancestor: Option<&str>, referrer: &str) -> Option<String> {
    nearest_ancestor.and_then(origin_of).or_else(|| origin_of(referrer))
}

/// The page's address without its query and fragment: the base of snippets and of xAPI activity ids.
pub fn page_address(href: &str) -> &str {
    href.split(['?', '#']).next().unwrap_or(href)
}

/// Where a message may be posted: to the parent's origin when it is known. When it is not (no referrer,
/// and no message from the parent yet), only the height may go to `"*"`: it tells nothing about the
/// learner, and without it the frame could never fit a page that hides its address. Results never go to an
/// unknown origin.
pub fn target_origin(parent: Option<&str>, carries_results: bool) -> Option<&str> {
    match parent {
        Some(origin) => Some(origin),
        None if carries_results => None,
        None => Some("*"),
    }
}

/// A message from the host page that RoleCall acts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inbound {
    /// RoleCall's host script adopted this frame: send the height again (it may have missed the first).
    Hello,
    /// WordPress's `wp-embed.js` is listening now: send the height again.
    WordPressReady,
}

/// What the web half read from a received `message` event.
#[derive(Clone, Debug, Default)]
pub struct Received<'a> {
    /// Whether `event.source` is this window's parent.
    pub from_parent: bool,
    /// `event.origin`.
    pub origin: &'a str,
    pub tag: Option<&'a str>,
    pub version: Option<f64>,
    /// The envelope's `type`.
    pub kind: Option<&'a str>,
    /// WordPress's `message` and `secret`.
    pub message: Option<&'a str>,
    pub secret: Option<&'a str>,
}

/// Accept a message only from the parent window, from the parent's origin when it is known, and only when
/// it is RoleCall's envelope (this version) or WordPress's ready message with this frame's secret.
pub fn read(received: &Received<'_>, parent_origin: Option<&str>, secret: Option<&str>) -> Option<Inbound> {
    if !received.from_parent || parent_origin.is_some_and(|o| o != received.origin) {
        return None;
    }
    if received.tag == Some(TAG) {
        return (received.version == Some(VERSION as f64) && received.kind == Some("hello"))
            .then_some(Inbound::Hello);
    }
    (received.message == Some("ready") && secret.is_some() && received.secret == secret)
        .then_some(Inbound::WordPressReady)
}

#[cfg(target_arch = "wasm32")]
pub use web::*;

#[cfg(target_arch = "wasm32")]
mod web {
    //! The web half: find the parent, post to it, observe the content's height, listen for requests.

    use std::cell::RefCell;
    use std::fmt;

    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    use super::{Inbound, Received};

    /// Why a message could not be sent or a watcher could not start.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum EmbedError {
        /// No window, or this page is not in a frame.
        NotFramed,
        /// The parent's origin is unknown, so results are not sent.
        UnknownParent,
        /// The browser refused this call (no ResizeObserver, a postMessage error, …).
        Browser(&'static str),
    }

    impl fmt::Display for EmbedError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                EmbedError::NotFramed => write!(f, "this page is not inside a frame"),
                EmbedError::UnknownParent => write!(f, "the embedding page's origin is unknown"),
                EmbedError::Browser(e) => write!(f, "the browser refused: {e}"),
            }
        }
    }

    /// The error for a refused call, named by what was called (the exception's text is not worth the code
    /// that formats it).
    fn refused(call: &'static str) -> impl Fn(JsValue) -> EmbedError {
        move |_| EmbedError::Browser(call)
    }

    thread_local! {
        /// The parent's origin as learned from its first accepted message, when the referrer was empty.
        static LEARNED_ORIGIN: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// The parent window, when this page is framed.
    fn parent() -> Result<web_sys::Window, EmbedError> {
        let window = web_sys::window().ok_or(EmbedError::NotFramed)?;
        let parent = window.parent().ok().flatten().ok_or(EmbedError::NotFramed)?;
        if parent == window { Err(EmbedError::NotFramed) } else { Ok(parent) }
    }

    /// The parent's origin: from `location.ancestorOrigins` where the browser has it, else the referrer,
    /// else the parent's first accepted message.
    pub fn parent_origin() -> Option<String> {
        let window = web_sys::window()?;
        let ancestors = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into()).ok();
        let nearest = ancestors
            .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
            .and_then(|o| o.as_string());
        let referrer = window.document().map(|d| d.referrer()).unwrap_or_default();
        super::parent_origin(nearest.as_deref(), &referrer)
            .or_else(|| LEARNED_ORIGIN.with(|o| o.borrow().clone()))
    }

    /// The WordPress secret in this page's address, if any.
    pub fn secret() -> Option<String> {
        let hash = web_sys::window()?.location().hash().ok()?;
        super::wordpress_secret(&hash)
    }

    /// This page's address without its query and fragment.
    pub fn page() -> String {
        let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
        super::page_address(&href).to_string()
    }

    /// Post JSON text to the parent as an object (what host scripts and WordPress expect).
    fn post(json: &str, target: &str) -> Result<(), EmbedError> {
        let parent = parent()?;
        let value = js_sys::JSON::parse(json).map_err(refused("JSON.parse"))?;
        parent.post_message(&value, target).map_err(refused("postMessage"))
    }

    /// Tell the parent the content's height, in RoleCall's envelope and, inside WordPress, in its protocol.
    pub fn post_height(px: u32) -> Result<(), EmbedError> {
        let origin = parent_origin();
        let target = super::target_origin(origin.as_deref(), false).unwrap_or("*");
        post(&super::height(px), target)?;
        match secret() {
            Some(secret) => post(&super::wordpress_height(px, &secret), target),
            None => Ok(()),
        }
    }

    /// Send a results message (answered / completed) to the parent, only to its known origin.
    pub fn post_results(json: &str) -> Result<(), EmbedError> {
        let origin = parent_origin();
        let target = super::target_origin(origin.as_deref(), true).ok_or(EmbedError::UnknownParent)?;
        post(json, target)
    }

    /// Watches an element's size; stops when dropped.
    pub struct HeightObserver {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
    }

    impl Drop for HeightObserver {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }

    /// Call `on_height` with the height the page needs to show `content` without scrolling (the bottom of its
    /// bounding box, in page coordinates), now and whenever its size changes. The content, not the document,
    /// is measured: inside a frame `documentElement.scrollHeight` never drops below the frame's own height,
    /// so a frame sized by it could grow but never shrink.
    pub fn observe_height(
        content: &web_sys::Element,
        on_height: impl Fn(u32) + 'static,
    ) -> Result<HeightObserver, EmbedError> {
        parent()?;
        let element = content.clone();
        let measure = std::rc::Rc::new(move || {
            let scroll = web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0);
            let bottom = element.get_bounding_client_rect().bottom() + scroll;
            on_height(bottom.max(0.0).ceil() as u32);
        });
        let on_resize = measure.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries| on_resize());
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref())
            .map_err(refused("new ResizeObserver"))?;
        observer.observe(content);
        // Once now as well: a frame its page hides (WordPress clips it until it reports a height) is not
        // rendered, so its ResizeObserver stays silent until then; measuring forces the layout it needs.
        measure();
        Ok(HeightObserver { observer, _callback: callback })
    }

    /// Listens for the parent's messages; stops when dropped.
    pub struct Listener {
        window: web_sys::Window,
        callback: Closure<dyn FnMut(web_sys::MessageEvent)>,
    }

    impl Drop for Listener {
        fn drop(&mut self) {
            let _ = self
                .window
                .remove_event_listener_with_callback("message", self.callback.as_ref().unchecked_ref());
        }
    }

    fn text(data: &JsValue, key: &str) -> Option<String> {
        js_sys::Reflect::get(data, &key.into()).ok()?.as_string()
    }

    /// Call `on_message` for each message [`super::read`] accepts.
    pub fn listen(on_message: impl Fn(Inbound) + 'static) -> Result<Listener, EmbedError> {
        let parent = parent()?;
        let window = web_sys::window().ok_or(EmbedError::NotFramed)?;
        let callback =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                if !data.is_object() {
                    return;
                }
                // Compared as plain values: a cross-origin parent is not `instanceof Window` here, so a checked
                // cast would refuse it.
                let from_parent = event.source().is_some_and(|s| JsValue::from(s) == JsValue::from(&parent));
                let origin = event.origin();
                let (tag, kind, message, secret) =
                    (text(&data, "tag"), text(&data, "type"), text(&data, "message"), text(&data, "secret"));
                let received = Received {
                    from_parent,
                    origin: &origin,
                    tag: tag.as_deref(),
                    version: js_sys::Reflect::get(&data, &"v".into()).ok().and_then(|v| v.as_f64()),
                    kind: kind.as_deref(),
                    message: message.as_deref(),
                    secret: secret.as_deref(),
                };
                let known = parent_origin();
                if let Some(inbound) = super::read(&received, known.as_deref(), self::secret().as_deref()) {
                    if known.is_none() && origin != "null" {
                        LEARNED_ORIGIN.with(|o| *o.borrow_mut() = Some(origin.clone()));
                    }
                    on_message(inbound);
                }
            });
        window
            .add_event_listener_with_callback("message", callback.as_ref().unchecked_ref())
            .map_err(refused("addEventListener"))?;
        Ok(Listener { window, callback })
    }
}
