//! The loader's rules, one test each: every problem an author can make is reported with a position and a
//! message that says what to do, and nothing panics.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::load::{MAX_PROBLEMS, Problem, load};
use rolecall::engine::quiz::Owner;

const MINI: &str = include_str!("fixtures/mini.toml");
const BANK: &str = include_str!("../assets/quizzes/cm-vs-smm.toml");

/// Load `text`, expecting failure; returns the problems.
fn problems(text: &str) -> Vec<Problem> {
    match load(text) {
        Ok(_) => panic!("expected problems, but the quiz loaded"),
        Err(p) => p,
    }
}

/// The one problem whose message contains `needle`.
fn find<'a>(problems: &'a [Problem], needle: &str) -> &'a Problem {
    problems
        .iter()
        .find(|p| p.message.contains(needle))
        .unwrap_or_else(|| panic!("no problem mentions {needle:?}; got {problems:#?}"))
}

/// 1-based line of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> u32 {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
    text[..at].matches('\n').count() as u32 + 1
}

#[test]
fn the_mini_quiz_loads_with_everything_resolved() {
    let quiz = load(MINI).expect("mini.toml is valid");
    assert_eq!(&*quiz.id, "mini");
    assert_eq!(quiz.roles.len(), 2);
    assert_eq!(quiz.teams.len(), 2);
    assert_eq!(quiz.chart.rows.len(), 3);
    assert_eq!(quiz.scenarios.len(), 4);
    let renewal = &quiz.chart.rows[2];
    assert!(matches!(&renewal.owner, Owner::ByChannel(p) if p.len() == 2));
    assert_eq!(renewal.role_for(Some("phone")).map(|r| &**r), Some("rep"));
    assert_eq!(renewal.role_for(Some("chat")).map(|r| &**r), Some("agent"));
    assert_eq!(renewal.role_for(None), None);
    // Display text is derived from labels when the file does not word it.
    assert_eq!(&*renewal.role_text, "Sales rep (Phone); Support agent (Chat)");
    assert_eq!(&*renewal.accountability, "Revenue");
    let chat = quiz.scenario("renew-by-chat").expect("scenario");
    assert_eq!(chat.channel.as_deref(), Some("chat"));
    assert_eq!(chat.why("rep"), Some("Reps take renewals by phone, not in chat."));
    assert_eq!(chat.why.len(), 4);
}

#[test]
fn the_built_in_bank_loads_and_covers_every_row_at_least_three_times() {
    let quiz = load(BANK).unwrap_or_else(|p| panic!("the bank has problems: {p:#?}"));
    assert!(quiz.scenarios.len() >= 40, "only {} scenarios", quiz.scenarios.len());
    assert_eq!(quiz.chart.rows.len(), 10);
    for (i, row) in quiz.chart.rows.iter().enumerate() {
        let n = quiz.scenarios.iter().filter(|s| s.row == i).count();
        assert!(n >= 3, "row {} has only {n} scenarios", row.id);
    }
}

#[test]
fn the_built_in_bank_is_balanced_and_says_nothing_twice() {
    let quiz = load(BANK).expect("bank loads");
    let total = quiz.scenarios.len();
    assert!(total >= 60, "only {total} scenarios");
    // No row above 15 % of the bank: a learner practises telling rows apart, not one row over and over.
    for (i, row) in quiz.chart.rows.iter().enumerate() {
        let n = quiz.scenarios.iter().filter(|s| s.row == i).count();
        assert!(n * 100 <= total * 15, "row {} has {n} of {total} scenarios", row.id);
    }
    // Titles identify a scenario on screen (the e2e specs look scenarios up by title), and every explanation
    // is written for its scenario: none is a stock sentence pasted into another.
    let mut titles: Vec<&str> = quiz.scenarios.iter().map(|s| &*s.title).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), total, "titles repeat");
    let mut whys: Vec<&str> = quiz.scenarios.iter().flat_map(|s| s.why.iter().map(|(_, w)| &**w)).collect();
    let all = whys.len();
    whys.sort_unstable();
    whys.dedup();
    assert_eq!(whys.len(), all, "an explanation is repeated word for word");
}

