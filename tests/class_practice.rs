//! A class votes on practice items (issue 14): the lobby's choice of kinds, a practice card's stages (one
//! question, no team vote), its votes, phones and second round, the CSV's kind and topic, the share right
//! per kind, and a class with practice cards saved and resumed.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::practice::Kind;
use rolecall::engine::presenter::{Part, Presenter, PresenterAction as A, Round, Stage, letter};
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::engine::summary::Tally;

mod common;
use common::{parse_csv, resumed, saved_json};

fn bank() -> Rc<Quiz> {
    Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("the bank is valid"))
}

fn bank_es() -> Rc<Quiz> {
    Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.es.toml")).expect("the Spanish bank is valid"))
}

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn lobby(quiz: Rc<Quiz>, count: Option<usize>) -> Presenter {
    Presenter::new(quiz, Deal { seed: 11, count, ..Deal::default() })
}

fn go(p: &Presenter, action: A) -> Presenter {
    p.step(action.clone()).unwrap_or_else(|| panic!("{action:?} should apply at {:?}", p.stage()))
}

fn run(p: &Presenter, actions: &[A]) -> Presenter {
    actions.iter().fold(p.clone(), |p, a| go(&p, a.clone()))
}

/// A lobby running `kinds` alone.
fn only(quiz: Rc<Quiz>, kinds: &[Kind], count: Option<usize>) -> Presenter {
    let mut p = lobby(quiz, count);
    for k in kinds.iter().filter(|k| **k != Kind::Scenario) {
        p = go(&p, A::SetKind(*k, true));
    }
    if !kinds.contains(&Kind::Scenario) {
        p = go(&p, A::SetKind(Kind::Scenario, false));
    }
    assert_eq!(p.kinds(), kinds);
    p
}

/// The right option of the practice card on screen.
fn answer(p: &Presenter) -> Id {
    let card = p.card().expect("a card");
    p.quiz().practice.item(&card.scenario).expect("an item").answer.clone()
}

fn add(p: &Presenter, id: &Id, n: u32) -> Presenter {
    (0..n).fold(p.clone(), |p, _| go(&p, A::Add(id.clone())))
}

const VOTE_1: Stage = Stage::Vote { round: Round::First, part: Part::Role };
const VOTE_2: Stage = Stage::Vote { round: Round::Second, part: Part::Role };

#[test]
fn the_lobby_offers_the_quizs_kinds_with_scenarios_alone_by_default() {
    let p = lobby(bank(), Some(5));
    assert_eq!(p.kinds_offered(), Kind::ALL);
    assert_eq!(p.kinds(), [Kind::Scenario]);
    assert!(p.deal().kinds.is_empty(), "a scenario class deals and saves as it always did");
    assert_eq!(lobby(mini(), None).kinds_offered(), [Kind::Scenario], "nothing to choose without practice");
    assert_eq!(p.step(A::SetKind(Kind::Scenario, false)), None, "one kind always stays chosen");
    assert_eq!(p.step(A::SetKind(Kind::Scenario, true)), None, "already chosen");
    let p = go(&p, A::SetKind(Kind::Trait, true));
    assert_eq!(p.kinds(), [Kind::Scenario, Kind::Trait]);
    let p = go(&p, A::SetKind(Kind::Scenario, false));
    assert_eq!(p.kinds(), [Kind::Trait]);
    assert_eq!(p.available(), 12, "twelve moments, one to a card");
    assert_eq!(go(&p, A::SetKind(Kind::Scenario, true)).deal().kinds, [Kind::Scenario, Kind::Trait]);
    assert_eq!(lobby(mini(), None).step(A::SetKind(Kind::Sort, true)), None, "a kind the quiz lacks");
    let started = run(&p, &[A::Next]);
    assert_eq!(started.step(A::SetKind(Kind::Sort, true)), None, "only in the lobby");
}

#[test]
fn a_sort_is_dealt_one_duty_per_card_and_a_mixed_class_takes_turns() {
    let p = only(bank(), &[Kind::Sort], None);
    let p = go(&p, A::Next);
    assert_eq!(p.deck().len(), p.quiz().practice.items.iter().filter(|i| i.kind == Kind::Sort).count());
    for card in p.deck() {
        let practice = card.practice.as_ref().expect("a practice card");
        assert_eq!(practice.items, std::slice::from_ref(&card.scenario));
        assert_eq!(practice.options.len(), 3);
    }
    let mixed = go(&only(bank(), &Kind::ALL, Some(10)), A::Next);
    let kinds: Vec<Kind> = mixed.deck().iter().map(|c| c.kind()).collect();
    assert_eq!(&kinds[..5], Kind::ALL);
    assert_eq!(&kinds[5..], Kind::ALL);
}

