//! The reader behind [`parse`]: a byte [`Cursor`] that reads keys and values by recursive descent, and a
//! [`Document`] that files them into tables under TOML's rules.
//!
//! Tables are first collected in an internal tree of [`Node`]s that remember *how* each table came to be
//! (by a header, implied by a longer header, or by dotted keys), because whether it may be defined or
//! extended again depends on that; the tree becomes the public [`Table`] at the end.
//!
//! Deliberate choices: TOML 1.0 syntax, not 1.1 (no `\e` or `\x` escapes, no newline or trailing comma in
//! an inline table); dates and times are rejected; a CRLF line break inside a multi-line string is read as
//! `\n` (the spec allows this) so a quiz means the same whatever line endings it was saved with; a float
//! literal too large for `f64` is an error rather than infinity.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{LineIndex, ParseError, Span, Spanned, Table, Value};

/// The deepest nesting of tables and arrays. It bounds recursion while reading, converting and dropping
/// the tree, so no input can overflow the stack.
const MAX_DEPTH: usize = 64;

/// Tables up to this many keys are searched linearly; bigger ones get a hash index.
const SMALL_TABLE: usize = 8;

type Result<T> = std::result::Result<T, ParseError>;

/// A key as written: `a.b."c"` is three parts.
type Key = Vec<Spanned<String>>;

/// Reads a TOML document. Only the first error is reported.
pub fn parse(src: &str) -> Result<Table> {
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut doc = Document {
        cur: Cursor { src, pos: bom },
        root: Node::new(Kind::Header, Span::default()),
        current: Vec::new(),
        level: 0,
    };
    doc.read()?;
    Ok(doc.root.into_table())
}

fn fail<T>(message: impl Into<String>, span: Span) -> Result<T> {
    let message = message.into();
    Err(ParseError { message, span })
}

// ---------------------------------------------------------------------------------------------------------
// Cursor: reads keys and values. It only ever stops on ASCII bytes, so its slices are on char boundaries.

