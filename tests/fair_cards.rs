//! Fair cards: what the learner reads before answering must not give the answer away, and must hold what
//! the answer depends on. Checked over every shipped quiz (`assets/quizzes/*.toml`), so a new quiz (or a new
//! language edition) is held to the same rules without touching this file, unless it is in a language whose
//! place words are not listed below.
//!
//! - **No title names an answer or a chart row.** A title is read first; one that says "A how-to question"
//!   or "The Community Manager's week" answers the question before the story is read. The words to avoid come
//!   from the quiz itself: its role and team labels, the words that set one role's label apart from the
//!   others' ("Community", "Social"), and the words of a chart row's measure that no other row uses ("leads",
//!   "attendance", "retention"). Synonyms ("loyal", "prospects") are a reviewer's job: no list can know them.
//! - **Every story says where it happens.** The card no longer tags the channel (it did only on the rows
//!   whose owner depends on it, so the tag itself named the row); the place is in the story's words instead,
//!   on every scenario, so it tells the learner where without telling them which row. A story names a place
//!   when it contains one of the language's place nouns below: networks, the brand's own spaces, direct
//!   channels and rooms. The list is per language, not per quiz, and holds only nouns that are a place in any
//!   story ("forum", "LinkedIn", "help chat"), never words that merely occur in stories ("app", "post").
//!
//! A quiz in a language missing from either list below (place nouns, function words) fails both tests
//! rather than passing unchecked. The word matching is English-made: a crude stemmer that also folds Spanish
//! plurals together (`redes`, `red`), which is enough for the lists here.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::{BTreeMap, BTreeSet};

use rolecall::engine::quiz::Quiz;

/// Place nouns per quiz language. A multi-word entry matches as a phrase; every entry matches in the
/// singular and the plural, in any case.
const PLACES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            // Public networks and their features.
            "Twitter",
            "Facebook",
            "LinkedIn",
            "YouTube",
            "Pinterest",
            "Instagram",
            "Google+",
            "social network",
            "open network",
            "hashtag",
            "TweetChat",
            "HootSuite",
            // The brand's own spaces.
            "forum",
            "member area",
            "newsletter",
            "digest",
            "website",
            "web page",
            "blog",
            "podcast",
            "online store",
            "marketplace",
            "portal",
            "help center",
            // Direct channels.
            "email",
            "e-mail",
            "phone",
            "phone call",
            "video call",
            "help chat",
            "chat",
            "support ticket",
            "ticket",
            "support line",
            "inbox",
            "webinar",
            // Rooms and gatherings.
            "meeting",
            "conference",
            "meetup",
            "trade show",
            "office",
            "workshop",
        ],
    ),
    (
        "es",
        &[
            // Redes públicas y sus funciones.
            "Twitter",
            "Facebook",
            "LinkedIn",
            "YouTube",
            "Pinterest",
            "Instagram",
            "Google+",
            "red social",
            "red abierta",
            "hashtag",
            "TweetChat",
            "HootSuite",
            // Los espacios propios de la marca.
            "foro",
            "área de miembros",
            "boletín",
            "sitio web",
            "página web",
            "blog",
            "pódcast",
            "tienda en línea",
            "portal",
            "centro de ayuda",
            // Canales directos.
            "correo electrónico",
            "correo",
            "teléfono",
            "videollamada",
            "chat de ayuda",
            "chat",
            "ticket",
            "línea de soporte",
            "bandeja de entrada",
            "webinar",
            "seminario web",
            // Salas y encuentros.
            "reunión",
            "congreso",
            "conferencia",
            "meetup",
            "feria",
            "oficina",
            "taller",
        ],
    ),
];

/// Words that carry no meaning of their own in a label or a measure (compared after [`stem`]), per quiz
/// language like [`PLACES`]: without them every article or preposition that one row's measure happens to use
/// ("las ventas") would be a give-away.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "a", "an", "the", "of", "or", "and", "to", "from", "for", "with", "in", "on", "at", "by", "into",
            "out", "up", "about", "as", "is", "are", "be", "it", "its", "that", "this", "not", "e", "g",
            "eg",
        ],
    ),
    (
        "es",
        &[
            "a", "al", "ante", "con", "de", "del", "desde", "en", "entre", "hacia", "hasta", "para", "por",
            "sin", "sobre", "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "y", "e", "o", "u",
            "ni", "que", "se", "sí", "su", "sus", "es", "son", "ser", "no", "como", "más", "p", "ej",
        ],
    ),
];