#[test]
fn each_kind_is_voted_on_one_question_then_revealed_and_voted_again() {
    for kind in Kind::PRACTICE {
        let p = go(&only(bank(), &[kind], Some(2)), A::Next);
        assert_eq!(p.stage(), Stage::Show);
        assert_eq!(p.card().map(|c| c.kind()), Some(kind));
        let options = p.lettered(Part::Role).to_vec();
        let item = p.quiz().practice.item(&p.card().expect("a card").scenario).expect("an item");
        let question = p.quiz().practice.options_of(item);
        assert_eq!(options.len(), question.len(), "{kind:?}: every option of the item's question");
        assert!(p.lettered(Part::Team).is_empty(), "{kind:?}: no team question");
        let p = go(&p, A::Next);
        assert_eq!(p.stage(), VOTE_1);
        assert_eq!(p.step(A::Focus(Part::Team)), None, "{kind:?}: nothing to count on the team side");
        let right = answer(&p);
        let wrong = options.iter().find(|o| **o != right).cloned().expect("two options");
        let p = add(&add(&p, &right, 2), &wrong, 3);
        assert_eq!(
            p.current_rounds()[0].role,
            options
                .iter()
                .map(|o| {
                    (
                        o.clone(),
                        if *o == right {
                            2
                        } else if *o == wrong {
                            3
                        } else {
                            0
                        },
                    )
                })
                .collect::<Vec<_>>()
        );
        assert!(p.current_rounds()[0].team.is_empty());
        // Straight from the one vote to the answer, and back.
        let shown = go(&p, A::Next);
        assert_eq!(shown.stage(), Stage::Reveal, "{kind:?}: the answer after the one vote");
        assert_eq!(go(&shown, A::Back).stage(), VOTE_1);
        // The second round, after discussion; the first round's votes kept.
        let again = go(&shown, A::VoteAgain);
        assert_eq!(again.stage(), VOTE_2);
        let again = add(&again, &right, 5);
        assert_eq!(go(&again, A::Back).stage(), VOTE_1, "{kind:?}: back to the first round's one question");
        let revealed = go(&again, A::Next);
        assert_eq!(revealed.stage(), Stage::Reveal);
        assert_eq!(go(&revealed, A::Back).stage(), VOTE_2);
        assert_eq!(revealed.step(A::VoteAgain), None, "two rounds at most");
        let results = revealed.results();
        assert_eq!(results[0].kind, kind);
        assert_eq!(results[0].tally(0, Part::Role), Tally { correct: 2, total: 5 });
        assert_eq!(results[0].tally(1, Part::Role), Tally { correct: 5, total: 5 });
        assert_eq!(results[0].tally(0, Part::Team), Tally::default());
        // The second round can also start from the first round's vote, and leads to the reveal.
        let early = go(&p, A::VoteAgain);
        assert_eq!(early.stage(), VOTE_2);
        let next = run(&early, &[A::Next, A::Next]);
        assert_eq!((next.stage(), next.position().0), (Stage::Show, 2), "{kind:?}: then the next card");
    }
}

#[test]
fn phones_vote_on_the_practice_question_only() {
    let p = run(&only(bank(), &[Kind::Talk], Some(2)), &[A::Next, A::Next]);
    let options = p.lettered(Part::Role).to_vec();
    let counts = vec![(options[0].clone(), 4), (options[1].clone(), 1)];
    let p = go(&p, A::PhoneTally { round: Round::First, part: Part::Role, counts: counts.clone() });
    assert_eq!(p.current_rounds()[0].phone_total(Part::Role), 5);
    assert_eq!(p.step(A::PhoneTally { round: Round::First, part: Part::Team, counts }), None);
    let p = go(&p, A::Add(options[0].clone()));
    assert_eq!(p.current_rounds()[0].count(&options[0]), 5, "hands and phones together");
}

/// A class of one card of each kind, with votes; the first (a scenario) voted twice, the sort too.
fn mixed_class() -> Presenter {
    let mut p = go(&only(bank(), &Kind::ALL, Some(5)), A::Next);
    for n in 0..5 {
        p = go(&p, A::Next);
        let right = p.lettered(Part::Role).iter().find(|o| {
            let card = p.card().expect("a card");
            match p.quiz().practice.item(&card.scenario) {
                Some(item) => item.answer == **o,
                None => p.quiz().scenario(&card.scenario).is_some_and(|s| s.role == **o),
            }
        });
        let right = right.cloned().expect("the right option is offered");
        let wrong = p.lettered(Part::Role).iter().find(|o| **o != right).cloned().expect("two options");
        p = add(&add(&p, &right, 3), &wrong, 1);
        if n < 2 {
            p = go(&p, A::VoteAgain);
            p = add(&p, &right, 4);
        }
        p = go(&p, A::Reveal);
        p = go(&p, A::Next);
    }
    assert_eq!(p.stage(), Stage::Summary);
    p
}

