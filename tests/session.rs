//! The self-study state machine, grading, dealing and the summary: every rule, illegal actions included.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::{Answer, Deal, Feedback, Grade, Phase, grade};
use rolecall::engine::load::load;
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::engine::session::{Action, Session, deal_cards};
use rolecall::engine::summary::{Tally, summarize};

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn bank() -> Rc<Quiz> {
    Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("the bank is valid"))
}

fn id(s: &str) -> Id {
    s.into()
}

fn started(quiz: Rc<Quiz>, seed: u64, count: Option<usize>) -> Session {
    Session::new(quiz)
        .step(Action::Start(Deal { seed, count, rows: vec![], ..Deal::default() }))
        .expect("start applies")
}

/// Answer the card on screen with the given ids and submit.
fn answer(s: &Session, role: &str, team: &str, now: u64) -> Session {
    let s = s.step(Action::ChooseRole(id(role))).expect("choose role");
    let s = s.step(Action::ChooseTeam(id(team))).expect("choose team");
    s.step(Action::Submit { now }).expect("submit")
}

/// The correct (role, team) of the card on screen.
fn key(s: &Session) -> (String, String) {
    let card = s.current().expect("a card is on screen");
    let sc = s.quiz().scenario(&card.scenario).expect("scenario");
    (sc.role.to_string(), sc.team.to_string())
}

#[test]
fn a_new_session_waits_on_the_start_screen() {
    let s = Session::new(mini());
    assert_eq!(s.phase(), &Phase::Ready);
    assert!(s.current().is_none());
    assert_eq!(s.position(), (0, 0));
    assert!(!s.is_last());
}

#[test]
fn start_deals_every_scenario_by_default_and_asks_the_first() {
    let s = started(mini(), 1, None);
    assert_eq!(s.deck().len(), 4);
    assert_eq!(s.phase(), &Phase::Asking { role: None, team: None });
    assert_eq!(s.position(), (1, 4));
    let card = s.current().expect("card");
    assert_eq!(card.roles.len(), 2);
    assert_eq!(card.teams.len(), 2);
}

#[test]
fn count_limits_the_deck_and_is_at_least_one() {
    assert_eq!(started(mini(), 1, Some(2)).deck().len(), 2);
    assert_eq!(started(mini(), 1, Some(0)).deck().len(), 1);
    assert_eq!(started(mini(), 1, Some(99)).deck().len(), 4);
}

#[test]
fn a_whole_session_runs_to_the_results() {
    let mut s = started(mini(), 3, None);
    for n in 1..=4 {
        assert_eq!(s.position(), (n, 4));
        assert_eq!(s.is_last(), n == 4);
        let (role, team) = key(&s);
        s = answer(&s, &role, &team, 1000 + n as u64);
        assert_eq!(s.phase(), &Phase::Feedback);
        assert_eq!(s.position(), (n, 4), "feedback shows the same card");
        assert_eq!(s.current_answer().map(|a| a.at), Some(1000 + n as u64));
        s = s.step(Action::Next).expect("next");
    }
    assert_eq!(s.phase(), &Phase::Finished);
    let summary = summarize(s.quiz(), s.answers());
    assert_eq!(summary.points(), Tally { correct: 8, total: 8 });
    assert_eq!(summary.perfect, Tally { correct: 4, total: 4 });
}

#[test]
fn illegal_actions_change_nothing() {
    let ready = Session::new(mini());
    for action in [
        Action::ChooseRole(id("agent")),
        Action::Submit { now: 0 },
        Action::Next,
        Action::Retry { seed: 1 },
        Action::Restart,
    ] {
        assert!(ready.step(action.clone()).is_none(), "{action:?} applied on the start screen");
    }
    let asking = started(mini(), 1, None);
    assert!(asking.step(Action::Start(Deal::default())).is_none(), "start twice");
    assert!(asking.step(Action::Next).is_none(), "next before answering");
    assert!(asking.step(Action::Submit { now: 0 }).is_none(), "submit with nothing chosen");
    assert!(asking.step(Action::Retry { seed: 2 }).is_none(), "retry mid-session");
    assert!(asking.step(Action::ChooseRole(id("support"))).is_none(), "a team is not a role");
    assert!(asking.step(Action::ChooseTeam(id("agent"))).is_none(), "a role is not a team");
    assert!(asking.step(Action::ChooseRole(id("nobody"))).is_none(), "unknown option");
    let half = asking.step(Action::ChooseRole(id("agent"))).expect("choose");
    assert!(half.step(Action::ChooseRole(id("agent"))).is_none(), "choosing the same again is no change");
    assert!(half.step(Action::Submit { now: 0 }).is_none(), "submit with only the role chosen");
    let feedback = answer(&asking, "agent", "support", 0);
    assert!(feedback.step(Action::ChooseRole(id("rep"))).is_none(), "answering after submitting");
    assert!(feedback.step(Action::Submit { now: 1 }).is_none(), "submitting twice");
}

