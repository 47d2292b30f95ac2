//! Schema 2's practice items: parsing each kind, the checker's messages for what goes wrong, grading with
//! partial credit, mixed sessions, progress and results per kind, xAPI per kind, and that schema 1 (every
//! shipped quiz, the fixtures, old records and old editions) reads exactly as before.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::{Answer, Deal, Feedback, Phase, mark};
use rolecall::engine::load::{Problem, load};
use rolecall::engine::practice::{Kind, Marks, Topic};
use rolecall::engine::progress::Record;
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::engine::session::{Action, Session, deal_cards};
use rolecall::engine::summary::{Tally, summarize};
use rolecall::interop::xapi;
use serde_json::{Value, json};

const MINI: &str = include_str!("fixtures/mini.toml");
const PRACTICE: &str = include_str!("fixtures/practice.toml");

/// mini.toml at schema 2 with the practice fixture appended, after `change` is applied to the practice part.
fn text_with(change: impl FnOnce(&str) -> String) -> String {
    format!("{}\n{}", MINI.replacen("schema = 1", "schema = 2", 1), change(PRACTICE))
}

fn quiz() -> Rc<Quiz> {
    Rc::new(load(&text_with(str::to_string)).unwrap_or_else(|p| panic!("{p:#?}")))
}

fn problems(text: &str) -> Vec<Problem> {
    load(text).expect_err("expected problems, but the quiz loaded")
}

/// The only problem `change` causes, as `LINE:COL: message`.
fn only(change: impl FnOnce(&str) -> String) -> String {
    let p = problems(&text_with(change));
    assert_eq!(p.len(), 1, "{p:#?}");
    format!("{}:{}: {}", p[0].line, p[0].column, p[0].message)
}

fn id(s: &str) -> Id {
    s.into()
}

fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).expect("the line") + 1
}

#[test]
fn each_kind_loads_with_its_question_list_and_source() {
    let quiz = quiz();
    let p = &quiz.practice;
    assert_eq!(p.kinds(), vec![Kind::Sort, Kind::Talk, Kind::Trait, Kind::Structure]);
    assert_eq!(p.items.len(), 8);
    let duty = p.item("answer-email").expect("a duty");
    assert_eq!((duty.kind, &*duty.answer), (Kind::Sort, "both"));
    assert_eq!(&*p.list_of(duty).expect("its list").label, "The memo's duty list");
    assert_eq!(duty.passage.as_deref(), Some("the memo's last bullet"));
    assert_eq!(&*quiz.sources[duty.source].id, "handbook", "a duty's source is its list's");
    let talk = p.item("tweet-at-us").expect("a talk item");
    assert!(talk.hard);
    assert_eq!(&*p.question_of(talk).id, "who-talks", "the only talk question, without naming it");
    let factor = p.item("count-tickets").expect("a factor item");
    assert_eq!(&*p.question_of(factor).id, "factor");
    assert_eq!(p.options_of(factor).len(), 2);
    assert_eq!(p.topic_of(duty), Topic::List(id("memo-list")));
    assert_eq!(p.topic_of(factor), Topic::Option { question: id("factor"), option: id("count") });
    assert!(quiz.is_consistent());
}

#[test]
fn schema_one_files_load_unchanged_and_cannot_hold_practice() {
    for text in [
        MINI,
        include_str!("../assets/quizzes/cm-vs-smm.toml"),
        include_str!("../assets/quizzes/cm-vs-smm.es.toml"),
        include_str!("../assets/quizzes/launch-raci.toml"),
        include_str!("../assets/quizzes/support-or-sales.toml"),
    ] {
        let quiz = load(text).unwrap_or_else(|p| panic!("{p:#?}"));
        // Read at schema 2, the same file is the same quiz: only the version number differs.
        if text.contains("\nschema = 1\n") {
            assert_eq!(load(&text.replacen("\nschema = 1\n", "\nschema = 2\n", 1)).as_ref(), Ok(&quiz));
            assert!(quiz.practice.is_empty());
        }
        // The JSON an edition ships: no `practice` key when there is none, and JSON without one reads back.
        let json = serde_json::to_value(&quiz).expect("serializes");
        if quiz.practice.is_empty() {
            assert!(json.get("practice").is_none());
        }
        let back: Quiz = serde_json::from_value(json).expect("reads back");
        assert_eq!(back, quiz);
        assert!(back.is_consistent(), "the page's check on an edition it reads");
    }
    let text = format!("{MINI}\n{PRACTICE}");
    let p = problems(&text);
    assert!(p.iter().any(|p| p.message.starts_with("`practice` needs `schema = 2`")), "{p:#?}");
}

