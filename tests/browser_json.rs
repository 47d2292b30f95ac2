//! The app's own reader of JS values (`platform::js_value`, behind `json::from_text` / `json::from_js`) in a
//! real browser: every shape the app reads comes back equal to what was written, and values of another shape
//! are refused rather than misread; and the learner page's edition taken from the download `assets/route.js`
//! started (`fetch::early_json`).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use rolecall::engine::deck::{Deal, Feedback};
use rolecall::engine::load::load;
use rolecall::engine::progress::Record;
use rolecall::engine::quiz::{Owner, Quiz};
use rolecall::engine::session::{Action, Session};
use rolecall::interop::messages::Incoming;
use rolecall::interop::source::FetchError;
use rolecall::platform::fetch;
use rolecall::platform::json::{self, JsonError};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const QUIZZES: [&str; 4] = [
    include_str!("../assets/quizzes/cm-vs-smm.toml"),
    include_str!("../assets/quizzes/cm-vs-smm.es.toml"),
    include_str!("../assets/quizzes/support-or-sales.toml"),
    include_str!("../assets/quizzes/launch-raci.toml"),
];

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    json::from_text(text)
}

#[wasm_bindgen_test]
fn every_shipped_quiz_reads_back_as_written() {
    for text in QUIZZES {
        let quiz = load(text).expect("a shipped quiz is valid");
        let written = json::to_text(&quiz).expect("a quiz is JSON");
        let read: Quiz = parse(&written).expect("the written quiz reads back");
        assert_eq!(read, quiz);
        assert!(read.is_consistent());
    }
}

#[wasm_bindgen_test]
fn a_progress_record_with_a_session_reads_back_as_written() {
    let quiz = Rc::new(load(QUIZZES[0]).expect("valid"));
    let deal = Deal {
        seed: u64::MAX - 7,
        count: Some(3),
        rows: vec![],
        only: vec![],
        review: false,
        at: 1_764_000_000_000,
        kinds: Vec::new(),
        feedback: Feedback::SelfCheck,
    };
    let started = Session::restore(quiz.clone(), Default::default(), None)
        .step(Action::Start(deal))
        .expect("the session starts");
    let card = started.current().expect("a card").clone();
    let answered = started
        .step(Action::ChooseRole(card.roles[0].clone()))
        .and_then(|s| s.step(Action::ChooseTeam(card.teams[0].clone())))
        .and_then(|s| s.step(Action::Submit { now: 1_764_000_001_000 }))
        .expect("the answer is taken");
    for session in [&started, &answered] {
        let record = session.record();
        let read: Record = parse(&json::to_text(&record).expect("JSON")).expect("reads back");
        assert_eq!(read, record);
    }
}

