//! Share links, as the pages use them (a stand-in until the CompressionStream codec lands: it calls the
//! engine's codec directly).

use crate::engine::share::{self, ShareError};

/// The quiz text a share link's payload carries.
pub async fn decode_link(payload: &str) -> Result<String, ShareError> {
    share::decode(payload)
}

/// The payload of a share link (after `#quiz=`) for `text`.
pub async fn encode_link(text: &str) -> Result<String, ()> {
    Ok(share::encode(text))
}
