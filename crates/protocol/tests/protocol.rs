//! The protocol's wire shapes and rules, on the host: every message's JSON as the spec shows it, the order of
//! refusals (size, JSON, version, shape, fields), and the join code / secret / token rules.

use rolecall_protocol::*;
use serde_json::{Value, json};

const TOKEN: &str = "q3N0dGhpcy1pcy1hLXRva2Vu";
const SECRET: &str = "Zm9vYmFyLWJhei1xdXV4LXNlY3JldC0x";

fn question() -> Question {
    Question {
        kind: None,
        edition: Some("cm-vs-smm".into()),
        scenario: "s07".into(),
        part: Part::Role,
        round: Round::First,
        options: vec![
            Choice { id: "cm".into(), letter: "A".into(), label: Some("Community Manager".into()) },
            Choice { id: "smm".into(), letter: "B".into(), label: None },
        ],
        prompt: Some("Who answers the angry thread at 11 pm?".into()),
        lang: Some("en".into()),
        texts: Vec::new(),
    }
}

fn answer() -> Answer {
    Answer {
        scenario: "s07".into(),
        right: vec![
            Right { part: Part::Role, option: "cm".into(), label: Some("Community Manager".into()) },
            Right { part: Part::Team, option: "support".into(), label: None },
        ],
        why: Some("The CM owns the conversation with the community.".into()),
        lang: Some("en".into()),
        texts: Vec::new(),
    }
}

/// Every client message with the JSON it has on the wire.
fn client_examples() -> Vec<(ClientMsg, Value)> {
    vec![
        (ClientMsg::Open { code: None, secret: None }, json!({"v": 1, "t": "open"})),
        (
            ClientMsg::Open { code: Some("K7QX2M".into()), secret: Some(SECRET.into()) },
            json!({"v": 1, "t": "open", "code": "K7QX2M", "secret": SECRET}),
        ),
        (
            ClientMsg::Announce(question()),
            json!({"v": 1, "t": "announce", "edition": "cm-vs-smm", "scenario": "s07", "part": "role",
                   "round": "first",
                   "options": [{"id": "cm", "letter": "A", "label": "Community Manager"}, {"id": "smm", "letter": "B"}],
                   "prompt": "Who answers the angry thread at 11 pm?", "lang": "en"}),
        ),
        (ClientMsg::Standby, json!({"v": 1, "t": "standby"})),
        (
            ClientMsg::Reveal(answer()),
            json!({"v": 1, "t": "reveal", "scenario": "s07",
                   "right": [{"part": "role", "option": "cm", "label": "Community Manager"},
                             {"part": "team", "option": "support"}],
                   "why": "The CM owns the conversation with the community.", "lang": "en"}),
        ),
        (ClientMsg::Close, json!({"v": 1, "t": "close"})),
        (
            ClientMsg::Join { code: "K7QX2M".into(), token: TOKEN.into() },
            json!({"v": 1, "t": "join", "code": "K7QX2M", "token": TOKEN}),
        ),
        (
            ClientMsg::Vote(Ballot {
                scenario: "s07".into(),
                part: Part::Team,
                round: Round::Second,
                option: "cm".into(),
            }),
            json!({"v": 1, "t": "vote", "scenario": "s07", "part": "team", "round": "second", "option": "cm"}),
        ),
        (ClientMsg::Leave, json!({"v": 1, "t": "leave"})),
        (ClientMsg::Ping, json!({"v": 1, "t": "ping"})),
    ]
}

/// Every relay message with the JSON it has on the wire.
fn server_examples() -> Vec<(ServerMsg, Value)> {
    vec![
        (
            ServerMsg::Opened {
                code: "K7QX2M".into(),
                secret: SECRET.into(),
                max_phones: 200,
                idle_secs: 7200,
            },
            json!({"v": 1, "t": "opened", "code": "K7QX2M", "secret": SECRET, "max_phones": 200, "idle_secs": 7200}),
        ),
        (
            ServerMsg::Tally(Tally {
                scenario: "s07".into(),
                part: Part::Role,
                round: Round::First,
                counts: vec![Count { option: "cm".into(), n: 12 }, Count { option: "smm".into(), n: 3 }],
                voted: 15,
                phones: 18,
            }),
            json!({"v": 1, "t": "tally", "scenario": "s07", "part": "role", "round": "first",
                   "counts": [{"option": "cm", "n": 12}, {"option": "smm", "n": 3}], "voted": 15, "phones": 18}),
        ),
        (ServerMsg::Presence { phones: 18 }, json!({"v": 1, "t": "presence", "phones": 18})),
        (ServerMsg::Joined { code: "K7QX2M".into() }, json!({"v": 1, "t": "joined", "code": "K7QX2M"})),
        (ServerMsg::Standby, json!({"v": 1, "t": "standby"})),
        (
            ServerMsg::Mine(Mine {
                scenario: "s07".into(),
                part: Part::Role,
                round: Round::First,
                option: None,
            }),
            json!({"v": 1, "t": "mine", "scenario": "s07", "part": "role", "round": "first", "option": null}),
        ),
        (
            ServerMsg::Closed { reason: CloseReason::Expired },
            json!({"v": 1, "t": "closed", "reason": "expired"}),
        ),
        (
            ServerMsg::Error { code: ErrorCode::RoomFull, message: "the room is full (200 phones)".into() },
            json!({"v": 1, "t": "error", "code": "room-full", "message": "the room is full (200 phones)"}),
        ),
        (ServerMsg::Pong, json!({"v": 1, "t": "pong"})),
    ]
}

