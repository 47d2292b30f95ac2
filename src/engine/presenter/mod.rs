//! Presenter mode: a class in front of a projector, as a plain-data state machine.
//!
//! Per scenario: show it → the room votes by show of hands on the role question, then on the team question,
//! while the instructor tallies → reveal the answer → optionally a second round (vote, discuss, vote again)
//! → the next scenario; after the last one, the class summary. The lobby may add practice kinds (schema 2):
//! a practice card holds one item (a sort is dealt one duty per card, [`deal_class`]) and asks a single
//! question, counted in the role question's place ([`Part::Role`]); with no team question on the card, the
//! stages go straight from that vote to the reveal (design in [`crate::engine::practice`]). `Presenter::step` returns `None` for an action
//! that makes no sense now, exactly like [`super::session::Session::step`].
//!
//! Votes are kept per card, per round, per option id (never by position), and the dealt deck is part of the
//! state, so a class resumed from its saved record ([`Presenter::saved`]) is never reshuffled. Time arrives in
//! the actions: the countdown stores its deadline and the remaining time is derived from `now`.
//!
//! Students may also vote from their phones (through the classroom relay): the relay's tally of the phones'
//! votes is kept per card, round and question beside the hands the instructor counts, and saved with the
//! class, so a reload of the projector loses none. The relay's counts replace the ones kept, except a tally
//! with fewer votes than already shown: after a relay restart the phones re-send their votes within seconds,
//! and until the relay has them all again the class keeps showing what it had.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::engine::deck::{Card, Deal};
use crate::engine::practice::Kind;
use crate::engine::quiz::{Id, Quiz};
use crate::engine::session::deal_class;

mod record;
mod report;

pub use record::{RECORD_HEADER_V1, RecordError, SavedClass};
pub use report::CardResult;

/// The most votes one option can hold (a lecture hall, with room to spare).
pub const MAX_VOTES: u32 = 9_999;
/// The countdown's length when nobody set one, and its bounds, in seconds.
pub const DEFAULT_TIMER_SECS: u32 = 60;
pub const MIN_TIMER_SECS: u32 = 5;
pub const MAX_TIMER_SECS: u32 = 3_600;

/// One of the two questions every scenario asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Role,
    Team,
}

/// The first vote, or the vote after discussion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Round {
    First,
    Second,
}

impl Round {
    /// 0 for the first round, 1 for the second: the index into a card's rounds.
    pub fn index(self) -> usize {
        match self {
            Round::First => 0,
            Round::Second => 1,
        }
    }
}

/// Where the class is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Before the class: how many scenarios, the countdown's length, the link for students.
    Lobby,
    /// The current scenario and its lettered options, nothing counted yet.
    Show,
    /// The room votes; letters tally `part` of `round`.
    Vote { round: Round, part: Part },
    /// The answer, the chart row and the whys, with every round's votes.
    Reveal,
    /// After the last scenario: the votes and the share correct per scenario and round.
    Summary,
}

/// The votes of one round on one card: the hands counted per option, in the card's option order, and the
/// phones' votes as the relay last counted them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Votes {
    /// Hands counted by the instructor.
    pub role: Vec<(Id, u32)>,
    pub team: Vec<(Id, u32)>,
    /// The phones' votes (records saved before phones could vote have none: the default).
    #[serde(default, skip_serializing_if = "Phones::is_empty")]
    pub phones: Phones,
}

/// The phones' votes on one round of one card, per question: only the options a phone chose are listed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phones {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub role: Vec<(Id, u32)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub team: Vec<(Id, u32)>,
}

impl Phones {
    pub fn is_empty(&self) -> bool {
        self.role.is_empty() && self.team.is_empty()
    }

    pub fn of(&self, part: Part) -> &[(Id, u32)] {
        match part {
            Part::Role => &self.role,
            Part::Team => &self.team,
        }
    }
}

/// The option ids `part` asks about on `card`, in lettered order: a scenario's roles or teams; a practice
/// card's options for the role question's place, and none for the team's.
pub fn options(card: &Card, part: Part) -> &[Id] {
    match (&card.practice, part) {
        (Some(p), Part::Role) => &p.options,
        (Some(_), Part::Team) => &[],
        (None, Part::Role) => &card.roles,
        (None, Part::Team) => &card.teams,
    }
}

