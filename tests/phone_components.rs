//! The phone page's screens in a real browser (headless Chromium): the join form (labelled field, a refused
//! code said in an alert tied to the field), the question's big buttons (letters as on the projector, the
//! phone's vote pressed and in words, a tap reported), and the answer with the verdict and why, in both
//! interface languages. Quiz text is only ever text.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::components::{
    JoinForm, JoinFormProps, PhoneAnswer, PhoneAnswerProps, PhoneQuestion, PhoneQuestionProps,
};
use rolecall::i18n::Lang;
use rolecall::interop::relay::{answer_in, question_in};
use rolecall_protocol::{Answer, Choice, Part, Question, Right, Round, Wording};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;
use yew::prelude::*;

mod dom;

use dom::{all, click, one, root, text};

wasm_bindgen_test_configure!(run_in_browser);

fn question(round: Round) -> Question {
    let choice = |id: &str, letter: &str, label: &str| Choice {
        id: id.into(),
        letter: letter.into(),
        label: Some(label.into()),
    };
    Question {
        kind: None,
        edition: None,
        scenario: "s1".into(),
        part: Part::Role,
        round,
        options: vec![
            choice("cm", "A", "Community Manager"),
            choice("smm", "B", "<b>Social</b> Media Manager"),
        ],
        prompt: Some("A thread at 11 pm\nWho takes this on?".into()),
        lang: Some("en".into()),
        texts: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn the_join_form_labels_its_field_and_ties_a_refusal_to_it() {
    let joined: Rc<RefCell<Vec<String>>> = Rc::default();
    let root = root();
    let props = JoinFormProps {
        code: "0O1".into(),
        error: Some("That is not a join code".into()),
        on_join: {
            let joined = joined.clone();
            Callback::from(move |c| joined.borrow_mut().push(c))
        },
        lang: Lang::En,
    };
    yew::Renderer::<JoinForm>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    let field: HtmlInputElement = one(&root, "input#join-code").dyn_into().expect("input");
    assert_eq!(text(&one(&root, "label[for='join-code']")), "Join code");
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(field.get_attribute("aria-describedby").as_deref(), Some("join-code-hint join-code-error"));
    assert_eq!(one(&root, "#join-code-error").get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(field.value(), "0O1", "the refused code stays to correct");
    field.set_value("k7q-x2m");
    click(&one(&root, "button[type='submit']"));
    yew::scheduler::flush().await;
    assert_eq!(*joined.borrow(), ["k7q-x2m"], "the page normalizes what was typed");
}

#[wasm_bindgen_test]
async fn the_question_offers_a_big_button_per_option_and_presses_the_phones_vote() {
    let chosen: Rc<RefCell<Vec<String>>> = Rc::default();
    let root = root();
    let props = PhoneQuestionProps {
        question: question(Round::First),
        vote: Some("smm".into()),
        on_choose: {
            let chosen = chosen.clone();
            Callback::from(move |c| chosen.borrow_mut().push(c))
        },
        lang: Lang::En,
    };
    yew::Renderer::<PhoneQuestion>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&one(&root, "h1")), "Who takes this on?");
    assert_eq!(one(&root, "h1").get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(text(&one(&root, ".phone-scenario")), "A thread at 11 pm");
    let buttons = all(&root, ".phone-options button");
    assert_eq!(buttons.len(), 2);
    assert_eq!(text(&buttons[0]), "AA, Community Manager", "the letter is seen; the name says it once");
    assert_eq!(buttons[0].get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(buttons[1].get_attribute("aria-pressed").as_deref(), Some("true"));
    assert!(all(&root, ".phone-options b").is_empty(), "quiz text is never HTML");
    assert_eq!(text(&one(&root, ".phone-vote")), "Your vote: B · <b>Social</b> Media Manager");
    click(&buttons[0]);
    yew::scheduler::flush().await;
    assert_eq!(*chosen.borrow(), ["cm"]);
}

#[wasm_bindgen_test]
async fn a_second_round_says_so_in_spanish_and_no_vote_is_said_too() {
    let root = root();
    let props = PhoneQuestionProps {
        question: question(Round::Second),
        vote: None,
        on_choose: Callback::noop(),
        lang: Lang::Es,
    };
    yew::Renderer::<PhoneQuestion>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(text(&one(&root, ".eyebrow")).contains("Segunda ronda"), "{}", text(&one(&root, ".eyebrow")));
    assert_eq!(text(&one(&root, ".phone-vote")), "Aún no has votado en esta pregunta.");
}

#[wasm_bindgen_test]
async fn the_answer_gives_the_right_options_the_verdict_and_why() {
    let root = root();
    let props = PhoneAnswerProps {
        answer: Answer {
            scenario: "s1".into(),
            right: vec![
                Right { part: Part::Role, option: "cm".into(), label: Some("Community Manager".into()) },
                Right { part: Part::Team, option: "support".into(), label: Some("Support".into()) },
            ],
            why: Some("First reason.\n\nSecond reason.".into()),
            lang: Some("en".into()),
            texts: Vec::new(),
        },
        question: Some(question(Round::First)),
        vote: Some("smm".into()),
        lang: Lang::En,
    };
    yew::Renderer::<PhoneAnswer>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let items: Vec<String> = all(&root, ".phone-right li").iter().map(text).collect();
    assert_eq!(
        items,
        ["Role — right answer: A · Community Manager", "Accountable team — right answer: Support"]
    );
    assert_eq!(text(&one(&root, ".phone-verdict")), "Your vote was not the right one.");
    let why: Vec<String> = all(&root, "p[lang='en']").iter().map(text).collect();
    assert_eq!(why, ["First reason.", "Second reason."]);
}

/// The question and answer as an English class sends them, with the Spanish edition's texts beside.
fn english_with_spanish() -> (Question, Answer) {
    let mut q = question(Round::First);
    q.options[1].label = Some("Social Media Manager".into());
    q.texts = vec![Wording {
        lang: "es".into(),
        prompt: Some("Un hilo a las 11 de la noche\n¿Quién se encarga de esto?".into()),
        labels: vec!["Gestor de comunidad".into(), "Gestor de redes sociales".into()],
        why: None,
    }];
    let a = Answer {
        scenario: "s1".into(),
        right: vec![Right { part: Part::Role, option: "cm".into(), label: Some("Community Manager".into()) }],
        why: Some("The CM owns it.".into()),
        lang: Some("en".into()),
        texts: vec![Wording {
            lang: "es".into(),
            prompt: None,
            labels: vec!["Gestor de comunidad".into()],
            why: Some("Es del gestor de comunidad.".into()),
        }],
    };
    (q, a)
}

#[wasm_bindgen_test]
async fn a_spanish_phone_shows_the_spanish_texts_marked_as_spanish() {
    let (q, _) = english_with_spanish();
    let root = root();
    let props = PhoneQuestionProps {
        question: question_in(&q, Lang::Es.tag()),
        vote: Some("cm".into()),
        on_choose: Callback::noop(),
        lang: Lang::Es,
    };
    yew::Renderer::<PhoneQuestion>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, "h1")), "¿Quién se encarga de esto?");
    assert_eq!(one(&root, "h1").get_attribute("lang").as_deref(), Some("es"));
    assert_eq!(one(&root, ".phone-scenario").get_attribute("lang").as_deref(), Some("es"));
    let labels: Vec<(String, Option<String>)> =
        all(&root, ".option-label").iter().map(|l| (text(l), l.get_attribute("lang"))).collect();
    assert_eq!(
        labels,
        [
            ("Gestor de comunidad".to_string(), Some("es".to_string())),
            ("Gestor de redes sociales".to_string(), Some("es".to_string()))
        ]
    );
    let letters: Vec<String> = all(&root, ".phone-options .letter").iter().map(text).collect();
    assert_eq!(letters, ["A", "B"], "the projector's letters");
    let vote = one(&root, ".phone-vote span[lang='es']");
    assert_eq!(text(&vote), "A · Gestor de comunidad");
}

