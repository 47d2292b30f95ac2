//! What a session is made of, shared by the session, the saved record and the presenter: how it is dealt
//! (and under which feedback policy), its cards, the learner's answers, their grades and where it stands.
//! Plain data: no behaviour here beyond grading, so every other engine file can build on it without
//! importing another in a circle.

use serde::{Deserialize, Serialize};

use super::practice::{Kind, Marks};
use super::quiz::{Id, Quiz};

/// How to deal a session from a quiz.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Deal {
    /// Written as a string: a JSON number (a JS double) cannot hold every `u64`.
    #[serde(with = "seed_text")]
    pub seed: u64,
    /// How many scenarios (all when `None`; at least one).
    pub count: Option<usize>,
    /// Only scenarios on these chart rows (all rows when empty). Unknown ids are ignored.
    pub rows: Vec<Id>,
    /// Only these scenarios (all when empty), e.g. the ones to review. Unknown ids are ignored.
    pub only: Vec<Id>,
    /// Review: a card answered wrongly comes back at the end of the deck until it is answered right.
    pub review: bool,
    /// When the deal is made (ms since the Unix epoch): scenarios due by then come first.
    pub at: u64,
    /// When the learner sees whether an answer was right.
    pub feedback: Feedback,
    /// Which kinds of item to deal, mixed ([`Kind::ALL`] order, a card of each in turn). Empty is the chart's
    /// scenarios alone, as before schema 2 (and as every saved deal without this field reads back).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Kind>,
}

impl Deal {
    /// Whether this deal asks for `kind`.
    pub fn wants(&self, kind: Kind) -> bool {
        if self.kinds.is_empty() { kind == Kind::Scenario } else { self.kinds.contains(&kind) }
    }
}

/// A seed as decimal text in saved records.
mod seed_text {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(seed: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(seed)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        String::deserialize(d)?.parse().map_err(|_| D::Error::custom("a seed is a whole number"))
    }
}

/// When the learner sees whether an answer was right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feedback {
    /// After every answer: its verdict, the explanations and the deciding chart row (the feedback phase).
    #[default]
    Practice,
    /// Only at the end: submitting moves straight on to the next card, and the results show every verdict.
    Test,
    /// After every answer the chart's answer and the explanations, for the learner to compare with their own;
    /// no verdict, no points and no score anywhere. Progress is still kept, so review and spacing still work.
    SelfCheck,
}

impl Feedback {
    /// Every policy, in the order a picker lists them.
    pub const ALL: [Feedback; 3] = [Feedback::Practice, Feedback::Test, Feedback::SelfCheck];

    /// The policy's name in URLs (`feedback=`) and in the progress record.
    pub fn tag(self) -> &'static str {
        match self {
            Feedback::Practice => "practice",
            Feedback::Test => "test",
            Feedback::SelfCheck => "self-check",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Feedback> {
        Feedback::ALL.into_iter().find(|f| f.tag() == tag)
    }

    /// Whether the learner is shown verdicts, points and a score.
    pub fn scored(self) -> bool {
        self != Feedback::SelfCheck
    }
}

/// One scenario as dealt: which scenario, and the order its options are shown in; or a practice card (see
/// [`Card::practice`]), whose `scenario` is then its first item's id and whose `roles` and `teams` are empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    pub scenario: Id,
    pub roles: Vec<Id>,
    pub teams: Vec<Id>,
    /// A practice card's items and option order; `None` for a scenario (and in records saved before).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practice: Option<PracticeCard>,
}

impl Card {
    /// The card's kind.
    pub fn kind(&self) -> Kind {
        self.practice.as_ref().map_or(Kind::Scenario, |p| p.kind)
    }
}

/// A practice card as dealt: its items (a sort board's duties, or one item) in the order shown, all
/// answering one question, and that question's options in the order shown (a sort's bins).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeCard {
    pub kind: Kind,
    pub items: Vec<Id>,
    pub options: Vec<Id>,
}

/// What the learner chose for one card, and when (milliseconds since the Unix epoch). For a practice card,
/// `scenario` is the card's id, `role` and `team` are empty, and `picks` holds an option per item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub scenario: Id,
    pub role: Id,
    pub team: Id,
    pub at: u64,
    /// (item id, option id) for each item of a practice card, in the card's order; empty for a scenario.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub picks: Vec<(Id, Id)>,
}

impl Answer {
    /// An answer to a scenario.
    pub fn scenario(scenario: Id, role: Id, team: Id, at: u64) -> Answer {
        Answer { scenario, role, team, at, picks: Vec::new() }
    }

    /// An answer to a practice card (`card` is its id, the first item's).
    pub fn practice(card: Id, picks: Vec<(Id, Id)>, at: u64) -> Answer {
        Answer { scenario: card, role: "".into(), team: "".into(), at, picks }
    }
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

/// Grade an answer to a scenario: each part is right when it names the scenario's correct option. `None`
/// for a practice answer (see [`mark`]) or a scenario the quiz no longer has.
pub fn grade(quiz: &Quiz, answer: &Answer) -> Option<Grade> {
    if !answer.picks.is_empty() {
        return None;
    }
    let scenario = quiz.scenario(&answer.scenario)?;
    Some(Grade { role: answer.role == scenario.role, team: answer.team == scenario.team })
}

/// Points for an answer of any kind: a scenario's two parts, or one per practice item picked right. `None`
/// when the quiz no longer has what was answered.
pub fn mark(quiz: &Quiz, answer: &Answer) -> Option<Marks> {
    if answer.picks.is_empty() {
        return grade(quiz, answer).map(|g| Marks { right: g.points(), total: 2 });
    }
    let items: Vec<Id> = answer.picks.iter().map(|(i, _)| i.clone()).collect();
    quiz.practice.mark(&items, &answer.picks)
}

/// The kind of what an answer answered (`None` when the quiz no longer has it).
pub fn kind_of(quiz: &Quiz, answer: &Answer) -> Option<Kind> {
    match answer.picks.first() {
        None => quiz.scenario(&answer.scenario).map(|_| Kind::Scenario),
        Some((item, _)) => quiz.practice.item(item).map(|i| i.kind),
    }
}
