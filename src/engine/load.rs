//! From quiz text to a validated [`Quiz`], or to every problem found, each with a line, a column and a
//! plain-English message.
//!
//! The loader reports as much as it can in one pass (an author fixing a file wants the whole list), except
//! after a syntax error or an unknown schema version, where anything further would be noise.
//!
//! What must hold: no input panics; every problem points inside the text; a quiz that loads is internally
//! consistent (every reference resolves, every scenario's answer agrees with the chart, every option has an
//! explanation), so the rest of the app can index without checking.

use std::fmt;
use std::rc::Rc;

use super::practice::Practice;
use super::quiz::{
    Chart, Choice, Columns, Id, OriginalChart, OriginalRow, Owner, Questions, Quiz, Row, Scenario, Source,
};
use super::toml::{self, LineIndex, Span, Spanned, Table, Value};

mod practice;

pub use practice::{MAX_ITEMS, MAX_QUESTIONS};

/// The newest schema version this build reads. Version 1 (the chart's scenarios only) still reads
/// unchanged; version 2 adds `[practice]` (see [`super::practice`]).
pub const SCHEMA_VERSION: i64 = 2;
/// The oldest schema version this build reads.
pub const MIN_SCHEMA_VERSION: i64 = 1;
/// Larger files are refused before parsing: a quiz is text written by hand, and the browser must stay fast.
pub const MAX_BYTES: usize = 1024 * 1024;
/// More scenarios than this are refused (the built-in bank has about 45).
pub const MAX_SCENARIOS: usize = 2000;
/// Answer options per question: number keys choose them, and more would not fit a projector.
pub const MAX_OPTIONS: usize = 9;
/// Chart rows: a chart is read at a glance, and every scenario's row is looked up among them.
pub const MAX_ROWS: usize = 200;
/// Channels: a by-channel row names a role for each, in one chart cell.
pub const MAX_CHANNELS: usize = 20;
/// Sources: one per scenario at most is all a quiz can cite.
pub const MAX_SOURCES: usize = MAX_SCENARIOS;
/// Problems listed for one file; past this, one closing note says how many more there are. A file with
/// this many problems needs fixing at the first few, and a page listing a million would hang.
pub const MAX_PROBLEMS: usize = 100;
/// Longest id: ids go into storage keys and URLs.
pub const MAX_ID_LEN: usize = 64;

/// One thing wrong with a quiz file, and where. (Serde: the quiz-text reader, a wasm module of its own,
/// hands the problems to the page that asked.)
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl Problem {
    /// The checker's and the page's format: `FILE:LINE:COL: message`.
    pub fn in_file<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        struct InFile<'a>(&'a str, &'a Problem);
        impl fmt::Display for InFile<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}:{}:{}: {}", self.0, self.1.line, self.1.column, self.1.message)
            }
        }
        InFile(file, self)
    }
}

/// Read and validate a quiz. `Err` holds the problems found, in source order (never empty): all of them,
/// or the first [`MAX_PROBLEMS`] and a closing note saying how many more there are.
pub fn load(text: &str) -> Result<Quiz, Vec<Problem>> {
    let locate = |problems: Vec<Pending>| {
        // Sorted by byte offset, then discovery order: a total order, so the unstable sort (the one sort the
        // browser bundle carries) is deterministic. Only the listed problems get a line and column, since
        // finding a column costs up to the line's length (one very long line may hold thousands).
        let mut keyed: Vec<(usize, usize, Pending)> =
            problems.into_iter().enumerate().map(|(i, p)| (p.span.start, i, p)).collect();
        keyed.sort_unstable_by_key(|k| (k.0, k.1));
        keyed.dedup_by(|b, a| a.0 == b.0 && a.2.message == b.2.message && a.2.earlier == b.2.earlier);
        let more = keyed.len().saturating_sub(MAX_PROBLEMS);
        if more > 0 {
            keyed.truncate(MAX_PROBLEMS + 1);
            if let Some(last) = keyed.last_mut() {
                last.2.message =
                    format!("{more} more problems from here on (only the first {MAX_PROBLEMS} are listed)");
                last.2.earlier = None;
            }
        }
        let index = LineIndex::new(text);
        keyed
            .into_iter()
            .map(|(offset, _, pending)| {
                let (line, column) = index.position(offset);
                let mut message = pending.message;
                if let Some((span, label)) = pending.earlier {
                    let (l, c) = index.position(span.start);
                    message.push_str(&format!(" ({label} line {l}, column {c})"));
                }
                Problem { line, column, message }
            })
            .collect::<Vec<_>>()
    };
    if text.len() > MAX_BYTES {
        return Err(locate(vec![Pending::new(
            Span::default(),
            format!(
                "the file is {} KiB; quiz files are limited to {} KiB",
                text.len() / 1024,
                MAX_BYTES / 1024
            ),
        )]));
    }
    let root = match toml::parse(text) {
        Ok(root) => root,
        Err(e) => return Err(locate(vec![Pending::new(e.span, e.message)])),
    };
    let mut reader = Reader::default();
    let quiz = reader.quiz(&root);
    match quiz {
        Some(quiz) if reader.problems.is_empty() => Ok(quiz),
        _ => {
            if reader.problems.is_empty() {
                reader.problems.push(Pending::new(Span::default(), "the quiz could not be read".into()));
            }
            Err(locate(reader.problems))
        }
    }
}

