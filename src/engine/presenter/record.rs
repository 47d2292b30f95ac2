//! The saved class, so a reload or a laptop that went to sleep lands in the same place: a serde shape
//! ([`SavedClass`], JSON in storage) with the seed, the dealt order and votes by id, so a resumed class is
//! never reshuffled, and checked against the quiz before it is resumed. Classes saved before version 2, a
//! line-based text, still resume ([`Presenter::from_record_v1`]), and so do version-2 records written before
//! phones could vote (their rounds have no `phones`) or before practice cards (their cards and deal have
//! no practice fields, which read back as a scenario class).

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{
    MAX_TIMER_SECS, MAX_VOTES, MIN_TIMER_SECS, Part, Phones, Presenter, Round, Stage, Timer, Votes, options,
};
use crate::engine::deck::{Card, Deal};
use crate::engine::quiz::{Choice, Id, Quiz};

/// The first line of a class saved before version 2.
pub const RECORD_HEADER_V1: &str = "rolecall-presenter 1";

/// Why a saved class could not be resumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordError {
    /// 1-based line of a version-1 record (0 when the record as a whole is wrong, and for JSON).
    pub line: usize,
    pub what: &'static str,
}

/// A class as saved: everything [`Presenter`] holds but the quiz, which it is checked against on resuming.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedClass {
    /// The format's version: 2 (version 1 was line-based text).
    pub v: u32,
    pub deal: Deal,
    pub deck: Vec<Card>,
    pub votes: Vec<Vec<Votes>>,
    pub index: usize,
    pub stage: Stage,
    pub timer: Timer,
    pub chart_shown: bool,
}

impl Presenter {
    /// The class as saved.
    pub fn saved(&self) -> SavedClass {
        SavedClass {
            v: 2,
            deal: self.deal.clone(),
            deck: self.deck.clone(),
            votes: self.votes.clone(),
            index: self.index,
            stage: self.stage,
            timer: self.timer,
            chart_shown: self.chart_shown,
        }
    }

    /// Resume a saved class, checked against `quiz`: every scenario and option must still exist, every card
    /// must offer each role and team once, votes must be for the card's options, and the place must be on
    /// the deck.
    pub fn restore(quiz: Rc<Quiz>, saved: SavedClass) -> Result<Presenter, RecordError> {
        if saved.v != 2 {
            return Err(RecordError { line: 0, what: "not a presenter record of this version" });
        }
        Presenter {
            quiz,
            deal: saved.deal,
            deck: saved.deck,
            votes: saved.votes,
            index: saved.index,
            stage: saved.stage,
            timer: saved.timer,
            chart_shown: saved.chart_shown,
        }
        .checked()
    }

    /// Resume a class from the line-based record RoleCall wrote before version 2 (`rolecall-presenter 1`),
    /// checked against `quiz` as [`Presenter::restore`] checks.
    pub fn from_record_v1(quiz: Rc<Quiz>, text: &str) -> Result<Presenter, RecordError> {
        let err = |line: usize, what: &'static str| RecordError { line, what };
        let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
        if lines.next().map(|(_, l)| l) != Some(RECORD_HEADER_V1) {
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
                        practice: None,
                    };
                    card_fits(&quiz, &card).map_err(|what| err(n, what))?;
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
        (p.index, p.stage) = at.ok_or(err(0, "no place"))?;
        p.checked()
    }

    /// This class, checked as a resumed one must be: every card fits the quiz, votes are for the card's own
    /// options, at most two rounds, and the place is on the deck.
    fn checked(self) -> Result<Presenter, RecordError> {
        let err = |what| Err(RecordError { line: 0, what });
        if self.deck.len() != self.votes.len() {
            return err("votes that do not follow the deck");
        }
        for (card, rounds) in self.deck.iter().zip(&self.votes) {
            if let Err(what) = card_fits(&self.quiz, card) {
                return err(what);
            }
            if rounds.len() > 2 {
                return err("more than two rounds");
            }
            for votes in rounds {
                let same = |counts: &[(Id, u32)], ids: &[Id]| {
                    counts.len() == ids.len() && counts.iter().zip(ids).all(|((a, _), b)| a == b)
                };
                if !same(&votes.role, options(card, Part::Role))
                    || !same(&votes.team, options(card, Part::Team))
                {
                    return err("a vote for an option the card lacks");
                }
                if votes.role.iter().chain(&votes.team).any(|(_, n)| *n > MAX_VOTES) {
                    return err("a bad count");
                }
                if let Err(what) = phones_fit(card, &votes.phones) {
                    return err(what);
                }
            }
        }
        let rounds = self.votes.get(self.index).map_or(0, Vec::len);
        let fits = match self.stage {
            Stage::Lobby => self.deck.is_empty() && self.index == 0,
            Stage::Show | Stage::Reveal => self.index < self.deck.len(),
            Stage::Summary => self.index + 1 == self.deck.len(),
            Stage::Vote { round, .. } => round.index() < rounds,
        };
        let timer_ok = (MIN_TIMER_SECS..=MAX_TIMER_SECS).contains(&self.timer.seconds);
        match (fits, timer_ok) {
            (false, _) => err("a place that is not on the deck"),
            (_, false) => err("a bad countdown length"),
            _ => Ok(self),
        }
    }
}

/// Whether a saved card can be shown for `quiz`: its scenario still exists and it offers each of the quiz's
/// roles and teams exactly once; or, for a practice card, its one item still exists, of the card's kind, and
/// the card offers each option of the item's question exactly once.
fn card_fits(quiz: &Quiz, card: &Card) -> Result<(), &'static str> {
    let same = |ids: &[Id], all: &[Choice]| ids.len() == all.len() && all.iter().all(|c| ids.contains(&c.id));
    if let Some(practice) = &card.practice {
        let item = match practice.items.as_slice() {
            [id] if *id == card.scenario => quiz.practice.item(id),
            _ => return Err("a practice card that is not one item"),
        };
        let Some(item) = item.filter(|i| i.kind == practice.kind) else {
            return Err("an item the quiz no longer has");
        };
        if !card.roles.is_empty()
            || !card.teams.is_empty()
            || !same(&practice.options, quiz.practice.options_of(item))
        {
            return Err("options that are not the quiz's");
        }
        return Ok(());
    }
    if quiz.scenario(&card.scenario).is_none() {
        return Err("a scenario the quiz no longer has");
    }
    if !same(&card.roles, &quiz.roles) || !same(&card.teams, &quiz.teams) {
        return Err("options that are not the quiz's");
    }
    Ok(())
}

/// Whether a round's phone votes can be kept: per question, each of that question's options on the card at
/// most once, with a count in bounds.
fn phones_fit(card: &Card, phones: &Phones) -> Result<(), &'static str> {
    for (counts, options) in
        [(&phones.role, options(card, Part::Role)), (&phones.team, options(card, Part::Team))]
    {
        for (i, (id, n)) in counts.iter().enumerate() {
            if !options.contains(id) || counts[..i].iter().any(|(k, _)| k == id) {
                return Err("a vote for an option the card lacks");
            }
            if *n > MAX_VOTES {
                return Err("a bad count");
            }
        }
    }
    Ok(())
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