#[wasm_bindgen_test]
fn enums_read_as_serde_writes_them() {
    assert_eq!(parse::<Owner>(r#"{"Role":"cm"}"#), Ok(Owner::Role("cm".into())));
    assert_eq!(
        parse::<Owner>(r#"{"ByChannel":[["x","smm"],["ig","cm"]]}"#),
        Ok(Owner::ByChannel(vec![("x".into(), "smm".into()), ("ig".into(), "cm".into())]))
    );
    assert_eq!(parse::<Feedback>(r#""self-check""#), Ok(Feedback::SelfCheck));
    assert_eq!(parse::<Feedback>(r#""quiz""#), Err(JsonError::Shape));
    assert_eq!(parse::<Owner>(r#"{"Role":"cm","ByChannel":[]}"#), Err(JsonError::Shape));
    assert_eq!(parse::<Owner>(r#"["Role","cm"]"#), Err(JsonError::Shape));
}

#[wasm_bindgen_test]
fn numbers_keep_their_kind() {
    assert_eq!(parse::<u32>("42"), Ok(42));
    assert_eq!(parse::<u32>("1.5"), Err(JsonError::Shape));
    assert_eq!(parse::<u32>("-1"), Err(JsonError::Shape));
    assert_eq!(parse::<i64>("-3"), Ok(-3));
    assert_eq!(parse::<f64>("1.5"), Ok(1.5));
    assert_eq!(parse::<f64>("2"), Ok(2.0));
    assert_eq!(parse::<usize>("\"2\""), Err(JsonError::Shape));
    assert_eq!(parse::<Option<u32>>("null"), Ok(None));
    assert_eq!(parse::<Vec<u8>>("[1,2,3]"), Ok(vec![1, 2, 3]));
    assert_eq!(parse::<u32>("{"), Err(JsonError::Syntax));
}

#[wasm_bindgen_test]
fn a_message_reads_only_the_fields_it_names() {
    let hello: Incoming =
        parse(r#"{"tag":"rolecall","v":1,"type":"hello","extra":[1,{"a":null}]}"#).expect("reads");
    assert_eq!(hello.tag.as_deref(), Some("rolecall"));
    assert_eq!(hello.v, Some(1.0));
    assert_eq!(hello.kind.as_deref(), Some("hello"));
    assert_eq!(hello.message, None);
    let empty: Incoming = parse("{}").expect("every field is optional");
    assert_eq!(empty, Incoming::default());
    assert_eq!(parse::<Incoming>(r#""hello""#), Err(JsonError::Shape));
    assert_eq!(parse::<Incoming>(r#"{"v":"1"}"#), Err(JsonError::Shape));
}

#[wasm_bindgen_test]
fn each_shape_reads_only_its_own_kind_of_value() {
    // A struct is an object (not the array serde could also read it from), text is a string, a list an array.
    assert_eq!(parse::<Incoming>(r#"["rolecall",1,"hello"]"#), Err(JsonError::Shape));
    assert_eq!(parse::<Incoming>(r#"{"tag":7}"#), Err(JsonError::Shape));
    assert_eq!(parse::<Incoming>("null"), Err(JsonError::Shape));
    assert_eq!(parse::<String>("\"x\""), Ok("x".to_string()));
    assert_eq!(parse::<String>("[]"), Err(JsonError::Shape));
    assert_eq!(parse::<Vec<u8>>(r#"{"0":1}"#), Err(JsonError::Shape));
    assert_eq!(parse::<bool>("true"), Ok(true));
    assert_eq!(parse::<bool>("1"), Err(JsonError::Shape));
    assert_eq!(parse::<()>("null"), Ok(()));
    assert_eq!(parse::<()>("0"), Err(JsonError::Shape));
    assert_eq!(parse::<u8>("256"), Err(JsonError::Shape));
    assert_eq!(parse::<f32>("-0.5"), Ok(-0.5));
}

/// Leave `json` as route.js does: `window.rolecallEdition = {url, json}`.
fn leave_early(url: &str, json: js_sys::Promise) {
    let early = js_sys::Object::new();
    js_sys::Reflect::set(&early, &"url".into(), &url.into()).expect("set");
    js_sys::Reflect::set(&early, &"json".into(), &json).expect("set");
    js_sys::Reflect::set(&web_sys::window().expect("window"), &"rolecallEdition".into(), &early)
        .expect("set");
}

fn left_early() -> bool {
    let window = web_sys::window().expect("window");
    js_sys::Reflect::has(&window, &"rolecallEdition".into()).expect("has")
}

#[wasm_bindgen_test]
async fn the_edition_route_js_fetched_is_taken_once_and_only_for_its_address() {
    let value = js_sys::JSON::parse(r#"{"id":"early"}"#).expect("JSON");
    leave_early("quizzes/missing.en.json", js_sys::Promise::resolve(&value));
    let taken = fetch::early_json("quizzes/missing.en.json").await.expect("taken without a request");
    assert_eq!(js_sys::JSON::stringify(&taken).ok().map(String::from).as_deref(), Some(r#"{"id":"early"}"#));
    assert!(!left_early(), "taken once");
    // Taken already: this time the page fetches it itself (and this test server has no such file).
    assert_eq!(fetch::early_json("quizzes/missing.en.json").await, Err(FetchError::Status(404)));

    // A download for another language is dropped, never read as this one.
    leave_early("quizzes/missing.es.json", js_sys::Promise::resolve(&value));
    assert_eq!(fetch::early_json("quizzes/missing.en.json").await, Err(FetchError::Status(404)));
    assert!(!left_early());
}

#[wasm_bindgen_test]
async fn a_failed_early_download_is_fetched_again_and_worded_as_any_fetch() {
    // route.js turns a failure into null.
    leave_early("quizzes/missing.en.json", js_sys::Promise::resolve(&JsValue::NULL));
    assert_eq!(fetch::early_json("quizzes/missing.en.json").await, Err(FetchError::Status(404)));
}
