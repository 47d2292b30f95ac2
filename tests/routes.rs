//! The page each address lands on, as `Page::for_options` decides it, against the table that
//! `assets/route.js` is tested on too (tests/fixtures/routes.json, by tests/e2e/pages.spec.mjs): the old
//! addresses' redirect in the browser and the links between pages in Rust make the same choice.

#![cfg(not(target_arch = "wasm32"))]

use rolecall::interop::launch::{LaunchOptions, Mode, Page};

/// `key=value` pairs of a query or fragment, as `URLSearchParams` reads them (a leading `?` skipped).
/// The table's addresses need no percent-decoding.
fn pairs(text: &str) -> Vec<(String, String)> {
    text.trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect()
}

/// The page for an address such as `?mode=embed&count=3#quiz=1.AAAA` on the page `from`, read as the
/// browser's pages read it (`embed.html` reads every address as an embed's).
fn page_for(from: &str, address: &str) -> Page {
    let (query, fragment) = address.split_once('#').unwrap_or((address, ""));
    // A share link's quiz: the fragment's first `quiz=`, when it is not empty (platform::location).
    let shared =
        pairs(fragment).into_iter().find(|(k, _)| k == "quiz").map(|(_, v)| v).filter(|v| !v.is_empty());
    let mut options = LaunchOptions::from_pairs(pairs(query), shared);
    if from == "embed.html" {
        options.mode = Mode::Embed;
    }
    Page::for_options(&options)
}

#[test]
fn every_address_in_the_table_lands_where_route_js_sends_it() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/routes.json")).unwrap();
    let table: serde_json::Value = serde_json::from_str(&text).unwrap();
    let routes = table["routes"].as_array().unwrap();
    assert!(routes.len() >= 10, "the table lost its cases");
    let mut wrong = Vec::new();
    for route in routes {
        let (address, want) = (route["address"].as_str().unwrap(), route["page"].as_str().unwrap());
        let from = route["from"].as_str().unwrap_or("index.html");
        let got = match page_for(from, address).file() {
            "./" => "index.html",
            file => file,
        };
        if got != want {
            wrong.push(format!("{from}{address}: {got}, the table says {want} ({})", route["why"]));
        }
    }
    assert!(
        wrong.is_empty(),
        "Page::for_options disagrees with tests/fixtures/routes.json:\n{}",
        wrong.join("\n")
    );
}
