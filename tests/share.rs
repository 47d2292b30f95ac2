//! Share links on the host: the version-2 framing round trip on any bytes, every error a damaged or forged
//! payload can give, and links made before version 2 (fixtures written by the version-1 encoder) still
//! opening, bombs included. Inflating version-2 links is the browser's: tests/browser_share.rs.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, RngSeed};
use rolecall::engine::load::{MAX_BYTES, load};
use rolecall::engine::share::{
    FINE_MAX, LONG_MAX, LinkLength, Packed, ShareError, VERSION, link_length_advice, pack, unpack,
};

const MINI: &str = include_str!("fixtures/mini.toml");
const BROKEN: &str = include_str!("fixtures/broken.toml");

/// Links made by RoleCall before version 2, by the version-1 encoder (which only the engine's own tests
/// still have): the shipped quizzes as they were then, and a few edge cases.
fn v1_fixture(key: &str) -> String {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/share-links-v1.json")).expect("valid JSON");
    all[key].as_str().unwrap_or_else(|| panic!("no fixture {key}")).to_string()
}

/// The links the e2e tests open (tests/fixtures/share-links.json; tests/launch.rs checks them).
fn e2e_fixture(key: &str) -> String {
    let all: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/share-links.json")).expect("valid JSON");
    all[key].as_str().unwrap_or_else(|| panic!("no fixture {key}")).to_string()
}

/// A version-1 link's text, or why it has none.
fn decode_v1(payload: &str) -> Result<String, ShareError> {
    match unpack(payload)? {
        Packed::Legacy(text) => Ok(text),
        Packed::Compressed(bytes) => panic!("{payload:.10}… gave {} compressed bytes", bytes.len()),
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        rng_algorithm: RngAlgorithm::ChaCha,
        rng_seed: RngSeed::Fixed(0x5AA2_E0F1_2026),
        ..ProptestConfig::default()
    }
}

/// The base64url data of a payload, as bytes (to forge payloads with).
fn bytes_of(payload: &str) -> Vec<u8> {
    let data = payload.split_once('.').expect("a payload").1;
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in data.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            _ => 63,
        };
        acc = (acc << 6 | u32::from(v)) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// A version-1 payload of raw bytes.
fn v1_payload_of(bytes: &[u8]) -> String {
    format!("1.{}", &pack(bytes)[2..])
}

/// FNV-1a, 64 bits: pins a fixture's text without keeping a copy of it.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

// Version 2: the framing.

#[test]
fn version_2_framing_is_the_version_a_dot_and_base64url() {
    assert_eq!(VERSION, "2");
    assert_eq!(pack(b"\x78\x9c\x03\x00\x00\x00\x00\x01"), "2.eJwDAAAAAAE");
    assert_eq!(pack(b"\xfb\xff"), "2.-_8", "the URL-safe alphabet, no padding");
    assert_eq!(unpack("2.eJwDAAAAAAE"), Ok(Packed::Compressed(b"\x78\x9c\x03\x00\x00\x00\x00\x01".to_vec())));
    // A link made by zlib outside the browser (Python's, level 9) is framed the same way.
    let Ok(Packed::Compressed(mini)) = unpack(&e2e_fixture("mini_v2")) else { panic!("a version-2 link") };
    assert_eq!(&mini[..2], b"\x78\xda", "zlib's header");
}

#[test]
fn a_version_2_link_with_no_data_is_cut_short() {
    assert_eq!(unpack("2."), Err(ShareError::Truncated));
    // One character makes no byte: what it would have started is missing.
    assert_eq!(unpack("2.e"), Err(ShareError::Truncated));
}

