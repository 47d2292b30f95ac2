//! Share links in a real browser (headless Chromium): the browser's deflate both ways on the shipped quizzes
//! and on any kind of text, links made before version 2 still opening, a link made by another zlib opening,
//! a bomb refused after inflating no more than the limit and one chunk, and links cut short or damaged
//! saying so. The lengths and times it logs are the figures in the report, not assertions: run with
//! `-- --nocapture` to see them.
#![cfg(target_arch = "wasm32")]

use rolecall::app::share::{decode_link, encode_link};
use rolecall::engine::load::MAX_BYTES;
use rolecall::engine::share::{LinkLength, ShareError, link_length_advice, pack};
use rolecall::platform::compression::{DecompressError, compress, decompress};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MINI: &str = include_str!("fixtures/mini.toml");
const QUIZZES: [(&str, &str); 4] = [
    ("cm-vs-smm.toml", include_str!("../assets/quizzes/cm-vs-smm.toml")),
    ("support-or-sales.toml", include_str!("../assets/quizzes/support-or-sales.toml")),
    ("launch-raci.toml", include_str!("../assets/quizzes/launch-raci.toml")),
    ("mini.toml", MINI),
];

/// What a share link to the app adds before the payload (a typical deployment: GitHub Pages).
const PAGE: &str = "https://example.github.io/rolecall/#quiz=";

/// The most a bomb inflates past the limit: one 1 KiB input chunk at deflate's largest ratio.
const ONE_CHUNK: usize = 1024 * 1032;

/// A link from a fixture file (flat JSON of strings, which need no escaping).
fn fixture(json: &str, key: &str) -> String {
    let at =
        json.find(&format!("\"{key}\": \"")).unwrap_or_else(|| panic!("no fixture {key}")) + key.len() + 5;
    json[at..].split('"').next().expect("the link").to_string()
}

/// The links the e2e tests open; `mini`, `damaged` and `cut` were made before version 2.
fn e2e(key: &str) -> String {
    fixture(include_str!("fixtures/share-links.json"), key)
}

/// The texts of the shipped quizzes those version-1 links carry: the quizzes as they were when the links were
/// made (they have changed since; the links have not).
const V1_BANK: &str = include_str!("fixtures/share-v1/cm-vs-smm.toml");
const V1_SUPPORT: &str = include_str!("fixtures/share-v1/support-or-sales.toml");

