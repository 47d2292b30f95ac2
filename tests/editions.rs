//! Language editions of a shipped quiz are the same quiz. `assets/quizzes/X.toml` and its editions
//! `X.<lang>.toml` (`cm-vs-smm.es.toml`) must share everything a learner's progress and the grading hang on:
//! progress is saved under the quiz id and the scenario ids, mastery per chart row, and answers are checked
//! against the rows' owners and teams. So a learner who switches language keeps their progress, and no edition
//! can teach an answer the other does not. Only the wording may differ: labels, the chart's text, titles,
//! stories and explanations.
//!
//! Also checked: each edition's `language` is the one its file name gives, the editions cite the same sources
//! word for word (they are citations, not text to translate), and a translated chart's `original` is the base
//! edition's chart, cell for cell.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fmt::Debug;

use rolecall::engine::quiz::{Choice, Columns, Quiz, Scenario};

/// `cm-vs-smm.es.toml` → `("cm-vs-smm.toml", "es")`; `None` for a base edition's name.
fn edition_of(name: &str) -> Option<(String, &str)> {
    let stem = name.strip_suffix(".toml")?;
    let (base, language) = stem.rsplit_once('.')?;
    Some((format!("{base}.toml"), language))
}

/// A language edition beside the quiz it is an edition of.
struct Edition<'a> {
    base: &'a Quiz,
    /// The edition's file name.
    name: &'a str,
    quiz: &'a Quiz,
    /// The language its file name gives.
    language: &'a str,
}

/// Every edition among `quizzes` with its base edition, or a problem for an edition whose base is missing.
fn editions(quizzes: &[(String, Quiz)]) -> Result<Vec<Edition<'_>>, String> {
    let find = |wanted: &str| quizzes.iter().find(|(name, _)| name == wanted).map(|(_, q)| q);
    quizzes
        .iter()
        .filter_map(|(name, quiz)| edition_of(name).map(|(base, language)| (name, quiz, base, language)))
        .map(|(name, quiz, base, language)| match find(&base) {
            Some(base) => Ok(Edition { base, name, quiz, language }),
            None => Err(format!("{name} is an edition ({language}) of {base}, which does not exist")),
        })
        .collect()
}

