//! Launch options: what the page's URL asks for (`?quiz=…&count=5&seed=7&start=1&mode=present&theme=dark`),
//! and a quiz carried in the fragment of a share link (`#quiz=2.…`, see [`crate::engine::share`]).
//!
//! The pure half parses a query string into [`LaunchOptions`] plus a list of [`LaunchProblem`]s for values
//! it could not use (worded in the interface's language when shown); a bad value is reported and ignored,
//! never fatal. [`LaunchOptions::to_query`]
//! writes options back (for the embed snippets), and parsing what it writes gives the same options.
//! [`share_link`] makes a share link. The web half reads `location.search` and `location.hash`.
//!
//! The fragment is never sent to a server, so a quiz in a share link stays between the people who have
//! the link.

use std::fmt::Write as _;

use crate::engine::session::Feedback;
use crate::i18n::{Lang, LaunchText};

/// How RoleCall is used on this page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The full app for a learner on their own: start screen, quiz, results, chart, "Embed this quiz".
    #[default]
    Study,
    /// An instructor in front of a class (`mode=present`).
    Present,
    /// Inside another site's iframe: compact, no app chrome, reports its height and results to the parent.
    Embed,
    /// An author writing a quiz (`mode=edit`): the text beside a live preview, its problems, a share link.
    Edit,
}

impl Mode {
    /// The value of `mode=` that asks for this mode; `None` for self-study, the default, which needs none.
    pub fn query_value(self) -> Option<&'static str> {
        match self {
            Mode::Study => None,
            Mode::Present => Some("present"),
            Mode::Embed => Some("embed"),
            Mode::Edit => Some("edit"),
        }
    }
}

/// The colour scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

/// What the URL asks for. Every field has a sensible default when absent.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct LaunchOptions {
    /// A quiz file to fetch instead of the built-in bank (relative to the page, or absolute with CORS).
    pub quiz: Option<String>,
    /// The quiz itself, packed into a share link's fragment (the payload after `#quiz=`, not yet checked).
    /// It wins over `quiz`.
    pub shared: Option<String>,
    /// How many scenarios to deal (all when absent).
    pub count: Option<usize>,
    /// A fixed seed, for a reproducible order (random when absent).
    pub seed: Option<u64>,
    /// Only these chart rows (all when empty).
    pub rows: Vec<String>,
    /// Skip the start screen and show the first scenario at once.
    pub start: bool,
    /// Self-study, presenter, embed or editor mode.
    pub mode: Mode,
    pub theme: Theme,
    /// The interface language asked for (`lang=es`), when it is one RoleCall has.
    pub lang: Option<Lang>,
    /// When answers are marked: after each one (practice), or only at the end (test).
    pub feedback: Feedback,
    /// The share of points (whole percent) that counts as a pass in the results sent to the host page.
    pub pass: Option<u8>,
    /// Values that could not be used, for a quiet notice.
    pub problems: Vec<LaunchProblem>,
}

/// A `key=value` of the URL that was ignored, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LaunchProblem {
    /// The option as the URL has it (decoded), e.g. `count=0`.
    pub option: String,
    pub why: Ignored,
}

/// Why an option was ignored: what its value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ignored {
    /// `count`: a whole number from 1 to [`MAX_COUNT`].
    Count,
    /// `seed`: a whole number.
    WholeNumber,
    Start,
    Mode,
    Theme,
    /// A language RoleCall does not have.
    Lang,
    Feedback,
    /// `pass`: a whole percentage.
    Pass,
    /// `quiz=` beside a share link's quiz, which wins.
    QuizInLink,
}

impl LaunchProblem {
    /// The problem in words, from the interface's table.
    pub fn words(&self, t: &LaunchText) -> String {
        let max = MAX_COUNT.to_string();
        let why = match self.why {
            Ignored::Count => t.count.fill([&max]),
            Ignored::WholeNumber => t.whole_number.into(),
            Ignored::Start => t.start.into(),
            Ignored::Mode => t.mode.into(),
            Ignored::Theme => t.theme.into(),
            Ignored::Lang => t.lang.into(),
            Ignored::Feedback => t.feedback.into(),
            Ignored::Pass => t.pass.into(),
            Ignored::QuizInLink => t.quiz_in_link.into(),
        };
        t.ignored.fill([&self.option, &why])
    }
}

