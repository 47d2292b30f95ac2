//! Where a quiz comes from and what the reader is told when it cannot be shown: a share link (good, damaged,
//! from a newer RoleCall), a `quiz=` file that fails to arrive, text that is not a quiz at all, and a file
//! the reader opened. Every failure gets one heading, a message and a hint, in English and in Spanish.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::share::ShareError;
use rolecall::engine::sniff::NotAQuiz;
use rolecall::i18n::Lang;
use rolecall::interop::launch::LaunchOptions;
use rolecall::interop::source::{
    Current, EDITIONS, Failure, FetchError, Loaded, Origin, Reading, describe_share, edition, from_text,
    reading,
};

const MINI: &str = include_str!("fixtures/mini.toml");
const BROKEN: &str = include_str!("fixtures/broken.toml");

/// The options of an address with these query pairs and, if given, a share link's payload.
fn options(pairs: &[(&str, &str)], shared: Option<&str>) -> LaunchOptions {
    LaunchOptions::from_pairs(pairs.iter().copied(), shared.map(String::from))
}

#[test]
fn the_page_starts_from_the_built_in_quiz_a_shared_one_or_an_address() {
    let built_in = Current::initial(&options(&[], None), Lang::En);
    assert_eq!((built_in.origin, built_in.loaded), (Origin::BuiltIn("cm-vs-smm.toml"), Loaded::Loading));
    let spanish = Current::initial(&options(&[], None), Lang::Es);
    assert_eq!(
        spanish.origin,
        Origin::BuiltIn("cm-vs-smm.es.toml"),
        "the edition of the interface's language"
    );
    let link = Current::initial(&options(&[("quiz", "q.toml")], Some("2.abc")), Lang::En);
    assert_eq!(link.origin, Origin::Shared, "a share link wins over an address");
    let fetching = Current::initial(&options(&[("quiz", "q.toml")], None), Lang::En);
    assert_eq!((fetching.origin, fetching.loaded), (Origin::Address("q.toml".into()), Loaded::Loading));
    // A shared quiz is a quiz like any other: its progress is kept under its own id.
    let unpacked = Current::unpacked(Ok(MINI.into()), 0);
    assert!(matches!(&unpacked.loaded, Loaded::Ready(q) if &*q.id == "mini"));
    assert_eq!(edition(Lang::Es).json, "quizzes/cm-vs-smm.es.json");
    assert_eq!(edition(Lang::Es).practice, "quizzes/cm-vs-smm.es.practice.json");
    assert_eq!(EDITIONS[0].lang, Lang::En, "the first edition serves any language without its own");
}

#[test]
fn a_damaged_share_link_gets_a_clear_screen_not_a_crash() {
    let current = Current::unpacked(Err(ShareError::Truncated), 0);
    assert_eq!(current.loaded, Loaded::Failed(Failure::Share(ShareError::Truncated)));
    let screen = current.problems(Lang::En).unwrap();
    assert_eq!(screen.heading, "This share link cannot be opened");
    assert_eq!(screen.file, "share link");
    assert_eq!(
        screen.problems,
        [(0, 0, "The link is cut short: part of it was lost when it was copied or sent.".into())]
    );
    assert!(screen.hint.contains("Copy the whole link again"));
    let es = current.problems(Lang::Es).unwrap();
    assert_eq!(es.heading, "No se puede abrir este enlace compartido");
    assert_eq!(es.file, "enlace compartido");
}

#[test]
fn a_shared_quiz_with_problems_lists_them_with_the_sharing_hint() {
    let current = Current::unpacked(Ok(BROKEN.into()), 0);
    let Loaded::Invalid(problems) = &current.loaded else { panic!("{:?}", current.loaded) };
    let screen = current.problems(Lang::En).unwrap();
    assert_eq!(screen.problems.len(), problems.len());
    assert!(screen.problems.iter().all(|(line, _, _)| *line > 0));
    assert!(screen.hint.contains("ask the person who shared it"), "{}", screen.hint);
}

#[test]
fn every_share_error_is_worded_in_both_languages() {
    let errors = [
        ShareError::NotALink,
        ShareError::UnknownVersion("2".into()),
        ShareError::BadCharacter { position: 12, character: '%' },
        ShareError::Truncated,
        ShareError::Corrupt,
        ShareError::TooLarge { bytes: 3 << 20 },
        ShareError::NotUtf8,
    ];
    for lang in Lang::ALL {
        let t = lang.text().load();
        let words: Vec<String> = errors.iter().map(|e| describe_share(e, t)).collect();
        let mut unique = words.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "{lang:?}: {words:?}");
        assert!(words[1].contains('2') && words[2].contains("12") && words[2].contains('%'), "{words:?}");
        assert!(words[5].contains("3072") && words[5].contains("1024"), "{words:?}");
    }
}

