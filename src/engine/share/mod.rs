//! Share links: a whole quiz packed into a link's fragment (`…#quiz=2.<data>`), so an instructor can hand
//! out a quiz without a server. The fragment never leaves the browser: it is not part of the request.
//!
//! This module is the framing only, pure and tested on the host: `VERSION "." base64url(bytes)`, without
//! padding, so a payload is made only of `A–Z a–z 0–9 - _` plus the one dot: characters that no browser,
//! chat app or LMS escapes. The compressing is the browser's (`platform::compression`, glued to this by
//! `app::share`), so RoleCall ships no codec for new links.
//!
//! **Version 2** (the links RoleCall makes): the bytes are the quiz text compressed by the browser's
//! `CompressionStream("deflate")`, the zlib format. Why `deflate` and not `deflate-raw`: zlib's 2-byte header
//! and Adler-32 trailer cost exactly 8 characters per link (measured with zlib on the shipped quizzes:
//! 23,726 against 23,718 characters for `cm-vs-smm.toml`, 7,286 against 7,278 for `support-or-sales.toml`,
//! 5,370 against 5,362 for `launch-raci.toml`, 1,126 against 1,118 for the small `mini.toml`: under 1 % on
//! the smallest), and for those 8 characters the browser itself refuses a link changed on the way. In a raw
//! deflate stream a changed character can inflate, without any error, to other text; here no checksum code of
//! ours is needed to tell. `deflate` also opens in more browsers (Chrome 80 on; `deflate-raw` needs 103).
//! `gzip` would do the same job with 18 bytes of header and trailer instead of 6.
//!
//! **Version 1** (links made before): the text compressed by context mixing (`cm.rs`), with a header of the
//! text's length and the stream's (each LEB128) and the text's CRC-32. Those links are still out there, so
//! [`unpack`] still decodes them, exactly as before, with the same limits and errors; only the decoder is
//! kept. Version 1 made links about a quarter shorter than version 2 does (17,757 characters for the bank
//! against 23,726), at the price of a 488-line codec, ~75 ms and up to ~10 MB of tables per pack: the
//! project's rule prefers the browser's API to shipping code, and 2,000 characters (what works anywhere)
//! is out of reach for the bank either way.
//!
//! What must hold: `unpack(&pack(b)) == Ok(Packed::Compressed(b))` for any non-empty bytes; [`unpack`] never
//! panics and does at most work proportional to [`MAX_BYTES`] whatever it is given. The browser's side
//! (inflating at most [`MAX_BYTES`], never the whole of a bomb) is `platform::compression`'s.

mod cm;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod legacy_tests;

use std::fmt;

use super::load::MAX_BYTES;

/// The format version RoleCall writes before the dot. A future format gets a new number, and this build
/// names it instead of misreading it.
pub const VERSION: &str = "2";

/// The format of links made before version 2, which are decoded here (context mixing).
const LEGACY_VERSION: &str = "1";

/// Up to this many characters, a link works everywhere people paste links: 2,000 is the de facto safe URL
/// length (Internet Explorer and older tools stop at 2,083, sitemaps at 2,048), many LMS and form URL fields
/// cap near it, and Discord refuses messages longer than 2,000 characters.
pub const FINE_MAX: usize = 2_000;

/// Up to this many characters, a link works in browsers, e-mail and most chat apps (Slack cuts messages at
/// 40,000 characters) but not in the places [`FINE_MAX`] is for. Beyond it, Chromium-based browsers no
/// longer show the whole address (their address bar holds 32 KiB) and too many places cut it.
pub const LONG_MAX: usize = 32_000;

/// Whether a link of some length can be shared, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkLength {
    /// At most [`FINE_MAX`] characters: safe anywhere.
    Fine,
    /// At most [`LONG_MAX`]: fine in a browser, e-mail and most chat apps; LMS link fields, Discord and
    /// older tools cut it.
    Long,
    /// Longer: browsers and chat apps cut it; share the file itself (or host it and use `quiz=`).
    TooLong,
}

