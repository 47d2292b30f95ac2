//! Talking to the page RoleCall is embedded in: the frame's height and the learner's results go up to the
//! parent window; a "send your height again" request comes down.
//!
//! Every message RoleCall sends is a tagged, versioned envelope, `{"tag":"rolecall","v":1,"type":…}`, so a
//! host page can tell it from the many other messages a page receives, and a future version can change
//! shape without confusing an old host script. WordPress's sandboxed embeds get its own height message too,
//! `{message:"height", value, secret}`, with the secret WordPress put in the frame's `#?secret=` address.
//!
//! Pure: the messages are serde shapes, and the rules for what to accept and where results may go are
//! decided here; `platform::embed` observes the content's size, posts, and listens.

use serde::{Deserialize, Serialize};

use super::xapi::{self, Score, Statement};
use crate::engine::deck::{Answer, mark};
use crate::engine::quiz::Quiz;
use crate::engine::summary::summarize;

/// The envelope's tag: messages without it are not RoleCall's.
pub const TAG: &str = "rolecall";
/// The envelope's version. A host script ignores versions it does not know.
pub const VERSION: u32 = 1;

/// A message RoleCall sends to the page it is embedded in: `{"tag":"rolecall","v":1,"type":…, …}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outbound {
    pub tag: &'static str,
    pub v: u32,
    #[serde(flatten)]
    pub body: Body,
}

/// What an [`Outbound`] message says, by its `type`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Body {
    /// "My content is `height` pixels tall."
    Height { height: u32 },
    /// One more answer: which scenario, how far along, its points and an xAPI statement.
    Answered {
        quiz: String,
        scenario: String,
        answered: usize,
        total: usize,
        score: Score,
        success: bool,
        statement: Statement,
    },
    /// The session is over: its points, whether they pass, and an xAPI statement.
    Completed {
        quiz: String,
        answered: usize,
        total: usize,
        score: Score,
        success: bool,
        statement: Statement,
    },
}

impl Outbound {
    fn of(body: Body) -> Outbound {
        Outbound { tag: TAG, v: VERSION, body }
    }

    /// Whether the message tells anything about the learner (then it only goes to a known origin).
    pub fn carries_results(&self) -> bool {
        !matches!(self.body, Body::Height { .. })
    }
}

/// "My content is `px` pixels tall."
pub fn height(px: u32) -> Outbound {
    Outbound::of(Body::Height { height: px })
}

/// WordPress's own height message for a sandboxed embed (its `wp-embed.js` clamps the value to 200–1000).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WordPressHeight<'a> {
    pub message: &'static str,
    pub value: u32,
    pub secret: &'a str,
}

pub fn wordpress_height(px: u32, secret: &str) -> WordPressHeight<'_> {
    WordPressHeight { message: "height", value: px, secret }
}

/// The message for the latest answer in `answers`: which scenario, how far along (`answered` of `total`),
/// the answer's points, and an xAPI "answered" statement. `page` is RoleCall's address without its query;
/// `timestamp` is the answer's time as ISO 8601.
pub fn answered(
    page: &str,
    quiz: &Quiz,
    answers: &[Answer],
    total: usize,
    timestamp: String,
) -> Option<Outbound> {
    let answer = answers.last()?;
    // Points of any kind: a scenario's two parts, or one per practice item on the card.
    let m = mark(quiz, answer)?;
    let statement = xapi::answered(page, quiz, answer, timestamp)?;
    Some(Outbound::of(Body::Answered {
        quiz: quiz.id.to_string(),
        scenario: answer.scenario.to_string(),
        answered: answers.len(),
        total,
        score: Score { raw: m.right, max: m.total },
        success: m.is_perfect(),
        statement,
    }))
}

/// The message for a finished session: the session's points, whether they reach `pass` percent, and an xAPI
/// "completed" statement dated `timestamp` (the last answer's time).
pub fn completed(page: &str, quiz: &Quiz, answers: &[Answer], pass: u8, timestamp: String) -> Outbound {
    let summary = summarize(quiz, answers);
    let points = summary.points();
    let score = Score { raw: points.correct, max: points.total };
    Outbound::of(Body::Completed {
        quiz: quiz.id.to_string(),
        answered: answers.len(),
        total: answers.len(),
        score,
        success: xapi::passed(score, pass),
        statement: xapi::completed(page, quiz, &summary, pass, timestamp),
    })
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

/// The fields RoleCall looks at in a message's data; anything else in it is ignored, and data of another
/// shape (a string, a number) reads as nothing at all.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Incoming {
    pub tag: Option<String>,
    pub v: Option<f64>,
    /// The envelope's `type`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// WordPress's `message` and `secret`.
    pub message: Option<String>,
    pub secret: Option<String>,
}

/// What the web half read from a received `message` event.
#[derive(Clone, Debug, Default)]
pub struct Received<'a> {
    /// Whether `event.source` is this window's parent.
    pub from_parent: bool,
    /// `event.origin`.
    pub origin: &'a str,
    pub data: Incoming,
}

/// Accept a message only from the parent window, from the parent's origin when it is known, and only when
/// it is RoleCall's envelope (this version) or WordPress's ready message with this frame's secret.
pub fn read(received: &Received<'_>, parent_origin: Option<&str>, secret: Option<&str>) -> Option<Inbound> {
    if !received.from_parent || parent_origin.is_some_and(|o| o != received.origin) {
        return None;
    }
    let data = &received.data;
    if data.tag.as_deref() == Some(TAG) {
        return (data.v == Some(f64::from(VERSION)) && data.kind.as_deref() == Some("hello"))
            .then_some(Inbound::Hello);
    }
    (data.message.as_deref() == Some("ready") && secret.is_some() && data.secret.as_deref() == secret)
        .then_some(Inbound::WordPressReady)
}
