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
    let (en, es) = (&Lang::En.text().app, &Lang::Es.text().app);
    assert_eq!((en.file_problems)(1), "This quiz file has a problem");
    assert_eq!((en.file_problems)(3), "This quiz file has 3 problems");
    assert_eq!((es.file_problems)(1), "Este archivo de cuestionario tiene un problema");
    assert_eq!((es.file_problems)(3), "Este archivo de cuestionario tiene 3 problemas");
}

#[test]
fn the_editor_words_its_counts_and_line_lists_per_language() {
    let (en, es) = (&Lang::En.text().editor, &Lang::Es.text().editor);
    assert_eq!((en.problems)(0), "No problems");
    assert_eq!((en.problems)(1), "1 problem");
    assert_eq!((es.problems)(2), "2 problemas");
    assert_eq!((en.marked_lines)(&[]), "");
    assert_eq!((en.marked_lines)(&[7]), "A problem on line 7.");
    assert_eq!((en.marked_lines)(&[3, 12, 40]), "Problems on lines 3, 12 and 40.");
    assert_eq!((es.marked_lines)(&[3, 12]), "Problemas en las líneas 3 y 12.");
    assert_eq!((en.at)(12, 5), "Line 12, column 5");
    assert_eq!((es.at)(12, 5), "Línea 12, columna 5");
}