/// The largest `count` accepted (anything above is clamped by the deck size anyway).
const MAX_COUNT: usize = 10_000;

/// The pass mark when the URL names none: 80% of the points.
pub const DEFAULT_PASS: u8 = 80;

impl LaunchOptions {
    /// Parse a query string, with or without the leading `?`.
    pub fn parse(query: &str) -> Self {
        let mut options = Self::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (decode(key), decode(value));
            if let Err(problem) = options.set(&key, &value) {
                options.problems.push(problem);
            }
        }
        options
    }

    /// Parse a page's query and fragment (each with or without its `?` / `#`): the query's options, plus
    /// the quiz of a share link from the fragment's `quiz=`.
    pub fn parse_url(query: &str, fragment: &str) -> Self {
        let mut options = Self::parse(query);
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        options.shared = pairs(fragment).find_map(|pair| {
            let (key, value) = pair.split_once('=')?;
            (decode(key) == "quiz").then(|| decode(value))
        });
        if options.shared.is_some()
            && let Some(url) = options.quiz.take()
        {
            options.problems.push(LaunchProblem { option: format!("quiz={url}"), why: Ignored::QuizInLink });
        }
        options
    }

    /// Apply one `key=value`; `Err` says why it was ignored.
    fn set(&mut self, key: &str, value: &str) -> Result<(), LaunchProblem> {
        let ignored = |why: Ignored| Err(LaunchProblem { option: format!("{key}={value}"), why });
        match key {
            "quiz" if !value.is_empty() => self.quiz = Some(value.to_string()),
            "count" | "n" => match value.parse::<usize>() {
                Ok(n) if (1..=MAX_COUNT).contains(&n) => self.count = Some(n),
                _ => return ignored(Ignored::Count),
            },
            "seed" => match value.parse::<u64>() {
                Ok(n) => self.seed = Some(n),
                Err(_) => return ignored(Ignored::WholeNumber),
            },
            "rows" => {
                self.rows =
                    value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
            }
            "start" => match value {
                "" | "1" | "true" | "yes" => self.start = true,
                "0" | "false" | "no" => self.start = false,
                _ => return ignored(Ignored::Start),
            },
            "mode" => match value {
                "embed" => self.mode = Mode::Embed,
                "present" => self.mode = Mode::Present,
                "edit" => self.mode = Mode::Edit,
                "self-study" | "study" => self.mode = Mode::Study,
                _ => return ignored(Ignored::Mode),
            },
            "theme" => match value {
                "auto" => self.theme = Theme::Auto,
                "light" => self.theme = Theme::Light,
                "dark" => self.theme = Theme::Dark,
                _ => return ignored(Ignored::Theme),
            },
            "lang" => match Lang::from_tag(value) {
                Some(lang) => self.lang = Some(lang),
                None => return ignored(Ignored::Lang),
            },
            "feedback" => match Feedback::from_tag(value) {
                Some(feedback) => self.feedback = feedback,
                None => return ignored(Ignored::Feedback),
            },
            "pass" => match value.trim_end_matches('%').parse::<u8>() {
                Ok(n) if n <= 100 => self.pass = Some(n),
                _ => return ignored(Ignored::Pass),
            },
            // Unknown keys are left alone: the page may share its URL with other tools.
            _ => {}
        }
        Ok(())
    }

    /// The share of points that passes, in whole percent.
    pub fn pass_mark(&self) -> u8 {
        self.pass.unwrap_or(DEFAULT_PASS)
    }

    /// These options as a query string without the leading `?` (defaults left out, problems dropped), so
    /// that `LaunchOptions::parse(&o.to_query())` gives `o` back, except that presenting is left out: the
    /// snippets link a quiz, and presenting it is the instructor's choice on the page. `mode` comes first, so
    /// an embed URL reads as one at a glance.
    pub fn to_query(&self) -> String {
        let mut q = String::new();
        let mut put = |key: &str, value: &str| {
            let _ = write!(q, "{}{key}={}", if q.is_empty() { "" } else { "&" }, encode(value));
        };
        if let Some(mode) = self.mode.query_value().filter(|_| self.mode != Mode::Present) {
            put("mode", mode);
        }
        if let Some(quiz) = &self.quiz {
            put("quiz", quiz);
        }
        if let Some(count) = self.count {
            put("count", &count.to_string());
        }
        if !self.rows.is_empty() {
            put("rows", &self.rows.join(","));
        }
        if let Some(seed) = self.seed {
            put("seed", &seed.to_string());
        }
        if self.feedback != Feedback::Practice {
            put("feedback", self.feedback.tag());
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => put("theme", "light"),
            Theme::Dark => put("theme", "dark"),
        }
        if let Some(lang) = self.lang {
            put("lang", lang.tag());
        }
        if let Some(pass) = self.pass {
            put("pass", &pass.to_string());
        }
        if self.start {
            put("start", "1");
        }
        q
    }
}