#[test]
fn text_that_is_plainly_not_a_quiz_says_what_it_is() {
    let cases = [
        ("<!doctype html><title>Sign in</title>", NotAQuiz::Html, "web page"),
        ("{\"title\": \"x\"}", NotAQuiz::Json, "JSON"),
        ("  \n", NotAQuiz::Empty, "empty"),
        ("%PDF-1.5\n%\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", NotAQuiz::Binary, "not a text file"),
        ("RoleCall progress v1\nquiz\tmini\n", NotAQuiz::Progress, "progress file"),
    ];
    for (text, kind, words) in cases {
        assert_eq!(from_text(text), Loaded::Failed(Failure::NotAQuiz(kind)), "{text}");
        let current = Current::read(Origin::Address("https://x.example/q.toml".into()), Ok(text.into()), 0);
        let screen = current.problems(Lang::En).unwrap();
        assert_eq!(screen.heading, "This is not a RoleCall quiz");
        assert_eq!(screen.file, "https://x.example/q.toml");
        assert_eq!(screen.problems.len(), 1, "one message, not a wall of TOML errors");
        assert!(screen.problems[0].2.contains(words), "{}", screen.problems[0].2);
        assert!(current.problems(Lang::Es).unwrap().heading.contains("no es un cuestionario"));
    }
    // A broken TOML quiz still gets its problems with positions.
    assert!(matches!(from_text(BROKEN), Loaded::Invalid(_)));
}

#[test]
fn a_quiz_address_that_fails_says_why() {
    let at = |e: FetchError| Current::read(Origin::Address("https://other.example/q.toml".into()), Err(e), 0);
    let cases = [
        (FetchError::Status(404), "no file at this address (404"),
        (FetchError::Status(500), "error (500)"),
        (FetchError::Status(403), "refused"),
        (FetchError::CrossOrigin("https://other.example".into()), "CORS"),
        (FetchError::Offline, "offline"),
        (FetchError::NoAnswer, "did not answer"),
    ];
    for (e, words) in cases {
        let screen = at(e).problems(Lang::En).unwrap();
        assert_eq!(screen.heading, "The quiz could not be loaded");
        assert!(screen.problems[0].2.contains(words), "{}", screen.problems[0].2);
        assert!(screen.hint.contains("quiz="), "{}", screen.hint);
    }
}

#[test]
fn an_opened_file_replaces_the_quiz_and_names_itself_in_its_problems() {
    let opened = Current::read(Origin::File("mine.toml".into()), Ok(MINI.into()), 3);
    assert_eq!(opened.generation, 3);
    assert!(matches!(&opened.loaded, Loaded::Ready(q) if &*q.id == "mini"));
    assert_eq!(opened.problems(Lang::En), None);
    let broken = Current::read(Origin::File("broken.toml".into()), Ok(BROKEN.into()), 4);
    let screen = broken.problems(Lang::En).unwrap();
    assert_eq!(screen.file, "broken.toml");
    assert!(screen.hint.starts_with("Fix the file and open it again"), "{}", screen.hint);
    let big = Current::read(Origin::File("huge.toml".into()), Err(FetchError::TooLarge(5 << 20)), 5);
    let screen = big.problems(Lang::En).unwrap();
    assert_eq!(screen.heading, "The file could not be opened");
    assert!(screen.problems[0].2.contains("5120 KiB"), "{:?}", screen.problems);
    let built_in = Current::read(Origin::BuiltIn("cm-vs-smm.toml"), Ok(BROKEN.into()), 6);
    assert_eq!(
        built_in.problems(Lang::En).unwrap().file,
        "cm-vs-smm.toml",
        "the editor's built-in text names its file"
    );
}

/// What the quiz-text reader module answers crosses to the page as a serde value (a JS value there; JSON
/// here, which serde writes and reads the same way): each kind of answer comes back whole, and turns into
/// the same `Loaded` as checking the text in the page did.
#[test]
fn the_reader_modules_answer_survives_the_crossing_and_means_what_from_text_says() {
    for text in [MINI, BROKEN, "<!doctype html><p>no</p>", include_str!("../assets/quizzes/cm-vs-smm.toml")] {
        let answer = reading(text);
        let json = serde_json::to_string(&answer).unwrap();
        let back: Reading = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        assert_eq!(back, answer);
        if let Reading::Quiz(quiz) = &back {
            assert!(quiz.is_consistent(), "a quiz read back is one the page accepts");
        }
        assert_eq!(Loaded::from(back), from_text(text));
    }
    assert!(matches!(reading(MINI), Reading::Quiz(q) if &*q.id == "mini"));
    assert!(matches!(reading(BROKEN), Reading::Problems(p) if p.iter().all(|p| p.line > 0)));
    assert_eq!(reading(""), Reading::NotAQuiz(NotAQuiz::Empty));
}

#[test]
fn a_page_that_cannot_load_the_reader_says_so_with_the_text_kept() {
    let text: std::rc::Rc<str> = MINI.into();
    let current = Current::checked(
        Origin::File("mine.toml".into()),
        text.clone(),
        Loaded::Failed(Failure::NoReader),
        2,
    );
    assert_eq!(current.text, Some(text), "the text stays (the editor could still open it)");
    for (lang, heading, words) in [
        (Lang::En, "The quiz could not be loaded", "part of RoleCall that reads quiz files"),
        (Lang::Es, "No se pudo cargar el cuestionario", "la parte de RoleCall que lee"),
    ] {
        let screen = current.problems(lang).unwrap();
        assert_eq!(screen.heading, heading);
        assert_eq!(screen.file, "mine.toml");
        assert_eq!(screen.problems.len(), 1);
        assert_eq!(screen.problems[0].0, 0, "no position: the text was never read");
        assert!(screen.problems[0].2.contains(words), "{}", screen.problems[0].2);
        assert_eq!(screen.hint, lang.text().app().edition_hint);
    }
}
