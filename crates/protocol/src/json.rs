//! Text in and out with serde_json, for the relay and host clients (tests, the benchmark): the whole order of
//! checks an incoming message goes through, so every reader refuses the same things the same way.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::message::{ClientMsg, Envelope, ErrorCode, Peek, ServerMsg};
use crate::validate::check_version;

/// Why an incoming text was refused: the code and the words to send back in an `error` message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: ErrorCode,
    pub message: String,
}

impl Refusal {
    /// The `error` message that tells the sender.
    pub fn to_msg(&self) -> ServerMsg {
        ServerMsg::Error { code: self.code, message: self.message.clone() }
    }
}

fn refuse(code: ErrorCode, message: impl Into<String>) -> Refusal {
    Refusal { code, message: message.into() }
}

/// Version first, then the shape.
fn parse<M: DeserializeOwned>(text: &str) -> Result<M, Refusal> {
    // serde would read a struct from an array too; a message is an object.
    if !text.trim_start().starts_with('{') {
        return Err(refuse(ErrorCode::Malformed, "a message is a JSON object"));
    }
    let peek: Peek = serde_json::from_str(text)
        .map_err(|e| refuse(ErrorCode::Malformed, format!("not a JSON object with a numeric `v`: {e}")))?;
    check_version(peek).map_err(|e| refuse(ErrorCode::Version, e.0))?;
    let envelope: Envelope<M> = serde_json::from_str(text)
        .map_err(|e| refuse(ErrorCode::Malformed, format!("not a message: {e}")))?;
    Ok(envelope.msg)
}

/// A presenter's or phone's message: size, JSON, version, shape, then every field rule.
pub fn decode_client(text: &str) -> Result<ClientMsg, Refusal> {
    if text.len() > crate::MAX_MESSAGE_BYTES {
        return Err(refuse(
            ErrorCode::TooBig,
            format!("the message has {} bytes; the limit is {}", text.len(), crate::MAX_MESSAGE_BYTES),
        ));
    }
    let msg: ClientMsg = parse(text)?;
    msg.validate().map_err(|e| refuse(ErrorCode::Invalid, e.0))?;
    Ok(msg)
}

/// A relay's message, as a host client reads it (JSON, version, shape; no size limit: the relay is trusted).
pub fn decode_server(text: &str) -> Result<ServerMsg, Refusal> {
    parse(text)
}

/// `msg` as the text of one WebSocket frame, with this crate's version.
pub fn encode<M: Serialize>(msg: &M) -> String {
    #[derive(Serialize)]
    struct Out<'m, M> {
        v: u32,
        #[serde(flatten)]
        msg: &'m M,
    }
    // Serializing these derives cannot fail (string keys, no maps with other keys).
    serde_json::to_string(&Out { v: crate::VERSION, msg }).unwrap_or_default()
}
