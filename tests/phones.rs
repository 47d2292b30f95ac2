//! The pages' side of the classroom relay (`interop::relay`): the socket's address, the reconnect backoff,
//! what the presenter tells the room at each stage, tallies as actions on the class, and the phone's state
//! machine (join, vote, change, reveal, rejoin with its vote, refusals).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::presenter::{Part, Presenter, PresenterAction as A, Round};
use rolecall::interop::relay::{
    Phone, PhoneEvent, PhoneStage, backoff_ms, held_from_text, held_to_text, paragraphs, question_key,
    slimmer, socket_url, stage_message, tally_action, wire_names,
};
use rolecall_protocol as wire;
use wire::{ClientMsg, CloseReason, ErrorCode, ServerMsg};

fn class() -> Presenter {
    let quiz = Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("the bank is valid"));
    Presenter::new(quiz, Deal { seed: 3, count: Some(2), ..Deal::default() })
}

fn go(p: &Presenter, a: A) -> Presenter {
    p.step(a.clone()).unwrap_or_else(|| panic!("{a:?} at {:?}", p.stage()))
}

#[test]
fn the_socket_is_on_the_pages_origin_or_the_relay_asked_for() {
    assert_eq!(socket_url("http://127.0.0.1:8765", None).as_deref(), Some("ws://127.0.0.1:8765/ws"));
    assert_eq!(socket_url("https://quiz.example", None).as_deref(), Some("wss://quiz.example/ws"));
    let relay = Some("https://relay.example.edu/some/path?x=1");
    assert_eq!(socket_url("http://127.0.0.1:8765", relay).as_deref(), Some("wss://relay.example.edu/ws"));
    assert_eq!(socket_url("http://a", Some("  ")).as_deref(), Some("ws://a/ws"), "a blank relay= is none");
    assert_eq!(socket_url("null", None), None, "a sandboxed frame has no origin to connect to");
    assert_eq!(socket_url("http://a", Some("ftp://b")), None);
    assert_eq!(socket_url("localhost:8765", None), None, "no scheme");
    assert_eq!(socket_url("http:/a", None), None, "one slash");
    assert_eq!(socket_url("HTTPS://a:1/", None).as_deref(), Some("wss://a:1/ws"));
}

#[test]
fn a_why_splits_into_paragraphs_as_split_would() {
    for text in
        ["", "one", "one\ntwo", "a\n\nb", "a\n\n\nb", "a\n\n\n\nb", "\n\na", "a\n\n", "\n\n", "é\n\nñ\n"]
    {
        let mine: Vec<&str> = paragraphs(text).collect();
        let split: Vec<&str> = text.split("\n\n").collect();
        assert_eq!(mine, split, "{text:?}");
    }
}