#[test]
fn the_bank_transcribes_dimauros_chart_exactly() {
    let quiz = load(BANK).expect("bank loads");
    let rows: Vec<(&str, &str, &str)> =
        quiz.chart.rows.iter().map(|r| (&*r.measure, &*r.role_text, &*r.accountability)).collect();
    assert_eq!(
        rows,
        [
            ("Drive leads", "Social Media Manager", "Marketing"),
            ("Raise awareness of products or services", "Social Media Manager", "Marketing"),
            (
                "Visibility of company, products, services or thought leaders",
                "Social Media Manager",
                "Marketing"
            ),
            ("Increase sales", "Social Media Manager", "Sales"),
            (
                "Event attendance",
                "Social Media Manager on public channels, Community Manager on community channels",
                "Marketing"
            ),
            (
                "Customer questions about how to use a product or service",
                "Community Manager",
                "Customer Service"
            ),
            (
                "Learn from customers (e.g. feedback into product development)",
                "Community Manager",
                "Product Management/R&D"
            ),
            ("Customer retention / satisfaction", "Community Manager", "Sales"),
            (
                "Call center reduction / Improve customers' ability to get help from each other",
                "Community Manager",
                "Customer Service"
            ),
            ("Increase utilization of the products", "Community Manager", "Product Management"),
        ]
    );
    let event = &quiz.chart.rows[4];
    assert_eq!(event.role_for(Some("public")).map(|r| &**r), Some("smm"));
    assert_eq!(event.role_for(Some("community")).map(|r| &**r), Some("cm"));
}

#[test]
fn a_syntax_error_is_reported_with_its_position() {
    let text = MINI.replace("title = \"A broken login\"", "title = \"A broken login");
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert_eq!(p[0].line, line_of(&text, "title = \"A broken login"));
    assert!(p[0].message.contains("string"), "{}", p[0].message);
}

#[test]
fn an_unknown_row_reference_names_the_known_rows_and_suggests_the_nearest() {
    let text = MINI.replace("row = \"upsell\"", "row = \"upsel\"");
    let p = problems(&text);
    let found = find(&p, "unknown chart row `upsel`");
    assert!(found.message.contains("did you mean `upsell`?"), "{}", found.message);
    assert_eq!(found.line, line_of(&text, "row = \"upsel\""));
    assert_eq!(found.column, 7, "the column points at the value");
}

#[test]
fn duplicate_ids_are_reported_at_the_second_use() {
    let text = MINI.replace("id = \"bigger-plan\"", "id = \"broken-login\"");
    let p = problems(&text);
    let found = find(&p, "the id `broken-login` is used twice");
    assert_eq!(found.line, line_of(&text, "title = \"A bigger plan\"") - 1);
}

#[test]
fn role_and_team_ids_must_not_collide() {
    let text = MINI.replace("id = \"revenue\"\nlabel", "id = \"rep\"\nlabel");
    let p = problems(&text);
    find(&p, "the id `rep` is used twice (role and team ids share one namespace");
}

#[test]
fn a_scenario_without_a_correct_answer_is_reported() {
    let text = MINI.replacen(
        "role = \"agent\"\nteam = \"support\"\n\n[scenarios.why]",
        "team = \"support\"\n\n[scenarios.why]",
        1,
    );
    let p = problems(&text);
    let found = find(&p, "scenario `broken-login` has no correct role");
    assert!(found.message.contains("`agent`, `rep`"), "{}", found.message);
    assert_eq!(found.line, line_of(&text, "[[scenarios]]"));
}

#[test]
fn an_answer_that_disagrees_with_the_chart_is_reported() {
    let text = MINI.replacen(
        "role = \"agent\"\nteam = \"support\"\n\n[scenarios.why]",
        "role = \"rep\"\nteam = \"revenue\"\n\n[scenarios.why]",
        1,
    );
    let p = problems(&text);
    find(&p, "scenario `broken-login`: the role is `rep`, but the chart gives `agent` for `fix`");
    find(&p, "scenario `broken-login`: the team is `revenue`, but the chart gives `support` for `fix`");
}