/// A word reduced to what its inflections share: lowercase, no possessive, no plural, -ing or -ed ending,
/// no final e (`charged`, `charges`, `charge` → `charg`; `getting` → `get`). Crude, and the same on both sides
/// of every comparison, which is all it has to be.
fn stem(word: &str) -> String {
    let mut w = word.to_lowercase().replace('’', "'");
    for suffix in ["'s", "'"] {
        if let Some(s) = w.strip_suffix(suffix) {
            w = s.to_string();
        }
    }
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() >= 2) {
        w = format!("{s}y");
    } else if let Some(s) =
        ["ing", "ed", "es"].iter().find_map(|x| w.strip_suffix(x)).filter(|s| s.len() >= 2)
    {
        let b = s.as_bytes();
        // Undouble a consonant the ending doubled: getting → gett → get.
        let n = b.len();
        w = if n >= 2
            && b[n - 1] == b[n - 2]
            && b[n - 1].is_ascii_alphabetic()
            && !b"aeiouls".contains(&b[n - 1])
        {
            s[..n - 1].into()
        } else {
            s.into()
        };
    } else if let Some(s) = w.strip_suffix('s').filter(|s| s.len() >= 2 && !s.ends_with('s')) {
        w = s.to_string();
    }
    if let Some(s) = w.strip_suffix('e').filter(|s| s.len() >= 2) {
        w = s.to_string();
    }
    w
}

/// The words of `text`, stemmed: letters, digits and `+` (for Google+), split at everything else, so that
/// `how-to` is two words and `sign-on` too.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '+' || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(stem)
        .collect()
}

/// The list a per-language table ([`PLACES`], [`FUNCTION_WORDS`]) holds for `language`'s primary subtag
/// (`es-MX` → `es`), if any.
fn for_language(
    table: &[(&str, &'static [&'static str])],
    language: &str,
) -> Option<&'static [&'static str]> {
    let primary = language.split('-').next().unwrap_or(language).to_lowercase();
    table.iter().find(|(lang, _)| *lang == primary).map(|(_, list)| *list)
}

fn meaningful(text: &str, function_words: &[&str]) -> BTreeSet<String> {
    words(text)
        .into_iter()
        .filter(|w| w.len() >= 2 && !function_words.iter().any(|f| stem(f) == *w))
        .collect()
}

/// Whether the stemmed word sequence `phrase` occurs in `text`'s words, as whole words.
fn contains_phrase(text: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && text.windows(phrase.len()).any(|w| w == phrase)
}

/// The words a title must not use: for each, what it would give away (`None` when the quiz's language has no
/// function words listed).
fn give_aways(quiz: &Quiz) -> Option<BTreeMap<String, String>> {
    let function_words = for_language(FUNCTION_WORDS, &quiz.language)?;
    let mut found = BTreeMap::new();
    // A word that only one item of `items` uses sets that item apart.
    let mut distinctive = |items: Vec<(String, &str)>, what: &str| {
        let sets: Vec<BTreeSet<String>> =
            items.iter().map(|(_, text)| meaningful(text, function_words)).collect();
        for (i, (name, _)) in items.iter().enumerate() {
            for word in &sets[i] {
                if sets.iter().enumerate().all(|(j, other)| j == i || !other.contains(word)) {
                    found.entry(word.clone()).or_insert_with(|| format!("{what} {name}"));
                }
            }
        }
    };
    distinctive(
        quiz.chart.rows.iter().map(|r| (format!("`{}`", r.id), &*r.measure)).collect(),
        "the chart row",
    );
    distinctive(quiz.roles.iter().map(|r| (format!("`{}`", r.id), &*r.label)).collect(), "the role");
    Some(found)
}

/// The problems with one quiz's titles, one line each.
fn title_problems(name: &str, quiz: &Quiz) -> Vec<String> {
    let Some(words_to_avoid) = give_aways(quiz) else {
        return vec![format!(
            "{name}: no function words for the language {:?}: add them to FUNCTION_WORDS",
            quiz.language
        )];
    };
    let labels: Vec<(Vec<String>, &str)> =
        quiz.roles.iter().chain(&quiz.teams).map(|c| (words(&c.label), &*c.label)).collect();
    let mut problems = Vec::new();
    for s in &quiz.scenarios {
        let title = words(&s.title);
        for (label, text) in &labels {
            if contains_phrase(&title, label) {
                problems
                    .push(format!("{name}: `{}`: the title {:?} names the answer {text:?}", s.id, s.title));
            }
        }
        for word in title.iter().filter_map(|w| words_to_avoid.get_key_value(w)) {
            problems.push(format!(
                "{name}: `{}`: the title {:?} uses {:?}, which names {}",
                s.id, s.title, word.0, word.1
            ));
        }
    }
    problems
}

fn places(language: &str) -> Option<Vec<Vec<String>>> {
    for_language(PLACES, language).map(|list| list.iter().map(|p| words(p)).collect())
}

/// The problems with one quiz's stories, one line each.
fn setting_problems(name: &str, quiz: &Quiz) -> Vec<String> {
    let Some(places) = places(&quiz.language) else {
        return vec![format!(
            "{name}: no place words for the language {:?}: add them to PLACES",
            quiz.language
        )];
    };
    quiz.scenarios
        .iter()
        .filter(|s| !places.iter().any(|p| contains_phrase(&words(&s.story), p)))
        .map(|s| format!("{name}: `{}`: the story does not say where it happens: {:?}", s.id, s.story))
        .collect()
}