#[test]
fn a_practice_edition_round_trips_through_json() {
    let quiz = quiz();
    let back: Quiz = serde_json::from_str(&serde_json::to_string(&*quiz).expect("json")).expect("reads");
    assert_eq!(back, *quiz);
    let mut broken = back.clone();
    broken.practice.items[0].question = 99;
    assert!(!broken.is_consistent(), "a damaged edition is caught before use");
}

#[test]
fn an_unknown_kind_is_named_with_the_known_ones() {
    let text = text_with(|p| p.replacen("kind = \"trait\"\ntext", "kind = \"traits\"\ntext", 1));
    let p = problems(&text);
    let line = line_of(&text, "kind = \"traits\"");
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].line as usize, line);
    assert_eq!(
        p[0].message,
        "unknown kind `traits` (known kinds: `sort`, `talk`, `trait`, `structure`); did you mean `trait`?"
    );
}

#[test]
fn a_duty_without_a_list_is_told_which_lists_there_are() {
    let message = only(|p| p.replacen("list = \"memo-list\"\n", "", 1));
    assert!(
        message.ends_with(
            "duty `answer-email` has no `list`: a sort's feedback names the list each duty comes from, so add \
             `list = ` one of `handbook-list`, `memo-list`"
        ),
        "{message}"
    );
}

#[test]
fn an_unknown_answer_names_the_questions_options() {
    let message = only(|p| p.replacen("answer = \"patient\"", "answer = \"patience\"", 1));
    assert!(
        message.ends_with(
            "item `waits-calmly`: unknown answer `patience`; the question `habit` offers `patient`, `curious`; \
             did you mean `patient`?"
        ),
        "{message}"
    );
}

#[test]
fn duplicate_ids_are_reported_with_the_first() {
    let message = only(|p| p.replacen("id = \"quote-prices\"", "id = \"reset-passwords\"", 1));
    assert!(
        message.contains("the item id `reset-passwords` is used twice (the first is at line"),
        "{message}"
    );
    let message = only(|p| p.replacen("id = \"forum-helps\"", "id = \"broken-login\"", 1));
    assert!(message.ends_with("the item id `broken-login` is also a scenario's: progress keeps both by id, so give one of the two another id"), "{message}");
}

#[test]
fn too_few_options_misplaced_keys_and_ambiguous_questions_are_reported() {
    let message = only(|p| {
        p.replacen("answer = \"each-other\"\n", "answer = \"each-other\"\nlist = \"memo-list\"\n", 1)
    });
    assert!(
        message.ends_with("item `forum-helps`: `list` is only for `sort` items (their duties' lists)"),
        "{message}"
    );
    let message =
        only(|p| p.replacen("list = \"memo-list\"\n", "list = \"memo-list\"\nsource = \"handbook\"\n", 1));
    assert!(message.ends_with("item `answer-email`: a duty's source is its list's; remove `source` (or give the list that source)"), "{message}");
    let message = only(|p| {
        p.replacen(
            "[[practice.lists]]\nid = \"memo-list\"",
            "[[practice.lists]]\nid = \"memo-list\"\ncolour = \"red\"",
            1,
        )
    });
    assert!(message.ends_with("unknown key `colour` in list #2"), "{message}");
    // One option only.
    let message = only(|p| p.replacen("  { id = \"curious\", label = \"Curious\" },\n", "", 1));
    assert!(
        message.ends_with("question #3 has 1 option; a question needs at least 2, so that there is a choice"),
        "{message}"
    );
    // A second talk question: each talk item must then say which it answers.
    let p = problems(&text_with(|p| {
        p.replacen("[[practice.questions]]\nid = \"habit\"", "[[practice.questions]]\nid = \"spare\"\nkind = \"talk\"\nprompt = \"?\"\noptions = [{ id = \"a\", label = \"A\" }, { id = \"b\", label = \"B\" }]\n\n[[practice.questions]]\nid = \"habit\"", 1)
    }));
    assert_eq!(p.len(), 2, "one per talk item: {p:#?}");
    assert!(
        p[0].message.ends_with("there are 2 `talk` questions: add `question = ` one of `who-talks`, `spare`")
    );
}

