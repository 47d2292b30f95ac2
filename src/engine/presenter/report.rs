//! What the class did: per card and round, how the room voted; the share right per kind of card; and the
//! class as CSV for a spreadsheet.

use std::fmt::Write as _;

use super::{Part, Presenter, Votes, letter};
use crate::engine::deck::Card;
use crate::engine::practice::Kind;
use crate::engine::quiz::Id;
use crate::engine::summary::Tally;

impl Presenter {
    /// Per card and round, how the room voted.
    pub fn results(&self) -> Vec<CardResult<'_>> {
        self.deck
            .iter()
            .zip(&self.votes)
            .filter_map(|(card, rounds)| {
                if card.practice.is_some() {
                    let practice = &self.quiz.practice;
                    let item = practice.item(&card.scenario)?;
                    let options = practice.options_of(item);
                    let topic = match practice.list_of(item) {
                        Some(list) => &list.label,
                        None => &options.iter().find(|o| o.id == item.answer)?.label,
                    };
                    return Some(CardResult {
                        card,
                        kind: item.kind,
                        title: &item.text,
                        topic,
                        role: &item.answer,
                        team: None,
                        rounds,
                    });
                }
                let scenario = self.quiz.scenario(&card.scenario)?;
                Some(CardResult {
                    card,
                    kind: Kind::Scenario,
                    title: &scenario.title,
                    topic: &self.quiz.row_of(scenario).measure,
                    role: &scenario.role,
                    team: Some(&scenario.team),
                    rounds,
                })
            })
            .collect()
    }

    /// Per kind of card in the class ([`Kind::ALL`] order), the votes for the right option out of the votes
    /// cast, over every round and question: how the room did on each kind, as the learner's results give it
    /// per kind.
    pub fn kind_shares(&self) -> Vec<(Kind, Tally)> {
        let results = self.results();
        Kind::ALL
            .into_iter()
            .filter(|k| results.iter().any(|r| r.kind == *k))
            .map(|kind| {
                let mut all = Tally::default();
                for r in results.iter().filter(|r| r.kind == kind) {
                    for round in 0..r.rounds.len() {
                        for part in [Part::Role, Part::Team] {
                            let t = r.tally(round, part);
                            all.correct += t.correct;
                            all.total += t.total;
                        }
                    }
                }
                (kind, all)
            })
            .collect()
    }

    /// The class as CSV (RFC 4180: CRLF line ends, every text field quoted): one line per card, round,
    /// question and option, with the option's votes and the share of that question's votes that were right.
    /// A class where phones voted has two more columns, the hands counted and the phones' votes (of `votes`);
    /// one with practice cards has two more at the end, each card's kind and topic (a scenario's chart row,
    /// a duty's list, or the right option of the item's question), a practice card's one question named by
    /// its id. A scenario class counted by hand keeps the columns it always had, for spreadsheets built on
    /// them.
    pub fn csv(&self) -> String {
        let phones = self.votes.iter().flatten().any(|v| !v.phones.is_empty());
        let practice = self.deck.iter().any(|c| c.practice.is_some());
        let mut out = String::from(
            "scenario_number,scenario_id,scenario_title,round,question,letter,option_id,option_label,\
             correct,votes,round_total,share_correct_percent",
        );
        if phones {
            out.push_str(",hand_votes,phone_votes");
        }
        if practice {
            out.push_str(",kind,topic");
        }
        out.push_str("\r\n");
        for (number, result) in self.results().iter().enumerate() {
            let item =
                self.quiz.practice.item(&result.card.scenario).filter(|_| result.kind != Kind::Scenario);
            let question = item.map(|i| &*self.quiz.practice.question_of(i).id);
            for (round, votes) in result.rounds.iter().enumerate() {
                for part in [Part::Role, Part::Team] {
                    let (name, right) = match (part, question) {
                        (Part::Role, Some(q)) => (q, Some(result.role)),
                        (Part::Role, None) => ("role", Some(result.role)),
                        (Part::Team, _) => ("team", result.team),
                    };
                    let tally = result.tally(round, part);
                    let share = if tally.total == 0 { String::new() } else { tally.percent().to_string() };
                    for (i, (id, hands)) in votes.of(part).iter().enumerate() {
                        let label = match (item, part) {
                            (Some(item), _) => {
                                self.quiz.practice.options_of(item).iter().find(|o| o.id == *id)
                            }
                            (None, Part::Role) => self.quiz.role(id),
                            (None, Part::Team) => self.quiz.team(id),
                        }
                        .map_or("", |c| &*c.label);
                        let _ = write!(
                            out,
                            "{},{},{},{},{},{},{},{},{},{},{},{}",
                            number + 1,
                            quoted(&result.card.scenario),
                            quoted(result.title),
                            round + 1,
                            quoted(name),
                            quoted(&letter(i).to_string()),
                            quoted(id),
                            quoted(label),
                            if right == Some(id) { "yes" } else { "no" },
                            votes.count(id),
                            tally.total,
                            share,
                        );
                        if phones {
                            let _ = write!(out, ",{hands},{}", votes.phones_for(id));
                        }
                        if practice {
                            let _ = write!(out, ",{},{}", quoted(result.kind.tag()), quoted(result.topic));
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
    pub kind: Kind,
    /// A scenario's title, or a practice item's text (the duty, exchange, moment or description).
    pub title: &'a str,
    /// What the card counts towards: a scenario's chart row (its measure), a duty's list, or the right
    /// option of a practice item's question (a trait, a company, a factor, a side of the talk test).
    pub topic: &'a str,
    /// The right option of the role question, or of a practice card's one question.
    pub role: &'a Id,
    /// The right team (`None` on a practice card, which asks no team question).
    pub team: Option<&'a Id>,
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
            Part::Role => Some(self.role),
            Part::Team => self.team,
        };
        Tally { correct: right.map_or(0, |id| votes.count(id)), total: votes.total(part) }
    }
}

/// A CSV text field: always quoted, inner quotes doubled. A field a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`: quiz text is data.
fn quoted(text: &str) -> String {
    let guard = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { "'" } else { "" };
    format!("\"{guard}{}\"", text.replace('"', "\"\""))
}
