//! The loader's rules, one test each: every problem an author can make is reported with a position and a
//! message that says what to do, and nothing panics.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::load::{MAX_PROBLEMS, Problem, is_language_tag, load};
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

/// The one problem in `text`.
fn only(text: &str) -> Problem {
    let mut p = problems(text);
    assert_eq!(p.len(), 1, "one problem expected: {p:#?}");
    p.remove(0)
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
fn a_duplicate_id_names_its_kind_and_where_the_first_is() {
    let text = MINI.replace("id = \"bigger-plan\"", "id = \"broken-login\"");
    let first = line_of(&text, "id = \"broken-login\"");
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "title = \"A bigger plan\"") - 1,
            column: 6,
            message: format!(
                "the scenario id `broken-login` is used twice (the first is at line {first}, column 6)"
            ),
        }
    );
    // Every kind says what it is.
    for (from, to, kind) in [
        ("id = \"upsell\"", "id = \"fix\"", "chart row"),
        ("id = \"chat\"", "id = \"phone\"", "channel"),
        ("id = \"rep\"\nlabel", "id = \"agent\"\nlabel", "role"),
        ("id = \"revenue\"\nlabel", "id = \"support\"\nlabel", "team"),
    ] {
        let p = problems(&MINI.replace(from, to));
        let id = to.split('"').nth(1).unwrap_or_default();
        find(&p, &format!("the {kind} id `{id}` is used twice (the first is at line "));
    }
    let text = MINI.replacen(
        "[[roles]]",
        "[[sources]]\nid = \"handbook\"\nauthor = \"B\"\ntitle = \"C\"\n\n[[roles]]",
        1,
    );
    let found = only(&text);
    assert_eq!(
        found.message,
        format!(
            "the source id `handbook` is used twice (the first is at line {}, column 6)",
            line_of(&text, "id = \"handbook\"")
        )
    );
}

#[test]
fn a_role_and_a_team_with_the_same_id_are_one_problem_not_one_per_scenario() {
    // A role `support` beside the team `support`: every scenario's `why` has one `support` entry, and
    // scenarios answer `team = "support"`. Only the definition is reported.
    let text = MINI.replacen(
        "[[roles]]\nid = \"agent\"",
        "[[roles]]\nid = \"support\"\nlabel = \"Support lead\"\n\n[[roles]]\nid = \"agent\"",
        1,
    );
    let role_line = line_of(&text, "id = \"support\"");
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "id = \"support\"\nlabel = \"Support\"\n"),
            column: 6,
            message: format!(
                "the team id `support` is also a role's: role and team ids share one namespace, as a scenario's \
                 `why` is keyed by them, so give one of the two another id (the role is at line {role_line}, column 6)"
            ),
        }
    );
}

#[test]
fn a_chart_row_with_an_unknown_role_or_team_is_reported_once_not_again_for_its_scenarios() {
    let text = MINI.replace(
        "role = \"agent\"\nteam = \"support\"\n\n[[chart.rows]]",
        "role = \"agnet\"\nteam = \"support\"\n\n[[chart.rows]]",
    );
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "role = \"agnet\""),
            column: 8,
            message: "unknown role `agnet` (known roles: `agent`, `rep`); did you mean `agent`?".into(),
        }
    );
    let text = MINI.replace(
        "role = \"agent\"\nteam = \"support\"\n\n[[chart.rows]]",
        "role = \"agent\"\nteam = \"suport\"\n\n[[chart.rows]]",
    );
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "team = \"suport\""),
            column: 8,
            message: "unknown team `suport` (known teams: `support`, `revenue`); did you mean `support`?"
                .into(),
        }
    );
    // A row by channel with one channel wrong: its other channel's scenario is not told the row names no
    // owner for it.
    let text =
        MINI.replace("{ phone = \"rep\", chat = \"agent\" }", "{ phone = \"rep\", chatt = \"agent\" }");
    assert_eq!(
        only(&text).message,
        "unknown channel `chatt` (known channels: `phone`, `chat`); did you mean `chat`?"
    );
    // An entry that did not load is not reported again where it is used: a role without a label is one
    // problem, not one more for each row, answer and `why` that names it.
    let text = MINI.replace("id = \"rep\"\nlabel = \"Sales rep\"", "id = \"rep\"");
    assert_eq!(only(&text).message, "role #2 has no `label`");
}