#[test]
fn a_sort_needs_two_duties_and_every_question_an_item() {
    let cut = |p: &str, from: &str, to: &str| {
        let (head, rest) = p.split_once(from).expect("from");
        let tail = rest.split_once(to).expect("to").1;
        format!("{head}{to}{tail}")
    };
    let message = only(|p| {
        cut(p, "[[practice.items]]\nid = \"quote-prices\"", "[[practice.items]]\nid = \"forum-helps\"")
    });
    assert!(message.ends_with("the sort question `whose` has 1 duty; a sort needs at least 2, so that there is something to sort"), "{message}");
    let message = only(|p| {
        cut(p, "[[practice.items]]\nid = \"waits-calmly\"", "[[practice.items]]\nid = \"acme-desk\"")
    });
    assert!(message.ends_with("no item answers the question `habit`: add items, or remove it"), "{message}");
}

#[test]
fn an_item_of_a_kind_with_no_question_or_the_wrong_question_is_reported() {
    let message = only(|p| p.replacen("question = \"factor\"", "question = \"habit\"", 1));
    assert!(
        message.ends_with(
            "item `count-tickets`: the question `habit` is a `trait` question, and this item is `structure`"
        ),
        "{message}"
    );
    let message = only(|p| p.replacen("question = \"factor\"\n", "", 1));
    assert!(message.ends_with("item `count-tickets` has no `question`, and there are 2 `structure` questions: add `question = ` one of `company`, `factor`"), "{message}");
    let message = only(|p| p.replacen("source = \"handbook\"\nwhy = \"Letting", "why = \"Letting", 1));
    assert!(message.ends_with("item `waits-calmly` has no `source`"), "{message}");
    let message = only(|p| p.replacen("hard = true", "hard = \"yes\"", 1));
    assert!(
        message.ends_with("`hard` in item `tweet-at-us` must be `true` or `false`, found a string"),
        "{message}"
    );
}

#[test]
fn a_sort_board_earns_a_point_per_duty() {
    let quiz = quiz();
    let items = [id("reset-passwords"), id("quote-prices"), id("answer-email")];
    let picks = |a: &str, b: &str, c: &str| {
        vec![(id("reset-passwords"), id(a)), (id("quote-prices"), id(b)), (id("answer-email"), id(c))]
    };
    assert_eq!(
        quiz.practice.mark(&items, &picks("agent", "rep", "both")),
        Some(Marks { right: 3, total: 3 })
    );
    // "both" is its own answer: placing a both-duty under one role is wrong, and vice versa.
    assert_eq!(
        quiz.practice.mark(&items, &picks("both", "rep", "agent")),
        Some(Marks { right: 1, total: 3 })
    );
    // A duty left unplaced counts as wrong; a pick for an item not on the card is refused.
    assert_eq!(
        quiz.practice.mark(&items, &picks("agent", "rep", "both")[..2]),
        Some(Marks { right: 2, total: 3 })
    );
    assert_eq!(quiz.practice.mark(&items[..1], &picks("agent", "rep", "both")), None);
    let answer = Answer::practice(id("reset-passwords"), picks("agent", "agent", "both"), 0);
    assert_eq!(mark(&quiz, &answer), Some(Marks { right: 2, total: 3 }));
    let scenario = Answer::scenario(id("broken-login"), id("agent"), id("revenue"), 0);
    assert_eq!(mark(&quiz, &scenario), Some(Marks { right: 1, total: 2 }));
}