#[test]
fn selections_can_change_before_submitting() {
    let s = started(mini(), 1, None);
    let s = s.step(Action::ChooseRole(id("agent"))).expect("choose");
    let s = s.step(Action::ChooseRole(id("rep"))).expect("change");
    let s = s.step(Action::ChooseTeam(id("revenue"))).expect("team");
    assert_eq!(s.phase(), &Phase::Asking { role: Some(id("rep")), team: Some(id("revenue")) });
    let s = s.step(Action::Submit { now: 5 }).expect("submit");
    let a = s.current_answer().expect("answer");
    assert_eq!((&*a.role, &*a.team), ("rep", "revenue"));
}

#[test]
fn grading_gives_a_point_per_part() {
    let quiz = mini();
    let a = |role: &str, team: &str| Answer::scenario(id("broken-login"), id(role), id(team), 0);
    assert_eq!(grade(&quiz, &a("agent", "support")), Some(Grade { role: true, team: true }));
    assert_eq!(grade(&quiz, &a("agent", "revenue")), Some(Grade { role: true, team: false }));
    assert_eq!(grade(&quiz, &a("rep", "support")), Some(Grade { role: false, team: true }));
    assert_eq!(grade(&quiz, &a("rep", "revenue")).map(Grade::points), Some(0));
    let gone = Answer::scenario(id("deleted"), id("agent"), id("support"), 0);
    assert_eq!(grade(&quiz, &gone), None);
}

#[test]
fn the_channel_decides_the_role_when_grading() {
    let quiz = mini();
    let phone = Answer::scenario(id("renew-by-phone"), id("rep"), id("revenue"), 0);
    let chat = Answer::scenario(id("renew-by-chat"), id("rep"), id("revenue"), 0);
    assert_eq!(grade(&quiz, &phone), Some(Grade { role: true, team: true }));
    assert_eq!(grade(&quiz, &chat), Some(Grade { role: false, team: true }));
}

#[test]
fn the_summary_counts_per_part_and_per_row_in_chart_order() {
    let quiz = mini();
    let a = |sc: &str, role: &str, team: &str| Answer::scenario(id(sc), id(role), id(team), 0);
    let answers = [
        a("renew-by-chat", "rep", "revenue"),  // role wrong
        a("broken-login", "agent", "revenue"), // team wrong
        a("renew-by-phone", "rep", "revenue"), // both right
        a("deleted-since", "rep", "revenue"),  // skipped
    ];
    let s = summarize(&quiz, &answers);
    assert_eq!(s.role, Tally { correct: 2, total: 3 });
    assert_eq!(s.team, Tally { correct: 2, total: 3 });
    assert_eq!(s.perfect, Tally { correct: 1, total: 3 });
    assert_eq!(s.points(), Tally { correct: 4, total: 6 });
    assert_eq!(s.points().percent(), 66);
    let rows: Vec<&str> = s.rows.iter().map(|r| &*quiz.chart.rows[r.row].id).collect();
    assert_eq!(rows, ["fix", "renewal"], "rows in chart order, only those answered");
    assert_eq!(s.rows[1].role, Tally { correct: 1, total: 2 });
    assert_eq!(s.rows[1].points(), Tally { correct: 3, total: 4 });
    assert_eq!(Tally::default().percent(), 0);
}

#[test]
fn retry_deals_again_with_the_same_settings_and_a_new_seed() {
    let mut s = started(mini(), 1, Some(3));
    while s.phase() != &Phase::Finished {
        s = answer(&s, "agent", "support", 0).step(Action::Next).expect("next");
    }
    let again = s.step(Action::Retry { seed: 99 }).expect("retry");
    assert_eq!(again.deck().len(), 3);
    assert!(again.answers().is_empty());
    assert_eq!(again.phase(), &Phase::Asking { role: None, team: None });
    let back = s.step(Action::Restart).expect("restart");
    assert_eq!(back.phase(), &Phase::Ready);
}

