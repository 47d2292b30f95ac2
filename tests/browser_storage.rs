//! Storage in a real browser: working, blocked and full. The quiz must keep running from memory in every
//! case and never lose a value it was given during the visit, nor lose sight of progress saved before.
//!
//! Blocked and full storage are made for real: the page's `localStorage` (or its `setItem`) is replaced with
//! one that throws as a browser's does, so it is [`Store::open`]'s own detection that is tested. Each test
//! puts the real storage back when it ends, and starts from it (a test that fails cannot put it back).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use rolecall::app::{AppContext, SessionProvider, read_record, restore};
use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::quiz::Quiz;
use rolecall::engine::session::Session;
use rolecall::i18n::Lang;
use rolecall::interop::launch::LaunchOptions;
use rolecall::pages::learner::QuizFlow;
use rolecall::platform::json;
use rolecall::platform::storage::{self, StorageError, Store};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;
use yew::prelude::*;

mod dom;

use dom::{button, click, one, root, text};

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("the test page has localStorage")
}

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn progress_key() -> String {
    storage::key("progress", "mini")
}

/// A JS function that throws a `DOMException` named `name`, as the browser's own storage does.
fn thrower(name: &str) -> Function {
    Function::new_no_args(&format!("throw new DOMException('refused by the test', '{name}');"))
}

fn window() -> Object {
    web_sys::window().expect("window").into()
}

fn storage_prototype() -> Object {
    let storage = Reflect::get(&js_sys::global(), &"Storage".into()).expect("the Storage interface");
    Reflect::get(&storage, &"prototype".into()).expect("its prototype").into()
}

thread_local! {
    /// The properties the tests replace, as the browser made them: each object, the property's name and its
    /// own descriptor (`undefined` where it was inherited). Captured before the first replacement.
    static REAL: Vec<(Object, &'static str, JsValue)> = [(window(), "localStorage"), (storage_prototype(), "setItem")]
        .into_iter()
        .map(|(target, name)| {
            let descriptor = Object::get_own_property_descriptor(&target, &name.into());
            (target, name, descriptor)
        })
        .collect();
}

/// Put the browser's own storage back.
fn restore_real_storage() {
    REAL.with(|real| {
        for (target, name, descriptor) in real {
            if descriptor.is_undefined() {
                let _ = Reflect::delete_property(target, &(*name).into());
            } else {
                Object::define_property(target, &(*name).into(), &descriptor.clone().into());
            }
        }
    });
}

thread_local! {
    /// The flows the tests mounted. Each keeps saving its session (after a paint, when the page is left, when
    /// it goes), so the next test unmounts them first: an earlier test's session never lands in a later one's
    /// storage.
    static MOUNTED: std::cell::RefCell<Vec<yew::AppHandle<FlowHost>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Start a test on the real storage holding nothing of RoleCall's, with no flow of an earlier test mounted. A
/// failed test cannot put things back (a panic in wasm runs no destructor), so each test starts by doing it.
async fn clean_start() {
    for app in MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut())) {
        app.destroy();
    }
    yew::scheduler::flush().await;
    restore_real_storage();
    let storage = local();
    let keys: Vec<String> =
        (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).collect();
    for key in keys.iter().filter(|k| k.starts_with("rolecall.")) {
        let _ = storage.remove_item(key);
    }
}

/// Storage made to throw for one test, as a browser's does; the real storage comes back when this is dropped.
struct Broken;

impl Broken {
    /// Replace `name` on `target` with a property of these descriptor fields.
    fn replace(target: Object, name: &str, fields: &[(&str, JsValue)]) -> Broken {
        REAL.with(|_| ()); // The originals are captured before anything is replaced.
        let descriptor = Object::new();
        for (key, value) in fields.iter().chain(&[("configurable", true.into())]) {
            Reflect::set(&descriptor, &(*key).into(), value).expect("a descriptor");
        }
        Object::define_property(&target, &name.into(), &descriptor);
        Broken
    }

    /// Reading `window.localStorage` throws a SecurityError, as in a sandboxed frame or with site data blocked.
    fn blocked() -> Broken {
        Broken::replace(window(), "localStorage", &[("get", thrower("SecurityError").into())])
    }

