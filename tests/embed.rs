//! The embed messages and the pure decisions behind them: the tagged, versioned envelope (serde shapes, seen
//! here as serde_json sees them: the browser's structured clone carries the same values), xAPI statements,
//! WordPress's secret and height message, origins, what the widget accepts, and the snippets.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Answer;
use rolecall::engine::load::load;
use rolecall::engine::quiz::Quiz;
use rolecall::i18n::Lang;
use rolecall::interop::launch::Mode;
use rolecall::interop::messages::{self as embed, Inbound, Incoming, Received};
use rolecall::interop::snippets::snippets;
use rolecall::interop::xapi::{self, Score};
use serde_json::{Value, json};

const PAGE: &str = "https://quiz.example/rolecall/";

fn mini() -> Rc<Quiz> {
    Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini.toml is valid"))
}

/// A message as the host page receives it.
fn parse<T: serde::Serialize>(message: T) -> Value {
    serde_json::to_value(message).expect("every message serializes")
}

/// The time of the last of [`two_answers`], as the browser's `Date.toISOString()` writes it.
const AT: &str = "2026-11-18T11:07:40.500Z";

fn answer(scenario: &str, role: &str, team: &str, at: u64) -> Answer {
    Answer::scenario(scenario.into(), role.into(), team.into(), at)
}

/// mini.toml: "broken-login" is agent + support; "bigger-plan" is rep + revenue.
fn two_answers() -> Vec<Answer> {
    vec![
        answer("broken-login", "agent", "support", 1_795_000_000_000),
        answer("bigger-plan", "rep", "support", 1_795_000_060_500),
    ]
}

#[test]
fn the_height_message_is_a_tagged_versioned_envelope() {
    assert_eq!(
        serde_json::to_string(&embed::height(812)).expect("serializes"),
        r#"{"tag":"rolecall","v":1,"type":"height","height":812}"#
    );
    assert_eq!(parse(embed::height(0))["height"], 0);
    assert!(!embed::height(1).carries_results(), "a height may go to any origin");
}

#[test]
fn wordpress_gets_its_own_height_message_with_the_secret() {
    assert_eq!(
        parse(embed::wordpress_height(640, "Ab12Cd34Ef")),
        json!({"message": "height", "value": 640, "secret": "Ab12Cd34Ef"})
    );
}

#[test]
fn an_answered_message_carries_the_points_and_an_xapi_statement() {
    let quiz = mini();
    let answers = two_answers();
    let message = parse(embed::answered(PAGE, &quiz, &answers, 3, AT.into()).expect("known scenario"));
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
    assert_eq!(embed::answered(PAGE, &quiz, &[], 3, AT.into()), None);
    assert_eq!(embed::answered(PAGE, &quiz, &[answer("gone", "agent", "support", 0)], 3, AT.into()), None);
}

#[test]
fn a_completed_message_carries_the_session_score_and_success_against_the_pass_mark() {
    let quiz = mini();
    let answers = two_answers();
    let done = embed::completed(PAGE, &quiz, &answers, 80, AT.into());
    assert!(done.carries_results(), "results go only to a known origin");
    let message = parse(done);
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

    let passed = parse(embed::completed(PAGE, &quiz, &answers, 75, AT.into()));
    assert_eq!(passed["success"], true);
    assert_eq!(passed["statement"]["result"]["success"], true);
}

#[test]
fn scores_scale_and_pass_marks_are_inclusive() {
    assert_eq!(parse(Score { raw: 3, max: 4 }), json!({"scaled": 0.75, "raw": 3, "min": 0, "max": 4}));
    assert_eq!(parse(Score { raw: 0, max: 0 })["scaled"], 0.0);
    assert_eq!(parse(Score { raw: 1, max: 3 })["scaled"], 0.3333, "to four places");
    assert_eq!(parse(Score { raw: 2, max: 3 })["scaled"], 0.6667, "rounded");
    assert!(xapi::passed(Score { raw: 8, max: 10 }, 80));
    assert!(!xapi::passed(Score { raw: 7, max: 10 }, 80));
    assert!(xapi::passed(Score { raw: 2, max: 3 }, 66), "66.7% passes 66%");
    assert!(!xapi::passed(Score { raw: 2, max: 3 }, 67), "66.7% fails 67%");
    assert!(xapi::passed(Score { raw: 0, max: 4 }, 0));
    assert!(!xapi::passed(Score { raw: 0, max: 0 }, 0), "nothing answered is not a pass");
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
    let data = Incoming {
        tag: Some("rolecall".into()),
        v: Some(1.0),
        kind: Some("hello".into()),
        ..Incoming::default()
    };
    Received { from_parent, origin, data }
}

