//! The example banks beside the built-in one. `assets/quizzes/support-or-sales.toml`: a chart with its own
//! columns, three roles, four teams and a channel-dependent row. It proves the engine knows nothing of the
//! built-in bank's names: the file loads, covers its chart, and whole sessions run over it, graded and
//! summarised per row, saved and resumed. `assets/quizzes/launch-raci.toml`, a product launch's RACI written
//! only from docs/quiz-format.md: it loads, covers its chart, and plays through.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::{Deal, Phase};
use rolecall::engine::load::load;
use rolecall::engine::progress::Record;
use rolecall::engine::quiz::{Id, Owner, Quiz};
use rolecall::engine::session::{Action, Session};
use rolecall::engine::summary::{Tally, summarize};

const SUPPORT: &str = include_str!("../assets/quizzes/support-or-sales.toml");
const BANK: &str = include_str!("../assets/quizzes/cm-vs-smm.toml");
const LAUNCH: &str = include_str!("../assets/quizzes/launch-raci.toml");

fn quiz() -> Rc<Quiz> {
    Rc::new(load(SUPPORT).unwrap_or_else(|p| panic!("support-or-sales.toml has problems: {p:#?}")))
}

fn launch() -> Rc<Quiz> {
    Rc::new(load(LAUNCH).unwrap_or_else(|p| panic!("launch-raci.toml has problems: {p:#?}")))
}

fn ids<'a>(items: impl Iterator<Item = &'a Id>) -> Vec<&'a str> {
    items.map(|i| &**i).collect()
}

/// Answer the card on screen: rightly, or with the first offered role and team that are wrong.
fn answer(s: &Session, right: bool, now: u64) -> Session {
    let card = s.current().expect("a card is on screen").clone();
    let sc = s.quiz().scenario(&card.scenario).expect("the card's scenario").clone();
    let (role, team) = if right {
        (sc.role.clone(), sc.team.clone())
    } else {
        let wrong =
            |options: &[Id], right: &Id| options.iter().find(|o| *o != right).expect("a wrong one").clone();
        (wrong(&card.roles, &sc.role), wrong(&card.teams, &sc.team))
    };
    let s = s.step(Action::ChooseRole(role)).expect("choose the role");
    let s = s.step(Action::ChooseTeam(team)).expect("choose the team");
    s.step(Action::Submit { now }).expect("submit")
}

#[test]
fn it_loads_with_its_own_chart_roles_teams_and_channels() {
    let quiz = quiz();
    assert_eq!(&*quiz.id, "support-or-sales");
    assert_eq!(ids(quiz.roles.iter().map(|c| &c.id)), ["agent", "ae", "csm"]);
    assert_eq!(ids(quiz.teams.iter().map(|c| &c.id)), ["support", "sales", "success", "billing"]);
    assert_eq!(ids(quiz.channels.iter().map(|c| &c.id)), ["chat", "meeting"]);
    let columns = &quiz.chart.columns;
    assert_eq!(
        (&*columns.measure, &*columns.role, &*columns.accountability),
        ("Customer moment", "Handled by", "Team that answers for it")
    );
    assert_eq!(quiz.chart.rows.len(), 7);
    // No role, row or column heading is shared with the built-in bank: the engine takes them from the file.
    let bank = load(BANK).expect("the bank loads");
    assert!(quiz.roles.iter().all(|r| bank.role(&r.id).is_none()));
    assert!(quiz.chart.rows.iter().all(|r| bank.chart.rows.iter().all(|b| b.id != r.id)));
    assert_ne!(bank.chart.columns, quiz.chart.columns);
    assert_ne!((bank.roles.len(), bank.teams.len()), (quiz.roles.len(), quiz.teams.len()));
}