#[test]
fn the_channel_rule_is_enforced() {
    // The chat renewal's owner is the agent; claiming the rep contradicts the chart on that channel.
    let text = MINI.replace("role = \"agent\"\nteam = \"revenue\"", "role = \"rep\"\nteam = \"revenue\"");
    find(&problems(&text), "the role is `rep`, but the chart gives `agent` for `renewal` on `chat`");
    // A by-channel row needs a channel.
    let text = MINI.replace("channel = \"chat\"\n", "");
    find(
        &problems(&text),
        "the owner of `renewal` depends on the channel; add `channel = ` one of `phone`, `chat`",
    );
    // A one-owner row takes no channel.
    let text = MINI.replace("row = \"fix\"\n", "row = \"fix\"\nchannel = \"phone\"\n");
    find(&problems(&text), "`channel` is only for rows whose owner depends on the channel");
    // An unknown channel.
    let text = MINI.replace("channel = \"chat\"", "channel = \"email\"");
    find(&problems(&text), "unknown channel `email`");
}

#[test]
fn an_option_without_a_why_is_reported() {
    let text = MINI.replacen("revenue = \"Revenue answers for sales, not fixes.\"\n", "", 1);
    let p = problems(&text);
    let found = find(&p, "scenario `broken-login` has no explanation for the option `revenue`");
    assert_eq!(found.line, line_of(&text, "[scenarios.why]"));
}

#[test]
fn a_why_for_an_unknown_option_is_reported() {
    let text = MINI.replacen(
        "support = \"Support answers for fixes.\"",
        "suport = \"typo\"\nsupport = \"Support answers for fixes.\"",
        1,
    );
    find(&problems(&text), "`why` has an entry for `suport`, which is not a role or team");
}

#[test]
fn empty_text_is_reported() {
    let text = MINI.replace("story = \"A customer cannot log in.\"", "story = \"   \"");
    let p = problems(&text);
    let found = find(&p, "`story` in scenario `broken-login` is empty");
    assert_eq!(found.line, line_of(&text, "story = \"   \""));
}

#[test]
fn an_unknown_schema_version_stops_with_one_clear_problem() {
    let text = MINI.replace("schema = 1", "schema = 2");
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("unknown schema version 2: this RoleCall reads schema 1"));
    assert_eq!((p[0].line, p[0].column), (2, 10));
    let p = problems(&MINI.replace("schema = 1\n", ""));
    assert!(p[0].message.contains("missing `schema = 1`"));
    let p = problems(&MINI.replace("schema = 1", "schema = \"1\""));
    assert!(p[0].message.contains("must be a whole number"));
}

#[test]
fn unknown_keys_are_reported_with_a_suggestion() {
    let text = MINI.replace("story = \"A customer cannot log in.\"", "stroy = \"A customer cannot log in.\"");
    let p = problems(&text);
    find(&p, "unknown key `stroy` in scenario `broken-login`; did you mean `story`?");
    find(&p, "scenario `broken-login` has no `story`");
}

#[test]
fn wrong_types_are_reported() {
    let text = MINI.replace("title = \"A broken login\"", "title = 42");
    find(&problems(&text), "`title` in scenario `broken-login` must be text, found an integer");
    let text = MINI.replace(
        "[questions]\nrole = \"Who handles it?\"\nteam = \"Which team answers for it?\"\n",
        "questions = 3\n",
    );
    find(&problems(&text), "`questions` must be a table, found an integer");
}

#[test]
fn ids_must_be_simple() {
    let text = MINI.replace("id = \"bigger-plan\"", "id = \"bigger plan\"");
    find(&problems(&text), "the id `bigger plan` may use only letters, digits, `-` and `_`");
}

#[test]
fn several_problems_are_reported_in_one_pass_in_source_order() {
    let text = MINI
        .replace("row = \"upsell\"", "row = \"nope\"")
        .replace("story = \"A customer calls to renew.\"", "story = \"\"");
    let p = problems(&text);
    assert!(p.len() >= 2, "{p:#?}");
    assert!(p.windows(2).all(|w| (w[0].line, w[0].column) <= (w[1].line, w[1].column)));
}

