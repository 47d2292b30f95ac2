//! The presenter-mode state machine, its tally, its CSV and its saved record: every rule, illegal actions
//! included.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::presenter::{
    DEFAULT_TIMER_SECS, MAX_VOTES, Part, Presenter, PresenterAction as A, Round, Stage, letter,
};
use rolecall::engine::quiz::{Id, Quiz};
use rolecall::engine::session::deal_cards;
use rolecall::engine::summary::Tally;

mod common;
use common::{parse_csv, resumed, saved_json};

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn bank() -> Rc<Quiz> {
    Rc::new(load(include_str!("../assets/quizzes/cm-vs-smm.toml")).expect("the bank is valid"))
}

fn deal(seed: u64, count: Option<usize>) -> Deal {
    Deal { seed, count, ..Deal::default() }
}

fn lobby(quiz: Rc<Quiz>, count: Option<usize>) -> Presenter {
    Presenter::new(quiz, deal(7, count))
}

/// Apply an action that must be legal.
fn go(p: &Presenter, action: A) -> Presenter {
    p.step(action.clone()).unwrap_or_else(|| panic!("{action:?} should apply at {:?}", p.stage()))
}

/// Apply legal actions in turn.
fn run(p: &Presenter, actions: &[A]) -> Presenter {
    actions.iter().fold(p.clone(), |p, a| go(&p, a.clone()))
}

/// The id lettered `i` of `part` on the card on screen.
fn opt(p: &Presenter, part: Part, i: usize) -> Id {
    p.lettered(part)[i].clone()
}

/// The correct (role, team) ids of the card on screen.
fn right(p: &Presenter) -> (Id, Id) {
    let s = p.quiz().scenario(&p.card().expect("a card").scenario).expect("scenario");
    (s.role.clone(), s.team.clone())
}

/// Add `n` votes to option `id`.
fn add(p: &Presenter, id: &Id, n: u32) -> Presenter {
    (0..n).fold(p.clone(), |p, _| go(&p, A::Add(id.clone())))
}

const VOTE_1_ROLE: Stage = Stage::Vote { round: Round::First, part: Part::Role };
const VOTE_1_TEAM: Stage = Stage::Vote { round: Round::First, part: Part::Team };
const VOTE_2_ROLE: Stage = Stage::Vote { round: Round::Second, part: Part::Role };
const VOTE_2_TEAM: Stage = Stage::Vote { round: Round::Second, part: Part::Team };

#[test]
fn letters_name_options_in_order() {
    assert_eq!([letter(0), letter(1), letter(3), letter(25)], ['A', 'B', 'D', 'Z']);
    assert_eq!(letter(26), '?');
}

#[test]
fn the_lobby_sets_the_count_and_next_deals_the_seeded_deck() {
    let p = lobby(mini(), None);
    assert_eq!(p.stage(), Stage::Lobby);
    assert!(p.card().is_none());
    assert_eq!(p.step(A::SetCount(0)), None, "no empty class");
    let p = go(&p, A::SetCount(3));
    assert_eq!(p.step(A::SetCount(3)), None, "no change is no step");
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), Stage::Show);
    assert_eq!(p.position(), (1, 3));
    assert_eq!(p.deck(), deal_cards(p.quiz(), &deal(7, Some(3))).as_slice(), "the self-study dealer's order");
    assert_eq!(p.lettered(Part::Role), p.deck()[0].roles.as_slice());
    assert_eq!(p.lettered(Part::Team), p.deck()[0].teams.as_slice());
    assert!(p.current_rounds().is_empty(), "nothing counted before the vote");
    assert_eq!(p.step(A::SetCount(2)), None, "the count is fixed once dealt");
}

#[test]
fn a_deal_that_selects_nothing_does_not_start() {
    let p = Presenter::new(mini(), Deal { seed: 1, rows: vec!["no-such-row".into()], ..Deal::default() });
    assert_eq!(p.step(A::Next), None, "an empty deck is no class");
}

