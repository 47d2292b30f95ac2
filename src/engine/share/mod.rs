//! Share links: a whole quiz packed into a link's fragment (`…#quiz=1.<payload>`), so an instructor can hand
//! out a quiz without a server. The fragment never leaves the browser: it is not part of the request.
//!
//! The payload is `VERSION "." base64url(header ++ stream)`, without padding, so it is made only of
//! `A–Z a–z 0–9 - _` plus the one dot: characters that no browser, chat app or LMS escapes. The header is the
//! text's length in bytes (LEB128) and its CRC-32 (little-endian); the stream is the text compressed by
//! [`lzrc`]. The length lets [`decode`] refuse a quiz too large for [`MAX_BYTES`] before it allocates
//! anything, and stop as soon as a forged stream would go past it; the CRC tells a damaged link from a quiz.
//!
//! What must hold: `decode(&encode(t)) == Ok(t)` for every string; `decode` never panics and does at most
//! work proportional to [`MAX_BYTES`] whatever it is given.

mod lzrc;

use std::fmt;

use super::load::MAX_BYTES;

/// The format version written before the dot. A future format gets a new number, and this build names it
/// instead of misreading it.
pub const VERSION: &str = "1";

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
    /// The quiz would unpack to this many bytes, more than a quiz may have ([`MAX_BYTES`]).
    TooLarge { bytes: usize },
    /// The data unpacks, but not to text.
    NotUtf8,
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
        }
    }
}

impl std::error::Error for ShareError {}

/// The share-link payload for quiz text (what follows `#quiz=`).
pub fn encode(text: &str) -> String {
    encode_bytes(text.as_bytes())
}

/// [`encode`] for any bytes. Only text makes a quiz; this exists so tools and tests can build a payload that
/// is not text.
pub fn encode_bytes(bytes: &[u8]) -> String {
    let mut packed = Vec::with_capacity(bytes.len() / 3 + 16);
    let mut n = bytes.len();
    while n >= 0x80 {
        packed.push((n as u8 & 0x7F) | 0x80);
        n >>= 7;
    }
    packed.push(n as u8);
    packed.extend(crc32(bytes).to_le_bytes());
    packed.extend(lzrc::pack(bytes));
    format!("{VERSION}.{}", base64url(&packed))
}

/// The quiz text in a share-link payload.
pub fn decode(payload: &str) -> Result<String, ShareError> {
    let (version, data) = payload.split_once('.').ok_or(ShareError::NotALink)?;
    if version.is_empty() || version.len() > 4 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    if version != VERSION {
        return Err(ShareError::UnknownVersion(version.to_string()));
    }
    // No text within the limit packs to more than this (incompressible data grows by well under 1%): a
    // longer payload is refused before it is read.
    let max_data = (MAX_BYTES + MAX_BYTES / 16 + 64) * 4 / 3;
    if data.len() > max_data {
        return Err(ShareError::TooLarge { bytes: data.len() * 3 / 4 });
    }
    let packed = from_base64url(data)
        .map_err(|(i, character)| ShareError::BadCharacter { position: version.len() + 2 + i, character })?;
    let (len, rest) = read_length(&packed)?;
    if len > MAX_BYTES {
        return Err(ShareError::TooLarge { bytes: len });
    }
    let (sum, stream) = rest.split_first_chunk::<4>().ok_or(ShareError::Truncated)?;
    let bytes = lzrc::unpack(stream, len).map_err(|e| match e {
        lzrc::Unpack::Truncated => ShareError::Truncated,
        lzrc::Unpack::Corrupt => ShareError::Corrupt,
    })?;
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
/// the first one outside the alphabet.
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

/// CRC-32 (IEEE 802.3, as in zip and PNG).
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
    fn crc32_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