#[test]
fn missing_sections_are_reported() {
    let p = problems("schema = 1\n");
    for needle in [
        "has no `id`",
        "has no `title`",
        "has no `questions` table",
        "has no `roles`",
        "has no `chart` table",
    ] {
        find(&p, needle);
    }
    let no_scenarios = MINI.split("[[scenarios]]").next().unwrap_or_default().to_string();
    find(&problems(&no_scenarios), "has no `scenarios`: add at least one `[[scenarios]]`");
}

#[test]
fn size_limits_say_what_they_are() {
    let big = format!("{MINI}\n# {}\n", "x".repeat(1024 * 1024));
    let p = problems(&big);
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("limited to 1024 KiB"), "{}", p[0].message);
}

#[test]
fn problems_format_as_file_line_col() {
    let p = Problem { line: 3, column: 7, message: "oops".into() };
    assert_eq!(p.in_file("quiz.toml").to_string(), "quiz.toml:3:7: oops");
}

#[test]
fn text_from_the_file_is_kept_verbatim_not_interpreted() {
    let text =
        MINI.replace("A customer cannot log in.", "<script>alert(1)</script> & <b>bold</b> — مرحبا 🎉");
    let quiz = load(&text).expect("loads");
    assert_eq!(
        &*quiz.scenario("broken-login").map(|s| s.story.clone()).unwrap_or_default(),
        "<script>alert(1)</script> & <b>bold</b> — مرحبا 🎉"
    );
}

#[test]
fn mutations_of_valid_files_never_panic() {
    // Delete, duplicate or replace each line in turn: the loader must answer every one without panicking,
    // and every problem must point inside the text.
    for base in [MINI, BANK] {
        let lines: Vec<&str> = base.lines().collect();
        let step = (lines.len() / 150).max(1);
        for i in (0..lines.len()).step_by(step) {
            for variant in 0..3 {
                let mut l = lines.clone();
                match variant {
                    0 => {
                        l.remove(i);
                    }
                    1 => l.insert(i, lines[i]),
                    _ => l[i] = "x = [",
                }
                let text = l.join("\n");
                if let Err(problems) = load(&text) {
                    let n_lines = text.lines().count() as u32 + 1;
                    assert!(!problems.is_empty());
                    assert!(problems.iter().all(|p| p.line >= 1 && p.line <= n_lines && p.column >= 1));
                }
            }
        }
    }
}

#[test]
fn list_limits_say_what_they_are() {
    let roles: String =
        (0..10).map(|i| format!("[[roles]]\nid = \"r{i}\"\nlabel = \"Role {i}\"\n\n")).collect();
    let text = MINI.replacen("[[teams]]", &format!("{roles}[[teams]]"), 1);
    let p = problems(&text);
    let found = find(&p, "there are 12 roles; the limit is 9");
    assert_eq!(found.line, line_of(&text, "[[roles]]"), "at the first entry");
    // Only the first nine are read (so the work they cause stays bounded): `r6` is an option, `r7` is not.
    find(&p, "scenario `broken-login` has no explanation for the option `r6`");
    assert!(!p.iter().any(|p| p.message.contains("`r7`")), "{p:#?}");
}

#[test]
fn a_flood_of_problems_lists_the_first_ones_and_counts_the_rest() {
    let keys: String = (0..250).map(|i| format!("unknown{i} = 1\n")).collect();
    let text = MINI.replacen("[questions]\n", &format!("[questions]\n{keys}"), 1);
    let p = problems(&text);
    assert_eq!(p.len(), MAX_PROBLEMS + 1);
    assert!(p[0].message.starts_with("unknown key `unknown0` in questions"), "{}", p[0].message);
    let last = &p[MAX_PROBLEMS];
    assert_eq!(last.message, "150 more problems from here on (only the first 100 are listed)");
    assert_eq!(last.line, line_of(&text, "unknown100 = 1"), "the note is where the unlisted ones begin");
}
