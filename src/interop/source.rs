//! Where the quiz comes from (the built-in bank, a `quiz=` address, a share link, a file the reader opened),
//! how far it got, and what to tell the reader when it cannot be shown: one heading, the problems as
//! `FILE:LINE:COL: message`, and a hint fitted to where the quiz came from.
//!
//! Pure: the app fetches and reads files (with [`super::fetch`] and [`super::file`]) and hands the text or
//! the error here; everything decided from them is tested on the host.
//!
//! Quiz text is checked by [`reading`], which only the quiz-text reader links: a wasm module of its own
//! (`src/bin/rolecall-reader.rs`) that the pages load when they must read quiz text, so the presenter of the
//! built-in quiz never downloads the TOML reader. What it answers, a [`Reading`], crosses to the page as a
//! serde value and becomes [`Loaded`] there.

use std::rc::Rc;

use super::launch::LaunchOptions;
use crate::engine::load::{MAX_BYTES, Problem, load};
use crate::engine::quiz::Quiz;
use crate::engine::share::ShareError;
use crate::engine::sniff::{NotAQuiz, not_a_quiz};
use crate::i18n::{Lang, LoadText};

/// One edition of the built-in quiz: the interface language it serves, the checked JSON pages play (written
/// by `rolecall-check --emit` at build time) and the quiz file it was made from (what the editor opens).
/// Editions share every id, so progress carries over when the reader switches language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edition {
    pub lang: Lang,
    /// Relative to the page, as served: the quiz without its practice items (all `index.html` reads).
    pub json: &'static str,
    /// The practice items, apart (`rolecall-check --emit` writes both), fetched only by the pages that offer
    /// the practice kinds: a learner of the chart's scenarios does not download them.
    pub practice: &'static str,
    pub file: &'static str,
}

/// The built-in quiz's editions, the first the one for any language without its own.
pub const EDITIONS: [Edition; 2] = [
    Edition {
        lang: Lang::En,
        json: "quizzes/cm-vs-smm.en.json",
        practice: "quizzes/cm-vs-smm.en.practice.json",
        file: "cm-vs-smm.toml",
    },
    Edition {
        lang: Lang::Es,
        json: "quizzes/cm-vs-smm.es.json",
        practice: "quizzes/cm-vs-smm.es.practice.json",
        file: "cm-vs-smm.es.toml",
    },
];

/// The edition of the built-in quiz for the interface language `lang`.
pub fn edition(lang: Lang) -> Edition {
    EDITIONS.into_iter().find(|e| e.lang == lang).unwrap_or(EDITIONS[0])
}

/// Why a quiz file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The browser says it is offline.
    Offline,
    /// No response from the page's own server: a wrong address, or the server is down.
    NoAnswer,
    /// No response readable from another site (its origin): a wrong address, the site is down, or it does
    /// not allow other sites to read the file (CORS). The browser does not say which.
    CrossOrigin(String),
    /// The server answered with an error status.
    Status(u16),
    /// The response was this many bytes, too large to be a quiz.
    TooLarge(usize),
    /// The response body could not be read as text.
    Unreadable,
}

impl FetchError {
    /// What went wrong, in `t`'s language.
    pub fn describe(&self, t: &LoadText) -> String {
        match self {
            FetchError::Offline => t.offline.to_string(),
            FetchError::NoAnswer => t.no_answer.to_string(),
            FetchError::CrossOrigin(origin) => t.cross_origin.fill([origin]),
            FetchError::Status(404 | 410) => t.not_found.to_string(),
            FetchError::Status(code @ (401 | 403)) => t.refused.fill([&code.to_string()]),
            FetchError::Status(code) => t.status.fill([&code.to_string()]),
            FetchError::TooLarge(n) => {
                t.too_large.fill([&n.div_ceil(1024).to_string(), &(MAX_BYTES / 1024).to_string()])
            }
            FetchError::Unreadable => t.unreadable.to_string(),
        }
    }
}

/// Classify an HTTP status: `Ok` for success.
pub fn check_status(status: u16) -> Result<(), FetchError> {
    if (200..300).contains(&status) { Ok(()) } else { Err(FetchError::Status(status)) }
}

/// The error for a request that got no response: `online` as the browser reports it; `target` the origin of
/// the file's address and `page` the page's own.
pub fn no_response(online: bool, target: Option<&str>, page: &str) -> FetchError {
    match target {
        _ if !online => FetchError::Offline,
        Some(origin) if origin != page => FetchError::CrossOrigin(origin.to_string()),
        _ => FetchError::NoAnswer,
    }
}

/// A quiz file the reader opened on the learner's page, handed to `play.html` (which can read quiz files)
/// through the tab's session storage, under [`OPENED_KEY`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OpenedFile {
    pub name: String,
    pub text: String,
}

/// Where an [`OpenedFile`] waits for `play.html`.
pub const OPENED_KEY: &str = "rolecall.v1.opened";

/// Where the quiz on screen came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The built-in quiz's file of one edition (the editor opens its text; other pages play its JSON).
    BuiltIn(&'static str),
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
    /// The page could not load the quiz-text reader (offline before it was ever kept, a site missing the
    /// file, a browser that refuses the module), or it answered in a shape this page does not know (a
    /// reader from another deployment).
    NoReader,
}

/// What the quiz-text reader made of a text: a checked quiz, everything wrong with it, or what it plainly is
/// instead (a web page, JSON…). The reader module returns it as a serde value; the page reads it back.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Reading {
    Quiz(Rc<Quiz>),
    Problems(Vec<Problem>),
    NotAQuiz(NotAQuiz),
}

