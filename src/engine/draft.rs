//! An author's draft of a quiz, as the editor holds it: the text, the problems [`load`] finds in it, the
//! lines to mark in the gutter, and the last version that loaded, which the preview keeps showing while the
//! text is broken.
//!
//! What must hold: a draft's problems and marks always belong to its own text (they are computed from it, never
//! carried over); `last_valid` changes only when the text loads as a different quiz, so an edit that changes
//! nothing a learner sees (a comment, spacing) keeps the preview where it is.

use std::rc::Rc;

use super::load::{Problem, load};
use super::quiz::Quiz;

/// The quiz a new author starts from: short, valid, with a note on what each part is for.
pub const TEMPLATE: &str = include_str!("../../assets/template.toml");

/// A line of the text with problems on it, for the editor's gutter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineMark {
    /// 1-based, as in the problems.
    pub line: u32,
    /// The messages of the problems on this line, in the order the loader gives them.
    pub messages: Vec<String>,
}

/// The lines that have problems, in order, each once. A problem without a position (line 0) marks nothing.
pub fn line_marks(problems: &[Problem]) -> Vec<LineMark> {
    let mut marks: Vec<LineMark> = Vec::new();
    let mut sorted: Vec<&Problem> = problems.iter().filter(|p| p.line > 0).collect();
    sorted.sort_by_key(|p| p.line); // stable: messages on a line keep the loader's order
    for p in sorted {
        match marks.last_mut() {
            Some(mark) if mark.line == p.line => mark.messages.push(p.message.clone()),
            _ => marks.push(LineMark { line: p.line, messages: vec![p.message.clone()] }),
        }
    }
    marks
}

