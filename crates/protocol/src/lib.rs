//! The classroom relay's protocol: the messages the presenter page, the phone page and `rolecall-relay` exchange
//! over one WebSocket each, as serde derives that compile for wasm32 and the host (no tokio, no I/O).
//!
//! Every message is one JSON object (a WebSocket text frame) carrying the protocol version `v` and its type `t`,
//! e.g. `{"v":1,"t":"vote","scenario":"s07","part":"role","round":"first","option":"cm"}`: an [`Envelope`]
//! around a [`ClientMsg`] (presenter or phone → relay) or a [`ServerMsg`] (relay → presenter or phone).
//! The relay reads the version first ([`Peek`]), so a page from another release is told plainly to reload
//! instead of failing on a field it does not know.
//!
//! The presenter stays the source of truth. Votes are keyed by question (scenario, part, round), never by
//! position; tallies are absolute counts, not deltas; so after any reconnect the presenter re-announces the
//! current question and phones re-send their current vote, and the room is whole again.

mod message;
mod rules;
mod validate;

#[cfg(feature = "json")]
mod json;

pub use message::{
    Answer, Ballot, Choice, ClientMsg, CloseReason, Count, Envelope, ErrorCode, Mine, Part, Peek, Question,
    Right, Round, ServerMsg, Tally, Wording,
};
pub use rules::{
    JOIN_CODE_ALPHABET, JOIN_CODE_LEN, SECRET_LEN, TOKEN_ALPHABET, TOKEN_MAX_LEN, TOKEN_MIN_LEN,
    join_code_from, normalize_join_code, secret_from, valid_id, valid_join_code, valid_secret, valid_token,
};
pub use validate::{
    Invalid, MAX_ID_LEN, MAX_LABEL_CHARS, MAX_LANG_LEN, MAX_OPTIONS, MAX_PROMPT_CHARS, MAX_TEXTS,
    MAX_WHY_CHARS, check_version,
};

#[cfg(feature = "json")]
pub use json::{Refusal, decode_client, decode_server, encode};

/// The protocol version this crate speaks. A message with another `v` is refused with [`ErrorCode::Version`].
pub const VERSION: u32 = 1;

/// The most bytes one incoming message may have (UTF-8 text of the whole frame). The relay refuses bigger ones
/// with [`ErrorCode::TooBig`] before parsing them.
pub const MAX_MESSAGE_BYTES: usize = 4096;

/// The WebSocket endpoint's path on the relay (same origin as the pages it serves, by default).
pub const WS_PATH: &str = "/ws";