/// `received` with its data changed by `change`.
fn with(received: Received<'_>, change: impl FnOnce(&mut Incoming)) -> Received<'_> {
    let mut received = received;
    change(&mut received.data);
    received
}

#[test]
fn the_widget_accepts_only_its_parent_its_origin_and_its_tag() {
    let blog = Some("https://blog.example");
    assert_eq!(embed::read(&hello(true, "https://blog.example"), blog, None), Some(Inbound::Hello));
    assert_eq!(embed::read(&hello(true, "https://evil.example"), blog, None), None, "another origin");
    assert_eq!(embed::read(&hello(false, "https://blog.example"), blog, None), None, "not the parent");
    assert_eq!(embed::read(&hello(true, "https://any.example"), None, None), Some(Inbound::Hello));
    let untagged = with(hello(true, "https://blog.example"), |d| d.tag = None);
    assert_eq!(embed::read(&untagged, blog, None), None);
    let v2 = with(hello(true, "https://blog.example"), |d| d.v = Some(2.0));
    assert_eq!(embed::read(&v2, blog, None), None, "a version it does not know");
    let other = with(hello(true, "https://blog.example"), |d| d.kind = Some("completed".into()));
    assert_eq!(embed::read(&other, blog, None), None);
    // The fields read from whatever a page posts: anything else in it is ignored.
    let data: Incoming =
        serde_json::from_value(json!({"tag": "rolecall", "v": 1, "type": "hello", "extra": [1, 2]}))
            .expect("reads");
    assert_eq!(
        embed::read(&Received { from_parent: true, origin: "https://blog.example", data }, blog, None),
        Some(Inbound::Hello)
    );
}

#[test]
fn wordpress_ready_needs_this_frames_secret() {
    let ready = |secret: Option<&str>| Received {
        from_parent: true,
        origin: "https://blog.example",
        data: Incoming {
            message: Some("ready".into()),
            secret: secret.map(String::from),
            ..Incoming::default()
        },
    };
    let blog = Some("https://blog.example");
    assert_eq!(embed::read(&ready(Some("abc")), blog, Some("abc")), Some(Inbound::WordPressReady));
    assert_eq!(embed::read(&ready(Some("abd")), blog, Some("abc")), None);
    assert_eq!(embed::read(&ready(None), blog, None), None);
    assert_eq!(embed::read(&ready(Some("abc")), blog, None), None, "not a WordPress embed");
}

/// The address of the quiz in each mode, as the share page makes it (the browser's URLSearchParams writes
/// the query; here it is written out).
fn addresses(page: &'static str, query: &'static str, fragment: &'static str) -> impl Fn(Mode) -> String {
    move |mode| match (mode, query) {
        (Mode::Embed, "") => format!("{page}?mode=embed{fragment}"),
        (Mode::Embed, q) => format!("{page}?mode=embed&{q}{fragment}"),
        (_, "") => format!("{page}{fragment}"),
        (_, q) => format!("{page}?{q}{fragment}"),
    }
}

#[test]
fn snippets_reflect_the_options_and_escape_them() {
    let query = "count=5&rows=retention,peer-help&seed=7&theme=dark&start=1";
    let s = snippets(addresses(PAGE, query, ""), PAGE, "Bits & <Pieces>", Lang::En.text().embed());
    let query = query.replace('&', "&amp;");
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
    let es = snippets(addresses(PAGE, "", ""), PAGE, "Q", Lang::Es.text().embed());
    assert!(
        es.script.contains("data-title=\"Cuestionario: Q\"")
            && es.script.contains(">Haz el cuestionario: Q</a>")
    );
    assert!(es.iframe.contains("title=\"Cuestionario: Q\""));
}

#[test]
fn snippets_of_a_shared_quiz_carry_it_in_the_fragment() {
    let page = "https://quiz.example/rolecall/play.html";
    let s = snippets(addresses(page, "count=3", "#quiz=2.abc-_"), PAGE, "Q", Lang::En.text().embed());
    assert!(
        s.script.contains(&format!("data-rolecall=\"{page}?mode=embed&amp;count=3#quiz=2.abc-_\"")),
        "{}",
        s.script
    );
    assert!(
        s.iframe.contains(&format!("src=\"{page}?mode=embed&amp;count=3#quiz=2.abc-_\"")),
        "{}",
        s.iframe
    );
    assert!(
        s.script.contains(&format!("<script src=\"{PAGE}embed.js\" async>")),
        "the host script is beside the pages"
    );
}