/// A problem before it has a line and a column. `earlier` points at what the problem refers back to (the
/// first use of a duplicated id), with the words that introduce its position ("the first is at"): it is
/// positioned only if the problem is listed, as positions cost up to a line's length each.
struct Pending {
    span: Span,
    message: String,
    earlier: Option<(Span, &'static str)>,
}

impl Pending {
    fn new(span: Span, message: String) -> Self {
        Self { span, message, earlier: None }
    }
}

/// Collects problems while reading the parsed document into the model.
#[derive(Default)]
struct Reader {
    problems: Vec<Pending>,
}

/// A table together with the span of its header (for "missing key" problems) and a name for messages.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    table: &'a Table,
    span: Span,
    name: &'a str,
}

impl<'a> Ctx<'a> {
    fn get(&self, key: &str) -> Option<&'a Spanned<Value>> {
        self.table.get(key)
    }
}

/// The entries of a `[[list]]` that loaded, each with the span of its `id` (or of its table when it has
/// none), and the ids of those that did not.
struct Listed<T> {
    items: Vec<(Span, T)>,
    broken: Vec<Rc<str>>,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Self { items: Vec::new(), broken: Vec::new() }
    }
}

/// The ids of one kind of item that references can point at.
struct Ids {
    /// What one item is called in messages: "role", "chart row".
    what: &'static str,
    /// The items that loaded, in file order.
    loaded: Vec<Id>,
    /// The ids of items that did not load. Their own problems are reported already, so a reference to one
    /// is not: a chart row with an unknown team is one problem, not one more per scenario on that row.
    broken: Vec<Rc<str>>,
}

impl Ids {
    fn new<T>(what: &'static str, listed: &Listed<T>, id: impl Fn(&T) -> &Id) -> Self {
        let loaded = listed.items.iter().map(|(_, item)| id(item).clone()).collect();
        Self { what, loaded, broken: listed.broken.clone() }
    }

    fn has(&self, id: &str) -> bool {
        self.loaded.iter().chain(&self.broken).any(|k| &**k == id)
    }
}

/// The ids that references can point at.
struct Known {
    sources: Ids,
    roles: Ids,
    teams: Ids,
    channels: Ids,
}

impl Reader {
    fn problem(&mut self, span: Span, message: impl Into<String>) {
        self.problems.push(Pending::new(span, message.into()));
    }

    /// A "did you mean" hint, while few problems are known: past [`MAX_PROBLEMS`] most go unlisted, and a
    /// flood of unknown names would otherwise cost an edit distance against every known one.
    fn hint(&self, word: &str, known: &[&str]) -> String {
        if self.problems.len() < MAX_PROBLEMS { suggestion(word, known) } else { String::new() }
    }