struct Cursor<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<u8> {
        self.peek_at(0)
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.src.as_bytes().get(self.pos + n).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        self.pos += usize::from(hit);
        hit
    }

    /// How many `b` in a row are under the cursor, up to `max`.
    fn count(&self, b: u8, max: usize) -> usize {
        (0..max).take_while(|&n| self.peek_at(n) == Some(b)).count()
    }

    /// The source between two offsets (empty, not a panic, should they ever split a character).
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.src.get(start..end).unwrap_or_default()
    }

    fn char_here(&self) -> Option<char> {
        self.src.get(self.pos..)?.chars().next()
    }

    /// The span of the character under the cursor (empty at the end of the input).
    fn here(&self) -> Span {
        let len = self.char_here().map_or(0, char::len_utf8);
        Span::new(self.pos, self.pos + len)
    }

    /// What is under the cursor, for "expected X, found Y" messages.
    fn found(&self) -> String {
        match self.char_here() {
            None => "end of file".into(),
            Some('\n' | '\r') => "end of line".into(),
            Some('#') => "a comment".into(),
            Some(c) if c.is_control() => format!("control character U+{:04X}", u32::from(c)),
            // Say which invisible character it is (a no-break space pasted from a web page, say).
            Some(c) if c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{feff}') => {
                format!("the invisible character U+{:04X}", u32::from(c))
            }
            Some(c) => format!("`{c}`"),
        }
    }

    fn fail_here<T>(&self, message: impl Into<String>) -> Result<T> {
        fail(message, self.here())
    }

    fn expected<T>(&self, what: &str) -> Result<T> {
        self.fail_here(format!("expected {what}, found {}", self.found()))
    }

    /// Skips spaces and tabs, TOML's only whitespace within a line.
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Consumes `\n` or `\r\n`. A lone `\r` is an error: TOML knows only those two line endings.
    fn eat_newline(&mut self) -> Result<bool> {
        match (self.peek(), self.peek_at(1)) {
            (Some(b'\n'), _) => self.pos += 1,
            (Some(b'\r'), Some(b'\n')) => self.pos += 2,
            (Some(b'\r'), _) => {
                return self.fail_here("a carriage return must be followed by a line feed");
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Skips a `#` comment, if any, up to the line ending.
    fn skip_comment(&mut self) -> Result<()> {
        if !self.eat(b'#') {
            return Ok(());
        }
        while let Some(b) = self.peek() {
            if b == b'\n' || (b == b'\r' && self.peek_at(1) == Some(b'\n')) {
                break;
            }
            if is_control(b) {
                return self.fail_here(format!("{} is not allowed in a comment", self.found()));
            }
            self.pos += 1;
        }
        Ok(())
    }

    /// Skips whitespace, comments and line breaks: what may come between array elements.
    fn skip_blank(&mut self) -> Result<()> {
        loop {
            self.skip_ws();
            self.skip_comment()?;
            if !self.eat_newline()? {
                return Ok(());
            }
        }
    }

    /// A key, possibly dotted: `a`, `"quoted key"`, `a.'b'.c`.
    fn key(&mut self) -> Result<Key> {
        let mut parts = vec![self.simple_key()?];
        loop {
            let before_ws = self.pos;
            self.skip_ws();
            if !self.eat(b'.') {
                self.pos = before_ws;
                return Ok(parts);
            }
            self.skip_ws();
            parts.push(self.simple_key()?);
            if parts.len() > MAX_DEPTH {
                // Stop now rather than collect a million parts of a hostile key.
                return too_deep("tables", parts.last().map_or(self.here(), |k| k.span));
            }
        }
    }

    fn simple_key(&mut self) -> Result<Spanned<String>> {
        let start = self.pos;
        match self.peek() {
            Some(q @ (b'"' | b'\'')) if self.count(q, 3) == 3 => {
                fail("a key can't be a multi-line string", Span::new(start, start + 3))
            }
            Some(q @ (b'"' | b'\'')) => self.string(q, false),
            _ => {
                while self.peek().is_some_and(is_bare_key_byte) {
                    self.pos += 1;
                }
                let span = Span::new(start, self.pos);
                match self.char_here() {
                    Some(c) if c.is_alphanumeric() && !c.is_ascii() => self.fail_here(format!(
                        "`{c}` is not allowed in a bare key (only A-Z a-z 0-9 _ -): quote the key"
                    )),
                    Some(c) if span.start == span.end && is_typographic_quote(c) => {
                        self.fail_here(use_straight_quotes(c))
                    }
                    _ if span.start == span.end => self.expected("a key"),
                    _ => Ok(Spanned::new(self.slice(start, self.pos).into(), span)),
                }
            }
        }
    }

    /// The `=` after `key` and the whitespace around it; a value must follow on the same line.
    fn expect_equals(&mut self, key: &[Spanned<String>]) -> Result<()> {
        self.skip_ws();
        if !self.eat(b'=') {
            return self.expected(&format!("`=` after the key `{}`", path_name(key)));
        }
        self.skip_ws();
        if matches!(self.peek(), None | Some(b'\n' | b'\r' | b'#')) {
            return self.expected("a value after `=`");
        }
        Ok(())
    }

    /// Any value. `level` is how deeply it is nested, counting every enclosing table and array.
    fn value(&mut self, level: usize) -> Result<Spanned<Value>> {
        match self.peek() {
            Some(q @ (b'"' | b'\'')) => {
                let s = self.string(q, self.count(q, 3) == 3)?;
                Ok(Spanned::new(Value::String(s.value), s.span))
            }
            Some(b'[') => self.array(level),
            Some(b'{') => self.inline_table(level),
            Some(b) if b.is_ascii_alphanumeric() || b"+-._".contains(&b) => self.scalar(),
            _ => match self.curly_quote_here() {
                Some(c) => self.fail_here(use_straight_quotes(c)),
                None => self.expected("a value"),
            },
        }
    }

    fn check_depth(&self, level: usize) -> Result<()> {
        match level > MAX_DEPTH {
            true => too_deep("values", self.here()),
            false => Ok(()),
        }
    }

    /// `[ v, v, ... ]`, which may span lines and hold comments and a trailing comma.
    fn array(&mut self, level: usize) -> Result<Spanned<Value>> {
        self.check_depth(level)?;
        let open = self.here();
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank()?;
            if self.eat(b']') {
                break;
            }
            if self.peek().is_some() {
                items.push(self.value(level + 1)?);
                self.skip_blank()?;
                if self.eat(b']') {
                    break;
                }
                if self.eat(b',') {
                    continue;
                }
            }
            return match self.peek() {
                None => fail("unterminated array: add a closing `]`", open),
                _ => self.expected("`,` or `]` after an array element"),
            };
        }
        let span = Span::new(open.start, self.pos);
        Ok(Spanned::new(Value::Array(items), span))
    }

    /// `{ k = v, a.b = v }`, all on one line, without a trailing comma.
    fn inline_table(&mut self, level: usize) -> Result<Spanned<Value>> {
        self.check_depth(level)?;
        let start = self.pos;
        self.pos += 1;
        // Its keys work like dotted keys: the tables they make can't be reopened, even by a header.
        let mut node = Node::new(Kind::Dotted, Span::default());
        self.skip_ws();
        if !self.eat(b'}') {
            loop {
                self.stay_on_line()?;
                let key = self.key()?;
                check_key_depth(level, &key)?;
                self.expect_equals(&key)?;
                let value = self.value(level + key.len())?;
                insert_dotted(self.src, &mut node, key, value)?;
                self.skip_ws();
                if self.eat(b'}') {
                    break;
                }
                self.stay_on_line()?;
                if !self.eat(b',') {
                    return self.expected("`,` or `}` in an inline table");
                }
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    return self.fail_here("trailing commas are not allowed in inline tables");
                }
            }
        }
        let span = Span::new(start, self.pos);
        Ok(Spanned::new(Value::Table(node.into_table()), span))
    }

    /// An inline table must close on the line it opens on.
    fn stay_on_line(&self) -> Result<()> {
        match self.peek() {
            Some(b'\n' | b'\r' | b'#') => self.fail_here(
                "an inline table must be on one line: close it with `}` before the end of the line",
            ),
            None => self.fail_here("unterminated inline table: add a closing `}`"),
            _ => Ok(()),
        }
    }

    /// A string delimited by `quote` (`"` basic, with escapes; `'` literal), or by three of them when
    /// `multi`. The span includes the delimiters.
    fn string(&mut self, quote: u8, multi: bool) -> Result<Spanned<String>> {
        let start = self.pos;
        let delim = if multi { 3 } else { 1 };
        self.pos += delim;
        if multi {
            // A line break right after the opening `"""` is not part of the string.
            self.eat_newline()?;
        }
        let mut out = String::new();
        let mut run = self.pos; // where the text not yet copied into `out` starts
        loop {
            let Some(b) = self.peek() else {
                return self.unterminated(start, quote, multi);
            };
            match b {
                _ if b == quote => {
                    // Up to two quotes right before the closing `"""` still belong to the string.
                    let quotes = if multi { self.count(quote, 5) } else { 1 };
                    if quotes >= delim {
                        let end = self.pos + quotes - delim;
                        out.push_str(self.slice(run, end));
                        self.pos = end + delim;
                        return Ok(Spanned::new(out, Span::new(start, self.pos)));
                    }
                    self.pos += quotes;
                }
                b'\\' if quote == b'"' => {
                    out.push_str(self.slice(run, self.pos));
                    self.escape(&mut out, multi)?;
                    run = self.pos;
                }
                b'\n' if multi => self.pos += 1,
                b'\r' if multi => {
                    out.push_str(self.slice(run, self.pos));
                    self.eat_newline()?;
                    out.push('\n');
                    run = self.pos;
                }
                b'\n' | b'\r' => return self.unterminated(start, quote, multi),
                _ if is_control(b) => {
                    return self.fail_here(format!("{} is not allowed in a string", self.found()));
                }
                _ => self.pos += 1,
            }
        }
    }

    fn unterminated<T>(&self, start: usize, quote: u8, multi: bool) -> Result<T> {
        let q = char::from(quote).to_string();
        let (what, close, end) = match multi {
            true => ("multi-line string", q.repeat(3), start + 3),
            false => ("string", q, self.pos),
        };
        // `"Hotel”`: the closing quote is there, but a word processor curled it.
        let curled = match multi {
            false => self.slice(start, end).chars().find(|&c| is_typographic_quote(c)),
            true => None,
        };
        let hint = curled.map_or_else(String::new, |c| {
            format!("; the `{c}` in it is a typographic quote: use straight quotes")
        });
        fail(format!("unterminated {what}: add a closing `{close}`{hint}"), Span::new(start, end))
    }

    /// The typographic quote (`“`, `’`…) under the cursor, if that is what it is.
    fn curly_quote_here(&self) -> Option<char> {
        self.char_here().filter(|&c| is_typographic_quote(c))
    }

    /// One escape sequence in a basic string; the cursor is on the backslash.
    fn escape(&mut self, out: &mut String, multi: bool) -> Result<()> {
        let start = self.pos;
        self.pos += 1;
        let c = match self.peek() {
            None => return Ok(()), // the caller reports the unterminated string
            Some(b'b') => '\u{8}',
            Some(b't') => '\t',
            Some(b'n') => '\n',
            Some(b'f') => '\u{c}',
            Some(b'r') => '\r',
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'u') => self.unicode_escape(start, 4)?,
            Some(b'U') => self.unicode_escape(start, 8)?,
            Some(b' ' | b'\t' | b'\n' | b'\r') if multi => {
                return self.line_ending_backslash(start);
            }
            Some(_) => {
                let what = match self.char_here() {
                    Some(c) if !c.is_whitespace() && !c.is_control() => format!("`\\{c}`"),
                    _ => format!("`\\` followed by {}", self.found()),
                };
                let message = format!("invalid escape {what} (write `\\\\` for a backslash)");
                return fail(message, Span::new(start, self.here().end));
            }
        };
        self.pos += 1;
        out.push(c);
        Ok(())
    }

    /// `\uXXXX` or `\UXXXXXXXX`; the cursor is on the `u`. Surrogates and values past U+10FFFF are errors.
    fn unicode_escape(&mut self, start: usize, len: usize) -> Result<char> {
        let digits = self.src.get(self.pos + 1..self.pos + 1 + len);
        let digits = digits.filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let end = self.pos + 1 + digits.map_or(0, str::len);
        let (escape, span) = (self.slice(start, end), Span::new(start, end));
        let c = digits.and_then(|d| char::from_u32(u32::from_str_radix(d, 16).ok()?));
        let Some(c) = c else {
            return match digits {
                None => fail(format!("`{escape}` must be followed by {len} hex digits"), span),
                Some(_) => fail(format!("`{escape}` is not a valid Unicode character"), span),
            };
        };
        self.pos += len;
        Ok(c)
    }

    /// A `\` that ends a line in a multi-line basic string: it removes the line break and all whitespace
    /// up to the next visible character.
    fn line_ending_backslash(&mut self, start: usize) -> Result<()> {
        self.skip_ws();
        if !self.eat_newline()? {
            let message = "invalid escape: a `\\` followed by spaces must end the line";
            return fail(message, Span::new(start, start + 1));
        }
        loop {
            self.skip_ws();
            if !self.eat_newline()? {
                return Ok(());
            }
        }
    }

    /// A bare value: boolean, number, `inf`/`nan`, or a word we can name in an error. Dates and times are
    /// read as one word (`1979-05-27T07:32:00Z`) so they can be rejected as a whole.
    fn scalar(&mut self) -> Result<Spanned<Value>> {
        let start = self.pos;
        while self.peek().is_some_and(|b| is_bare_key_byte(b) || b"+.:".contains(&b)) {
            self.pos += 1;
        }
        let span = Span::new(start, self.pos);
        match scalar_value(self.slice(start, self.pos)) {
            Ok(value) => Ok(Spanned::new(value, span)),
            Err(message) => fail(message, span),
        }
    }
}

