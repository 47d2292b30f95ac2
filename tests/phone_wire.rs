//! The phone page reads and writes the relay's messages by hand (`platform::phone_wire`); these browser tests
//! hold it to the protocol's serde shapes, which the presenter and the relay use: every message a phone is
//! sent reads the same both ways (with optional fields present, left out or `null`, and texts in other
//! languages), what is not a phone's is not read, and what a phone sends is the same JSON serde writes.
//! The presenter's reader (`socket::presenter_message`, serde per field after reading `t`) and writer
//! (`socket::fitted`, the version set beside serde's message) are held to the same shapes.
#![cfg(target_arch = "wasm32")]

use js_sys::{JSON, Reflect};
use rolecall::platform::json;
use rolecall::platform::phone_wire::{phone_message, phone_text};
use rolecall::platform::socket::{any_message, fitted, presenter_message};
use rolecall_protocol::{
    Answer, Ballot, Choice, ClientMsg, CloseReason, Count, Envelope, ErrorCode, Mine, Part, Question, Right,
    Round, ServerMsg, Tally, Wording,
};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(text: &str) -> JsValue {
    JSON::parse(text).expect("JSON")
}

fn question() -> Question {
    Question {
        kind: None,
        edition: Some("cm-vs-smm".into()),
        scenario: "s07".into(),
        part: Part::Team,
        round: Round::Second,
        options: vec![
            Choice { id: "cm".into(), letter: "A".into(), label: Some("Community <b>Manager</b>".into()) },
            Choice { id: "smm".into(), letter: "B".into(), label: None },
        ],
        prompt: Some("A thread\nWho?".into()),
        lang: Some("en".into()),
        texts: vec![Wording {
            lang: "es".into(),
            prompt: Some("Un hilo\n¿Quién?".into()),
            labels: vec!["Gestor de comunidad".into(), "Gestor de redes".into()],
            why: None,
        }],
    }
}

fn answer() -> Answer {
    Answer {
        scenario: "s07".into(),
        right: vec![
            Right { part: Part::Role, option: "cm".into(), label: Some("Community Manager".into()) },
            Right { part: Part::Team, option: "support".into(), label: None },
        ],
        why: Some("Because.\n\nAnd because.".into()),
        lang: Some("en".into()),
        texts: vec![Wording {
            lang: "es".into(),
            prompt: None,
            labels: vec!["Gestor de comunidad".into(), "Soporte".into()],
            why: Some("Porque.".into()),
        }],
    }
}

/// A presenter's announce or reveal as serde writes it, retyped as the relay hands it on (`question`,
/// `revealed`: the same fields).
fn relayed(msg: ClientMsg, t: &str) -> String {
    let js = parse(&fitted(&msg).expect("fits"));
    Reflect::set(&js, &JsValue::from_str("t"), &JsValue::from_str(t)).expect("set");
    JSON::stringify(&js).map(String::from).expect("text")
}

/// Every message a phone is sent, as the relay writes it.
fn sent_to_phones() -> Vec<String> {
    let mut all: Vec<String> = [
        r#"{"v":1,"t":"joined","code":"K7QX2M"}"#,
        r#"{"v":1,"t":"standby"}"#,
        r#"{"v":1,"t":"mine","scenario":"s07","part":"role","round":"first","option":null}"#,
        r#"{"v":1,"t":"mine","scenario":"s07","part":"team","round":"second","option":"cm"}"#,
        r#"{"v":1,"t":"closed","reason":"expired"}"#,
        r#"{"v":1,"t":"closed","reason":"replaced"}"#,
        r#"{"v":1,"t":"error","code":"room-full","message":"the room is full (300 phones)"}"#,
        r#"{"v":1,"t":"error","code":"unknown-option","message":"x"}"#,
        r#"{"t":"question","v":1,"scenario":"x","part":"role","round":"first","options":[{"id":"a","letter":"A","label":null}],"prompt":null}"#,
        r#"{"v":1,"t":"revealed","scenario":"x","right":[],"why":null}"#,
    ]
    .map(String::from)
    .to_vec();
    all.push(relayed(ClientMsg::Announce(question()), "question"));
    all.push(relayed(ClientMsg::Announce(question().without_texts()), "question"));
    all.push(relayed(ClientMsg::Reveal(answer()), "revealed"));
    all.push(relayed(
        ClientMsg::Reveal(Answer { why: None, lang: None, texts: Vec::new(), ..answer() }),
        "revealed",
    ));
    all
}