#[test]
fn restart_works_from_any_started_phase() {
    let s = started(mini(), 1, None);
    assert_eq!(s.step(Action::Restart).map(|s| s.phase().clone()), Some(Phase::Ready));
    let fb = answer(&s, "agent", "support", 0);
    assert_eq!(fb.step(Action::Restart).map(|s| s.phase().clone()), Some(Phase::Ready));
}

#[test]
fn dealing_is_deterministic_per_seed_and_shuffles_options_too() {
    let quiz = bank();
    let deal = |seed| deal_cards(&quiz, &Deal { seed, count: None, rows: vec![], ..Deal::default() });
    assert_eq!(deal(7), deal(7));
    assert_ne!(deal(7), deal(8));
    let cards = deal(7);
    assert_eq!(cards.len(), quiz.scenarios.len());
    // Every scenario once.
    let mut ids: Vec<&str> = cards.iter().map(|c| &*c.scenario).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), quiz.scenarios.len());
    // Team options are not always in file order.
    let file_order: Vec<Id> = quiz.teams.iter().map(|t| t.id.clone()).collect();
    assert!(cards.iter().any(|c| c.teams != file_order));
}

#[test]
fn a_short_deal_covers_different_rows_first() {
    let quiz = bank();
    for seed in 0..20 {
        let cards = deal_cards(&quiz, &Deal { seed, count: Some(10), rows: vec![], ..Deal::default() });
        let mut rows: Vec<usize> =
            cards.iter().filter_map(|c| quiz.scenario(&c.scenario)).map(|s| s.row).collect();
        rows.sort();
        rows.dedup();
        assert_eq!(rows.len(), 10, "seed {seed}: 10 cards should cover all 10 rows");
    }
}

#[test]
fn a_deal_can_be_limited_to_some_rows() {
    let quiz = mini();
    let cards = deal_cards(
        &quiz,
        &Deal { seed: 1, count: None, rows: vec![id("renewal"), id("unknown")], ..Deal::default() },
    );
    assert_eq!(cards.len(), 2);
    assert!(cards.iter().all(|c| c.scenario.starts_with("renew-")));
    // A filter that matches nothing deals nothing, and Start then does not apply.
    let none = Deal { seed: 1, count: None, rows: vec![id("nope")], ..Deal::default() };
    assert!(deal_cards(&quiz, &none).is_empty());
    assert!(Session::new(quiz).step(Action::Start(none)).is_none());
}

fn started_as_test(seed: u64, count: Option<usize>) -> Session {
    let deal = Deal { seed, count, feedback: Feedback::Test, ..Deal::default() };
    Session::new(mini()).step(Action::Start(deal)).expect("start applies")
}

#[test]
fn under_the_test_policy_a_submit_goes_straight_to_the_next_card_then_the_results() {
    let mut s = started_as_test(3, Some(3));
    assert_eq!(s.feedback(), Feedback::Test);
    assert_eq!(started(mini(), 3, None).feedback(), Feedback::Practice);
    for n in 1..=3u64 {
        assert_eq!(s.position(), (n as usize, 3));
        let (role, _) = key(&s);
        s = answer(&s, &role, "support", 2000 + n);
        assert_eq!(s.answers().len(), n as usize, "the answer is kept");
        assert_eq!(s.current_answer(), None, "and not shown");
        if n < 3 {
            assert_eq!(s.phase(), &Phase::Asking { role: None, team: None }, "next card, nothing chosen");
            assert_eq!(s.position(), (n as usize + 1, 3));
        }
        assert_eq!(s.step(Action::Next), None, "there is no feedback to leave");
    }
    assert_eq!(s.phase(), &Phase::Finished);
    assert_eq!(summarize(s.quiz(), s.answers()).role, Tally { correct: 3, total: 3 });
}

#[test]
fn retry_keeps_the_feedback_policy() {
    let mut s = started_as_test(4, Some(1));
    let (role, team) = key(&s);
    s = answer(&s, &role, &team, 1);
    assert_eq!(s.phase(), &Phase::Finished);
    let again = s.step(Action::Retry { seed: 9 }).expect("retry");
    let (role, team) = key(&again);
    assert_eq!(answer(&again, &role, &team, 2).phase(), &Phase::Finished, "still no feedback phase");
}