/// Percent-encoding for a query value: everything but unreserved characters and the few that are safe and
/// readable in a query (`/ : , @`) is escaped, so `&`, `=`, `+`, `#` and `%` in a value survive the round trip.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:,@".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The options a student's self-study link carries over from the presenter's page: the same quiz, order,
/// length and rows, and nothing that is about presenting.
const STUDY_KEYS: [&str; 5] = ["quiz", "seed", "count", "n", "rows"];

/// `query` (with or without `?`) with `mode` set for `mode`, every other pair kept as written; `""` or
/// `"?…"`. Self-study is the default, so it drops `mode` instead of writing `mode=study`.
pub fn query_with_mode(query: &str, mode: Mode) -> String {
    query_with(query, "mode", mode.query_value())
}

/// A share link to the RoleCall page at `page` (its address; a fragment on it is dropped) that opens the quiz
/// in `payload` (from `app::share::encode_link`, which compresses in the browser), in `mode`. The page's other
/// options are kept, except a `quiz=` address: the link carries the quiz itself.
pub fn share_link(page: &str, payload: &str, mode: Mode) -> String {
    let page = page.split_once('#').map_or(page, |(before, _)| before);
    let (path, query) = page.split_once('?').unwrap_or((page, ""));
    let query = query_with_mode(&query_with(query, "quiz", None), mode);
    format!("{path}{query}#quiz={payload}")
}

/// The `#quiz=…` fragment of a page address's fragment, if it carries a shared quiz (for links made from
/// the page that must keep the quiz: the students' link, the embed snippets).
pub fn share_fragment(fragment: &str) -> Option<String> {
    let payload = LaunchOptions::parse_url("", fragment).shared?;
    Some(format!("#quiz={payload}"))
}

/// `query` with `key` set to `value` (or removed, for `None`), every other pair kept as written.
pub fn query_with(query: &str, key: &str, value: Option<&str>) -> String {
    let pair = value.map(|v| format!("{key}={}", encode(v)));
    let mut pairs: Vec<&str> = pairs(query).filter(|p| key_of(p) != key).collect();
    pairs.extend(pair.as_deref());
    joined(&pairs)
}

/// The query of the self-study link for students: only the options in [`STUDY_KEYS`].
pub fn study_query(query: &str) -> String {
    joined(&pairs(query).filter(|p| STUDY_KEYS.contains(&key_of(p).as_str())).collect::<Vec<_>>())
}

fn pairs(query: &str) -> impl Iterator<Item = &str> {
    query.strip_prefix('?').unwrap_or(query).split('&').filter(|p| !p.is_empty())
}

fn key_of(pair: &str) -> String {
    decode(pair.split_once('=').map_or(pair, |(k, _)| k))
}

