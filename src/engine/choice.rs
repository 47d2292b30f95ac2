//! The two smallest pieces of the content model, shared by the chart's model ([`super::quiz`]) and the
//! practice items' ([`super::practice`]) without either importing the other: ids, and options with a label.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

/// A stable identifier from the quiz file (a role, team, channel, row, scenario, source, question, list or
/// practice item id).
pub type Id = Rc<str>;

/// An answer option (a role, a team, a practice question's option) or a channel: an id and what the learner
/// reads.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: Id,
    pub label: Rc<str>,
}