#[test]
fn its_channel_dependent_row_gives_a_role_per_channel() {
    let quiz = quiz();
    let by_channel: Vec<_> =
        quiz.chart.rows.iter().filter(|r| matches!(r.owner, Owner::ByChannel(_))).collect();
    assert_eq!(by_channel.len(), 1);
    let how_to = by_channel[0];
    assert_eq!(&*how_to.id, "how-to");
    assert_eq!(how_to.role_for(Some("chat")).map(|r| &**r), Some("agent"));
    assert_eq!(how_to.role_for(Some("meeting")).map(|r| &**r), Some("csm"));
    assert_eq!(how_to.role_for(None), None);
    // Its wording comes from the file; another row's accountability cell too.
    assert!(how_to.role_text.starts_with("Support agent in chat"));
    let billing = quiz.chart.rows.iter().find(|r| &*r.id == "billing").expect("billing row");
    assert_eq!(&*billing.accountability, "Finance & Billing (the agent talks to the customer)");
    // Both channels are exercised, each by two scenarios.
    for channel in ["chat", "meeting"] {
        let n = quiz.scenarios.iter().filter(|s| s.channel.as_deref() == Some(channel)).count();
        assert_eq!(n, 2, "channel {channel}");
    }
}

#[test]
fn every_row_is_covered_at_least_twice_with_a_why_for_every_option() {
    covers_its_chart(&quiz());
    covers_its_chart(&launch());
}

fn covers_its_chart(quiz: &Quiz) {
    assert!(quiz.scenarios.len() >= 12, "only {} scenarios", quiz.scenarios.len());
    for (i, row) in quiz.chart.rows.iter().enumerate() {
        let n = quiz.scenarios.iter().filter(|s| s.row == i).count();
        assert!(n >= 2, "row {} has only {n} scenarios", row.id);
    }
    let options: Vec<&Id> = quiz.roles.iter().chain(&quiz.teams).map(|c| &c.id).collect();
    for scenario in &quiz.scenarios {
        for option in &options {
            let why = scenario.why(option).unwrap_or_default();
            assert!(why.len() >= 10, "scenario {} has a thin why for {option}: {why:?}", scenario.id);
            assert!(!why.contains("TODO"), "scenario {} has an unfinished why", scenario.id);
        }
        // The right answer is always the chart's (the loader checks it; this is the test's own check).
        let row = quiz.row_of(scenario);
        assert_eq!(row.role_for(scenario.channel.as_deref()), Some(&scenario.role));
        assert_eq!(row.team, scenario.team);
    }
}

#[test]
fn a_whole_session_runs_over_it_graded_and_summarised_per_row() {
    let quiz = quiz();
    let mut s =
        Session::new(quiz.clone()).step(Action::Start(Deal { seed: 11, ..Deal::default() })).expect("start");
    let total = quiz.scenarios.len();
    assert_eq!(s.deck().len(), total);
    // The first seven cards cover the seven rows: a short session samples the whole chart.
    let mut first_rows: Vec<usize> =
        s.deck().iter().take(7).filter_map(|c| quiz.scenario(&c.scenario)).map(|sc| sc.row).collect();
    first_rows.sort_unstable();
    first_rows.dedup();
    assert_eq!(first_rows.len(), 7);
    // Every card offers this quiz's three roles and four teams.
    assert!(s.deck().iter().all(|c| c.roles.len() == 3 && c.teams.len() == 4));

    // Right on even cards, wrong on both parts on odd ones.
    for n in 0..total {
        assert_eq!(s.position(), (n + 1, total));
        s = answer(&s, n % 2 == 0, 1_000 + n as u64);
        let grade = s.current_answer().and_then(|a| s.grade(a)).expect("graded");
        assert_eq!(grade.points(), if n % 2 == 0 { 2 } else { 0 });
        s = s.step(Action::Next).expect("next");
    }
    assert_eq!(s.phase(), &Phase::Finished);

    let summary = summarize(&quiz, s.answers());
    let right = total.div_ceil(2) as u32;
    assert_eq!(summary.perfect, Tally { correct: right, total: total as u32 });
    assert_eq!(summary.points(), Tally { correct: 2 * right, total: 2 * total as u32 });
    let rows: Vec<&str> = summary.rows.iter().map(|r| &*quiz.chart.rows[r.row].id).collect();
    assert_eq!(rows, ["fix", "new-customer", "expansion", "onboarding", "renewal", "billing", "how-to"]);
    let answered: u32 = summary.rows.iter().map(|r| r.role.total).sum();
    assert_eq!(answered as usize, total);
    // Each missed scenario is due for review.
    assert_eq!(s.history().missed(&quiz).len(), total / 2);
}

