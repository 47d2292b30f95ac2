//! Where the quiz comes from (the built-in bank, a `quiz=` address, a share link, a file the reader opened),
//! how far it got, and what to tell the reader when it cannot be shown: one heading, the problems as
//! `FILE:LINE:COL: message`, and a hint fitted to where the quiz came from.
//!
//! Pure: the app fetches and reads files (with [`super::fetch`] and [`super::file`]) and hands the text or
//! the error here; everything decided from them is tested on the host.

use std::rc::Rc;

use super::fetch::FetchError;
use super::launch::LaunchOptions;
use crate::engine::load::{MAX_BYTES, Problem, load};
use crate::engine::quiz::Quiz;
use crate::engine::share::{self, Packed, ShareError};
use crate::engine::sniff::{NotAQuiz, not_a_quiz};
use crate::i18n::{Lang, LoadText};

/// The built-in bank, in the same text format authors use. Parsed at start-up (about a millisecond).
pub const BUILT_IN: (&str, &str) = ("cm-vs-smm.toml", include_str!("../../assets/quizzes/cm-vs-smm.toml"));

/// Where the quiz on screen came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    /// Fetched from the `quiz=` address.
    Address(String),
    /// Unpacked from a share link's fragment.
    Shared,
    /// A file the reader picked or dropped (its name).
    File(String),
}

/// Why there is no quiz to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The file could not be fetched or read.
    Fetch(FetchError),
    Share(ShareError),
    NotAQuiz(NotAQuiz),
}

/// How far the quiz got.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Loading,
    Ready(Rc<Quiz>),
    /// Read, but not a valid quiz: everything wrong with it.
    Invalid(Rc<Vec<Problem>>),
    Failed(Failure),
}

/// The quiz on screen: where it came from and how far it got. `generation` changes whenever another quiz
/// takes its place, so that the session below starts afresh for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Current {
    pub origin: Origin,
    pub loaded: Loaded,
    pub generation: u32,
    /// The text the quiz was read from, valid or not (the editor opens on it); `None` while loading or when
    /// nothing could be read.
    pub text: Option<Rc<str>>,
}

impl Current {
    /// The quiz the page opens with: a share link's, the `quiz=` file's (still to fetch), or the built-in.
    pub fn initial(options: &LaunchOptions) -> Self {
        match (&options.shared, &options.quiz) {
            (Some(payload), _) => match share::unpack(payload) {
                // The browser inflates it (`app::share::decode_link`), then the page calls `shared`.
                Ok(Packed::Compressed(_)) => {
                    Current { origin: Origin::Shared, loaded: Loaded::Loading, generation: 0, text: None }
                }
                Ok(Packed::Legacy(text)) => Current::shared(Ok(text), 0),
                Err(e) => Current::shared(Err(e), 0),
            },
            (None, Some(url)) => Current {
                origin: Origin::Address(url.clone()),
                loaded: Loaded::Loading,
                generation: 0,
                text: None,
            },
            (None, None) => Current::built_in(0),
        }
    }

    /// A quiz read (or not) from `origin`, as the `generation`th to take the place of the one before.
    pub fn read(origin: Origin, read: Result<String, FetchError>, generation: u32) -> Self {
        match read {
            Ok(text) => Current::of_text(origin, text.into(), generation),
            Err(e) => Current::failed(origin, Failure::Fetch(e), generation),
        }
    }

    /// A share link's quiz (or why there is none), as the `generation`th.
    pub fn shared(read: Result<String, ShareError>, generation: u32) -> Self {
        match read {
            Ok(text) => Current::of_text(Origin::Shared, text.into(), generation),
            Err(e) => Current::failed(Origin::Shared, Failure::Share(e), generation),
        }
    }

    fn of_text(origin: Origin, text: Rc<str>, generation: u32) -> Self {
        Current { origin, loaded: from_text(&text), generation, text: Some(text) }
    }

    fn failed(origin: Origin, failure: Failure, generation: u32) -> Self {
        Current { origin, loaded: Loaded::Failed(failure), generation, text: None }
    }

    /// The built-in quiz, as the `generation`th.
    pub fn built_in(generation: u32) -> Self {
        Current::of_text(Origin::BuiltIn, BUILT_IN.1.into(), generation)
    }

