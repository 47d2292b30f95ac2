#![cfg(not(target_arch = "wasm32"))]
//! Host tests for the span-keeping TOML reader: a differential check against the `toml` crate, span checks,
//! error messages, and hostile input (deep nesting, huge files, random and mutated documents).

use std::collections::BTreeMap;
use std::time::Duration;

use rolecall::engine::toml::{ParseError, Span, Table, Value, parse};

mod common;
use common::{Stopwatch, TOML_PIECES as PIECES};

const BANK: &str = include_str!("../assets/quizzes/cm-vs-smm.toml");

// ---------------------------------------------------------------------------------------------------------
// A comparable form both parsers' output converts to. Tables are sorted (the `toml` crate sorts keys), floats
// compare by their debug text so NaN equals NaN and -0.0 differs from 0.0, and CRLF in strings compares as LF
// (we read a CRLF line break in a multi-line string as LF; the `toml` crate keeps it; TOML allows both).

#[derive(Debug, PartialEq)]
enum Data {
    Str(String),
    Int(i64),
    Float(String),
    Bool(bool),
    Array(Vec<Data>),
    Table(BTreeMap<String, Data>),
}

fn float_text(x: f64) -> String {
    if x.is_nan() { "nan".into() } else { format!("{x:?}") }
}

fn ours_to_data(table: &Table) -> Data {
    Data::Table(table.entries.iter().map(|(k, v)| (k.value.clone(), our_value(&v.value))).collect())
}

fn our_value(v: &Value) -> Data {
    match v {
        Value::String(s) => Data::Str(s.replace("\r\n", "\n")),
        Value::Integer(i) => Data::Int(*i),
        Value::Float(x) => Data::Float(float_text(*x)),
        Value::Boolean(b) => Data::Bool(*b),
        Value::Array(items) => Data::Array(items.iter().map(|i| our_value(&i.value)).collect()),
        Value::Table(t) => ours_to_data(t),
    }
}

fn theirs_to_data(table: &toml::Table) -> Data {
    Data::Table(table.iter().map(|(k, v)| (k.clone(), their_value(v))).collect())
}

fn their_value(v: &toml::Value) -> Data {
    match v {
        toml::Value::String(s) => Data::Str(s.replace("\r\n", "\n")),
        toml::Value::Integer(i) => Data::Int(*i),
        toml::Value::Float(x) => Data::Float(float_text(*x)),
        toml::Value::Boolean(b) => Data::Bool(*b),
        toml::Value::Datetime(d) => Data::Str(format!("<datetime {d}>")),
        toml::Value::Array(items) => Data::Array(items.iter().map(their_value).collect()),
        toml::Value::Table(t) => theirs_to_data(t),
    }
}

fn theirs(src: &str) -> Result<Data, toml::de::Error> {
    toml::from_str::<toml::Table>(src).map(|t| theirs_to_data(&t))
}

fn ours(src: &str) -> Data {
    match parse(src) {
        Ok(t) => ours_to_data(&t),
        Err(e) => panic!("our parser rejected a valid document: {e:?}\n{src}"),
    }
}

fn err(src: &str) -> ParseError {
    match parse(src) {
        Ok(t) => panic!("accepted invalid input {src:?}: {t:?}"),
        Err(e) => e,
    }
}

/// The error's message is short and plain, and its span lies inside the input.
fn check_error_shape(src: &str, e: &ParseError) {
    let Span { start, end } = e.span;
    assert!(
        start <= end && end <= src.len(),
        "span {start}..{end} outside input of {} bytes: {e:?}",
        src.len()
    );
    assert!(src.is_char_boundary(start) && src.is_char_boundary(end), "span splits a char: {e:?}");
    let first = e.message.chars().next().unwrap_or('?');
    assert!(!first.is_uppercase(), "message should start lowercase: {e:?}");
    assert!(!e.message.ends_with('.') && !e.message.contains('\n'), "message shape: {e:?}");
}

// ---------------------------------------------------------------------------------------------------------
// Differential: valid documents.

