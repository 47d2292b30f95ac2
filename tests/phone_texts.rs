//! The built-in quiz on phones in their readers' languages: the presenter adds the other edition's texts to
//! what it announces and reveals (`interop::relay::with_texts`), every such message of the whole quiz fits the
//! protocol's size limit and rules in both directions, and a phone picks its own language's texts, falling
//! back to the quiz's (`question_in`, `answer_in`).
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::presenter::{Part, Presenter, PresenterAction as A, Stage};
use rolecall::engine::quiz::Quiz;
use rolecall::interop::relay::{answer_in, question_in, slimmer, stage_message, with_texts};
use rolecall_protocol as wire;
use wire::{Answer, ClientMsg, Envelope};

fn edition(text: &str) -> Rc<Quiz> {
    Rc::new(load(text).expect("the bank is valid"))
}

fn english() -> Rc<Quiz> {
    edition(include_str!("../assets/quizzes/cm-vs-smm.toml"))
}

fn spanish() -> Rc<Quiz> {
    edition(include_str!("../assets/quizzes/cm-vs-smm.es.toml"))
}

fn go(p: &Presenter, a: A) -> Presenter {
    p.step(a.clone()).unwrap_or_else(|| panic!("{a:?} at {:?}", p.stage()))
}

/// Every announce and reveal of a class through the whole quiz in `quiz`, with `others`' texts.
fn whole_class(quiz: Rc<Quiz>, others: &[Rc<Quiz>]) -> Vec<ClientMsg> {
    let mut p = Presenter::new(quiz, Deal { seed: 1, count: None, ..Deal::default() });
    let mut out = Vec::new();
    while p.stage() != Stage::Summary {
        let msg = with_texts(stage_message(&p), others);
        if msg != ClientMsg::Standby {
            out.push(msg);
        }
        let action = match p.stage() {
            Stage::Vote { part: Part::Team, .. } => A::Reveal,
            _ => A::Next,
        };
        p = go(&p, action);
    }
    out
}

fn bytes(msg: &ClientMsg) -> usize {
    serde_json::to_string(&Envelope::new(msg)).expect("json").len()
}

#[test]
fn an_english_class_tells_spanish_phones_the_question_and_the_answer_in_spanish() {
    let (en, es) = (english(), spanish());
    let p = go(&go(&Presenter::new(en.clone(), Deal { seed: 3, ..Deal::default() }), A::Next), A::Next);
    let ClientMsg::Announce(q) = with_texts(stage_message(&p), std::slice::from_ref(&es)) else {
        panic!("an announce")
    };
    let s_en = en.scenario(&q.scenario).expect("scenario");
    let s_es = es.scenario(&q.scenario).expect("the same id in the other edition");
    assert_eq!(q.texts.len(), 1);
    assert_eq!(q.texts[0].lang, "es");
    assert_eq!(q.texts[0].prompt.as_deref(), Some(format!("{}\n{}", s_es.title, es.questions.role).as_str()));

    let on_spanish = question_in(&q, "es-MX");
    assert_eq!(on_spanish.lang.as_deref(), Some("es"));
    assert_eq!(on_spanish.prompt, q.texts[0].prompt);
    for (o, label) in on_spanish.options.iter().zip(&q.texts[0].labels) {
        assert_eq!(o.label.as_deref(), Some(label.as_str()));
        assert_eq!(label, &es.role(&o.id).expect("role").label.to_string(), "the same option, in Spanish");
    }
    let letters = |q: &wire::Question| q.options.iter().map(|o| o.letter.clone()).collect::<Vec<_>>();
    assert_eq!(letters(&on_spanish), letters(&q), "letters as on the projector");
    let on_english = question_in(&q, "en");
    assert_eq!((on_english.prompt.as_deref(), on_english.lang.as_deref()), (q.prompt.as_deref(), Some("en")));
    assert!(on_english.prompt.as_deref().is_some_and(|t| t.starts_with(&*s_en.title)));
    assert_eq!(question_in(&q, "fr"), q, "a language the quiz lacks gets the quiz's own");

    let p = go(&go(&p, A::Next), A::Reveal);
    let ClientMsg::Reveal(a) = with_texts(stage_message(&p), std::slice::from_ref(&es)) else {
        panic!("a reveal")
    };
    let shown = answer_in(&a, "es");
    assert_eq!(shown.lang.as_deref(), Some("es"));
    assert!(shown.why.as_deref().is_some_and(|w| w.contains(s_es.why(&s_es.role).expect("why"))));
    assert_eq!(shown.right[1].label.as_deref(), Some(&*es.team(&s_es.team).expect("team").label));
    assert_eq!(answer_in(&a, "en"), Answer { texts: a.texts.clone(), ..a.clone() });
}

