//! A tiny JSON writer for the few fixed shapes RoleCall sends to a host page (embed messages, xAPI
//! statements). `serde_json` would cost about 26 KB gzip in the shipped wasm for what fits in a page here.
//!
//! What must hold: the output is always valid JSON. Strings are escaped (quotes, backslashes, control
//! characters, and `<` so that the text can never close a `<script>` it is pasted into). Fractions are written
//! from whole numbers ([`Object::ratio`]): formatting an `f64` would pull about 5 KB gzip of float printing
//! into the wasm.

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

    /// `numerator / denominator` as a decimal with at most four places, rounded half up (`3/4` is `0.75`,
    /// `1/3` is `0.3333`); 0 when the denominator is 0.
    pub fn ratio(mut self, key: &str, numerator: u64, denominator: u64) -> Self {
        self.key(key);
        let tenths_of_thousandths =
            if denominator == 0 { 0 } else { (numerator * 20_000 + denominator) / (2 * denominator) };
        let (whole, mut fraction) = (tenths_of_thousandths / 10_000, tenths_of_thousandths % 10_000);
        let _ = write!(self.text, "{whole}");
        if fraction > 0 {
            let mut places = 4;
            while fraction % 10 == 0 {
                fraction /= 10;
                places -= 1;
            }
            let _ = write!(self.text, ".{fraction:0places$}");
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