const VALID: &[&str] = &[
    "",
    "# only a comment\n\n   \n\t# another\n",
    "a = 1",
    "a = 1 # trailing comment\nb = 2\n",
    "bare_key-1 = 1\n\"quoted key\" = 2\n'literal key' = 3\n\"\" = 4\n1234 = 5\n-_- = 6\n",
    "\"a.b\" = 1\n'c\\d' = 2\n\"\\u00e9\" = 3\n",
    "a.b.c = 1\na.b.d = 2\na . e = 3\n\"x\".'y'.z = 4\n3.14159 = 'pi'\n",
    "[table]\nkey = 'v'\n[table.sub]\nk = 1\n[ other . 'quoted' . \"dq\" ]\nk = 2\n",
    "[a.b.c]\nx = 1\n[a]\ny = 2\n[a.b]\nz = 3\n",
    "[fruit]\napple.color = 'red'\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n",
    "[[products]]\nname = 'Hammer'\nsku = 738594937\n[[products]]\n[[products]]\nname = 'Nail'\ncolor = 'gray'\n",
    "[[fruits]]\nname = 'apple'\n[fruits.physical]\ncolor = 'red'\n[[fruits.varieties]]\nname = 'red delicious'\n\
     [[fruits.varieties]]\nname = 'granny smith'\n[[fruits]]\nname = 'banana'\n[[fruits.varieties]]\nname = 'plantain'\n",
    "[chart]\ntitle = 't'\n[questions]\nq = 1\n[[chart.rows]]\nid = 'a'\n[[chart.rows]]\nid = 'b'\n",
    "a = \"tab\\there \\\"quoted\\\" back\\\\slash \\b\\f\\n\\r \\u00E9 \\U0001F600 \\u0000\"\n",
    "a = 'C:\\Users\\nodejs\\templates'\nb = '<\\i\\c*\\s*>'\nc = 'Tom \"Dubs\" Preston'\n",
    "a = \"\"\"\nRoses are red\nViolets are blue\"\"\"\n",
    "a = \"\"\"\n\nfirst line kept empty\"\"\"\n",
    "a = \"\"\"The quick brown \\\n\n\n  fox jumps over \\\n    the lazy dog.\"\"\"\n",
    "a = \"\"\"\\\n       The quick brown \\\n       fox jumps over \\\n       the lazy dog.\\\n       \"\"\"\n",
    "a = \"\"\"trailing ws after backslash \\   \n  next\"\"\"\n",
    "a = \"\"\"Here are two quotation marks: \"\". Simple enough.\"\"\"\n",
    "a = \"\"\"Here are three quotation marks: \"\"\\\".\"\"\"\nb = \"\"\"\"This,\" she said, \"is just a pointless statement.\"\"\"\"\n",
    "a = \"\"\"\"\"\"\nb = \"\"\"\"\"\"\"\nc = \"\"\"\"\"\"\"\"\n",
    "a = '''\nThe first newline is\ntrimmed in raw strings.\n   All other whitespace\n   is preserved.\n'''\n",
    "a = '''I [dw]on't need \\d{2} apples'''\nb = '''Here are fifteen quotation marks: \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"'''\n\
     c = ''''That,' she said, 'is still pointless.''''\nd = ''''''\ne = '''''''\n",
    "a = 'tab\there'\nb = \"tab\there\"\nc = '''tab\there'''\n",
    "int1 = +99\nint2 = 42\nint3 = 0\nint4 = -17\nint5 = 1_000\nint6 = 5_349_221\nint7 = 53_49_221\nint8 = 1_2_3_4_5\n\
     z1 = -0\nz2 = +0\nmax = 9223372036854775807\nmin = -9223372036854775808\n",
    "hex1 = 0xDEADBEEF\nhex2 = 0xdeadbeef\nhex3 = 0xdead_beef\noct1 = 0o01234567\noct2 = 0o755\nbin1 = 0b11010110\n\
     big = 0x7FFFFFFFFFFFFFFF\nzero = 0x0\n",
    "flt1 = +1.0\nflt2 = 3.1415\nflt3 = -0.01\nflt4 = 5e+22\nflt5 = 1e06\nflt6 = -2E-2\nflt7 = 6.626e-34\n\
     flt8 = 224_617.445_991_228\nflt9 = -0.0\nflt10 = +0.0\nflt11 = 0e0\nflt12 = 1.7976931348623157e308\n",
    "sf1 = inf\nsf2 = +inf\nsf3 = -inf\nsf4 = nan\nsf5 = +nan\nsf6 = -nan\n",
    "t = true\nf = false\n",
    "a = []\nb = [ 1, 2, 3 ]\nc = [ 'red', \"yellow\", '''green''' ]\nd = [ [ 1, 2 ], [3, 4, 5] ]\n\
     e = [ 'all', 'strings', \"\"\"are the same\"\"\", '''type''' ]\n",
    "mixed = [ [ 1, 2 ], ['a', 'b', 'c'], 1.5, true, { x = 1 } ]\n",
    "a = [\n  1,\n  2, # comment\n  # full-line comment\n  3,\n]\nb = [\n\n]\nc = [ # c\n]\n",
    "name = { first = 'Tom', last = 'Preston-Werner' }\npoint = { x = 1, y = 2 }\nanimal = { type.name = 'pug' }\n",
    "e = {}\nn = { a = { b = { c = [ { d = 1 } ] } } }\nm = { a = [\n 1,\n 2 ] }\n",
    "[product]\ntype = { name = 'Nail' }\n[a]\nb = { c.d = 1, c.e = 2 }\n",
    "points = [ { x = 1, y = 2, z = 3 },\n           { x = 7, y = 8, z = 9 },\n           { x = 2, y = 4, z = 8 } ]\n",
    "a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n[t]\r\nc = [\r\n 1,\r\n]\r\n# comment\r\n",
    "\u{feff}a = 1\n",
    "a = \"é ü 日本 😀\"\n# comment with ü and 😀\n\"ключ\" = 'значение'\n",
    "a=1\nb\t=\t2\n  c =3  \n\t[  t  ]\n\t\td = 4\n  [[ arr ]]\n",
    "[a]\n[a.b]\n[a.c]\n[d.e.f]\n[d.g]\n",
    "a.b = 1\n[a.c]\nd = 2\n",
    "[[a]]\n[a.b]\nc = 1\n[[a]]\n[a.b]\nc = 2\n",
    "x = [ [ [ [ [ 1 ] ] ] ] ]\n",
    "control = \"\\u007f and \\u001f\"\nc1 = \"\u{80}\u{9f}\"\n",
];

#[test]
fn valid_documents_match_the_toml_crate() {
    for src in VALID {
        let expected = theirs(src).unwrap_or_else(|e| panic!("toml crate rejected {src:?}: {e}"));
        assert_eq!(ours(src), expected, "for {src:?}");
    }
}

#[test]
fn the_bank_file_matches_the_toml_crate() {
    assert_eq!(ours(BANK), theirs(BANK).expect("toml crate reads the bank"));
    // The same file with Windows line endings means the same thing (multi-line strings read CRLF as LF).
    let crlf = BANK.replace('\n', "\r\n");
    assert_eq!(ours(&crlf), theirs(BANK).expect("toml crate reads the bank"));
}

#[test]
fn crlf_in_multi_line_strings_reads_as_lf() {
    let t = parse("a = '''\r\nx\r\ny'''\r\nb = \"\"\"x\\\r\n  y\"\"\"\r\n").unwrap();
    assert_eq!(t.get("a").map(|v| &v.value), Some(&Value::String("x\ny".into())));
    assert_eq!(t.get("b").map(|v| &v.value), Some(&Value::String("xy".into())));
    // An escaped CRLF is text, not a line break, and stays as written.
    let t = parse("a = \"x\\r\\ny\"\r\nb = \"\"\"x\\r\\ny\"\"\"\r\n").unwrap();
    assert_eq!(t.get("a").map(|v| &v.value), Some(&Value::String("x\r\ny".into())));
    assert_eq!(t.get("b").map(|v| &v.value), Some(&Value::String("x\r\ny".into())));
}

#[test]
fn entries_keep_source_order() {
    let t = parse("z = 1\na = 2\n[m]\n[b]\n").unwrap();
    let keys: Vec<_> = t.keys().map(|k| k.value.as_str()).collect();
    assert_eq!(keys, ["z", "a", "m", "b"]);
}

// ---------------------------------------------------------------------------------------------------------
// Differential: invalid documents.

const INVALID: &[&str] = &[
    // keys and tables
    "a = 1\na = 2\n",
    "a = 1\n\"a\" = 2\n",
    "a.b = 1\na.b = 2\n",
    "a = 1\na.b = 2\n",
    "a.b = 1\n[a]\n",
    "[a]\n[a]\n",
    "[a]\nb = 1\n[a.b]\n",
    "[a.b]\n[a]\nb = 1\n",
    "[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n",
    "[a.b.c.d]\nz = 9\n[a]\nb.c.d.k.t = 1\n",
    "[[a.b]]\n[a]\nb.c = 1\n",
    "[a]\n[[a.b]]\n[a.b]\n",
    "[a]\nb = {}\n[a.b]\n",
    "a = { b = 1 }\na.c = 2\n",
    "a = { b = 1 }\n[a.c]\n",
    "[[a]]\n[a]\n",
    "[a]\n[[a]]\n",
    "a = []\n[[a]]\n",
    "a = [ {} ]\n[a.b]\n",
    "x = { a = 1, a = 2 }\n",
    "x = { a.b = 1, a = 2 }\n",
    "[]\n",
    "[a\nb = 1\n",
    "[[a]\n",
    "[a]]\n",
    "[a] b = 1\n",
    "a.\n",
    "a.b. = 1\n",
    ".a = 1\n",
    "a..b = 1\n",
    "\"\"\"a\"\"\" = 1\n",
    "a b = 1\n",
    "= 1\n",
    "ü = 1\n",
    // key/value syntax
    "a\n",
    "a 1\n",
    "title: 'x'\n",
    "a =\n",
    "a = # comment\n",
    "a = ",
    "a = 1 2\n",
    "a = 'x' 'y'\n",
    "a = 1 b = 2\n",
    "a = John\n",
    "a = [1 2]\n",
    "a = [1,,2]\n",
    "a = [,]\n",
    "a = [1, 2\n",
    "a = [\n",
    "a = { b = 1\n",
    "a = { b = 1 c = 2 }\n",
    "a = { b }\n",
    "a = {,}\n",
    // strings
    "a = \"abc\n",
    "a = \"abc",
    "a = 'abc\n",
    "a = \"\"\"abc\n",
    "a = '''abc",
    "a = \"\\q\"\n",
    "a = \"\\ \"\n",
    "a = \"\\u12\"\n",
    "a = \"\\uD800\"\n",
    "a = \"\\U00110000\"\n",
    "a = \"\\UFFFFFFFF\"\n",
    "a = \"\\u00g0\"\n",
    "a = \"\"\"\\ x\"\"\"\n",
    "a = \"\u{1}\"\n",
    "a = 'a\u{7f}'\n",
    "a = \"\"\"a\u{0}\"\"\"\n",
    "a = \"a\rb\"\n",
    "a = '''a\rb'''\n",
    "a = \"\"\"\"\"\"\"\"\"\n",
    "a = 1\rb = 2\n",
    // numbers
    "a = 9223372036854775808\n",
    "a = -9223372036854775809\n",
    "a = 0x8000000000000000\n",
    "a = 0xFFFFFFFFFFFFFFFFF\n",
    "a = 0123\n",
    "a = 00\n",
    "a = -01\n",
    "a = 1__0\n",
    "a = _1\n",
    "a = 1_\n",
    "a = +0x1\n",
    "a = -0b1\n",
    "a = 0X1\n",
    "a = 0x\n",
    "a = 0o8\n",
    "a = 0b2\n",
    "a = 0x_1\n",
    "a = 1.\n",
    "a = .1\n",
    "a = 1.e5\n",
    "a = 1e\n",
    "a = 1e_5\n",
    "a = 01.5\n",
    "a = 1.5.5\n",
    "a = 1_.5\n",
    "a = ++1\n",
    "a = -\n",
    "a = infinity\n",
    "a = NaN\n",
    "a = True\n",
    "a = truee\n",
    // hostile bytes
    "a = 1 # comment \u{1} here\n",
    "a = 1 # cr \r in comment\n",
];

