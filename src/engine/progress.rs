//! What a learner's browser remembers of a quiz: the session in progress (so a reload resumes at the same
//! card in the same order) and, per scenario, a Leitner box for spaced practice and review.
//!
//! Saved as JSON through serde (`{"v":2,"quiz":…,"session":…,"history":[…]}`); the browser's own
//! `JSON.parse` and `JSON.stringify` read and write the text, so the wasm carries no JSON code. Records saved by
//! earlier versions, a line-based text headed [`HEADER`], are still read ([`Record::read`]) and written back
//! as JSON. Everything is stored by id, never by position; reconciling with a changed quiz keeps what still
//! exists and drops what does not.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::deck::{Answer, Card, Deal, Feedback, Grade, Phase};
use super::practice::{Kind, Topic};
use super::quiz::{Id, Quiz};

/// The first line of a record saved by RoleCall before version 2 (line-based text).
pub const HEADER: &str = "RoleCall progress v1";

/// The version of the JSON record, its `"v"`.
pub const VERSION: u32 = 2;

const DAY: u64 = 24 * 60 * 60 * 1000;
/// Days until a scenario is due again, by Leitner box (box 1 is due at once).
const INTERVAL_DAYS: [u64; 5] = [0, 1, 3, 7, 21];
/// The highest box.
pub const TOP_BOX: u8 = 5;

/// One scenario's learning state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub scenario: Id,
    /// Leitner box, 1 (new or missed) to [`TOP_BOX`] (known for weeks).
    pub level: u8,
    /// When it is due again (ms since the Unix epoch).
    pub due: u64,
    pub right: u32,
    pub wrong: u32,
    /// Whether the last answer was right on both parts.
    pub last_right: bool,
}

/// Every scenario the learner has answered, in first-answered order.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct History {
    pub items: Vec<Item>,
}

impl History {
    pub fn item(&self, scenario: &str) -> Option<&Item> {
        self.items.iter().find(|i| &*i.scenario == scenario)
    }

    /// Record an answer: a perfect one moves the scenario up a box (due later), anything else back to box 1.
    pub fn record(&mut self, scenario: &Id, grade: Grade, now: u64) {
        self.record_right(scenario, grade.is_perfect(), now);
    }

    /// Record whether an item (a scenario, or a practice item) was answered right, as [`History::record`]
    /// does. A sort board records each of its duties apart: each has its own box.
    pub fn record_right(&mut self, scenario: &Id, right: bool, now: u64) {
        let index = match self.items.iter().position(|i| i.scenario == *scenario) {
            Some(i) => i,
            None => {
                self.items.push(Item {
                    scenario: scenario.clone(),
                    level: 1,
                    due: now,
                    right: 0,
                    wrong: 0,
                    last_right: false,
                });
                self.items.len() - 1
            }
        };
        let item = &mut self.items[index];
        item.level = if right { (item.level + 1).min(TOP_BOX) } else { 1 };
        item.due = now + INTERVAL_DAYS[usize::from(item.level - 1)] * DAY;
        item.right += u32::from(right);
        item.wrong += u32::from(!right);
        item.last_right = right;
    }

    /// Scenarios whose latest answer was not fully right, in the quiz's order.
    pub fn missed(&self, quiz: &Quiz) -> Vec<Id> {
        quiz.scenarios
            .iter()
            .filter(|s| self.item(&s.id).is_some_and(|i| !i.last_right))
            .map(|s| s.id.clone())
            .collect()
    }

    /// Practice items whose latest answer was wrong, in the quiz's order: with [`History::missed`], what a
    /// mixed review deals (`Deal::only` takes both kinds of id).
    pub fn missed_practice(&self, quiz: &Quiz) -> Vec<Id> {
        quiz.practice
            .items
            .iter()
            .filter(|s| self.item(&s.id).is_some_and(|i| !i.last_right))
            .map(|s| s.id.clone())
            .collect()
    }

    /// Mastery of each kind the quiz has items of, 0–100, as [`History::mastery`] computes it for a row:
    /// the mean box of the kind's items, unseen ones counting as 0.
    pub fn mastery_by_kind(&self, quiz: &Quiz) -> Vec<(Kind, u32)> {
        let scenarios = (!quiz.scenarios.is_empty())
            .then(|| (Kind::Scenario, self.percent(quiz.scenarios.iter().map(|s| &s.id))));
        let practice =
            quiz.practice.kinds().into_iter().map(|k| {
                (k, self.percent(quiz.practice.items.iter().filter(|i| i.kind == k).map(|i| &i.id)))
            });
        scenarios.into_iter().chain(practice).collect()
    }