#[test]
fn the_csv_gives_every_practice_card_its_kind_and_topic() {
    let p = mixed_class();
    let rows = parse_csv(&p.csv());
    let head = &rows[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap_or_else(|| panic!("no {name} column"));
    assert_eq!(&head[head.len() - 2..], ["kind", "topic"], "the new columns come last");
    assert_eq!(
        head[..12].join(","),
        "scenario_number,scenario_id,scenario_title,round,question,letter,\
        option_id,option_label,correct,votes,round_total,share_correct_percent"
    );
    assert!(rows[1..].iter().all(|r| r.len() == head.len()));
    let kinds: Vec<&str> = rows[1..].iter().map(|r| r[col("kind")].as_str()).collect();
    for kind in Kind::ALL {
        assert!(kinds.contains(&kind.tag()), "{kind:?} has lines");
    }
    let practice = &p.quiz().practice;
    let sort: Vec<&Vec<String>> = rows[1..].iter().filter(|r| r[col("kind")] == "sort").collect();
    // One duty, two rounds, three options.
    assert_eq!(sort.len(), 6);
    let item = practice.item(&sort[0][col("scenario_id")]).expect("the duty");
    assert_eq!(sort[0][col("scenario_title")], &*item.text);
    assert_eq!(sort[0][col("question")], "whose-duty");
    assert_eq!(sort[0][col("topic")], &*practice.list_of(item).expect("a duty's list").label);
    let right: Vec<&&Vec<String>> = sort.iter().filter(|r| r[col("correct")] == "yes").collect();
    assert_eq!(right.len(), 2, "the right bin, once a round");
    assert!(right.iter().all(|r| r[col("option_id")] == *item.answer));
    assert_eq!((right[0][col("votes")].as_str(), right[1][col("votes")].as_str()), ("3", "4"));
    assert_eq!((sort[0][col("round_total")].as_str(), sort[3][col("round_total")].as_str()), ("4", "4"));
    let trait_line = rows[1..].iter().find(|r| r[col("kind")] == "trait" && r[col("correct")] == "yes");
    let trait_line = trait_line.expect("the trait's right option");
    assert_eq!(trait_line[col("topic")], trait_line[col("option_label")], "a trait's topic is the trait");
    let scenario = rows[1..].iter().find(|r| r[col("kind")] == "scenario").expect("the scenario's lines");
    let s = p.quiz().scenario(&scenario[col("scenario_id")]).expect("the scenario");
    assert_eq!(scenario[col("topic")], &*p.quiz().row_of(s).measure);
    assert!(rows[1..].iter().filter(|r| r[col("kind")] != "scenario").all(|r| r[col("question")] != "team"));
}

#[test]
fn a_scenario_class_keeps_the_csv_it_always_had() {
    let p = run(&lobby(bank(), Some(1)), &[A::Next, A::Next, A::Next, A::Next, A::Next]);
    assert_eq!(p.stage(), Stage::Summary);
    let head = p.csv().lines().next().expect("a header").to_string();
    assert_eq!(
        head,
        "scenario_number,scenario_id,scenario_title,round,question,letter,option_id,option_label,\
        correct,votes,round_total,share_correct_percent"
    );
}

#[test]
fn the_share_right_is_given_per_kind() {
    let p = mixed_class();
    let shares = p.kind_shares();
    assert_eq!(shares.iter().map(|(k, _)| *k).collect::<Vec<_>>(), Kind::ALL);
    // Two rounds on the sort (3 of 4, then 4 of 4), one on the talk.
    assert_eq!(shares[1], (Kind::Sort, Tally { correct: 7, total: 8 }));
    assert_eq!(shares[2], (Kind::Talk, Tally { correct: 3, total: 4 }));
    let scenario = shares[0].1;
    assert_eq!((scenario.correct, scenario.total), (7, 8), "the scenario's team question was not voted");
}

#[test]
fn a_class_with_practice_cards_resumes_where_it_was() {
    let mut p = go(&only(bank(), &Kind::ALL, Some(5)), A::Next);
    let mut seen = vec![];
    for _ in 0..14 {
        let back = resumed(bank(), &saved_json(&p)).expect("every stage resumes");
        assert_eq!(back, p, "at {:?}", p.stage());
        seen.push(p.stage());
        if let Some((_, Part::Role)) = p.counting() {
            p = go(&p, A::Add(p.lettered(Part::Role)[0].clone()));
        }
        p = go(&p, A::Next);
    }
    assert!(seen.contains(&VOTE_1) && seen.contains(&Stage::Reveal));
    let json = saved_json(&p);
    assert!(json.contains("\"kinds\""), "the chosen kinds are saved");
    assert!(json.contains("\"practice\""), "practice cards are saved as such");
    // Against another quiz (the Spanish edition shares the ids, so it still fits), or one without practice.
    assert!(resumed(bank_es(), &json).is_ok());
    assert!(resumed(mini(), &json).is_err(), "a quiz without these items");
}

#[test]
fn a_practice_card_that_does_not_fit_is_refused() {
    let p = run(&only(bank(), &[Kind::Sort], Some(3)), &[A::Next, A::Next]);
    let mut saved = p.saved();
    let card = &mut saved.deck[0];
    let practice = card.practice.as_mut().expect("a practice card");
    let quiz = bank();
    let other = quiz.practice.items.iter().find(|i| i.kind == Kind::Sort && i.id != card.scenario);
    practice.items.push(other.expect("another duty").id.clone());
    assert_eq!(
        Presenter::restore(bank(), saved).map_err(|e| e.what),
        Err("a practice card that is not one item")
    );
    let mut saved = p.saved();
    saved.deck[0].practice.as_mut().expect("a practice card").options.pop();
    assert_eq!(Presenter::restore(bank(), saved).map_err(|e| e.what), Err("options that are not the quiz's"));
    let mut saved = p.saved();
    saved.deck[0].practice.as_mut().expect("a practice card").kind = Kind::Talk;
    assert_eq!(Presenter::restore(bank(), saved).map_err(|e| e.what), Err("an item the quiz no longer has"));
    let mut saved = p.saved();
    saved.votes[0][0].team.push(("cm".into(), 1));
    assert_eq!(
        Presenter::restore(bank(), saved).map_err(|e| e.what),
        Err("a vote for an option the card lacks")
    );
}

#[test]
fn phones_are_asked_a_practice_card_like_a_scenarios_role_question() {
    use rolecall::interop::relay::{stage_message, tally_action};
    use rolecall_protocol as wire;
    use wire::ClientMsg;

    for kind in Kind::PRACTICE {
        let p = go(&only(bank(), &[kind], Some(2)), A::Next);
        assert_eq!(stage_message(&p), ClientMsg::Standby, "{kind:?}: the card before the vote");
        let p = go(&p, A::Next);
        let card = p.card().expect("a card").clone();
        let item = p.quiz().practice.item(&card.scenario).expect("the item").clone();
        let question = p.quiz().practice.question_of(&item).clone();
        let ClientMsg::Announce(q) = stage_message(&p) else { panic!("{kind:?}: an announce") };
        assert_eq!((q.scenario.as_str(), q.part, q.round), (&*item.id, wire::Part::Role, wire::Round::First));
        let shown: Vec<(&str, &str)> = q.options.iter().map(|o| (o.id.as_str(), o.letter.as_str())).collect();
        let lettered: Vec<(&str, String)> =
            p.lettered(Part::Role).iter().enumerate().map(|(i, id)| (&**id, letter(i).to_string())).collect();
        assert_eq!(shown, lettered.iter().map(|(id, l)| (*id, l.as_str())).collect::<Vec<_>>());
        for o in &q.options {
            let label = question.options.iter().find(|c| *c.id == *o.id).expect("an option of the question");
            assert_eq!(
                o.label.as_deref(),
                Some(&*label.label),
                "{kind:?}: the question's label, not a role's"
            );
        }
        assert_eq!(q.prompt.as_deref(), Some(format!("{}\n{}", item.text, question.prompt).as_str()));
        q.validate().expect("a valid announce");
        // The phones' tally comes back for this card's one question.
        let tally = wire::Tally {
            scenario: item.id.to_string(),
            part: wire::Part::Role,
            round: wire::Round::First,
            counts: vec![wire::Count { option: item.answer.to_string(), n: 2 }],
            voted: 2,
            phones: 3,
        };
        let p = go(&p, tally_action(&p, &tally).expect("a tally for the card on screen"));
        assert_eq!(p.current_rounds()[0].phones_for(&item.answer), 2);
        let p = go(&p, A::Next);
        let ClientMsg::Reveal(answer) = stage_message(&p) else { panic!("{kind:?}: a reveal") };
        assert_eq!(answer.scenario, *item.id);
        let right: Vec<(wire::Part, &str)> =
            answer.right.iter().map(|r| (r.part, r.option.as_str())).collect();
        assert_eq!(right, [(wire::Part::Role, &*item.answer)]);
        assert_eq!(answer.why.as_deref(), Some(&*item.why));
        answer.validate().expect("a valid reveal");
        let p = go(&p, A::VoteAgain);
        let ClientMsg::Announce(q) = stage_message(&p) else { panic!("{kind:?}: the second round") };
        assert_eq!((q.part, q.round), (wire::Part::Role, wire::Round::Second));
    }
}
