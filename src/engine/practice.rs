//! Practice beyond the chart's scenarios (schema 2): sort the duties, with the brand or with each other, spot
//! the trait, name the structure. One model for all four: every item is a prompt (a duty, an exchange, a
//! moment, a description) whose answer is one option of a [`Question`] the file defines, with its own
//! explanation and source. What differs between kinds is how a view lays the items out (a sort board with
//! several duties and a bin per option; one exchange with two buttons; one moment or description with a
//! list), how many share a card ([`Kind::per_card`]) and which xAPI interaction reports them
//! ([`Kind::interaction`]). Nothing here knows the seeds' names: the options, lists and items all come from
//! the quiz file, so an instructor's own quiz can use the same kinds.
//!
//! Grading is per item (one point each): a sort board of five duties with four placed right scores 4/5.
//!
//! # Presenter mode (built in [`crate::engine::presenter`])
//!
//! A room votes once per item, on the item's question: [`Practice::options_of`] gives the options to letter
//! on the projector and [`Item::answer`] the one to reveal, with [`Item::why`] and the source. The room
//! cannot drag, so the presenter deals a sort one duty per card ([`crate::engine::session::deal_class`] deals
//! one item to a card where self-study uses [`Kind::per_card`]); every other kind is one item per card already. Each practice card
//! then has a single part to vote on: the presenter's `Votes` keeps its counts in one list (the one a
//! scenario uses for the role question), so the letters, the countdown, the second round, the bars and the
//! reveal work unchanged; the stage after `Show` skips the team vote when the card has no teams. The CSV
//! gains one line per card with the kind and the topic ([`Practice::topic_of`]), and the class summary groups
//! the share correct by kind as [`crate::engine::summary::Summary::kinds`] does for self-study.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::choice::{Choice, Id};

/// Whether this build links the practice kinds (the `practice` feature: every page but the learner's
/// scenario page, `index.html`). Without it a quiz reads no practice items ([`crate::engine::quiz::Quiz`]
/// skips them), and every path that grades, deals or shows them tests this constant first, so the compiler
/// drops the code behind it: a scenario learner downloads none of it.
pub const LINKED: bool = cfg!(feature = "practice");

/// Every kind of item a session can ask. `Scenario` is the chart's two questions (the only kind schema 1
/// knows); the others are schema 2's practice items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Who takes this on, and which team is accountable (the chart's scenarios).
    Scenario,
    /// Sort the duties: each duty from a source's list goes under one option (a role, or both).
    Sort,
    /// With the brand, or with each other: classify a short exchange.
    Talk,
    /// Spot the trait: match a moment from a working day to a trait.
    Trait,
    /// Name the structure: match a description to a company's example, or a decision to an analytics factor.
    Structure,
}

impl Kind {
    /// Every kind, in the order a start screen lists them and a mixed session interleaves them.
    pub const ALL: [Kind; 5] = [Kind::Scenario, Kind::Sort, Kind::Talk, Kind::Trait, Kind::Structure];
    /// The practice kinds (what a `[[practice.items]]` entry may be).
    pub const PRACTICE: [Kind; 4] = [Kind::Sort, Kind::Talk, Kind::Trait, Kind::Structure];

    /// The kind's place in [`Kind::ALL`] (where its name is in the interface's table of kind names).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The kind's name in quiz files, URLs and saved records.
    pub fn tag(self) -> &'static str {
        match self {
            Kind::Scenario => "scenario",
            Kind::Sort => "sort",
            Kind::Talk => "talk",
            Kind::Trait => "trait",
            Kind::Structure => "structure",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.tag() == tag)
    }

    /// Items dealt together on one card: a sort board holds several duties (graded one by one); every other
    /// kind asks one item at a time.
    pub fn per_card(self) -> usize {
        match self {
            Kind::Sort => 5,
            _ => 1,
        }
    }

    /// The xAPI interaction type that reports an answer of this kind: a sort is a matching (duties to bins),
    /// a two-way classification a true-false (is the answer the question's first option?), the rest a choice.
    /// (`sequencing` fits none of the kinds: no item asks for an order.)
    pub fn interaction(self) -> &'static str {
        match self {
            Kind::Scenario | Kind::Trait | Kind::Structure => "choice",
            Kind::Sort => "matching",
            Kind::Talk => "true-false",
        }
    }
}

/// Schema 2's practice: the questions items answer, the lists duties come from, and the items. Empty for a
/// schema-1 file (and for an edition JSON written before schema 2: hence `serde(default)` on the quiz).
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Practice {
    pub questions: Vec<Question>,
    pub lists: Vec<DutyList>,
    pub items: Vec<Item>,
}