/// Check quiz text: the one entry point of the quiz-text reader module.
pub fn reading(text: &str) -> Reading {
    match load(text) {
        Ok(quiz) => Reading::Quiz(Rc::new(quiz)),
        Err(problems) => match not_a_quiz(text) {
            Some(kind) => Reading::NotAQuiz(kind),
            None => Reading::Problems(problems),
        },
    }
}

impl From<Reading> for Loaded {
    fn from(reading: Reading) -> Self {
        match reading {
            Reading::Quiz(quiz) => Loaded::Ready(quiz),
            Reading::Problems(problems) => Loaded::Invalid(Rc::new(problems)),
            Reading::NotAQuiz(kind) => Loaded::Failed(Failure::NotAQuiz(kind)),
        }
    }
}

/// How far the quiz got.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Loading,
    /// No quiz was asked for (the quiz player opened without one): the page asks for a file.
    NotChosen,
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
    /// Where the page's quiz is to come from: a share link's (still to unpack), the `quiz=` file's (still to
    /// fetch), or the built-in quiz's edition for `lang`.
    pub fn initial(options: &LaunchOptions, lang: Lang) -> Self {
        let origin = match (&options.shared, &options.quiz) {
            (Some(_), _) => Origin::Shared,
            (None, Some(url)) => Origin::Address(url.clone()),
            (None, None) => Origin::BuiltIn(edition(lang).file),
        };
        Current { origin, loaded: Loaded::Loading, generation: 0, text: None }
    }

    /// A quiz read (or not) from `origin`, as the `generation`th to take the place of the one before,
    /// checked here (see [`from_text`]; the pages check text with the reader module instead, through
    /// [`Current::checked`]).
    pub fn read(origin: Origin, read: Result<String, FetchError>, generation: u32) -> Self {
        match read {
            Ok(text) => Current::of_text(origin, text.into(), generation),
            Err(e) => Current::failed(origin, Failure::Fetch(e), generation),
        }
    }

    /// A share link's quiz, unpacked (or not), checked here as [`Current::read`] does.
    pub fn unpacked(read: Result<String, ShareError>, generation: u32) -> Self {
        match read {
            Ok(text) => Current::of_text(Origin::Shared, text.into(), generation),
            Err(e) => Current::failed(Origin::Shared, Failure::Share(e), generation),
        }
    }

    /// Text read from `origin` and what the quiz-text reader made of it.
    pub fn checked(origin: Origin, text: Rc<str>, loaded: Loaded, generation: u32) -> Self {
        Current { origin, loaded, generation, text: Some(text) }
    }

    /// A quiz that is already checked (the built-in quiz's JSON edition), with no text to show.
    pub fn ready(origin: Origin, quiz: Rc<Quiz>, generation: u32) -> Self {
        Current { origin, loaded: Loaded::Ready(quiz), generation, text: None }
    }

    fn of_text(origin: Origin, text: Rc<str>, generation: u32) -> Self {
        Current::checked(origin, text.clone(), from_text(&text), generation)
    }

    /// Nothing to show from `origin`, for this reason.
    pub fn failed(origin: Origin, failure: Failure, generation: u32) -> Self {
        Current { origin, loaded: Loaded::Failed(failure), generation, text: None }
    }

    /// What to show in place of a quiz that cannot be shown; `None` while it loads or once it is ready.
    pub fn problems(&self, lang: Lang) -> Option<ProblemScreen> {
        let (app, t) = (&lang.text().app(), &lang.text().load());
        let file = self.origin.file_name(t);
        let screen = |heading: String, problems, hint: &str| {
            Some(ProblemScreen { heading, file: file.clone(), problems, hint: hint.to_string() })
        };
        match &self.loaded {
            Loaded::Loading | Loaded::NotChosen | Loaded::Ready(_) => None,
            Loaded::Invalid(problems) => screen(
                (app.file_problems)(problems.len()),
                problems.iter().map(|p| (p.line, p.column, p.message.clone())).collect(),
                match self.origin {
                    Origin::BuiltIn(_) | Origin::Address(_) => app.file_problems_hint,
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
                    Failure::NoReader => {
                        (app.unreachable, lang.text().reader().no_reader.into(), app.edition_hint)
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
    reading(text).into()
}

impl Origin {
    /// The name in the `FILE:` place of a problem.
    pub fn file_name(&self, t: &LoadText) -> String {
        match self {
            Origin::BuiltIn(file) => file.to_string(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified_and_explained() {
        let t = &Lang::En.text().load();
        assert_eq!(check_status(200), Ok(()));
        assert_eq!(check_status(204), Ok(()));
        assert_eq!(check_status(404), Err(FetchError::Status(404)));
        assert!(FetchError::Status(404).describe(t).contains("no file"));
        assert!(FetchError::Status(403).describe(t).contains("refused"));
        assert!(FetchError::Status(403).describe(t).contains("403"));
        assert!(FetchError::Status(500).describe(t).contains("500"));
        assert!(FetchError::TooLarge(2 << 20).describe(t).contains("2048 KiB"));
        assert!(FetchError::TooLarge(2 << 20).describe(t).contains("(1024 KiB)"));
    }

    #[test]
    fn no_response_is_told_apart_as_far_as_the_browser_allows() {
        let page = "https://quiz.example";
        assert_eq!(no_response(false, Some("https://other.example"), page), FetchError::Offline);
        assert_eq!(no_response(true, Some(page), page), FetchError::NoAnswer);
        assert_eq!(no_response(true, None, page), FetchError::NoAnswer);
        let other = no_response(true, Some("https://other.example"), page);
        assert_eq!(other, FetchError::CrossOrigin("https://other.example".into()));
        let t = &Lang::En.text().load();
        assert!(other.describe(t).contains("https://other.example"));
        assert!(other.describe(t).contains("Access-Control-Allow-Origin"));
        assert!(Lang::Es.text().load().offline.contains("sin conexión"));
    }
}