#[test]
fn next_walks_show_vote_role_vote_team_reveal_then_the_next_card() {
    let p = go(&lobby(mini(), Some(2)), A::Next);
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), VOTE_1_ROLE);
    assert_eq!(p.counting(), Some((Round::First, Part::Role)));
    assert_eq!(p.current_rounds().len(), 1, "entering the vote opens round 1 at zero");
    assert!(p.current_rounds()[0].role.iter().chain(&p.current_rounds()[0].team).all(|(_, n)| *n == 0));
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), VOTE_1_TEAM);
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), Stage::Reveal);
    assert!(!p.is_last());
    let p = go(&p, A::Next);
    assert_eq!((p.stage(), p.position()), (Stage::Show, (2, 2)));
    assert!(p.is_last());
    let p = run(&p, &[A::Next, A::Next, A::Next, A::Next]);
    assert_eq!(p.stage(), Stage::Summary);
    assert!(p.card().is_none());
    assert_eq!(p.step(A::Next), None, "nothing after the summary");
}

#[test]
fn back_retraces_every_step_and_keeps_the_votes() {
    let p = go(&lobby(mini(), Some(2)), A::Next);
    assert_eq!(p.step(A::Back), None, "nothing before the first scenario");
    assert_eq!(lobby(mini(), None).step(A::Back), None);
    let p = run(&p, &[A::Next]);
    let role = opt(&p, Part::Role, 0);
    let p = add(&p, &role, 4);
    let p = run(&p, &[A::Next, A::Next, A::Next]);
    assert_eq!(p.position(), (2, 2));
    let p = go(&p, A::Back);
    assert_eq!((p.stage(), p.position()), (Stage::Reveal, (1, 2)));
    let p = go(&p, A::Back);
    assert_eq!(p.stage(), VOTE_1_TEAM);
    let p = go(&p, A::Back);
    assert_eq!(p.stage(), VOTE_1_ROLE);
    assert_eq!(p.current_rounds()[0].count(&role), 4, "going back keeps the tally");
    let p = go(&p, A::Back);
    assert_eq!(p.stage(), Stage::Show);
    let p = go(&p, A::Next);
    assert_eq!(p.current_rounds().len(), 1, "re-entering the vote does not open another round");
    assert_eq!(p.current_rounds()[0].count(&role), 4);
    // From the summary, back to the last reveal.
    let p = run(&p, &[A::Next, A::Next, A::Next, A::Next, A::Next, A::Next, A::Next]);
    assert_eq!(p.stage(), Stage::Summary);
    let p = go(&p, A::Back);
    assert_eq!((p.stage(), p.position()), (Stage::Reveal, (2, 2)));
}

#[test]
fn reveal_from_the_show_or_the_vote_and_back_again() {
    let p = go(&lobby(mini(), Some(2)), A::Next);
    assert_eq!(lobby(mini(), None).step(A::Reveal), None, "nothing to reveal in the lobby");
    let shown = go(&p, A::Reveal);
    assert_eq!(shown.stage(), Stage::Reveal);
    assert_eq!(shown.step(A::Reveal), None, "already revealed");
    assert_eq!(go(&shown, A::Back).stage(), Stage::Show, "no vote was taken: back to the scenario");
    assert_eq!(shown.step(A::VoteAgain), None, "no first round to repeat");
    let voting = go(&p, A::Next);
    let revealed = go(&voting, A::Reveal);
    assert_eq!(revealed.stage(), Stage::Reveal);
    assert_eq!(go(&revealed, A::Back).stage(), VOTE_1_TEAM);
    let summary = run(&revealed, &[A::Next, A::Reveal, A::Next]);
    assert_eq!(summary.stage(), Stage::Summary);
    assert_eq!(summary.step(A::Reveal), None);
}