#[test]
fn review_asks_the_missed_scenarios_again_until_right() {
    let quiz = quiz();
    let mut s = Session::new(quiz.clone())
        .step(Action::Start(Deal { seed: 3, count: Some(4), ..Deal::default() }))
        .expect("start");
    while s.phase() != &Phase::Finished {
        s = answer(&s, false, 5).step(Action::Next).expect("next");
    }
    let missed = s.history().missed(&quiz);
    assert_eq!(missed.len(), 4);
    let review = Deal { seed: 4, only: missed, review: true, ..Deal::default() };
    let mut s = s.step(Action::Restart).expect("restart").step(Action::Start(review)).expect("review");
    // The first card is missed again and comes back at the end; then all are answered right.
    s = answer(&s, false, 10);
    assert!(!s.is_last());
    s = s.step(Action::Next).expect("next");
    while s.phase() != &Phase::Finished {
        s = answer(&s, true, 20).step(Action::Next).expect("next");
    }
    assert_eq!(s.answers().len(), 5);
    assert!(s.history().missed(&quiz).is_empty());
}

#[test]
fn progress_on_it_is_saved_and_resumed_without_reshuffling() {
    let quiz = quiz();
    let s = Session::new(quiz.clone())
        .step(Action::Start(Deal { seed: 21, count: Some(5), ..Deal::default() }))
        .expect("start");
    let s = answer(&s, true, 100).step(Action::Next).expect("next");
    let record = s.record();
    let text = serde_json::to_string(&record).expect("serializes");
    let back = Record::read(&text, |t| serde_json::from_str(t).ok())
        .expect("the record reads back")
        .reconcile(&quiz);
    assert_eq!(back, record);
    let resumed = Session::restore(quiz, back.history, back.session);
    assert_eq!(resumed.deck(), s.deck());
    assert_eq!(resumed.position(), (2, 5));
}

#[test]
fn the_launch_raci_has_a_chart_of_its_own_with_a_row_by_channel() {
    let quiz = launch();
    assert_eq!(&*quiz.id, "launch-raci");
    assert_eq!(ids(quiz.roles.iter().map(|c| &c.id)), ["pm", "pmm", "eng-lead", "support-lead"]);
    assert_eq!(ids(quiz.teams.iter().map(|c| &c.id)), ["product", "marketing", "engineering", "support"]);
    let columns = &quiz.chart.columns;
    assert_eq!(&*columns.role, "Responsible (does the work)");
    // A row whose responsible role and accountable team are in different departments.
    let pricing = quiz.chart.rows.iter().find(|r| &*r.id == "pricing").expect("pricing row");
    assert_eq!((pricing.role_for(None).map(|r| &**r), &*pricing.team), (Some("pmm"), "product"));
    let questions = quiz.chart.rows.iter().find(|r| &*r.id == "questions").expect("questions row");
    assert_eq!(questions.role_for(Some("public")).map(|r| &**r), Some("pmm"));
    assert_eq!(questions.role_for(Some("ticket")).map(|r| &**r), Some("support-lead"));
    // Its chart is its own: no row or column heading of the other banks.
    for other in [load(BANK).expect("bank"), load(SUPPORT).expect("support")] {
        assert!(quiz.chart.rows.iter().all(|r| other.chart.rows.iter().all(|o| o.id != r.id)));
        assert_ne!(other.chart.columns, quiz.chart.columns);
    }
}

#[test]
fn a_whole_session_over_the_launch_raci_plays_through() {
    let quiz = launch();
    let mut s =
        Session::new(quiz.clone()).step(Action::Start(Deal { seed: 5, ..Deal::default() })).expect("start");
    let total = quiz.scenarios.len();
    for n in 0..total {
        s = answer(&s, n % 3 != 0, 50 + n as u64).step(Action::Next).expect("next");
    }
    assert_eq!(s.phase(), &Phase::Finished);
    let right = (0..total).filter(|n| n % 3 != 0).count() as u32;
    assert_eq!(summarize(&quiz, s.answers()).perfect, Tally { correct: right, total: total as u32 });
}