#[test]
fn the_default_deal_is_still_scenarios_only_and_the_same_deck() {
    let with = quiz();
    let without = Rc::new(load(MINI).expect("mini"));
    for seed in [1, 2, 99, u64::MAX] {
        let deal = Deal { seed, count: Some(3), ..Deal::default() };
        let a = deal_cards(&with, &deal);
        assert_eq!(a, deal_cards(&without, &deal), "seed {seed}");
        assert!(a.iter().all(|c| c.practice.is_none()));
        let scenarios = Deal { kinds: vec![Kind::Scenario], ..deal.clone() };
        assert_eq!(deal_cards(&with, &scenarios), a, "naming the scenarios alone is the default");
    }
}

#[test]
fn a_mixed_deal_takes_turns_by_kind_and_groups_duties_on_a_board() {
    let quiz = quiz();
    let deal = Deal { seed: 5, kinds: Kind::ALL.to_vec(), ..Deal::default() };
    let deck = deal_cards(&quiz, &deal);
    let kinds: Vec<Kind> = deck.iter().map(|c| c.kind()).collect();
    assert_eq!(&kinds[..5], &[Kind::Scenario, Kind::Sort, Kind::Talk, Kind::Trait, Kind::Structure]);
    // 4 scenarios, 1 board of 3 duties, 2 talk cards, 1 trait card, 2 structure cards.
    assert_eq!(deck.len(), 10);
    let board = deck[1].practice.as_ref().expect("a board");
    assert_eq!(board.items.len(), 3);
    assert_eq!(board.options, vec![id("agent"), id("rep"), id("both")], "the bins keep the file's order");
    assert_eq!(deck[1].scenario, board.items[0], "a practice card's id is its first item's");
    // Only the chosen kinds, and `count` over all of them.
    let two = Deal { seed: 5, count: Some(3), kinds: vec![Kind::Talk, Kind::Structure], ..Deal::default() };
    let kinds: Vec<Kind> = deal_cards(&quiz, &two).iter().map(|c| c.kind()).collect();
    assert_eq!(kinds, vec![Kind::Talk, Kind::Structure, Kind::Talk]);
    // The same deal is the same deck.
    assert_eq!(deal_cards(&quiz, &deal), deck);
}

/// Answer every card of a session: scenarios with the chart's answer, practice cards right except for the
/// items in `wrong`, which get another option.
fn finish(mut s: Session, wrong: &[&str]) -> Session {
    let mut now = 1_000;
    while let Some(card) = s.current().cloned() {
        now += 1_000;
        s = match &card.practice {
            None => {
                let sc = s.quiz().scenario(&card.scenario).expect("scenario").clone();
                let s2 = s.step(Action::ChooseRole(sc.role.clone())).expect("role");
                let s2 = s2.step(Action::ChooseTeam(sc.team.clone())).expect("team");
                s2.step(Action::Submit { now }).expect("submit")
            }
            Some(p) => {
                let picks: Vec<(Id, Id)> = p
                    .items
                    .iter()
                    .map(|i| {
                        let item = s.quiz().practice.item(i).expect("item");
                        let pick = if wrong.contains(&&**i) {
                            p.options.iter().find(|o| **o != item.answer).expect("another option").clone()
                        } else {
                            item.answer.clone()
                        };
                        (i.clone(), pick)
                    })
                    .collect();
                assert!(s.step(Action::Submit { now }).is_none(), "a practice card is not submitted by role");
                s.step(Action::Pick { picks, now }).expect("pick")
            }
        };
        if s.phase() == &Phase::Feedback {
            s = s.step(Action::Next).expect("next");
        }
    }
    s
}