#[wasm_bindgen_test]
async fn an_english_quizs_texts_on_a_spanish_phone_are_marked_english() {
    let (mut q, mut a) = english_with_spanish();
    // A custom quiz: one language only.
    q.texts.clear();
    a.texts.clear();
    let root = root();
    let props = PhoneQuestionProps {
        question: question_in(&q, Lang::Es.tag()),
        vote: Some("smm".into()),
        on_choose: Callback::noop(),
        lang: Lang::Es,
    };
    yew::Renderer::<PhoneQuestion>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(one(&root, "h1").get_attribute("lang").as_deref(), Some("en"));
    assert!(all(&root, ".option-label").iter().all(|l| l.get_attribute("lang").as_deref() == Some("en")));
    assert_eq!(text(&one(&root, ".phone-vote span[lang='en']")), "B · Social Media Manager");
    assert!(text(&one(&root, ".phone-vote")).starts_with("Tu voto"), "the interface stays Spanish");

    let root = self::root();
    let props = PhoneAnswerProps {
        answer: answer_in(&a, Lang::Es.tag()),
        question: Some(question_in(&q, Lang::Es.tag())),
        vote: Some("smm".into()),
        lang: Lang::Es,
    };
    yew::Renderer::<PhoneAnswer>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".phone-right li span[lang='en']")), "A · Community Manager");
    assert_eq!(text(&one(&root, "p[lang='en']")), "The CM owns it.");
}