    fn quiz(&mut self, root: &Table) -> Option<Quiz> {
        let top = Ctx { table: root, span: Span::default(), name: "the quiz" };
        let schema = self.schema(top)?;
        self.no_unknown_keys(
            top,
            &[
                "schema",
                "id",
                "title",
                "language",
                "description",
                "questions",
                "sources",
                "roles",
                "teams",
                "channels",
                "chart",
                "scenarios",
                "practice",
            ],
        );
        let id = self.id(top, "id");
        let title = self.text(top, "title");
        let description = self.optional_text(top, "description").unwrap_or_else(|| "".into());
        let language = match top.get("language") {
            Some(_) => self.language(top, "language"),
            None => Some("en".into()),
        };
        let questions = self.sub_table(top, "questions").and_then(|q| {
            self.no_unknown_keys(q, &["role", "team"]);
            Some(Questions { role: self.text(q, "role")?, team: self.text(q, "team")? })
        });

        let sources = self.list(top, "sources", "sources", "source", MAX_SOURCES, |r, t| {
            r.no_unknown_keys(t, &["id", "author", "title"]);
            Some(Source {
                id: r.id(t, "id")?.value,
                author: r.text(t, "author")?,
                title: r.text(t, "title")?,
            })
        });
        let roles = self.choices(top, "roles", "role", MAX_OPTIONS);
        let teams = self.choices(top, "teams", "team", MAX_OPTIONS);
        let channels = match top.get("channels") {
            Some(_) => self.choices(top, "channels", "channel", MAX_CHANNELS),
            None => Listed::default(),
        };
        self.unique_ids(
            roles
                .items
                .iter()
                .map(|(s, c)| (s, &c.id, "role"))
                .chain(teams.items.iter().map(|(s, c)| (s, &c.id, "team"))),
        );
        self.unique_ids(sources.items.iter().map(|(s, c)| (s, &c.id, "source")));
        self.unique_ids(channels.items.iter().map(|(s, c)| (s, &c.id, "channel")));
        for (what, list) in [("roles", &roles), ("teams", &teams)] {
            if let Some(v) = top.get(what)
                && list.items.len() < 2
                && self.problems.is_empty()
            {
                self.problem(v.span, format!("`{what}` needs at least 2 entries, so that there is a choice"));
            }
        }

        let known = Known {
            sources: Ids::new("source", &sources, |s| &s.id),
            roles: Ids::new("role", &roles, |c| &c.id),
            teams: Ids::new("team", &teams, |c| &c.id),
            channels: Ids::new("channel", &channels, |c| &c.id),
        };
        let labels: Labels = roles
            .items
            .iter()
            .chain(&teams.items)
            .chain(&channels.items)
            .map(|(_, c)| (c.id.clone(), c.label.clone()))
            .collect();
        let chart_table = self.sub_table(top, "chart");
        let rows = match chart_table {
            Some(c) => {
                self.list(c, "rows", "chart.rows", "chart row", MAX_ROWS, |r, t| r.row(t, &known, &labels))
            }
            None => Listed::default(),
        };
        self.unique_ids(rows.items.iter().map(|(s, row)| (s, &row.id, "chart row")));
        let row_ids = Ids::new("chart row", &rows, |r| &r.id);
        let chart = chart_table.and_then(|c| self.chart(c, &known, &rows.items));
        let rows: Vec<Row> = rows.items.into_iter().map(|(_, r)| r).collect();
        let scenarios = match chart_table {
            // Scenarios are checked against the rows that loaded, even when the chart's own keys have
            // problems: a missing title should not hide every other problem.
            Some(_) => self.scenarios(top, &rows, &row_ids, &known),
            None => {
                // Still say when there are too many: that may be the first thing to fix.
                if let Some(v) = top.get("scenarios") {
                    self.too_many(v, "scenario", MAX_SCENARIOS);
                }
                Vec::new()
            }
        };

        let practice = match top.get("practice") {
            None => Practice::default(),
            Some(v) if schema < 2 => {
                self.problem(
                    v.span,
                    "`practice` needs `schema = 2` at the top of the file (schema 1 has scenarios only)",
                );
                Practice::default()
            }
            Some(_) => self.practice(top, &known, &scenarios).unwrap_or_default(),
        };

        Some(Quiz {
            id: id?.value,
            title: title?,
            description,
            language: language?,
            questions: questions?,
            sources: sources.items.into_iter().map(|(_, s)| s).collect(),
            roles: roles.items.into_iter().map(|(_, c)| c).collect(),
            teams: teams.items.into_iter().map(|(_, c)| c).collect(),
            channels: channels.items.into_iter().map(|(_, c)| c).collect(),
            chart: Chart { rows, ..chart? },
            scenarios,
            practice,
        })
    }

    /// `schema` must be present and a version this build reads; otherwise nothing else is checked.
    fn schema(&mut self, top: Ctx) -> Option<i64> {
        match top.get("schema") {
            None => {
                self.problem(
                    top.span,
                    format!(
                        "missing `schema = {MIN_SCHEMA_VERSION}` at the top of the file (or `schema = \
                         {SCHEMA_VERSION}` to add practice items)"
                    ),
                );
                None
            }
            Some(Spanned { value: Value::Integer(n), .. })
                if (MIN_SCHEMA_VERSION..=SCHEMA_VERSION).contains(n) =>
            {
                Some(*n)
            }
            Some(Spanned { value: Value::Integer(n), span }) => {
                self.problem(
                    *span,
                    format!(
                        "unknown schema version {n}: this RoleCall reads schemas {MIN_SCHEMA_VERSION} to \
                         {SCHEMA_VERSION}"
                    ),
                );
                None
            }
            Some(v) => {
                self.problem(
                    v.span,
                    format!("`schema` must be a whole number, found {}", v.value.type_name()),
                );
                None
            }
        }
    }

