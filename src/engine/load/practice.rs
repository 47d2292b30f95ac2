//! Reading schema 2's `[practice]` table: its questions, duty lists and items, with the same positions and
//! the same voice as the rest of the loader's problems. What must hold afterwards is
//! [`Practice::is_consistent`]: every item answers a question of its own kind with one of its options, every
//! duty names a list, every other item a source, and ids are unique (item ids also against scenario ids, as
//! progress keeps both by id in one history).

use super::super::practice::{DutyList, Item, Kind, Practice, Question};
use super::super::quiz::{Choice, Id, Scenario};
use super::super::toml::{Spanned, Value};
use super::{Ctx, Ids, Known, MAX_OPTIONS, MAX_SCENARIOS, Reader, quoted_ids, quoted_list};

/// Practice items in one file, like scenarios.
pub const MAX_ITEMS: usize = MAX_SCENARIOS;
/// Questions and lists: each is a heading a learner reads, so a handful is plenty.
pub const MAX_QUESTIONS: usize = 50;

/// The kinds a `[[practice.questions]]` or `[[practice.items]]` entry may name, for messages.
fn kind_names() -> Vec<&'static str> {
    Kind::PRACTICE.iter().map(|k| k.tag()).collect()
}

impl Reader {
    /// The `[practice]` table (already known to be present and allowed by the schema).
    pub(super) fn practice(&mut self, top: Ctx, known: &Known, scenarios: &[Scenario]) -> Option<Practice> {
        let p = self.sub_table(top, "practice")?;
        let p = Ctx { name: "`[practice]`", ..p };
        self.no_unknown_keys(p, &["questions", "lists", "items"]);
        let questions =
            self.list(p, "questions", "practice.questions", "question", MAX_QUESTIONS, |r, t| r.question(t));
        self.unique_ids(questions.items.iter().map(|(s, q)| (s, &q.id, "question")));
        let lists = match p.get("lists") {
            Some(_) => self.list(p, "lists", "practice.lists", "list", MAX_QUESTIONS, |r, t| {
                r.no_unknown_keys(t, &["id", "label", "source"]);
                let id = r.id(t, "id");
                let label = r.text(t, "label");
                let source = r.source_index(t, known);
                Some(DutyList { id: id?.value, label: label?, source: source? })
            }),
            None => Default::default(),
        };
        self.unique_ids(lists.items.iter().map(|(s, l)| (s, &l.id, "list")));
        let question_ids = Ids::new("question", &questions, |q| &q.id);
        let list_ids = Ids::new("list", &lists, |l| &l.id);
        let questions: Vec<Question> = questions.items.into_iter().map(|(_, q)| q).collect();
        let lists: Vec<DutyList> = lists.items.into_iter().map(|(_, l)| l).collect();
        let ctx = ItemCtx {
            questions: &questions,
            question_ids: &question_ids,
            lists: &lists,
            list_ids: &list_ids,
        };
        let items = self.list(p, "items", "practice.items", "item", MAX_ITEMS, |r, t| r.item(t, &ctx, known));
        self.unique_ids(items.items.iter().map(|(s, i)| (s, &i.id, "item")));
        for (span, item) in &items.items {
            if scenarios.iter().any(|s| s.id == item.id) {
                self.problem(
                    *span,
                    format!(
                        "the item id `{}` is also a scenario's: progress keeps both by id, so give one of the two \
                         another id",
                        item.id
                    ),
                );
            }
        }
        let items: Vec<Item> = items.items.into_iter().map(|(_, i)| i).collect();
        self.enough_items(p, &questions, &items);
        Some(Practice { questions, lists, items })
    }

    /// Every question is asked by some item, and a sort has at least two duties to sort.
    fn enough_items(&mut self, p: Ctx, questions: &[Question], items: &[Item]) {
        if !self.problems.is_empty() {
            // Items left out for their own problems would make these counts wrong, and the message noise.
            return;
        }
        let span = p.get("questions").map_or(p.span, |v| v.span);
        for (n, q) in questions.iter().enumerate() {
            let asked = items.iter().filter(|i| i.question == n).count();
            if asked == 0 {
                self.problem(
                    span,
                    format!("no item answers the question `{}`: add items, or remove it", q.id),
                );
            } else if q.kind == Kind::Sort && asked < 2 {
                self.problem(
                    span,
                    format!(
                        "the sort question `{}` has 1 duty; a sort needs at least 2, so that there is something \
                         to sort",
                        q.id
                    ),
                );
            }
        }
    }

