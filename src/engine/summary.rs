//! Results of a session: the score per part (role, team) and per chart row.

use super::deck::{Answer, grade};
use super::quiz::Quiz;

/// Right answers out of answers given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub correct: u32,
    pub total: u32,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.correct += u32::from(right);
    }

    /// Whole-number percentage, rounded down (0 when nothing was answered).
    pub fn percent(self) -> u32 {
        (self.correct * 100).checked_div(self.total).unwrap_or(0)
    }
}

/// How one chart row went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowResult {
    /// Index into the quiz's chart rows.
    pub row: usize,
    pub role: Tally,
    pub team: Tally,
}

impl RowResult {
    /// Points on this row out of points possible (two per scenario).
    pub fn points(&self) -> Tally {
        Tally { correct: self.role.correct + self.team.correct, total: self.role.total + self.team.total }
    }
}

/// The results screen's numbers.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Summary {
    /// Role questions right out of answered.
    pub role: Tally,
    /// Team questions right out of answered.
    pub team: Tally,
    /// Scenarios with both parts right.
    pub perfect: Tally,
    /// Rows that had at least one scenario, in chart order.
    pub rows: Vec<RowResult>,
}

impl Summary {
    /// Points (one per right part) out of points possible.
    pub fn points(&self) -> Tally {
        Tally { correct: self.role.correct + self.team.correct, total: self.role.total + self.team.total }
    }
}

/// Summarise answers against a quiz. Answers to scenarios the quiz no longer has are skipped.
pub fn summarize(quiz: &Quiz, answers: &[Answer]) -> Summary {
    let mut summary = Summary::default();
    let mut rows: Vec<Option<RowResult>> = vec![None; quiz.chart.rows.len()];
    for answer in answers {
        let (Some(g), Some(scenario)) = (grade(quiz, answer), quiz.scenario(&answer.scenario)) else {
            continue;
        };
        summary.role.add(g.role);
        summary.team.add(g.team);
        summary.perfect.add(g.is_perfect());
        let row = rows[scenario.row].get_or_insert_with(|| RowResult {
            row: scenario.row,
            role: Tally::default(),
            team: Tally::default(),
        });
        row.role.add(g.role);
        row.team.add(g.team);
    }
    summary.rows = rows.into_iter().flatten().collect();
    summary
}
