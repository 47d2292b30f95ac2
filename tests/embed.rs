//! The embed messages and the pure decisions behind them: the tagged, versioned envelope (checked with a real
//! JSON parser), xAPI statements, WordPress's secret and height message, origins, what the widget accepts,
//! and the dialog's snippets.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Answer;
use rolecall::engine::load::load;
use rolecall::engine::quiz::Quiz;
use rolecall::i18n::Lang;
use rolecall::platform::embed::{self, Inbound, Received};
use rolecall::platform::json::Object;
use rolecall::platform::launch::LaunchOptions;
use rolecall::platform::snippets::snippets;
use rolecall::platform::xapi::{self, Score};
use serde_json::{Value, json};

const PAGE: &str = "https://quiz.example/rolecall/";

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

fn answer(scenario: &str, role: &str, team: &str, at: u64) -> Answer {
    Answer { scenario: scenario.into(), role: role.into(), team: team.into(), at }
}

/// mini.toml: "broken-login" is agent + support; "bigger-plan" is rep + revenue.
fn two_answers() -> Vec<Answer> {
    vec![
        answer("broken-login", "agent", "support", 1_795_000_000_000),
        answer("bigger-plan", "rep", "support", 1_795_000_060_500),
    ]
}

#[test]
fn the_json_writer_escapes_everything_json_and_html_care_about() {
    let text = Object::new()
        .str("s", "quote \" backslash \\ newline \n tab \t bell \u{7} </script> é \u{2028}")
        .int("i", 42)
        .ratio("f", 3, 4)
        .ratio("third", 1, 3)
        .ratio("two-thirds", 2, 3)
        .ratio("one", 5, 5)
        .ratio("none", 0, 0)
        .ratio("tiny", 1, 30_000)
        .bool("b", false)
        .obj("empty", Object::new())
        .strs("list", ["a", "b"])
        .objs("objs", [Object::new().int("x", 1)])
        .finish();
    assert!(!text.contains("</script>"), "{text}");
    assert_eq!(
        parse(&text),
        json!({
            "s": "quote \" backslash \\ newline \n tab \t bell \u{7} </script> é \u{2028}",
            "i": 42, "f": 0.75, "third": 0.3333, "two-thirds": 0.6667, "one": 1, "none": 0, "tiny": 0, "b": false, "empty": {}, "list": ["a", "b"], "objs": [{"x": 1}]
        })
    );
}