    fn question(&mut self, t: Ctx) -> Option<Question> {
        self.no_unknown_keys(t, &["id", "kind", "prompt", "options"]);
        let id = self.id(t, "id");
        let kind = self.kind(t);
        let prompt = self.text(t, "prompt");
        let options = self.list(t, "options", "practice.questions.options", "option", MAX_OPTIONS, |r, o| {
            r.no_unknown_keys(o, &["id", "label"]);
            Some(Choice { id: r.id(o, "id")?.value, label: r.text(o, "label")? })
        });
        self.unique_ids(options.items.iter().map(|(s, c)| (s, &c.id, "option")));
        if let Some(v) = t.get("options")
            && options.items.len() == 1
            && options.broken.is_empty()
        {
            self.problem(
                v.span,
                format!("{} has 1 option; a question needs at least 2, so that there is a choice", t.name),
            );
        }
        Some(Question {
            id: id?.value,
            kind: kind?,
            prompt: prompt?,
            options: options.items.into_iter().map(|(_, c)| c).collect(),
        })
    }

    /// A required `kind`: one of the practice kinds.
    fn kind(&mut self, t: Ctx) -> Option<Kind> {
        let names = kind_names();
        match t.get("kind") {
            None => {
                self.problem(
                    t.span,
                    format!("{} has no `kind`: add `kind = ` one of {}", t.name, quoted_list(&names)),
                );
                None
            }
            Some(Spanned { value: Value::String(s), span }) => {
                match Kind::from_tag(s.trim()).filter(|k| Kind::PRACTICE.contains(k)) {
                    Some(kind) => Some(kind),
                    None => {
                        let hint = self.hint(s, &names);
                        self.problem(
                            *span,
                            format!("unknown kind `{s}` (known kinds: {}){hint}", quoted_list(&names)),
                        );
                        None
                    }
                }
            }
            Some(v) => {
                self.problem(v.span, format!("`kind` must be text, found {}", v.value.type_name()));
                None
            }
        }
    }

    /// A required source id, as an index into the quiz's sources.
    fn source_index(&mut self, t: Ctx, known: &Known) -> Option<usize> {
        self.reference(t, "source", &known.sources, &[])
            .and_then(|s| known.sources.loaded.iter().position(|k| *k == s))
    }

    fn item(&mut self, t: Ctx, ctx: &ItemCtx, known: &Known) -> Option<Item> {
        const KEYS: [&str; 10] =
            ["id", "kind", "text", "question", "answer", "list", "source", "passage", "why", "hard"];
        let Some(id) = self.id(t, "id") else {
            self.no_unknown_keys(t, &KEYS);
            return None;
        };
        let name = format!("item `{}`", id.value);
        let t = Ctx { name: &name, ..t };
        self.no_unknown_keys(t, &KEYS);
        let kind = self.kind(t);
        let text = self.text(t, "text");
        let why = self.text(t, "why");
        let passage = self.optional_text(t, "passage");
        let hard = match t.get("hard") {
            None => false,
            Some(Spanned { value: Value::Boolean(b), .. }) => *b,
            Some(v) => {
                self.problem(
                    v.span,
                    format!("`hard` in {name} must be `true` or `false`, found {}", v.value.type_name()),
                );
                false
            }
        };
        let kind = kind?;
        let question = self.item_question(t, kind, ctx);
        let answer = question.and_then(|q| self.item_answer(t, &ctx.questions[q]));
        let (list, source) = if kind == Kind::Sort {
            if let Some(v) = t.get("source") {
                self.problem(
                    v.span,
                    format!("{name}: a duty's source is its list's; remove `source` (or give the list that source)"),
                );
            }
            let list = match t.get("list") {
                None => {
                    self.problem(
                        t.span,
                        format!(
                            "duty `{}` has no `list`: a sort's feedback names the list each duty comes from, so add \
                             `list = ` one of {}",
                            id.value,
                            if ctx.list_ids.loaded.is_empty() {
                                "the `[[practice.lists]]` (none is defined yet)".to_string()
                            } else {
                                quoted_ids(&ctx.list_ids.loaded)
                            }
                        ),
                    );
                    None
                }
                Some(_) => self
                    .reference(t, "list", ctx.list_ids, &[])
                    .and_then(|l| ctx.lists.iter().position(|x| x.id == l)),
            };
            (list, list.map(|l| ctx.lists[l].source))
        } else {
            if let Some(v) = t.get("list") {
                self.problem(
                    v.span,
                    format!("{name}: `list` is only for `sort` items (their duties' lists)"),
                );
            }
            (None, self.source_index(t, known))
        };
        if kind == Kind::Sort && list.is_none() {
            return None;
        }
        Some(Item {
            id: id.value,
            kind,
            text: text?,
            question: question?,
            answer: answer?,
            list,
            source: source?,
            passage,
            why: why?,
            hard,
        })
    }