/// What to do about a typographic quote where TOML needs a straight one: text pasted from a word
/// processor, whose "smart quotes" TOML does not read as quotes.
fn use_straight_quotes(c: char) -> String {
    format!("`{c}` is a typographic quote, as word processors write them: use straight quotes, \"like this\"")
}

/// Curly and angled quotation marks, which TOML does not read as quotes.
fn is_typographic_quote(c: char) -> bool {
    matches!(c, '\u{2018}'..='\u{201f}' | '\u{ab}' | '\u{bb}' | '\u{2039}' | '\u{203a}')
}

/// Control characters TOML forbids in strings and comments (tab is allowed; line breaks are handled apart).
fn is_control(b: u8) -> bool {
    (b < 0x20 && b != b'\t') || b == 0x7f
}

fn is_bare_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// What a bare word means: a boolean, an integer (decimal, hex, octal, binary) or a float; or the message
/// saying why it is none of them.
fn scalar_value(token: &str) -> std::result::Result<Value, String> {
    let (negative, body) = match token.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, token.strip_prefix('+').unwrap_or(token)),
    };
    let (radix, digits) = match body.get(..2) {
        Some("0x") => (16, body.get(2..)),
        Some("0o") => (8, body.get(2..)),
        Some("0b") => (2, body.get(2..)),
        _ => (10, Some(body)),
    };
    let digits = digits.unwrap_or_default();
    let is_digit = |b: u8| char::from(b).is_digit(radix);
    let invalid = |why: &str| Err(format!("invalid number `{token}`{why}"));
    let sign = if negative { -1.0 } else { 1.0 };
    match body {
        _ if token == "true" || token == "false" => Ok(Value::Boolean(token == "true")),
        _ if is_date_or_time(token) => Err(format!(
            "dates and times are not supported in RoleCall quiz files: write `{token}` as a string"
        )),
        "inf" => Ok(Value::Float(sign * f64::INFINITY)),
        "nan" => Ok(Value::Float(sign * f64::NAN)),
        _ if radix != 10 && body.len() != token.len() => {
            invalid(": hexadecimal, octal and binary numbers can't have a sign")
        }
        _ if radix == 10 && body.len() > 1 && body.starts_with('0') && digit_groups(body, is_digit) => {
            invalid(": leading zeros are not allowed")
        }
        _ if digit_groups(digits, is_digit) => {
            // A decimal keeps its sign (`i64` parsing reads `+` and `-`); other radixes have none.
            let text = without_underscores(if radix == 10 { token } else { digits });
            let out_of_range = |_| format!("integer out of range: `{token}` doesn't fit in 64 bits");
            i64::from_str_radix(&text, radix).map(Value::Integer).map_err(out_of_range)
        }
        _ if radix == 10 && body.starts_with(|c: char| c.is_ascii_digit()) => match float(body) {
            Some(x) if x.is_infinite() => Err(format!("float out of range: `{token}` is too large")),
            Some(x) => Ok(Value::Float(sign * x)),
            None => invalid(""),
        },
        _ if token.starts_with(|c: char| c.is_ascii_alphabetic()) => {
            Err(format!("invalid value `{token}`: text must be in quotes, like \"{token}\""))
        }
        _ => invalid(""),
    }
}