/// Things TOML 1.0 forbids but TOML 1.1 (which the `toml` crate reads) allows. We are strict (1.0); the
/// `toml` crate's answer is not checked.
const STRICTER_THAN_THE_TOML_CRATE: &[&str] = &[
    "a = { b = 1,\n c = 2 }\n",
    "a = {\n}\n",
    "a = { b = 1, }\n",
    "a = { b = 1 # comment\n}\n",
    "a = \"\\e\"\n",
    "a = \"\\x41\"\n",
    // The spec forbids dotted keys adding to a table "defined in [table] form"; we also refuse a table that a
    // longer header only implied (`b` here), which the `toml` crate allows.
    "[a.b.c]\n[a]\nb.d = 1\n",
];

#[test]
fn invalid_documents_are_rejected_by_both() {
    for src in INVALID {
        let e = err(src);
        check_error_shape(src, &e);
        assert!(theirs(src).is_err(), "toml crate accepted {src:?} (we said: {})", e.message);
    }
    for src in STRICTER_THAN_THE_TOML_CRATE {
        check_error_shape(src, &err(src));
    }
}

/// `src`'s error message contains `needle`, and its span covers `spanned` (the first occurrence at or
/// after `from`).
#[track_caller]
fn assert_error(src: &str, needle: &str, spanned: &str) {
    let e = err(src);
    check_error_shape(src, &e);
    assert!(e.message.contains(needle), "message {:?} lacks {needle:?} for {src:?}", e.message);
    assert_eq!(&src[e.span.start..e.span.end], spanned, "span of {e:?} in {src:?}");
}