    /// The chart's own keys, and the rule that its original wording is given whole or not at all. The
    /// rows are read apart (the returned chart has none), so that scenarios are checked against them even
    /// when a key here has a problem.
    fn chart(&mut self, c: Ctx, known: &Known, rows: &[(Span, Row)]) -> Option<Chart> {
        self.no_unknown_keys(
            c,
            &["title", "source", "measure", "role", "accountability", "rows", "original"],
        );
        let title = self.text(c, "title");
        let source = self.reference(c, "source", &known.sources, &[]);
        let columns = self.columns(c);
        let original = c.get("original").and_then(|_| {
            let o = self.sub_table(Ctx { name: "the chart", ..c }, "original")?;
            let o = Ctx { name: "`[chart.original]`", ..o };
            self.no_unknown_keys(o, &["language", "title", "measure", "role", "accountability"]);
            let language = self.language(o, "language");
            let title = self.text(o, "title");
            let columns = self.columns(o);
            Some(OriginalChart { language: language?, title: title?, columns: columns? })
        });
        // A translated chart shows its original beside it, so every row needs one; and rows with an original
        // need the chart's, for its language.
        let with_original = rows.iter().filter(|(_, r)| r.original.is_some()).count();
        if c.get("original").is_none() && with_original > 0 {
            self.problem(
                c.span,
                "chart rows give their `original` wording, but the chart has no `[chart.original]`: add it, \
                 with the original's `language`, `title` and column headings (`measure`, `role`, \
                 `accountability`)",
            );
        }
        if c.get("original").is_some() || with_original > 0 {
            for (span, row) in rows.iter().filter(|(_, r)| r.original.is_none()) {
                self.problem(
                    *span,
                    format!(
                        "chart row `{}` has no `original`: when the chart gives its original wording, every row \
                         needs it, as `original = {{ measure = \"...\", role = \"...\", accountability = \"...\" }}`",
                        row.id
                    ),
                );
            }
        }
        Some(Chart { title: title?, source: source?, columns: columns?, rows: Vec::new(), original })
    }

    /// The three column headings (`measure`, `role`, `accountability`), all required; or a translated row's
    /// three original cells, under the same keys.
    fn columns(&mut self, t: Ctx) -> Option<Columns> {
        let measure = self.text(t, "measure");
        let role = self.text(t, "role");
        let accountability = self.text(t, "accountability");
        Some(Columns { measure: measure?, role: role?, accountability: accountability? })
    }

    fn row(&mut self, t: Ctx, known: &Known, labels: &Labels) -> Option<Row> {
        self.no_unknown_keys(
            t,
            &["id", "measure", "role", "role_text", "team", "accountability", "original"],
        );
        let id = self.id(t, "id");
        let measure = self.text(t, "measure");
        let owner = match t.get("role") {
            None => {
                self.problem(t.span, format!("{} has no `role`: name the role that owns this row", t.name));
                None
            }
            Some(Spanned { value: Value::String(s), span }) => {
                self.resolve(*span, s, &known.roles, &[&known.teams, &known.channels]).map(Owner::Role)
            }
            Some(Spanned { value: Value::Table(map), span }) => {
                if map.entries.is_empty() {
                    self.problem(*span, "`role` by channel is empty: map each channel to a role");
                }
                // One owner left unresolved leaves the row out, as a row that silently lost a channel
                // would make that channel's scenarios say the row names no owner for it.
                let mut pairs = Vec::new();
                for (channel, role) in &map.entries {
                    let channel =
                        self.resolve(channel.span, &channel.value, &known.channels, &[&known.roles]);
                    let role = match &role.value {
                        Value::String(s) => {
                            self.resolve(role.span, s, &known.roles, &[&known.teams, &known.channels])
                        }
                        other => {
                            self.problem(
                                role.span,
                                format!("expected a role id, found {}", other.type_name()),
                            );
                            None
                        }
                    };
                    pairs.push(channel.zip(role));
                }
                let pairs: Option<Vec<(Id, Id)>> = pairs.into_iter().collect();
                pairs.filter(|p| !p.is_empty()).map(Owner::ByChannel)
            }
            Some(v) => {
                self.problem(
                    v.span,
                    format!(
                        "`role` must be a role id or a table of channel = role, found {}",
                        v.value.type_name()
                    ),
                );
                None
            }
        };
        let team = self.reference(t, "team", &known.teams, &[&known.roles]);
        let role_text = self.optional_text(t, "role_text");
        let accountability = self.optional_text(t, "accountability");
        let original = t.get("original").map(|_| {
            let o = self.sub_table(t, "original")?;
            let name = format!("the `original` of {}", t.name);
            let o = Ctx { name: &name, ..o };
            self.no_unknown_keys(o, &["measure", "role", "accountability"]);
            let cells = self.columns(o)?;
            Some(OriginalRow {
                measure: cells.measure,
                role: cells.role,
                accountability: cells.accountability,
            })
        });
        let (owner, team) = (owner?, team?);
        // A row whose `original` has a problem is left out, like any row with a problem.
        let original = match original {
            None => None,
            Some(read) => Some(read?),
        };
        let label =
            |id: &Id| labels.iter().find(|(k, _)| k == id).map_or_else(|| id.clone(), |(_, l)| l.clone());
        let role_text = role_text.unwrap_or_else(|| match &owner {
            Owner::Role(r) => label(r),
            Owner::ByChannel(pairs) => pairs
                .iter()
                .map(|(c, r)| format!("{} ({})", label(r), label(c)))
                .collect::<Vec<_>>()
                .join("; ")
                .into(),
        });
        let accountability = accountability.unwrap_or_else(|| label(&team));
        Some(Row { id: id?.value, measure: measure?, owner, team, role_text, accountability, original })
    }