#[test]
fn a_version_2_payload_longer_than_any_quiz_compresses_to_is_refused_unread() {
    // zlib's worst case for 1 MiB of text is 1 MiB and about 340 bytes; the cap allows 1 KiB and 64 more.
    let cap = (MAX_BYTES + MAX_BYTES / 1024 + 64).div_ceil(3) * 4;
    let fits = format!("2.{}", "A".repeat(cap));
    assert!(matches!(unpack(&fits), Ok(Packed::Compressed(b)) if b.len() == cap * 3 / 4));
    let over = format!("2.{}%", "A".repeat(cap));
    assert_eq!(unpack(&over), Err(ShareError::TooLarge { bytes: (cap + 1) * 3 / 4 }));
    // Refused unread: the bad character at its start is never reached.
    let huge = format!("2.%{}", "A".repeat(8 * MAX_BYTES));
    assert!(matches!(unpack(&huge), Err(ShareError::TooLarge { bytes }) if bytes > MAX_BYTES));
}

// Both versions: what is not a link, a newer format, a bad character.

#[test]
fn a_payload_that_is_not_a_link_says_so() {
    for payload in ["", "hello", ".abc", "v1.abc", "1a.abc", "12345.abc", "https://example.com/#quiz=2.abc"] {
        assert_eq!(unpack(payload), Err(ShareError::NotALink), "{payload:?}");
    }
}

#[test]
fn a_newer_format_is_named() {
    for version in ["3", "10", "0"] {
        let err = unpack(&format!("{version}.AAAA")).unwrap_err();
        assert_eq!(err, ShareError::UnknownVersion(version.into()));
        assert!(err.to_string().contains(&format!("format {version}")), "{err}");
    }
}

#[test]
fn a_character_outside_the_alphabet_is_pointed_at() {
    for payload in [e2e_fixture("mini"), e2e_fixture("mini_v2")] {
        let mut changed = payload.clone();
        changed.replace_range(10..11, "+");
        assert_eq!(unpack(&changed), Err(ShareError::BadCharacter { position: 11, character: '+' }));
        assert!(unpack(&changed).unwrap_err().to_string().contains("'+' at character 11"));
        // Trailing punctuation a chat app picked up with the link; a non-ASCII look-alike of the hyphen.
        assert_eq!(
            unpack(&format!("{payload})")),
            Err(ShareError::BadCharacter { position: payload.chars().count() + 1, character: ')' })
        );
        let dashed = format!("{}\u{2011}{}", &payload[..20], &payload[21..]);
        assert_eq!(unpack(&dashed), Err(ShareError::BadCharacter { position: 21, character: '\u{2011}' }));
    }
}

// Version 1: links made before version 2 still open, exactly as before.

