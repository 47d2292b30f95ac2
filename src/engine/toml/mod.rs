//! A small TOML reader that keeps the source span of every key and value.
//!
//! Why not the `toml` crate: it adds ~76 KB gzip to the browser bundle (measured, see TOOLCHAIN.md), about as
//! much as the rest of the app, and error positions for *semantic* problems ("unknown row `x`") need a span on
//! every value anyway. This reader covers TOML 1.0 except dates and times, which a quiz never needs; it
//! rejects them with a clear message instead of misreading them. The host tests cross-check it against the
//! `toml` crate.
//!
//! What must hold: no input makes it panic, recurse without bound, or run in more than linear-ish time;
//! every error carries the byte span where it was found.

mod parser;

pub use parser::parse;

/// A byte range in the source text (`start..end`, `end` exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }
}

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub const fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

/// A TOML value. Integers that do not fit in `i64` are an error, not a silent wrap.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    String(String),
    Integer(i64),
    Float(f64),
    Boolean(bool),
    Array(Vec<Spanned<Value>>),
    Table(Table),
}

impl Value {
    /// The TOML name of this value's type, for messages ("expected a string, found an integer").
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a float",
            Value::Boolean(_) => "a boolean",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
        }
    }
}

/// A table keeps its entries in source order. Keys are unique (a duplicate key is a parse error).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Table {
    pub entries: Vec<(Spanned<String>, Spanned<Value>)>,
}

impl Table {
    /// The entry for `key`, if present.
    pub fn get(&self, key: &str) -> Option<&Spanned<Value>> {
        self.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| v)
    }

    /// Keys in source order, with their spans.
    pub fn keys(&self) -> impl Iterator<Item = &Spanned<String>> {
        self.entries.iter().map(|(k, _)| k)
    }
}

/// A syntax error: what is wrong and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub span: Span,
}

/// Maps byte offsets to 1-based line and column numbers. Columns count characters (Unicode scalar values),
/// not bytes: a tab is one column, and so is `é`. A byte order mark is not counted, as editors do not show
/// one.
#[derive(Clone, Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![if text.starts_with('\u{feff}') { 3 } else { 0 }];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self { text, line_starts }
    }

    /// 1-based (line, column) of a byte offset. Offsets past the end, or inside a character, are clamped.
    pub fn position(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1);
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..)
            .map(|rest| rest.char_indices().take_while(|(i, _)| start + i < offset).count())
            .unwrap_or(0);
        (saturate(line + 1), saturate(col + 1))
    }
}

fn saturate(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let idx = LineIndex::new("ab\nçd\n");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(1), (1, 2));
        assert_eq!(idx.position(3), (2, 1));
        assert_eq!(idx.position(5), (2, 2)); // after the two-byte ç
        assert_eq!(idx.position(99), (3, 1));
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column_and_a_tab_is_one() {
        let idx = LineIndex::new("\u{feff}a\tb\nc");
        assert_eq!(idx.position(0), (1, 1), "inside the mark: its first column");
        assert_eq!(idx.position(3), (1, 1));
        assert_eq!(idx.position(5), (1, 3), "after the tab");
        assert_eq!(idx.position(7), (2, 1));
    }
}
