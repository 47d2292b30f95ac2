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
    // Quiz text is mostly prose, which LZ packs poorly: gzip -9 makes the bank 24,111 bytes (3.7:1), 32,148
    // characters in base64 (2.80:1). Context mixing must beat that clearly: a tenth shorter at least (about a
    // quarter on the two shipped quizzes; less on the small one, where there is less to learn from).
    let gzip = [("cm-vs-smm.toml", 24_111), ("support-or-sales.toml", 5_548), ("mini.toml", 865)];
    for ((name, ratio), (_, gz)) in ratios.into_iter().zip(gzip) {
        let text = QUIZZES.iter().find(|q| q.0 == name).unwrap().1;
        let as_gzip = text.len() as f64 / (gz as f64 * 4.0 / 3.0);
        println!("{name}: {ratio:.2}:1 against gzip -9 in base64 {as_gzip:.2}:1");
        assert!(ratio >= as_gzip * 1.1, "{name}: {ratio:.2}:1, gzip -9 in base64 {as_gzip:.2}:1");
    }
}

#[test]
fn encoding_the_bank_is_fast_enough_to_run_on_every_edit() {
    let watch = Stopwatch::start();
    let payload = encode(BANK);
    let encoded = watch.elapsed();
    decode(&payload).unwrap();
    let both = watch.elapsed();
    println!("cm-vs-smm.toml: encode {encoded:?}, encode + decode {both:?} (this build)");
    // A debug build is some 20 times slower than the release build (~75 ms each way for the bank); this
    // only catches an accidental blow-up, such as work that grows with the square of the text.
    assert!(both.as_secs_f64() < 30.0, "{both:?}");
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
    // The version, two lengths, the CRC and the coder's four closing bytes.
    assert_eq!(encode("").len(), 16, "{}", encode(""));
}

#[test]
fn long_runs_and_far_repeats_round_trip() {
    let run = "x".repeat(20_000);
    let payload = encode(&run);
    assert!(payload.len() < 200, "a run of 20,000 packs to {} characters", payload.len());
    assert_eq!(decode(&payload).as_deref(), Ok(run.as_str()));
    // The same block far apart, with noise between.
    let block: String = (0..3000).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect();
    let noise: String =
        (0..30_000u32).map(|i| char::from(b'!' + (i.wrapping_mul(2_654_435_761) >> 27) as u8)).collect();
    let text = format!("{block}{noise}{block}");
    assert_eq!(decode(&encode(&text)).as_deref(), Ok(text.as_str()));
}

#[test]
fn incompressible_data_grows_by_under_two_percent() {
    // What the payload cap in `decode` relies on (it allows 6%): noise packs to barely more than itself
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
    let payload = encode_bytes(&noise);
    println!("{} bytes of noise -> {} characters", noise.len(), payload.len());
    assert!(payload.len() * 3 / 4 < noise.len() * 102 / 100, "{} bytes", payload.len() * 3 / 4);
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
    let payload = encode(MINI);
    // Every cut, from just the version to one character short: the lengths in the header say so before
    // anything is unpacked.
    for cut in 2..payload.len() {
        assert_eq!(decode(&payload[..cut]), Err(ShareError::Truncated), "cut at {cut} of {}", payload.len());
    }
    assert_eq!(decode("1."), Err(ShareError::Truncated));
}

#[test]
fn a_changed_character_is_caught() {
    let payload = encode(MINI);
    let bytes = payload.as_bytes();
    for at in (2..payload.len()).step_by(23) {
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
    // A real payload whose header says one byte more than the limit (the limit itself is inclusive: the
    // unit tests in engine::share check that on a small limit, as packing a whole MiB is slow here).
    let packed = bytes_of(&encode(MINI));
    let mut forged = vec![0x81, 0x80, 0x40]; // MAX_BYTES + 1 = 2^20 + 1 as LEB128
    forged.extend(&packed[2..]); // mini.toml's length took two bytes
    let payload = payload_of(&forged);
    assert_eq!(decode(&payload), Err(ShareError::TooLarge { bytes: MAX_BYTES + 1 }));
    assert!(decode(&payload).unwrap_err().to_string().contains("1025 KiB"));
    assert_eq!(MAX_BYTES, 1 << 20);
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
    // A real bomb in small: 20,000 of one letter pack to a few dozen characters.
    let bomb = encode(&"z".repeat(20_000));
    assert!(bomb.len() < 120, "{}", bomb.len());
    let watch = Stopwatch::start();
    assert_eq!(decode(&payload_of(&forged)), Err(ShareError::TooLarge { bytes: 1 << 27 }));
    // A length that needs a fifth byte.
    assert!(matches!(decode(&payload_of(&[0xFF, 0xFF, 0xFF, 0xFF, 0x01])), Err(ShareError::TooLarge { .. })));
    // A header claiming the maximum with a few bytes of stream: stops when the stream runs out.
    let mut short = vec![0x80, 0x80, 0x40, 24]; // 2^20 = MAX_BYTES, from 24 bytes of stream
    short.extend([0; 4]);
    short.extend([0x55; 24]);
    assert!(matches!(decode(&payload_of(&short)), Err(ShareError::Truncated | ShareError::Corrupt)));
    // A bomb whose header lies (says 100 bytes, holds 20,000): it stops by 100, and the rest does not
    // check out (the model is sized by the length, so it may also run out of data first).
    let mut liar = vec![100];
    liar.extend(&bytes_of(&bomb)[3..]); // 20,000 took three bytes
    assert!(matches!(decode(&payload_of(&liar)), Err(ShareError::Corrupt | ShareError::Truncated)));
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

}

proptest! {
    // Each case unpacks a whole quiz.
    #![proptest_config(config(96))]

    #[test]
    fn a_damaged_quiz_payload_never_passes_for_another(at in 2usize..1100, with in 0u8..64) {
        let payload = encode(MINI);
        let at = at.min(payload.len() - 1);
        let c = char::from(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[with as usize]);
        let mut changed = payload.clone();
        changed.replace_range(at..at + 1, c.encode_utf8(&mut [0; 4]));
        match decode(&changed) {
            Ok(text) => prop_assert_eq!(text, MINI, "only an unchanged payload decodes"),
            Err(e) => prop_assert!(!matches!(e, ShareError::NotUtf8 | ShareError::NotALink), "{:?}", e),
        }
    }
}
