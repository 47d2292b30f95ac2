//! What the class did: per card and round, how the room voted, and the class as CSV for a spreadsheet.

use std::fmt::Write as _;

use super::{Part, Presenter, Votes, letter};
use crate::engine::deck::Card;
use crate::engine::quiz::Id;
use crate::engine::summary::Tally;

impl Presenter {
    /// Per card and round, how the room voted.
    pub fn results(&self) -> Vec<CardResult<'_>> {
        self.deck
            .iter()
            .zip(&self.votes)
            .filter_map(|(card, rounds)| {
                let scenario = self.quiz.scenario(&card.scenario)?;
                Some(CardResult {
                    card,
                    title: &scenario.title,
                    role: &scenario.role,
                    team: &scenario.team,
                    rounds,
                })
            })
            .collect()
    }

    /// The class as CSV (RFC 4180: CRLF line ends, every text field quoted): one line per scenario, round,
    /// question and option, with the option's votes and the share of that question's votes that were right.
    /// A class where phones voted has two more columns at the end, the hands counted and the phones' votes
    /// (of `votes`); one counted by hand alone keeps the columns it always had, for spreadsheets built on them.
    pub fn csv(&self) -> String {
        let phones = self.votes.iter().flatten().any(|v| !v.phones.is_empty());
        let mut out = String::from(
            "scenario_number,scenario_id,scenario_title,round,question,letter,option_id,option_label,\
             correct,votes,round_total,share_correct_percent",
        );
        out.push_str(if phones { ",hand_votes,phone_votes\r\n" } else { "\r\n" });
        for (number, result) in self.results().iter().enumerate() {
            for (round, votes) in result.rounds.iter().enumerate() {
                for (part, question, right) in
                    [(Part::Role, "role", result.role), (Part::Team, "team", result.team)]
                {
                    let tally = result.tally(round, part);
                    let share = if tally.total == 0 { String::new() } else { tally.percent().to_string() };
                    for (i, (id, hands)) in votes.of(part).iter().enumerate() {
                        let label = match part {
                            Part::Role => self.quiz.role(id),
                            Part::Team => self.quiz.team(id),
                        }
                        .map_or("", |c| &*c.label);
                        let _ = write!(
                            out,
                            "{},{},{},{},{},{},{},{},{},{},{},{}",
                            number + 1,
                            quoted(&result.card.scenario),
                            quoted(result.title),
                            round + 1,
                            quoted(question),
                            quoted(&letter(i).to_string()),
                            quoted(id),
                            quoted(label),
                            if **id == **right { "yes" } else { "no" },
                            votes.count(id),
                            tally.total,
                            share,
                        );
                        if phones {
                            let _ = write!(out, ",{hands},{}", votes.phones_for(id));
                        }
                        out.push_str("\r\n");
                    }
                }
            }
        }
        out
    }
}

/// How the room voted on one card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardResult<'a> {
    pub card: &'a Card,
    pub title: &'a str,
    /// The correct role and team ids.
    pub role: &'a Id,
    pub team: &'a Id,
    /// None, the first, or both rounds.
    pub rounds: &'a [Votes],
}

impl CardResult<'_> {
    /// Votes for the right option out of votes cast, for `part` in round `round` (0-based).
    pub fn tally(&self, round: usize, part: Part) -> Tally {
        let Some(votes) = self.rounds.get(round) else {
            return Tally::default();
        };
        let right = match part {
            Part::Role => self.role,
            Part::Team => self.team,
        };
        Tally { correct: votes.count(right), total: votes.total(part) }
    }
}

/// A CSV text field: always quoted, inner quotes doubled. A field a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`: quiz text is data.
fn quoted(text: &str) -> String {
    let guard = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { "'" } else { "" };
    format!("\"{guard}{}\"", text.replace('"', "\"\""))
}