/// An unsigned float: `int[.frac][e[sign]exp]` with at least one of the optional parts.
fn float(body: &str) -> Option<f64> {
    let is_digit = |b: u8| b.is_ascii_digit();
    let (mantissa, exponent) = match body.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let valid = digit_groups(int, is_digit)
        && (int.len() == 1 || !int.starts_with('0'))
        && frac.is_none_or(|f| digit_groups(f, is_digit))
        && exponent.is_none_or(|e| digit_groups(e, is_digit))
        && (frac.is_some() || exponent.is_some());
    valid.then(|| without_underscores(body).parse().ok()).flatten()
}

/// Drops digit separators, without allocating in the usual case where there are none.
fn without_underscores(s: &str) -> Cow<'_, str> {
    if s.contains('_') { Cow::Owned(s.replace('_', "")) } else { Cow::Borrowed(s) }
}

/// Digits with single underscores between them (`1_000`), as TOML allows in every part of a number.
fn digit_groups(s: &str, is_digit: impl Fn(u8) -> bool) -> bool {
    let bytes = s.as_bytes();
    bytes.iter().all(|&b| b == b'_' || is_digit(b))
        && bytes.first().is_some_and(|&b| b != b'_')
        && bytes.last().is_some_and(|&b| b != b'_')
        && !s.contains("__")
}