/// What a practice item asks, and the options its answer is one of (a sort's bins, a talk's two sides, the
/// traits, the companies or the analytics factors).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: Id,
    pub kind: Kind,
    /// The question as the learner reads it ("Whose duty is this?").
    pub prompt: Rc<str>,
    pub options: Vec<Choice>,
}

/// A list of duties in a source (the Community Roundtable's bullets, Jenn Pedde's list): a sort's feedback
/// names the list each duty comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DutyList {
    pub id: Id,
    pub label: Rc<str>,
    /// Index into the quiz's `sources`.
    pub source: usize,
}

/// One practice item: a prompt, its answer, why, and where the fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Unique among the quiz's scenarios and items (progress is kept by id).
    pub id: Id,
    pub kind: Kind,
    /// The duty, exchange, moment or description the learner reads.
    pub text: Rc<str>,
    /// Index into [`Practice::questions`]; the question's kind is the item's.
    pub question: usize,
    /// The right option's id (one of the question's options: checked at load time).
    pub answer: Id,
    /// Index into [`Practice::lists`]: required for a sort's duty, absent otherwise.
    pub list: Option<usize>,
    /// Index into the quiz's `sources` (a duty's is its list's).
    pub source: usize,
    /// Where in the source the fact is (a section, a list, a sentence's gist), for the feedback's citation.
    pub passage: Option<Rc<str>>,
    /// The explanation shown after the answer, right or wrong.
    pub why: Rc<str>,
    /// A case the sources themselves call hard, or disagree on: a view may flag it.
    pub hard: bool,
}

/// A practice item's topic, for mastery: a duty's list, or otherwise the right option of its question
/// (a trait, a company, a factor, a side of the talk test).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Topic {
    List(Id),
    Option { question: Id, option: Id },
}

impl Practice {
    pub fn is_empty(&self) -> bool {
        !LINKED || self.items.is_empty()
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        if !LINKED {
            return None;
        }
        self.items.iter().find(|i| &*i.id == id)
    }

    /// The question an item answers.
    pub fn question_of(&self, item: &Item) -> &Question {
        &self.questions[item.question]
    }

    /// The options a view offers for an item (a sort's bins), in the file's order.
    pub fn options_of(&self, item: &Item) -> &[Choice] {
        &self.questions[item.question].options
    }

    /// The list a duty comes from.
    pub fn list_of(&self, item: &Item) -> Option<&DutyList> {
        item.list.map(|l| &self.lists[l])
    }

    /// The kinds this quiz has items of, in [`Kind::ALL`] order.
    pub fn kinds(&self) -> Vec<Kind> {
        if !LINKED {
            return Vec::new();
        }
        Kind::PRACTICE.into_iter().filter(|k| self.items.iter().any(|i| i.kind == *k)).collect()
    }

    /// The topic an item counts towards.
    pub fn topic_of(&self, item: &Item) -> Topic {
        match self.list_of(item) {
            Some(list) => Topic::List(list.id.clone()),
            None => {
                Topic::Option { question: self.question_of(item).id.clone(), option: item.answer.clone() }
            }
        }
    }

    /// Whether every index resolves and every answer is one of its question's options: true of what the
    /// loader makes; checked again for practice read back from an edition's JSON.
    pub fn is_consistent(&self, sources: usize) -> bool {
        !LINKED
            || self.lists.iter().all(|l| l.source < sources)
                && self.items.iter().all(|i| {
                    i.source < sources
                        && i.list.is_none_or(|l| l < self.lists.len())
                        && (i.kind == Kind::Sort) == i.list.is_some()
                        && self
                            .questions
                            .get(i.question)
                            .is_some_and(|q| q.kind == i.kind && q.options.iter().any(|o| o.id == i.answer))
                })
    }

    /// Grade the learner's picks for the items of one card: one point per item whose pick is its answer.
    /// `None` when a pick names an item this quiz does not have. An item of the card left without a pick
    /// counts as wrong, which is why the card's item ids are passed in.
    pub fn mark(&self, items: &[Id], picks: &[(Id, Id)]) -> Option<Marks> {
        if !LINKED || picks.iter().any(|(item, _)| !items.contains(item)) {
            return None;
        }
        let mut marks = Marks::default();
        for id in items {
            let item = self.item(id)?;
            let picked = picks.iter().find(|(i, _)| i == id).map(|(_, o)| o);
            marks.total += 1;
            marks.right += u32::from(picked == Some(&item.answer));
        }
        Some(marks)
    }
}

/// Points on one card: items right out of items asked (a scenario's two parts count as two).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Marks {
    pub right: u32,
    pub total: u32,
}

impl Marks {
    pub fn is_perfect(self) -> bool {
        self.right == self.total
    }
}
