//! The saved class: a small versioned text record (no JSON parser in the browser bundle), so a reload or a
//! laptop that went to sleep lands in the same place. It keeps the seed, the dealt order and votes by id, so a
//! resumed class is never reshuffled.

use std::fmt::Write as _;
use std::rc::Rc;

use super::{MAX_TIMER_SECS, MAX_VOTES, MIN_TIMER_SECS, Part, Presenter, Round, Stage, Votes};
use crate::engine::quiz::{Choice, Id, Quiz};
use crate::engine::deck::{Card, Deal};

/// The first line of a saved class: the format's name and version.
const RECORD_HEADER: &str = "rolecall-presenter 1";

/// Why a saved class could not be resumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based line of the record (0 when the record as a whole is wrong).
    pub line: usize,
    pub what: &'static str,
}

impl Presenter {
    /// The class as a small versioned text record: seed, count, countdown, deck order, place and votes by id.
    /// Ids are letters, digits, `-` and `_` (the loader checks), so spaces and commas separate them safely.
    pub fn record(&self) -> String {
        let mut out = format!("{RECORD_HEADER}\n");
        let _ = writeln!(out, "seed {}", self.deal.seed);
        if let Some(count) = self.deal.count {
            let _ = writeln!(out, "count {count}");
        }
        for row in &self.deal.rows {
            let _ = writeln!(out, "row {row}");
        }
        let deadline = self.timer.deadline.map_or("-".to_string(), |d| d.to_string());
        let _ = writeln!(out, "timer {} {deadline}", self.timer.seconds);
        let _ = writeln!(out, "chart {}", if self.chart_shown { "shown" } else { "hidden" });
        let _ = writeln!(out, "at {} {}", self.index, stage_name(self.stage));
        for (card, rounds) in self.deck.iter().zip(&self.votes) {
            let _ = writeln!(out, "card {} {} {}", card.scenario, card.roles.join(","), card.teams.join(","));
            for votes in rounds {
                out.push_str("votes");
                for (id, n) in votes.role.iter().chain(&votes.team) {
                    let _ = write!(out, " {id}={n}");
                }
                out.push('\n');
            }
        }
        out
    }

    /// Resume a class from [`Presenter::record`]'s text, checked against `quiz`: every scenario and option must
    /// still exist, every card must offer each role and team once, and the place must be on the deck.
    pub fn from_record(quiz: Rc<Quiz>, text: &str) -> Result<Presenter, RecordError> {
        let err = |line: usize, what: &'static str| RecordError { line, what };
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
        if lines.next().map(|(_, l)| l) != Some(RECORD_HEADER) {
            return Err(err(1, "not a presenter record of this version"));
        }
        let mut p = Presenter::new(quiz.clone(), Deal::default());
        let mut at: Option<(usize, Stage)> = None;
        for (n, line) in lines {
            let mut words = line.split(' ');
            let word = words.next().unwrap_or_default();
            let rest: Vec<&str> = words.collect();
            match (word, rest.as_slice()) {
                ("seed", [seed]) => p.deal.seed = seed.parse().map_err(|_| err(n, "a bad seed"))?,
                ("count", [count]) => p.deal.count = Some(count.parse().map_err(|_| err(n, "a bad count"))?),
                ("row", [row]) => p.deal.rows.push((*row).into()),
                ("timer", [secs, deadline]) => {
                    p.timer.seconds = secs
                        .parse()
                        .ok()
                        .filter(|s| (MIN_TIMER_SECS..=MAX_TIMER_SECS).contains(s))
                        .ok_or(err(n, "a bad countdown length"))?;
                    p.timer.deadline = match *deadline {
                        "-" => None,
                        d => Some(d.parse().map_err(|_| err(n, "a bad countdown deadline"))?),
                    };
                }
                ("chart", ["shown"]) => p.chart_shown = true,
                ("chart", ["hidden"]) => p.chart_shown = false,
                ("at", [index, stage]) => {
                    let index = index.parse().map_err(|_| err(n, "a bad place"))?;
                    at = Some((index, parse_stage(stage).ok_or(err(n, "a bad stage"))?));
                }
                ("card", [scenario, roles, teams]) => {
                    let card = Card {
                        scenario: (*scenario).into(),
                        roles: roles.split(',').map(Id::from).collect(),
                        teams: teams.split(',').map(Id::from).collect(),
                    };
                    let same = |ids: &[Id], all: &[Choice]| {
                        ids.len() == all.len() && all.iter().all(|c| ids.contains(&c.id))
                    };
                    if quiz.scenario(scenario).is_none() {
                        return Err(err(n, "a scenario the quiz no longer has"));
                    }
                    if !same(&card.roles, &quiz.roles) || !same(&card.teams, &quiz.teams) {
                        return Err(err(n, "options that are not the quiz's"));
                    }
                    p.deck.push(card);
                    p.votes.push(Vec::new());
                }
                ("votes", counts) => {
                    let (Some(card), Some(rounds)) = (p.deck.last(), p.votes.last_mut()) else {
                        return Err(err(n, "votes before any card"));
                    };
                    if rounds.len() == 2 {
                        return Err(err(n, "more than two rounds"));
                    }
                    let mut votes = Votes::zero(card);
                    for pair in counts {
                        let (id, count) = pair.split_once('=').ok_or(err(n, "a bad count"))?;
                        let count: u32 =
                            count.parse().ok().filter(|c| *c <= MAX_VOTES).ok_or(err(n, "a bad count"))?;
                        let slot =
                            votes.role.iter_mut().chain(votes.team.iter_mut()).find(|(k, _)| &**k == id);
                        slot.ok_or(err(n, "a vote for an option the card lacks"))?.1 = count;
                    }
                    rounds.push(votes);
                }
                _ => return Err(err(n, "a line this version does not know")),
            }
        }
        let (index, stage) = at.ok_or(err(0, "no place"))?;
        let rounds = p.votes.get(index).map_or(0, Vec::len);
        let fits = match stage {
            Stage::Lobby => p.deck.is_empty() && index == 0,
            Stage::Show | Stage::Reveal => index < p.deck.len(),
            Stage::Summary => index + 1 == p.deck.len(),
            Stage::Vote { round, .. } => round.index() < rounds,
        };
        if !fits {
            return Err(err(0, "a place that is not on the deck"));
        }
        p.index = index;
        p.stage = stage;
        Ok(p)
    }
}

fn stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::Lobby => "lobby",
        Stage::Show => "show",
        Stage::Vote { round: Round::First, part: Part::Role } => "vote-1-role",
        Stage::Vote { round: Round::First, part: Part::Team } => "vote-1-team",
        Stage::Vote { round: Round::Second, part: Part::Role } => "vote-2-role",
        Stage::Vote { round: Round::Second, part: Part::Team } => "vote-2-team",
        Stage::Reveal => "reveal",
        Stage::Summary => "summary",
    }
}

fn parse_stage(name: &str) -> Option<Stage> {
    [
        Stage::Lobby,
        Stage::Show,
        Stage::Vote { round: Round::First, part: Part::Role },
        Stage::Vote { round: Round::First, part: Part::Team },
        Stage::Vote { round: Round::Second, part: Part::Role },
        Stage::Vote { round: Round::Second, part: Part::Team },
        Stage::Reveal,
        Stage::Summary,
    ]
    .into_iter()
    .find(|&s| stage_name(s) == name)
}