/// Advice on a whole link of `len` characters (the page address included).
pub fn link_length_advice(len: usize) -> LinkLength {
    if len <= FINE_MAX {
        LinkLength::Fine
    } else if len <= LONG_MAX {
        LinkLength::Long
    } else {
        LinkLength::TooLong
    }
}

/// Why a payload could not be turned back into quiz text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Empty, or not `<version>.<data>`: not a RoleCall share link.
    NotALink,
    /// Made by a RoleCall that writes a newer format than this one reads.
    UnknownVersion(String),
    /// A character that share links never contain, at this (1-based) character position of the payload:
    /// usually a link cut or changed when it was pasted.
    BadCharacter { position: usize, character: char },
    /// The data stops early: the link was cut short.
    Truncated,
    /// The data does not check out: the link was changed on the way.
    Corrupt,
    /// The quiz would unpack to more than a quiz may have ([`MAX_BYTES`]): to `bytes`, as far as that is
    /// known before stopping (a version-1 link says its length; a version-2 link is inflated only until it
    /// passes the limit, so `bytes` is then how far it got).
    TooLarge { bytes: usize },
    /// The data unpacks, but not to text.
    NotUtf8,
    /// This browser cannot inflate a version-2 link: it has no `DecompressionStream` (Safari before 16.4,
    /// Firefox before 113, Chrome before 80). Copying the link again would not help; another browser would.
    Unsupported,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotALink => write!(f, "not a RoleCall share link"),
            ShareError::UnknownVersion(v) => {
                write!(f, "a share link of format {v}, newer than this RoleCall reads ({VERSION})")
            }
            ShareError::BadCharacter { position, character } => {
                write!(
                    f,
                    "the link is damaged: {character:?} at character {position} cannot be in a share link"
                )
            }
            ShareError::Truncated => write!(f, "the link is damaged: it was cut short"),
            ShareError::Corrupt => write!(f, "the link is damaged: its data does not check out"),
            ShareError::TooLarge { bytes } => write!(
                f,
                "the quiz in the link would be {} KiB, larger than a quiz can be ({} KiB)",
                bytes.div_ceil(1024),
                MAX_BYTES / 1024
            ),
            ShareError::NotUtf8 => write!(f, "the link's data is not text"),
            ShareError::Unsupported => {
                write!(f, "this browser cannot unpack share links (no DecompressionStream)")
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// A share link's payload with its framing undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Packed {
    /// A version-1 link, decoded here: the quiz text.
    Legacy(String),
    /// A version-2 link: the zlib bytes, for the browser to inflate (at most [`MAX_BYTES`] of them).
    Compressed(Vec<u8>),
}

/// Undo the link's framing: a version-1 link is decoded here (to its text), a version-2 link gives the
/// compressed bytes for the browser to inflate. Errors as [`ShareError`] says.
pub fn unpack(payload: &str) -> Result<Packed, ShareError> {
    unpack_within(payload, MAX_BYTES)
}

/// The payload of a version-2 link for already-compressed bytes (what follows `#quiz=`).
pub fn pack(compressed: &[u8]) -> String {
    format!("{VERSION}.{}", base64url(compressed))
}

/// [`unpack`], for quizzes of at most `limit` bytes.
fn unpack_within(payload: &str, limit: usize) -> Result<Packed, ShareError> {
    let (version, data) = payload.split_once('.').ok_or(ShareError::NotALink)?;
    if version.is_empty() || version.len() > 4 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    let bytes_of = |data: &str| {
        from_base64url(data)
            .map_err(|(i, character)| ShareError::BadCharacter { position: version.len() + 2 + i, character })
    };
    match version {
        VERSION => {
            // zlib's worst case (its deflateBound) is the text plus about 0.03 % and 19 bytes: no text within
            // the limit compresses to more than this, so a longer payload is refused before it is read.
            if data.len() > (limit + limit / 1024 + 64).div_ceil(3) * 4 {
                return Err(ShareError::TooLarge { bytes: data.len() * 3 / 4 });
            }
            let bytes = bytes_of(data)?;
            // Even empty text compresses to 8 bytes; nothing at all is a link cut right after its version.
            if bytes.is_empty() {
                return Err(ShareError::Truncated);
            }
            Ok(Packed::Compressed(bytes))
        }
        LEGACY_VERSION => {
            // No text within the limit packs to more than this (incompressible data grows by under 2%, see
            // the tests): a longer payload is refused before it is read.
            if data.len() > (limit + limit / 16 + 64) * 4 / 3 {
                return Err(ShareError::TooLarge { bytes: data.len() * 3 / 4 });
            }
            decode_legacy(&bytes_of(data)?, limit).map(Packed::Legacy)
        }
        _ => Err(ShareError::UnknownVersion(version.to_string())),
    }
}