#[test]
fn typographic_quotes_say_to_use_straight_quotes() {
    let text = MINI.replace("title = \"A broken login\"", "title = \u{201c}A broken login\u{201d}");
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "title = \u{201c}"),
            column: 9,
            message:
                "`\u{201c}` is a typographic quote, as word processors write them: use straight quotes, \
                      \"like this\""
                    .into(),
        }
    );
    // Straight at the start, curled at the end: the string runs on, and the message says why.
    let text = MINI.replace("title = \"A broken login\"", "title = \"A broken login\u{201d}");
    assert_eq!(
        only(&text).message,
        "unterminated string: add a closing `\"`; the `\u{201d}` in it is a typographic quote: use straight quotes"
    );
    // Single ones, and around a key.
    let text = MINI.replace("title = \"A broken login\"", "title = \u{2018}A broken login\u{2019}");
    assert!(only(&text).message.starts_with("`\u{2018}` is a typographic quote"));
    let text = MINI.replace("title = \"A broken login\"", "\u{201c}title\u{201d} = \"A broken login\"");
    let found = only(&text);
    assert!(found.message.contains("use straight quotes"), "{}", found.message);
    assert_eq!(found.column, 1);
}

#[test]
fn a_wrong_kind_of_id_says_what_it_is() {
    let scenario = "role = \"agent\"\nteam = \"support\"\n\n[scenarios.why]";
    // A role where the team goes, and a team where the role goes.
    let text = MINI.replacen(scenario, "role = \"agent\"\nteam = \"agent\"\n\n[scenarios.why]", 1);
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "team = \"agent\""),
            column: 8,
            message: "`agent` is a role, not a team (known teams: `support`, `revenue`)".into(),
        }
    );
    let text = MINI.replacen(scenario, "role = \"support\"\nteam = \"support\"\n\n[scenarios.why]", 1);
    assert_eq!(only(&text).message, "`support` is a team, not a role (known roles: `agent`, `rep`)");
    // In the chart, and a role where a channel goes.
    let text = MINI.replace(
        "role = \"rep\"\nteam = \"revenue\"\n\n[[chart.rows]]",
        "role = \"rep\"\nteam = \"rep\"\n\n[[chart.rows]]",
    );
    assert_eq!(only(&text).message, "`rep` is a role, not a team (known teams: `support`, `revenue`)");
    let text = MINI.replace("channel = \"chat\"", "channel = \"agent\"");
    assert_eq!(only(&text).message, "`agent` is a role, not a channel (known channels: `phone`, `chat`)");
}

#[test]
fn a_channel_the_row_does_not_name_lists_the_ones_that_work() {
    let text = MINI.replace("{ phone = \"rep\", chat = \"agent\" }", "{ phone = \"rep\" }");
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "channel = \"chat\""),
            column: 11,
            message: "scenario `renew-by-chat`: the chart row `renewal` names no owner for `chat`: use \
                      `channel = ` one of `phone`, or add `chat` to the row's `role`"
                .into(),
        }
    );
}

#[test]
fn language_must_be_a_language_tag() {
    let with = |tag: &str| MINI.replace("schema = 1\n", &format!("schema = 1\nlanguage = \"{tag}\"\n"));
    for good in ["en", "es", "pt-BR", "es-419", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "x-klingon"] {
        let quiz = load(&with(good)).unwrap_or_else(|p| panic!("{good}: {p:#?}"));
        assert_eq!(&*quiz.language, good);
    }
    let text = with("English");
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "language ="),
            column: 12,
            message: "`language` must be a language tag, not a language's name: write `en` for English"
                .into(),
        }
    );
    assert_eq!(
        only(&with("en_US")).message,
        "`language` must be a language tag with hyphens, not underscores: write `en-US`"
    );
    let generic = "`language` in the quiz must be a language tag (BCP 47) such as `en`, `es`, `pt-BR` or \
                   `zh-Hant`: a 2- or 3-letter language code, then optional parts such as a region, joined by \
                   hyphens; found";
    for bad in ["e", "en-", "en--US", "en US", "english-US", "fr-x", "123", "es-ES-\u{f1}"] {
        let message = only(&with(bad)).message;
        assert_eq!(message, format!("{generic} `{bad}`"));
    }
}