#[test]
fn reconnecting_backs_off_to_ten_seconds() {
    let delays: Vec<u32> = (0..8).map(backoff_ms).collect();
    assert_eq!(delays, [500, 1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
    assert_eq!(backoff_ms(u32::MAX), 10_000);
}

#[test]
fn the_presenter_announces_the_question_voted_reveals_and_otherwise_asks_to_wait() {
    let p = class();
    assert_eq!(stage_message(&p), ClientMsg::Standby, "the lobby");
    let p = go(&p, A::Next);
    assert_eq!(stage_message(&p), ClientMsg::Standby, "the scenario before the vote");
    let p = go(&p, A::Next);
    let card = p.card().expect("a card").clone();
    let ClientMsg::Announce(q) = stage_message(&p) else { panic!("an announce") };
    assert_eq!(
        (q.scenario.as_str(), q.part, q.round),
        (&*card.scenario, wire::Part::Role, wire::Round::First)
    );
    let ids: Vec<&str> = q.options.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(ids, card.roles.iter().map(|r| &**r).collect::<Vec<_>>(), "the projector's order");
    let letters: Vec<&str> = q.options.iter().map(|o| o.letter.as_str()).collect();
    assert_eq!(letters[..2], ["A", "B"]);
    assert!(q.options.iter().all(|o| o.label.is_some()) && q.prompt.is_some());
    assert_eq!(q.lang.as_deref(), Some("en"));
    q.validate().expect("a valid announce");
    let p = go(&p, A::Next);
    let ClientMsg::Announce(q) = stage_message(&p) else { panic!("an announce") };
    assert_eq!(q.part, wire::Part::Team);
    let p = go(&p, A::Reveal);
    let ClientMsg::Reveal(answer) = stage_message(&p) else { panic!("a reveal") };
    let s = p.quiz().scenario(&card.scenario).expect("scenario");
    let right: Vec<(wire::Part, &str)> = answer.right.iter().map(|r| (r.part, r.option.as_str())).collect();
    assert_eq!(right, [(wire::Part::Role, &*s.role), (wire::Part::Team, &*s.team)]);
    assert!(answer.why.as_deref().is_some_and(|w| w.contains(s.why(&s.role).expect("why"))));
    answer.validate().expect("a valid reveal");
    let p = go(&p, A::VoteAgain);
    let ClientMsg::Announce(q) = stage_message(&p) else { panic!("the second round") };
    assert_eq!((q.part, q.round), (wire::Part::Role, wire::Round::Second));
}

#[test]
fn a_message_too_big_loses_its_texts_first() {
    let p = go(&go(&class(), A::Next), A::Next);
    let full = stage_message(&p);
    let ClientMsg::Announce(bare) = slimmer(&full).expect("texts to drop") else { panic!() };
    assert!(bare.prompt.is_none() && bare.options.iter().all(|o| o.label.is_none()));
    assert_eq!(slimmer(&ClientMsg::Announce(bare)), None);
    let p = go(&p, A::Reveal);
    let no_why = slimmer(&stage_message(&p)).expect("the why goes");
    let ClientMsg::Reveal(a) = &no_why else { panic!() };
    assert!(a.why.is_none() && a.right.iter().all(|r| r.label.is_some()));
    let ClientMsg::Reveal(a) = slimmer(&no_why).expect("then the labels") else { panic!() };
    assert!(a.right.iter().all(|r| r.label.is_none()));
    assert_eq!(slimmer(&ClientMsg::Standby), None);
}

fn tally(p: &Presenter, scenario: &str, part: wire::Part, n: &[u32]) -> wire::Tally {
    let ids = p.lettered(if part == wire::Part::Role { Part::Role } else { Part::Team });
    let counts = ids.iter().zip(n).map(|(id, n)| wire::Count { option: id.to_string(), n: *n }).collect();
    wire::Tally {
        scenario: scenario.into(),
        part,
        round: wire::Round::First,
        counts,
        voted: n.iter().sum(),
        phones: 3,
    }
}

#[test]
fn a_tally_for_the_card_on_screen_becomes_the_phones_votes() {
    let p = go(&go(&class(), A::Next), A::Next);
    let scenario = p.card().expect("card").scenario.to_string();
    let action = tally_action(&p, &tally(&p, &scenario, wire::Part::Role, &[2, 1])).expect("an action");
    let p = go(&p, action);
    assert_eq!(p.current_rounds()[0].phone_total(Part::Role), 3);
    assert_eq!(p.current_rounds()[0].phones_for(&p.lettered(Part::Role)[0]), 2);
    assert_eq!(tally_action(&p, &tally(&p, "another-scenario", wire::Part::Role, &[1, 0])), None);
    let lobby = class();
    assert_eq!(tally_action(&lobby, &tally(&p, &scenario, wire::Part::Role, &[1, 0])), None);
    assert!(matches!(
        tally_action(&p, &tally(&p, &scenario, wire::Part::Team, &[0, 1])),
        Some(A::PhoneTally { round: Round::First, part: Part::Team, .. })
    ));
}

fn question(scenario: &str, part: wire::Part, round: wire::Round) -> wire::Question {
    let options = ["cm", "smm"]
        .iter()
        .enumerate()
        .map(|(i, id)| wire::Choice {
            id: (*id).into(),
            letter: ["A", "B"][i].into(),
            label: Some(id.to_uppercase()),
        })
        .collect();
    wire::Question {
        kind: None,
        edition: None,
        scenario: scenario.into(),
        part,
        round,
        options,
        prompt: Some("Who?".into()),
        lang: Some("en".into()),
        texts: Vec::new(),
    }
}

fn mine(q: &wire::Question, option: Option<&str>) -> ServerMsg {
    ServerMsg::Mine(wire::Mine {
        scenario: q.scenario.clone(),
        part: q.part,
        round: q.round,
        option: option.map(Into::into),
    })
}

fn vote(q: &wire::Question, option: &str) -> ClientMsg {
    ClientMsg::Vote(wire::Ballot {
        scenario: q.scenario.clone(),
        part: q.part,
        round: q.round,
        option: option.into(),
    })
}

#[test]
fn a_phone_joins_votes_changes_its_vote_and_sees_the_answer() {
    let mut phone = Phone::new("K7QX2M".into(), "tok-tok-tok-tok-tok".into(), Vec::new());
    assert_eq!(
        phone.on(PhoneEvent::Connected),
        [ClientMsg::Join { code: "K7QX2M".into(), token: "tok-tok-tok-tok-tok".into() }]
    );
    assert_eq!(phone.stage, PhoneStage::Joining);
    assert!(phone.on(PhoneEvent::Server(ServerMsg::Joined { code: "K7QX2M".into() })).is_empty());
    assert_eq!(phone.stage, PhoneStage::Waiting);
    assert!(phone.on(PhoneEvent::Choose("cm".into())).is_empty(), "nothing to vote on yet");
    let q = question("s1", wire::Part::Role, wire::Round::First);
    assert!(phone.on(PhoneEvent::Server(ServerMsg::Question(q.clone()))).is_empty(), "no vote held yet");
    phone.on(PhoneEvent::Server(mine(&q, None)));
    assert_eq!(phone.stage, PhoneStage::Asked);
    assert!(phone.on(PhoneEvent::Choose("nobody".into())).is_empty(), "only the question's options");
    assert_eq!(phone.on(PhoneEvent::Choose("cm".into())), [vote(&q, "cm")]);
    assert_eq!(phone.vote(), Some("cm"), "shown at once, before the relay confirms");
    assert!(phone.on(PhoneEvent::Choose("cm".into())).is_empty(), "the same vote is not sent twice");
    phone.on(PhoneEvent::Server(mine(&q, Some("cm"))));
    assert_eq!((phone.mine.as_deref(), phone.pending.as_deref()), (Some("cm"), None));
    assert_eq!(phone.on(PhoneEvent::Choose("smm".into())), [vote(&q, "smm")], "a vote can change");
    phone.on(PhoneEvent::Server(mine(&q, Some("smm"))));
    assert_eq!(phone.held, [(question_key("s1", wire::Part::Role, wire::Round::First), "smm".to_string())]);
    let answer = wire::Answer {
        scenario: "s1".into(),
        right: vec![wire::Right { part: wire::Part::Role, option: "cm".into(), label: None }],
        why: Some("Because.".into()),
        lang: None,
        texts: Vec::new(),
    };
    phone.on(PhoneEvent::Server(ServerMsg::Revealed(answer.clone())));
    assert_eq!((phone.stage.clone(), phone.answer.as_ref()), (PhoneStage::Revealed, Some(&answer)));
    assert!(phone.on(PhoneEvent::Choose("cm".into())).is_empty(), "no change after the reveal");
    // The second round is a new question: no vote yet, and votes open again.
    let q2 = question("s1", wire::Part::Role, wire::Round::Second);
    assert!(phone.on(PhoneEvent::Server(ServerMsg::Question(q2.clone()))).is_empty());
    assert_eq!((phone.stage.clone(), phone.vote(), phone.answer.as_ref()), (PhoneStage::Asked, None, None));
    assert_eq!(phone.on(PhoneEvent::Choose("cm".into())), [vote(&q2, "cm")]);
    phone.on(PhoneEvent::Server(ServerMsg::Standby));
    assert_eq!((phone.stage.clone(), phone.question.as_ref()), (PhoneStage::Waiting, None));
}

#[test]
fn a_phone_that_reconnects_rejoins_and_sends_its_vote_again() {
    let q = question("s1", wire::Part::Team, wire::Round::First);
    let held = vec![(question_key("s1", wire::Part::Team, wire::Round::First), "smm".to_string())];
    // A reloaded page: the token and the votes come back from sessionStorage.
    let mut phone = Phone::new("K7QX2M".into(), "tok-tok-tok-tok-tok".into(), held);
    assert!(matches!(phone.on(PhoneEvent::Connected)[..], [ClientMsg::Join { .. }]));
    phone.on(PhoneEvent::Server(ServerMsg::Joined { code: "K7QX2M".into() }));
    assert_eq!(phone.on(PhoneEvent::Server(ServerMsg::Question(q.clone()))), [vote(&q, "smm")]);
    assert_eq!(phone.vote(), Some("smm"), "the vote shows at once");
    phone.on(PhoneEvent::Server(mine(&q, Some("smm"))));
    // The relay restarts: the socket opens again, the phone joins again, and re-sends on the question.
    assert!(matches!(phone.on(PhoneEvent::Connected)[..], [ClientMsg::Join { .. }]));
    assert_eq!(phone.on(PhoneEvent::Server(ServerMsg::Question(q.clone()))), [vote(&q, "smm")]);
    assert!(phone.wants_connection());
    // The relay came back before the presenter took the room back: the phone tries again, it is not refused.
    phone.on(PhoneEvent::Server(ServerMsg::Error { code: ErrorCode::UnknownRoom, message: String::new() }));
    assert_eq!((phone.stage.clone(), phone.rejoin), (PhoneStage::Joining, true));
    assert!(phone.wants_connection());
}

#[test]
fn refusals_and_endings_stop_the_phone_and_a_lost_vote_is_not_shown() {
    let refused = |code: ErrorCode| {
        let mut phone = Phone::new("K7QX2M".into(), "tok-tok-tok-tok-tok".into(), Vec::new());
        phone.on(PhoneEvent::Server(ServerMsg::Error { code, message: String::new() }));
        phone
    };
    for code in [ErrorCode::UnknownRoom, ErrorCode::RoomFull, ErrorCode::RelayFull, ErrorCode::Version] {
        let phone = refused(code);
        assert_eq!(phone.stage, PhoneStage::Refused(code));
        assert!(!phone.wants_connection(), "{code:?}");
    }
    let mut phone = Phone::new("K7QX2M".into(), "tok-tok-tok-tok-tok".into(), Vec::new());
    let q = question("s1", wire::Part::Role, wire::Round::First);
    phone.on(PhoneEvent::Server(ServerMsg::Question(q)));
    phone.on(PhoneEvent::Choose("cm".into()));
    phone.on(PhoneEvent::Server(ServerMsg::Error { code: ErrorCode::Stale, message: String::new() }));
    assert_eq!(phone.vote(), None, "a vote the relay refused is not shown as given");
    phone.on(PhoneEvent::Server(ServerMsg::Closed { reason: CloseReason::Expired }));
    assert_eq!(phone.stage, PhoneStage::Ended(CloseReason::Expired));
    assert!(!phone.wants_connection());
}

#[test]
fn a_phones_held_votes_survive_its_tab_storage_and_damage_is_dropped() {
    let held = vec![
        (question_key("s1", wire::Part::Role, wire::Round::First), "cm".to_string()),
        (question_key("s-2_x", wire::Part::Team, wire::Round::Second), "support".to_string()),
    ];
    assert_eq!(held_from_text(&held_to_text(&held)), held);
    assert_eq!(held_from_text(&held_to_text(&[])), []);
    // Another release's JSON, or a damaged value, gives no votes rather than wrong ones.
    assert_eq!(held_from_text(r#"[["s1/role/1","cm"]]"#), []);
    assert_eq!(held_from_text("s1/role/1\t<b>\n\tcm\nno tab\n"), []);
}

#[test]
fn the_phone_writes_parts_and_rounds_by_their_wire_names() {
    for part in [wire::Part::Role, wire::Part::Team] {
        for round in [wire::Round::First, wire::Round::Second] {
            let (p, r) = wire_names(part, round);
            assert_eq!(serde_json::to_string(&part).expect("json"), format!("\"{p}\""));
            assert_eq!(serde_json::to_string(&round).expect("json"), format!("\"{r}\""));
        }
    }
}
