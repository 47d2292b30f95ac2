//! Launch options: what the page's URL asks for (`?quiz=…&count=5&seed=7&start=1&mode=present&theme=dark`),
//! and a quiz carried in the fragment of a share link (`#quiz=1.…`, see [`crate::engine::share`]).
//!
//! Pure: [`LaunchOptions::from_pairs`] reads the query's pairs (decoded by the browser's `URLSearchParams`
//! in `platform::location`) into options plus a list of [`LaunchProblem`]s for values it could not use
//! (worded in the interface's language when shown); a bad value is reported and ignored, never fatal.
//! [`LaunchOptions::to_pairs`] writes options back (for the embed snippets), and reading what it writes gives
//! the same options.
//!
//! The fragment is never sent to a server, so a quiz in a share link stays between the people who have
//! the link.

use crate::engine::deck::Feedback;
use crate::engine::practice::Kind;
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

/// The pages RoleCall is built into, one per use: each loads only the code its use needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// `index.html`: self-study of the built-in quiz (no quiz reader, no presenter, no editor).
    Learner,
    /// `embed.html`: the built-in quiz in another site's iframe (`mode=embed`), without self-study's chrome.
    Embed,
    /// `practice.html`: self-study and embeds of the built-in quiz with its practice kinds (sort the duties,
    /// with the brand or with each other, spot the trait, name the structure), which `index.html` and
    /// `embed.html` leave out.
    Practice,
    /// `play.html`: self-study and embeds of any other quiz (a `quiz=` address, a share link, a file).
    Play,
    /// `present.html`: presenting to a class.
    Present,
    /// `edit.html`: writing a quiz.
    Edit,
    /// `share.html`: snippets to embed the quiz in a blog or course page.
    Share,
}

impl Page {
    /// The page's file, as a link from a sibling page gives it (the learner's page is the folder's index).
    pub fn file(self) -> &'static str {
        match self {
            Page::Learner => "./",
            Page::Embed => "embed.html",
            Page::Practice => "practice.html",
            Page::Play => "play.html",
            Page::Present => "present.html",
            Page::Edit => "edit.html",
            Page::Share => "share.html",
        }
    }

    /// The page that serves these options. `assets/route.js` makes the same choice before any page loads,
    /// so that an address from before the pages were split (`?mode=present`, `?mode=embed`, `?quiz=…`,
    /// `#quiz=…`) lands on the right one.
    pub fn for_options(options: &LaunchOptions) -> Page {
        match options.mode {
            Mode::Present => Page::Present,
            Mode::Edit => Page::Edit,
            Mode::Study | Mode::Embed if options.quiz.is_some() || options.shared.is_some() => Page::Play,
            // The built-in quiz with a practice kind chosen (old links, embeds and study links with `kinds=`).
            Mode::Study | Mode::Embed if options.kinds.iter().any(|k| *k != Kind::Scenario) => Page::Practice,
            Mode::Embed => Page::Embed,
            Mode::Study => Page::Learner,
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
    /// The kinds of item to practise (`kinds=scenario,sort`; the chart's scenarios alone when empty). A tag
    /// that names no kind is left out, as an unknown row is.
    pub kinds: Vec<Kind>,
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
    /// Read a page's query, as decoded `(key, value)` pairs in order, and the quiz of a share link (the
    /// payload of the fragment's `quiz=`, when there is one). A later pair wins over an earlier one.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
        shared: Option<String>,
    ) -> Self {
        let mut options = Self::default();
        for (key, value) in pairs {
            if let Err(problem) = options.set(key.as_ref(), value.as_ref()) {
                options.problems.push(problem);
            }
        }
        options.shared = shared;
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
            "kinds" => self.kinds = value.split(',').filter_map(|t| Kind::from_tag(t.trim())).collect(),
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

    /// These options for self-study, as a link for learners opens them (the students' link, the way back
    /// from presenting).
    pub fn with_mode_study(&self) -> LaunchOptions {
        LaunchOptions { mode: Mode::Study, ..self.clone() }
    }

    /// The share of points that passes, in whole percent.
    pub fn pass_mark(&self) -> u8 {
        self.pass.unwrap_or(DEFAULT_PASS)
    }

    /// These options as `(key, value)` pairs (defaults left out, problems dropped), so that reading them gives
    /// these options back, except that presenting is left out: the snippets link a quiz, and presenting it is
    /// the instructor's choice on the page. `mode` comes first, so an embed address reads as one at a glance.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(mode) = self.mode.query_value().filter(|_| self.mode != Mode::Present) {
            q.push(("mode", mode.to_string()));
        }
        if let Some(quiz) = &self.quiz {
            q.push(("quiz", quiz.clone()));
        }
        if let Some(count) = self.count {
            q.push(("count", count.to_string()));
        }
        if !self.rows.is_empty() {
            q.push(("rows", self.rows.join(",")));
        }
        if !self.kinds.is_empty() {
            q.push(("kinds", self.kinds.iter().map(|k| k.tag()).collect::<Vec<_>>().join(",")));
        }
        if let Some(seed) = self.seed {
            q.push(("seed", seed.to_string()));
        }
        if self.feedback != Feedback::Practice {
            q.push(("feedback", self.feedback.tag().to_string()));
        }
        match self.theme {
            Theme::Auto => {}
            Theme::Light => q.push(("theme", "light".to_string())),
            Theme::Dark => q.push(("theme", "dark".to_string())),
        }
        if let Some(lang) = self.lang {
            q.push(("lang", lang.tag().to_string()));
        }
        if let Some(pass) = self.pass {
            q.push(("pass", pass.to_string()));
        }
        if self.start {
            q.push(("start", "1".to_string()));
        }
        q
    }
}

/// The options a student's self-study link carries over from the presenter's page: the same quiz, order,
/// length and rows, and nothing that is about presenting.
pub const STUDY_KEYS: [&str; 5] = ["quiz", "seed", "count", "n", "rows"];