/// The quiz text of a version-1 link's bytes: the two lengths, the CRC, then the context-mixing stream.
fn decode_legacy(packed: &[u8], limit: usize) -> Result<String, ShareError> {
    let (len, rest) = read_length(packed)?;
    if len > limit {
        return Err(ShareError::TooLarge { bytes: len });
    }
    let (stream_len, rest) = read_length(rest)?;
    let (sum, stream) = rest.split_first_chunk::<4>().ok_or(ShareError::Truncated)?;
    // The stream's length tells a link cut short from one changed on the way.
    if stream.len() < stream_len {
        return Err(ShareError::Truncated);
    }
    if stream.len() > stream_len {
        return Err(ShareError::Corrupt);
    }
    let bytes = cm::unpack(stream, len).ok_or(ShareError::Corrupt)?;
    if crc32(&bytes) != u32::from_le_bytes(*sum) {
        return Err(ShareError::Corrupt);
    }
    String::from_utf8(bytes).map_err(|_| ShareError::NotUtf8)
}

/// The LEB128 length at the start of `packed`, and what follows it.
fn read_length(packed: &[u8]) -> Result<(usize, &[u8]), ShareError> {
    let mut len = 0usize;
    for (i, &b) in packed.iter().enumerate().take(4) {
        len |= usize::from(b & 0x7F) << (7 * i);
        if b & 0x80 == 0 {
            return Ok((len, &packed[i + 1..]));
        }
    }
    // Four bytes hold 2^28 - 1: a fifth would mean a quiz far past the limit.
    if packed.len() >= 4 {
        Err(ShareError::TooLarge { bytes: len.max(1 << 28) })
    } else {
        Err(ShareError::Truncated)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let v = chunk.iter().enumerate().fold(0u32, |v, (i, &b)| v | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(v >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

/// The bytes of base64url text without padding; `Err` holds the 0-based character index and the character of
/// the first one outside the alphabet. A last character that completes no byte (a link cut there) is dropped:
/// what is missing shows as a truncated stream.
fn from_base64url(text: &str) -> Result<Vec<u8>, (usize, char)> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for (i, c) in text.chars().enumerate() {
        let v = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            _ => return Err((i, c)),
        };
        acc = (acc << 6 | v) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

/// CRC-32 (IEEE 802.3, as in zip and PNG): the check on a version-1 link's text.
fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, &b| CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8))
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_tail_length() {
        for n in 0..8 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 97 + 200) as u8).collect();
            assert_eq!(from_base64url(&base64url(&bytes)), Ok(bytes));
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
    }

    #[test]
    fn a_version_2_payload_is_refused_unread_past_what_the_limit_allows() {
        // 1,000 bytes of text deflate to at most 1,064 bytes here: 1,420 characters.
        let fits = format!("2.{}", "A".repeat(1_420));
        assert!(matches!(unpack_within(&fits, 1_000), Ok(Packed::Compressed(b)) if b.len() == 1_065));
        let over = format!("2.{}", "A".repeat(1_421));
        assert_eq!(unpack_within(&over, 1_000), Err(ShareError::TooLarge { bytes: 1_065 }));
        // Refused before it is read: a bad character past the cap is never reached.
        let bad = format!("2.{}%", "A".repeat(1_420));
        assert_eq!(unpack_within(&bad, 1_000), Err(ShareError::TooLarge { bytes: 1_065 }));
    }

    #[test]
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
