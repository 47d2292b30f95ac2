//! Saved progress: the record format and its reading of damaged input, reconciling with a changed quiz,
//! the Leitner schedule, practice order, review until right, and resuming without reshuffling.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::load::load;
use rolecall::engine::progress::{HEADER, History, Record, TOP_BOX};
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::engine::session::{Action, Deal, Feedback, Grade, Phase, Session};

const MINI: &str = include_str!("fixtures/mini.toml");
const DAY: u64 = 24 * 60 * 60 * 1000;

fn mini() -> Rc<Quiz> {
    Rc::new(load(MINI).expect("mini.toml is valid"))
}

fn id(s: &str) -> Id {
    s.into()
}

const RIGHT: Grade = Grade { role: true, team: true };
const HALF: Grade = Grade { role: true, team: false };

/// Answer the card on screen right (or with the wrong team), submit, and move on.
fn answer(s: &Session, right: bool, now: u64) -> Session {
    let card = s.current().expect("a card").clone();
    let sc = s.quiz().scenario(&card.scenario).expect("scenario").clone();
    let team = if right {
        sc.team.clone()
    } else {
        card.teams.iter().find(|t| **t != sc.team).expect("team").clone()
    };
    let s = s.step(Action::ChooseRole(sc.role.clone())).expect("role");
    let s = s.step(Action::ChooseTeam(team)).expect("team");
    s.step(Action::Submit { now }).expect("submit")
}

fn started(quiz: Rc<Quiz>, deal: Deal) -> Session {
    Session::new(quiz).step(Action::Start(deal)).expect("start")
}

#[test]
fn a_session_in_progress_round_trips_through_the_record_and_resumes_in_the_same_order() {
    let quiz = mini();
    let s = started(quiz.clone(), Deal { seed: 9, count: Some(3), ..Deal::default() });
    let s = answer(&s, true, 1_000).step(Action::Next).expect("next");
    let s = s.step(Action::ChooseRole(id("rep"))).expect("half-chosen");
    let record = Record { quiz: "mini".into(), session: s.saved(), history: s.history().clone() };
    let text = record.encode();
    assert!(text.starts_with(HEADER));
    let back = Record::decode(&text).expect("decodes").reconcile(&quiz);
    assert_eq!(back, record);
    let resumed = Session::restore(quiz, back.history, back.session);
    assert_eq!(resumed.deck(), s.deck(), "never reshuffled");
    assert_eq!(resumed.position(), (2, 3));
    assert_eq!(
        resumed.phase(),
        &Phase::Asking { role: Some(id("rep")), team: None },
        "even a half-made choice"
    );
    assert_eq!(resumed.answers(), s.answers());
}

#[test]
fn the_test_policy_is_kept_on_a_line_of_its_own_that_older_records_lack() {
    let quiz = mini();
    let s =
        started(quiz.clone(), Deal { seed: 9, count: Some(3), feedback: Feedback::Test, ..Deal::default() });
    let s = answer(&s, true, 1_000);
    assert_eq!(s.position(), (2, 3), "straight on to the next card");
    let text = Record { quiz: "mini".into(), session: s.saved(), history: s.history().clone() }.encode();
    assert!(text.contains("\nfeedback\ttest\n"), "{text}");
    let back = Record::decode(&text).expect("decodes");
    let resumed = Session::restore(quiz.clone(), back.history, back.session);
    assert_eq!(resumed.deal().feedback, Feedback::Test, "a resumed test is still a test");

    let practice = Record::decode(&text.replace("feedback\ttest\n", "")).expect("an older record");
    assert_eq!(practice.session.expect("in progress").deal.feedback, Feedback::Practice);
    assert!(Record::decode(&text.replace("feedback\ttest", "feedback\tsometimes")).is_err());

    let self_check =
        Record::decode(&text.replace("feedback\ttest", "feedback\tself-check")).expect("decodes");
    assert_eq!(self_check.session.expect("in progress").deal.feedback, Feedback::SelfCheck);
}

#[test]
fn self_check_shows_the_chart_after_each_answer_and_still_keeps_progress() {
    let quiz = mini();
    let s = started(
        quiz.clone(),
        Deal { seed: 9, count: Some(3), feedback: Feedback::SelfCheck, ..Deal::default() },
    );
    let s = answer(&s, false, 1_000);
    assert_eq!(s.phase(), &Phase::Feedback, "the chart's answer is shown to compare with");
    assert!(!s.feedback().scored());
    assert_eq!(s.history().items.len(), 1, "the answer still counts for spacing and review");
    let text = Record { quiz: "mini".into(), session: s.saved(), history: s.history().clone() }.encode();
    assert!(text.contains("\nfeedback\tself-check\n"), "{text}");
    let back = Record::decode(&text).expect("decodes");
    let resumed = Session::restore(quiz, back.history, back.session);
    assert_eq!(resumed.deal().feedback, Feedback::SelfCheck);
    assert_eq!(resumed.phase(), &Phase::Feedback);
}

