//! xAPI-shaped statements about a session, for the course page or LMS that embeds RoleCall.
//!
//! RoleCall does not know who the learner is, so a statement has no `actor`: the host page adds one before it
//! sends the statement to its Learning Record Store. Everything else follows xAPI 1.0.3: verbs from ADL's
//! vocabulary, activity ids that are IRIs, language maps, `result.score` with `scaled` in [0, 1], and an
//! interaction of the type that fits the kind of item ([`Kind::interaction`]): a scenario is a choice whose
//! two responses are joined with `[,]`; a sort board a matching (`duty[.]bin[,]…`); a talk item a
//! true-false (is the answer the question's first option?); a trait or structure item a choice.
//!
//! The statements are serde shapes: the embed turns them into JS objects for `postMessage`, the tests into
//! serde_json values. Timestamps come from the caller (the browser's `Date.toISOString()` in the app).

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::engine::deck::{Answer, grade, mark};
use crate::engine::practice::{Item, Kind};
use crate::engine::quiz::{Id, Quiz};
use crate::engine::summary::Summary;

/// ADL's verb for one answer.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// ADL's verb for a finished session.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// Points out of points possible, written as xAPI's `result.score`: `{"scaled","raw","min","max"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub raw: u32,
    pub max: u32,
}

impl Score {
    /// `raw / max` rounded to four places (0 when nothing was possible).
    pub fn scaled(self) -> f64 {
        match self.max {
            0 => 0.0,
            max => f64::from((self.raw * 10_000 + max / 2) / max) / 10_000.0,
        }
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("scaled", &self.scaled())?;
        map.serialize_entry("raw", &self.raw)?;
        map.serialize_entry("min", &0)?;
        map.serialize_entry("max", &self.max)?;
        map.end()
    }
}

/// A language map with one entry: `{"en": "A bigger plan"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LangMap {
    pub language: String,
    pub text: String,
}

impl Serialize for LangMap {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry(&self.language, &self.text)?;
        map.end()
    }
}