    /// The question an item answers: the one it names, or the only one of its kind.
    fn item_question(&mut self, t: Ctx, kind: Kind, ctx: &ItemCtx) -> Option<usize> {
        let of_kind: Vec<&Id> = ctx.questions.iter().filter(|q| q.kind == kind).map(|q| &q.id).collect();
        let index = |id: &Id| ctx.questions.iter().position(|q| q.id == *id);
        match t.get("question") {
            None if of_kind.len() == 1 => index(of_kind[0]),
            None if of_kind.is_empty() => {
                // A question of this kind that did not load has its own problem already.
                if ctx.question_ids.broken.is_empty() {
                    self.problem(
                        t.span,
                        format!(
                            "{} is a `{}` item, but no `[[practice.questions]]` has `kind = \"{}\"`: add one, with \
                             the options its answer is chosen from",
                            t.name,
                            kind.tag(),
                            kind.tag()
                        ),
                    );
                }
                None
            }
            None => {
                let ids: Vec<Id> = of_kind.into_iter().cloned().collect();
                self.problem(
                    t.span,
                    format!(
                        "{} has no `question`, and there are {} `{}` questions: add `question = ` one of {}",
                        t.name,
                        ids.len(),
                        kind.tag(),
                        quoted_ids(&ids)
                    ),
                );
                None
            }
            Some(_) => {
                let id = self.reference(t, "question", ctx.question_ids, &[])?;
                let n = index(&id)?;
                let q = &ctx.questions[n];
                if q.kind != kind {
                    let span = t.get("question").map_or(t.span, |v| v.span);
                    self.problem(
                        span,
                        format!(
                            "{}: the question `{}` is a `{}` question, and this item is `{}`",
                            t.name,
                            q.id,
                            q.kind.tag(),
                            kind.tag()
                        ),
                    );
                    return None;
                }
                Some(n)
            }
        }
    }

    /// An item's `answer`: required, and one of its question's options.
    fn item_answer(&mut self, t: Ctx, question: &Question) -> Option<Id> {
        let options: Vec<Id> = question.options.iter().map(|o| o.id.clone()).collect();
        match t.get("answer") {
            None => {
                self.problem(
                    t.span,
                    format!("{} has no `answer`: add `answer = ` one of {}", t.name, quoted_ids(&options)),
                );
                None
            }
            Some(Spanned { value: Value::String(s), span }) => {
                let s = s.trim();
                if let Some(found) = options.iter().find(|o| &***o == s) {
                    return Some(found.clone());
                }
                let names: Vec<&str> = options.iter().map(|o| &**o).collect();
                let hint = self.hint(s, &names);
                self.problem(
                    *span,
                    format!(
                        "{}: unknown answer `{s}`; the question `{}` offers {}{hint}",
                        t.name,
                        question.id,
                        quoted_list(&names)
                    ),
                );
                None
            }
            Some(v) => {
                self.problem(v.span, format!("`answer` must be an option id, found {}", v.value.type_name()));
                None
            }
        }
    }
}

/// What an item's references resolve against.
struct ItemCtx<'a> {
    questions: &'a [Question],
    question_ids: &'a Ids,
    lists: &'a [DutyList],
    list_ids: &'a Ids,
}