fn joined(pairs: &[&str]) -> String {
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

/// Percent-decoding for query components (`+` is a space). Invalid escapes and invalid UTF-8 are kept
/// literally / replaced, never an error.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The web half: the options of the page this code runs in.
#[cfg(target_arch = "wasm32")]
pub fn from_location() -> LaunchOptions {
    let location = web_sys::window().map(|w| w.location());
    let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let hash = location.as_ref().and_then(|l| l.hash().ok()).unwrap_or_default();
    LaunchOptions::parse_url(&search, &hash)
}

/// The web half: reload the page when its fragment comes to carry another shared quiz (a share link
/// pasted into the address bar of a tab already showing RoleCall changes only the fragment, which does not
/// load the page again). Keep the returned listener alive for as long as it should act.
#[cfg(target_arch = "wasm32")]
pub fn reload_on_new_share(shown: Option<String>) -> Option<gloo_events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(&window.clone(), "hashchange", move |_| {
        let hash = window.location().hash().unwrap_or_default();
        let shared = LaunchOptions::parse_url("", &hash).shared;
        if shared.is_some() && shared != shown {
            let _ = window.location().reload();
        }
    }))
}

/// The web half: take the quiz out of the address (`quiz=` and a share link's fragment), so that a reload
/// shows the built-in quiz the reader went back to.
#[cfg(target_arch = "wasm32")]
pub fn forget_quiz() -> Result<(), wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    let location = window.location();
    let url = format!("{}{}", location.pathname()?, query_with(&location.search()?, "quiz", None));
    window.history()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
}

/// The web half: put `mode` in the address bar without loading the page again, so a reload stays in the mode.
#[cfg(target_arch = "wasm32")]
pub fn set_mode(mode: Mode) -> Result<(), wasm_bindgen::JsValue> {
    replace_query(|query| query_with_mode(query, mode))
}

/// Write `lang=` into the address, so a reload or a copied link keeps the language chosen.
#[cfg(target_arch = "wasm32")]
pub fn set_lang(lang: Lang) -> Result<(), wasm_bindgen::JsValue> {
    replace_query(|query| query_with(query, "lang", Some(lang.tag())))
}

#[cfg(target_arch = "wasm32")]
fn replace_query(change: impl FnOnce(&str) -> String) -> Result<(), wasm_bindgen::JsValue> {
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    let location = window.location();
    let url = format!("{}{}{}", location.pathname()?, change(&location.search()?), location.hash()?);
    window.history()?.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
}

/// The web half: this page's address (path and query, no hash) in `mode`, for a link between modes that
/// keeps the quiz and the other options.
#[cfg(target_arch = "wasm32")]
pub fn link_in_mode(mode: Mode) -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!("{}{}", location.pathname().ok()?, query_with_mode(&location.search().ok()?, mode)))
}