    /// Mastery of each practice topic (a duty list, or an option such as a trait or a company), 0–100, with
    /// the kind it belongs to, in the order the topics first appear in the file.
    pub fn mastery_by_topic(&self, quiz: &Quiz) -> Vec<(Kind, Topic, u32)> {
        let practice = &quiz.practice;
        let mut topics: Vec<(Kind, Topic)> = Vec::new();
        for item in &practice.items {
            let t = (item.kind, practice.topic_of(item));
            if !topics.contains(&t) {
                topics.push(t);
            }
        }
        topics
            .into_iter()
            .map(|(kind, topic)| {
                let ids = practice.items.iter().filter(|i| i.kind == kind && practice.topic_of(i) == topic);
                let percent = self.percent(ids.map(|i| &i.id));
                (kind, topic, percent)
            })
            .collect()
    }

    /// The mean box of these items as a percentage of the top box (unseen ones count as 0).
    fn percent<'a>(&self, ids: impl Iterator<Item = &'a Id>) -> u32 {
        let levels: Vec<u32> = ids.map(|id| self.item(id).map_or(0, |i| u32::from(i.level))).collect();
        let max = levels.len() as u32 * u32::from(TOP_BOX);
        (levels.iter().sum::<u32>() * 100).checked_div(max).unwrap_or(0)
    }

    /// Practice order: due scenarios first (most overdue first), then never-seen ones, then the rest by due
    /// date. `ties` is the seeded order used within equal keys.
    pub fn practice_order(&self, ties: &[Id], now: u64) -> Vec<Id> {
        let mut keyed: Vec<(u8, u64, usize, Id)> = ties
            .iter()
            .enumerate()
            .map(|(n, id)| match self.item(id) {
                Some(i) if i.due <= now => (0, i.due, n, id.clone()),
                None => (1, 0, n, id.clone()),
                Some(i) => (2, i.due, n, id.clone()),
            })
            .collect();
        super::shuffle::sort_short(&mut keyed);
        keyed.into_iter().map(|(_, _, _, id)| id).collect()
    }

    /// Mastery of each chart row, 0–100: the mean box of the row's scenarios, unseen ones counting as 0.
    pub fn mastery(&self, quiz: &Quiz) -> Vec<u32> {
        (0..quiz.chart.rows.len())
            .map(|row| self.percent(quiz.scenarios.iter().filter(|s| s.row == row).map(|s| &s.id)))
            .collect()
    }
}

/// A session as saved: how it was dealt, the cards in order, the answers so far and where it stood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSession {
    pub deal: Deal,
    pub deck: Vec<Card>,
    pub answers: Vec<Answer>,
    pub phase: Phase,
}

/// Everything saved for one quiz.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Record {
    /// The format's version, always [`VERSION`]: a record of another version does not read as this one.
    pub v: Version,
    pub quiz: String,
    pub session: Option<SavedSession>,
    pub history: History,
}

/// The marker of the current record format: written as [`VERSION`], and only that number reads back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Version;

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(VERSION)
    }
}

impl<'de> Deserialize<'de> for Version {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Version, D::Error> {
        match u32::deserialize(d)? {
            VERSION => Ok(Version),
            _ => Err(serde::de::Error::custom("a progress record of another version")),
        }
    }
}

/// Why progress from a file was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a RoleCall progress file, or a damaged one.
    Unreadable,
    /// Progress for another quiz (its id).
    OtherQuiz(String),
}

/// Why a stored record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    pub line: usize,
    pub reason: &'static str,
}

impl Record {
    /// Read a stored record: JSON of this version (`parse` is the platform's JSON reader: the browser's
    /// `JSON.parse` in the app, serde_json in tests), or a line-based record from before version 2.
    /// Anything else is unreadable, and is set aside by the caller rather than overwritten.
    pub fn read(text: &str, parse: impl FnOnce(&str) -> Option<Record>) -> Result<Record, Unreadable> {
        if text.starts_with(HEADER) {
            return Record::decode_v1(text);
        }
        let record = parse(text).ok_or(Unreadable { line: 1, reason: "not a RoleCall progress record" })?;
        // The JSON's shape is serde's to check; what serde cannot see is an id that is not ours.
        let ids_ok = record
            .history
            .items
            .iter()
            .all(|i| id(&i.scenario).is_some() && (1..=TOP_BOX).contains(&i.level))
            && record.session.as_ref().is_none_or(|s| {
                s.deck.iter().all(|c| id(&c.scenario).is_some())
                    && s.deck.iter().filter_map(|c| c.practice.as_ref()).all(|p| {
                        !p.items.is_empty() && p.items.iter().chain(&p.options).all(|i| id(i).is_some())
                    })
                    && s.answers.iter().all(|a| {
                        id(&a.scenario).is_some()
                            && if a.picks.is_empty() {
                                id(&a.role).is_some() && id(&a.team).is_some()
                            } else {
                                a.picks.iter().all(|(i, o)| id(i).is_some() && id(o).is_some())
                            }
                    })
            });
        if ids_ok {
            Ok(record)
        } else {
            Err(Unreadable { line: 1, reason: "a record with ids that are not ours" })
        }
    }