/// Where a caret at 1-based `line` and `column` (columns count characters, as in [`Problem`]) sits in
/// `text`, in UTF-16 code units: the unit a text field's selection is measured in. A column past the end of
/// its line stops at the line's end, and a line past the end of the text at the text's end.
pub fn caret_offset(text: &str, line: u32, column: u32) -> u32 {
    if line == 0 {
        return 0;
    }
    let mut units = 0usize;
    for (i, row) in text.split('\n').enumerate() {
        if i + 1 == line as usize {
            let before = column.saturating_sub(1) as usize;
            let row = row.strip_suffix('\r').unwrap_or(row);
            // A byte order mark is not a column (see `LineIndex`), but it is a unit of the field's text.
            let (mark, row) = match row.strip_prefix('\u{feff}') {
                Some(rest) if i == 0 => (1, rest),
                _ => (0, row),
            };
            units += mark + row.chars().take(before).map(char::len_utf16).sum::<usize>();
            return u32::try_from(units).unwrap_or(u32::MAX);
        }
        units += row.encode_utf16().count() + 1;
    }
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// Text as a browser's text field holds it: every line break a single `\n` (a field turns `\r\n` and a
/// lone `\r` into `\n`), so that positions in the draft and in the field agree.
pub fn as_field_text(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Whether replacing `current` would lose the author's own writing: it is not empty and is none of the
/// `kept` texts, which can be had again (the loaded quiz, the template). Line endings and the space around
/// the text do not count.
pub fn discards_work(current: &str, kept: &[&str]) -> bool {
    let current = as_field_text(current);
    let current = current.trim();
    !current.is_empty() && kept.iter().all(|k| as_field_text(k).trim() != current)
}

/// The text being written and what the loader makes of it.
#[derive(Clone, Debug)]
pub struct Draft {
    pub text: Rc<str>,
    /// Empty when the text loads.
    pub problems: Rc<[Problem]>,
    pub marks: Rc<[LineMark]>,
    /// The quiz of the last text that loaded, this one or an earlier one; `None` until one does.
    pub last_valid: Option<Rc<Quiz>>,
    /// That text (what a share link carries).
    pub last_valid_text: Option<Rc<str>>,
    /// Counts the changes of `last_valid`, so that a preview can start afresh whenever it changes.
    pub revision: u32,
    /// How many lines the text has (at least 1), and how many characters its longest line.
    pub lines: usize,
    pub width: usize,
}

impl Draft {
    /// A draft of `text`, loaded once.
    pub fn new(text: &str) -> Draft {
        Draft::after(None, text)
    }

    /// This draft with its text replaced by `text`: checked anew, keeping the last valid quiz while `text`
    /// does not load.
    pub fn edit(&self, text: &str) -> Draft {
        Draft::after(Some(self), text)
    }

    /// Whether the text on show loads, so that the preview shows this very text.
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    fn after(before: Option<&Draft>, text: &str) -> Draft {
        let text: Rc<str> = text.into();
        let last_valid = before.and_then(|b| b.last_valid.clone());
        let revision = before.map_or(0, |b| b.revision);
        let (problems, last_valid, last_valid_text, revision) = match load(&text) {
            Ok(quiz) if last_valid.as_deref() == Some(&quiz) => {
                (Vec::new(), last_valid, Some(text.clone()), revision)
            }
            Ok(quiz) => (Vec::new(), Some(Rc::new(quiz)), Some(text.clone()), revision.wrapping_add(1)),
            Err(problems) => (problems, last_valid, before.and_then(|b| b.last_valid_text.clone()), revision),
        };
        Draft {
            lines: text.split('\n').count(),
            width: text.split('\n').map(|l| l.chars().count()).max().unwrap_or(0),
            text,
            marks: line_marks(&problems).into(),
            problems: problems.into(),
            last_valid,
            last_valid_text,
            revision,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(line: u32, message: &str) -> Problem {
        Problem { line, column: 1, message: message.into() }
    }

    #[test]
    fn marks_group_problems_by_line_in_order() {
        let marks = line_marks(&[problem(9, "b"), problem(3, "a"), problem(9, "c"), problem(0, "net")]);
        assert_eq!(
            marks,
            [
                LineMark { line: 3, messages: vec!["a".into()] },
                LineMark { line: 9, messages: vec!["b".into(), "c".into()] },
            ]
        );
        assert!(line_marks(&[]).is_empty());
    }

    #[test]
    fn caret_offsets_count_utf16_units_and_clamp() {
        let text = "ab\nçd😀e\r\nlast";
        assert_eq!(caret_offset(text, 1, 1), 0);
        assert_eq!(caret_offset(text, 1, 3), 2);
        assert_eq!(caret_offset(text, 2, 1), 3);
        assert_eq!(caret_offset(text, 2, 2), 4, "ç is one unit");
        assert_eq!(caret_offset(text, 2, 4), 7, "the emoji is two units");
        assert_eq!(caret_offset(text, 2, 99), 8, "stops at the end of the line, before \\r");
        assert_eq!(caret_offset(text, 3, 2), 11);
        assert_eq!(caret_offset(text, 40, 1), 14, "a line past the end goes to the end");
        assert_eq!(caret_offset(text, 0, 0), 0);
        assert_eq!(caret_offset("", 1, 1), 0);
        assert_eq!(caret_offset("\u{feff}ab", 1, 2), 2, "after the mark and `a`");
    }

    #[test]
    fn field_text_has_one_kind_of_line_break() {
        assert_eq!(as_field_text("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn only_the_authors_own_writing_counts_as_work() {
        assert!(!discards_work("", &[TEMPLATE]));
        assert!(!discards_work("  \n", &[]));
        assert!(!discards_work(TEMPLATE, &["other", TEMPLATE]));
        assert!(!discards_work("x = 1\r\n", &["\nx = 1\n"]), "line endings and surrounding space");
        assert!(discards_work("x = 2", &["x = 1", TEMPLATE]));
    }

    #[test]
    fn the_template_is_a_valid_quiz() {
        let draft = Draft::new(TEMPLATE);
        assert!(draft.is_valid(), "{:?}", draft.problems);
        assert_eq!(draft.last_valid.as_ref().map(|q| q.scenarios.len()), Some(2));
    }

    #[test]
    fn a_broken_edit_keeps_the_last_valid_quiz_and_marks_its_own_lines() {
        let valid = Draft::new(TEMPLATE);
        let quiz = valid.last_valid.clone().expect("the template loads");
        let broken = valid.edit(&TEMPLATE.replace("row = \"food\"", "row = \"fod\""));
        assert!(!broken.is_valid());
        assert!(Rc::ptr_eq(broken.last_valid.as_ref().expect("kept"), &quiz));
        assert_eq!(broken.last_valid_text.as_deref(), Some(TEMPLATE), "the text to share is the valid one");
        assert_eq!(broken.revision, valid.revision);
        let line = TEMPLATE.lines().position(|l| l == "row = \"food\"").expect("the row line") as u32 + 1;
        assert_eq!(broken.marks.iter().map(|m| m.line).collect::<Vec<_>>(), [line]);
        assert!(broken.problems[0].message.contains("did you mean `food`"), "{:?}", broken.problems);

        let fixed = broken.edit(&TEMPLATE.replace("A guest sends", "A diner sends"));
        assert!(fixed.is_valid() && fixed.marks.is_empty());
        assert_eq!(fixed.revision, valid.revision + 1);
        assert!(fixed.last_valid.as_ref().is_some_and(|q| q.scenarios[0].story.starts_with("A diner")));
    }

    #[test]
    fn an_edit_that_changes_no_quiz_keeps_the_preview() {
        let valid = Draft::new(TEMPLATE);
        let commented = valid.edit(&format!("# my notes\n{TEMPLATE}"));
        assert!(commented.is_valid());
        assert_eq!(commented.revision, valid.revision);
        assert!(Rc::ptr_eq(commented.last_valid.as_ref().unwrap(), valid.last_valid.as_ref().unwrap()));
        assert!(commented.last_valid_text.as_deref().is_some_and(|t| t.starts_with("# my notes")));
    }

    #[test]
    fn a_draft_that_never_loaded_has_nothing_to_preview() {
        let draft = Draft::new("title = ");
        assert!(draft.last_valid.is_none() && draft.last_valid_text.is_none() && !draft.is_valid());
        assert_eq!((draft.lines, draft.width), (1, 8));
        assert_eq!(Draft::new("a\n\nbcd\n").lines, 4);
    }
}