#[test]
fn a_mixed_session_is_graded_summarised_and_remembered_per_kind() {
    let quiz = quiz();
    let deal = Deal { seed: 5, kinds: Kind::ALL.to_vec(), ..Deal::default() };
    let s = Session::new(quiz.clone()).step(Action::Start(deal)).expect("start");
    let s = finish(s, &["answer-email", "tweet-at-us"]);
    assert_eq!(s.phase(), &Phase::Finished);
    let summary = summarize(&quiz, s.answers());
    let by_kind: Vec<(Kind, Tally, Tally)> =
        summary.kinds.iter().map(|k| (k.kind, k.points, k.perfect)).collect();
    assert_eq!(
        by_kind,
        vec![
            (Kind::Scenario, Tally { correct: 8, total: 8 }, Tally { correct: 4, total: 4 }),
            (Kind::Sort, Tally { correct: 2, total: 3 }, Tally { correct: 0, total: 1 }),
            (Kind::Talk, Tally { correct: 1, total: 2 }, Tally { correct: 1, total: 2 }),
            (Kind::Trait, Tally { correct: 1, total: 1 }, Tally { correct: 1, total: 1 }),
            (Kind::Structure, Tally { correct: 2, total: 2 }, Tally { correct: 2, total: 2 }),
        ]
    );
    assert_eq!(summary.practice, Tally { correct: 6, total: 8 });
    assert_eq!(summary.points(), Tally { correct: 14, total: 16 });
    // Each duty has its own box; mastery per kind and per topic.
    let h = s.history();
    assert_eq!(h.item("answer-email").map(|i| (i.level, i.last_right)), Some((1, false)));
    assert_eq!(h.item("reset-passwords").map(|i| (i.level, i.last_right)), Some((2, true)));
    assert_eq!(h.missed_practice(&quiz), vec![id("answer-email"), id("tweet-at-us")]);
    let kinds = h.mastery_by_kind(&quiz);
    assert_eq!(kinds[0], (Kind::Scenario, 40));
    assert_eq!(kinds[1], (Kind::Sort, 33), "boxes 2, 2 and 1 of 5 each");
    let topics = h.mastery_by_topic(&quiz);
    assert!(topics.contains(&(Kind::Sort, Topic::List(id("memo-list")), 20)), "{topics:#?}");
    assert!(topics.contains(&(Kind::Sort, Topic::List(id("handbook-list")), 40)), "{topics:#?}");
    // The saved record reads back, and a review of the missed items deals exactly those.
    let text = serde_json::to_string(&s.record()).expect("json");
    let back = Record::read(&text, |t| serde_json::from_str(t).ok()).expect("reads").reconcile(&quiz);
    assert_eq!(back, s.record());
    let review = Deal {
        seed: 1,
        only: h.missed_practice(&quiz),
        review: true,
        kinds: Kind::PRACTICE.to_vec(),
        ..Deal::default()
    };
    let deck = deal_cards(&quiz, &review);
    let items: Vec<&str> =
        deck.iter().flat_map(|c| c.practice.as_ref().expect("practice").items.iter().map(|i| &**i)).collect();
    assert_eq!(items.len(), 2);
    assert!(items.contains(&"answer-email") && items.contains(&"tweet-at-us"));
}