#[test]
fn a_spanish_class_tells_english_phones_in_english_and_an_edition_in_its_own_language_adds_nothing() {
    let (en, es) = (english(), spanish());
    let p = go(&go(&Presenter::new(es.clone(), Deal { seed: 5, ..Deal::default() }), A::Next), A::Next);
    let ClientMsg::Announce(q) = with_texts(stage_message(&p), &[es.clone(), en.clone(), en.clone()]) else {
        panic!("an announce")
    };
    assert_eq!(q.texts.iter().map(|w| w.lang.as_str()).collect::<Vec<_>>(), ["en"], "one per language");
    let shown = question_in(&q, "en");
    assert_eq!(shown.lang.as_deref(), Some("en"));
    assert!(shown.prompt.as_deref().is_some_and(|t| t.ends_with(&*en.questions.role)));
    assert_eq!(with_texts(ClientMsg::Standby, &[en]), ClientMsg::Standby);
}

#[test]
fn a_phone_never_mixes_languages_when_the_other_texts_are_incomplete() {
    let (en, es) = (english(), spanish());
    let p = go(&go(&Presenter::new(en, Deal { seed: 3, ..Deal::default() }), A::Next), A::Next);
    let ClientMsg::Announce(mut q) = with_texts(stage_message(&p), &[es]) else { panic!("an announce") };
    q.texts[0].labels.clear();
    assert_eq!(question_in(&q, "es"), q, "labels missing: the quiz's own texts, under its own tag");
}

/// Measured 2026-12-02: the longest is a reveal of 1,140 bytes, in an English class and in a Spanish one;
/// every message keeps both languages, far under the 4,096-byte limit.
#[test]
fn every_message_of_the_whole_built_in_quiz_fits_with_both_languages() {
    let (en, es) = (english(), spanish());
    for (quiz, other) in [(en.clone(), es.clone()), (es, en)] {
        let all = whole_class(quiz.clone(), &[other]);
        assert_eq!(all.len(), quiz.scenarios.len() * 3, "two announces and a reveal per scenario");
        let longest = all.iter().map(bytes).max().expect("messages");
        assert!(longest <= wire::MAX_MESSAGE_BYTES, "{longest} bytes in the {} class", quiz.language);
        assert!(longest > 600, "the texts are there ({longest} bytes)");
        for msg in &all {
            msg.validate().unwrap_or_else(|e| panic!("{e}: {msg:?}"));
            let texts = match msg {
                ClientMsg::Announce(q) => &q.texts,
                ClientMsg::Reveal(a) => &a.texts,
                _ => unreachable!(),
            };
            assert_eq!(texts.len(), 1, "the other edition has every scenario and option");
        }
    }
}

#[test]
fn a_message_too_big_drops_the_other_languages_first() {
    let p = go(&go(&Presenter::new(english(), Deal { seed: 3, ..Deal::default() }), A::Next), A::Next);
    let full = with_texts(stage_message(&p), &[spanish()]);
    let Some(ClientMsg::Announce(q)) = slimmer(&full) else { panic!("an announce") };
    assert!(q.texts.is_empty() && q.prompt.is_some(), "the quiz's own texts stay");
    let p = go(&go(&p, A::Next), A::Reveal);
    let Some(ClientMsg::Reveal(a)) = slimmer(&with_texts(stage_message(&p), &[spanish()])) else { panic!() };
    assert!(a.texts.is_empty() && a.why.is_some());
}