#[wasm_bindgen_test]
fn every_message_a_phone_is_sent_reads_as_serde_reads_it() {
    for text in sent_to_phones() {
        let by_hand = phone_message(parse(&text));
        let by_serde = any_message(parse(&text));
        assert!(by_hand.is_some(), "the phone reads {text}");
        let by_hand = match by_hand {
            // The English message is for logs; the phone does not keep it.
            Some(ServerMsg::Error { code, .. }) => Some(ServerMsg::Error { code, message: String::new() }),
            other => other,
        };
        let by_serde = match by_serde {
            Some(ServerMsg::Error { code, .. }) => Some(ServerMsg::Error { code, message: String::new() }),
            other => other,
        };
        assert_eq!(by_hand, by_serde, "{text}");
    }
    let Some(ServerMsg::Question(q)) =
        phone_message(parse(&relayed(ClientMsg::Announce(question()), "question")))
    else {
        panic!("a question")
    };
    assert_eq!(q, question(), "texts in other languages included");
    let Some(ServerMsg::Revealed(a)) =
        phone_message(parse(&relayed(ClientMsg::Reveal(answer()), "revealed")))
    else {
        panic!("an answer")
    };
    assert_eq!(a, answer());
    assert_eq!(
        phone_message(parse(r#"{"v":1,"t":"error","code":"flood","message":"slow down"}"#)),
        Some(ServerMsg::Error { code: ErrorCode::Flood, message: String::new() })
    );
    assert_eq!(
        phone_message(parse(r#"{"v":1,"t":"closed","reason":"closed"}"#)),
        Some(ServerMsg::Closed { reason: CloseReason::Closed })
    );
}

#[wasm_bindgen_test]
fn what_is_not_a_phones_or_not_of_its_shape_is_not_read() {
    for text in [
        r#"{"v":1,"t":"pong"}"#,
        r#"{"v":1,"t":"presence","phones":3}"#,
        r#"{"v":1,"t":"opened","code":"K7QX2M","secret":"x","max_phones":1,"idle_secs":1}"#,
        r#"{"v":1,"t":"whatever"}"#,
        r#"{"v":1}"#,
        r#"{"v":1,"t":"mine","scenario":"s","part":"middle","round":"first"}"#,
        r#"{"v":1,"t":"question","scenario":"s","part":"role","round":"first","options":"A"}"#,
        r#"{"v":1,"t":"question","scenario":"s","part":"role","round":"first","options":[{"id":"a"}]}"#,
        r#"{"v":1,"t":"revealed","scenario":"s","right":[],"texts":[{"labels":[]}]}"#,
        r#"{"v":1,"t":"closed","reason":"bored"}"#,
        r#"{"v":1,"t":"error","code":"teapot","message":""}"#,
    ] {
        assert_eq!(phone_message(parse(text)), None, "{text}");
    }
}

fn field(js: &JsValue, name: &str) -> JsValue {
    Reflect::get(js, &JsValue::from_str(name)).expect("a field")
}

/// `a` and `b` have the same keys, each with the same JSON (in any order).
fn same_fields(a: &JsValue, b: &JsValue, what: &str) {
    let keys = js_sys::Object::keys(&b.clone().into());
    assert_eq!(js_sys::Object::keys(&a.clone().into()).length(), keys.length(), "{what}");
    for key in keys.iter() {
        let key = key.as_string().expect("a key");
        assert_eq!(
            JSON::stringify(&field(a, &key)).ok().map(String::from),
            JSON::stringify(&field(b, &key)).ok().map(String::from),
            "{key} of {what}"
        );
    }
}

#[wasm_bindgen_test]
fn every_message_a_presenter_is_sent_reads_as_serde_reads_it() {
    let tally = Tally {
        scenario: "s07".into(),
        part: Part::Team,
        round: Round::Second,
        counts: vec![Count { option: "cm".into(), n: 2 }, Count { option: "smm".into(), n: 0 }],
        voted: 2,
        phones: 3,
    };
    let tally_text = json::to_text(&Envelope::new(ServerMsg::Tally(tally.clone()))).expect("text");
    for text in [
        r#"{"v":1,"t":"opened","code":"K7QX2M","secret":"s3cr3t","max_phones":300,"idle_secs":1800}"#,
        r#"{"t":"presence","phones":3,"v":1}"#,
        r#"{"v":1,"t":"closed","reason":"expired"}"#,
        r#"{"v":1,"t":"closed","reason":"closed"}"#,
        r#"{"v":1,"t":"closed","reason":"replaced"}"#,
        r#"{"v":1,"t":"error","code":"wrong-secret","message":"not this room's secret"}"#,
        r#"{"v":1,"t":"error","code":"relay-full","message":"the relay is full"}"#,
        r#"{"v":1,"t":"pong"}"#,
        tally_text.as_str(),
    ] {
        let by_serde = any_message(parse(text));
        assert!(by_serde.is_some(), "serde reads {text}");
        assert_eq!(presenter_message(parse(text)), by_serde, "{text}");
    }
    assert_eq!(presenter_message(parse(&tally_text)), Some(ServerMsg::Tally(tally)));
}

#[wasm_bindgen_test]
fn what_is_not_a_presenters_or_not_of_its_shape_is_not_read() {
    let mut texts = sent_to_phones();
    texts.retain(|t| !t.contains(r#""t":"closed""#) && !t.contains(r#""t":"error""#));
    texts.extend(
        [
            r#"{"v":1,"t":"whatever"}"#,
            r#"{"v":1}"#,
            r#"{"v":1,"t":"presence","phones":"three"}"#,
            r#"{"v":1,"t":"opened","code":"K7QX2M"}"#,
            r#"{"v":1,"t":"tally","scenario":"s","part":"middle","round":"first","counts":[],"voted":0,"phones":0}"#,
            r#"{"v":1,"t":"closed","reason":"bored"}"#,
            r#"{"v":1,"t":"error","code":"teapot","message":""}"#,
        ]
        .map(String::from),
    );
    for text in texts {
        assert_eq!(presenter_message(parse(&text)), None, "{text}");
    }
}

#[wasm_bindgen_test]
fn what_a_presenter_sends_is_serdes_envelope() {
    for msg in [
        ClientMsg::Open { code: None, secret: None },
        ClientMsg::Open { code: Some("K7QX2M".into()), secret: Some("s3cr3t".into()) },
        ClientMsg::Announce(question()),
        ClientMsg::Announce(question().without_texts()),
        ClientMsg::Standby,
        ClientMsg::Reveal(answer()),
        ClientMsg::Close,
        ClientMsg::Ping,
    ] {
        let by_envelope = parse(&json::to_text(&Envelope::new(msg.clone())).expect("text"));
        same_fields(&parse(&fitted(&msg).expect("fits")), &by_envelope, &format!("{msg:?}"));
    }
}

#[wasm_bindgen_test]
fn what_a_phone_sends_is_what_serde_writes() {
    let ballot =
        Ballot { scenario: "s07".into(), part: Part::Team, round: Round::Second, option: "cm".into() };
    for msg in [
        ClientMsg::Join { code: "K7QX2M".into(), token: "q3N0dGhpcy1pcy1hLXRva2Vu".into() },
        ClientMsg::Vote(ballot.clone()),
        ClientMsg::Vote(Ballot { part: Part::Role, round: Round::First, ..ballot }),
        ClientMsg::Leave,
        ClientMsg::Ping,
    ] {
        let (by_hand, by_serde) =
            (parse(&phone_text(&msg).expect("a phone's")), parse(&fitted(&msg).expect("text")));
        same_fields(&by_hand, &by_serde, &format!("{msg:?}"));
    }
    assert_eq!(phone_text(&ClientMsg::Announce(question())), None, "a phone sends no announce");
    let mine = Mine { scenario: "s".into(), part: Part::Role, round: Round::First, option: None };
    let left_out = r#"{"v":1,"t":"mine","scenario":"s","part":"role","round":"first"}"#;
    assert_eq!(phone_message(parse(left_out)), Some(ServerMsg::Mine(mine)), "an optional field left out");
}