#[test]
fn every_client_message_has_its_documented_json_both_ways() {
    for (msg, wire) in client_examples() {
        let text = encode(&msg);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), wire, "encoding {msg:?}");
        assert_eq!(decode_client(&wire.to_string()), Ok(msg));
    }
}

#[test]
fn every_server_message_has_its_documented_json_both_ways() {
    let mut all = server_examples();
    all.push((ServerMsg::Question(question()), {
        let mut q = serde_json::to_value(Envelope::new(ClientMsg::Announce(question()))).unwrap();
        q["t"] = json!("question");
        q
    }));
    all.push((ServerMsg::Revealed(answer()), {
        let mut a = serde_json::to_value(Envelope::new(ClientMsg::Reveal(answer()))).unwrap();
        a["t"] = json!("revealed");
        a
    }));
    for (msg, wire) in all {
        assert_eq!(serde_json::from_str::<Value>(&encode(&msg)).unwrap(), wire, "encoding {msg:?}");
        assert_eq!(decode_server(&wire.to_string()), Ok(msg));
    }
}

#[test]
fn optional_fields_may_be_null_or_absent() {
    let with_nulls = json!({"v": 1, "t": "announce", "edition": null, "scenario": "x", "part": "team",
        "round": "second", "options": [{"id": "a", "letter": "A", "label": null}], "prompt": null});
    let Ok(ClientMsg::Announce(q)) = decode_client(&with_nulls.to_string()) else { panic!("refused") };
    assert_eq!((q.edition, q.prompt, q.lang, q.options[0].label.clone()), (None, None, None, None));
}

fn refused(text: &str) -> ErrorCode {
    match decode_client(text) {
        Err(r) => r.code,
        Ok(m) => panic!("{text} was accepted as {m:?}"),
    }
}