    /// What to show in place of a quiz that cannot be shown; `None` while it loads or once it is ready.
    pub fn problems(&self, lang: Lang) -> Option<ProblemScreen> {
        let (app, t) = (&lang.text().app, &lang.text().load);
        let file = self.origin.file_name(t);
        let screen = |heading: String, problems, hint: &str| {
            Some(ProblemScreen { heading, file: file.clone(), problems, hint: hint.to_string() })
        };
        match &self.loaded {
            Loaded::Loading | Loaded::Ready(_) => None,
            Loaded::Invalid(problems) => screen(
                (app.file_problems)(problems.len()),
                problems.iter().map(|p| (p.line, p.column, p.message.clone())).collect(),
                match self.origin {
                    Origin::BuiltIn | Origin::Address(_) => app.file_problems_hint,
                    Origin::Shared => t.shared_problems_hint,
                    Origin::File(_) => t.picked_problems_hint,
                },
            ),
            Loaded::Failed(failure) => {
                let (heading, message, hint) = match failure {
                    Failure::Fetch(e) if matches!(self.origin, Origin::File(_)) => {
                        (t.unreadable_file, e.describe(t), t.not_a_quiz_hint)
                    }
                    Failure::Fetch(e) => (app.unreachable, e.describe(t), app.unreachable_hint),
                    Failure::Share(e) => (t.share_failed, describe_share(e, t), t.share_hint),
                    Failure::NotAQuiz(kind) => {
                        (t.not_a_quiz, not_a_quiz_text(*kind, t).into(), t.not_a_quiz_hint)
                    }
                };
                screen(heading.into(), vec![(0, 0, message)], hint)
            }
        }
    }
}

/// A quiz that cannot be shown, as the problem screen lists it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProblemScreen {
    pub heading: String,
    /// What stands in the `FILE:` place.
    pub file: String,
    /// `(line, column, message)`; line 0 for a problem with no position.
    pub problems: Vec<(u32, u32, String)>,
    pub hint: String,
}

/// Quiz text, checked: a quiz, its problems, or what it plainly is instead (a web page, JSON…).
pub fn from_text(text: &str) -> Loaded {
    match load(text) {
        Ok(quiz) => Loaded::Ready(Rc::new(quiz)),
        Err(problems) => match not_a_quiz(text) {
            Some(kind) => Loaded::Failed(Failure::NotAQuiz(kind)),
            None => Loaded::Invalid(Rc::new(problems)),
        },
    }
}

impl Origin {
    /// The name in the `FILE:` place of a problem.
    pub fn file_name(&self, t: &LoadText) -> String {
        match self {
            Origin::BuiltIn => BUILT_IN.0.to_string(),
            Origin::Address(url) => url.clone(),
            Origin::Shared => t.share_file.to_string(),
            Origin::File(name) => name.clone(),
        }
    }
}

/// What went wrong with a share link, in `t`'s language.
pub fn describe_share(e: &ShareError, t: &LoadText) -> String {
    match e {
        ShareError::NotALink => t.share_not_a_link.into(),
        ShareError::UnknownVersion(version) => t.share_newer.fill([version]),
        ShareError::BadCharacter { position, character } => {
            t.share_bad_character.fill([&position.to_string(), &character.to_string()])
        }
        ShareError::Truncated => t.share_truncated.into(),
        ShareError::Corrupt => t.share_corrupt.into(),
        ShareError::TooLarge { bytes } => {
            t.too_large.fill([&bytes.div_ceil(1024).to_string(), &(MAX_BYTES / 1024).to_string()])
        }
        ShareError::NotUtf8 => t.share_not_text.into(),
        ShareError::Unsupported => t.share_unsupported.into(),
    }
}

fn not_a_quiz_text(kind: NotAQuiz, t: &LoadText) -> &'static str {
    match kind {
        NotAQuiz::Empty => t.empty,
        NotAQuiz::Html => t.html,
        NotAQuiz::Json => t.json,
        NotAQuiz::Binary => t.binary,
        NotAQuiz::Progress => t.progress,
    }
}