#[test]
fn letters_tally_only_the_question_being_counted() {
    let p = run(&lobby(mini(), Some(1)), &[A::Next, A::Next]);
    let (role_a, role_b) = (opt(&p, Part::Role, 0), opt(&p, Part::Role, 1));
    let team_a = opt(&p, Part::Team, 0);
    let p = add(&p, &role_a, 3);
    let p = go(&p, A::Add(role_b.clone()));
    assert_eq!(p.step(A::Add(team_a.clone())), None, "the team question is not being counted");
    assert_eq!(p.step(A::Add("no-such-option".into())), None);
    let p = go(&p, A::Remove(role_a.clone()));
    let votes = &p.current_rounds()[0];
    assert_eq!((votes.count(&role_a), votes.count(&role_b)), (2, 1));
    assert_eq!(votes.total(Part::Role), 3);
    assert_eq!(votes.total(Part::Team), 0);
    // Counts never go below zero or above the maximum; a typed count replaces the tally.
    let p = go(&p, A::Remove(role_b.clone()));
    assert_eq!(p.step(A::Remove(role_b.clone())), None, "no negative votes");
    let p = go(&p, A::SetVotes(role_b.clone(), 25));
    assert_eq!(p.current_rounds()[0].count(&role_b), 25);
    assert_eq!(p.step(A::SetVotes(role_b.clone(), 25)), None, "no change is no step");
    assert_eq!(p.step(A::SetVotes(role_b.clone(), MAX_VOTES + 1)), None);
    let p = go(&p, A::SetVotes(role_b.clone(), MAX_VOTES));
    assert_eq!(p.step(A::Add(role_b.clone())), None, "no more than the maximum");
    // Switch to the team question with Focus, and letters count there.
    assert_eq!(p.step(A::Focus(Part::Role)), None, "already counting the role");
    let p = go(&p, A::Focus(Part::Team));
    assert_eq!(p.stage(), VOTE_1_TEAM);
    let p = go(&p, A::Add(team_a.clone()));
    assert_eq!(p.step(A::Add(role_a.clone())), None);
    assert_eq!(p.current_rounds()[0].count(&team_a), 1);
    let p = go(&p, A::Focus(Part::Role));
    assert_eq!(p.stage(), VOTE_1_ROLE);
}

#[test]
fn votes_outside_the_vote_do_nothing() {
    let show = go(&lobby(mini(), Some(1)), A::Next);
    let id = opt(&show, Part::Role, 0);
    for p in [lobby(mini(), Some(1)), show.clone(), go(&show, A::Reveal)] {
        assert_eq!(p.step(A::Add(id.clone())), None);
        assert_eq!(p.step(A::Remove(id.clone())), None);
        assert_eq!(p.step(A::SetVotes(id.clone(), 3)), None);
        assert_eq!(p.step(A::Focus(Part::Team)), None);
    }
}

#[test]
fn a_second_round_is_voted_after_the_first_and_both_are_kept() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let (role, team) = right(&p);
    assert!(p.can_vote_again());
    let p = add(&p, &role, 2);
    let p = go(&p, A::VoteAgain);
    assert_eq!(p.stage(), VOTE_2_ROLE);
    assert_eq!(p.current_rounds().len(), 2);
    assert!(!p.can_vote_again());
    assert_eq!(p.step(A::VoteAgain), None, "at most two rounds");
    let p = add(&p, &role, 5);
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), VOTE_2_TEAM);
    let p = add(&p, &team, 1);
    let p = go(&p, A::Next);
    assert_eq!(p.stage(), Stage::Reveal);
    assert_eq!(p.current_rounds()[0].count(&role), 2);
    assert_eq!(p.current_rounds()[1].count(&role), 5);
    assert_eq!(p.current_rounds()[1].count(&team), 1);
    assert_eq!(p.step(A::VoteAgain), None);
    // Back walks through round 2 into round 1; next from round 1 goes on into round 2.
    let back = run(&p, &[A::Back, A::Back, A::Back]);
    assert_eq!(back.stage(), VOTE_1_TEAM);
    assert_eq!(go(&back, A::Next).stage(), VOTE_2_ROLE);
    assert_eq!(go(&go(&p, A::Back), A::Back).stage(), VOTE_2_ROLE);
}

#[test]
fn a_second_round_can_start_after_the_reveal() {
    let p = run(&lobby(mini(), Some(1)), &[A::Next, A::Next, A::Next, A::Next]);
    assert_eq!(p.stage(), Stage::Reveal);
    assert!(p.can_vote_again());
    let p = go(&p, A::VoteAgain);
    assert_eq!(p.stage(), VOTE_2_ROLE);
    assert_eq!(run(&p, &[A::Next, A::Next]).stage(), Stage::Reveal);
}