/// One line per difference between `base` and the edition `name`, whose file name says `language`.
fn edition_problems(base: &Quiz, name: &str, edition: &Quiz, language: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut same_ids = |what: &str, a: Vec<String>, b: Vec<String>| {
        if a != b {
            let at = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
            let (x, y) = (a.get(at).map_or("nothing", |s| s), b.get(at).map_or("nothing", |s| s));
            problems.push(format!(
                "{name}: {what}: #{} is `{x}` in the base edition, `{y}` in this one ({} and {} in all)",
                at + 1,
                a.len(),
                b.len()
            ));
        }
    };
    let ids = |choices: &[Choice]| -> Vec<String> { choices.iter().map(|c| c.id.to_string()).collect() };
    same_ids("the role ids", ids(&base.roles), ids(&edition.roles));
    same_ids("the team ids", ids(&base.teams), ids(&edition.teams));
    same_ids("the channel ids", ids(&base.channels), ids(&edition.channels));
    let row_ids = |q: &Quiz| -> Vec<String> { q.chart.rows.iter().map(|r| r.id.to_string()).collect() };
    same_ids("the chart row ids", row_ids(base), row_ids(edition));
    let scenario_ids = |q: &Quiz| -> Vec<String> { q.scenarios.iter().map(|s| s.id.to_string()).collect() };
    same_ids("the scenario ids, in order", scenario_ids(base), scenario_ids(edition));
    // Practice items: the same questions (ids, kinds, option ids), lists and items (ids, kinds, answers,
    // lists, sources, hard cases), so that progress per item carries over between editions.
    let questions = |q: &Quiz| -> Vec<String> {
        q.practice
            .questions
            .iter()
            .map(|x| format!("{} {} {:?}", x.id, x.kind.tag(), ids(&x.options)))
            .collect()
    };
    same_ids("the practice questions", questions(base), questions(edition));
    let lists = |q: &Quiz| -> Vec<String> {
        q.practice.lists.iter().map(|l| format!("{} {}", l.id, q.sources[l.source].id)).collect()
    };
    same_ids("the practice lists", lists(base), lists(edition));
    let items = |q: &Quiz| -> Vec<String> {
        q.practice
            .items
            .iter()
            .map(|i| {
                let p = &q.practice;
                let list = p.list_of(i).map(|l| l.id.to_string());
                let question = &p.question_of(i).id;
                let source = &q.sources[i.source].id;
                format!("{} {} {question} {} {list:?} {source} {}", i.id, i.kind.tag(), i.answer, i.hard)
            })
            .collect()
    };
    same_ids(
        "the practice items (id, kind, question, answer, list, source, hard)",
        items(base),
        items(edition),
    );

    let mut same = |what: String, a: &dyn Debug, b: &dyn Debug| {
        let (a, b) = (format!("{a:?}"), format!("{b:?}"));
        if a != b {
            problems.push(format!("{name}: {what}: the base edition has {a}, this one {b}"));
        }
    };
    same("the `language` its file name gives".into(), &language, &&*edition.language);
    same("the quiz id".into(), &base.id, &edition.id);
    same("the sources (ids, authors, titles)".into(), &base.sources, &edition.sources);
    same("the chart's source".into(), &base.chart.source, &edition.chart.source);

    for (b, e) in base.chart.rows.iter().zip(&edition.chart.rows) {
        same(format!("the owner of row `{}`", b.id), &b.owner, &e.owner);
        same(format!("the team of row `{}`", b.id), &b.team, &e.team);
    }

    // A translated chart's original wording is the base edition's chart, word for word.
    if let Some(original) = &edition.chart.original {
        same("the original chart's language".into(), &base.language, &original.language);
        same("the original chart's title".into(), &base.chart.title, &original.title);
        let columns = |c: &Columns| [c.measure.clone(), c.role.clone(), c.accountability.clone()];
        same(
            "the original column headings".into(),
            &columns(&base.chart.columns),
            &columns(&original.columns),
        );
        for (b, e) in base.chart.rows.iter().zip(&edition.chart.rows) {
            let cells = e.original.as_ref().map(|o| [&o.measure, &o.role, &o.accountability]);
            same(
                format!("the original cells of row `{}`", b.id),
                &Some([&b.measure, &b.role_text, &b.accountability]),
                &cells,
            );
        }
    }

    for (b, e) in base.scenarios.iter().zip(&edition.scenarios) {
        let keys = |q: &Quiz, s: &Scenario| {
            (
                q.chart.rows[s.row].id.clone(),
                q.sources[s.source].id.clone(),
                s.channel.clone(),
                s.role.clone(),
                s.team.clone(),
            )
        };
        same(
            format!("the row, source, channel, role and team of scenario `{}`", b.id),
            &keys(base, b),
            &keys(edition, e),
        );
    }
    problems
}