    fn scenarios(&mut self, top: Ctx, rows: &[Row], row_ids: &Ids, known: &Known) -> Vec<Scenario> {
        let scenarios = self.list(top, "scenarios", "scenarios", "scenario", MAX_SCENARIOS, |r, t| {
            r.scenario(t, rows, row_ids, known)
        });
        self.unique_ids(scenarios.items.iter().map(|(s, sc)| (s, &sc.id, "scenario")));
        scenarios.items.into_iter().map(|(_, s)| s).collect()
    }

    fn scenario(&mut self, t: Ctx, rows: &[Row], row_ids: &Ids, known: &Known) -> Option<Scenario> {
        const KEYS: [&str; 9] = ["id", "title", "row", "channel", "source", "story", "role", "team", "why"];
        let Some(id) = self.id(t, "id") else {
            self.no_unknown_keys(t, &KEYS);
            return None;
        };
        let name = format!("scenario `{}`", id.value);
        let t = Ctx { name: &name, ..t };
        self.no_unknown_keys(t, &KEYS);
        let title = self.text(t, "title");
        let story = self.text(t, "story");
        let source = self
            .reference(t, "source", &known.sources, &[])
            .and_then(|s| known.sources.loaded.iter().position(|k| *k == s));
        let row = self.reference(t, "row", row_ids, &[]);
        let channel = match t.get("channel") {
            Some(Spanned { value: Value::String(s), span }) => {
                Some((*span, self.resolve(*span, s, &known.channels, &[&known.roles])))
            }
            Some(v) => {
                self.problem(
                    v.span,
                    format!("`channel` must be a channel id, found {}", v.value.type_name()),
                );
                None
            }
            None => None,
        };
        let role = self.answer(t, "role", &known.roles, &[&known.teams, &known.channels]);
        let team = self.answer(t, "team", &known.teams, &[&known.roles]);
        let why = self.why(t, known);

        // The answers must be the chart's: accuracy to the chart is the point of the quiz.
        let row_index = row.as_ref().and_then(|r| rows.iter().position(|x| x.id == *r));
        if let Some(row) = row_index.map(|i| &rows[i]) {
            let channel_id = match (&row.owner, &channel) {
                (Owner::Role(_), Some((span, _))) => {
                    self.problem(
                        *span,
                        format!(
                            "{name}: `channel` is only for rows whose owner depends on the channel, and `{}` has one owner",
                            row.id
                        ),
                    );
                    None
                }
                (Owner::ByChannel(pairs), None) => {
                    let options: Vec<&str> = pairs.iter().map(|(c, _)| &**c).collect();
                    self.problem(
                        t.span,
                        format!(
                            "{name}: the owner of `{}` depends on the channel; add `channel = ` one of {}",
                            row.id,
                            quoted_list(&options)
                        ),
                    );
                    None
                }
                (_, Some((_, c))) => c.clone(),
                (Owner::Role(_), None) => None,
            };
            let expected_role = row.role_for(channel_id.as_deref());
            if let (Some((span, role)), Some(expected)) = (&role, expected_role) {
                if role != expected {
                    let on = channel_id.map(|c| format!(" on `{c}`")).unwrap_or_default();
                    self.problem(
                        *span,
                        format!(
                            "{name}: the role is `{role}`, but the chart gives `{expected}` for `{}`{on}",
                            row.id
                        ),
                    );
                }
            } else if let (Some((span, _)), Some(c), Owner::ByChannel(pairs), None) =
                (&channel, &channel_id, &row.owner, expected_role)
            {
                let named: Vec<&str> = pairs.iter().map(|(c, _)| &**c).collect();
                self.problem(
                    *span,
                    format!(
                        "{name}: the chart row `{}` names no owner for `{c}`: use `channel = ` one of {}, or add \
                         `{c}` to the row's `role`",
                        row.id,
                        quoted_list(&named)
                    ),
                );
            }
            if let Some((span, team)) = &team
                && *team != row.team
            {
                self.problem(
                    *span,
                    format!(
                        "{name}: the team is `{team}`, but the chart gives `{}` for `{}`",
                        row.team, row.id
                    ),
                );
            }
        }

        Some(Scenario {
            id: id.value,
            title: title?,
            story: story?,
            row: row_index?,
            channel: channel.and_then(|(_, c)| c),
            role: role?.1,
            team: team?.1,
            source: source?,
            why: why?,
        })
    }