#[test]
fn typographic_quotes_are_named_wherever_a_quote_was_meant() {
    let straight = "use straight quotes, \"like this\"";
    assert_error("a = \u{201c}x\u{201d}\n", straight, "\u{201c}");
    assert_error("a = \u{2018}x\u{2019}\n", straight, "\u{2018}");
    assert_error("a = \u{ab}x\u{bb}\n", straight, "\u{ab}");
    assert_error("a = [\"x\", \u{201e}y\u{201c}]\n", straight, "\u{201e}");
    assert_error("\u{201c}a\u{201d} = \"x\"\n", straight, "\u{201c}");
    assert_error("t = { \u{201c}a\u{201d} = 1 }\n", straight, "\u{201c}");
    assert_error(
        "a = \"x\u{201d}\nb = 1\n",
        "unterminated string: add a closing `\"`; the `\u{201d}` in it is a typographic quote: use straight quotes",
        "\"x\u{201d}",
    );
    // Inside straight quotes they are text like any other.
    assert_eq!(
        parse("a = \"\u{201c}x\u{201d}\"\n").map(|t| t.get("a").map(|v| v.value.clone())),
        Ok(Some(Value::String("\u{201c}x\u{201d}".into())))
    );
}

#[test]
fn error_messages_and_spans() {
    assert_error("title 'x'\n", "expected `=` after the key `title`", "'");
    assert_error("a.b \"x\"\n", "expected `=` after the key `a.b`", "\"");
    assert_error("a = \"abc\nb = 1\n", "unterminated string: add a closing `\"`", "\"abc");
    assert_error("a = 'abc", "unterminated string: add a closing `'`", "'abc");
    assert_error("a = \"\"\"abc\n\n", "unterminated multi-line string", "\"\"\"");
    assert_error(
        "id = 1\nx = 2\nid = 3\n",
        "the key `id` is defined twice in this table (first on line 1)",
        "id",
    );
    assert_error("[t]\nid = 1\n\"id\" = 3\n", "the key `id` is defined twice", "\"id\"");
    assert_error("[chart]\n[other]\n[chart]\n", "the table `chart` is defined twice", "[chart]");
    assert_error("a.b = 1\n[a]\n", "the table `a` is defined twice (first by dotted keys on line 1)", "[a]");
    assert_error("a = \n", "expected a value after `=`, found end of line", "\n");
    assert_error("a = ", "expected a value after `=`, found end of file", "");
    assert_error("a = 1 2\n", "expected the end of the line after the value, found `2`", "2");
    assert_error("[a] x\n", "expected the end of the line after the table header", "x");
    assert_error("a = 9223372036854775808\n", "integer out of range", "9223372036854775808");
    assert_error("a = 1e400\n", "float out of range", "1e400");
    assert_error("a = 0123\n", "leading zeros", "0123");
    assert_error(
        "d = 1979-05-27\n",
        "dates and times are not supported in RoleCall quiz files",
        "1979-05-27",
    );
    assert_error("t = 07:32:00\n", "dates and times are not supported", "07:32:00");
    assert_error("d = 1979-05-27T07:32:00Z\n", "dates and times are not supported", "1979-05-27T07:32:00Z");
    assert_error("a = [1, 2\n", "unterminated array", "[");
    assert_error("a = [1 2]\n", "expected `,` or `]`", "2");
    assert_error("a = { b = 1,\n c = 2 }\n", "inline table must be on one line", "\n");
    assert_error("a = { b = 1, }\n", "trailing comma", "}");
    assert_error("a = \"x\\qy\"\n", "invalid escape `\\q`", "\\q");
    assert_error("a = \"\\uD800\"\n", "not a valid Unicode character", "\\uD800");
    assert_error("a = \"\\u12\"\n", "must be followed by 4 hex digits", "\\u");
    assert_error("a = \"x\u{7}\"\n", "control character U+0007 is not allowed in a string", "\u{7}");
    assert_error("a = John\n", "text must be in quotes", "John");
    assert_error("ké = 1\n", "quote the key", "é");
    assert_error("[[a]]\n[a]\n", "array of tables", "[a]");
    assert_error("[a]\n[[a]]\n", "not an array of tables", "[[a]]");
    assert_error("a = { b = 1 }\na.c = 2\n", "inline table", "a");
    assert_error("[a.b.c]\n[a]\nb.d = 1\n", "a dotted key can't add to it", "b");
    assert_error("a = 1\rb = 2\n", "carriage return", "\r");
    assert_error("a\u{a0}= 1\n", "found the invisible character U+00A0", "\u{a0}");
}

