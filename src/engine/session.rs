//! The self-study session: a plain-data state machine.
//!
//! `Session::step(&self, Action) -> Option<Session>` returns `None` for an action that makes no sense now
//! (answering after submitting, moving on before answering, choosing an option the quiz does not offer), so
//! the UI can dispatch freely and an illegal action changes nothing. Time and randomness arrive in the
//! actions, so every step is deterministic.
//!
//! Answers are kept by id (scenario, role, team), never by position, and the dealt order is part of the
//! state, so a resumed session never reshuffles.

use std::rc::Rc;

use super::deck::{Answer, Card, Deal, Feedback, Grade, Phase, PracticeCard, grade, mark};
use super::practice::{Kind, Marks};
use super::progress::{History, Record, SavedSession};
use super::quiz::{Id, Quiz};
use super::shuffle::{Rng, sort_short};

/// Everything the learner can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Deal a fresh session and show its first card.
    Start(Deal),
    ChooseRole(Id),
    ChooseTeam(Id),
    /// Submit the current selections; `now` is the time in ms since the Unix epoch. Shows the feedback, or
    /// under [`Feedback::Test`] the next card (the results after the last).
    Submit {
        now: u64,
    },
    /// Submit a practice card's picks, (item id, option id) for every item on it (a sort board is submitted
    /// once every duty is placed; the view keeps the placements until then). Like `Submit` otherwise.
    Pick {
        picks: Vec<(Id, Id)>,
        now: u64,
    },
    /// From feedback: the next card, or the results after the last one.
    Next,
    /// From the results: deal again like last time, with a new seed.
    Retry {
        seed: u64,
    },
    /// Back to the start screen, dropping the session.
    Restart,
    /// On the start screen: forget the learner's history for this quiz.
    ResetProgress,
    /// On the start screen: take over progress brought from another browser (already reconciled with
    /// this quiz), resuming its session if it had one in progress.
    Import(Box<Record>),
}

/// A self-study session over one quiz, with the learner's history across sessions.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    quiz: Rc<Quiz>,
    deal: Deal,
    deck: Vec<Card>,
    answers: Vec<Answer>,
    phase: Phase,
    history: Rc<History>,
}

impl Session {
    /// A session on the start screen, with no history.
    pub fn new(quiz: Rc<Quiz>) -> Self {
        Self::restore(quiz, History::default(), None)
    }

    /// A session as saved (already reconciled with `quiz`, see [`crate::engine::progress::Record::reconcile`]),
    /// or on the start screen with the learner's history when nothing was in progress. Never reshuffles.
    pub fn restore(quiz: Rc<Quiz>, history: History, saved: Option<SavedSession>) -> Self {
        let history = Rc::new(history);
        match saved {
            Some(s) if !s.deck.is_empty() => {
                Self { quiz, deal: s.deal, deck: s.deck, answers: s.answers, phase: s.phase, history }
            }
            _ => Self {
                quiz,
                deal: Deal::default(),
                deck: Vec::new(),
                answers: Vec::new(),
                phase: Phase::Ready,
                history,
            },
        }
    }

    /// What to save: the session in progress (none on the start screen).
    pub fn saved(&self) -> Option<SavedSession> {
        (self.phase != Phase::Ready).then(|| SavedSession {
            deal: self.deal.clone(),
            deck: self.deck.clone(),
            answers: self.answers.clone(),
            phase: self.phase.clone(),
        })
    }