/// Links made by the version-1 encoder before version 2.
fn v1(key: &str) -> String {
    fixture(include_str!("fixtures/share-links-v1.json"), key)
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn log(line: &str) {
    web_sys::console::log_1(&line.into());
}

#[wasm_bindgen_test]
async fn the_shipped_quizzes_round_trip_and_their_links_are_measured() {
    for (name, text) in QUIZZES {
        let compressed = compress(text).await.expect("compresses");
        assert_eq!(decompress(&compressed, MAX_BYTES).await.as_deref(), Ok(text.as_bytes()), "{name}");
        let payload = encode_link(text).await.expect("encodes");
        assert_eq!(payload, pack(&compressed), "{name}: the same bytes every time");
        assert_eq!(decode_link(&payload).await.as_deref(), Ok(text), "{name}");
        log(&format!(
            "{name}: {} bytes -> version 2 payload {} characters (zlib {} bytes); link {} characters, {:?}",
            text.len(),
            payload.len(),
            compressed.len(),
            PAGE.len() + payload.len(),
            link_length_advice(PAGE.len() + payload.len()),
        ));
    }
    // The small example quiz still fits anywhere; a 20 KB quiz needs a browser, e-mail or a roomy chat; the
    // 90 KB built-in bank (63 scenarios) is past what browsers show of an address, and the editor says to host
    // it and use `quiz=` instead.
    let mini = encode_link(MINI).await.expect("encodes");
    assert_eq!(link_length_advice(PAGE.len() + mini.len()), LinkLength::Fine);
    let mid = encode_link(QUIZZES[1].1).await.expect("encodes");
    assert_eq!(link_length_advice(PAGE.len() + mid.len()), LinkLength::Long);
    let bank = encode_link(QUIZZES[0].1).await.expect("encodes");
    assert_eq!(link_length_advice(PAGE.len() + bank.len()), LinkLength::TooLong);
}

#[wasm_bindgen_test]
async fn the_time_the_browser_takes_for_the_bank_is_logged() {
    let bank = QUIZZES[0].1;
    let runs = 20;
    let (mut encoding, mut decoding) = (0.0, 0.0);
    for _ in 0..runs {
        let start = now();
        let payload = encode_link(bank).await.expect("encodes");
        let encoded = now();
        let text = decode_link(&payload).await.expect("decodes");
        decoding += now() - encoded;
        encoding += encoded - start;
        assert_eq!(text.len(), bank.len());
    }
    let old = v1("cm-vs-smm.toml");
    let start = now();
    assert_eq!(decode_link(&old).await.as_deref(), Ok(V1_BANK));
    log(&format!(
        "cm-vs-smm.toml ({} bytes), mean of {runs}: encode_link {:.2} ms, decode_link {:.2} ms; a version-1 \
         link decoded in {:.0} ms (this test build: debug wasm)",
        bank.len(),
        encoding / f64::from(runs),
        decoding / f64::from(runs),
        now() - start,
    ));
}

#[wasm_bindgen_test]
async fn text_of_every_kind_round_trips() {
    let noise: String = (0..64 * 1024u32)
        .map(|i| char::from(b' ' + (i.wrapping_mul(2_654_435_761) >> 25) as u8 % 95))
        .collect();
    let texts = ["", "a", "שלום עולם مرحبا 👩🏽‍💻🇪🇸e\u{301}\u{200F}\r\n\0 the team", &"x".repeat(20_000), &noise];
    for text in texts {
        let payload = encode_link(text).await.expect("encodes");
        assert!(
            payload.starts_with("2.")
                && payload[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b"-_".contains(&b))
        );
        assert_eq!(decode_link(&payload).await.as_deref(), Ok(text), "{} bytes", text.len());
    }
}

#[wasm_bindgen_test]
async fn links_made_before_version_2_still_open() {
    assert_eq!(decode_link(&e2e("mini")).await.as_deref(), Ok(MINI));
    assert_eq!(decode_link(&v1("support-or-sales.toml")).await.as_deref(), Ok(V1_SUPPORT));
    assert_eq!(decode_link(&v1("empty")).await.as_deref(), Ok(""));
    assert_eq!(decode_link(&v1("not-utf8")).await, Err(ShareError::NotUtf8));
    assert_eq!(decode_link(&e2e("damaged")).await, Err(ShareError::Corrupt));
    assert_eq!(decode_link(&e2e("cut")).await, Err(ShareError::Truncated));
}

#[wasm_bindgen_test]
async fn a_link_made_by_another_zlib_opens() {
    // mini.toml compressed by Python's zlib at level 9, not by a browser: any zlib stream is a link.
    assert_eq!(decode_link(&e2e("mini_v2")).await.as_deref(), Ok(MINI));
}

#[wasm_bindgen_test]
async fn a_bomb_is_refused_after_the_limit_and_one_chunk_at_most() {
    // 16 MiB of one letter compress to 16 KiB: a payload of 22,000 characters, a link that fits in a chat.
    let bomb = compress(&"z".repeat(16 << 20)).await.expect("compresses");
    assert!(bomb.len() < 20_000, "{} bytes", bomb.len());
    let start = now();
    let refused = decompress(&bomb, MAX_BYTES).await;
    let spent = now() - start;
    let Err(DecompressError::TooLarge { inflated }) = refused else {
        panic!("{:?}", refused.map(|b| b.len()))
    };
    assert!(inflated > MAX_BYTES && inflated <= MAX_BYTES + ONE_CHUNK, "{inflated}");
    log(&format!("a 16 MiB bomb ({} bytes) refused after {inflated} bytes, in {spent:.1} ms", bomb.len()));
    // The same as a link: the reader is told it is too large, not that it is damaged.
    let Err(ShareError::TooLarge { bytes }) = decode_link(&pack(&bomb)).await else { panic!("not refused") };
    assert!(bytes > MAX_BYTES && bytes <= MAX_BYTES + ONE_CHUNK, "{bytes}");
    // Far below the limit too: a small limit stops after the first chunk.
    let Err(DecompressError::TooLarge { inflated }) = decompress(&bomb, 1000).await else {
        panic!("not refused")
    };
    assert!(inflated > 1000 && inflated <= 1000 + ONE_CHUNK, "{inflated}");
}

#[wasm_bindgen_test]
async fn the_limit_is_inclusive() {
    let text = "0123456789".repeat(100);
    let compressed = compress(&text).await.expect("compresses");
    assert_eq!(decompress(&compressed, 1000).await, Ok(text.into_bytes()));
    assert_eq!(decompress(&compressed, 999).await, Err(DecompressError::TooLarge { inflated: 1000 }));
}

#[wasm_bindgen_test]
async fn a_link_cut_short_is_truncated() {
    let payload = encode_link(MINI).await.expect("encodes");
    // Cut in the zlib header, in the deflate data, and in the Adler-32 at the end.
    for cut in [4, 5, 100, payload.len() / 2, payload.len() - 3, payload.len() - 1] {
        assert_eq!(decode_link(&payload[..cut]).await, Err(ShareError::Truncated), "cut at {cut}");
    }
}

#[wasm_bindgen_test]
async fn a_damaged_link_is_caught() {
    let payload = encode_link(MINI).await.expect("encodes");
    let swap = |at: usize| {
        let with = if &payload[at..=at] == "A" { "B" } else { "A" };
        format!("{}{with}{}", &payload[..at], &payload[at + 1..])
    };
    // The Adler-32 at the end no longer matches the text: what zlib's 8 characters buy over raw deflate.
    assert_eq!(decode_link(&swap(payload.len() - 2)).await, Err(ShareError::Corrupt));
    // Not a zlib header; bytes after the stream's end.
    assert_eq!(decode_link(&pack(b"hello, world")).await, Err(ShareError::Corrupt));
    assert_eq!(decode_link(&format!("{payload}AAAA")).await, Err(ShareError::Corrupt));
    // A changed character anywhere: never a quiz, never a panic. It is usually caught as bad data; a change
    // that makes the data ask for more than there is reads as a link cut short.
    for at in (2..payload.len()).step_by(37) {
        let err = decode_link(&swap(at)).await.expect_err("a damaged link never opens");
        assert!(matches!(err, ShareError::Corrupt | ShareError::Truncated), "{at}: {err:?}");
    }
}