    /// A scenario's correct answer: required, and one of the offered options.
    fn answer(&mut self, t: Ctx, key: &str, options: &Ids, others: &[&Ids]) -> Option<(Span, Id)> {
        match t.get(key) {
            None => {
                self.problem(
                    t.span,
                    format!(
                        "{} has no correct {key}: add `{key} = ` one of {}",
                        t.name,
                        quoted_ids(&options.loaded)
                    ),
                );
                None
            }
            Some(Spanned { value: Value::String(s), span }) => {
                self.resolve(*span, s, options, others).map(|id| (*span, id))
            }
            Some(v) => {
                self.problem(v.span, format!("`{key}` must be a {key} id, found {}", v.value.type_name()));
                None
            }
        }
    }

    /// The `why` table: one non-empty explanation for every role and every team, and nothing else.
    fn why(&mut self, t: Ctx, known: &Known) -> Option<Vec<(Id, Rc<str>)>> {
        let w = self.sub_table(t, "why")?;
        // A role and a team with the same id are one problem, reported where the ids are defined.
        let mut options: Vec<&Id> = Vec::new();
        for id in known.roles.loaded.iter().chain(&known.teams.loaded) {
            if !options.contains(&id) {
                options.push(id);
            }
        }
        let mut out = Vec::new();
        for (key, _) in &w.table.entries {
            let broken = known.roles.broken.iter().chain(&known.teams.broken).any(|b| **b == *key.value);
            if !broken && !options.iter().any(|o| ***o == *key.value) {
                let names: Vec<&str> = options.iter().map(|o| &***o).collect();
                self.problem(
                    key.span,
                    format!(
                        "{}: `why` has an entry for `{}`, which is not a role or team; expected {}{}",
                        t.name,
                        key.value,
                        quoted_list(&names),
                        self.hint(&key.value, &names)
                    ),
                );
            }
        }
        for option in options {
            let ctx = Ctx { name: t.name, ..w };
            match w.get(option) {
                None => self.problem(
                    w.span,
                    format!("{} has no explanation for the option `{option}`: add `{option} = \"...\"` to its `why`", t.name),
                ),
                Some(_) => {
                    if let Some(text) = self.text(ctx, option) {
                        out.push((option.clone(), text));
                    }
                }
            }
        }
        Some(out)
    }

    fn choices(&mut self, top: Ctx, key: &str, what: &str, max: usize) -> Listed<Choice> {
        self.list(top, key, key, what, max, |r, t| {
            r.no_unknown_keys(t, &["id", "label"]);
            Some(Choice { id: r.id(t, "id")?.value, label: r.text(t, "label")? })
        })
    }

    /// Reads a non-empty array of at most `max` tables under `key` (required; `path` is how a file writes
    /// its header), calling `read` on each; items that fail are skipped (their problems are recorded), and
    /// their ids, when written, are listed as broken. In a longer array only the first `max` are read, so
    /// the work that depends on them stays bounded, and the limit is reported.
    fn list<T>(
        &mut self,
        parent: Ctx,
        key: &str,
        path: &str,
        what: &str,
        max: usize,
        mut read: impl FnMut(&mut Self, Ctx) -> Option<T>,
    ) -> Listed<T> {
        let items = match parent.get(key) {
            None => {
                self.problem(
                    parent.span,
                    format!("{} has no `{key}`: add at least one `[[{path}]]`", parent.name),
                );
                return Listed::default();
            }
            Some(Spanned { value: Value::Array(items), span }) if items.is_empty() => {
                self.problem(*span, format!("`{key}` is empty: add at least one `[[{path}]]`"));
                return Listed::default();
            }
            Some(v @ Spanned { value: Value::Array(items), .. }) => {
                self.too_many(v, what, max);
                &items[..items.len().min(max)]
            }
            Some(v) => {
                self.problem(
                    v.span,
                    format!("`{key}` must be a list of tables (`[[{path}]]`), found {}", v.value.type_name()),
                );
                return Listed::default();
            }
        };
        let mut out = Listed::default();
        for (n, item) in items.iter().enumerate() {
            let Value::Table(table) = &item.value else {
                self.problem(
                    item.span,
                    format!("each entry of `{key}` must be a table, found {}", item.value.type_name()),
                );
                continue;
            };
            let name = format!("{what} #{}", n + 1);
            match read(self, Ctx { table, span: item.span, name: &name }) {
                Some(v) => out.items.push((table.get("id").map_or(item.span, |id| id.span), v)),
                None => {
                    if let Some(Spanned { value: Value::String(id), .. }) = table.get("id") {
                        out.broken.push(id.trim().into());
                    }
                }
            }
        }
        out
    }

    /// Reports an array of more than `max` entries (`what` names one entry).
    fn too_many(&mut self, v: &Spanned<Value>, what: &str, max: usize) {
        if let Value::Array(items) = &v.value
            && items.len() > max
        {
            self.problem(v.span, format!("there are {} {what}s; the limit is {max}", items.len()));
        }
    }