    /// Everything to keep for this quiz: the session in progress and the learner's history.
    pub fn record(&self) -> Record {
        Record {
            quiz: self.quiz.id.to_string(),
            session: self.saved(),
            history: (*self.history).clone(),
            ..Record::default()
        }
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    pub fn deal(&self) -> &Deal {
        &self.deal
    }

    pub fn quiz(&self) -> &Rc<Quiz> {
        &self.quiz
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// When this session marks answers (as dealt).
    pub fn feedback(&self) -> Feedback {
        self.deal.feedback
    }

    pub fn deck(&self) -> &[Card] {
        &self.deck
    }

    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// The card on screen: the one being asked, or the one whose feedback is shown.
    pub fn current(&self) -> Option<&Card> {
        match self.phase {
            Phase::Asking { .. } => self.deck.get(self.answers.len()),
            Phase::Feedback => self.deck.get(self.answers.len().checked_sub(1)?),
            Phase::Ready | Phase::Finished => None,
        }
    }

    /// The answer to the card on screen, once submitted.
    pub fn current_answer(&self) -> Option<&Answer> {
        match self.phase {
            Phase::Feedback => self.answers.last(),
            _ => None,
        }
    }

    /// 1-based number of the card on screen, and the deck size.
    pub fn position(&self) -> (usize, usize) {
        let n = match self.phase {
            Phase::Asking { .. } => self.answers.len() + 1,
            _ => self.answers.len(),
        };
        (n, self.deck.len())
    }

    /// Whether the card on screen is the last one (derived, never stored). In review, a card just answered
    /// wrongly is not the last: it comes back.
    pub fn is_last(&self) -> bool {
        let (n, total) = self.position();
        total > 0 && n == total && !self.comes_back()
    }

    /// In review, whether the card whose feedback is on screen will be asked again.
    fn comes_back(&self) -> bool {
        self.deal.review
            && self.phase == Phase::Feedback
            && self.answers.last().and_then(|a| self.mark(a)).is_some_and(|m| !m.is_perfect())
    }

    /// Grade an answer to a scenario against the quiz (`None` if the scenario no longer exists, or for a
    /// practice answer: see [`Session::mark`]).
    pub fn grade(&self, answer: &Answer) -> Option<Grade> {
        grade(&self.quiz, answer)
    }

    /// Points for an answer of any kind (`None` if the quiz no longer has what it answered).
    pub fn mark(&self, answer: &Answer) -> Option<Marks> {
        mark(&self.quiz, answer)
    }

    /// Apply an action; `None` when it does not apply in the current state.
    pub fn step(&self, action: Action) -> Option<Session> {
        match (action, &self.phase) {
            (Action::Start(deal), Phase::Ready) => self.dealt(deal),
            (Action::Retry { seed }, Phase::Finished) => self.dealt(Deal { seed, ..self.deal.clone() }),
            (Action::Restart, Phase::Ready) => None,
            (Action::Import(record), Phase::Ready) => {
                let record = *record;
                Some(Session::restore(self.quiz.clone(), record.history, record.session))
            }
            (Action::ResetProgress, Phase::Ready) => {
                (!self.history.items.is_empty()).then(|| Session::new(self.quiz.clone()))
            }
            (Action::Restart, _) => Some(Session::restore(self.quiz.clone(), (*self.history).clone(), None)),
            (Action::ChooseRole(id), Phase::Asking { role, team }) => {
                let card = self.current()?;
                (card.roles.contains(&id) && role.as_ref() != Some(&id))
                    .then(|| self.with_phase(Phase::Asking { role: Some(id), team: team.clone() }))
            }
            (Action::ChooseTeam(id), Phase::Asking { role, team }) => {
                let card = self.current()?;
                (card.teams.contains(&id) && team.as_ref() != Some(&id))
                    .then(|| self.with_phase(Phase::Asking { role: role.clone(), team: Some(id) }))
            }
            (Action::Submit { now }, Phase::Asking { role: Some(role), team: Some(team) }) => {
                let card = self.current()?;
                if card.practice.is_some() {
                    return None;
                }
                let answer = Answer::scenario(card.scenario.clone(), role.clone(), team.clone(), now);
                let mut next = self.with_phase(Phase::Feedback);
                // The learner's history moves with every answer: it is what spaced practice and review use.
                if let Some(g) = grade(&self.quiz, &answer) {
                    Rc::make_mut(&mut next.history).record(&answer.scenario, g, now);
                }
                next.answers.push(answer);
                // Under the test policy there is no feedback screen: move straight on.
                Some(if self.deal.feedback == Feedback::Test { next.leave_feedback() } else { next })
            }
            (Action::Pick { picks, now }, Phase::Asking { .. }) if super::practice::LINKED => {
                let card = self.current()?.practice.as_ref()?;
                // One pick per item of the card, in any order, each an option the card shows.
                let complete = picks.len() == card.items.len()
                    && card.items.iter().all(|i| picks.iter().filter(|(p, _)| p == i).count() == 1)
                    && picks.iter().all(|(_, o)| card.options.contains(o));
                if !complete {
                    return None;
                }
                let picks: Vec<(Id, Id)> =
                    card.items.iter().filter_map(|i| picks.iter().find(|(p, _)| p == i).cloned()).collect();
                let mut next = self.with_phase(Phase::Feedback);
                let history = Rc::make_mut(&mut next.history);
                for (item, option) in &picks {
                    if let Some(it) = self.quiz.practice.item(item) {
                        history.record_right(item, *option == it.answer, now);
                    }
                }
                next.answers.push(Answer::practice(card.items[0].clone(), picks, now));
                Some(if self.deal.feedback == Feedback::Test { next.leave_feedback() } else { next })
            }
            (Action::Next, Phase::Feedback) => Some(self.leave_feedback()),
            _ => None,
        }
    }

    /// Leave an answer's feedback (or skip it, under the test policy): in review a card not fully right goes
    /// to the back of the deck until it is; then the next card, or the results.
    fn leave_feedback(&self) -> Session {
        let mut next = self.with_phase(Phase::Asking { role: None, team: None });
        if self.comes_back()
            && let Some(card) = self.current()
        {
            next.deck.push(card.clone());
        }
        if next.answers.len() >= next.deck.len() {
            next.phase = Phase::Finished;
        }
        next
    }

    fn with_phase(&self, phase: Phase) -> Session {
        Session { phase, ..self.clone() }
    }

    fn dealt(&self, deal: Deal) -> Option<Session> {
        let deck = deal_cards_for(&self.quiz, &deal, &self.history);
        if deck.is_empty() {
            return None;
        }
        Some(Session {
            quiz: self.quiz.clone(),
            deal,
            deck,
            answers: Vec::new(),
            phase: Phase::Asking { role: None, team: None },
            history: self.history.clone(),
        })
    }
}

/// Deal cards for a learner with no history. See [`deal_cards_for`].
pub fn deal_cards(quiz: &Quiz, deal: &Deal) -> Vec<Card> {
    deal_cards_for(quiz, deal, &History::default())
}

/// Deal cards of the kinds the deal asks for (the chart's scenarios alone by default), at most `count` in
/// all. With several kinds, the cards take turns by kind ([`Kind::ALL`] order) while each kind has some
/// left. Scenarios are dealt first from the seed, exactly as before practice items existed, so a
/// scenario-only deal is the same deck it always was.
pub fn deal_cards_for(quiz: &Quiz, deal: &Deal, history: &History) -> Vec<Card> {
    deal_sized(quiz, deal, history, Kind::per_card)
}

/// Deal a class: as [`deal_cards`], but one item to a card of every kind, since a room votes once per card
/// and cannot drag a sort board's duties (see [`crate::engine::practice`]).
pub fn deal_class(quiz: &Quiz, deal: &Deal) -> Vec<Card> {
    deal_sized(quiz, deal, &History::default(), |_| 1)
}

/// The deal itself, with `size` items of a kind to a practice card.
fn deal_sized(quiz: &Quiz, deal: &Deal, history: &History, size: fn(Kind) -> usize) -> Vec<Card> {
    let mut rng = Rng::new(deal.seed);
    let count = deal.count.unwrap_or(usize::MAX).max(1);
    let scenarios = if deal.wants(Kind::Scenario) {
        deal_scenarios(quiz, deal, history, &mut rng, count)
    } else {
        Vec::new()
    };
    if !super::practice::LINKED {
        return scenarios;
    }
    let practice: Vec<Vec<Card>> = Kind::PRACTICE
        .into_iter()
        .filter(|k| deal.wants(*k))
        .map(|k| deal_practice(quiz, deal, history, &mut rng, (k, size(k))))
        .collect();
    if practice.iter().all(Vec::is_empty) {
        return scenarios;
    }
    let mut queues: Vec<std::vec::IntoIter<Card>> =
        std::iter::once(scenarios).chain(practice).map(Vec::into_iter).collect();
    let mut deck = Vec::new();
    while deck.len() < count {
        let before = deck.len();
        for queue in &mut queues {
            if deck.len() < count
                && let Some(card) = queue.next()
            {
                deck.push(card);
            }
        }
        if deck.len() == before {
            break;
        }
    }
    deck
}

/// The practice cards of one kind: the chosen items (`only` applies, chart rows do not) in a seeded order,
/// due ones first, then never seen, then the rest; grouped by question, `per_card` to a card, with the
/// question's options in a seeded order per card.
fn deal_practice(
    quiz: &Quiz,
    deal: &Deal,
    history: &History,
    rng: &mut Rng,
    (kind, per_card): (Kind, usize),
) -> Vec<Card> {
    let practice = &quiz.practice;
    let mut picked: Vec<usize> = (0..practice.items.len())
        .filter(|&i| practice.items[i].kind == kind)
        .filter(|&i| deal.only.is_empty() || deal.only.contains(&practice.items[i].id))
        .collect();
    rng.shuffle(&mut picked);
    let class = |i: usize| match history.item(&practice.items[i].id) {
        Some(item) if item.due <= deal.at => 0u8,
        None => 1,
        Some(_) => 2,
    };
    // The same key shape as the scenarios' (a zero where they keep a row's round), sorted the same way.
    let mut keyed: Vec<(u8, usize, usize, usize)> =
        picked.into_iter().enumerate().map(|(position, i)| (class(i), 0, position, i)).collect();
    sort_short(&mut keyed);
    // One pass in dealt order: an item joins the open card of its question, or opens the next one; so the
    // cards come in the order of their first items, and a kind's questions take turns too.
    let mut cards: Vec<Card> = Vec::new();
    let mut open: Vec<Option<usize>> = vec![None; practice.questions.len()];
    for (_, _, _, i) in keyed {
        let item = &practice.items[i];
        let slot = open[item.question]
            .filter(|&c| cards[c].practice.as_ref().is_some_and(|p| p.items.len() < per_card));
        match slot.and_then(|c| cards[c].practice.as_mut()) {
            Some(card) => card.items.push(item.id.clone()),
            None => {
                let mut options: Vec<Id> =
                    practice.questions[item.question].options.iter().map(|o| o.id.clone()).collect();
                // A sort's bins keep the file's order (a board's columns should not move between cards).
                if kind != Kind::Sort {
                    rng.shuffle(&mut options);
                }
                open[item.question] = Some(cards.len());
                let items = vec![item.id.clone()];
                cards.push(Card {
                    scenario: item.id.clone(),
                    roles: Vec::new(),
                    teams: Vec::new(),
                    practice: Some(PracticeCard { kind, items, options }),
                });
            }
        }
    }
    cards
}

/// The scenario cards: a seeded shuffle of the chosen scenarios, with those due for practice first, then
/// those never seen, then the rest; within each, spread so that the first cards cover as many different
/// chart rows as possible (a short session then samples the whole chart). Each card's options get a seeded
/// order.
fn deal_scenarios(quiz: &Quiz, deal: &Deal, history: &History, rng: &mut Rng, count: usize) -> Vec<Card> {
    let row_wanted =
        |row: usize| deal.rows.is_empty() || deal.rows.iter().any(|r| *r == quiz.chart.rows[row].id);
    let scenario_wanted = |id: &Id| deal.only.is_empty() || deal.only.contains(id);
    let mut picked: Vec<usize> = (0..quiz.scenarios.len())
        .filter(|&i| row_wanted(quiz.scenarios[i].row) && scenario_wanted(&quiz.scenarios[i].id))
        .collect();
    rng.shuffle(&mut picked);
    // Practice class: 0 due now, 1 never seen, 2 not yet due.
    let class = |i: usize| match history.item(&quiz.scenarios[i].id) {
        Some(item) if item.due <= deal.at => 0u8,
        None => 1,
        Some(_) => 2,
    };
    // Spread rows: within a class, the k-th scenario of each row (in shuffled order) goes into round k.
    let mut seen = vec![[0usize; 3]; quiz.chart.rows.len()];
    let mut keyed: Vec<(u8, usize, usize, usize)> = picked
        .into_iter()
        .enumerate()
        .map(|(position, i)| {
            let c = class(i);
            let slot = &mut seen[quiz.scenarios[i].row][usize::from(c)];
            let round = *slot;
            *slot += 1;
            (c, round, position, i)
        })
        .collect();
    // By class, round, then shuffled position: a total order, so the order is deterministic.
    sort_short(&mut keyed);
    keyed
        .into_iter()
        .take(count)
        .map(|(_, _, _, i)| {
            let mut roles: Vec<Id> = quiz.roles.iter().map(|c| c.id.clone()).collect();
            let mut teams: Vec<Id> = quiz.teams.iter().map(|c| c.id.clone()).collect();
            rng.shuffle(&mut roles);
            rng.shuffle(&mut teams);
            Card { scenario: quiz.scenarios[i].id.clone(), roles, teams, practice: None }
        })
        .collect()
}