impl Votes {
    fn zero(card: &Card) -> Votes {
        let zero = |part| options(card, part).iter().map(|id| (id.clone(), 0)).collect();
        Votes { role: zero(Part::Role), team: zero(Part::Team), phones: Phones::default() }
    }

    pub fn of(&self, part: Part) -> &[(Id, u32)] {
        match part {
            Part::Role => &self.role,
            Part::Team => &self.team,
        }
    }

    fn of_mut(&mut self, part: Part) -> &mut Vec<(Id, u32)> {
        match part {
            Part::Role => &mut self.role,
            Part::Team => &mut self.team,
        }
    }

    /// Hands and phones for option `id` (0 for an option this card does not have).
    pub fn count(&self, id: &str) -> u32 {
        self.hands(id).saturating_add(self.phones_for(id))
    }

    /// The hands counted for option `id`.
    pub fn hands(&self, id: &str) -> u32 {
        self.role.iter().chain(&self.team).find(|(k, _)| &**k == id).map_or(0, |(_, n)| *n)
    }

    /// The phones that chose option `id`.
    pub fn phones_for(&self, id: &str) -> u32 {
        self.phones.role.iter().chain(&self.phones.team).find(|(k, _)| &**k == id).map_or(0, |(_, n)| *n)
    }

    /// The phones that voted on `part`.
    pub fn phone_total(&self, part: Part) -> u32 {
        self.phones.of(part).iter().map(|(_, n)| n).sum()
    }

    /// Votes cast on `part` in all, hands and phones.
    pub fn total(&self, part: Part) -> u32 {
        self.of(part).iter().map(|(_, n)| n).sum::<u32>().saturating_add(self.phone_total(part))
    }
}

/// The optional countdown: its length, and its deadline while it runs (ms since the Unix epoch).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    pub seconds: u32,
    pub deadline: Option<u64>,
}

/// Everything the instructor can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresenterAction {
    /// In the lobby: how many cards to deal.
    SetCount(usize),
    /// In the lobby: run a kind of item or not (at least one kind stays chosen).
    SetKind(Kind, bool),
    /// The countdown's length in seconds.
    SetTimer(u32),
    /// The next step (from the lobby: deal and show the first scenario).
    Next,
    /// The step before.
    Back,
    /// Show the answer now.
    Reveal,
    /// Start the second round of the current scenario (after the first round's votes or the reveal).
    VoteAgain,
    /// While voting: which question the letters count for.
    Focus(Part),
    /// One more / one fewer vote for an option of the question being counted.
    Add(Id),
    Remove(Id),
    /// A typed count for an option of the question being counted.
    SetVotes(Id, u32),
    /// Start the countdown, or stop it if it runs.
    ToggleTimer {
        now: u64,
    },
    /// Hide or show the bars.
    ToggleChart,
    /// The relay's tally of the phones' votes on `part` of `round` (absolute counts per option). Taken only
    /// while that round is voted, for `part`'s own options, and when it holds at least as many votes as
    /// already kept (a relay that restarted is still collecting the phones' votes again).
    PhoneTally {
        round: Round,
        part: Part,
        counts: Vec<(Id, u32)>,
    },
    /// Drop the class and go back to the lobby with a new seed.
    Restart {
        seed: u64,
    },
}

/// A class over one quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct Presenter {
    quiz: Rc<Quiz>,
    deal: Deal,
    deck: Vec<Card>,
    /// Per card: no round yet, the first, or both.
    votes: Vec<Vec<Votes>>,
    index: usize,
    stage: Stage,
    timer: Timer,
    chart_shown: bool,
}

/// The letter an option is called by in class: A for the first, B for the second…
pub fn letter(index: usize) -> char {
    u8::try_from(index).ok().filter(|&i| i < 26).map_or('?', |i| char::from(b'A' + i))
}

