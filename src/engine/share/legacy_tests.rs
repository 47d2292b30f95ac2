//! The version-1 decoder against the version-1 encoder, which survives only here (`cm::pack` is
//! `#[cfg(test)]`): any text the old RoleCall could have packed must still come back, and the payload cap
//! must still hold. The links themselves, made before version 2, are fixtures in `tests/`.

use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, RngSeed};

use super::*;

/// A version-1 payload, exactly as RoleCall made them before version 2.
fn encode_v1(bytes: &[u8]) -> String {
    let stream = cm::pack(bytes);
    let mut packed = Vec::with_capacity(stream.len() + 16);
    for mut n in [bytes.len(), stream.len()] {
        while n >= 0x80 {
            packed.push((n as u8 & 0x7F) | 0x80);
            n >>= 7;
        }
        packed.push(n as u8);
    }
    packed.extend(crc32(bytes).to_le_bytes());
    packed.extend(stream);
    format!("{LEGACY_VERSION}.{}", base64url(&packed))
}

fn decode(payload: &str) -> Result<String, ShareError> {
    match unpack(payload)? {
        Packed::Legacy(text) => Ok(text),
        Packed::Compressed(bytes) => panic!("a version-1 payload gave {} compressed bytes", bytes.len()),
    }
}

fn round_trip(text: &str) -> Result<String, ShareError> {
    decode(&encode_v1(text.as_bytes()))
}

#[test]
fn the_fixtures_are_what_the_encoder_made() {
    // tests/fixtures/share-links-v1.json was written by the encoder on the day version 2 came: the encoder
    // kept here is still that one, so the round trips below speak for real links.
    let fixtures = include_str!("../../../tests/fixtures/share-links-v1.json");
    let link = |key: &str| {
        let at = fixtures.find(&format!("\"{key}\": \"")).expect("the key") + key.len() + 5;
        fixtures[at..].split('"').next().expect("the link").to_string()
    };
    assert_eq!(link("empty"), encode_v1(b""));
    assert_eq!(link("bomb"), encode_v1("z".repeat(20_000).as_bytes()));
    assert_eq!(link("not-utf8"), encode_v1(b"caf\xe9"));
    // The bank may have changed since; the fixture's text is pinned by length and hash in tests/share.rs.
    let old_bank = decode(&link("cm-vs-smm.toml")).expect("the bank's old link");
    assert_eq!(link("cm-vs-smm.toml"), encode_v1(old_bank.as_bytes()));
}

#[test]
fn the_limit_is_inclusive_and_checked_before_unpacking() {
    let text = "0123456789".repeat(100);
    let payload = encode_v1(text.as_bytes());
    assert_eq!(unpack_within(&payload, 1000), Ok(Packed::Legacy(text)));
    assert_eq!(unpack_within(&payload, 999), Err(ShareError::TooLarge { bytes: 1000 }));
    // The payload itself is refused unread when no text within the limit could pack that long.
    let long = format!("1.{}", "A".repeat(200));
    assert_eq!(unpack_within(&long, 10), Err(ShareError::TooLarge { bytes: 150 }));
}

#[test]
fn empty_text_and_tiny_texts_round_trip() {
    for text in ["", "a", "ab", "abc", &"a".repeat(77)] {
        assert_eq!(round_trip(text).as_deref(), Ok(text));
    }
    // The version, two lengths, the CRC and the coder's four closing bytes.
    assert_eq!(encode_v1(b"").len(), 16);
}

#[test]
fn long_runs_and_far_repeats_round_trip() {
    let run = "x".repeat(20_000);
    assert!(encode_v1(run.as_bytes()).len() < 200, "a run of 20,000 packs to a few dozen characters");
    assert_eq!(round_trip(&run).as_deref(), Ok(run.as_str()));
    // The same block far apart, with noise between.
    let block: String = (0..3000).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect();
    let noise: String =
        (0..30_000u32).map(|i| char::from(b'!' + (i.wrapping_mul(2_654_435_761) >> 27) as u8)).collect();
    let text = format!("{block}{noise}{block}");
    assert_eq!(round_trip(&text).as_deref(), Ok(text.as_str()));
}

#[test]
fn incompressible_data_grows_by_under_two_percent() {
    // What the payload cap in `unpack` relies on (it allows 6%): noise packs to barely more than itself
    // (1.4% more at 64 KiB, 0.4% at 1 MiB, as the model learns there is nothing to learn).
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let noise: Vec<u8> = (0..64 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let payload = encode_v1(&noise);
    assert!(payload.len() * 3 / 4 < noise.len() * 102 / 100, "{} bytes", payload.len() * 3 / 4);
    assert_eq!(decode(&payload), Err(ShareError::NotUtf8), "the noise is not text, but it unpacks");
    let text: String = noise.iter().map(|&b| char::from(b' ' + b % 95)).collect();
    assert_eq!(round_trip(&text).as_deref(), Ok(text.as_str()));
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

proptest! {
    // Each case packs and unpacks a text of up to a few KiB with the debug build's slow context mixing; the
    // decoder no longer changes, so a few hundred cases guard it.
    #![proptest_config(config(128))]

    #[test]
    fn any_text_round_trips(text in any::<String>()) {
        prop_assert_eq!(round_trip(&text), Ok(text));
    }

    #[test]
    fn emoji_rtl_and_repetitive_text_round_trips(
        parts in prop::collection::vec(
            prop::sample::select(&["שלום עולם ", "مرحبا ", "👩🏽‍💻", "🇪🇸", "e\u{301}", "\u{200F}", "[[scenarios]]\n", "id = \"", "\"\"\"\n", "\r\n", "\0", "the team "][..]),
            0..300,
        ),
    ) {
        let text = parts.concat();
        prop_assert_eq!(round_trip(&text), Ok(text));
    }
}