fn report(problems: Vec<String>) {
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn no_title_names_an_answer_or_a_chart_row() {
    report(common::shipped_quizzes().iter().flat_map(|(name, quiz)| title_problems(name, quiz)).collect());
}

#[test]
fn every_story_says_where_it_happens() {
    report(common::shipped_quizzes().iter().flat_map(|(name, quiz)| setting_problems(name, quiz)).collect());
}

#[test]
fn the_words_a_title_must_avoid_come_from_the_chart_and_the_labels() {
    let (_, bank) =
        common::shipped_quizzes().into_iter().find(|(name, _)| name == "cm-vs-smm.toml").expect("the bank");
    let avoid = give_aways(&bank).expect("English function words");
    for word in ["lead", "awareness", "visibility", "attendanc", "question", "feedback", "retention", "each"]
    {
        assert!(avoid.contains_key(word), "{word}: {avoid:?}");
    }
    for word in ["social", "community"] {
        assert_eq!(avoid.get(word).map(|w| w.starts_with("the role")), Some(true), "{word}");
    }
    // Words that several rows or both roles share say nothing on their own.
    for word in ["customer", "product", "increas", "manager"] {
        assert!(!avoid.contains_key(word), "{word}: {avoid:?}");
    }
    let title = |t: &str| {
        let mut quiz = bank.clone();
        quiz.scenarios.truncate(1);
        quiz.scenarios[0].title = t.into();
        title_problems("bank", &quiz)
    };
    assert_eq!(title("A how-to question on Twitter").len(), 2, "how and question");
    assert_eq!(title("The forum's new Community Manager").len(), 2, "the label, and community on its own");
    assert_eq!(title("Customer Service is swamped").len(), 1);
    assert!(title("Tuesday morning at the front desk").is_empty());
    // Inflections are caught: the measure says "Drive leads" and "Event attendance".
    assert_eq!(title("Lead by example").len(), 1);
}

#[test]
fn a_place_is_found_as_a_whole_word_in_any_case_and_number() {
    let en = places("en-GB").expect("English places");
    let named = |story: &str| en.iter().any(|p| contains_phrase(&words(story), p));
    assert!(named("Two customers talk in the Forums."));
    assert!(named("She writes to the help chat."));
    assert!(named("He posts on the company's LinkedIn page."));
    assert!(named("Their e-mails go unanswered."));
    // Not inside another word, and not a word that is not a place.
    assert!(!named("A chatty customer explains her problem with the app."));
    assert!(!named("Someone forwards the post to a colleague."));
    assert_eq!(places("xx"), None);
}
#[test]
fn spanish_titles_avoid_the_spanish_chart_and_labels() {
    let (_, bank) = common::shipped_quizzes()
        .into_iter()
        .find(|(name, _)| name == "cm-vs-smm.es.toml")
        .expect("the Spanish bank");
    let avoid = give_aways(&bank).expect("Spanish function words");
    for word in ["potencial", "conocer", "visibilidad", "venta", "evento", "pregunta", "retención", "uso"] {
        assert!(avoid.contains_key(word), "{word}: {avoid:?}");
    }
    for word in ["red", "social", "comunidad"] {
        assert_eq!(avoid.get(word).map(|w| w.starts_with("the role")), Some(true), "{word}");
    }
    // Articles and prepositions say nothing, nor do words that several rows or both roles share.
    for word in ["la", "de", "sus", "client", "producto", "aumentar", "gestor"] {
        assert!(!avoid.contains_key(word), "{word}: {avoid:?}");
    }
    let title = |t: &str| {
        let mut quiz = bank.clone();
        quiz.scenarios.truncate(1);
        quiz.scenarios[0].title = t.into();
        title_problems("bank", &quiz)
    };
    assert_eq!(title("Una pregunta en Twitter sobre cómo exportar").len(), 2, "pregunta and cómo");
    assert_eq!(
        title("El nuevo gestor de comunidad del foro").len(),
        2,
        "the label, and comunidad on its own"
    );
    assert_eq!(title("Las ventas de marzo").len(), 2, "the team's label, and the row's word");
    assert!(title("Martes por la mañana en la recepción").is_empty());
    // Plurals are caught: the role says "redes sociales".
    assert_eq!(title("Una red social nueva").len(), 2);
}

#[test]
fn a_spanish_place_is_found_as_a_whole_word_in_any_number() {
    let es = places("es-MX").expect("Spanish places");
    let named = |story: &str| es.iter().any(|p| contains_phrase(&words(story), p));
    assert!(named("Dos clientas hablan en los Foros."));
    assert!(named("Ella escribe al chat de ayuda."));
    assert!(named("Él publica en la página de LinkedIn de la empresa."));
    assert!(named("Sus correos electrónicos siguen sin respuesta."));
    assert!(named("Lo comentan en las redes sociales."));
    assert!(!named("Una clienta charlatana explica su problema con la aplicación."));
    assert!(!named("Alguien reenvía la publicación a un compañero."));
}