#[test]
fn every_edition_shares_the_base_editions_ids_rows_and_answers() {
    let quizzes = common::shipped_quizzes();
    let editions = editions(&quizzes).unwrap_or_else(|problem| panic!("{problem}"));
    assert!(
        editions.iter().any(|e| e.name == "cm-vs-smm.es.toml"),
        "the Spanish edition of the bank is among the editions: {:?}",
        editions.iter().map(|e| e.name).collect::<Vec<_>>()
    );
    let problems: Vec<String> =
        editions.iter().flat_map(|e| edition_problems(e.base, e.name, e.quiz, e.language)).collect();
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn a_file_name_gives_the_base_edition_and_the_language() {
    assert_eq!(edition_of("cm-vs-smm.es.toml"), Some(("cm-vs-smm.toml".into(), "es")));
    assert_eq!(edition_of("cm-vs-smm.pt-BR.toml"), Some(("cm-vs-smm.toml".into(), "pt-BR")));
    assert_eq!(edition_of("support-or-sales.toml"), None);
}

/// The comparison finds each kind of drift an edition could have, so the test above can fail.
#[test]
fn a_drifting_edition_is_reported() {
    let quizzes = common::shipped_quizzes();
    let find = |wanted: &str| quizzes.iter().find(|(name, _)| name == wanted).map(|(_, q)| q.clone());
    let base = find("cm-vs-smm.toml").expect("the bank");
    let edition = find("cm-vs-smm.es.toml").expect("the Spanish bank");
    let problems = |change: &dyn Fn(&mut Quiz)| {
        let mut drifted = edition.clone();
        change(&mut drifted);
        edition_problems(&base, "cm-vs-smm.es.toml", &drifted, "es")
    };
    assert_eq!(problems(&|_| {}), Vec::<String>::new());
    let one = |change: &dyn Fn(&mut Quiz), expected: &str| {
        let found = problems(change);
        assert_eq!(found.len(), 1, "{expected}: {found:#?}");
        assert!(found[0].contains(expected), "{expected}: {found:#?}");
    };
    one(&|q| q.language = "es-ES".into(), "the `language` its file name gives");
    one(&|q| q.id = "cm-vs-smm-es".into(), "the quiz id");
    one(&|q| q.roles.swap(0, 1), "the role ids");
    one(&|q| q.teams.truncate(3), "the team ids");
    one(&|q| q.channels[0].id = "publico".into(), "the channel ids");
    one(&|q| q.sources[3].title = "5 cosas que un gestor de comunidad es".into(), "the sources");
    one(&|q| q.chart.rows[3].team = "marketing".into(), "the team of row `increase-sales`");
    one(&|q| q.chart.rows[7].original.as_mut().unwrap().accountability = "Sales ".into(), "original cells");
    one(&|q| q.chart.original.as_mut().unwrap().columns.role = "Rol".into(), "original column headings");
    one(&|q| q.practice.items[0].answer = "both".into(), "the practice items");
    one(&|q| q.practice.items[30].hard = !q.practice.items[30].hard, "the practice items");
    one(&|q| q.practice.questions[1].options.swap(0, 1), "the practice questions");
    one(&|q| q.practice.lists[0].source = 0, "the practice lists");
    // A list names its first difference, not the whole list.
    let n = base.scenarios.len();
    let (first, second, last) = (&base.scenarios[0].id, &base.scenarios[1].id, &base.scenarios[n - 1].id);
    let swapped = problems(&|q| q.scenarios.swap(0, 1));
    let expected = format!(
        "the scenario ids, in order: #1 is `{first}` in the base edition, `{second}` in this one ({n} and {n} in all)"
    );
    assert!(swapped[0].ends_with(&expected), "{swapped:#?}");
    let dropped = problems(&|q| drop(q.scenarios.pop()));
    let expected =
        format!("#{n} is `{last}` in the base edition, `nothing` in this one ({n} and {} in all)", n - 1);
    assert_eq!(dropped.len(), 1, "{dropped:#?}");
    assert!(dropped[0].ends_with(&expected), "{dropped:#?}");
    let rows = problems(&|q| q.chart.rows.swap(0, 1));
    assert!(rows.iter().any(|p| p.contains("the chart row ids")), "{rows:#?}");
}

#[test]
fn an_edition_without_its_base_is_reported() {
    let (_, quiz) = common::shipped_quizzes().into_iter().next().expect("a shipped quiz");
    let orphan = vec![("nothing-here.es.toml".to_string(), quiz)];
    assert_eq!(
        editions(&orphan).err().as_deref(),
        Some("nothing-here.es.toml is an edition (es) of nothing-here.toml, which does not exist")
    );
}
