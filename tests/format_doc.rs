//! `docs/quiz-format.md` against the loader: its complete example loads, every message in its table of common
//! mistakes is what the checker says for that mistake (same line, column and words), and its limits are the
//! loader's.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::engine::load::{
    MAX_BYTES, MAX_CHANNELS, MAX_ID_LEN, MAX_ITEMS, MAX_OPTIONS, MAX_PROBLEMS, MAX_QUESTIONS, MAX_ROWS,
    MAX_SCENARIOS, MAX_SOURCES, load,
};
use rolecall::engine::practice::Kind;
use rolecall::engine::quiz::Owner;

const DOC: &str = include_str!("../docs/quiz-format.md");

/// The one ```toml block that sets `schema`: the complete example.
fn example() -> &'static str {
    let complete: Vec<&str> = DOC
        .split("```toml\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .filter(|block| block.lines().any(|l| l.starts_with("schema = 1")))
        .collect();
    assert_eq!(complete.len(), 1, "one complete example in docs/quiz-format.md");
    complete[0]
}

#[test]
fn the_complete_example_loads_with_every_kind_of_key() {
    let quiz = load(example()).unwrap_or_else(|p| panic!("the docs' example has problems: {p:#?}"));
    assert_eq!(&*quiz.id, "hotel-desk");
    assert_eq!((quiz.roles.len(), quiz.teams.len(), quiz.channels.len()), (2, 2, 2));
    assert_eq!(quiz.scenarios.len(), 4);
    let directions = quiz.chart.rows.iter().find(|r| &*r.id == "directions").expect("a row by channel");
    assert!(matches!(&directions.owner, Owner::ByChannel(pairs) if pairs.len() == 2));
    assert_eq!(&*directions.role_text, "The receptionist on the phone, the concierge in the lobby");
    assert!(example().starts_with("#:schema "), "the example shows the editor directive");
}

