//! Share links in the page: the link's framing (`engine::share`) around the browser's deflate
//! (`platform::compression`). A page that opens links calls [`decode_link`] on what follows `#quiz=`; the
//! editor calls [`encode_link`] and puts the payload after its page's `#quiz=`. Both are async
//! because the browser's streams are.

use crate::engine::load::MAX_BYTES;
use crate::engine::share::{self, Packed, ShareError};
use crate::platform::compression::{self, CompressionError, DecompressError};

/// The quiz text in a share link's payload (what follows `#quiz=`): a version-1 link is decoded by the
/// engine, a version-2 link inflated by the browser, never past [`MAX_BYTES`].
pub async fn decode_link(payload: &str) -> Result<String, ShareError> {
    let bytes = match share::unpack(payload)? {
        Packed::Legacy(text) => return Ok(text),
        Packed::Compressed(bytes) => bytes,
    };
    let text = compression::decompress(&bytes, MAX_BYTES).await.map_err(|e| match e {
        DecompressError::TooLarge { inflated } => ShareError::TooLarge { bytes: inflated },
        DecompressError::Truncated => ShareError::Truncated,
        DecompressError::Corrupt => ShareError::Corrupt,
        DecompressError::Unsupported => ShareError::Unsupported,
    })?;
    String::from_utf8(text).map_err(|_| ShareError::NotUtf8)
}

/// The share-link payload for quiz text (what follows `#quiz=`): a version-2 link.
pub async fn encode_link(text: &str) -> Result<String, CompressionError> {
    Ok(share::pack(&compression::compress(text).await?))
}