/// The web half: the page's own address, as the self-study link for students (see [`study_query`]).
#[cfg(target_arch = "wasm32")]
pub fn study_link() -> Option<String> {
    let location = web_sys::window()?.location();
    Some(format!(
        "{}{}{}{}",
        location.origin().ok()?,
        location.pathname().ok()?,
        study_query(&location.search().ok()?),
        share_fragment(&location.hash().ok()?).unwrap_or_default()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_gives_defaults() {
        assert_eq!(LaunchOptions::parse(""), LaunchOptions::default());
        assert_eq!(LaunchOptions::parse("?"), LaunchOptions::default());
    }

    #[test]
    fn reads_every_option() {
        let o = LaunchOptions::parse("?quiz=quizzes%2Fmine.toml&count=5&seed=42&rows=a,%20b&start=1");
        assert_eq!(o.quiz.as_deref(), Some("quizzes/mine.toml"));
        assert_eq!(o.count, Some(5));
        assert_eq!(o.seed, Some(42));
        assert_eq!(o.rows, ["a", "b"]);
        assert!(o.start);
        assert!(o.problems.is_empty());
    }

    #[test]
    fn bad_values_are_reported_and_ignored() {
        let o = LaunchOptions::parse("count=0&seed=abc&start=maybe&n=-3");
        assert_eq!(o.count, None);
        assert_eq!(o.seed, None);
        assert!(!o.start);
        assert_eq!(o.problems.len(), 4, "{:?}", o.problems);
        assert_eq!(o.problems[0], LaunchProblem { option: "count=0".into(), why: Ignored::Count });
        assert_eq!(o.problems[1].why, Ignored::WholeNumber);
    }

    #[test]
    fn mode_present_selects_the_presenter() {
        assert_eq!(LaunchOptions::parse("").mode, Mode::Study);
        assert_eq!(LaunchOptions::parse("?mode=present&count=3").mode, Mode::Present);
        assert_eq!(LaunchOptions::parse("mode=present&mode=study").mode, Mode::Study);
        let o = LaunchOptions::parse("mode=karaoke");
        assert_eq!(o.mode, Mode::Study);
        assert_eq!(o.problems, [LaunchProblem { option: "mode=karaoke".into(), why: Ignored::Mode }]);
    }

    #[test]
    fn mode_edit_opens_the_editor_and_is_written_back() {
        let o = LaunchOptions::parse("?quiz=q.toml&mode=edit");
        assert_eq!(o.mode, Mode::Edit);
        assert!(o.problems.is_empty());
        assert_eq!(o.to_query(), "mode=edit&quiz=q.toml");
        assert_eq!(LaunchOptions::parse(&o.to_query()), o);
        assert_eq!(query_with_mode("?quiz=q.toml&lang=es", Mode::Edit), "?quiz=q.toml&lang=es&mode=edit");
        assert_eq!(query_with_mode("?mode=edit&quiz=q.toml", Mode::Study), "?quiz=q.toml");
    }

    #[test]
    fn every_mode_but_presenting_survives_the_round_trip() {
        for mode in [Mode::Study, Mode::Embed, Mode::Edit] {
            let o = LaunchOptions { mode, ..LaunchOptions::default() };
            assert_eq!(LaunchOptions::parse(&o.to_query()).mode, mode, "{mode:?}");
            assert_eq!(LaunchOptions::parse(&query_with_mode("", mode)).mode, mode, "{mode:?}");
        }
        let present = LaunchOptions { mode: Mode::Present, ..LaunchOptions::default() };
        assert_eq!(present.to_query(), "", "presenting is the instructor's choice, not the link's");
        assert_eq!(LaunchOptions::parse(&query_with_mode("", Mode::Present)).mode, Mode::Present);
    }

    #[test]
    fn the_mode_is_written_into_the_query_and_removed_again() {
        assert_eq!(query_with_mode("", Mode::Present), "?mode=present");
        assert_eq!(query_with_mode("?count=3&seed=7", Mode::Present), "?count=3&seed=7&mode=present");
        assert_eq!(query_with_mode("?mode=present&count=3", Mode::Present), "?count=3&mode=present");
        assert_eq!(query_with_mode("?count=3&mode=present", Mode::Study), "?count=3");
        assert_eq!(query_with_mode("?mode=present", Mode::Study), "");
        assert_eq!(query_with_mode("?quiz=a%26b.toml&x", Mode::Study), "?quiz=a%26b.toml&x");
    }

    #[test]
    fn the_study_link_keeps_the_quiz_order_and_length_only() {
        assert_eq!(
            study_query("?mode=present&quiz=q%2Fx.toml&seed=4&count=3&rows=a,b&start=1&utm=z"),
            "?quiz=q%2Fx.toml&seed=4&count=3&rows=a,b"
        );
        assert_eq!(study_query("?n=5&mode=present"), "?n=5");
        assert_eq!(study_query("?mode=present"), "");
        assert_eq!(study_query(""), "");
    }

    #[test]
    fn decode_handles_plus_escapes_and_garbage() {
        assert_eq!(decode("a+b%20c"), "a b c");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%C3%A9"), "é");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