#[test]
fn the_shipped_quizzes_links_made_before_version_2_still_open() {
    // Each as it was the day version 2 came (pinned by length and hash: the quiz files may change since).
    let quizzes = [
        ("cm-vs-smm.toml", "cm-vs-smm", 65_578, 0xc3df_b374_72a5_ec63),
        ("support-or-sales.toml", "support-or-sales", 19_846, 0xdb50_3126_6238_5530),
        ("launch-raci.toml", "launch-raci", 17_050, 0x8e84_64bc_b68e_58db),
    ];
    for (file, id, len, hash) in quizzes {
        let text = decode_v1(&v1_fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!((text.len(), fnv1a(text.as_bytes())), (len, hash), "{file}");
        let quiz = load(&text).unwrap_or_else(|p| panic!("{file}: {p:?}"));
        assert_eq!(&*quiz.id, id);
    }
    assert_eq!(decode_v1(&e2e_fixture("mini")).as_deref(), Ok(MINI));
    assert_eq!(decode_v1(&e2e_fixture("broken")).as_deref(), Ok(BROKEN));
}

#[test]
fn edge_cases_made_before_version_2_still_open() {
    assert_eq!(decode_v1(&v1_fixture("empty")).as_deref(), Ok(""));
    assert_eq!(
        decode_v1(&v1_fixture("unicode")).as_deref(),
        Ok("שלום עולם مرحبا 👩🏽‍💻🇪🇸e\u{301}\u{200F}\r\n\0 the team")
    );
    assert_eq!(decode_v1(&v1_fixture("not-utf8")), Err(ShareError::NotUtf8), "bytes that are not text");
    // Within the limit, a link that unpacks a lot is a quiz like any other.
    assert_eq!(decode_v1(&v1_fixture("bomb")), Ok("z".repeat(20_000)));
}

#[test]
fn a_version_1_link_cut_short_is_truncated() {
    let payload = e2e_fixture("mini");
    // Every cut, from just the version to one character short: the lengths in the header say so before
    // anything is unpacked.
    for cut in 2..payload.len() {
        assert_eq!(unpack(&payload[..cut]), Err(ShareError::Truncated), "cut at {cut} of {}", payload.len());
    }
    assert_eq!(unpack(&e2e_fixture("cut")), Err(ShareError::Truncated));
}

#[test]
fn a_changed_character_in_a_version_1_link_is_caught() {
    let payload = e2e_fixture("mini");
    let bytes = payload.as_bytes();
    for at in (2..payload.len()).step_by(23) {
        let swapped = if bytes[at] == b'A' { "B" } else { "A" };
        let mut changed = payload.clone();
        changed.replace_range(at..at + 1, swapped);
        let err = unpack(&changed).unwrap_err();
        assert!(
            matches!(err, ShareError::Corrupt | ShareError::Truncated | ShareError::TooLarge { .. }),
            "{at}: {err:?}"
        );
    }
    assert_eq!(unpack(&e2e_fixture("damaged")), Err(ShareError::Corrupt));
    let mut data = bytes_of(&payload);
    data.push(0);
    assert_eq!(unpack(&v1_payload_of(&data)), Err(ShareError::Corrupt), "data left over after the text");
}

#[test]
fn a_version_1_quiz_over_the_limit_is_refused() {
    // A real payload whose header says one byte more than the limit (the limit itself is inclusive: the
    // engine's own tests check that on a small limit).
    let packed = bytes_of(&e2e_fixture("mini"));
    let mut forged = vec![0x81, 0x80, 0x40]; // MAX_BYTES + 1 = 2^20 + 1 as LEB128
    forged.extend(&packed[2..]); // mini.toml's length took two bytes
    let payload = v1_payload_of(&forged);
    assert_eq!(unpack(&payload), Err(ShareError::TooLarge { bytes: MAX_BYTES + 1 }));
    assert!(unpack(&payload).unwrap_err().to_string().contains("1025 KiB"));
    assert_eq!(MAX_BYTES, 1 << 20);
    // A payload longer than any quiz can pack to is refused unread.
    let huge = format!("1.{}", "A".repeat(2 * MAX_BYTES));
    assert!(matches!(unpack(&huge), Err(ShareError::TooLarge { bytes }) if bytes > MAX_BYTES));
}

#[test]
fn a_version_1_bomb_is_refused_early() {
    // A forged header claiming 128 MiB is refused before anything is allocated.
    let mut forged = vec![0x80, 0x80, 0x80, 0x40]; // 2^27 as LEB128
    forged.extend([0; 20]);
    assert_eq!(unpack(&v1_payload_of(&forged)), Err(ShareError::TooLarge { bytes: 1 << 27 }));
    // A length that needs a fifth byte.
    assert_eq!(
        unpack(&v1_payload_of(&[0xFF, 0xFF, 0xFF, 0xFF, 0x01])),
        Err(ShareError::TooLarge { bytes: 1 << 28 })
    );
    // A header claiming the maximum with a few bytes of stream: stops when the stream runs out.
    let mut short = vec![0x80, 0x80, 0x40, 24]; // 2^20 = MAX_BYTES, from 24 bytes of stream
    short.extend([0; 4]);
    short.extend([0x55; 24]);
    assert!(matches!(unpack(&v1_payload_of(&short)), Err(ShareError::Truncated | ShareError::Corrupt)));
    // A bomb whose header lies (says 100 bytes, holds 20,000 of one letter in a few dozen characters): it
    // stops by 100, and the rest does not check out (the model is sized by the length, so it may also run
    // out of data first).
    let bomb = v1_fixture("bomb");
    assert!(bomb.len() < 120, "{}", bomb.len());
    let mut liar = vec![100];
    liar.extend(&bytes_of(&bomb)[3..]); // 20,000 took three bytes
    assert!(matches!(unpack(&v1_payload_of(&liar)), Err(ShareError::Corrupt | ShareError::Truncated)));
}

// Words.

#[test]
fn every_error_reads_as_a_sentence() {
    let errors = [
        ShareError::NotALink,
        ShareError::UnknownVersion("7".into()),
        ShareError::BadCharacter { position: 3, character: '%' },
        ShareError::Truncated,
        ShareError::Corrupt,
        ShareError::TooLarge { bytes: 2 << 20 },
        ShareError::NotUtf8,
        ShareError::Unsupported,
    ];
    let mut all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    for s in &all {
        assert!(s.len() > 15 && !s.ends_with('.'), "{s}");
    }
    all.sort();
    all.dedup();
    assert_eq!(all.len(), errors.len(), "each says something else");
}

#[test]
fn link_length_advice_follows_the_documented_thresholds() {
    assert_eq!(link_length_advice(0), LinkLength::Fine);
    assert_eq!(link_length_advice(FINE_MAX), LinkLength::Fine);
    assert_eq!(link_length_advice(FINE_MAX + 1), LinkLength::Long);
    assert_eq!(link_length_advice(LONG_MAX), LinkLength::Long);
    assert_eq!(link_length_advice(LONG_MAX + 1), LinkLength::TooLong);
    assert_eq!((FINE_MAX, LONG_MAX), (2_000, 32_000));
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_bytes_round_trip_through_the_framing(bytes in prop::collection::vec(any::<u8>(), 1..2000)) {
        let payload = pack(&bytes);
        prop_assert!(payload[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b)));
        prop_assert_eq!(payload.len(), 2 + (bytes.len() * 4).div_ceil(3));
        prop_assert_eq!(unpack(&payload), Ok(Packed::Compressed(bytes)));
    }

    #[test]
    fn any_payload_gets_the_answer_its_shape_calls_for(payload in "[0-9]{0,2}\\.?[A-Za-z0-9_\\-]{0,400}") {
        let result = unpack(&payload);
        match payload.split_once('.') {
            None | Some(("", _)) => prop_assert_eq!(result, Err(ShareError::NotALink)),
            Some(("2", data)) if data.len() < 2 => prop_assert_eq!(result, Err(ShareError::Truncated)),
            // The framing alone cannot tell a version-2 link's bytes from others: the browser's inflate does.
            Some(("2", data)) => {
                let Ok(Packed::Compressed(bytes)) = result else { panic!("{result:?}") };
                prop_assert_eq!(bytes.len(), data.len() * 3 / 4);
                // Whole groups of four characters come back as they were (a last, partial one may have had
                // bits that make no byte).
                let whole = 2 + data.len() / 4 * 4;
                prop_assert_eq!(&pack(&bytes)[..whole], &payload[..whole]);
            }
            // Random data never passes a version-1 link's lengths and CRC-32.
            Some(("1", _)) => prop_assert!(
                matches!(result, Err(ShareError::Truncated | ShareError::Corrupt | ShareError::TooLarge { .. })),
                "{:?}", result
            ),
            Some((version, _)) => prop_assert_eq!(result, Err(ShareError::UnknownVersion(version.into()))),
        }
    }

    #[test]
    fn any_bytes_behind_version_1_are_refused_as_damage(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let result = unpack(&v1_payload_of(&bytes));
        prop_assert!(
            matches!(result, Err(ShareError::Truncated | ShareError::Corrupt | ShareError::TooLarge { .. })),
            "{:?}", result
        );
    }
}

proptest! {
    // Each case unpacks a whole quiz.
    #![proptest_config(config(96))]

    #[test]
    fn a_damaged_version_1_link_never_passes_for_another(at in 2usize..1100, with in 0u8..64) {
        let payload = e2e_fixture("mini");
        let at = at.min(payload.len() - 1);
        let c = char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[with as usize]);
        let mut changed = payload.clone();
        changed.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
        match unpack(&changed) {
            Ok(packed) => prop_assert_eq!(packed, Packed::Legacy(MINI.into()), "only an unchanged payload decodes"),
            Err(e) => prop_assert!(
                matches!(e, ShareError::Corrupt | ShareError::Truncated | ShareError::TooLarge { .. }),
                "{:?}", e
            ),
        }
    }
}
