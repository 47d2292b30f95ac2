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
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::*;
