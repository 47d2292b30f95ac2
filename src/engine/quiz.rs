//! The content model of a quiz, as validated by [`crate::engine::load`].
//!
//! Nothing here knows the seed chart's names: the chart, the roles, the teams and the channels all come from
//! the quiz file. Every item has a stable string id so that answers and progress can be stored by id, never by
//! position.
//!
//! The model is also what the built-in quiz ships as: `rolecall-check --emit` writes each edition as serde's
//! JSON at build time, so a learner's page reads it with the browser's JSON parser and carries no quiz-text
//! reader. A quiz read that way is checked with [`Quiz::is_consistent`] before use.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::practice::Practice;

pub use super::choice::{Choice, Id};

/// A validated quiz. Indexes into `roles`, `teams`, `chart.rows` and `scenarios` are stable for the quiz's
/// lifetime; ids are stable across edits of the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quiz {
    pub id: Id,
    pub title: Rc<str>,
    pub description: Rc<str>,
    /// BCP 47 language tag of the quiz content (the UI language is chosen separately).
    pub language: Rc<str>,
    pub questions: Questions,
    pub sources: Vec<Source>,
    pub roles: Vec<Choice>,
    pub teams: Vec<Choice>,
    pub channels: Vec<Choice>,
    pub chart: Chart,
    pub scenarios: Vec<Scenario>,
    /// Schema 2's practice items (empty for a schema-1 file). Its own field, left out of the JSON when empty
    /// and defaulted when absent, so editions written before it, and readers that skip it, still agree.
    /// Without the `practice` feature (the learner's scenario page) it is not read at all: serde links no
    /// reader for it, and the edition that page fetches carries none (see [`crate::interop::source::Edition`]).
    #[serde(default, skip_serializing_if = "Practice::is_empty")]
    #[cfg_attr(not(feature = "practice"), serde(skip))]
    pub practice: Practice,
}

/// The two questions asked of every scenario, in the quiz's own words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Questions {
    pub role: Rc<str>,
    pub team: Rc<str>,
}

/// An article that facts come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: Id,
    pub author: Rc<str>,
    pub title: Rc<str>,
}

/// The chart every answer is explained with.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub title: Rc<str>,
    pub source: Id,
    /// Column headings: success measure, role, accountability.
    pub columns: Columns,
    pub rows: Vec<Row>,
    /// The chart as first published, when the quiz shows it translated (a Spanish edition of an English
    /// chart). When this is `Some`, every row's `original` is too: the loader checks it.
    pub original: Option<OriginalChart>,
}

/// A translated chart's original wording: its language, title and column headings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OriginalChart {
    /// BCP 47 language tag of the original wording.
    pub language: Rc<str>,
    pub title: Rc<str>,
    pub columns: Columns,
}

/// A translated row's original wording: its three cells as first published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OriginalRow {
    pub measure: Rc<str>,
    pub role: Rc<str>,
    pub accountability: Rc<str>,
}

/// The chart's three column headings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Columns {
    pub measure: Rc<str>,
    pub role: Rc<str>,
    pub accountability: Rc<str>,
}

/// Who owns a chart row: one role, or a role per channel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Owner {
    Role(Id),
    /// (channel id, role id) pairs, in file order.
    ByChannel(Vec<(Id, Id)>),
}

/// One row of the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub id: Id,
    pub measure: Rc<str>,
    pub owner: Owner,
    /// The accountable team's id (the answer to the team question).
    pub team: Id,
    /// What the chart's role cell says (derived from the owner unless the file words it itself).
    pub role_text: Rc<str>,
    /// What the chart's accountability cell says (the team's label unless the file words it itself).
    pub accountability: Rc<str>,
    /// The cells' original wording, when the chart is a translation (see [`Chart::original`]).
    pub original: Option<OriginalRow>,
}

impl Row {
    /// The role that owns this row on `channel` (`None` for a by-channel row asked without a known channel).
    pub fn role_for(&self, channel: Option<&str>) -> Option<&Id> {
        match &self.owner {
            Owner::Role(role) => Some(role),
            Owner::ByChannel(pairs) => {
                let channel = channel?;
                pairs.iter().find(|(c, _)| &**c == channel).map(|(_, r)| r)
            }
        }
    }
}

/// A situation the learner must place on the chart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub id: Id,
    pub title: Rc<str>,
    pub story: Rc<str>,
    /// Index into `chart.rows`.
    pub row: usize,
    /// The channel the story happens on, for rows whose owner depends on it.
    pub channel: Option<Id>,
    /// The correct role's id (agrees with the chart: checked at load time).
    pub role: Id,
    /// The correct team's id (agrees with the chart: checked at load time).
    pub team: Id,
    /// Index into `sources`.
    pub source: usize,
    /// One explanation per role and per team, keyed by option id, in the quiz's option order.
    pub why: Vec<(Id, Rc<str>)>,
}

impl Scenario {
    /// The explanation for option `id` (every option has one once the quiz is valid).
    pub fn why(&self, id: &str) -> Option<&str> {
        self.why.iter().find(|(k, _)| &**k == id).map(|(_, v)| &**v)
    }
}

impl Quiz {
    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Choice> {
        self.roles.iter().find(|c| &*c.id == id)
    }

    /// The team with this id.
    pub fn team(&self, id: &str) -> Option<&Choice> {
        self.teams.iter().find(|c| &*c.id == id)
    }

    /// The channel with this id.
    pub fn channel(&self, id: &str) -> Option<&Choice> {
        self.channels.iter().find(|c| &*c.id == id)
    }

    /// The scenario with this id.
    pub fn scenario(&self, id: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| &*s.id == id)
    }

    /// The chart row a scenario exercises.
    pub fn row_of(&self, scenario: &Scenario) -> &Row {
        &self.chart.rows[scenario.row]
    }

    /// The source a scenario names.
    pub fn source_of(&self, scenario: &Scenario) -> &Source {
        &self.sources[scenario.source]
    }

    /// The source the chart comes from.
    pub fn chart_source(&self) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == self.chart.source)
    }

    /// Whether every index and reference resolves and every scenario has an answer to give: true of every
    /// quiz the loader makes; checked again for a quiz read back from JSON, which a damaged or out-of-date
    /// file could break (the app indexes rows and sources directly).
    pub fn is_consistent(&self) -> bool {
        let has_why = |s: &Scenario, c: &Choice| s.why(&c.id).is_some();
        !self.roles.is_empty()
            && !self.teams.is_empty()
            && !self.scenarios.is_empty()
            && self.chart.rows.iter().all(|r| self.team(&r.team).is_some())
            && self.scenarios.iter().all(|s| {
                s.row < self.chart.rows.len()
                    && s.source < self.sources.len()
                    && self.role(&s.role).is_some()
                    && self.team(&s.team).is_some()
                    && self.roles.iter().chain(&self.teams).all(|c| has_why(s, c))
            })
            && self.practice.is_consistent(self.sources.len())
    }
}