impl Presenter {
    /// A class in the lobby, to be dealt with `deal` (the kinds it names that the quiz has; scenarios alone
    /// when none is left).
    pub fn new(quiz: Rc<Quiz>, deal: Deal) -> Self {
        let kinds = chosen(&quiz, &deal.kinds);
        Self {
            quiz,
            deal: Deal { kinds, ..deal },
            deck: Vec::new(),
            votes: Vec::new(),
            index: 0,
            stage: Stage::Lobby,
            timer: Timer { seconds: DEFAULT_TIMER_SECS, deadline: None },
            chart_shown: true,
        }
    }

    pub fn quiz(&self) -> &Rc<Quiz> {
        &self.quiz
    }

    pub fn deal(&self) -> &Deal {
        &self.deal
    }

    /// The kinds the lobby offers: scenarios, and the practice kinds the quiz has items of (just scenarios,
    /// so no choice to show, for a quiz without practice).
    pub fn kinds_offered(&self) -> Vec<Kind> {
        std::iter::once(Kind::Scenario).chain(self.quiz.practice.kinds()).collect()
    }

    /// The kinds the class runs, in [`Kind::ALL`] order.
    pub fn kinds(&self) -> Vec<Kind> {
        self.kinds_offered().into_iter().filter(|k| self.deal.wants(*k)).collect()
    }

    /// How many cards the chosen kinds make, at most (the lobby's "all").
    pub fn available(&self) -> usize {
        deal_class(&self.quiz, &Deal { count: None, ..self.deal.clone() }).len()
    }

    pub fn stage(&self) -> Stage {
        self.stage
    }

    pub fn deck(&self) -> &[Card] {
        &self.deck
    }

    pub fn timer(&self) -> Timer {
        self.timer
    }

    pub fn chart_shown(&self) -> bool {
        self.chart_shown
    }

    /// The card on screen (none in the lobby and the summary).
    pub fn card(&self) -> Option<&Card> {
        match self.stage {
            Stage::Lobby | Stage::Summary => None,
            _ => self.deck.get(self.index),
        }
    }

    /// 1-based number of the card on screen, and the deck size.
    pub fn position(&self) -> (usize, usize) {
        (self.index + 1, self.deck.len())
    }

    /// Whether the card on screen is the last one (derived, never stored).
    pub fn is_last(&self) -> bool {
        !self.deck.is_empty() && self.index + 1 == self.deck.len()
    }

    /// The rounds voted on card `index` (none, the first, or both).
    pub fn rounds(&self, index: usize) -> &[Votes] {
        self.votes.get(index).map_or(&[], Vec::as_slice)
    }

    /// The rounds voted on the card on screen.
    pub fn current_rounds(&self) -> &[Votes] {
        self.rounds(self.index)
    }

    /// The question the letters count for, while voting.
    pub fn counting(&self) -> Option<(Round, Part)> {
        match self.stage {
            Stage::Vote { round, part } => Some((round, part)),
            _ => None,
        }
    }

    /// The option ids of `part` on the card on screen, in lettered order (A, B, …).
    pub fn lettered(&self, part: Part) -> &[Id] {
        self.card().map_or(&[], |card| options(card, part))
    }

    /// Whether the card on screen asks the team question (a practice card asks one question only).
    fn has_team(&self) -> bool {
        self.deck.get(self.index).is_some_and(|card| !options(card, Part::Team).is_empty())
    }

    /// Milliseconds left on the countdown at `now` (0 once it has run out); `None` when it is not running.
    pub fn remaining(&self, now: u64) -> Option<u64> {
        self.timer.deadline.map(|d| d.saturating_sub(now))
    }

    /// Whether a second round could start now.
    pub fn can_vote_again(&self) -> bool {
        let voting_first = matches!(self.stage, Stage::Vote { round: Round::First, .. });
        (voting_first || self.stage == Stage::Reveal) && self.current_rounds().len() == 1
    }