/// `1979-05-27…` or `07:32…`: the start of a TOML date or time.
fn is_date_or_time(token: &str) -> bool {
    let b = token.as_bytes();
    let digits = |n: usize| b.get(..n).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    (digits(4) && b.get(4) == Some(&b'-')) || (digits(2) && b.get(2) == Some(&b':'))
}

// ---------------------------------------------------------------------------------------------------------
// The table tree.

/// How a table came to exist: whether it may be defined or extended later depends on it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Implied by a longer header (`[a.b]` implies `a`); `[a]` may still define it, once.
    Implicit,
    /// Defined by `[header]` or `[[header]]` (or the root).
    Header,
    /// Made by a dotted key (`a.b = 1` makes `a`); only dotted keys may add to it directly.
    Dotted,
}

struct Node {
    kind: Kind,
    span: Span,
    entries: Vec<Entry>,
    /// Key -> position in `entries`, kept once the table outgrows [`SMALL_TABLE`] so that a huge table
    /// stays linear to build, without a hash map in every small one.
    index: HashMap<String, usize>,
}

type Entry = (Spanned<String>, Item);

enum Item {
    Value(Spanned<Value>),
    Table(Node),
    /// An array of tables (`[[name]]`), spanned by its first header.
    Array(Vec<Node>, Span),
}

