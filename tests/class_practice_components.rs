//! The projector's practice cards in a real browser (headless Chromium): the reveal of a practice card (the
//! right option with its letter, why, the duty's list and the source, every round's bars, quiz text shown
//! as text), the lobby's kind checkboxes, and a class of sort cards driven by the page's keys.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use rolecall::app::AppContext;
use rolecall::components::{
    LobbyScreen, LobbyScreenProps, PracticeRevealPanel, PracticeRevealPanelProps, QuizRef,
};
use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::practice::Kind;
use rolecall::engine::presenter::{Part, Presenter, PresenterAction as A};
use rolecall::engine::quiz::Quiz;
use rolecall::i18n::Lang;
use rolecall::interop::launch::LaunchOptions;
use rolecall::pages::present::ClassView;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

mod dom;

use dom::{all, click, key, one, root, text};

wasm_bindgen_test_configure!(run_in_browser);

fn bank() -> Rc<Quiz> {
    Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("the bank is valid"))
}

fn go(p: &Presenter, action: A) -> Presenter {
    p.step(action.clone()).unwrap_or_else(|| panic!("{action:?} should apply at {:?}", p.stage()))
}

/// A class of `kind` alone, on its first card's first vote.
fn voting(quiz: Rc<Quiz>, kind: Kind) -> Presenter {
    let p = Presenter::new(quiz, Deal { seed: 5, count: Some(3), kinds: vec![kind], ..Deal::default() });
    go(&go(&p, A::Next), A::Next)
}

#[wasm_bindgen_test]
async fn a_practice_reveal_names_the_answer_why_and_source_with_every_rounds_bars() {
    // An explanation with markup in it: quiz text is shown as text, never as HTML.
    let mut quiz = (*bank()).clone();
    for item in &mut quiz.practice.items {
        item.why = format!("<b>Bold</b> {}", item.why).into();
    }
    let quiz = Rc::new(quiz);
    let p = voting(quiz.clone(), Kind::Sort);
    let card = p.card().expect("a card").clone();
    let item = quiz.practice.item(&card.scenario).expect("the duty").clone();
    let right = p.lettered(Part::Role).iter().position(|o| *o == item.answer).expect("offered");
    let p = go(&go(&go(&p, A::Add(item.answer.clone())), A::VoteAgain), A::Add(item.answer.clone()));
    let p = go(&p, A::Reveal);
    let root = root();
    let props = PracticeRevealPanelProps {
        quiz: QuizRef(quiz.clone()),
        card,
        rounds: p.current_rounds().to_vec(),
        show_votes: true,
        lang: Lang::En,
    };
    yew::Renderer::<PracticeRevealPanel>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let question = quiz.practice.question_of(&item);
    assert_eq!(text(&one(&root, "h2")), &*question.prompt);
    let answer = one(&root, ".answer");
    let label = &question.options.iter().find(|o| o.id == item.answer).expect("the answer").label;
    assert_eq!(text(&one(&answer, ".letter")), char::from(b'A' + right as u8).to_string());
    assert!(text(&answer).contains(&**label), "{}", text(&answer));
    assert!(text(&answer).contains("right answer"), "the answer is said in words, not by colour");
    assert_eq!(text(&one(&root, ".why")), &*item.why);
    assert!(root.query_selector(".why b").expect("selector").is_none(), "markup stays text");
    let source = text(&one(&root, ".practice-source"));
    let list = quiz.practice.list_of(&item).expect("a duty's list");
    assert!(source.contains(&format!("From {}", list.label)), "{source}");
    assert!(source.contains(&*quiz.sources[item.source].title), "{source}");
    let rounds = all(&root, ".rounds ol");
    assert_eq!(rounds.len(), 2);
    assert_eq!(
        rounds[1].get_attribute("aria-label").as_deref(),
        Some(format!("Votes on “{}”, round 2", question.prompt).as_str())
    );
    let marked = all(&rounds[0], "li.is-correct");
    assert_eq!(marked.len(), 1);
    assert!(text(&marked[0]).contains("1 vote · 100%"), "{}", text(&marked[0]));
}

fn lobby(kinds: Vec<Kind>, on_kind: Callback<(Kind, bool)>) -> LobbyScreenProps {
    LobbyScreenProps {
        title: "Community Manager or Social Media Manager?".into(),
        available: 5,
        lengths: vec![3, 5],
        length: 5,
        on_length: Callback::noop(),
        kinds_offered: Kind::ALL.to_vec(),
        kinds,
        on_kind,
        timer_secs: 30,
        on_timer: Callback::noop(),
        study_url: "https://example.org/rolecall/".into(),
        on_start: Callback::noop(),
        on_exit: Callback::noop(),
        on_phones: None,
        room: None,
        room_problem: None,
        heading_ref: NodeRef::default(),
        content_lang: None,
        lang: Lang::Es,
    }
}