    /// Read a record saved before version 2. Lines of an unknown kind are skipped; a line of a known kind
    /// that does not parse makes the whole record unreadable, so it can be set aside intact.
    fn decode_v1(text: &str) -> Result<Record, Unreadable> {
        let mut lines = text.lines().enumerate();
        match lines.next() {
            Some((_, HEADER)) => {}
            _ => return Err(Unreadable { line: 1, reason: "not a RoleCall progress record" }),
        }
        let mut record = Record::default();
        let mut deal: Option<Deal> = None;
        let mut feedback = Feedback::Practice;
        let (mut deck, mut answers, mut phase) = (Vec::new(), Vec::new(), None);
        for (n, line) in lines {
            let bad = |reason| Unreadable { line: n + 1, reason };
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["quiz", id] => record.quiz = (*id).to_string(),
                ["deal", seed, count, rows, only, review] => {
                    deal = Some(Deal {
                        seed: seed.parse().map_err(|_| bad("bad seed"))?,
                        count: if *count == "-" {
                            None
                        } else {
                            Some(count.parse().map_err(|_| bad("bad count"))?)
                        },
                        rows: split(rows),
                        only: split(only),
                        review: *review == "1",
                        at: 0,
                        feedback: Feedback::Practice,
                        kinds: Vec::new(),
                    })
                }
                ["feedback", tag] if Feedback::from_tag(tag).is_some() => {
                    feedback = Feedback::from_tag(tag).unwrap_or_default()
                }
                ["card", scenario, roles, teams] => deck.push(Card {
                    scenario: id(scenario).ok_or(bad("bad card"))?,
                    roles: split(roles),
                    teams: split(teams),
                    practice: None,
                }),
                ["answer", scenario, role, team, at] => answers.push(Answer {
                    scenario: id(scenario).ok_or(bad("bad answer"))?,
                    role: id(role).ok_or(bad("bad answer"))?,
                    team: id(team).ok_or(bad("bad answer"))?,
                    at: at.parse().map_err(|_| bad("bad time"))?,
                    picks: Vec::new(),
                }),
                ["phase", "ready"] => phase = Some(Phase::Ready),
                ["phase", "asking", role, team] => {
                    // "-" is no choice yet (it is also a well-formed id, so it must be caught first).
                    let chosen = |f: &str| (f != "-").then(|| id(f)).flatten();
                    phase = Some(Phase::Asking { role: chosen(role), team: chosen(team) })
                }
                ["phase", "feedback"] => phase = Some(Phase::Feedback),
                ["phase", "finished"] => phase = Some(Phase::Finished),
                ["item", scenario, level, due, right, wrong, last] => record.history.items.push(Item {
                    scenario: id(scenario).ok_or(bad("bad item"))?,
                    level: level.parse().ok().filter(|l| (1..=TOP_BOX).contains(l)).ok_or(bad("bad box"))?,
                    due: due.parse().map_err(|_| bad("bad due date"))?,
                    right: right.parse().map_err(|_| bad("bad count"))?,
                    wrong: wrong.parse().map_err(|_| bad("bad count"))?,
                    last_right: *last == "1",
                }),
                [kind, ..]
                    if ["quiz", "deal", "feedback", "card", "answer", "phase", "item"].contains(kind) =>
                {
                    return Err(bad("a line has the wrong number of fields"));
                }
                _ => {} // a kind from a newer version, or a blank line
            }
        }
        record.session = match (deal, phase) {
            (Some(deal), Some(phase)) => {
                Some(SavedSession { deal: Deal { feedback, ..deal }, deck, answers, phase })
            }
            _ => None,
        };
        Ok(record)
    }

    /// Read progress brought from elsewhere (a file) for `quiz`: it must be readable and about this quiz.
    pub fn import(
        text: &str,
        quiz: &Quiz,
        parse: impl FnOnce(&str) -> Option<Record>,
    ) -> Result<Record, ImportError> {
        let record = Record::read(text, parse).map_err(|_| ImportError::Unreadable)?;
        if record.quiz != *quiz.id {
            return Err(ImportError::OtherQuiz(record.quiz));
        }
        Ok(record.reconcile(quiz))
    }

    /// Keep only what still makes sense for `quiz` (the file may have changed since the record was saved):
    /// history and cards of scenarios that still exist, options that still exist (new ones appended), and
    /// answers that still match a card. A session left with no cards is dropped.
    /// This build reads practice items exactly when it links the practice kinds: see [`Record::reconcile_for`].
    pub fn reconcile(self, quiz: &Quiz) -> Record {
        self.reconcile_for(quiz, super::practice::LINKED)
    }

    /// [`Record::reconcile`] for a quiz read with its practice items (`practice`) or without them. A page
    /// without them (the learner's scenario page, see [`super::practice::LINKED`]) cannot tell a practice
    /// item from a scenario that is gone: it keeps every history item it does not know, so the practice page
    /// finds its mastery and missed items when the learner comes back; and it drops a saved session with
    /// practice cards, which it cannot show (the practice page resumes an unfinished one before this page
    /// starts: `assets/route.js`).
    pub fn reconcile_for(mut self, quiz: &Quiz, practice: bool) -> Record {
        self.history.items.retain(|i| {
            !practice || quiz.scenario(&i.scenario).is_some() || quiz.practice.item(&i.scenario).is_some()
        });
        if !practice && self.session.as_ref().is_some_and(|s| s.deck.iter().any(|c| c.practice.is_some())) {
            self.session = None;
        }
        self.session = self.session.take().and_then(|mut s| {
            let roles: Vec<Id> = quiz.roles.iter().map(|c| c.id.clone()).collect();
            let teams: Vec<Id> = quiz.teams.iter().map(|c| c.id.clone()).collect();
            let before = s.deck.len();
            s.deck.retain(|c| match &c.practice {
                None => quiz.scenario(&c.scenario).is_some(),
                Some(p) => {
                    !p.items.is_empty()
                        && p.items.iter().all(|i| quiz.practice.item(i).is_some_and(|it| it.kind == p.kind))
                }
            });
            for card in &mut s.deck {
                match &mut card.practice {
                    None => {
                        card.roles = keep_order(&card.roles, &roles);
                        card.teams = keep_order(&card.teams, &teams);
                    }
                    // A board's bins follow its question's options, as a scenario's follow the roles.
                    Some(p) => {
                        let options: Vec<Id> = quiz
                            .practice
                            .item(p.items.first().map_or("", |i| &**i))
                            .map(|i| quiz.practice.options_of(i).iter().map(|o| o.id.clone()).collect())
                            .unwrap_or_default();
                        p.options = keep_order(&p.options, &options);
                    }
                }
            }
            // Answers follow the deck one to one; stop at the first that no longer matches its card.
            let matching = s
                .answers
                .iter()
                .zip(&s.deck)
                .take_while(|(a, c)| match &c.practice {
                    None => {
                        a.scenario == c.scenario
                            && a.picks.is_empty()
                            && roles.contains(&a.role)
                            && teams.contains(&a.team)
                    }
                    Some(p) => {
                        a.scenario == c.scenario
                            && a.picks.len() == p.items.len()
                            && a.picks.iter().all(|(i, o)| {
                                quiz.practice
                                    .item(i)
                                    .is_some_and(|it| quiz.practice.options_of(it).iter().any(|x| x.id == *o))
                            })
                    }
                })
                .count();
            s.answers.truncate(matching);
            let changed = s.deck.len() != before;
            s.phase = match s.phase {
                _ if s.deck.is_empty() => return None,
                Phase::Finished if s.answers.len() == s.deck.len() => Phase::Finished,
                Phase::Feedback if !changed && !s.answers.is_empty() => Phase::Feedback,
                Phase::Asking { role, team } if !changed && s.answers.len() < s.deck.len() => Phase::Asking {
                    role: role.filter(|r| roles.contains(r)),
                    team: team.filter(|t| teams.contains(t)),
                },
                _ if s.answers.len() == s.deck.len() => Phase::Finished,
                _ => Phase::Asking { role: None, team: None },
            };
            Some(s)
        });
        self
    }
}

/// The saved order, restricted to what still exists, followed by anything new.
fn keep_order(saved: &[Id], current: &[Id]) -> Vec<Id> {
    let mut out: Vec<Id> = saved.iter().filter(|id| current.contains(id)).cloned().collect();
    out.extend(current.iter().filter(|id| !saved.contains(id)).cloned());
    out
}

fn split(field: &str) -> Vec<Id> {
    if field == "-" { Vec::new() } else { field.split(',').filter_map(id).collect() }
}

/// An id as the loader allows them; anything else is not ours.
fn id(s: &str) -> Option<Id> {
    let ok = !s.is_empty()
        && s.len() <= 64
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    ok.then(|| s.into())
}