    fn sub_table<'a>(&mut self, parent: Ctx<'a>, key: &'a str) -> Option<Ctx<'a>> {
        match parent.get(key) {
            None => {
                self.problem(parent.span, format!("{} has no `{key}` table: add `[{key}]`", parent.name));
                None
            }
            Some(Spanned { value: Value::Table(table), span }) => Some(Ctx { table, span: *span, name: key }),
            Some(v) => {
                self.problem(v.span, format!("`{key}` must be a table, found {}", v.value.type_name()));
                None
            }
        }
    }

    /// A required, non-empty piece of text.
    fn text(&mut self, t: Ctx, key: &str) -> Option<Rc<str>> {
        match t.get(key) {
            None => {
                self.problem(t.span, format!("{} has no `{key}`", t.name));
                None
            }
            Some(v) => self.non_empty(v, key, t.name),
        }
    }

    fn optional_text(&mut self, t: Ctx, key: &str) -> Option<Rc<str>> {
        t.get(key).and_then(|v| self.non_empty(v, key, t.name))
    }

    fn non_empty(&mut self, v: &Spanned<Value>, key: &str, name: &str) -> Option<Rc<str>> {
        match &v.value {
            Value::String(s) if s.trim().is_empty() => {
                self.problem(v.span, format!("`{key}` in {name} is empty"));
                None
            }
            Value::String(s) => Some(s.trim().into()),
            other => {
                self.problem(v.span, format!("`{key}` in {name} must be text, found {}", other.type_name()));
                None
            }
        }
    }

    /// A required language tag, in the shape BCP 47 gives them (`en`, `es-419`, `zh-Hant`), as browsers
    /// and screen readers need it to read the text right.
    fn language(&mut self, t: Ctx, key: &str) -> Option<Rc<str>> {
        let tag = self.text(t, key)?;
        if is_language_tag(&tag) {
            return Some(tag);
        }
        let span = t.get(key).map_or(t.span, |v| v.span);
        let good = "a language tag (BCP 47) such as `en`, `es`, `pt-BR` or `zh-Hant`: a 2- or 3-letter \
                    language code, then optional parts such as a region, joined by hyphens";
        let message = if let Some(code) = language_code_for_name(&tag) {
            format!("`{key}` must be a language tag, not a language's name: write `{code}` for {tag}")
        } else if tag.contains('_') && is_language_tag(&tag.replace('_', "-")) {
            format!(
                "`{key}` must be a language tag with hyphens, not underscores: write `{}`",
                tag.replace('_', "-")
            )
        } else {
            format!("`{key}` in {} must be {good}; found `{tag}`", t.name)
        };
        self.problem(span, message);
        None
    }

    /// A required id: letters, digits, `-` and `_`, at most [`MAX_ID_LEN`] characters.
    fn id(&mut self, t: Ctx, key: &str) -> Option<Spanned<Id>> {
        let text = self.text(t, key)?;
        let span = t.get(key).map(|v| v.span).unwrap_or(t.span);
        if text.len() > MAX_ID_LEN {
            self.problem(span, format!("the id `{text}` is longer than {MAX_ID_LEN} characters"));
            return None;
        }
        if !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            self.problem(span, format!("the id `{text}` may use only letters, digits, `-` and `_`"));
            return None;
        }
        Some(Spanned::new(text, span))
    }

    /// A required reference to one of `known` (see [`Reader::resolve`] for `others`).
    fn reference(&mut self, t: Ctx, key: &str, known: &Ids, others: &[&Ids]) -> Option<Id> {
        match t.get(key) {
            None => {
                self.problem(t.span, format!("{} has no `{key}`", t.name));
                None
            }
            Some(Spanned { value: Value::String(s), span }) => self.resolve(*span, s, known, others),
            Some(v) => {
                let what = known.what;
                self.problem(v.span, format!("`{key}` must be a {what} id, found {}", v.value.type_name()));
                None
            }
        }
    }

    /// The item of `known` that `id` names. An id of another kind that could be mistaken for one (a role
    /// where a team goes) is named as such; an item that did not load is not reported again.
    fn resolve(&mut self, span: Span, id: &str, known: &Ids, others: &[&Ids]) -> Option<Id> {
        if let Some(found) = known.loaded.iter().find(|k| &***k == id) {
            return Some(found.clone());
        }
        if known.broken.iter().any(|k| &**k == id) {
            return None;
        }
        let what = known.what;
        let names: Vec<&str> = known.loaded.iter().map(|k| &**k).collect();
        let expected = if names.is_empty() {
            format!("no {what}s are defined")
        } else {
            format!("known {what}s: {}", quoted_list(&names))
        };
        if let Some(other) = others.iter().find(|o| o.has(id)) {
            self.problem(span, format!("`{id}` is a {}, not a {what} ({expected})", other.what));
            return None;
        }
        let hint = self.hint(id, &names);
        self.problem(span, format!("unknown {what} `{id}` ({expected}){hint}"));
        None
    }

    /// Reports every id used a second time, with the kind of item it names (`kind`) and where the first
    /// is. Roles and teams come in one list: their ids share a namespace.
    fn unique_ids<'i>(&mut self, ids: impl Iterator<Item = (&'i Span, &'i Id, &'static str)>) {
        // A linear scan: lists are at most a few thousand ids, and a hash map costs the browser bundle more.
        let mut seen: Vec<(&str, Span, &str)> = Vec::new();
        for (span, id, kind) in ids {
            match seen.iter().find(|(s, _, _)| *s == &**id) {
                Some(&(_, first, first_kind)) if first_kind == kind => self.problems.push(Pending {
                    span: *span,
                    message: format!("the {kind} id `{id}` is used twice"),
                    earlier: Some((first, "the first is at")),
                }),
                Some(&(_, first, first_kind)) => self.problems.push(Pending {
                    span: *span,
                    message: format!(
                        "the {kind} id `{id}` is also a {first_kind}'s: role and team ids share one namespace, \
                         as a scenario's `why` is keyed by them, so give one of the two another id"
                    ),
                    earlier: Some((first, if first_kind == "role" { "the role is at" } else { "the team is at" })),
                }),
                None => seen.push((id, *span, kind)),
            }
        }
    }

    fn no_unknown_keys(&mut self, t: Ctx, allowed: &[&str]) {
        for key in t.table.keys() {
            if !allowed.contains(&key.value.as_str()) {
                let hint = self.hint(&key.value, allowed);
                self.problem(key.span, format!("unknown key `{}` in {}{hint}", key.value, t.name));
            }
        }
    }
}