    /// `window.localStorage` is a storage that reads (it holds nothing) but refuses every write with a
    /// QuotaExceededError: what some private modes hand out.
    fn refusing_writes() -> Broken {
        let fake = Object::new();
        let set = |key: &str, value: JsValue| Reflect::set(&fake, &key.into(), &value).expect("a property");
        set("length", 0.into());
        set("getItem", Function::new_with_args("key", "return null;").into());
        set("setItem", thrower("QuotaExceededError").into());
        set("removeItem", Function::new_with_args("key", "").into());
        Broken::replace(window(), "localStorage", &[("value", fake.into())])
    }

    /// Every `setItem` of the page's storage throws a QuotaExceededError, as when the site's storage is full.
    fn full() -> Broken {
        let fields = [("value", thrower("QuotaExceededError").into()), ("writable", true.into())];
        Broken::replace(storage_prototype(), "setItem", &fields)
    }
}

impl Drop for Broken {
    fn drop(&mut self) {
        restore_real_storage();
    }
}

/// What the notice says for `error`, in English.
fn words(error: StorageError) -> &'static str {
    error.words(Lang::En.text().storage())
}

#[derive(Properties, PartialEq)]
struct FlowHostProps {
    initial: Session,
    store: Store,
}

/// The quiz flow below a session provider that keeps progress in `store`, as the learner's page mounts it.
#[component]
fn FlowHost(p: &FlowHostProps) -> Html {
    html! {
        <AppContext options={Rc::new(LaunchOptions::default())} lang={Lang::En}>
            <SessionProvider initial={p.initial.clone()} store={Some(p.store.clone())}>
                <QuizFlow />
            </SessionProvider>
        </AppContext>
    }
}

async fn mount_flow(initial: Session, store: &Store) -> Element {
    let root = root();
    let props = FlowHostProps { initial, store: store.clone() };
    let app = yew::Renderer::<FlowHost>::with_root_and_props(root.clone(), props).render();
    MOUNTED.with(|m| m.borrow_mut().push(app));
    yew::scheduler::flush().await;
    root
}