#[test]
fn the_record_stays_small() {
    // A whole 63-scenario session plus history: a few KB, far inside any browser quota.
    let bank = Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("bank"));
    let mut s = started(bank, Deal { seed: 1, ..Deal::default() });
    while s.phase() != &Phase::Finished {
        s = answer(&s, true, 5).step(Action::Next).expect("next");
    }
    let text = Record { quiz: "cm-vs-smm".into(), session: s.saved(), history: s.history().clone() }.encode();
    assert!(text.len() < 12_000, "record is {} bytes", text.len());
}

#[test]
fn damaged_records_are_unreadable_not_half_read() {
    assert!(Record::decode("").is_err());
    assert!(Record::decode("{\"json\": true}").is_err());
    let bad = format!("{HEADER}\nquiz\tmini\nitem\tbroken-login\t9\t0\t1\t0\t1\n");
    assert_eq!(Record::decode(&bad).map_err(|e| e.line), Err(3), "box 9 does not exist");
    let bad = format!("{HEADER}\nanswer\tbroken-login\tagent\n");
    assert!(Record::decode(&bad).is_err(), "a short line of a known kind");
    let bad = format!("{HEADER}\ncard\t<script>\tagent\tsupport\n");
    assert!(Record::decode(&bad).is_err(), "not an id");
    // Lines of kinds a newer version might add are skipped.
    let newer = format!("{HEADER}\nquiz\tmini\nstreak\t12\n");
    assert_eq!(Record::decode(&newer).map(|r| r.quiz), Ok("mini".to_string()));
}

#[test]
fn reconciling_with_a_changed_quiz_keeps_what_still_exists() {
    let quiz = mini();
    let text = format!(
        "{HEADER}\nquiz\tmini\ndeal\t3\t-\t-\t-\t0\n\
         card\tbroken-login\trep,agent\trevenue,support\n\
         card\tgone-scenario\tagent,rep\tsupport,revenue\n\
         card\tbigger-plan\trep,old-role,agent\tsupport,revenue\n\
         answer\tbroken-login\tagent\tsupport\t10\n\
         phase\tasking\t-\t-\n\
         item\tbroken-login\t2\t99\t1\t0\t1\n\
         item\tgone-scenario\t3\t99\t2\t0\t1\n"
    );
    let record = Record::decode(&text).expect("decodes").reconcile(&quiz);
    let items: Vec<&str> = record.history.items.iter().map(|i| &*i.scenario).collect();
    assert_eq!(items, ["broken-login"], "history of a deleted scenario is dropped");
    let s = record.session.expect("session kept");
    let deck: Vec<&str> = s.deck.iter().map(|c| &*c.scenario).collect();
    assert_eq!(deck, ["broken-login", "bigger-plan"]);
    assert_eq!(s.deck[0].roles, [id("rep"), id("agent")], "saved order kept");
    assert_eq!(s.deck[1].roles, [id("rep"), id("agent")], "a removed option is dropped");
    assert_eq!(s.answers.len(), 1, "the answer to a card that still exists is kept");
    assert_eq!(s.phase, Phase::Asking { role: None, team: None });
}

#[test]
fn a_session_whose_cards_all_vanished_is_dropped_but_history_stays() {
    let quiz = mini();
    let text = format!(
        "{HEADER}\nquiz\tmini\ndeal\t3\t-\t-\t-\t0\ncard\tgone\tagent\tsupport\nphase\tfeedback\n\
         item\tbigger-plan\t1\t0\t0\t1\t0\n"
    );
    let record = Record::decode(&text).expect("decodes").reconcile(&quiz);
    assert_eq!(record.session, None);
    assert_eq!(record.history.items.len(), 1);
}

#[test]
fn leitner_boxes_move_up_when_right_and_back_to_one_when_not() {
    let mut h = History::default();
    let s = id("broken-login");
    h.record(&s, RIGHT, 0);
    assert_eq!(h.item(&s).map(|i| (i.level, i.due)), Some((2, DAY)));
    h.record(&s, RIGHT, DAY);
    assert_eq!(h.item(&s).map(|i| (i.level, i.due)), Some((3, 4 * DAY)));
    for n in 0..5 {
        h.record(&s, RIGHT, n);
    }
    assert_eq!(h.item(&s).map(|i| i.level), Some(TOP_BOX), "capped");
    h.record(&s, HALF, 50 * DAY);
    let item = h.item(&s).expect("item");
    assert_eq!((item.level, item.due, item.last_right), (1, 50 * DAY, false), "half right counts as missed");
    assert_eq!((item.right, item.wrong), (7, 1));
}

#[test]
fn practice_takes_due_scenarios_first_then_new_then_the_rest() {
    let mut h = History::default();
    h.record(&id("a"), RIGHT, 0); // due in a day
    h.record(&id("b"), HALF, 0); // due now
    let order = h.practice_order(&[id("a"), id("b"), id("c")], 10);
    assert_eq!(order, [id("b"), id("c"), id("a")]);
    let order = h.practice_order(&[id("a"), id("b"), id("c")], 2 * DAY);
    assert_eq!(order, [id("b"), id("a"), id("c")], "once due, a comes before the unseen c");
}

