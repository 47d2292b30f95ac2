//! URL launch options: every option, every bad value reported in plain words (never a crash), and the
//! round trip the embed snippets rely on.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::session::Feedback;
use rolecall::i18n::Lang;
use rolecall::platform::launch::{LaunchOptions, Mode, Theme};

#[test]
fn embed_options_are_read() {
    let o = LaunchOptions::parse("mode=embed&theme=dark&lang=en-GB&feedback=test&pass=70");
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
    let o = LaunchOptions::parse("");
    assert_eq!(o.mode, Mode::Study);
    assert_eq!(o.theme, Theme::Auto);
    assert_eq!(o.lang, None);
    assert_eq!(o.pass_mark(), 80);
    for (query, theme) in [("theme=light", Theme::Light), ("theme=auto", Theme::Auto)] {
        assert_eq!(LaunchOptions::parse(query).theme, theme);
    }
    assert_eq!(LaunchOptions::parse("mode=self-study").mode, Mode::Study);
}

/// Parse `query`, expect exactly one problem, and return it in English.
fn problem(query: &str) -> String {
    problem_in(query, Lang::En)
}

fn problem_in(query: &str, lang: Lang) -> String {
    let o = LaunchOptions::parse(query);
    assert_eq!(o.problems.len(), 1, "{query}: {:?}", o.problems);
    o.problems[0].words(&lang.text().launch)
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
    assert_eq!(LaunchOptions::parse("mode=popup").mode, Mode::Study);

    let p = problem("theme=blue");
    assert!(p.contains("`theme=light`, `theme=dark` or `theme=auto`"), "{p}");
    assert_eq!(LaunchOptions::parse("theme=blue").theme, Theme::Auto);

    let p = problem("lang=fr");
    assert!(p.contains("`lang=es`"), "{p}");
    assert_eq!(LaunchOptions::parse("lang=fr").lang, None);
    assert_eq!(LaunchOptions::parse("lang=es-MX").lang, Some(Lang::Es));

    let p = problem("pass=120");
    assert!(p.contains("0 to 100"), "{p}");
    assert!(problem("pass=abc").contains("percentage"));
    assert_eq!(LaunchOptions::parse("pass=75%").pass, Some(75));
}

#[test]
fn feedback_is_practice_test_or_self_check() {
    assert_eq!(LaunchOptions::parse("").feedback, Feedback::Practice);
    assert_eq!(LaunchOptions::parse("feedback=practice").feedback, Feedback::Practice);
    assert_eq!(LaunchOptions::parse("feedback=test").feedback, Feedback::Test);
    assert_eq!(LaunchOptions::parse("feedback=self-check").feedback, Feedback::SelfCheck);
    let p = problem("feedback=never");
    assert!(p.contains("`feedback=practice`, `feedback=test` or `feedback=self-check`"), "{p}");
    assert_eq!(LaunchOptions::parse("feedback=never").feedback, Feedback::Practice);
    for feedback in Feedback::ALL {
        let o = LaunchOptions { feedback, ..LaunchOptions::default() };
        assert_eq!(LaunchOptions::parse(&o.to_query()), o, "{feedback:?} survives the round trip");
    }
}

#[test]
fn garbage_never_crashes() {
    for query in
        ["%", "&&&", "=", "mode", "theme=%FF%FE", "count=99999999999999999999999", "lang=", "pass=-1"]
    {
        let _ = LaunchOptions::parse(query);
    }
    assert_eq!(LaunchOptions::parse("mode").problems.len(), 1);
}

#[test]
fn to_query_round_trips_and_leaves_defaults_out() {
    assert_eq!(LaunchOptions::default().to_query(), "");
    let query = "mode=embed&quiz=https://x.example/q%26a.toml&count=5&rows=a,b&seed=7&feedback=test&theme=dark&lang=en&pass=90&start=1";
    let o = LaunchOptions::parse(query);
    assert!(o.problems.is_empty(), "{:?}", o.problems);
    assert_eq!(o.to_query(), query);
    assert_eq!(LaunchOptions::parse(&o.to_query()), o);
    // Characters that mean something in a query survive inside a value.
    let tricky = LaunchOptions { quiz: Some("a b&c=d#e+f%g".into()), ..LaunchOptions::default() };
    assert_eq!(LaunchOptions::parse(&tricky.to_query()).quiz, tricky.quiz);
}