/// The reader leaves the page: the session provider saves at once what it was keeping for after the next
/// paint (it saves after a paint so that a click shows its result first).
async fn leave_page() {
    let event = web_sys::Event::new("pagehide").expect("an event");
    web_sys::window().expect("window").dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

/// The progress record the store holds for mini.toml, read as the app reads it.
fn saved_progress(store: &Store) -> rolecall::engine::progress::Record {
    let text = store.get(&progress_key()).expect("progress is kept");
    read_record(&text).unwrap_or_else(|_| panic!("a readable record: {text}"))
}

#[wasm_bindgen_test]
async fn values_round_trip_through_local_storage() {
    clean_start().await;
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
async fn a_blocked_browser_keeps_values_in_memory_and_says_so() {
    clean_start().await;
    let blocked = Broken::blocked();
    assert!(web_sys::window().expect("window").local_storage().is_err(), "reading localStorage throws");
    let store = Store::open();
    assert_eq!(store.status(), Some(StorageError::Blocked));
    assert!(!store.persistent());
    assert_eq!(store.set("rolecall.v1.test.blocked", "v"), Err(StorageError::Blocked));
    assert_eq!(
        store.get("rolecall.v1.test.blocked").as_deref(),
        Some("v"),
        "the value lives on for this visit"
    );

    // A session over it runs, says once that nothing is kept, and keeps its progress in memory.
    let root = mount_flow(Session::new(mini()), &store).await;
    assert_eq!(text(&one(&root, ".storage-note")), words(StorageError::Blocked));
    click(&button(&root, "Start"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 1 of"));
    leave_page().await;
    assert!(saved_progress(&store).session.is_some(), "the session in progress is kept for the visit");
    store.remove("rolecall.v1.test.blocked");
    assert_eq!(store.get("rolecall.v1.test.blocked"), None);

    drop(blocked);
    assert_eq!(local().get_item("rolecall.v1.test.blocked").ok().flatten(), None, "nothing reached storage");
    assert_eq!(local().get_item(&progress_key()).ok().flatten(), None, "no progress reached storage");
}

#[wasm_bindgen_test]
async fn a_storage_that_refuses_every_write_counts_as_blocked() {
    clean_start().await;
    let refusing = Broken::refusing_writes();
    let store = Store::open();
    assert_eq!(store.status(), Some(StorageError::Blocked));
    assert_eq!(store.set("rolecall.v1.test.refused", "v"), Err(StorageError::Blocked));
    assert_eq!(store.get("rolecall.v1.test.refused").as_deref(), Some("v"));
    let root = mount_flow(Session::new(mini()), &store).await;
    assert_eq!(text(&one(&root, ".storage-note")), words(StorageError::Blocked));
    drop(refusing);
    assert_eq!(local().get_item("rolecall.v1.test.refused").ok().flatten(), None);
}

#[wasm_bindgen_test]
async fn storage_that_fills_during_the_visit_keeps_new_values_in_memory() {
    clean_start().await;
    let store = Store::open();
    assert!(store.persistent());
    let full = Broken::full();

    // The session's first save fails: the notice says so, and the session goes on from memory.
    let root = mount_flow(Session::new(mini()), &store).await;
    leave_page().await;
    assert_eq!(store.status(), Some(StorageError::Full));
    assert_eq!(text(&one(&root, ".storage-note")), words(StorageError::Full));
    click(&button(&root, "Start"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 1 of"));
    leave_page().await;
    assert!(saved_progress(&store).session.is_some());
    assert_eq!(store.set("rolecall.v1.test.filled", "v"), Err(StorageError::Full));
    assert_eq!(store.get("rolecall.v1.test.filled").as_deref(), Some("v"), "kept in memory");

    drop(full);
    assert_eq!(local().get_item("rolecall.v1.test.filled").ok().flatten(), None, "nothing reached storage");
    assert_eq!(local().get_item(&progress_key()).ok().flatten(), None);
    store.remove("rolecall.v1.test.filled");
    store.remove(&progress_key());
}

#[wasm_bindgen_test]
async fn storage_full_when_the_page_opens_still_reads_the_progress_saved_before() {
    clean_start().await;
    // A session two cards long, saved on an earlier visit when there was room.
    let deal = Deal { seed: 5, count: Some(2), ..Deal::default() };
    let (earlier, _) = restore(mini(), None, Some(deal));
    let record = json::to_text(&earlier.record()).expect("a record");
    local().set_item(&progress_key(), &record).expect("room for the record");

    let full = Broken::full();
    let store = Store::open();
    assert_eq!(store.status(), Some(StorageError::Full), "full, not blocked: the storage still reads");
    assert_eq!(store.get(&progress_key()).as_deref(), Some(record.as_str()), "the saved record is there");
    let (resumed, set_aside) = restore(mini(), Some(&store), None);
    assert!(!set_aside);
    assert_eq!(resumed.position(), earlier.position(), "the session resumes where it was");
    assert_eq!(resumed.current(), earlier.current());

    let root = mount_flow(resumed, &store).await;
    assert_eq!(text(&one(&root, ".storage-note")), words(StorageError::Full));
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 1 of 2"), "the card in progress is on show");

    drop(full);
    assert_eq!(local().get_item(&progress_key()).ok().flatten(), Some(record), "never overwritten");
    store.remove(&progress_key());
}

#[wasm_bindgen_test]
async fn a_full_storage_keeps_new_values_in_memory() {
    clean_start().await;
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

/// A quiz restored before the paint a save waits for (the other language's edition, arriving fast after a
/// click and a switch of language) is restored from the progress just made: `restore` does the waiting save
/// first. Without it, this restore saw no session at all (the click on Start was not yet saved).
#[wasm_bindgen_test]
async fn a_restore_before_the_next_paint_reads_the_progress_just_made() {
    clean_start().await;
    let store = Store::open();
    let root = mount_flow(Session::new(mini()), &store).await;
    click(&button(&root, "Start"));
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).contains("Scenario 1 of"));
    // No paint has happened since the click (the test has not yielded to the browser): the save still waits.
    let (session, set_aside) = restore(mini(), Some(&store), None);
    assert!(!set_aside);
    assert_eq!(session.position().0, 1, "the restored session is on the card the learner reached");
    assert!(!matches!(session.phase(), rolecall::engine::deck::Phase::Ready), "not back on the start screen");
}
