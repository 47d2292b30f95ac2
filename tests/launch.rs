//! URL launch options: every option, every bad value reported in plain words (never a crash), and the
//! round trip the embed snippets rely on.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::deck::Feedback;
use rolecall::engine::practice::Kind;
use rolecall::i18n::Lang;
use rolecall::interop::launch::{LaunchOptions, Mode, Page, Theme};

/// A query's pairs as `URLSearchParams` gives them. The test queries hold no escapes: decoding is the
/// browser's (the browser tests and e2e cover addresses with escapes).
fn q(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once('=').map_or((p.to_string(), String::new()), |(k, v)| (k.to_string(), v.to_string()))
        })
        .collect()
}

fn parse(query: &str) -> LaunchOptions {
    LaunchOptions::from_pairs(q(query), None)
}

#[test]
fn embed_options_are_read() {
    let o = parse("mode=embed&theme=dark&lang=en-GB&feedback=test&pass=70");
    assert_eq!(o.mode, Mode::Embed);
    assert_eq!(o.theme, Theme::Dark);
    assert_eq!(o.lang, Some(Lang::En));
    assert_eq!(o.feedback, Feedback::Test);
    assert_eq!(o.pass, Some(70));
    assert_eq!(o.pass_mark(), 70);
    assert!(o.problems.is_empty(), "{:?}", o.problems);
}

#[test]
fn defaults_are_self_study_auto_theme_and_an_80_percent_pass_mark() {
    let o = parse("");
    assert_eq!(o.mode, Mode::Study);
    assert_eq!(o.theme, Theme::Auto);
    assert_eq!(o.lang, None);
    assert_eq!(o.pass_mark(), 80);
    for (query, theme) in [("theme=light", Theme::Light), ("theme=auto", Theme::Auto)] {
        assert_eq!(parse(query).theme, theme);
    }
    assert_eq!(parse("mode=self-study").mode, Mode::Study);
}

/// Parse `query`, expect exactly one problem, and return it in English.
fn problem(query: &str) -> String {
    problem_in(query, Lang::En)
}

fn problem_in(query: &str, lang: Lang) -> String {
    let o = parse(query);
    assert_eq!(o.problems.len(), 1, "{query}: {:?}", o.problems);
    o.problems[0].words(lang.text().launch())
}

#[test]
fn problems_are_worded_in_the_interface_language() {
    assert_eq!(problem("count=0"), "`count=0` was ignored: it must be a whole number from 1 to 10000");
    assert_eq!(
        problem_in("count=0", Lang::Es),
        "Se ignoró `count=0`: debe ser un número entero del 1 al 10000"
    );
    for query in ["count=x", "seed=x", "start=x", "mode=x", "theme=x", "lang=x", "feedback=x", "pass=x"] {
        let (en, es) = (problem_in(query, Lang::En), problem_in(query, Lang::Es));
        assert!(en.contains(&format!("`{query}`")) && es.contains(&format!("`{query}`")), "{en} / {es}");
        assert_ne!(en, es, "{query}");
    }
}

#[test]
fn bad_embed_values_get_a_clear_message_and_the_default() {
    let p = problem("mode=popup");
    assert!(p.starts_with("`mode=popup` was ignored"), "{p}");
    assert!(p.contains("`mode=embed`"), "{p}");
    assert_eq!(parse("mode=popup").mode, Mode::Study);

    let p = problem("theme=blue");
    assert!(p.contains("`theme=light`, `theme=dark` or `theme=auto`"), "{p}");
    assert_eq!(parse("theme=blue").theme, Theme::Auto);

    let p = problem("lang=fr");
    assert!(p.contains("`lang=es`"), "{p}");
    assert_eq!(parse("lang=fr").lang, None);
    assert_eq!(parse("lang=es-MX").lang, Some(Lang::Es));

    let p = problem("pass=120");
    assert!(p.contains("0 to 100"), "{p}");
    assert!(problem("pass=abc").contains("percentage"));
    assert_eq!(parse("pass=75%").pass, Some(75));
}

#[test]
fn feedback_is_practice_test_or_self_check() {
    assert_eq!(parse("").feedback, Feedback::Practice);
    assert_eq!(parse("feedback=practice").feedback, Feedback::Practice);
    assert_eq!(parse("feedback=test").feedback, Feedback::Test);
    assert_eq!(parse("feedback=self-check").feedback, Feedback::SelfCheck);
    let p = problem("feedback=never");
    assert!(p.contains("`feedback=practice`, `feedback=test` or `feedback=self-check`"), "{p}");
    assert_eq!(parse("feedback=never").feedback, Feedback::Practice);
    for feedback in Feedback::ALL {
        let o = LaunchOptions { feedback, ..LaunchOptions::default() };
        assert_eq!(LaunchOptions::from_pairs(o.to_pairs(), None), o, "{feedback:?} survives the round trip");
    }
}