#[test]
fn the_countdown_is_off_until_asked_and_derives_what_is_left() {
    let p = go(&lobby(mini(), Some(2)), A::Next);
    assert_eq!(p.timer().seconds, DEFAULT_TIMER_SECS);
    assert_eq!(p.remaining(1_000), None, "off by default");
    assert_eq!(lobby(mini(), None).step(A::ToggleTimer { now: 0 }), None, "no countdown in the lobby");
    let p = go(&p, A::SetTimer(30));
    assert_eq!(p.step(A::SetTimer(30)), None);
    assert_eq!(p.step(A::SetTimer(4)), None, "too short");
    assert_eq!(p.step(A::SetTimer(3_601)), None, "too long");
    let p = go(&p, A::ToggleTimer { now: 10_000 });
    assert_eq!(p.timer().deadline, Some(40_000));
    assert_eq!(p.remaining(25_000), Some(15_000));
    assert_eq!(p.remaining(50_000), Some(0), "run out");
    // It keeps running into the vote, stops when toggled, and restarts once it has run out.
    let p = go(&p, A::Next);
    assert_eq!(p.remaining(25_000), Some(15_000));
    assert_eq!(go(&p, A::ToggleTimer { now: 20_000 }).remaining(20_000), None);
    assert_eq!(go(&p, A::ToggleTimer { now: 50_000 }).timer().deadline, Some(80_000));
    // The reveal and the next card stop it.
    assert_eq!(go(&p, A::Reveal).remaining(0), None);
    let shown = go(&go(&lobby(mini(), Some(2)), A::Next), A::ToggleTimer { now: 0 });
    assert_eq!(shown.step(A::Reveal).and_then(|r| r.step(A::ToggleTimer { now: 0 })), None);
    assert_eq!(run(&shown, &[A::Reveal, A::Next]).remaining(0), None);
}

#[test]
fn the_chart_can_be_hidden_and_shown() {
    let p = go(&lobby(mini(), Some(1)), A::Next);
    assert!(p.chart_shown());
    assert_eq!(lobby(mini(), None).step(A::ToggleChart), None);
    let hidden = go(&p, A::ToggleChart);
    assert!(!hidden.chart_shown());
    assert!(go(&hidden, A::ToggleChart).chart_shown());
    let summary = run(&p, &[A::Reveal, A::Next]);
    assert_eq!(summary.step(A::ToggleChart), None);
}

#[test]
fn restart_goes_back_to_the_lobby_with_a_new_seed_and_the_same_settings() {
    let p = run(&lobby(mini(), Some(2)), &[A::SetTimer(45), A::Next, A::ToggleChart]);
    assert_eq!(lobby(mini(), None).step(A::Restart { seed: 9 }), None);
    let fresh = go(&p, A::Restart { seed: 9 });
    assert_eq!(fresh.stage(), Stage::Lobby);
    assert!(fresh.deck().is_empty());
    assert_eq!(fresh.deal(), &deal(9, Some(2)));
    assert_eq!(fresh.timer().seconds, 45);
    assert!(!fresh.chart_shown());
}

/// A 3-card class: card 1 with two rounds, card 2 with one round, card 3 revealed without a vote.
fn a_class() -> Presenter {
    let p = run(&lobby(bank(), Some(3)), &[A::Next, A::Next]);
    let (role, team) = right(&p);
    let wrong_role = p.lettered(Part::Role).iter().find(|r| **r != role).cloned().expect("two roles");
    let wrong_team = p.lettered(Part::Team).iter().find(|t| **t != team).cloned().expect("two teams");
    let p = add(&add(&p, &role, 3), &wrong_role, 1);
    let p = go(&p, A::Next);
    let p = add(&add(&p, &team, 1), &wrong_team, 3);
    let p = go(&p, A::VoteAgain);
    let p = add(&p, &role, 4);
    let p = go(&p, A::Next);
    let p = add(&p, &team, 4);
    let p = run(&p, &[A::Next, A::Next, A::Next]);
    let (role, _) = right(&p);
    let p = add(&p, &role, 2);
    run(&p, &[A::Next, A::Next, A::Next, A::Reveal, A::Next])
}

#[test]
fn results_give_the_share_right_per_card_round_and_question() {
    let p = a_class();
    assert_eq!(p.stage(), Stage::Summary);
    let results = p.results();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].rounds.len(), 2);
    assert_eq!(results[0].tally(0, Part::Role), Tally { correct: 3, total: 4 });
    assert_eq!(results[0].tally(0, Part::Team), Tally { correct: 1, total: 4 });
    assert_eq!(results[0].tally(1, Part::Role), Tally { correct: 4, total: 4 });
    assert_eq!(results[0].tally(1, Part::Team), Tally { correct: 4, total: 4 });
    assert_eq!(results[1].tally(0, Part::Role), Tally { correct: 2, total: 2 });
    assert_eq!(results[1].tally(0, Part::Team), Tally { correct: 0, total: 0 });
    assert_eq!(results[1].tally(1, Part::Role), Tally::default(), "no second round");
    assert!(results[2].rounds.is_empty());
}