/// The learner's scenario page (`index.html`, built without the practice kinds) reads the quiz without its
/// practice items and must keep the practice part of the record it saves back: the practice page finds its
/// mastery per kind and the missed items again.
#[test]
fn a_page_without_practice_keeps_the_practice_part_of_the_record_it_saves() {
    let quiz = quiz();
    let scenarios_only = Rc::new(Quiz { practice: Default::default(), ..(*quiz).clone() });
    // On the practice page: a mixed session with two items missed, left on its results.
    let deal = Deal { seed: 5, kinds: Kind::ALL.to_vec(), ..Deal::default() };
    let practised =
        finish(Session::new(quiz.clone()).step(Action::Start(deal)).expect("start"), &["answer-email"]);
    let text = serde_json::to_string(&practised.record()).expect("json");

    // On the learner's page: the record reconciled with the scenarios alone keeps every practice item's box,
    // and drops the finished practice session it could not show.
    let read = Record::read(&text, |t| serde_json::from_str(t).ok()).expect("reads");
    let here = read.clone().reconcile_for(&scenarios_only, false);
    assert_eq!(here.history, practised.record().history, "every item kept, practice ones too");
    assert_eq!(here.session, None, "a session of practice cards is not this page's to show");
    // Reconciled as a page with the practice items would, an item of neither kind is dropped as before.
    let with_gone = text.replace("\"answer-email\"", "\"gone-item\"");
    let gone = Record::read(&with_gone, |t| serde_json::from_str(t).ok()).expect("reads");
    assert!(gone.clone().reconcile_for(&quiz, true).history.item("gone-item").is_none());
    assert!(gone.reconcile_for(&scenarios_only, false).history.item("gone-item").is_some());

    // A scenario answered there, saved, and read back on the practice page: both parts are there.
    let s = Session::restore(scenarios_only.clone(), here.history, here.session);
    let s = finish(
        s.step(Action::Start(Deal { seed: 9, count: Some(1), ..Deal::default() })).expect("start"),
        &[],
    );
    let saved = serde_json::to_string(&s.record()).expect("json");
    let back =
        Record::read(&saved, |t| serde_json::from_str(t).ok()).expect("reads").reconcile_for(&quiz, true);
    let answered = &s.answers()[0].scenario;
    assert!(back.history.item(answered).is_some_and(|i| i.last_right), "the scenario answered there");
    assert_eq!(back.history.missed_practice(&quiz), vec![id("answer-email")], "the missed duty");
    let before = practised.history().mastery_by_kind(&quiz);
    let after = back.history.mastery_by_kind(&quiz);
    assert_eq!(after[1..], before[1..], "mastery of each practice kind unchanged");
}

#[test]
fn a_practice_card_takes_one_pick_per_item_among_its_options() {
    let quiz = quiz();
    let deal = Deal { seed: 3, kinds: vec![Kind::Sort], feedback: Feedback::Practice, ..Deal::default() };
    let s = Session::new(quiz).step(Action::Start(deal)).expect("start");
    let board = s.current().and_then(|c| c.practice.clone()).expect("a board");
    let all: Vec<(Id, Id)> = board.items.iter().map(|i| (i.clone(), id("both"))).collect();
    assert!(s.step(Action::Pick { picks: all[..2].to_vec(), now: 1 }).is_none(), "a duty left unplaced");
    let mut twice = all.clone();
    twice[1].0 = twice[0].0.clone();
    assert!(s.step(Action::Pick { picks: twice, now: 1 }).is_none(), "one duty placed twice");
    let mut off = all.clone();
    off[0].1 = id("nobody");
    assert!(s.step(Action::Pick { picks: off, now: 1 }).is_none(), "a bin the board does not have");
    assert!(s.step(Action::ChooseRole(id("agent"))).is_none());
    let mut reversed = all.clone();
    reversed.reverse();
    let done = s.step(Action::Pick { picks: reversed, now: 1 }).expect("any order");
    assert_eq!(done.answers()[0].picks, all, "kept in the card's order");
    assert!(done.step(Action::Pick { picks: all, now: 2 }).is_none(), "not twice");
}

#[test]
fn records_saved_before_practice_still_read() {
    let quiz = Rc::new(load(MINI).expect("mini"));
    // A record as the previous version wrote it: no `kinds`, `practice` or `picks` anywhere.
    let old = json!({
        "v": 2, "quiz": "mini",
        "session": {
            "deal": {"seed": "7", "count": 2, "rows": [], "only": [], "review": false, "at": 0, "feedback": "practice"},
            "deck": [
                {"scenario": "broken-login", "roles": ["agent", "rep"], "teams": ["support", "revenue"]},
                {"scenario": "bigger-plan", "roles": ["rep", "agent"], "teams": ["revenue", "support"]}
            ],
            "answers": [{"scenario": "broken-login", "role": "agent", "team": "support", "at": 5}],
            "phase": {"asking": {"role": null, "team": null}}
        },
        "history": [{"scenario": "broken-login", "level": 2, "due": 9, "right": 1, "wrong": 0, "last_right": true}]
    });
    let record = Record::read(&old.to_string(), |t| serde_json::from_str(t).ok()).expect("reads");
    let session = record.session.clone().expect("a session");
    assert!(session.deal.kinds.is_empty() && session.deck.iter().all(|c| c.practice.is_none()));
    assert!(session.answers[0].picks.is_empty());
    let reconciled = record.clone().reconcile(&quiz);
    assert_eq!(reconciled, record, "nothing is lost");
    // And it is written back without the new fields, as the old version wrote it.
    let again: Value = serde_json::to_value(&record).expect("json");
    assert_eq!(again, old);
    // Against the quiz with practice, the same record keeps everything too.
    assert_eq!(record.clone().reconcile(&self::quiz()), record);
}