// ---------------------------------------------------------------------------------------------------------
// Spans.

fn text(src: &str, span: Span) -> &str {
    &src[span.start..span.end]
}

#[test]
fn spans_point_at_the_source_text() {
    let src = "\u{feff}# header\ntitle = \"Quiz\"  # c\n\"quoted key\" = 'lit'\ndesc = \"\"\"\nline one\nline two\"\"\"\n\
               list = [ 1,\n  2 ] # trailing\npoint = { x = 1, y.z = 'q' }\na.b.c = 3\n\n[[chart.rows]]\nid = \"a\"\n\n\
               [ chart . rows . extra ]\nk = 1\n[[chart.rows]]\nid = \"b\"\n";
    let t = parse(src).unwrap();
    let entry = |table: &Table, key: &str| {
        table.entries.iter().find(|(k, _)| k.value == key).map(|(k, v)| (k.clone(), v.clone())).unwrap()
    };
    let (k, v) = entry(&t, "title");
    assert_eq!((text(src, k.span), text(src, v.span)), ("title", "\"Quiz\""));
    let (k, v) = entry(&t, "quoted key");
    assert_eq!((text(src, k.span), text(src, v.span)), ("\"quoted key\"", "'lit'"));
    let (_, v) = entry(&t, "desc");
    assert_eq!(text(src, v.span), "\"\"\"\nline one\nline two\"\"\"");
    let (_, v) = entry(&t, "list");
    assert_eq!(text(src, v.span), "[ 1,\n  2 ]");
    let Value::Array(items) = &v.value else { panic!() };
    assert_eq!(text(src, items[1].span), "2");
    let (_, v) = entry(&t, "point");
    assert_eq!(text(src, v.span), "{ x = 1, y.z = 'q' }");
    let Value::Table(point) = &v.value else { panic!() };
    let (k, v) = entry(point, "y");
    assert_eq!((text(src, k.span), text(src, v.span)), ("y", "y"));
    let Value::Table(y) = &v.value else { panic!() };
    let (k, v) = entry(y, "z");
    assert_eq!((text(src, k.span), text(src, v.span)), ("z", "'q'"));

    // Dotted keys: implicit tables are spanned by the segment that created them.
    let (k, v) = entry(&t, "a");
    assert_eq!((text(src, k.span), text(src, v.span)), ("a", "a"));
    assert_eq!(k.span.start, src.find("a.b.c").unwrap());
    let Value::Table(a) = &v.value else { panic!() };
    let (k, v) = entry(a, "b");
    assert_eq!((text(src, k.span), text(src, v.span)), ("b", "b"));
    let Value::Table(b) = &v.value else { panic!() };
    let (k, v) = entry(b, "c");
    assert_eq!((text(src, k.span), text(src, v.span)), ("c", "3"));

    // `[[chart.rows]]`: the implicit `chart` is spanned by its segment, each element by its header.
    let (k, v) = entry(&t, "chart");
    assert_eq!((text(src, k.span), text(src, v.span)), ("chart", "chart"));
    let Value::Table(chart) = &v.value else { panic!() };
    let (k, v) = entry(chart, "rows");
    assert_eq!((text(src, k.span), text(src, v.span)), ("rows", "[[chart.rows]]"));
    let Value::Array(rows) = &v.value else { panic!() };
    assert_eq!(rows.len(), 2);
    let first_header = src.find("[[chart.rows]]").unwrap();
    let second_header = src.rfind("[[chart.rows]]").unwrap();
    assert_eq!(rows[0].span, Span::new(first_header, first_header + 14));
    assert_eq!(rows[1].span, Span::new(second_header, second_header + 14));
    let Value::Table(row0) = &rows[0].value else { panic!() };
    let (_, v) = entry(row0, "id");
    assert_eq!(text(src, v.span), "\"a\"");
    let (k, v) = entry(row0, "extra");
    assert_eq!((text(src, k.span), text(src, v.span)), ("extra", "[ chart . rows . extra ]"));
}

