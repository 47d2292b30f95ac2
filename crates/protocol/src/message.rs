//! The message shapes. Field names are snake_case, type tags and enum values kebab-case; optional fields are
//! left out of the JSON when empty, and may be left out (or `null`) by senders.

use serde::{Deserialize, Deserializer, Serialize};

/// A list that may be left out or sent as `null` (like every optional field): both read as empty.
fn list_or_null<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Option::<Vec<T>>::deserialize(d).map(Option::unwrap_or_default)
}

/// One message on the wire: the protocol version next to the message's own fields.
///
/// `{"v":1,"t":"join","code":"K7QX2M","token":"…"}` is `Envelope { v: 1, msg: ClientMsg::Join { … } }`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<M> {
    pub v: u32,
    #[serde(flatten)]
    pub msg: M,
}

impl<M> Envelope<M> {
    /// `msg` at this crate's [`crate::VERSION`].
    pub fn new(msg: M) -> Self {
        Envelope { v: crate::VERSION, msg }
    }
}

/// Just the version of an incoming message, read before anything else (every other field is ignored), so an
/// unknown version is refused with a clear message rather than as a shape error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct Peek {
    #[serde(default)]
    pub v: Option<u64>,
}

/// One of the two questions every scenario asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Role,
    Team,
}

/// The first vote, or the vote after discussion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Round {
    First,
    Second,
}

/// One option as the projector shows it: its stable id, its letter there, and optionally its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    /// "A", "B", … exactly as on the projector.
    pub letter: String,
    /// The option's name in the presenter's language, for phones that have no copy of the quiz.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The question being asked: which quiz, which scenario, which part and round, the options in their on-screen
/// order. The texts are optional: a phone shows `prompt` and the labels (in the presenter's language, `lang`),
/// or the same texts from `texts` when one is in its reader's language (the presenter sends those for the
/// built-in quiz, whose editions it has); without any it shows the letters alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// The built-in edition's id (e.g. "cm-vs-smm"), absent for a quiz the phone cannot fetch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    pub scenario: String,
    pub part: Part,
    pub round: Round,
    pub options: Vec<Choice>,
    /// The scenario's text, for phones without the quiz.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The language of `prompt` and the labels (a BCP 47 tag such as "es").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The kind of practice item asked (e.g. "sort"), absent for a scenario's role or team question: a phone
    /// then names the question by its own words instead of calling it "Role".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The same texts in other languages (the built-in quiz's other editions), so each phone shows them in
    /// its reader's language; none for a quiz that has one language.
    #[serde(default, deserialize_with = "list_or_null", skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<Wording>,
}

/// A question's or an answer's texts in one more language: `prompt` and the option labels (in the order of
/// the question's `options`) for an announce; the labels (in the order of `right`) and `why` for a reveal.
/// A phone uses it only when it has every text the message has, so no text is ever shown under the wrong
/// language's tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    /// The texts' language (a BCP 47 tag), other than the message's own `lang`.
    pub lang: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    #[serde(default, deserialize_with = "list_or_null", skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
}

/// One right answer of a revealed scenario.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Right {
    pub part: Part,
    pub option: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}

/// The reveal of a scenario: the right option of each part, and optionally why (for phones without the quiz).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub scenario: String,
    pub right: Vec<Right>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The labels and why in other languages (see [`Question::texts`]).
    #[serde(default, deserialize_with = "list_or_null", skip_serializing_if = "Vec::is_empty")]
    pub texts: Vec<Wording>,
}

/// A phone's vote: the option it picks for the question named by scenario, part and round.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ballot {
    pub scenario: String,
    pub part: Part,
    pub round: Round,
    pub option: String,
}

/// Votes for one option.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub option: String,
    pub n: u32,
}

/// The live count of phone votes on one question (absolute, never a delta).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub scenario: String,
    pub part: Part,
    pub round: Round,
    /// One entry per announced option, in the announced order (zeros included).
    pub counts: Vec<Count>,
    /// Phones that have voted on this question (the sum of `counts`).
    pub voted: u32,
    /// Phones connected to the room now.
    pub phones: u32,
}

/// What the relay holds as one phone's vote on one question (`option: None`: no vote yet).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mine {
    pub scenario: String,
    pub part: Part,
    pub round: Round,
    #[serde(default)]
    pub option: Option<String>,
}