#[test]
fn the_translated_chart_with_its_original_loads_in_place_of_the_examples_chart() {
    let blocks: Vec<&str> = DOC
        .split("```toml\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .filter(|block| block.contains("[chart.original]"))
        .collect();
    assert_eq!(blocks.len(), 1, "one example of a chart with its original wording");
    let example = example();
    let (before, rest) = example.split_once("[chart]\n").expect("the example's chart");
    let after = rest.split_once("# --- Scenarios").expect("the scenarios after the chart").1;
    let text = format!("{before}{}\n# --- Scenarios{after}", blocks[0]);
    let quiz = load(&text).unwrap_or_else(|p| panic!("the translated chart has problems: {p:#?}"));
    let original = quiz.chart.original.as_ref().expect("the chart's original");
    assert_eq!((&*original.language, &*original.title), ("en", "Who helps the guest at the Harbour Hotel"));
    // The originals are the example's own English wording, cell by cell.
    let english = load(example).expect("the example loads");
    assert_eq!(&*original.title, &*english.chart.title);
    for (row, first) in quiz.chart.rows.iter().zip(&english.chart.rows) {
        let o = row.original.as_ref().expect("every row's original");
        assert_eq!(
            (&*o.measure, &*o.role, &*o.accountability),
            (&*first.measure, &*first.role_text, &*first.accountability)
        );
        assert_ne!(row.measure, first.measure, "the row itself is translated");
    }
}

#[test]
fn the_common_mistakes_are_what_the_checker_says() {
    // (what is changed in the example, into what): the rows of the doc's table, in order.
    let mistakes = [
        ("story = \"A couple asks", "stroy = \"A couple asks"),
        ("city theatre.\"\nrole = \"concierge\"", "city theatre.\"\nrole = \"receptionist\""),
        (
            "city theatre.\"\nrole = \"concierge\"\nteam = \"guest-services\"",
            "city theatre.\"\nrole = \"concierge\"\nteam = \"front-office\"",
        ),
        ("channel = \"lobby\"\n", ""),
        (
            "row = \"check-in\"            # the chart row it exercises\n",
            "row = \"check-in\"            # the chart row it exercises\nchannel = \"phone\"\n",
        ),
        (
            "front-office = \"The front office answers for arrivals and departures, not for evenings out.\"\n",
            "",
        ),
        ("row = \"tickets\"", "row = \"ticket\""),
        ("id = \"theatre-seats\"", "id = \"theatre seats\""),
        ("title = \"Two seats for tonight\"", "title = Two seats for tonight"),
        ("id = \"museum-in-lobby\"", "id = \"museum-by-phone\""),
        ("title = \"Two seats for tonight\"", "title = 2026-05-01"),
        ("schema = 1 ", "schema = 3 "),
        ("title = \"Two seats for tonight\"", "title = \u{201c}Two seats for tonight\u{201d}"),
        (
            "city theatre.\"\nrole = \"concierge\"\nteam = \"guest-services\"",
            "city theatre.\"\nrole = \"concierge\"\nteam = \"concierge\"",
        ),
        ("language = \"en\"", "language = \"English\""),
    ];
    let table =
        DOC.split("## Common mistakes").nth(1).expect("the section").split("\n## ").next().unwrap_or("");
    let rows: Vec<&str> =
        table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| the mistake")).collect();
    assert_eq!(rows.len(), mistakes.len(), "one row per mistake");
    for ((from, to), row) in mistakes.iter().zip(rows) {
        assert!(example().contains(from), "the example has {from:?}");
        let problems = load(&example().replacen(from, to, 1)).expect_err("the mistake is reported");
        let said: Vec<String> =
            problems.iter().map(|p| format!("`` {} ``", p.in_file("hotel.toml"))).collect();
        let shown = row.rsplit(" | ").next().unwrap_or_default().trim_end_matches(" |");
        assert_eq!(shown, said.join("<br>"), "for {to:?}");
    }
}

#[test]
fn the_limits_in_the_doc_are_the_loaders() {
    let limits = DOC.split("## Limits").nth(1).expect("the section").split("\n## ").next().unwrap_or("");
    for expected in [
        format!("| file size | 1 MiB ({} KiB)", MAX_BYTES / 1024),
        format!("| scenarios | 1 to {MAX_SCENARIOS} |"),
        format!("| roles; teams | 2 to {MAX_OPTIONS} each |"),
        format!("| channels | none, or 1 to {MAX_CHANNELS} |"),
        format!("| chart rows | 1 to {MAX_ROWS} |"),
        format!("| sources | 1 to {MAX_SOURCES} |"),
        format!("| an id | {MAX_ID_LEN} characters |"),
        format!("| problems listed | the first {MAX_PROBLEMS} |"),
        format!(
            "| explanations in a scenario's `why` | one per role and per team: 4 to {} |",
            2 * MAX_OPTIONS
        ),
        format!("| channels in a row's `role` table | 1 to {MAX_CHANNELS} |"),
        format!("| practice items | none, or 1 to {MAX_ITEMS} |"),
        format!("| practice questions; duty lists | 1 to {MAX_QUESTIONS} each |"),
        format!("| a practice question's options | 2 to {MAX_OPTIONS} |"),
    ] {
        assert!(limits.contains(&expected), "the Limits table lacks {expected:?}");
    }
}

/// The complete example at schema 2 with the practice example appended: what the practice section says to do.
fn practice_example() -> String {
    let blocks: Vec<&str> = DOC
        .split("```toml\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .filter(|block| block.contains("[[practice.items]]"))
        .collect();
    assert_eq!(blocks.len(), 1, "one practice example in docs/quiz-format.md");
    format!("{}\n{}", example().replacen("schema = 1 ", "schema = 2 ", 1), blocks[0])
}

#[test]
fn the_practice_example_loads_with_every_kind() {
    let quiz =
        load(&practice_example()).unwrap_or_else(|p| panic!("the practice example has problems: {p:#?}"));
    assert_eq!(quiz.practice.kinds(), Kind::PRACTICE.to_vec());
    assert_eq!(quiz.practice.questions.len(), 5);
    assert!(quiz.practice.items.iter().any(|i| i.hard));
    assert!(quiz.practice.items.iter().any(|i| &*i.answer == "both"));
    // Without `schema = 2` it is refused, as the section says.
    let problems = load(&practice_example().replacen("schema = 2 ", "schema = 1 ", 1)).expect_err("refused");
    let said: Vec<String> = problems.iter().map(|p| format!("`` {} ``", p.in_file("hotel.toml"))).collect();
    let section = DOC.split("## Practice items (schema 2)").nth(1).expect("the section");
    let flat = section.replace('\n', " ");
    assert!(flat.contains(&said.join("<br>")), "the section quotes {said:?}");
}

#[test]
fn the_practice_mistakes_are_what_the_checker_says() {
    let cut = |text: &str, from: &str, to: &str| {
        let (head, rest) = text.split_once(from).expect("from");
        format!("{head}{to}{}", rest.split_once(to).expect("to").1)
    };
    let full = practice_example();
    let changed: Vec<String> = vec![
        full.replacen("kind = \"trait\"\ntext", "kind = \"traits\"\ntext", 1),
        full.replacen("answer = \"concierge\"\nlist = \"desk-rules\"\n", "answer = \"concierge\"\n", 1),
        full.replacen("answer = \"attentive\"", "answer = \"attentiv\"", 1),
        full.replacen("id = \"duty-tickets\"", "id = \"duty-keys\"", 1),
        cut(&full, "[[practice.items]]\nid = \"duty-tickets\"", "# With the hotel"),
        full.replacen("question = \"which-part\"\n", "", 1),
    ];
    let table = DOC.split("Each row below is one change to the practice example").nth(1).expect("the table");
    let table = table.split("\n## ").next().unwrap_or("");
    let rows: Vec<&str> =
        table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| the mistake")).collect();
    assert_eq!(rows.len(), changed.len(), "one row per mistake");
    for (text, row) in changed.iter().zip(rows) {
        let problems = load(text).expect_err("the mistake is reported");
        let said: Vec<String> =
            problems.iter().map(|p| format!("`` {} ``", p.in_file("hotel.toml"))).collect();
        let shown = row.rsplit(" | ").next().unwrap_or_default().trim_end_matches(" |");
        assert_eq!(shown, said.join("<br>"), "for {row}");
    }
}