    /// Apply an action; `None` when it does not apply now.
    pub fn step(&self, action: PresenterAction) -> Option<Presenter> {
        use PresenterAction as A;
        match (action, self.stage) {
            (A::SetCount(n), Stage::Lobby) => (n >= 1 && self.deal.count != Some(n)).then(|| {
                let mut next = self.clone();
                next.deal.count = Some(n);
                next
            }),
            (A::SetKind(kind, on), Stage::Lobby) => {
                let mut kinds = self.kinds();
                kinds.retain(|k| *k != kind);
                if on {
                    kinds.push(kind);
                }
                let kinds = chosen(&self.quiz, &kinds);
                let empty = !on && self.kinds() == [kind];
                (!empty && kinds != self.deal.kinds).then(|| {
                    let mut next = self.clone();
                    next.deal.kinds = kinds;
                    next
                })
            }
            (A::SetTimer(s), _) => {
                ((MIN_TIMER_SECS..=MAX_TIMER_SECS).contains(&s) && s != self.timer.seconds).then(|| {
                    let mut next = self.clone();
                    next.timer.seconds = s;
                    next
                })
            }
            (A::Next, stage) => self.next(stage),
            (A::Back, stage) => self.back(stage),
            (A::Reveal, Stage::Show | Stage::Vote { .. }) => Some(self.at(self.index, Stage::Reveal)),
            (A::VoteAgain, _) if self.can_vote_again() => {
                let mut next = self.at(self.index, Stage::Vote { round: Round::Second, part: Part::Role });
                let card = self.deck.get(self.index)?;
                next.votes[self.index].push(Votes::zero(card));
                Some(next)
            }
            (A::Focus(part), Stage::Vote { round, part: now }) if part != now && self.has_team() => {
                Some(self.with_stage(Stage::Vote { round, part }))
            }
            (A::Add(id), Stage::Vote { .. }) => self.recount(&id, |n| n.checked_add(1)),
            (A::Remove(id), Stage::Vote { .. }) => self.recount(&id, |n| n.checked_sub(1)),
            (A::SetVotes(id, n), Stage::Vote { .. }) => self.recount(&id, |_| Some(n)),
            (A::PhoneTally { round, part, counts }, Stage::Vote { round: now, .. }) if round == now => {
                let options = self.lettered(part);
                let fits = counts.iter().enumerate().all(|(i, (id, n))| {
                    options.contains(id) && *n <= MAX_VOTES && counts[..i].iter().all(|(k, _)| k != id)
                });
                let kept = self.current_rounds().get(round.index())?;
                let total: u32 = counts.iter().map(|(_, n)| n).sum();
                if !fits || total < kept.phone_total(part) {
                    return None;
                }
                // In the card's option order, options nobody chose left out.
                let counts: Vec<(Id, u32)> = options
                    .iter()
                    .filter_map(|id| counts.iter().find(|(k, _)| k == id).filter(|(_, n)| *n > 0).cloned())
                    .collect();
                if counts == kept.phones.of(part) {
                    return None;
                }
                let mut next = self.clone();
                let phones = &mut next.votes.get_mut(self.index)?.get_mut(round.index())?.phones;
                *match part {
                    Part::Role => &mut phones.role,
                    Part::Team => &mut phones.team,
                } = counts;
                Some(next)
            }
            (A::ToggleTimer { now }, Stage::Show | Stage::Vote { .. }) => {
                let mut next = self.clone();
                next.timer.deadline = match self.remaining(now) {
                    Some(left) if left > 0 => None,
                    _ => Some(now + u64::from(self.timer.seconds) * 1000),
                };
                Some(next)
            }
            (A::ToggleChart, Stage::Show | Stage::Vote { .. } | Stage::Reveal) => {
                Some(Presenter { chart_shown: !self.chart_shown, ..self.clone() })
            }
            (A::Restart { .. }, Stage::Lobby) => None,
            (A::Restart { seed }, _) => {
                let mut fresh = Presenter::new(self.quiz.clone(), Deal { seed, ..self.deal.clone() });
                fresh.timer.seconds = self.timer.seconds;
                fresh.chart_shown = self.chart_shown;
                Some(fresh)
            }
            _ => None,
        }
    }