#[test]
fn the_csv_has_a_line_per_card_round_question_and_option() {
    let p = a_class();
    let csv = p.csv();
    let rows = parse_csv(&csv);
    let header = &rows[0];
    assert_eq!(header[0], "scenario_number");
    assert_eq!(header.len(), 12, "no phone voted: no phone columns");
    assert!(rows.iter().all(|r| r.len() == 12), "every line has every column");
    // Card 1: 2 rounds × (2 roles + 4 teams); card 2: 1 round × 6; card 3: nothing voted.
    assert_eq!(rows.len(), 1 + 12 + 6);
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let first = &rows[1];
    let card = &p.deck()[0];
    let scenario = p.quiz().scenario(&card.scenario).expect("scenario");
    assert_eq!(first[col("scenario_number")], "1");
    assert_eq!(first[col("scenario_id")], &*card.scenario);
    assert_eq!(first[col("scenario_title")], &*scenario.title);
    assert_eq!(first[col("round")], "1");
    assert_eq!(first[col("question")], "role");
    assert_eq!(first[col("letter")], "A");
    assert_eq!(first[col("option_id")], &*card.roles[0]);
    assert_eq!(first[col("option_label")], &*p.quiz().role(&card.roles[0]).expect("role").label);
    let right_role = rows[1..3].iter().find(|r| r[col("correct")] == "yes").expect("one right role");
    assert_eq!(right_role[col("votes")], "3");
    assert_eq!(right_role[col("round_total")], "4");
    assert_eq!(right_role[col("share_correct_percent")], "75");
    assert_eq!(rows[1..3].iter().filter(|r| r[col("correct")] == "yes").count(), 1);
    let team_rows: Vec<_> = rows[3..7].iter().collect();
    assert!(
        team_rows.iter().all(|r| r[col("question")] == "team" && r[col("share_correct_percent")] == "25")
    );
    assert_eq!(team_rows.iter().map(|r| r[col("letter")].as_str()).collect::<Vec<_>>(), ["A", "B", "C", "D"]);
    let round2: Vec<_> = rows[7..13].iter().collect();
    assert!(round2.iter().all(|r| r[col("round")] == "2" && r[col("share_correct_percent")] == "100"));
    // Card 2's team question had no votes: no share.
    let card2_team: Vec<_> = rows[13..].iter().filter(|r| r[col("question")] == "team").collect();
    assert_eq!(card2_team.len(), 4);
    assert!(card2_team.iter().all(|r| r[col("share_correct_percent")].is_empty()));
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn quiz_text_in_the_csv_is_quoted_and_never_a_formula() {
    let text = include_str!("fixtures/mini.toml").replace(
        "label = \"Support agent\"",
        "label = \"=HYPERLINK(\\\"x\\\", \\\"Agent, \\\"\\\"senior\\\"\\\"\\\")\"",
    );
    let quiz = Rc::new(load(&text).expect("still valid"));
    let p = run(&lobby(quiz, Some(1)), &[A::Next, A::Next, A::Next, A::Next]);
    let csv = p.csv();
    assert!(csv.contains("\"'=HYPERLINK(\"\"x\"\", \"\"Agent, \"\"\"\"senior\"\"\"\"\"\")\""), "{csv}");
    let rows = parse_csv(&csv);
    let label = rows.iter().map(|r| r[7].as_str()).find(|l| l.contains("HYPERLINK")).expect("the label");
    assert_eq!(label, "'=HYPERLINK(\"x\", \"Agent, \"\"senior\"\"\")");
}

/// The class as JSON, as the presenter's page stores it (the browser's JSON writes the same text).
/// A class in the line-based record RoleCall wrote before version 2, made here as that version wrote it,
/// to prove such records still resume.
fn v1_record(p: &Presenter) -> String {
    use std::fmt::Write as _;
    let mut out = "rolecall-presenter 1\n".to_string();
    let _ = writeln!(out, "seed {}", p.deal().seed);
    if let Some(count) = p.deal().count {
        let _ = writeln!(out, "count {count}");
    }
    for row in &p.deal().rows {
        let _ = writeln!(out, "row {row}");
    }
    let timer = p.timer();
    let deadline = timer.deadline.map_or("-".to_string(), |d| d.to_string());
    let _ = writeln!(out, "timer {} {deadline}", timer.seconds);
    let _ = writeln!(out, "chart {}", if p.chart_shown() { "shown" } else { "hidden" });
    let stage = match p.stage() {
        Stage::Lobby => "lobby",
        Stage::Show => "show",
        Stage::Vote { round: Round::First, part: Part::Role } => "vote-1-role",
        Stage::Vote { round: Round::First, part: Part::Team } => "vote-1-team",
        Stage::Vote { round: Round::Second, part: Part::Role } => "vote-2-role",
        Stage::Vote { round: Round::Second, part: Part::Team } => "vote-2-team",
        Stage::Reveal => "reveal",
        Stage::Summary => "summary",
    };
    let _ = writeln!(out, "at {} {stage}", p.position().0 - 1);
    for (i, card) in p.deck().iter().enumerate() {
        let _ = writeln!(out, "card {} {} {}", card.scenario, card.roles.join(","), card.teams.join(","));
        for votes in p.rounds(i) {
            out.push_str("votes");
            for (id, n) in votes.role.iter().chain(&votes.team) {
                let _ = write!(out, " {id}={n}");
            }
            out.push('\n');
        }
    }
    out
}

#[test]
fn the_saved_class_round_trips_every_stage() {
    let class = a_class();
    let mut seen = vec![];
    let mut p = lobby(bank(), Some(3));
    // Walk the class again, saving and resuming at every step.
    let steps = [A::SetTimer(90), A::Next, A::ToggleTimer { now: 5 }, A::Next, A::ToggleChart, A::Next];
    for action in steps.into_iter().chain((0..12).map(|_| A::Next)) {
        let Some(next) = p.step(action) else { break };
        p = next;
        let json = saved_json(&p);
        assert_eq!(resumed(p.quiz().clone(), &json), Ok(p.clone()), "at {:?}:\n{json}", p.stage());
        assert_eq!(
            Presenter::from_record_v1(p.quiz().clone(), &v1_record(&p)),
            Ok(p.clone()),
            "v1 at {:?}",
            p.stage()
        );
        seen.push(p.stage());
    }
    assert!(seen.contains(&Stage::Summary));
    let again = resumed(class.quiz().clone(), &saved_json(&class)).expect("resumes");
    assert_eq!(again, class);
    assert_eq!(again.csv(), class.csv());
    let lobby = lobby(bank(), None);
    assert_eq!(resumed(bank(), &saved_json(&lobby)), Ok(lobby));
}

#[test]
fn a_resumed_class_keeps_its_order_and_votes() {
    let p = run(&lobby(bank(), Some(3)), &[A::Next, A::Next]);
    let id = opt(&p, Part::Role, 1);
    let p = add(&p, &id, 7);
    let json = saved_json(&p);
    assert!(json.starts_with(r#"{"v":2,"#), "{json}");
    assert!(json.contains(&format!(r#"["{id}",7]"#)), "votes are stored by id:\n{json}");
    let again = resumed(bank(), &json).expect("resumes");
    assert_eq!(again.deck(), p.deck(), "never reshuffled");
    assert_eq!(again.stage(), VOTE_1_ROLE);
    assert_eq!(again.current_rounds()[0].count(&id), 7);
}

#[test]
fn a_saved_class_that_does_not_fit_the_quiz_is_refused() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let good = saved_json(&p);
    let refuse = |json: &str| resumed(mini(), json).expect_err(json).what;
    assert_eq!(refuse(&good.replace(r#""v":2"#, r#""v":3"#)), "not a presenter record of this version");
    let card = p.deck()[0].scenario.to_string();
    assert_eq!(
        refuse(&good.replace(&format!(r#""{card}""#), r#""no-such-scenario""#)),
        "a scenario the quiz no longer has"
    );
    assert_eq!(refuse(&good.replace(",0]", ",10000]")), "a bad count");
    let role = p.deck()[0].roles[0].to_string();
    assert_eq!(
        refuse(&good.replacen(&format!(r#"["{role}",0]"#), r#"["nobody",0]"#, 1)),
        "a vote for an option the card lacks"
    );
    assert_eq!(refuse(&good.replace(r#""index":0"#, r#""index":5"#)), "a place that is not on the deck");
    assert_eq!(refuse(&good.replace(r#""seconds":60"#, r#""seconds":1"#)), "a bad countdown length");
    assert!(resumed(mini(), "{}").is_err(), "not a class at all");
}

#[test]
fn a_broken_or_foreign_record_is_refused_with_its_line() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let good = v1_record(&p);
    let refuse = |text: &str| Presenter::from_record_v1(mini(), text).expect_err(text);
    assert_eq!(refuse("").line, 1);
    assert_eq!(refuse(&good.replace("rolecall-presenter 1", "rolecall-presenter 2")).line, 1);
    let card = p.deck()[0].scenario.to_string();
    let line_of = |needle: &str| good.lines().position(|l| l.starts_with(needle)).expect(needle) + 1;
    assert_eq!(
        refuse(&good.replace(&format!("card {card} "), "card no-such-scenario ")).line,
        line_of("card")
    );
    let role = p.deck()[0].roles[0].to_string();
    let mut lines: Vec<String> = good.lines().map(String::from).collect();
    let card_line = line_of("card") - 1;
    lines[card_line] = lines[card_line].replacen(&format!("{role},"), &format!("{role},{role},"), 1);
    assert_eq!(refuse(&lines.join("\n")).what, "options that are not the quiz's");
    assert_eq!(refuse(&good.replace("=0", "=-1")).what, "a bad count");
    assert_eq!(refuse(&good.replace("=0", "=10000")).what, "a bad count");
    assert_eq!(
        refuse(&good.replacen(&format!(" {role}=0"), " nobody=0", 1)).what,
        "a vote for an option the card lacks"
    );
    assert_eq!(
        refuse(&good.replace("at 0 vote-1-role", "at 5 show")).what,
        "a place that is not on the deck"
    );
    assert_eq!(
        refuse(&good.replace("at 0 vote-1-role", "at 0 vote-2-role")).what,
        "a place that is not on the deck"
    );
    assert_eq!(refuse(&good.replace("at 0 vote-1-role", "at 0 dancing")).what, "a bad stage");
    assert_eq!(refuse(&good.replace("at 0 vote-1-role\n", "")).what, "no place");
    assert_eq!(refuse(&good.replace("timer 60 -", "timer 1 -")).what, "a bad countdown length");
    assert_eq!(refuse(&format!("{good}surprise 1\n")).what, "a line this version does not know");
    // The last card has no round yet: three `votes` lines after it are one too many.
    let three_rounds = format!("{good}votes\nvotes\nvotes\n");
    assert_eq!(refuse(&three_rounds).what, "more than two rounds");
}

/// The relay's tally for `part` of `round`: `counts[i]` phones on the option lettered `i` on the card on screen.
fn tally(p: &Presenter, round: Round, part: Part, counts: &[u32]) -> A {
    let counts = counts.iter().enumerate().map(|(i, n)| (opt(p, part, i), *n)).collect();
    A::PhoneTally { round, part, counts }
}

#[test]
fn phone_votes_add_to_the_hands_and_each_tally_replaces_the_last() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let (a, b) = (opt(&p, Part::Role, 0), opt(&p, Part::Role, 1));
    let p = add(&p, &a, 2);
    let p = go(&p, tally(&p, Round::First, Part::Role, &[1, 1]));
    let votes = &p.current_rounds()[0];
    assert_eq!((votes.count(&a), votes.hands(&a), votes.phones_for(&a)), (3, 2, 1));
    assert_eq!((votes.count(&b), votes.total(Part::Role), votes.phone_total(Part::Role)), (1, 4, 2));
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[1, 1])), None, "the same tally changes nothing");
    // A phone changed its vote from A to B: the counts are absolute.
    let p = go(&p, tally(&p, Round::First, Part::Role, &[0, 2]));
    let votes = &p.current_rounds()[0];
    assert_eq!((votes.count(&a), votes.count(&b), votes.total(Part::Role)), (2, 2, 4));
    // Hands are counted apart: the keys never take a phone's vote away.
    assert_eq!(p.step(A::Remove(b.clone())), None, "no hands on B; its phone votes stay");
    assert_eq!(p.current_rounds()[0].count(&b), 2);
    // The team question's tally is its own.
    let p = go(&p, tally(&p, Round::First, Part::Team, &[0, 1]));
    assert_eq!(p.current_rounds()[0].phone_total(Part::Team), 1);
    assert_eq!(p.current_rounds()[0].phone_total(Part::Role), 2);
}

#[test]
fn a_tally_with_fewer_phone_votes_than_shown_is_held_back_until_the_relay_catches_up() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let p = go(&p, tally(&p, Round::First, Part::Role, &[2, 1]));
    // The relay restarted: the phones re-send one by one.
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[0, 0])), None);
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[1, 1])), None);
    assert_eq!(p.current_rounds()[0].phone_total(Part::Role), 3, "nothing already shown is lost");
    let p = go(&p, tally(&p, Round::First, Part::Role, &[2, 2]));
    assert_eq!(p.current_rounds()[0].phones_for(&opt(&p, Part::Role, 1)), 2, "a new phone's vote shows");
}

#[test]
fn phone_tallies_are_taken_only_for_the_round_being_voted_and_its_options() {
    let p = go(&lobby(mini(), Some(2)), A::Next);
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[1, 0])), None, "not before the vote");
    let p = go(&p, A::Next);
    assert_eq!(p.step(tally(&p, Round::Second, Part::Role, &[1, 0])), None, "not another round");
    let team = opt(&p, Part::Team, 0);
    let wrong_part = A::PhoneTally { round: Round::First, part: Part::Role, counts: vec![(team, 1)] };
    assert_eq!(p.step(wrong_part), None, "a team option is no answer to the role question");
    let nobody = A::PhoneTally { round: Round::First, part: Part::Role, counts: vec![("nobody".into(), 1)] };
    assert_eq!(p.step(nobody), None);
    let a = opt(&p, Part::Role, 0);
    let twice = A::PhoneTally { round: Round::First, part: Part::Role, counts: vec![(a.clone(), 1), (a, 1)] };
    assert_eq!(p.step(twice), None, "one count per option");
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[MAX_VOTES + 1, 0])), None);
    // After the reveal the votes are closed; the second round has its own tally.
    let p = run(&p, &[tally(&p, Round::First, Part::Role, &[1, 0]), A::Reveal]);
    assert_eq!(p.step(tally(&p, Round::First, Part::Role, &[0, 1])), None, "closed by the reveal");
    let p = go(&p, A::VoteAgain);
    let p = go(&p, tally(&p, Round::Second, Part::Role, &[0, 1]));
    assert_eq!(p.current_rounds()[1].phones_for(&opt(&p, Part::Role, 1)), 1);
    assert_eq!(p.current_rounds()[0].phones_for(&opt(&p, Part::Role, 0)), 1, "round 1 as it was");
}

#[test]
fn phone_votes_are_saved_marked_in_the_csv_and_checked_on_resuming() {
    let p = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let a = opt(&p, Part::Role, 0);
    let p = add(&p, &a, 2);
    let p = go(&p, tally(&p, Round::First, Part::Role, &[2, 0]));
    let json = saved_json(&p);
    assert!(json.contains(&format!(r#""phones":{{"role":[["{a}",2]]}}"#)), "{json}");
    assert_eq!(resumed(mini(), &json), Ok(p.clone()), "a reload keeps every phone vote");
    // A class saved before phones could vote has no "phones" and still resumes.
    let before = run(&lobby(mini(), Some(2)), &[A::Next, A::Next]);
    let old = saved_json(&before);
    assert!(!old.contains("phones"), "no phones, no key: {old}");
    assert_eq!(resumed(mini(), &old), Ok(before));
    // Resuming checks the phones' counts like the hands.
    let refuse = |json: &str| resumed(mini(), json).expect_err(json).what;
    let team = opt(&p, Part::Team, 0);
    let phones = format!(r#""phones":{{"role":[["{a}",2]]}}"#);
    assert_eq!(
        refuse(&json.replace(&phones, &format!(r#""phones":{{"role":[["{team}",2]]}}"#))),
        "a vote for an option the card lacks"
    );
    assert_eq!(
        refuse(&json.replace(&phones, &format!(r#""phones":{{"role":[["{a}",2],["{a}",1]]}}"#))),
        "a vote for an option the card lacks"
    );
    assert_eq!(
        refuse(&json.replace(&phones, &format!(r#""phones":{{"role":[["{a}",10000]]}}"#))),
        "a bad count"
    );
    // The CSV gives the votes, and of them the hands and the phones, in two columns at the end.
    let p = go(&p, A::Reveal);
    let rows = parse_csv(&p.csv());
    assert_eq!(rows[0][12..], ["hand_votes", "phone_votes"]);
    assert!(rows.iter().all(|r| r.len() == 14), "every line has every column");
    let col = |name: &str| rows[0].iter().position(|h| h == name).expect(name);
    let row = rows.iter().find(|r| r[col("option_id")] == *a && r[col("round")] == "1").expect("A's line");
    assert_eq!([&row[col("votes")], &row[col("hand_votes")], &row[col("phone_votes")]], ["4", "2", "2"]);
    assert_eq!(row[col("round_total")], "4");
}