#[test]
fn dealing_puts_due_scenarios_first() {
    let quiz = mini();
    let mut s = started(quiz.clone(), Deal { seed: 4, count: Some(4), at: 0, ..Deal::default() });
    let mut missed = None;
    for n in 0..4 {
        let right = n != 2;
        if !right {
            missed = s.current().map(|c| c.scenario.clone());
        }
        s = answer(&s, right, 0).step(Action::Next).expect("next");
    }
    let missed = missed.expect("one missed");
    // A day and a half later: the missed one (due at once) and the others (due after a day) are all due;
    // the missed one is most overdue. An hour later, only the missed one is due.
    let again = s.step(Action::Restart).expect("restart");
    let next = again.step(Action::Start(Deal { seed: 99, count: Some(1), at: 3_600_000, ..Deal::default() }));
    assert_eq!(next.and_then(|n| n.current().map(|c| c.scenario.clone())), Some(missed.clone()));
    assert_eq!(again.history().missed(&quiz), [missed]);
}

#[test]
fn review_brings_a_missed_card_back_until_it_is_right() {
    let quiz = mini();
    let deal = Deal { seed: 1, only: vec![id("bigger-plan")], review: true, ..Deal::default() };
    let s = started(quiz, deal);
    assert_eq!(s.deck().len(), 1);
    let s = answer(&s, false, 1);
    assert!(!s.is_last(), "a card answered wrongly in review is not the last: it comes back");
    let s = s.step(Action::Next).expect("next");
    assert_eq!(s.phase(), &Phase::Asking { role: None, team: None }, "it comes back");
    assert_eq!(s.position(), (2, 2));
    let s = answer(&s, false, 2).step(Action::Next).expect("next");
    assert_eq!(s.position(), (3, 3), "and again");
    let s = answer(&s, true, 3);
    assert!(s.is_last());
    let s = s.step(Action::Next).expect("next");
    assert_eq!(s.phase(), &Phase::Finished);
    assert!(s.history().missed(s.quiz()).is_empty());
}

#[test]
fn mastery_is_the_mean_box_per_row_with_unseen_as_zero() {
    let quiz = mini();
    let mut h = History::default();
    assert_eq!(h.mastery(&quiz), [0, 0, 0]);
    h.record(&id("renew-by-phone"), RIGHT, 0); // box 2 of the renewal row's two scenarios
    assert_eq!(h.mastery(&quiz), [0, 0, 20]);
}

#[test]
fn progress_can_be_reset_on_the_start_screen_only() {
    let quiz = mini();
    let fresh = Session::new(quiz.clone());
    assert!(fresh.step(Action::ResetProgress).is_none(), "nothing to reset");
    let s = started(quiz, Deal { seed: 1, count: Some(1), ..Deal::default() });
    let s = answer(&s, true, 0);
    assert!(s.step(Action::ResetProgress).is_none(), "not mid-session");
    let home = s.step(Action::Next).and_then(|s| s.step(Action::Restart)).expect("back to start");
    assert_eq!(home.history().items.len(), 1, "restart keeps history");
    let reset = home.step(Action::ResetProgress).expect("reset");
    assert!(reset.history().items.is_empty());
}

#[test]
fn progress_from_a_file_must_be_ours_and_about_this_quiz() {
    use rolecall::engine::progress::ImportError;
    let quiz = mini();
    assert_eq!(Record::import("hello", &quiz), Err(ImportError::Unreadable));
    let other = format!("{HEADER}\nquiz\tcm-vs-smm\n");
    assert_eq!(Record::import(&other, &quiz), Err(ImportError::OtherQuiz("cm-vs-smm".into())));
    let ours =
        format!("{HEADER}\nquiz\tmini\nitem\tbroken-login\t3\t0\t2\t0\t1\nitem\tgone\t2\t0\t1\t0\t1\n");
    let record = Record::import(&ours, &quiz).expect("imports");
    assert_eq!(record.history.items.len(), 1, "reconciled with this quiz");
}

#[test]
fn importing_replaces_progress_on_the_start_screen_only() {
    let quiz = mini();
    let ours = format!("{HEADER}\nquiz\tmini\nitem\tbroken-login\t3\t0\t2\t0\t1\n");
    let record = Record::import(&ours, &quiz).expect("imports");
    let home = Session::new(quiz.clone());
    let imported = home.step(Action::Import(Box::new(record.clone()))).expect("applies on the start screen");
    assert_eq!(imported.history().item("broken-login").map(|i| i.level), Some(3));
    let busy = started(quiz, Deal { seed: 1, ..Deal::default() });
    assert!(busy.step(Action::Import(Box::new(record))).is_none(), "not in the middle of a session");
}
