//! Results of a session: the score per part (role, team), per chart row, and per kind of item.

use super::deck::{Answer, grade, kind_of, mark};
use super::practice::Kind;
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
    /// Practice items right out of answered (each duty of a sort board counts one).
    pub practice: Tally,
    /// Every kind answered in the session, in [`Kind::ALL`] order: its points out of points possible (a
    /// scenario's two parts count two), and the cards answered fully right out of cards answered.
    pub kinds: Vec<KindResult>,
}

/// How one kind of item went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KindResult {
    pub kind: Kind,
    pub points: Tally,
    pub perfect: Tally,
}

impl Summary {
    /// Points (one per right part or practice item) out of points possible.
    pub fn points(&self) -> Tally {
        Tally {
            correct: self.role.correct + self.team.correct + self.practice.correct,
            total: self.role.total + self.team.total + self.practice.total,
        }
    }
}

/// Summarise answers against a quiz. Answers to scenarios the quiz no longer has are skipped.
pub fn summarize(quiz: &Quiz, answers: &[Answer]) -> Summary {
    let mut summary = Summary::default();
    let mut rows: Vec<Option<RowResult>> = vec![None; quiz.chart.rows.len()];
    let mut kinds: Vec<KindResult> = Vec::new();
    for answer in answers {
        if let (Some(kind), Some(m)) = (kind_of(quiz, answer), mark(quiz, answer)) {
            let at = match kinds.iter().position(|k| k.kind == kind) {
                Some(at) => at,
                None => {
                    kinds.push(KindResult { kind, points: Tally::default(), perfect: Tally::default() });
                    kinds.len() - 1
                }
            };
            let k = &mut kinds[at];
            k.points.correct += m.right;
            k.points.total += m.total;
            k.perfect.add(m.is_perfect());
            if kind != Kind::Scenario {
                summary.practice.correct += m.right;
                summary.practice.total += m.total;
            }
        }
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
    // In `Kind::ALL` order, without a sort of its own in the browser bundle.
    summary.kinds = Kind::ALL.iter().filter_map(|k| kinds.iter().find(|r| r.kind == *k).cloned()).collect();
    summary
}