#[test]
fn garbage_never_crashes_and_is_named() {
    for query in ["=", "mode", "theme=\u{FFFD}", "count=99999999999999999999999", "lang=", "pass=-1"] {
        let o = parse(query);
        assert!(o.problems.len() <= 1, "{query}: {:?}", o.problems);
    }
    assert_eq!(parse("mode").problems.len(), 1, "a key without a value is named, not a crash");
    assert_eq!(parse("count=99999999999999999999999").count, None);
}

#[test]
fn options_written_as_pairs_read_back_the_same_and_leave_defaults_out() {
    assert!(LaunchOptions::default().to_pairs().is_empty());
    let o = parse(
        "mode=embed&count=5&rows=a,b&kinds=sort,talk&seed=7&feedback=test&theme=dark&lang=en&pass=90&start=1",
    );
    // A value may hold what means something in a query: pairs are decoded, so it survives.
    let o = LaunchOptions { quiz: Some("https://x.example/q&a=b#c.toml".into()), ..o };
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    assert_eq!(LaunchOptions::from_pairs(o.to_pairs(), None), o);
    let keys: Vec<&str> = o.to_pairs().iter().map(|(k, _)| *k).collect();
    assert_eq!(
        keys,
        ["mode", "quiz", "count", "rows", "kinds", "seed", "feedback", "theme", "lang", "pass", "start"]
    );
    // Presenting is the instructor's choice on the page, never a link's.
    let present = LaunchOptions { mode: Mode::Present, ..LaunchOptions::default() };
    assert!(present.to_pairs().is_empty());
}

#[test]
fn a_share_link_carries_the_quiz_in_the_fragment() {
    let o = LaunchOptions::from_pairs(q("mode=present&count=3"), Some("2.abc-_".into()));
    assert_eq!(o.shared.as_deref(), Some("2.abc-_"));
    assert_eq!(o.mode, Mode::Present);
    assert_eq!(o.count, Some(3));
    assert!(o.problems.is_empty(), "{:?}", o.problems);
}

#[test]
fn a_shared_quiz_wins_over_a_quiz_address_and_says_so() {
    let o = LaunchOptions::from_pairs(q("quiz=other.toml"), Some("2.x".into()));
    assert_eq!(o.shared.as_deref(), Some("2.x"));
    assert_eq!(o.quiz, None);
    let words: Vec<String> = o.problems.iter().map(|p| p.words(Lang::En.text().launch())).collect();
    assert_eq!(words, ["`quiz=other.toml` was ignored: the link carries its own quiz (after `#quiz=`)"]);
    assert!(o.problems[0].words(Lang::Es.text().launch()).contains("su propio cuestionario"));
}

/// The page each kind of address is served by; `assets/route.js` sends old addresses the same way (e2e
/// checks it in the browser).
#[test]
fn every_address_has_its_page() {
    let page = |query: &str, shared: Option<&str>| {
        Page::for_options(&LaunchOptions::from_pairs(q(query), shared.map(String::from)))
    };
    assert_eq!(page("", None), Page::Learner);
    assert_eq!(page("mode=embed&count=5", None), Page::Embed);
    assert_eq!(page("mode=embed&kinds=sort", None), Page::Practice);
    assert_eq!(page("quiz=quizzes/x.toml", None), Page::Play);
    assert_eq!(page("mode=embed", Some("2.x")), Page::Play);
    assert_eq!(page("", Some("1.x")), Page::Play, "a link made before the pages");
    assert_eq!(page("mode=present&quiz=x.toml", None), Page::Present);
    assert_eq!(page("mode=present", Some("2.x")), Page::Present);
    assert_eq!(page("mode=edit", Some("2.x")), Page::Edit);
    assert_eq!(Page::Learner.file(), "./");
    assert_eq!(Page::Embed.file(), "embed.html");
    assert_eq!(Page::Present.file(), "present.html");
    let study = LaunchOptions::from_pairs(q("mode=present&count=3"), None).with_mode_study();
    assert_eq!((study.mode, study.count), (Mode::Study, Some(3)));
}

#[test]
fn kinds_name_what_to_practise_and_an_unknown_tag_is_left_out() {
    let o = parse("kinds=scenario, talk,quiz-show,sort");
    assert_eq!(o.kinds, [Kind::Scenario, Kind::Talk, Kind::Sort]);
    assert!(o.problems.is_empty());
    assert!(parse("kinds=").kinds.is_empty());
}