#[test]
fn is_language_tag_checks_the_shape_only() {
    assert!(is_language_tag("en") && is_language_tag("yue-HK") && is_language_tag("i-klingon"));
    assert!(!is_language_tag("") && !is_language_tag("x") && !is_language_tag("en-u"));
    assert!(!is_language_tag("Spanish") && !is_language_tag("en-abcdefghi"));
}

#[test]
fn every_form_of_why_loads_the_same() {
    let table = "[scenarios.why]\nagent = \"Fixing problems is the agent's job.\"\nrep = \"Reps sell; they do not fix logins.\"\nsupport = \"Support answers for fixes.\"\nrevenue = \"Revenue answers for sales, not fixes.\"\n";
    assert!(MINI.contains(table));
    let inline = "why = { agent = \"Fixing problems is the agent's job.\", rep = \"Reps sell; they do not fix logins.\", support = \"Support answers for fixes.\", revenue = \"Revenue answers for sales, not fixes.\" }\n";
    let dotted = "why.agent = \"Fixing problems is the agent's job.\"\nwhy.rep = \"Reps sell; they do not fix logins.\"\nwhy.support = \"Support answers for fixes.\"\nwhy.revenue = \"Revenue answers for sales, not fixes.\"\n";
    let reference = load(MINI).expect("mini loads");
    for form in [inline, dotted] {
        let quiz = load(&MINI.replacen(table, form, 1)).unwrap_or_else(|p| panic!("{form}: {p:#?}"));
        assert_eq!(quiz, reference, "{form}");
    }
}

#[test]
fn a_scenario_key_written_under_its_why_heading_is_read_as_an_explanation() {
    let text = MINI.replacen(
        "team = \"support\"\n\n[scenarios.why]\n",
        "\n[scenarios.why]\nteam = \"support\"\n",
        1,
    );
    let p = problems(&text);
    let found =
        find(&p, "scenario `broken-login`: `why` has an entry for `team`, which is not a role or team");
    assert_eq!((found.line, found.column), (line_of(&text, "team = \"support\"\nagent"), 1));
}

#[test]
fn a_channel_may_have_the_id_of_a_role() {
    let text = MINI
        .replace("id = \"chat\"", "id = \"agent\"")
        .replace("chat = \"agent\" }", "agent = \"agent\" }")
        .replace("channel = \"chat\"", "channel = \"agent\"");
    let quiz = load(&text).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(quiz.scenario("renew-by-chat").and_then(|s| s.channel.as_deref()), Some("agent"));
}