fn lang_map(language: &str, text: &str) -> LangMap {
    LangMap { language: language.to_string(), text: text.to_string() }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verb {
    pub id: &'static str,
    pub display: LangMap,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Definition {
    pub name: LangMap,
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interaction_type: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub correct_responses_pattern: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Activity {
    pub object_type: &'static str,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definition: Option<Definition>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Outcome {
    pub score: Score,
    pub success: bool,
    pub completion: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContextActivities {
    pub parent: Vec<Activity>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Context {
    pub context_activities: ContextActivities,
}

/// An xAPI statement without an actor.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statement {
    pub verb: Verb,
    pub object: Activity,
    pub result: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<Context>,
    pub timestamp: String,
}

/// The IRI of a quiz (`page#quiz`) or of one of its scenarios (`page#quiz/scenario`), where `page` is the
/// address RoleCall is served from without its query. Ids are letters, digits, `-` and `_` (the loader
/// checks), so they need no escaping.
pub fn activity_id(page: &str, quiz: &str, scenario: Option<&str>) -> String {
    match scenario {
        Some(s) => format!("{page}#{quiz}/{s}"),
        None => format!("{page}#{quiz}"),
    }
}

fn verb(id: &'static str, word: &str) -> Verb {
    Verb { id, display: lang_map("en-US", word) }
}

/// The language-map key for the quiz's text (`und`, "undetermined", when the file names none).
fn language(quiz: &Quiz) -> &str {
    if quiz.language.is_empty() { "und" } else { &quiz.language }
}

/// "I answered this scenario": the choice interaction with the correct pattern, the learner's response,
/// and the answer's points (one per right part). `None` when the quiz has no such scenario.
pub fn answered(page: &str, quiz: &Quiz, answer: &Answer, timestamp: String) -> Option<Statement> {
    if !answer.picks.is_empty() {
        // Only a page with the practice kinds (see `LINKED`) deals them.
        if !crate::engine::practice::LINKED {
            return None;
        }
        return practiced(page, quiz, answer, timestamp);
    }
    let scenario = quiz.scenario(&answer.scenario)?;
    let g = grade(quiz, answer)?;
    Some(Statement {
        verb: verb(ANSWERED, "answered"),
        object: Activity {
            object_type: "Activity",
            id: activity_id(page, &quiz.id, Some(&scenario.id)),
            definition: Some(Definition {
                name: lang_map(language(quiz), &scenario.title),
                kind: INTERACTION,
                interaction_type: Some("choice"),
                correct_responses_pattern: vec![format!("{}[,]{}", scenario.role, scenario.team)],
            }),
        },
        result: Outcome {
            score: Score { raw: g.points(), max: 2 },
            success: g.is_perfect(),
            completion: true,
            response: Some(format!("{}[,]{}", answer.role, answer.team)),
        },
        context: Some(in_quiz(page, quiz)),
        timestamp,
    })
}

/// "I answered this practice card": the interaction its kind calls for, with the correct pattern and the
/// learner's response in that type's syntax, and one point per item right. The activity is the card's
/// first item (a sort board's duties vary between deals; the response names them all). `None` when the
/// quiz no longer has an item answered.
fn practiced(page: &str, quiz: &Quiz, answer: &Answer, timestamp: String) -> Option<Statement> {
    let practice = &quiz.practice;
    let items = answer
        .picks
        .iter()
        .map(|(id, pick)| practice.item(id).map(|item| (item, pick)))
        .collect::<Option<Vec<_>>>()?;
    let (first, _) = *items.first()?;
    let marks = mark(quiz, answer)?;
    let first_option = |item| practice.options_of(item).first().map(|o| &o.id);
    let (pattern, response) = match first.kind {
        Kind::Sort => {
            let join = |f: &dyn Fn(&Item, &Id) -> String| {
                items.iter().map(|(item, pick)| f(item, pick)).collect::<Vec<_>>().join("[,]")
            };
            (
                join(&|item, _| format!("{}[.]{}", item.id, item.answer)),
                join(&|item, pick| format!("{}[.]{pick}", item.id)),
            )
        }
        Kind::Talk => {
            let yes = |option: &Id| (Some(option) == first_option(first)).to_string();
            (yes(&first.answer), yes(items[0].1))
        }
        _ => (first.answer.to_string(), items[0].1.to_string()),
    };
    let name = if items.len() == 1 { &first.text } else { &practice.question_of(first).prompt };
    Some(Statement {
        verb: verb(ANSWERED, "answered"),
        object: Activity {
            object_type: "Activity",
            id: activity_id(page, &quiz.id, Some(&first.id)),
            definition: Some(Definition {
                name: lang_map(language(quiz), name),
                kind: INTERACTION,
                interaction_type: Some(first.kind.interaction()),
                correct_responses_pattern: vec![pattern],
            }),
        },
        result: Outcome {
            score: Score { raw: marks.right, max: marks.total },
            success: marks.is_perfect(),
            completion: true,
            response: Some(response),
        },
        context: Some(in_quiz(page, quiz)),
        timestamp,
    })
}

/// The context of an answer: the quiz it belongs to.
fn in_quiz(page: &str, quiz: &Quiz) -> Context {
    Context {
        context_activities: ContextActivities {
            parent: vec![Activity {
                object_type: "Activity",
                id: activity_id(page, &quiz.id, None),
                definition: None,
            }],
        },
    }
}

/// "I completed this quiz": the session's points, and success when they reach `pass` percent. `timestamp`
/// is when the last answer was given.
pub fn completed(page: &str, quiz: &Quiz, summary: &Summary, pass: u8, timestamp: String) -> Statement {
    let points = summary.points();
    let score = Score { raw: points.correct, max: points.total };
    Statement {
        verb: verb(COMPLETED, "completed"),
        object: Activity {
            object_type: "Activity",
            id: activity_id(page, &quiz.id, None),
            definition: Some(Definition {
                name: lang_map(language(quiz), &quiz.title),
                kind: ASSESSMENT,
                interaction_type: None,
                correct_responses_pattern: Vec::new(),
            }),
        },
        result: Outcome { score, success: passed(score, pass), completion: true, response: None },
        context: None,
        timestamp,
    }
}

/// Whether a score reaches the pass mark, `pass` percent of the points (whole numbers only: no rounding).
pub fn passed(score: Score, pass: u8) -> bool {
    score.max > 0 && u64::from(score.raw) * 100 >= u64::from(pass) * u64::from(score.max)
}