#[test]
fn another_version_is_refused_with_words_that_say_reload() {
    let err = decode_client(r#"{"v":2,"t":"whatever-v2-has"}"#).unwrap_err();
    assert_eq!(err.code, ErrorCode::Version);
    assert!(
        err.message.contains("version 1")
            && err.message.contains("version 2")
            && err.message.contains("reload")
    );
    assert_eq!(refused(r#"{"t":"ping"}"#), ErrorCode::Version);
    assert_eq!(decode_server(r#"{"v":9,"t":"pong"}"#).unwrap_err().code, ErrorCode::Version);
    assert!(check_version(Peek { v: Some(1) }).is_ok());
}

#[test]
fn size_is_checked_before_anything_else() {
    let big = format!(r#"{{"v":1,"t":"ping","pad":"{}"}}"#, "x".repeat(MAX_MESSAGE_BYTES));
    assert_eq!(refused(&big), ErrorCode::TooBig);
    let garbage = "{".repeat(MAX_MESSAGE_BYTES + 1);
    assert_eq!(refused(&garbage), ErrorCode::TooBig);
    // Just under the limit is read (unknown fields are ignored).
    let fits = format!(r#"{{"v":1,"t":"ping","pad":"{}"}}"#, "x".repeat(MAX_MESSAGE_BYTES - 40));
    assert_eq!(decode_client(&fits), Ok(ClientMsg::Ping));
}

#[test]
fn malformed_messages_are_named_as_such() {
    for text in [
        "",
        "not json",
        "[1,2]",
        r#"{"v":"1","t":"ping"}"#,
        r#"{"v":1}"#,
        r#"{"v":1,"t":"dance"}"#,
        r#"{"v":1,"t":"join","code":"K7QX2M"}"#,
        r#"{"v":1,"t":"vote","scenario":"s","part":"middle","round":"first","option":"a"}"#,
        r#"{"v":1,"t":"opened","code":"K7QX2M","secret":"x","max_phones":1,"idle_secs":1}"#,
    ] {
        assert_eq!(refused(text), ErrorCode::Malformed, "{text}");
    }
}

#[test]
fn field_rules_are_checked() {
    let bad_question = |edit: fn(&mut Question)| {
        let mut q = question();
        edit(&mut q);
        encode(&ClientMsg::Announce(q))
    };
    let cases = [
        bad_question(|q| q.scenario = "has space".into()),
        bad_question(|q| q.scenario = "x".repeat(MAX_ID_LEN + 1)),
        bad_question(|q| q.edition = Some(String::new())),
        bad_question(|q| q.options.clear()),
        bad_question(|q| {
            q.options =
                (0..13).map(|i| Choice { id: format!("o{i}"), letter: "A".into(), label: None }).collect()
        }),
        bad_question(|q| q.options[1].letter = "A".into()),
        bad_question(|q| q.options[1].letter = "b".into()),
        bad_question(|q| q.options[1].letter = "BB".into()),
        bad_question(|q| q.options[1].id = "cm".into()),
        bad_question(|q| q.options[1].label = Some("x".repeat(MAX_LABEL_CHARS + 1))),
        bad_question(|q| q.prompt = Some("bell\u{7}".into())),
        bad_question(|q| q.lang = Some("en US".into())),
        encode(&ClientMsg::Reveal(Answer { why: Some("x".repeat(MAX_WHY_CHARS + 1)), ..answer() })),
        encode(&ClientMsg::Reveal(Answer {
            right: vec![answer().right[0].clone(), answer().right[0].clone()],
            ..answer()
        })),
        encode(&ClientMsg::Join { code: "k7qx2m".into(), token: TOKEN.into() }),
        encode(&ClientMsg::Join { code: "K7QX2O".into(), token: TOKEN.into() }),
        encode(&ClientMsg::Join { code: "K7QX2M".into(), token: "short".into() }),
        encode(&ClientMsg::Join { code: "K7QX2M".into(), token: format!("{TOKEN}!") }),
        encode(&ClientMsg::Open { code: Some("K7QX2M".into()), secret: None }),
        encode(&ClientMsg::Open { code: Some("K7QX2M".into()), secret: Some("too-short".into()) }),
        encode(&ClientMsg::Vote(Ballot {
            scenario: "s07".into(),
            part: Part::Role,
            round: Round::First,
            option: "<b>".into(),
        })),
    ];
    for text in cases {
        let err = decode_client(&text).unwrap_err();
        assert_eq!(err.code, ErrorCode::Invalid, "{text}");
        assert!(!err.message.is_empty());
    }
    // Newlines are fine in texts; 1500 two-byte characters are 1500 characters.
    let fine = Question { prompt: Some("line one\nline two".into()), ..question() };
    assert_eq!(fine.validate(), Ok(()));
    let accents = Question { prompt: Some("é".repeat(MAX_PROMPT_CHARS)), ..question() };
    assert_eq!(accents.validate(), Ok(()));
}

#[test]
fn presenter_only_messages_are_known() {
    let only: Vec<bool> = client_examples().iter().map(|(m, _)| m.is_presenter_only()).collect();
    assert_eq!(only, [false, false, true, true, true, true, false, false, false, false]);
}

#[test]
fn a_question_sheds_its_texts_to_fit() {
    let bare = question().without_texts();
    assert_eq!((bare.prompt, bare.lang), (None, None));
    assert!(bare.options.iter().all(|c| c.label.is_none()));
    assert_eq!(bare.options[1].letter, "B");
    assert!(question().has_option("smm") && !question().has_option("pm"));
}

#[test]
fn join_codes_are_typed_forgivingly_and_checked_strictly() {
    assert_eq!(normalize_join_code(" k7q-x2m ").as_deref(), Some("K7QX2M"));
    assert_eq!(normalize_join_code("K7Q X2M"), Some("K7QX2M".into()));
    for typo in ["K7QX2", "K7QX2MM", "K7QX20", "K7QXIM", "K7QX2L", "", "ÄBCDEF"] {
        assert_eq!(normalize_join_code(typo), None, "{typo}");
    }
    assert!(valid_join_code("K7QX2M") && !valid_join_code("k7qx2m"));
}

#[test]
fn codes_and_secrets_drawn_from_any_bytes_are_valid() {
    for seed in 0..=255u8 {
        let code = join_code_from([seed, seed.wrapping_mul(7), 3, 250, seed ^ 0x5a, 255]);
        assert!(valid_join_code(&code), "{code}");
        let secret = secret_from(std::array::from_fn(|i| seed.wrapping_add(i as u8).wrapping_mul(31)));
        assert!(valid_secret(&secret), "{secret}");
        assert_eq!(secret.len(), SECRET_LEN);
    }
    assert_eq!(JOIN_CODE_ALPHABET.len(), 31);
    assert!(!JOIN_CODE_ALPHABET.iter().any(|b| b"01OIL".contains(b)));
    assert!(valid_token(TOKEN) && valid_secret(SECRET));
    assert!(valid_id("support_2-b") && !valid_id("") && !valid_id("a.b"));
    assert_eq!((TOKEN_MIN_LEN, TOKEN_MAX_LEN, TOKEN_ALPHABET.len()), (16, 64, 64));
}

#[test]
fn a_practice_question_names_its_kind_as_an_id() {
    let sort = Question { kind: Some("sort".into()), ..question() };
    assert_eq!(sort.validate(), Ok(()));
    let value = serde_json::to_value(&sort).expect("serialises");
    assert_eq!(value["kind"], json!("sort"));
    assert!(
        serde_json::to_value(question()).expect("serialises").get("kind").is_none(),
        "absent for a scenario"
    );
    for bad in ["", "sort the duties", "<b>"] {
        let wrong = Question { kind: Some(bad.into()), ..question() };
        assert!(wrong.validate().is_err(), "{bad:?}");
    }
}
