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

use super::quiz::{Id, Quiz};
use super::shuffle::Rng;

/// How to deal a session from a quiz.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Deal {
    pub seed: u64,
    /// How many scenarios (all when `None`; at least one).
    pub count: Option<usize>,
    /// Only scenarios on these chart rows (all rows when empty). Unknown ids are ignored.
    pub rows: Vec<Id>,
    pub feedback: Feedback,
}

/// When the learner sees whether an answer was right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Feedback {
    /// After every answer: its verdict, the explanations and the deciding chart row (the feedback phase).
    #[default]
    Practice,
    /// Only at the end: submitting moves straight on to the next card, and the results show every verdict.
    Test,
}

/// One scenario as dealt: which scenario, and the order its options are shown in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub scenario: Id,
    pub roles: Vec<Id>,
    pub teams: Vec<Id>,
}

/// What the learner chose for one card, and when (milliseconds since the Unix epoch).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub scenario: Id,
    pub role: Id,
    pub team: Id,
    pub at: u64,
}

/// The two parts of an answer, graded separately (partial credit: one point each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Grade {
    pub role: bool,
    pub team: bool,
}

impl Grade {
    pub fn points(self) -> u32 {
        u32::from(self.role) + u32::from(self.team)
    }

    pub fn is_perfect(self) -> bool {
        self.role && self.team
    }
}

/// Where the session is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Not started: the start screen.
    Ready,
    /// The current card is on screen; the learner's selections so far.
    Asking { role: Option<Id>, team: Option<Id> },
    /// The last answered card's feedback is on screen (never under [`Feedback::Test`]).
    Feedback,
    /// Every card is answered: the results screen.
    Finished,
}

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
    /// From feedback: the next card, or the results after the last one.
    Next,
    /// From the results: deal again like last time, with a new seed.
    Retry {
        seed: u64,
    },
    /// Back to the start screen, dropping the session.
    Restart,
}

/// A self-study session over one quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    quiz: Rc<Quiz>,
    deal: Deal,
    deck: Vec<Card>,
    answers: Vec<Answer>,
    phase: Phase,
}

impl Session {
    /// A session on the start screen.
    pub fn new(quiz: Rc<Quiz>) -> Self {
        Self { quiz, deal: Deal::default(), deck: Vec::new(), answers: Vec::new(), phase: Phase::Ready }
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

    /// Whether the card on screen is the last one (derived, never stored).
    pub fn is_last(&self) -> bool {
        let (n, total) = self.position();
        total > 0 && n == total
    }

    /// Grade an answer against the quiz (`None` if the scenario no longer exists).
    pub fn grade(&self, answer: &Answer) -> Option<Grade> {
        grade(&self.quiz, answer)
    }

    /// Apply an action; `None` when it does not apply in the current state.
    pub fn step(&self, action: Action) -> Option<Session> {
        match (action, &self.phase) {
            (Action::Start(deal), Phase::Ready) => self.dealt(deal),
            (Action::Retry { seed }, Phase::Finished) => self.dealt(Deal { seed, ..self.deal.clone() }),
            (Action::Restart, Phase::Ready) => None,
            (Action::Restart, _) => Some(Session::new(self.quiz.clone())),
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
                let mut next = self.with_phase(Phase::Feedback);
                next.answers.push(Answer {
                    scenario: card.scenario.clone(),
                    role: role.clone(),
                    team: team.clone(),
                    at: now,
                });
                if self.deal.feedback == Feedback::Test {
                    next.phase = next.after_feedback();
                }
                Some(next)
            }
            (Action::Next, Phase::Feedback) => Some(self.with_phase(self.after_feedback())),
            _ => None,
        }
    }

    /// Where the session goes once an answer's feedback is done (or skipped): the next card, or the results.
    fn after_feedback(&self) -> Phase {
        if self.answers.len() >= self.deck.len() {
            Phase::Finished
        } else {
            Phase::Asking { role: None, team: None }
        }
    }

    fn with_phase(&self, phase: Phase) -> Session {
        Session { phase, ..self.clone() }
    }

    fn dealt(&self, deal: Deal) -> Option<Session> {
        let deck = deal_cards(&self.quiz, &deal);
        if deck.is_empty() {
            return None;
        }
        Some(Session {
            quiz: self.quiz.clone(),
            deal,
            deck,
            answers: Vec::new(),
            phase: Phase::Asking { role: None, team: None },
        })
    }
}

/// Grade an answer: each part is right when it names the scenario's correct option.
pub fn grade(quiz: &Quiz, answer: &Answer) -> Option<Grade> {
    let scenario = quiz.scenario(&answer.scenario)?;
    Some(Grade { role: answer.role == scenario.role, team: answer.team == scenario.team })
}

/// Deal cards: a seeded shuffle of the chosen scenarios, spread so that the first cards cover as many
/// different chart rows as possible (a short session then samples the whole chart), each with its options
/// in a seeded order.
pub fn deal_cards(quiz: &Quiz, deal: &Deal) -> Vec<Card> {
    let mut rng = Rng::new(deal.seed);
    let row_wanted =
        |row: usize| deal.rows.is_empty() || deal.rows.iter().any(|r| *r == quiz.chart.rows[row].id);
    let mut picked: Vec<usize> =
        (0..quiz.scenarios.len()).filter(|&i| row_wanted(quiz.scenarios[i].row)).collect();
    rng.shuffle(&mut picked);
    // Spread rows: the k-th scenario of each row (in shuffled order) goes into round k.
    let mut seen_per_row = vec![0usize; quiz.chart.rows.len()];
    let mut keyed: Vec<(usize, usize, usize)> = picked
        .into_iter()
        .enumerate()
        .map(|(position, i)| {
            let row = quiz.scenarios[i].row;
            let round = seen_per_row[row];
            seen_per_row[row] += 1;
            (round, position, i)
        })
        .collect();
    // By round, then by shuffled position: a total order, so the unstable sort is deterministic.
    keyed.sort_unstable();
    let count = deal.count.unwrap_or(usize::MAX).max(1);
    keyed
        .into_iter()
        .take(count)
        .map(|(_, _, i)| {
            let mut roles: Vec<Id> = quiz.roles.iter().map(|c| c.id.clone()).collect();
            let mut teams: Vec<Id> = quiz.teams.iter().map(|c| c.id.clone()).collect();
            rng.shuffle(&mut roles);
            rng.shuffle(&mut teams);
            Card { scenario: quiz.scenarios[i].id.clone(), roles, teams }
        })
        .collect()
}