#[test]
fn an_implicit_table_defined_later_takes_the_span_of_its_header() {
    let src = "[a.b]\nx = 1\n[a]\ny = 2\n";
    let t = parse(src).unwrap();
    let (k, v) = &t.entries[0];
    assert_eq!((text(src, k.span), text(src, v.span)), ("a", "[a]"));
    assert_eq!(k.span.start, src.find("[a]").unwrap() + 1);
}

#[test]
fn bank_spans_are_consistent() {
    let t = parse(BANK).unwrap();
    let (k, v) = t.entries.iter().find(|(k, _)| k.value == "title").unwrap();
    assert_eq!(text(BANK, k.span), "title");
    assert_eq!(text(BANK, v.span), "\"Community Manager or Social Media Manager?\"");
    // Every key's span is the key as written (possibly quoted).
    fn walk(src: &str, table: &Table) {
        for (k, v) in &table.entries {
            let written = text(src, k.span);
            assert!(
                written == k.value || written.trim_matches(['"', '\'']) == k.value,
                "{written:?} vs {k:?}"
            );
            match &v.value {
                Value::Table(t) => walk(src, t),
                Value::Array(items) => items.iter().for_each(|i| {
                    if let Value::Table(t) = &i.value {
                        walk(src, t)
                    }
                }),
                _ => assert!(!text(src, v.span).is_empty()),
            }
        }
    }
    walk(BANK, &t);
}

