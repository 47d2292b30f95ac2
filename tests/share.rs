//! Share links: the codec round trip on any text and on the shipped quizzes, how well it packs them, every
//! error a damaged or forged payload can give (a decompression bomb included), and that no input panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, RngSeed};
use rolecall::engine::load::MAX_BYTES;
use rolecall::engine::share::{
    FINE_MAX, LONG_MAX, LinkLength, ShareError, decode, encode, encode_bytes, link_length_advice,
};

mod common;
use common::Stopwatch;

const MINI: &str = include_str!("fixtures/mini.toml");
const BANK: &str = include_str!("../assets/quizzes/cm-vs-smm.toml");
const SUPPORT: &str = include_str!("../assets/quizzes/support-or-sales.toml");
const QUIZZES: [(&str, &str); 3] =
    [("cm-vs-smm.toml", BANK), ("support-or-sales.toml", SUPPORT), ("mini.toml", MINI)];

/// What a share link to the app adds before the payload (a typical deployment: GitHub Pages).
const PAGE: &str = "https://example.github.io/rolecall/#quiz=";

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
    let data = payload.strip_prefix("1.").expect("a version 1 payload");
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

/// A version 1 payload of raw bytes.
fn payload_of(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::from("1.");
    for chunk in bytes.chunks(3) {
        let v = chunk.iter().enumerate().fold(0u32, |v, (i, &b)| v | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(v >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

#[test]
fn the_shipped_quizzes_round_trip() {
    for (name, text) in QUIZZES {
        assert!(decode(&encode(text)).as_deref() == Ok(text), "{name}");
    }
}

#[test]
fn the_shipped_quizzes_pack_small() {
    let mut ratios = Vec::new();
    for (name, text) in QUIZZES {
        let payload = encode(text);
        let link = PAGE.len() + payload.len();
        let ratio = text.len() as f64 / payload.len() as f64;
        println!(
            "{name}: {} bytes -> payload of {} characters ({ratio:.2}:1 counting base64), link {link} \
             characters ({:?})",
            text.len(),
            payload.len(),
            link_length_advice(link)
        );
        ratios.push((name, ratio));
        assert!(payload.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)), "{name}");
    }
    // Quiz text is mostly prose, which no LZ packs far: gzip -9 makes the bank 17,757 bytes (3.7:1), which base64
    // makes 23,676 characters (2.77:1). The codec must do at least as well as gzip -9 in base64 on each.
    let gzip = [("cm-vs-smm.toml", 17_757), ("support-or-sales.toml", 5_489), ("mini.toml", 865)];
    for ((name, ratio), (_, gz)) in ratios.into_iter().zip(gzip) {
        let text = QUIZZES.iter().find(|q| q.0 == name).unwrap().1;
        let as_gzip = text.len() as f64 / (gz as f64 * 4.0 / 3.0);
        assert!(ratio >= as_gzip, "{name}: {ratio:.2}:1, gzip -9 in base64 {as_gzip:.2}:1");
    }
}

#[test]
fn encoding_the_bank_is_fast_enough_to_run_on_every_edit() {
    let watch = Stopwatch::start();
    let payload = encode(BANK);
    let encoded = watch.elapsed();
    decode(&payload).unwrap();
    let both = watch.elapsed();
    println!("cm-vs-smm.toml: encode {encoded:?}, encode + decode {both:?} (debug build)");
    // A debug build is many times slower than the release wasm; this only catches an accidental blow-up.
    assert!(both.as_secs_f64() < 2.0, "{both:?}");
}

#[test]
fn empty_text_and_tiny_texts_round_trip() {
    for text in [
        "",
        "a",
        "ab",
        "abc",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        assert_eq!(decode(&encode(text)).as_deref(), Ok(text));
    }
    assert!(encode("").len() < 16, "{}", encode(""));
}

#[test]
fn long_runs_and_far_repeats_round_trip() {
    let run = "x".repeat(100_000);
    let payload = encode(&run);
    assert!(payload.len() < 400, "a run of 100,000 packs to {} characters", payload.len());
    assert_eq!(decode(&payload).as_deref(), Ok(run.as_str()));
    // The same block far apart, with noise between.
    let block: String = (0..3000).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect();
    let noise: String =
        (0..200_000u32).map(|i| char::from(b'!' + (i.wrapping_mul(2_654_435_761) >> 27) as u8)).collect();
    let text = format!("{block}{noise}{block}");
    assert_eq!(decode(&encode(&text)).as_deref(), Ok(text.as_str()));
}

#[test]
fn the_largest_quiz_round_trips_even_when_it_does_not_compress() {
    // The worst case for the payload cap: MAX_BYTES of noise. It must still decode.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let noise: Vec<u8> = (0..MAX_BYTES)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let payload = encode_bytes(&noise);
    println!("{} bytes of noise -> {} characters", noise.len(), payload.len());
    assert_eq!(decode(&payload), Err(ShareError::NotUtf8), "the noise is not text, but it unpacks");
    let text: String = noise.iter().map(|&b| char::from(b' ' + b % 95)).collect();
    assert_eq!(decode(&encode(&text)).as_deref(), Ok(text.as_str()));
}

#[test]
fn a_payload_that_is_not_a_link_says_so() {
    for payload in ["", "hello", ".abc", "v1.abc", "1a.abc", "12345.abc", "https://example.com/#quiz=1.abc"] {
        assert_eq!(decode(payload), Err(ShareError::NotALink), "{payload:?}");
    }
}

#[test]
fn a_newer_format_is_named() {
    let err = decode("2.AAAA").unwrap_err();
    assert_eq!(err, ShareError::UnknownVersion("2".into()));
    assert!(err.to_string().contains("format 2"), "{err}");
}

#[test]
fn a_character_outside_the_alphabet_is_pointed_at() {
    let payload = encode(MINI);
    let mut changed = payload.clone();
    changed.replace_range(10..11, "+");
    assert_eq!(decode(&changed), Err(ShareError::BadCharacter { position: 11, character: '+' }));
    // Trailing punctuation a chat app picked up with the link; a non-ASCII look-alike of the hyphen.
    assert_eq!(
        decode(&format!("{payload})")),
        Err(ShareError::BadCharacter { position: payload.chars().count() + 1, character: ')' })
    );
    let dashed = format!("{}\u{2011}{}", &payload[..20], &payload[21..]);
    assert_eq!(decode(&dashed), Err(ShareError::BadCharacter { position: 21, character: '\u{2011}' }));
    assert!(decode(&changed).unwrap_err().to_string().contains("'+' at character 11"));
}

#[test]
fn a_link_cut_short_is_truncated() {
    let payload = encode(SUPPORT);
    // Every cut, from just the version to one character short.
    for cut in (2..payload.len()).step_by(97).chain(payload.len() - 3..payload.len()) {
        let err = decode(&payload[..cut]).unwrap_err();
        assert!(
            matches!(err, ShareError::Truncated | ShareError::Corrupt),
            "cut at {cut} of {}: {err:?}",
            payload.len()
        );
    }
    assert_eq!(decode(&payload[..payload.len() - 40]), Err(ShareError::Truncated));
    assert_eq!(decode("1."), Err(ShareError::Truncated));
}

#[test]
fn a_changed_character_is_caught() {
    let payload = encode(SUPPORT);
    let bytes = payload.as_bytes();
    for at in (2..payload.len()).step_by(31) {
        let swapped = if bytes[at] == b'A' { "B" } else { "A" };
        let mut changed = payload.clone();
        changed.replace_range(at..at + 1, swapped);
        let err = decode(&changed).unwrap_err();
        assert!(
            matches!(err, ShareError::Corrupt | ShareError::Truncated | ShareError::TooLarge { .. }),
            "{at}: {err:?}"
        );
    }
    let mut data = bytes_of(&payload);
    data.push(0);
    assert_eq!(decode(&payload_of(&data)), Err(ShareError::Corrupt), "data left over after the text");
}

#[test]
fn a_quiz_over_the_limit_is_refused() {
    let big = "a".repeat(MAX_BYTES + 1);
    let payload = encode(&big);
    assert!(payload.len() < 1000, "a run packs small: {}", payload.len());
    assert_eq!(decode(&payload), Err(ShareError::TooLarge { bytes: MAX_BYTES + 1 }));
    assert!(decode(&payload).unwrap_err().to_string().contains("1025 KiB"));
    let just = "a".repeat(MAX_BYTES);
    assert_eq!(decode(&encode(&just)).map(|t| t.len()), Ok(MAX_BYTES));
    // A payload longer than any quiz can pack to is refused unread.
    let huge = format!("1.{}", "A".repeat(2 * MAX_BYTES));
    assert!(matches!(decode(&huge), Err(ShareError::TooLarge { .. })));
}

#[test]
fn a_bomb_fails_fast() {
    // A forged header claiming 128 MiB is refused before anything is allocated.
    let mut forged = vec![0x80, 0x80, 0x80, 0x40]; // 2^27 as LEB128
    forged.extend([0; 4]);
    forged.extend([0; 16]);
    // A real bomb: 10 MiB of one letter packs to a few hundred characters.
    let bomb = encode(&"z".repeat(10 << 20));
    assert!(bomb.len() < 4000, "{}", bomb.len());
    let watch = Stopwatch::start();
    assert_eq!(decode(&payload_of(&forged)), Err(ShareError::TooLarge { bytes: 1 << 27 }));
    // A length that needs a fifth byte.
    assert!(matches!(decode(&payload_of(&[0xFF, 0xFF, 0xFF, 0xFF, 0x01])), Err(ShareError::TooLarge { .. })));
    // A header claiming the maximum with a few bytes of stream: stops when the stream runs out.
    let mut short = vec![0x80, 0x80, 0x40]; // 2^20 = MAX_BYTES
    short.extend([0; 4]);
    short.extend([0x55; 24]);
    assert!(matches!(decode(&payload_of(&short)), Err(ShareError::Truncated | ShareError::Corrupt)));
    // The real bomb is refused from its header.
    assert_eq!(decode(&bomb), Err(ShareError::TooLarge { bytes: 10 << 20 }));
    // A bomb whose header lies (says 100 bytes, holds 10 MiB): it stops at 100.
    let mut liar = vec![100];
    liar.extend(&bytes_of(&bomb)[4..]);
    assert!(matches!(decode(&payload_of(&liar)), Err(ShareError::Corrupt)));
    let spent = watch.elapsed();
    assert!(spent.as_millis() < 500, "{spent:?}");
}

#[test]
fn bytes_that_are_not_text_are_named() {
    assert_eq!(decode(&encode_bytes(b"caf\xe9")), Err(ShareError::NotUtf8));
    assert_eq!(decode(&encode_bytes("café".as_bytes())).as_deref(), Ok("café"));
}

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
    ];
    for e in errors {
        let s = e.to_string();
        assert!(s.len() > 15 && !s.ends_with('.'), "{s}");
    }
}

