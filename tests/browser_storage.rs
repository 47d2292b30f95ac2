//! Storage in a real browser: working, blocked and full. The quiz must keep running from memory in every
//! case and never lose a value it was given during the visit.
#![cfg(target_arch = "wasm32")]

use rolecall::platform::storage::{StorageError, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("the test page has localStorage")
}

#[wasm_bindgen_test]
fn values_round_trip_through_local_storage() {
    let store = Store::open();
    assert!(store.persistent());
    store.set("rolecall.v1.test.round-trip", "a\nb").expect("write");
    assert_eq!(local().get_item("rolecall.v1.test.round-trip").ok().flatten().as_deref(), Some("a\nb"));
    assert_eq!(
        Store::open().get("rolecall.v1.test.round-trip").as_deref(),
        Some("a\nb"),
        "a new visit reads it"
    );
    store.remove("rolecall.v1.test.round-trip");
    assert_eq!(store.get("rolecall.v1.test.round-trip"), None);
}

#[wasm_bindgen_test]
fn a_blocked_browser_keeps_values_in_memory_and_says_so() {
    let store = Store::memory();
    assert_eq!(store.status(), Some(StorageError::Blocked));
    assert_eq!(store.set("k", "v"), Err(StorageError::Blocked));
    assert_eq!(store.get("k").as_deref(), Some("v"), "the value lives on for this visit");
    assert_eq!(local().get_item("k").ok().flatten(), None, "nothing reached localStorage");
    store.remove("k");
    assert_eq!(store.get("k"), None);
}

#[wasm_bindgen_test]
fn a_full_storage_keeps_new_values_in_memory() {
    let storage = local();
    // Fill localStorage to its quota with 512 KiB strings.
    let chunk = "x".repeat(512 * 1024);
    let mut fillers = Vec::new();
    for i in 0..64 {
        let key = format!("rolecall.test.filler.{i}");
        if storage.set_item(&key, &chunk).is_err() {
            break;
        }
        fillers.push(key);
    }
    let store = Store::open();
    let big = "y".repeat(600 * 1024);
    let result = store.set("rolecall.v1.test.full", &big);
    let kept = store.get("rolecall.v1.test.full");
    for key in &fillers {
        let _ = storage.remove_item(key);
    }
    store.remove("rolecall.v1.test.full");
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(store.status(), Some(StorageError::Full));
    assert_eq!(kept.map(|v| v.len()), Some(big.len()), "the value that did not fit is kept in memory");
}