// ---------------------------------------------------------------------------------------------------------
// Nesting limits and hostile input.

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let deep = |open: &str, n: usize| format!("a = {}", open.repeat(n));
    let e = err(&deep("[", 100_000));
    assert!(e.message.contains("values are nested too deeply (the limit is 64)"), "{e:?}");
    check_error_shape(&deep("[", 100_000), &e);
    assert!(err(&deep("{ b = ", 100_000)).message.contains("nested too deeply"));
    assert!(err(&deep("[{ b = ", 50_000)).message.contains("nested too deeply"));

    // Exactly 64 levels is fine; 65 is not.
    let arrays = |n: usize| format!("a = {}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&arrays(64)).is_ok());
    assert!(err(&arrays(65)).message.contains("nested too deeply"));

    // Long dotted keys and headers nest tables too.
    let path = vec!["k"; 100_000].join(".");
    assert!(err(&format!("{path} = 1\n")).message.contains("nested too deeply"));
    assert!(err(&format!("[{path}]\n")).message.contains("nested too deeply"));
    assert!(err(&format!("x = {{ {path} = 1 }}\n")).message.contains("nested too deeply"));
    let path64 = vec!["k"; 64].join(".");
    assert!(parse(&format!("[{path64}]\n")).is_ok());
    assert!(parse(&format!("{path64} = 1\n")).is_ok());
}