#[test]
fn columns_count_characters_from_after_a_byte_order_mark() {
    let text = format!("\u{feff}{}", MINI.replace("schema = 1", "schema = 3"));
    // The mark is on line 1, a comment; `schema` is on line 2 either way. On line 1 itself:
    let first = format!("\u{feff}schema = 3\n{}", MINI.replace("schema = 1\n", ""));
    assert_eq!((only(&first).line, only(&first).column), (1, 10));
    assert_eq!((only(&text).line, only(&text).column), (2, 10));
    // A tab is one column, and so is a two-byte character.
    let tabbed = MINI.replace("schema = 1", "schema =\t3");
    assert_eq!(only(&tabbed).column, 10);
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
    let text = MINI.replace("schema = 1", "schema = 3");
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert!(p[0].message.contains("unknown schema version 3: this RoleCall reads schemas 1 to 2"));
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

/// The mini quiz's chart header as it might have been first published, in Spanish.
const ORIGINAL_CHART: &str = "[chart.original]\nlanguage = \"es\"\ntitle = \"Quién hace qué\"\nmeasure = \"Objetivo\"\n\
                              role = \"Responsable\"\naccountability = \"Rinde cuentas\"\n\n";

/// The mini quiz's rows' measures, each with the row's original wording to add after it.
const ORIGINAL_ROWS: [(&str, &str); 3] = [
    (
        "measure = \"Fix a customer's problem\"\n",
        "original = { measure = \"Resolver el problema de un cliente\", role = \"Agente\", accountability = \"Soporte\" }\n",
    ),
    (
        "measure = \"Sell an upgrade\"\n",
        "original = { measure = \"Vender una mejora\", role = \"Comercial\", accountability = \"Ingresos\" }\n",
    ),
    (
        "measure = \"Renew a contract\"\n",
        "original = { measure = \"Renovar un contrato\", role = \"Comercial por teléfono, agente por chat\", \
         accountability = \"Ingresos\" }\n",
    ),
];

/// MINI with `[chart.original]` (or not) and the original wording of its first `rows` rows.
fn with_original(chart: bool, rows: usize) -> String {
    let mut text = MINI.to_string();
    if chart {
        text = text.replacen("[[scenarios]]", &format!("{ORIGINAL_CHART}[[scenarios]]"), 1);
    }
    for (measure, original) in &ORIGINAL_ROWS[..rows] {
        text = text.replacen(measure, &format!("{measure}{original}"), 1);
    }
    text
}

#[test]
fn a_translated_chart_carries_its_original_wording() {
    let quiz = load(&with_original(true, 3)).unwrap_or_else(|p| panic!("{p:#?}"));
    let original = quiz.chart.original.as_ref().expect("the chart's original");
    assert_eq!((&*original.language, &*original.title), ("es", "Quién hace qué"));
    assert_eq!(
        (&*original.columns.measure, &*original.columns.role, &*original.columns.accountability),
        ("Objetivo", "Responsable", "Rinde cuentas")
    );
    let renewal = quiz.chart.rows[2].original.as_ref().expect("the row's original");
    assert_eq!(&*renewal.role, "Comercial por teléfono, agente por chat");
    assert_eq!((&*renewal.measure, &*renewal.accountability), ("Renovar un contrato", "Ingresos"));
    // The translated wording is unchanged, and a quiz without an original has none.
    assert_eq!(&*quiz.chart.rows[2].measure, "Renew a contract");
    let plain = load(MINI).expect("mini loads");
    assert!(plain.chart.original.is_none() && plain.chart.rows.iter().all(|r| r.original.is_none()));
}

#[test]
fn the_original_wording_is_given_for_every_row_or_none() {
    // The chart's original, and only the first row's: the other two rows are reported where they are.
    let text = with_original(true, 1);
    let p = problems(&text);
    let missing = |id: &str| Problem {
        line: line_of(&text, &format!("id = \"{id}\"\nmeasure")),
        column: 6,
        message: format!(
            "chart row `{id}` has no `original`: when the chart gives its original wording, every row needs it, \
             as `original = {{ measure = \"...\", role = \"...\", accountability = \"...\" }}`"
        ),
    };
    assert_eq!(p, [missing("upsell"), missing("renewal")]);
    // Rows with an original and no `[chart.original]`: one problem, at the chart.
    let text = with_original(false, 3);
    assert_eq!(
        only(&text),
        Problem {
            line: line_of(&text, "[chart]\n"),
            column: 1,
            message:
                "chart rows give their `original` wording, but the chart has no `[chart.original]`: add it, \
                      with the original's `language`, `title` and column headings (`measure`, `role`, \
                      `accountability`)"
                    .into(),
        }
    );
}

#[test]
fn the_charts_original_needs_its_language_and_every_heading() {
    let text = with_original(true, 3).replace("language = \"es\"\n", "");
    assert_eq!(only(&text).message, "`[chart.original]` has no `language`");
    let text = with_original(true, 3).replace("language = \"es\"\n", "language = \"Español\"\n");
    assert_eq!(
        only(&text).message,
        "`language` must be a language tag, not a language's name: write `es` for Español"
    );
    let text = with_original(true, 3).replace("title = \"Quién hace qué\"", "titel = \"Quién hace qué\"");
    let p = problems(&text);
    find(&p, "unknown key `titel` in `[chart.original]`; did you mean `title`?");
    find(&p, "`[chart.original]` has no `title`");
    let text = with_original(true, 3).replace("role = \"Agente\", ", "");
    assert_eq!(only(&text).message, "the `original` of chart row #1 has no `role`");
    let text = with_original(true, 3).replace(
        "original = { measure = \"Vender una mejora\"",
        "original = { team = \"x\", measure = \"Vender una mejora\"",
    );
    find(&problems(&text), "unknown key `team` in the `original` of chart row #2");
}