/// Presenter or phone → relay. The first message of a connection decides what it is: `open` makes it the
/// room's presenter, `join` one of its phones.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "kebab-case")]
pub enum ClientMsg {
    /// Presenter: open a new room (no fields), or take back the room `code` with its `secret` after a reconnect
    /// (the relay recreates it with the same code if it no longer has it, e.g. after a restart).
    Open {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        secret: Option<String>,
    },
    /// Presenter: this question is open for votes now.
    Announce(Question),
    /// Presenter: no question is open (lobby, showing a scenario, the summary); phones wait.
    Standby,
    /// Presenter: the answer; votes on the scenario stop until the next announce.
    Reveal(Answer),
    /// Presenter: the class is over; phones are told and the room is gone.
    Close,
    /// Phone: join the room `code` as the device `token` (kept in sessionStorage, so a reload rejoins as the
    /// same phone and keeps its vote).
    Join { code: String, token: String },
    /// Phone: vote, or change the vote, on the question being asked.
    Vote(Ballot),
    /// Phone: leave the room (its votes stay counted).
    Leave,
    /// Anyone: are you there? (answered with `pong`; browsers cannot send WebSocket pings).
    Ping,
}

/// Why a room ended for a connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CloseReason {
    /// The presenter closed the class.
    Closed,
    /// Nothing happened in the room for longer than the relay's idle time.
    Expired,
    /// Another connection took this place: the room's secret (a reloaded projector) or this phone's token (the
    /// same phone page in a second tab). The old connection must not reconnect on its own.
    Replaced,
}

/// What went wrong, for the page to react to (the `message` beside it is English, for people and logs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The message's `v` is not this relay's version: the page is from another release; reload it.
    Version,
    /// The message is larger than [`crate::MAX_MESSAGE_BYTES`].
    TooBig,
    /// Not JSON, not an object, an unknown `t` or a missing field.
    Malformed,
    /// Well-formed but a field breaks a rule (id, length, letters, too many options…); `message` says which.
    Invalid,
    /// A presenter-only message from a phone, or before `open`.
    NotPresenter,
    /// `open` with a code and a secret that does not match that room's.
    WrongSecret,
    /// No room has this join code (mistyped, closed or expired).
    UnknownRoom,
    /// The room has as many phones as the relay allows.
    RoomFull,
    /// The relay holds as many rooms as it allows.
    RelayFull,
    /// `vote` or `leave` before `join`.
    NotJoined,
    /// A second `open` or `join` on the same connection.
    AlreadyJoined,
    /// The vote is for a question that is not the one being asked (the phone should take the `question` it
    /// was sent and vote again).
    Stale,
    /// No question is open for votes (standby, or the scenario was revealed).
    NotVoting,
    /// The option is not one of the question's options.
    UnknownOption,
    /// Too many messages too fast: this one was dropped; keep on and the connection is closed.
    Flood,
}

/// Relay → presenter or phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "kebab-case")]
pub enum ServerMsg {
    /// To the presenter: the room is yours. Keep `code` and `secret` with the class's saved state.
    Opened { code: String, secret: String, max_phones: u32, idle_secs: u32 },
    /// To the presenter: the phones' votes on one question, after every change.
    Tally(Tally),
    /// To the presenter: how many phones are connected (sent when it changes, and right after `opened`).
    Presence { phones: u32 },
    /// To a phone: you are in the room.
    Joined { code: String },
    /// To a phone: the question being asked (after `joined`, and on every announce). A phone that holds a vote
    /// for this question (scenario, part, round) sends it again: that is how votes survive a relay restart.
    Question(Question),
    /// To a phone: no question is open; wait.
    Standby,
    /// To a phone: the vote the relay holds for it on the current question (after `joined`, `question` and
    /// every `vote`). `option: null` means none: a phone that had one re-sends it.
    Mine(Mine),
    /// To a phone: the answer (after `joined` too, if the scenario was already revealed).
    Revealed(Answer),
    /// The room is gone (or, for a presenter, taken over); the relay closes the connection after this.
    Closed { reason: CloseReason },
    /// A refusal. After `version` the relay closes the connection (the page must reload), and after `flood` once
    /// the client kept on flooding; after the others the connection stays usable.
    Error { code: ErrorCode, message: String },
    /// The answer to `ping`.
    Pong,
}
