//! The question's and the answer's texts in other languages (`texts`, added for phones that read another
//! language than the presenter's): optional on the wire both ways, and checked like every other text. That the
//! built-in quiz's longest scenario fits one message with both editions' texts is tested where the quiz is
//! read (tests/phone_texts.rs).

use rolecall_protocol::*;
use serde_json::{Value, json};

fn question() -> Question {
    Question {
        kind: None,
        edition: None,
        scenario: "s07".into(),
        part: Part::Role,
        round: Round::First,
        options: vec![
            Choice { id: "cm".into(), letter: "A".into(), label: Some("Community Manager".into()) },
            Choice { id: "smm".into(), letter: "B".into(), label: Some("Social Media Manager".into()) },
        ],
        prompt: Some("An angry thread\nWho takes this on?".into()),
        lang: Some("en".into()),
        texts: vec![Wording {
            lang: "es".into(),
            prompt: Some("Un hilo enfadado\n¿Quién se encarga de esto?".into()),
            labels: vec!["Gestor de comunidad".into(), "Gestor de redes sociales".into()],
            why: None,
        }],
    }
}

fn answer() -> Answer {
    Answer {
        scenario: "s07".into(),
        right: vec![Right { part: Part::Role, option: "cm".into(), label: Some("Community Manager".into()) }],
        why: Some("The CM owns the conversation.".into()),
        lang: Some("en".into()),
        texts: vec![Wording {
            lang: "es".into(),
            prompt: None,
            labels: vec!["Gestor de comunidad".into()],
            why: Some("La conversación es del gestor de comunidad.".into()),
        }],
    }
}

#[test]
fn texts_in_other_languages_cross_the_wire_both_ways() {
    let text = encode(&ClientMsg::Announce(question()));
    let wire: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        wire["texts"],
        json!([{"lang": "es", "prompt": "Un hilo enfadado\n¿Quién se encarga de esto?",
                "labels": ["Gestor de comunidad", "Gestor de redes sociales"]}])
    );
    assert_eq!(decode_client(&text), Ok(ClientMsg::Announce(question())));
    let text = encode(&ClientMsg::Reveal(answer()));
    assert_eq!(
        serde_json::from_str::<Value>(&text).unwrap()["texts"],
        json!([{"lang": "es", "labels": ["Gestor de comunidad"],
                "why": "La conversación es del gestor de comunidad."}])
    );
    assert_eq!(decode_client(&text), Ok(ClientMsg::Reveal(answer())));
    // The relay hands the same texts on to phones.
    let relayed = encode(&ServerMsg::Question(question()));
    assert_eq!(decode_server(&relayed), Ok(ServerMsg::Question(question())));
}

#[test]
fn texts_are_optional_absent_or_null_and_left_out_when_empty() {
    let bare = Question { texts: Vec::new(), ..question() };
    assert!(!encode(&ClientMsg::Announce(bare.clone())).contains("texts"));
    let mut wire: Value = serde_json::from_str(&encode(&ClientMsg::Announce(bare.clone()))).unwrap();
    assert_eq!(decode_client(&wire.to_string()), Ok(ClientMsg::Announce(bare.clone())));
    wire["texts"] = Value::Null;
    assert_eq!(decode_client(&wire.to_string()), Ok(ClientMsg::Announce(bare)));
    wire["texts"] = json!([{"lang": "es", "labels": null, "prompt": null}]);
    let Ok(ClientMsg::Announce(q)) = decode_client(&wire.to_string()) else { panic!("refused") };
    assert_eq!(q.texts, [Wording { lang: "es".into(), prompt: None, labels: Vec::new(), why: None }]);
    assert_eq!(question().without_texts().texts, [], "a question that sheds its texts sheds all of them");
}

#[test]
fn texts_break_the_same_rules_as_the_message_s_own() {
    let bad_question = |edit: fn(&mut Wording)| {
        let mut q = question();
        edit(&mut q.texts[0]);
        encode(&ClientMsg::Announce(q))
    };
    let bad_answer = |edit: fn(&mut Wording)| {
        let mut a = answer();
        edit(&mut a.texts[0]);
        encode(&ClientMsg::Reveal(a))
    };
    let cases = [
        bad_question(|w| w.lang = String::new()),
        bad_question(|w| w.lang = "es ES".into()),
        bad_question(|w| w.lang = "EN".into()),
        bad_question(|w| w.labels.pop().map(drop).unwrap_or_default()),
        bad_question(|w| w.labels[0] = "x".repeat(MAX_LABEL_CHARS + 1)),
        bad_question(|w| w.prompt = Some("x".repeat(MAX_PROMPT_CHARS + 1))),
        bad_question(|w| w.prompt = Some("tab\tstop".into())),
        bad_question(|w| w.why = Some("not yet".into())),
        bad_answer(|w| w.why = Some("x".repeat(MAX_WHY_CHARS + 1))),
        bad_answer(|w| w.prompt = Some("no prompt on a reveal".into())),
        bad_answer(|w| w.labels.push("one too many".into())),
        {
            let mut q = question();
            q.texts.push(q.texts[0].clone());
            encode(&ClientMsg::Announce(q))
        },
        {
            let mut q = question();
            q.texts = ["de", "fr", "it", "pt", "nl"]
                .iter()
                .map(|l| Wording { lang: (*l).into(), ..q.texts[0].clone() })
                .collect();
            encode(&ClientMsg::Announce(q))
        },
    ];
    for text in cases {
        let err = decode_client(&text).unwrap_err();
        assert_eq!(err.code, ErrorCode::Invalid, "{text}");
        assert!(!err.message.is_empty());
    }
    // Labels are all or none; up to MAX_TEXTS languages.
    let mut q = question();
    q.texts[0].labels.clear();
    assert_eq!(q.validate(), Ok(()));
    q.texts = ["de", "fr", "it", "es"]
        .iter()
        .map(|l| Wording { lang: (*l).into(), ..question().texts[0].clone() })
        .collect();
    assert_eq!(q.texts.len(), MAX_TEXTS);
    assert_eq!(q.validate(), Ok(()));
}