    fn next(&self, stage: Stage) -> Option<Presenter> {
        let rounds = self.current_rounds().len();
        Some(match stage {
            Stage::Lobby => {
                let deck = deal_class(&self.quiz, &self.deal);
                if deck.is_empty() {
                    return None;
                }
                let votes = vec![Vec::new(); deck.len()];
                Presenter { deck, votes, ..self.at(0, Stage::Show) }
            }
            Stage::Show => {
                let mut next = self.with_stage(Stage::Vote { round: Round::First, part: Part::Role });
                if rounds == 0 {
                    next.votes[self.index].push(Votes::zero(self.deck.get(self.index)?));
                }
                next
            }
            Stage::Vote { round, part: Part::Role } if self.has_team() => {
                self.with_stage(Stage::Vote { round, part: Part::Team })
            }
            // The round's last question: the second round if one was started, else the reveal.
            Stage::Vote { round: Round::First, .. } if rounds == 2 => {
                self.with_stage(Stage::Vote { round: Round::Second, part: Part::Role })
            }
            Stage::Vote { .. } => self.at(self.index, Stage::Reveal),
            Stage::Reveal if self.is_last() => self.at(self.index, Stage::Summary),
            Stage::Reveal => self.at(self.index + 1, Stage::Show),
            Stage::Summary => return None,
        })
    }

    fn back(&self, stage: Stage) -> Option<Presenter> {
        let rounds = self.current_rounds().len();
        // The last question of a round: the team's, or the only one a practice card asks.
        let last = if self.has_team() { Part::Team } else { Part::Role };
        Some(match stage {
            Stage::Lobby => return None,
            Stage::Show if self.index == 0 => return None,
            Stage::Show => self.at(self.index - 1, Stage::Reveal),
            Stage::Vote { round: Round::First, part: Part::Role } => self.with_stage(Stage::Show),
            Stage::Vote { round: Round::Second, part: Part::Role } => {
                self.with_stage(Stage::Vote { round: Round::First, part: last })
            }
            Stage::Vote { round, part: Part::Team } => {
                self.with_stage(Stage::Vote { round, part: Part::Role })
            }
            Stage::Reveal => match rounds {
                0 => self.with_stage(Stage::Show),
                1 => self.with_stage(Stage::Vote { round: Round::First, part: last }),
                _ => self.with_stage(Stage::Vote { round: Round::Second, part: last }),
            },
            Stage::Summary => self.at(self.index, Stage::Reveal),
        })
    }

    /// Change the count of option `id` in the question being counted; `None` if the option is not one of
    /// that question's, or the count would leave `0..=MAX_VOTES` or not change.
    fn recount(&self, id: &str, change: impl Fn(u32) -> Option<u32>) -> Option<Presenter> {
        let (round, part) = self.counting()?;
        let mut next = self.clone();
        let votes = next.votes.get_mut(self.index)?.get_mut(round.index())?;
        let (_, count) = votes.of_mut(part).iter_mut().find(|(k, _)| &**k == id)?;
        let new = change(*count).filter(|&n| n <= MAX_VOTES && n != *count)?;
        *count = new;
        Some(next)
    }

    /// Same class, another stage on the same card.
    fn with_stage(&self, stage: Stage) -> Presenter {
        Presenter { stage, ..self.clone() }
    }

    /// Same class at card `index` and `stage`; the countdown stops when the reveal or another card comes.
    fn at(&self, index: usize, stage: Stage) -> Presenter {
        let mut next = Presenter { index, stage, ..self.clone() };
        if index != self.index || matches!(stage, Stage::Reveal | Stage::Summary) {
            next.timer.deadline = None;
        }
        next
    }
}

/// `kinds` as a deal keeps them: those the quiz has, in [`Kind::ALL`] order, and none for scenarios alone (so
/// a scenario class deals and saves exactly as before practice kinds existed).
fn chosen(quiz: &Quiz, kinds: &[Kind]) -> Vec<Kind> {
    let has = |k: Kind| k == Kind::Scenario || quiz.practice.items.iter().any(|i| i.kind == k);
    let kinds: Vec<Kind> = Kind::ALL.into_iter().filter(|k| kinds.contains(k) && has(*k)).collect();
    if kinds == [Kind::Scenario] { Vec::new() } else { kinds }
}