#[wasm_bindgen_test]
async fn the_lobby_offers_each_kind_as_a_native_checkbox_and_keeps_one_chosen() {
    let picked: Rc<RefCell<Vec<(Kind, bool)>>> = Rc::default();
    let on_kind = {
        let picked = picked.clone();
        Callback::from(move |k| picked.borrow_mut().push(k))
    };
    let root = root();
    yew::Renderer::<LobbyScreen>::with_root_and_props(root.clone(), lobby(vec![Kind::Scenario], on_kind))
        .render();
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".kinds legend")), "Qué practicar", "the learner's picker and names");
    let boxes = all(&root, ".kinds input[type=checkbox]");
    assert_eq!(boxes.len(), 5);
    let labels: Vec<String> = all(&root, ".kinds label").iter().map(text).collect();
    assert_eq!(labels[1], "Ordena las tareas");
    let checked =
        |i: usize| boxes[i].clone().dyn_into::<web_sys::HtmlInputElement>().expect("input").checked();
    assert!(checked(0) && !checked(1), "scenarios alone by default");
    click(&boxes[2]);
    assert_eq!(*picked.borrow(), [(Kind::Talk, true)]);
    // The only kind chosen cannot be unticked: its box is disabled, and a click changes nothing.
    assert!(boxes[0].has_attribute("disabled"));
    click(&boxes[0]);
    assert!(checked(0));
    assert_eq!(picked.borrow().len(), 1);

    // A quiz without practice: no choice to show.
    let root = self::root();
    let props = LobbyScreenProps { kinds_offered: vec![Kind::Scenario], ..lobby(vec![], Callback::noop()) };
    yew::Renderer::<LobbyScreen>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert!(root.query_selector(".kinds").expect("selector").is_none());
}

#[derive(Properties, PartialEq)]
struct ClassHostProps {
    initial: Presenter,
}

#[component]
fn ClassHost(p: &ClassHostProps) -> Html {
    html! {
        <AppContext options={Rc::new(LaunchOptions::default())} lang={Lang::En}>
            <ClassView initial={p.initial.clone()} />
        </AppContext>
    }
}

#[wasm_bindgen_test]
async fn a_sort_card_is_shown_voted_on_one_question_and_revealed_with_the_keys() {
    let quiz = bank();
    let initial = Presenter::new(
        quiz.clone(),
        Deal { seed: 5, count: Some(3), kinds: vec![Kind::Sort], ..Deal::default() },
    );
    let root = root();
    let handle =
        yew::Renderer::<ClassHost>::with_root_and_props(root.clone(), ClassHostProps { initial }).render();
    yew::scheduler::flush().await;
    key("ArrowRight", false);
    yew::scheduler::flush().await;
    assert_eq!(text(&one(&root, ".eyebrow")), "Card 1 of 3 · Sort the duties");
    let duty = text(&one(&root, "h1"));
    let item = quiz.practice.items.iter().find(|i| *i.text == duty).expect("the duty is the heading");
    assert_eq!(item.kind, Kind::Sort);
    key("ArrowRight", false);
    key("a", false);
    key("a", false);
    key("2", false);
    yew::scheduler::flush().await;
    let questions = all(&root, ".question");
    assert_eq!(questions.len(), 1, "one question on a practice card");
    assert!(text(&one(&root, ".question.is-counting h2")).contains(&*quiz.practice.question_of(item).prompt));
    let rows = all(&questions[0], "li");
    assert_eq!(rows.len(), 3);
    assert!(text(&rows[0]).contains("2 votes · 100%"), "{}", text(&rows[0]));
    assert!(root.query_selector(".count-this").expect("selector").is_none(), "nothing else to count");
    assert!(text(&one(&root, "button[aria-keyshortcuts='ArrowRight Space']")).starts_with("Answer"));
    key("ArrowRight", false);
    yew::scheduler::flush().await;
    assert!(
        root.query_selector(".practice-reveal").expect("selector").is_some(),
        "the answer after one vote"
    );
    assert!(
        text(&one(&root, "[role=status][aria-live=polite]"))
            .starts_with("Card 1 of 3 · Sort the duties: the answer")
    );
    handle.destroy();
}