impl Node {
    fn new(kind: Kind, span: Span) -> Self {
        Self { kind, span, entries: Vec::new(), index: HashMap::new() }
    }

    fn find(&self, key: &str) -> Option<usize> {
        match self.entries.len() <= SMALL_TABLE {
            true => self.entries.iter().position(|(k, _)| k.value == key),
            false => self.index.get(key).copied(),
        }
    }

    /// The entry for `key` and its position, made with `item` if the key is new.
    fn entry(&mut self, key: &Spanned<String>, item: impl FnOnce() -> Item) -> Result<(usize, &mut Entry)> {
        let i = match self.find(&key.value) {
            Some(i) => i,
            None => self.push(key.clone(), item()),
        };
        match self.entries.get_mut(i) {
            Some(entry) => Ok((i, entry)),
            None => fail("internal error: lost a table entry", key.span),
        }
    }

    /// Adds an entry for a key known to be new; returns its position.
    fn push(&mut self, key: Spanned<String>, item: Item) -> usize {
        self.entries.push((key, item));
        if self.entries.len() > SMALL_TABLE {
            let new = self.entries.iter().enumerate().skip(self.index.len());
            self.index.extend(new.map(|(i, (k, _))| (k.value.clone(), i)));
        }
        self.entries.len() - 1
    }

    /// The public form. Recursion is bounded by [`MAX_DEPTH`].
    fn into_table(self) -> Table {
        let entries = self.entries.into_iter().map(|(k, item)| (k, item.into_value()));
        Table { entries: entries.collect() }
    }

    fn into_value(self) -> Spanned<Value> {
        let span = self.span;
        Spanned::new(Value::Table(self.into_table()), span)
    }
}

impl Item {
    fn into_value(self) -> Spanned<Value> {
        match self {
            Item::Value(v) => v,
            Item::Table(node) => node.into_value(),
            Item::Array(nodes, span) => {
                Spanned::new(Value::Array(nodes.into_iter().map(Node::into_value).collect()), span)
            }
        }
    }
}

/// The 1-based line of a byte offset, for "first on line N". Only for errors: it indexes the whole text.
fn line_of(src: &str, offset: usize) -> u32 {
    LineIndex::new(src).position(offset).0
}