#[test]
fn each_kind_reports_its_xapi_interaction() {
    let quiz = quiz();
    let page = "https://example.org/rolecall/";
    let statement = |answer: &Answer| {
        serde_json::to_value(xapi::answered(page, &quiz, answer, "t".into()).expect("a statement"))
            .expect("json")
    };
    let board = Answer::practice(
        id("reset-passwords"),
        vec![(id("reset-passwords"), id("agent")), (id("answer-email"), id("rep"))],
        0,
    );
    let s = statement(&board);
    assert_eq!(s["object"]["definition"]["interactionType"], "matching");
    assert_eq!(
        s["object"]["definition"]["correctResponsesPattern"],
        json!(["reset-passwords[.]agent[,]answer-email[.]both"])
    );
    assert_eq!(s["result"]["response"], "reset-passwords[.]agent[,]answer-email[.]rep");
    assert_eq!(s["result"]["score"], json!({"scaled": 0.5, "raw": 1, "min": 0, "max": 2}));
    assert_eq!(s["object"]["definition"]["name"]["en"], "Whose duty is it?");
    assert_eq!(s["object"]["id"], "https://example.org/rolecall/#mini/reset-passwords");

    let talk = Answer::practice(id("forum-helps"), vec![(id("forum-helps"), id("brand"))], 0);
    let s = statement(&talk);
    assert_eq!(s["object"]["definition"]["interactionType"], "true-false");
    assert_eq!(s["object"]["definition"]["correctResponsesPattern"], json!(["false"]));
    assert_eq!(s["result"]["response"], "true");
    assert_eq!(s["result"]["success"], false);

    for (item, answer, kind) in [("waits-calmly", "patient", "choice"), ("count-tickets", "count", "choice")]
    {
        let s = statement(&Answer::practice(id(item), vec![(id(item), id(answer))], 0));
        assert_eq!(s["object"]["definition"]["interactionType"], kind);
        assert_eq!(s["object"]["definition"]["correctResponsesPattern"], json!([answer]));
        assert_eq!(s["result"]["success"], true);
        assert_eq!(
            s["context"]["contextActivities"]["parent"][0]["id"],
            "https://example.org/rolecall/#mini"
        );
    }
    let scenario = statement(&Answer::scenario(id("broken-login"), id("agent"), id("support"), 0));
    assert_eq!(scenario["object"]["definition"]["interactionType"], "choice");
    assert_eq!(Kind::Scenario.interaction(), "choice");
    let gone = Answer::practice(id("gone"), vec![(id("gone"), id("brand"))], 0);
    assert!(xapi::answered(page, &quiz, &gone, "t".into()).is_none());
}

#[test]
fn kinds_have_stable_tags() {
    for kind in Kind::ALL {
        assert_eq!(Kind::from_tag(kind.tag()), Some(kind));
        assert_eq!(serde_json::to_value(kind).expect("json"), json!(kind.tag()));
    }
    assert_eq!(Kind::from_tag("quiz"), None);
}

