//! The interface languages: choosing one from the browser's preferences, and tables that are complete.
#![cfg(not(target_arch = "wasm32"))]

use rolecall::i18n::Lang;

#[test]
fn the_first_preferred_language_we_have_wins() {
    assert_eq!(Lang::negotiate(["fr-FR", "es-MX", "en"]), Lang::Es);
    assert_eq!(Lang::negotiate(["en-GB", "es"]), Lang::En);
    assert_eq!(Lang::negotiate(["ES_es"]), Lang::Es);
}

#[test]
fn english_when_no_preferred_language_is_shipped() {
    assert_eq!(Lang::negotiate(["fr", "de-CH"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    assert_eq!(Lang::negotiate(["", "-"]), Lang::En);
}

#[test]
fn tags_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("spanish"), None);
}

#[test]
fn plurals_are_worded_per_language() {
    let (en, es) = (&Lang::En.text().app(), &Lang::Es.text().app());
    assert_eq!((en.file_problems)(1), "This quiz file has a problem");
    assert_eq!((en.file_problems)(3), "This quiz file has 3 problems");
    assert_eq!((es.file_problems)(1), "Este archivo de cuestionario tiene un problema");
    assert_eq!((es.file_problems)(3), "Este archivo de cuestionario tiene 3 problemas");
}

#[test]
fn the_editor_words_its_counts_and_line_lists_per_language() {
    let (en, es) = (&Lang::En.text().editor(), &Lang::Es.text().editor());
    assert_eq!((en.problems)(1), "1 problem");
    assert_eq!((es.problems)(2), "2 problemas");
    assert_eq!((en.marked_lines)(&[7]), "A problem on line 7.");
    assert_eq!((en.marked_lines)(&[3, 12, 40]), "Problems on lines 3, 12 and 40.");
    assert_eq!((es.marked_lines)(&[3, 12]), "Problemas en las líneas 3 y 12.");
    assert_eq!(en.at.fill(["12", "5"]), "Line 12, column 5");
    assert_eq!(es.at.fill(["12", "5"]), "Línea 12, columna 5");
    assert_eq!((en.share_length)(23_103), "23,103 characters");
    assert_eq!((es.share_length)(5_317), "5317 caracteres");
    assert_eq!((es.share_length)(23_103), "23\u{a0}103 caracteres");
}

/// Every entry of every table, with sample arguments for the functions and templates.
fn samples(lang: Lang) -> Vec<rolecall::i18n::Sample> {
    lang.text().samples()
}

#[test]
fn no_table_has_an_empty_string_and_every_argument_shows() {
    for lang in Lang::ALL {
        let samples = samples(lang);
        assert!(samples.len() > 200, "{lang:?}: only {} samples: is a section missing?", samples.len());
        for s in &samples {
            assert!(!s.text.trim().is_empty(), "{lang:?} {}: empty", s.path);
            for arg in &s.shows {
                assert!(
                    s.text.contains(arg.as_str()),
                    "{lang:?} {}: {:?} does not show {arg}",
                    s.path,
                    s.text
                );
            }
            // A place the template does not have (`{2}` in a two-place template) would show as braces.
            assert!(
                !s.text.contains('{') && !s.text.contains('}'),
                "{lang:?} {}: stray brace in {:?}",
                s.path,
                s.text
            );
        }
    }
}

#[test]
fn numbers_are_shown_in_every_plural_form() {
    for lang in Lang::ALL {
        for s in samples(lang) {
            let Some(n) = s.path.strip_suffix(')').and_then(|p| p.rsplit_once('(')).map(|(_, n)| n) else {
                continue;
            };
            let first = n.split(", ").next().unwrap_or_default();
            // "a problem" may word the 1; every other count is written in figures.
            if first != "1" {
                assert!(s.text.contains(first), "{lang:?} {}: {:?} does not show {first}", s.path, s.text);
            }
        }
    }
}

/// Entries that may read the same in English and Spanish: key names and symbols, the product's own name
/// for a file type, and templates that are only punctuation around quiz content.
const SAME_IN_BOTH: [&str; 12] = [
    "drill.sort_keys[1].0",
    "drill.sort_keys[2].0",
    "keys.presenter[1].0",
    "keys.presenter[2].0",
    "keys.presenter[4].0",
    "keys.presenter[5].0",
    "keys.presenter[6].0",
    "keys.presenter[7].0",
    "keys.presenter[8].0",
    "keys.presenter[9].0",
    "keys.presenter[10].0",
    "presenter.live",
];

#[test]
fn the_spanish_table_is_not_an_english_copy() {
    let (en, es) = (samples(Lang::En), samples(Lang::Es));
    assert_eq!(
        en.iter().map(|s| &s.path).collect::<Vec<_>>(),
        es.iter().map(|s| &s.path).collect::<Vec<_>>(),
        "both tables are walked the same way"
    );
    let same: Vec<&str> =
        en.iter().zip(&es).filter(|(a, b)| a.text == b.text).map(|(a, _)| a.path.as_str()).collect();
    let unexpected: Vec<&&str> = same.iter().filter(|p| !SAME_IN_BOTH.contains(p)).collect();
    assert!(unexpected.is_empty(), "untranslated in Spanish: {unexpected:?}");
    let stale: Vec<&&str> = SAME_IN_BOTH.iter().filter(|p| !same.contains(p)).collect();
    assert!(stale.is_empty(), "translated now, drop from SAME_IN_BOTH: {stale:?}");
}

#[test]
fn spanish_plurals_agree() {
    let es = Lang::Es.text();
    assert_eq!((es.progress().loaded)(1), "Progreso cargado: 1 caso respondido antes.");
    assert_eq!((es.progress().loaded)(3), "Progreso cargado: 3 casos respondidos antes.");
    assert_eq!((es.results().score)(1, 4), "1 punto de 4");
    assert_eq!((es.results().score)(0, 4), "0 puntos de 4");
    assert_eq!((es.reveal().votes)(1), "1 voto");
    assert_eq!((es.reveal().votes)(12), "12 votos");
    let en = Lang::En.text();
    assert_eq!((en.results().score)(1, 4), "1 point out of 4");
    assert_eq!((en.progress().loaded)(1), "Progress loaded: 1 scenario answered before.");
}