/// A key as the author would write it (`a.b."c d"`), for messages.
fn path_name(path: &[Spanned<String>]) -> String {
    let quote = |s: &String| match !s.is_empty() && s.bytes().all(is_bare_key_byte) {
        true => s.clone(),
        false => format!("{s:?}"),
    };
    let parts: Vec<_> = path.iter().map(|k| quote(&k.value)).collect();
    parts.join(".")
}

fn duplicate<T>(src: &str, key: &Spanned<String>, first: Span) -> Result<T> {
    let line = line_of(src, first.start);
    let message = format!("the key `{}` is defined twice in this table (first on line {line})", key.value);
    fail(message, key.span)
}

fn is_inline_table(item: &Item) -> bool {
    matches!(item, Item::Value(v) if matches!(v.value, Value::Table(_)))
}

/// `key` is used as a table but already holds a value (an inline table if `inline`), written at `first`.
fn not_a_table<T>(src: &str, key: &Spanned<String>, first: Span, inline: bool) -> Result<T> {
    match inline {
        true => fail(format!("`{}` is an inline table, which can't be extended", key.value), key.span),
        false => duplicate(src, key, first),
    }
}

fn too_deep<T>(what: &str, span: Span) -> Result<T> {
    fail(format!("{what} are nested too deeply (the limit is {MAX_DEPTH})"), span)
}

/// Errors if `key` under a table at `level` would nest tables deeper than [`MAX_DEPTH`].
fn check_key_depth(level: usize, key: &[Spanned<String>]) -> Result<()> {
    match key.last() {
        Some(last) if level + key.len() > MAX_DEPTH => too_deep("tables", last.span),
        _ => Ok(()),
    }
}

/// Stores `value` under a (possibly dotted) `key` in `table`. Leading parts make or reuse tables made by
/// dotted keys; TOML does not let a dotted key reach into a table that a header defined or implied.
fn insert_dotted(src: &str, table: &mut Node, mut key: Key, value: Spanned<Value>) -> Result<()> {
    let Some(last) = key.pop() else {
        return Ok(());
    };
    let mut node = table;
    for part in &key {
        let (_, (first, item)) = node.entry(part, || Item::Table(Node::new(Kind::Dotted, part.span)))?;
        let (name, inline) = (&part.value, is_inline_table(item));
        node = match item {
            Item::Table(t) if t.kind == Kind::Dotted => t,
            Item::Table(_) | Item::Array(..) => {
                let line = line_of(src, first.span.start);
                let message =
                    format!("`{name}` was made by a header (line {line}), so a dotted key can't add to it");
                return fail(message, part.span);
            }
            Item::Value(_) => return not_a_table(src, part, first.span, inline),
        };
    }
    match node.find(&last.value).and_then(|i| node.entries.get(i)) {
        Some((first, _)) => duplicate(src, &last, first.span),
        None => {
            node.push(last, Item::Value(value));
            Ok(())
        }
    }
}