#[test]
fn the_bank_has_at_least_twelve_items_of_each_kind_in_both_editions_each_citing_its_passage() {
    for text in [
        include_str!("../assets/quizzes/cm-vs-smm.toml"),
        include_str!("../assets/quizzes/cm-vs-smm.es.toml"),
    ] {
        let quiz = Rc::new(load(text).unwrap_or_else(|p| panic!("{p:#?}")));
        for kind in Kind::PRACTICE {
            let n = quiz.practice.items.iter().filter(|i| i.kind == kind).count();
            assert!(n >= 12, "{} {}: {n} items", quiz.language, kind.tag());
        }
        assert!(quiz.practice.items.iter().all(|i| i.passage.is_some()), "every item says where its fact is");
        // Both the seeds' "both" (event attendance, engagement metrics) and a hard case of each kind.
        let p = &quiz.practice;
        assert!(p.items.iter().any(|i| i.kind == Kind::Sort && &*i.answer == "both"));
        for kind in Kind::PRACTICE {
            assert!(p.items.iter().any(|i| i.kind == kind && i.hard), "{}: a hard case", kind.tag());
        }
        // A whole mixed session over the bank plays through, and each kind shows in the results.
        let deal = Deal { seed: 42, kinds: Kind::ALL.to_vec(), ..Deal::default() };
        let s = finish(Session::new(quiz.clone()).step(Action::Start(deal)).expect("start"), &[]);
        let summary = summarize(&quiz, s.answers());
        assert_eq!(summary.kinds.iter().map(|k| k.kind).collect::<Vec<_>>(), Kind::ALL.to_vec());
        assert_eq!(summary.points().correct, summary.points().total);
        assert!(s.history().mastery_by_kind(&quiz).iter().all(|(_, m)| *m == 40), "everything in box 2");
    }
}

#[test]
fn the_editors_template_shows_one_item_of_each_kind() {
    let quiz = load(rolecall::engine::draft::TEMPLATE).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(quiz.practice.kinds(), Kind::PRACTICE.to_vec());
    assert!(quiz.practice.items.iter().any(|i| &*i.answer == "both"), "a `both` duty, as the seeds have");
}

#[test]
fn a_record_reconciled_with_a_quiz_without_its_practice_keeps_the_scenarios() {
    let quiz = quiz();
    let deal = Deal { seed: 5, kinds: Kind::ALL.to_vec(), ..Deal::default() };
    let s = Session::new(quiz).step(Action::Start(deal)).expect("start");
    // The first card is a scenario, the second a sort board: answer both.
    let card = s.current().expect("a card").clone();
    let sc = s.quiz().scenario(&card.scenario).expect("a scenario").clone();
    let s = s.step(Action::ChooseRole(sc.role.clone())).expect("role");
    let s = s.step(Action::ChooseTeam(sc.team.clone())).expect("team");
    let s = s.step(Action::Submit { now: 1 }).expect("submit").step(Action::Next).expect("next");
    let board = s.current().and_then(|c| c.practice.clone()).expect("a board");
    let picks = board.items.iter().map(|i| (i.clone(), board.options[0].clone())).collect();
    let s = s.step(Action::Pick { picks, now: 2 }).expect("pick");
    let plain = load(MINI).expect("mini");
    let record = s.record().reconcile(&plain);
    let saved = record.session.expect("the scenarios are still there");
    assert_eq!(saved.deck.len(), 4, "the practice cards are gone");
    assert!(saved.deck.iter().all(|c| c.practice.is_none()));
    assert_eq!(saved.answers.len(), 1, "the scenario's answer is kept");
    assert_eq!(saved.phase, Phase::Asking { role: None, team: None });
    assert!(record.history.items.iter().all(|i| plain.scenario(&i.scenario).is_some()));
    assert_eq!(record.history.items.len(), 1);
}

#[test]
fn the_embeds_answered_message_carries_a_practice_card_with_its_points() {
    use rolecall::interop::messages;
    let quiz = quiz();
    let board = Answer::practice(
        id("reset-passwords"),
        vec![(id("reset-passwords"), id("agent")), (id("answer-email"), id("rep"))],
        0,
    );
    let message = messages::answered("https://example.org/", &quiz, &[board], 4, "t".into())
        .expect("a message for a practice card");
    let m = serde_json::to_value(message).expect("json");
    assert_eq!(m["type"], "answered");
    assert_eq!(m["scenario"], "reset-passwords");
    assert_eq!(m["score"], json!({"scaled": 0.5, "raw": 1, "min": 0, "max": 2}));
    assert_eq!(m["success"], false);
    assert_eq!(m["statement"]["object"]["definition"]["interactionType"], "matching");
}