/// Times `f` in this thread's CPU time where the system reports it (see [`Stopwatch`]).
fn timed<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let stopwatch = Stopwatch::start();
    let out = f();
    let took = stopwatch.elapsed();
    assert!(took < limit, "{what} took {took:?}");
    out
}

// Generous limits: these run in debug builds too. They catch quadratic behaviour, not slow machines.
const SLOW: Duration = Duration::from_secs(20);

#[test]
fn ten_megabytes_parse_in_linear_time() {
    let line = format!("= \"{}\"\n", "x".repeat(90));
    let mut src = String::new();
    let mut n = 0;
    while src.len() < 10_000_000 {
        src.push_str(&format!("a{n} {line}"));
        n += 1;
    }
    let t = timed("10 MB of keys", SLOW, || parse(&src).unwrap());
    assert_eq!(t.entries.len(), n);

    let one_string = format!("a = \"{}\"\n", "x".repeat(10_000_000));
    timed("a 10 MB string", SLOW, || parse(&one_string).unwrap());
    let many_rows = "[[rows]]\nid = 1\n".repeat(600_000);
    let t = timed("600k array-of-tables headers", SLOW, || parse(&many_rows).unwrap());
    assert!(matches!(&t.entries[0].1.value, Value::Array(rows) if rows.len() == 600_000));
    let big_array = format!("a = [{}]\n", "1, ".repeat(3_000_000));
    timed("a 3M-element array", SLOW, || parse(&big_array).unwrap());
    let duplicate_at_end = format!("{src}a0 = 1\n");
    timed("a late duplicate", SLOW, || err(&duplicate_at_end));
    let unterminated = format!("a = \"{}", "x".repeat(10_000_000));
    timed("an unterminated 10 MB string", SLOW, || err(&unterminated));
}

/// A tiny deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// A random edit at a char boundary: delete, insert a piece, or replace a char with a piece.
fn mutate(rng: &mut XorShift, src: &mut String) {
    let boundaries: Vec<usize> = src.char_indices().map(|(i, _)| i).chain([src.len()]).collect();
    let at = rng.pick(&boundaries);
    let piece = rng.pick(PIECES);
    match rng.below(3) {
        0 => {
            if let Some(c) = src[at..].chars().next() {
                src.replace_range(at..at + c.len_utf8(), "");
            }
        }
        1 => src.insert_str(at, piece),
        _ => {
            let len = src[at..].chars().next().map_or(0, char::len_utf8);
            src.replace_range(at..at + len, piece);
        }
    }
}

/// Our parser never panics, its errors are well formed, and whatever it accepts the `toml` crate reads the
/// same way (we may be stricter, never looser).
fn check_any(src: &str) {
    match parse(src) {
        Err(e) => check_error_shape(src, &e),
        Ok(t) => {
            let theirs =
                theirs(src).unwrap_or_else(|e| panic!("we accepted what toml rejects: {src:?}\n{e}"));
            assert_eq!(ours_to_data(&t), theirs, "for {src:?}");
        }
    }
}

#[test]
fn random_documents_never_panic() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    for _ in 0..10_000 {
        let mut src = String::new();
        for _ in 0..rng.below(40) {
            src.push_str(rng.pick(PIECES));
        }
        check_any(&src);
    }
    for _ in 0..2_000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check_any(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn mutated_bank_files_never_panic() {
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let lines: Vec<&str> = BANK.lines().collect();
    for round in 0..10_000 {
        // Mostly a few dozen lines of the file (fast to re-parse in a debug build), now and then all of it.
        let mut src = if round % 50 == 0 {
            BANK.to_string()
        } else {
            let start = rng.below(lines.len());
            let end = (start + 5 + rng.below(40)).min(lines.len());
            lines[start..end].join("\n")
        };
        for _ in 0..1 + rng.below(4) {
            mutate(&mut rng, &mut src);
        }
        check_any(&src);
    }
}