/// Opens the table a `[path]` header names, or with `array` appends one to `[[path]]`, and returns where
/// it is as entry positions from the root (see [`resolve`]).
fn open_table(
    src: &str,
    root: &mut Node,
    path: &[Spanned<String>],
    span: Span,
    array: bool,
) -> Result<Vec<usize>> {
    let Some((last, parents)) = path.split_last() else {
        return Ok(Vec::new());
    };
    let mut positions = Vec::with_capacity(path.len());
    let mut node = root;
    for part in parents {
        let (i, (first, item)) = node.entry(part, || Item::Table(Node::new(Kind::Implicit, part.span)))?;
        positions.push(i);
        let inline = is_inline_table(item);
        // A header may pass through any table, even one made by dotted keys (the spec's
        // `[fruit.apple.texture]` example), and into the last element of an array of tables.
        node = match item {
            Item::Table(t) => t,
            Item::Array(tables, _) if !tables.is_empty() => match tables.last_mut() {
                Some(t) => t,
                None => return fail("internal error: empty array of tables", span),
            },
            _ => return not_a_table(src, part, first.span, inline),
        };
    }
    let is_new = node.find(&last.value).is_none();
    let fresh = || Node::new(Kind::Header, span);
    let (i, (first, item)) = node.entry(last, || match array {
        true => Item::Array(vec![fresh()], span),
        false => Item::Table(fresh()),
    })?;
    positions.push(i);
    match item {
        _ if is_new => return Ok(positions),
        Item::Array(tables, _) if array => {
            tables.push(fresh());
            return Ok(positions);
        }
        Item::Table(t) if !array && t.kind == Kind::Implicit => {
            // Defined at last: from now on the table is "written" at this header.
            t.kind = Kind::Header;
            t.span = span;
            first.span = last.span;
            return Ok(positions);
        }
        _ => {}
    }
    // Anything else is an error; only now is it worth naming the table and counting lines.
    let (name, line) = (path_name(path), line_of(src, first.span.start));
    let message = match item {
        Item::Table(t) if !array => {
            let how = if t.kind == Kind::Dotted { "by dotted keys " } else { "" };
            format!("the table `{name}` is defined twice (first {how}on line {line})")
        }
        Item::Table(_) => format!("`{name}` is a table (line {line}), not an array of tables"),
        Item::Array(..) => format!("`{name}` is an array of tables (line {line}): use `[[{name}]]`"),
        Item::Value(_) => return not_a_table(src, last, first.span, is_inline_table(item)),
    };
    fail(message, span)
}

/// Follows entry positions from the root; an array of tables leads to its last element.
fn resolve<'n>(mut node: &'n mut Node, positions: &[usize]) -> Option<&'n mut Node> {
    for &i in positions {
        node = match &mut node.entries.get_mut(i)?.1 {
            Item::Table(t) => t,
            Item::Array(tables, _) => tables.last_mut()?,
            Item::Value(_) => return None,
        };
    }
    Some(node)
}

// ---------------------------------------------------------------------------------------------------------
// Document: the line structure, headers, and filing key/value pairs into the right table.

struct Document<'a> {
    cur: Cursor<'a>,
    root: Node,
    /// The table `key = value` lines go into, as entry positions from the root. Its arrays of tables
    /// always lead to their last element: a header that appends one also makes it current.
    current: Vec<usize>,
    /// The current table's nesting level (its number of header parts).
    level: usize,
}

impl Document<'_> {
    fn read(&mut self) -> Result<()> {
        loop {
            self.cur.skip_ws();
            let after = match self.cur.peek() {
                None => return Ok(()),
                Some(b'#' | b'\n' | b'\r') => "",
                Some(b'[') => {
                    self.header()?;
                    " after the table header"
                }
                Some(_) => {
                    self.keyval()?;
                    " after the value"
                }
            };
            self.cur.skip_ws();
            self.cur.skip_comment()?;
            if self.cur.peek().is_some() && !self.cur.eat_newline()? {
                return self.cur.expected(&format!("the end of the line{after}"));
            }
        }
    }

    /// `[a.b]` or `[[a.b]]`: makes the named table current.
    fn header(&mut self) -> Result<()> {
        let cur = &mut self.cur;
        let start = cur.pos;
        cur.pos += 1;
        let array = cur.eat(b'[');
        cur.skip_ws();
        let path = cur.key()?;
        cur.skip_ws();
        let close = if array { "]]" } else { "]" };
        if cur.count(b']', close.len()) < close.len() {
            return cur.expected(&format!("`{close}` to close the table header"));
        }
        cur.pos += close.len();
        check_key_depth(0, &path)?;
        let span = Span::new(start, cur.pos);
        self.current = open_table(cur.src, &mut self.root, &path, span, array)?;
        self.level = path.len();
        Ok(())
    }

    /// `key = value`, into the current table.
    fn keyval(&mut self) -> Result<()> {
        let key = self.cur.key()?;
        check_key_depth(self.level, &key)?;
        self.cur.expect_equals(&key)?;
        let value = self.cur.value(self.level + key.len())?;
        match resolve(&mut self.root, &self.current) {
            Some(table) => insert_dotted(self.cur.src, table, key, value),
            None => fail("internal error: lost the current table", value.span),
        }
    }
}