#[wasm_bindgen_test]
async fn a_spanish_phone_reads_the_answer_and_why_in_spanish() {
    let (q, a) = english_with_spanish();
    let root = root();
    let props = PhoneAnswerProps {
        answer: answer_in(&a, Lang::Es.tag()),
        question: Some(question_in(&q, Lang::Es.tag())),
        vote: Some("cm".into()),
        lang: Lang::Es,
    };
    yew::Renderer::<PhoneAnswer>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let right = one(&root, ".phone-right li span[lang='es']");
    assert_eq!(text(&right), "A · Gestor de comunidad");
    assert_eq!(text(&one(&root, "p[lang='es']")), "Es del gestor de comunidad.");
    assert!(all(&root, "[lang='en']").is_empty(), "no English text left");
}

#[wasm_bindgen_test]
async fn a_practice_item_is_named_by_its_own_question_not_role() {
    let practice = Question {
        kind: Some("sort".into()),
        prompt: Some("Welcome new members\nWhose duty is it?".into()),
        ..question(Round::First)
    };
    let root = root();
    let props = PhoneQuestionProps {
        question: practice.clone(),
        vote: None,
        on_choose: Callback::noop(),
        lang: Lang::En,
    };
    yew::Renderer::<PhoneQuestion>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(all(&root, ".eyebrow").is_empty(), "a first-round practice item has no part to name");
    assert_eq!(text(&one(&root, "#phone-heading")), "Whose duty is it?");

    let root = dom::root();
    let props = PhoneAnswerProps {
        answer: Answer {
            scenario: "s1".into(),
            right: vec![Right {
                part: Part::Role,
                option: "cm".into(),
                label: Some("Community Manager".into()),
            }],
            why: Some("Welcoming comes first on the list.".into()),
            lang: Some("en".into()),
            texts: Vec::new(),
        },
        question: Some(practice),
        vote: Some("cm".into()),
        lang: Lang::En,
    };
    yew::Renderer::<PhoneAnswer>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let items: Vec<String> = all(&root, ".phone-right li").iter().map(text).collect();
    assert_eq!(items, ["Whose duty is it? — right answer: A · Community Manager"]);
    assert_eq!(
        one(&root, ".phone-right li span[lang='en']").text_content().as_deref(),
        Some("Whose duty is it?")
    );
}