/// Whether `tag` has the shape of a BCP 47 language tag: a language subtag of 2 or 3 letters (or `x` or
/// `i`, for private and old registered tags), then subtags of 1 to 8 letters or digits, joined by hyphens.
/// The shape only: checking the subtags against the registry would take a list the browser does not need.
/// (BCP 47 also reserves 4- to 8-letter language subtags, but none is registered, and `English` is one.)
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first = subtags.next().unwrap_or_default();
    let rest: Vec<&str> = subtags.collect();
    let language = (2..=3).contains(&first.len()) && first.chars().all(|c| c.is_ascii_alphabetic());
    let singleton = matches!(first, "x" | "X" | "i" | "I") && !rest.is_empty();
    (language || singleton)
        && rest.iter().all(|s| (1..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric()))
        // A one-character subtag (`u`, `x`) introduces an extension and must be followed by one.
        && rest.last().is_none_or(|s| s.len() > 1)
}

/// The tag for a few language names that authors write instead (`English`, `Español`).
fn language_code_for_name(name: &str) -> Option<&'static str> {
    const NAMES: [(&str, &str); 16] = [
        ("english", "en"),
        ("spanish", "es"),
        ("español", "es"),
        ("castellano", "es"),
        ("french", "fr"),
        ("français", "fr"),
        ("german", "de"),
        ("deutsch", "de"),
        ("portuguese", "pt"),
        ("português", "pt"),
        ("italian", "it"),
        ("italiano", "it"),
        ("catalan", "ca"),
        ("català", "ca"),
        ("dutch", "nl"),
        ("arabic", "ar"),
    ];
    // ASCII case only: `to_lowercase` would bring Unicode's case tables (about 11 KB) into the browser bundle
    // for a hint, and the names start with an ASCII letter anyway.
    NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, code)| *code)
}

/// Option and channel ids with their labels, for the chart's derived wording.
type Labels = Vec<(Id, Rc<str>)>;

fn quoted_list(names: &[&str]) -> String {
    const SHOWN: usize = 12;
    let mut s: Vec<String> = names.iter().take(SHOWN).map(|n| format!("`{n}`")).collect();
    if names.len() > SHOWN {
        s.push(format!("and {} more", names.len() - SHOWN));
    }
    s.join(", ")
}

fn quoted_ids(ids: &[Id]) -> String {
    quoted_list(&ids.iter().map(|i| &**i).collect::<Vec<_>>())
}

/// "; did you mean `x`?" when a known name is one or two edits away.
fn suggestion(word: &str, known: &[&str]) -> String {
    known
        .iter()
        .map(|k| (edit_distance(word, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min()
        .map(|(_, k)| format!("; did you mean `{k}`?"))
        .unwrap_or_default()
}

/// Levenshtein distance, bounded: long words are not compared (a typo hint is not worth quadratic work).
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() > 40 || b.len() > 40 {
        return usize::MAX;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("story", "stroy"), 2);
        assert_eq!(edit_distance("team", "teams"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn suggestion_names_the_nearest_known_word() {
        assert_eq!(suggestion("stroy", &["story", "title"]), "; did you mean `story`?");
        assert_eq!(suggestion("zzzzzz", &["story"]), "");
    }
}