#[test]
fn the_height_message_is_a_tagged_versioned_envelope() {
    assert_eq!(embed::height(812), r#"{"tag":"rolecall","v":1,"type":"height","height":812}"#);
    assert_eq!(parse(&embed::height(0))["height"], 0);
}

#[test]
fn wordpress_gets_its_own_height_message_with_the_secret() {
    assert_eq!(
        parse(&embed::wordpress_height(640, "Ab12Cd34Ef")),
        json!({"message": "height", "value": 640, "secret": "Ab12Cd34Ef"})
    );
}

#[test]
fn an_answered_message_carries_the_points_and_an_xapi_statement() {
    let quiz = mini();
    let answers = two_answers();
    let message = parse(&embed::answered(PAGE, &quiz, &answers, 3).expect("known scenario"));
    assert_eq!(message["tag"], "rolecall");
    assert_eq!(message["v"], 1);
    assert_eq!(message["type"], "answered");
    assert_eq!(message["quiz"], "mini");
    assert_eq!(message["scenario"], "bigger-plan");
    assert_eq!(message["answered"], 2);
    assert_eq!(message["total"], 3);
    assert_eq!(message["score"], json!({"scaled": 0.5, "raw": 1, "min": 0, "max": 2}));
    assert_eq!(message["success"], false);
    let statement = &message["statement"];
    assert!(statement.get("actor").is_none(), "the host page adds the learner");
    assert_eq!(statement["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
    assert_eq!(statement["verb"]["display"]["en-US"], "answered");
    assert_eq!(statement["object"]["id"], "https://quiz.example/rolecall/#mini/bigger-plan");
    assert_eq!(statement["object"]["objectType"], "Activity");
    let definition = &statement["object"]["definition"];
    assert_eq!(definition["name"]["en"], "A bigger plan");
    assert_eq!(definition["type"], "http://adlnet.gov/expapi/activities/cmi.interaction");
    assert_eq!(definition["interactionType"], "choice");
    assert_eq!(definition["correctResponsesPattern"], json!(["rep[,]revenue"]));
    assert_eq!(statement["result"]["response"], "rep[,]support");
    assert_eq!(statement["result"]["score"]["scaled"], 0.5);
    assert_eq!(statement["result"]["success"], false);
    assert_eq!(statement["result"]["completion"], true);
    assert_eq!(statement["timestamp"], "2026-11-18T11:07:40.500Z");
    assert_eq!(
        statement["context"]["contextActivities"]["parent"][0]["id"],
        "https://quiz.example/rolecall/#mini"
    );
}

#[test]
fn no_answered_message_without_an_answer_or_for_an_unknown_scenario() {
    let quiz = mini();
    assert_eq!(embed::answered(PAGE, &quiz, &[], 3), None);
    assert_eq!(embed::answered(PAGE, &quiz, &[answer("gone", "agent", "support", 0)], 3), None);
}

#[test]
fn a_completed_message_carries_the_session_score_and_success_against_the_pass_mark() {
    let quiz = mini();
    let answers = two_answers();
    let message = parse(&embed::completed(PAGE, &quiz, &answers, 80));
    assert_eq!(message["type"], "completed");
    assert_eq!(message["answered"], 2);
    assert_eq!(message["score"], json!({"scaled": 0.75, "raw": 3, "min": 0, "max": 4}));
    assert_eq!(message["success"], false);
    let statement = &message["statement"];
    assert_eq!(statement["verb"]["id"], "http://adlnet.gov/expapi/verbs/completed");
    assert_eq!(statement["object"]["id"], "https://quiz.example/rolecall/#mini");
    assert_eq!(statement["object"]["definition"]["type"], "http://adlnet.gov/expapi/activities/assessment");
    assert_eq!(statement["object"]["definition"]["name"]["en"], "Support or Sales?");
    assert_eq!(statement["result"]["score"]["raw"], 3);
    assert_eq!(statement["result"]["success"], false);
    assert_eq!(statement["result"]["completion"], true);
    assert_eq!(statement["timestamp"], "2026-11-18T11:07:40.500Z");

    let passed = parse(&embed::completed(PAGE, &quiz, &answers, 75));
    assert_eq!(passed["success"], true);
    assert_eq!(passed["statement"]["result"]["success"], true);
}

#[test]
fn scores_scale_and_pass_marks_are_inclusive() {
    assert_eq!(parse(&Score { raw: 3, max: 4 }.to_json().finish())["scaled"], 0.75);
    assert_eq!(parse(&Score { raw: 0, max: 0 }.to_json().finish())["scaled"], 0);
    assert!(xapi::passed(Score { raw: 8, max: 10 }, 80));
    assert!(!xapi::passed(Score { raw: 7, max: 10 }, 80));
    assert!(xapi::passed(Score { raw: 2, max: 3 }, 66), "66.7% passes 66%");
    assert!(!xapi::passed(Score { raw: 2, max: 3 }, 67), "66.7% fails 67%");
    assert!(xapi::passed(Score { raw: 0, max: 4 }, 0));
    assert!(!xapi::passed(Score { raw: 0, max: 0 }, 0), "nothing answered is not a pass");
}

#[test]
fn timestamps_are_iso_8601_utc() {
    assert_eq!(xapi::timestamp(0), "1970-01-01T00:00:00.000Z");
    assert_eq!(xapi::timestamp(951_782_400_000), "2000-02-29T00:00:00.000Z");
    assert_eq!(xapi::timestamp(1_709_251_199_999), "2024-02-29T23:59:59.999Z");
    assert_eq!(xapi::timestamp(4_102_444_800_000), "2100-01-01T00:00:00.000Z");
}

#[test]
fn the_wordpress_secret_comes_from_the_hash_and_must_be_alphanumeric() {
    assert_eq!(embed::wordpress_secret("#?secret=Ab12Cd34Ef").as_deref(), Some("Ab12Cd34Ef"));
    assert_eq!(embed::wordpress_secret("#?other=1&secret=xyz").as_deref(), Some("xyz"));
    assert_eq!(embed::wordpress_secret(""), None);
    assert_eq!(embed::wordpress_secret("#secret=abc"), None);
    assert_eq!(embed::wordpress_secret("#?secret="), None);
    assert_eq!(embed::wordpress_secret("#?secret=a%22b"), None);
    assert_eq!(embed::wordpress_secret("#?secret=<script>"), None);
}

#[test]
fn origins_are_written_as_browsers_write_them() {
    assert_eq!(
        embed::origin_of("https://Blog.Example/post/1?x=1#y").as_deref(),
        Some("https://blog.example")
    );
    assert_eq!(embed::origin_of("http://127.0.0.1:4817/").as_deref(), Some("http://127.0.0.1:4817"));
    assert_eq!(embed::origin_of("https://blog.example:443/a").as_deref(), Some("https://blog.example"));
    assert_eq!(embed::origin_of("http://user:pw@blog.example:80").as_deref(), Some("http://blog.example"));
    assert_eq!(embed::origin_of(""), None, "no referrer");
    assert_eq!(embed::origin_of("about:blank"), None);
    assert_eq!(embed::origin_of("file:///home/me/post.html"), None);
    assert_eq!(embed::page_address("https://q.example/a/?mode=embed#?secret=x"), "https://q.example/a/");
}

#[test]
fn the_parent_origin_comes_from_the_nearest_ancestor_then_the_referrer() {
    let blog = Some("https://blog.example".to_string());
    assert_eq!(embed::parent_origin(Some("https://blog.example"), ""), blog);
    assert_eq!(embed::parent_origin(Some("https://blog.example"), "https://other.example/x"), blog);
    assert_eq!(embed::parent_origin(None, "https://blog.example/post/1"), blog);
    assert_eq!(embed::parent_origin(Some("null"), "https://blog.example/post/1"), blog, "a sandboxed parent");
    assert_eq!(embed::parent_origin(None, ""), None, "no referrer: unknown until the parent speaks");
}

#[test]
fn results_go_only_to_a_known_origin_while_the_height_may_go_anywhere() {
    assert_eq!(embed::target_origin(Some("https://blog.example"), true), Some("https://blog.example"));
    assert_eq!(embed::target_origin(Some("https://blog.example"), false), Some("https://blog.example"));
    assert_eq!(embed::target_origin(None, false), Some("*"));
    assert_eq!(embed::target_origin(None, true), None);
}

fn hello(from_parent: bool, origin: &str) -> Received<'_> {
    Received {
        from_parent,
        origin,
        tag: Some("rolecall"),
        version: Some(1.0),
        kind: Some("hello"),
        ..Received::default()
    }
}

#[test]
fn the_widget_accepts_only_its_parent_its_origin_and_its_tag() {
    let blog = Some("https://blog.example");
    assert_eq!(embed::read(&hello(true, "https://blog.example"), blog, None), Some(Inbound::Hello));
    assert_eq!(embed::read(&hello(true, "https://evil.example"), blog, None), None, "another origin");
    assert_eq!(embed::read(&hello(false, "https://blog.example"), blog, None), None, "not the parent");
    assert_eq!(embed::read(&hello(true, "https://any.example"), None, None), Some(Inbound::Hello));
    let untagged = Received { tag: None, ..hello(true, "https://blog.example") };
    assert_eq!(embed::read(&untagged, blog, None), None);
    let v2 = Received { version: Some(2.0), ..hello(true, "https://blog.example") };
    assert_eq!(embed::read(&v2, blog, None), None, "a version it does not know");
    let other = Received { kind: Some("completed"), ..hello(true, "https://blog.example") };
    assert_eq!(embed::read(&other, blog, None), None);
}

#[test]
fn wordpress_ready_needs_this_frames_secret() {
    let ready = |secret| Received {
        from_parent: true,
        origin: "https://blog.example",
        message: Some("ready"),
        secret,
        ..Received::default()
    };
    let blog = Some("https://blog.example");
    assert_eq!(embed::read(&ready(Some("abc")), blog, Some("abc")), Some(Inbound::WordPressReady));
    assert_eq!(embed::read(&ready(Some("abd")), blog, Some("abc")), None);
    assert_eq!(embed::read(&ready(None), blog, None), None);
    assert_eq!(embed::read(&ready(Some("abc")), blog, None), None, "not a WordPress embed");
}

#[test]
fn snippets_reflect_the_options_and_escape_them() {
    let options = LaunchOptions::parse("count=5&theme=dark&rows=retention,peer-help&seed=7&start=1");
    let s = snippets(PAGE, &options, "Bits & <Pieces>", &Lang::En.text().embed());
    let query = "count=5&amp;rows=retention,peer-help&amp;seed=7&amp;theme=dark&amp;start=1";
    assert_eq!(
        s.script,
        format!(
            "<div data-rolecall=\"{PAGE}?mode=embed&amp;{query}\" data-title=\"Quiz: Bits &amp; &lt;Pieces>\"><a href=\"{PAGE}?{query}\">Take the quiz: \
             Bits &amp; &lt;Pieces&gt;</a></div>\n<script src=\"{PAGE}embed.js\" async></script>"
        )
    );
    assert!(s.iframe.starts_with(&format!("<iframe data-rolecall src=\"{PAGE}?mode=embed&amp;{query}\"")));
    assert!(s.iframe.contains("title=\"Quiz: Bits &amp; &lt;Pieces>\""));
    assert!(s.iframe.contains("height=\"600\""));
    assert!(s.iframe.contains("loading=\"lazy\""));
    assert_eq!(s.wordpress, format!("{PAGE}?{}", query.replace("&amp;", "&")));
    // An author using RoleCall in Spanish gets the words around the title in Spanish.
    let es = snippets(PAGE, &options, "Q", &Lang::Es.text().embed());
    assert!(
        es.script.contains("data-title=\"Cuestionario: Q\"")
            && es.script.contains(">Haz el cuestionario: Q</a>")
    );
    assert!(es.iframe.contains("title=\"Cuestionario: Q\""));
}

#[test]
fn snippets_for_default_options_and_a_page_named_index_html() {
    let s = snippets(
        "https://q.example/app/index.html",
        &LaunchOptions::default(),
        "Q",
        &Lang::En.text().embed(),
    );
    assert!(s.script.contains("data-rolecall=\"https://q.example/app/index.html?mode=embed\""));
    assert!(s.script.contains("<script src=\"https://q.example/app/embed.js\" async>"));
    assert_eq!(s.wordpress, "https://q.example/app/index.html");
}

#[test]
fn snippets_of_a_shared_quiz_carry_it_in_the_fragment() {
    let options = LaunchOptions::parse_url("count=3", "#quiz=1.abc-_");
    let s = snippets(PAGE, &options, "Q", &Lang::En.text().embed());
    assert!(
        s.script.contains(&format!("data-rolecall=\"{PAGE}?mode=embed&amp;count=3#quiz=1.abc-_\"")),
        "{}",
        s.script
    );
    assert!(
        s.iframe.contains(&format!("src=\"{PAGE}?mode=embed&amp;count=3#quiz=1.abc-_\"")),
        "{}",
        s.iframe
    );
    let plain = snippets(PAGE, &LaunchOptions::parse_url("", "#quiz=1.x"), "Q", &Lang::En.text().embed());
    assert!(
        plain.script.contains(&format!("data-rolecall=\"{PAGE}?mode=embed#quiz=1.x\"")),
        "{}",
        plain.script
    );
}