#[test]
fn link_length_advice_follows_the_documented_thresholds() {
    assert_eq!(link_length_advice(0), LinkLength::Fine);
    assert_eq!(link_length_advice(FINE_MAX), LinkLength::Fine);
    assert_eq!(link_length_advice(FINE_MAX + 1), LinkLength::Long);
    assert_eq!(link_length_advice(LONG_MAX), LinkLength::Long);
    assert_eq!(link_length_advice(LONG_MAX + 1), LinkLength::TooLong);
    assert_eq!((FINE_MAX, LONG_MAX), (2_000, 32_000));
    // The small example quiz fits anywhere; the built-in bank needs a browser, e-mail or a roomy chat app.
    assert_eq!(link_length_advice(PAGE.len() + encode(MINI).len()), LinkLength::Fine);
    assert_eq!(link_length_advice(PAGE.len() + encode(BANK).len()), LinkLength::Long);
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_text_round_trips(text in any::<String>()) {
        prop_assert_eq!(decode(&encode(&text)), Ok(text));
    }

    #[test]
    fn emoji_rtl_and_repetitive_text_round_trips(
        parts in prop::collection::vec(
            prop::sample::select(&["שלום עולם ", "مرحبا ", "👩🏽‍💻", "🇪🇸", "e\u{301}", "\u{200F}", "[[scenarios]]\n", "id = \"", "\"\"\"\n", "\r\n", "\0", "the team "][..]),
            0..300,
        ),
    ) {
        let text = parts.concat();
        prop_assert_eq!(decode(&encode(&text)), Ok(text));
    }

    #[test]
    fn any_payload_gets_an_answer(payload in "[0-9]{0,2}\\.?[A-Za-z0-9_\\-]{0,400}") {
        let _ = decode(&payload);
    }

    #[test]
    fn any_bytes_behind_the_version_get_an_answer(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode(&payload_of(&bytes));
    }

    #[test]
    fn a_damaged_quiz_payload_never_passes_for_another(at in 2usize..3000, with in 0u8..64) {
        let payload = encode(BANK);
        let at = at.min(payload.len() - 1);
        let c = char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[with as usize]);
        let mut changed = payload.clone();
        changed.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
        match decode(&changed) {
            Ok(text) => prop_assert_eq!(text, BANK, "only an unchanged payload decodes"),
            Err(e) => prop_assert!(!matches!(e, ShareError::NotUtf8 | ShareError::NotALink), "{:?}", e),
        }
    }
}
