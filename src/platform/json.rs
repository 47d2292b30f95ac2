//! A tiny JSON writer for the few fixed shapes RoleCall sends to a host page (embed messages, xAPI
//! statements). `serde_json` would cost about 26 KB gzip in the shipped wasm for what fits in a page here.
//!
//! What must hold: the output is always valid JSON. Strings are escaped (quotes, backslashes, control
//! characters, and `<` so that the text can never close a `<script>` it is pasted into), and a number that
//! JSON cannot hold (NaN, infinity) is written as `null`.

use std::fmt::Write as _;

/// A JSON object being written, key by key, in the order the keys are added.
#[derive(Clone, Debug, Default)]
pub struct Object {
    text: String,
}

impl Object {
    pub fn new() -> Self {
        Self::default()
    }

    fn key(&mut self, key: &str) {
        self.text.push(if self.text.is_empty() { '{' } else { ',' });
        string(&mut self.text, key);
        self.text.push(':');
    }

    /// A string value.
    pub fn str(mut self, key: &str, value: &str) -> Self {
        self.key(key);
        string(&mut self.text, value);
        self
    }

    /// A whole number.
    pub fn int(mut self, key: &str, value: u64) -> Self {
        self.key(key);
        let _ = write!(self.text, "{value}");
        self
    }

    /// A number with a fraction (`null` when it is not finite).
    pub fn num(mut self, key: &str, value: f64) -> Self {
        self.key(key);
        if value.is_finite() {
            let _ = write!(self.text, "{value}");
        } else {
            self.text.push_str("null");
        }
        self
    }

    pub fn bool(mut self, key: &str, value: bool) -> Self {
        self.key(key);
        self.text.push_str(if value { "true" } else { "false" });
        self
    }

    /// A nested object.
    pub fn obj(mut self, key: &str, value: Object) -> Self {
        self.key(key);
        self.text.push_str(&value.finish());
        self
    }

    /// An array of objects.
    pub fn objs(mut self, key: &str, values: impl IntoIterator<Item = Object>) -> Self {
        self.key(key);
        self.text.push('[');
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            self.text.push_str(&value.finish());
        }
        self.text.push(']');
        self
    }

    /// An array of strings.
    pub fn strs<'a>(mut self, key: &str, values: impl IntoIterator<Item = &'a str>) -> Self {
        self.key(key);
        self.text.push('[');
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            string(&mut self.text, value);
        }
        self.text.push(']');
        self
    }

    /// The object's text.
    pub fn finish(self) -> String {
        if self.text.is_empty() { "{}".to_string() } else { self.text + "}" }
    }
}

/// Append `s` as a JSON string literal.
fn string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
