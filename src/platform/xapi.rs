//! xAPI-shaped statements about a session, for the course page or LMS that embeds RoleCall.
//!
//! RoleCall does not know who the learner is, so a statement has no `actor`: the host page adds one before it
//! sends the statement to its Learning Record Store. Everything else follows xAPI 1.0.3: verbs from ADL's
//! vocabulary, activity ids that are IRIs, language maps, `result.score` with `scaled` in [0, 1], and a
//! choice interaction whose responses are joined with `[,]`.

use super::json::Object;
use crate::engine::quiz::Quiz;
use crate::engine::session::{Answer, grade};
use crate::engine::summary::Summary;

/// ADL's verb for one answer.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// ADL's verb for a finished session.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// Points out of points possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub raw: u32,
    pub max: u32,
}

impl Score {
    /// `{"scaled":…,"raw":…,"min":0,"max":…}`, xAPI's `result.score` (`scaled` is `raw / max`, to four places).
    pub fn to_json(self) -> Object {
        Object::new()
            .ratio("scaled", u64::from(self.raw), u64::from(self.max))
            .int("raw", u64::from(self.raw))
            .int("min", 0)
            .int("max", u64::from(self.max))
    }
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

fn verb(id: &str, word: &str) -> Object {
    Object::new().str("id", id).obj("display", Object::new().str("en-US", word))
}

fn activity(id: String, language: &str, name: &str, kind: &str) -> Object {
    Object::new()
        .str("objectType", "Activity")
        .str("id", &id)
        .obj("definition", Object::new().obj("name", Object::new().str(language, name)).str("type", kind))
}

/// The language-map key for the quiz's text (`und`, "undetermined", when the file names none).
fn language(quiz: &Quiz) -> &str {
    if quiz.language.is_empty() { "und" } else { &quiz.language }
}

/// "I answered this scenario": the choice interaction with the correct pattern, the learner's response,
/// and the answer's points (one per right part). `None` when the quiz has no such scenario.
pub fn answered(page: &str, quiz: &Quiz, answer: &Answer) -> Option<Object> {
    let scenario = quiz.scenario(&answer.scenario)?;
    let g = grade(quiz, answer)?;
    let lang = language(quiz);
    let object = Object::new()
        .str("objectType", "Activity")
        .str("id", &activity_id(page, &quiz.id, Some(&scenario.id)))
        .obj(
            "definition",
            Object::new()
                .obj("name", Object::new().str(lang, &scenario.title))
                .str("type", INTERACTION)
                .str("interactionType", "choice")
                .strs("correctResponsesPattern", [format!("{}[,]{}", scenario.role, scenario.team).as_str()]),
        );
    let score = Score { raw: g.points(), max: 2 };
    Some(
        Object::new()
            .obj("verb", verb(ANSWERED, "answered"))
            .obj("object", object)
            .obj(
                "result",
                Object::new()
                    .obj("score", score.to_json())
                    .bool("success", g.is_perfect())
                    .bool("completion", true)
                    .str("response", &format!("{}[,]{}", answer.role, answer.team)),
            )
            .obj("context", parent_context(page, quiz))
            .str("timestamp", &timestamp(answer.at)),
    )
}

/// "I completed this quiz": the session's points, and success when they reach `pass` percent. `at` is when
/// the last answer was given.
pub fn completed(page: &str, quiz: &Quiz, summary: &Summary, pass: u8, at: u64) -> Object {
    let points = summary.points();
    let score = Score { raw: points.correct, max: points.total };
    Object::new()
        .obj("verb", verb(COMPLETED, "completed"))
        .obj("object", activity(activity_id(page, &quiz.id, None), language(quiz), &quiz.title, ASSESSMENT))
        .obj(
            "result",
            Object::new()
                .obj("score", score.to_json())
                .bool("success", passed(score, pass))
                .bool("completion", true),
        )
        .str("timestamp", &timestamp(at))
}

/// Whether a score reaches the pass mark, `pass` percent of the points (whole numbers only: no rounding).
pub fn passed(score: Score, pass: u8) -> bool {
    score.max > 0 && u64::from(score.raw) * 100 >= u64::from(pass) * u64::from(score.max)
}

fn parent_context(page: &str, quiz: &Quiz) -> Object {
    Object::new().obj(
        "contextActivities",
        Object::new().objs(
            "parent",
            [Object::new().str("objectType", "Activity").str("id", &activity_id(page, &quiz.id, None))],
        ),
    )
}

/// Milliseconds since the Unix epoch as an ISO 8601 UTC timestamp (`2026-11-23T13:45:07.250Z`).
pub fn timestamp(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let s = secs % 86_400;
    // Days to a civil date (Howard Hinnant's algorithm, proleptic Gregorian calendar).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        s / 3600,
        s % 3600 / 60,
        s % 60,
        ms % 1000
    )
}
