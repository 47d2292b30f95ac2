//! What a text that failed to load as a quiz is instead, when that is plain from its first characters: a
//! web page, JSON, nothing at all, a binary file, or a RoleCall progress file. Telling a person "this is a
//! web page" beats a wall of TOML syntax errors about its first `<`.
//!
//! Asked only after [`super::load::load`] has refused the text, so a valid quiz is never turned away here.
//! Each test is one no TOML document passes: TOML cannot start with `<` or `{`, and holds no NUL.

/// Why a text is not a quiz at all. (Serde: the quiz-text reader hands it to the page that asked.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum NotAQuiz {
    /// Nothing but white space.
    Empty,
    /// An HTML page (a sharing page, a login page or an error page in place of the file).
    Html,
    /// JSON data.
    Json,
    /// Not text: an image, a PDF, a word-processor file…
    Binary,
    /// A file of RoleCall progress, which is loaded from the start screen, not as a quiz.
    Progress,
}

/// What `text` plainly is instead of a quiz, if anything.
pub fn not_a_quiz(text: &str) -> Option<NotAQuiz> {
    let start = text.trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n']);
    // The head is enough: a binary file shows itself within a few hundred bytes.
    let head: String = start.chars().take(512).collect();
    if start.is_empty() {
        Some(NotAQuiz::Empty)
    } else if head.contains('\0') || head.chars().filter(|&c| c == '\u{FFFD}').count() >= 2 {
        // Read as UTF-8 by the browser, a binary file turns into NULs and replacement characters.
        Some(NotAQuiz::Binary)
    } else if start.starts_with(super::progress::HEADER) {
        Some(NotAQuiz::Progress)
    } else if start.starts_with('<') {
        Some(NotAQuiz::Html)
    } else if start.starts_with('{') || json_array(start) {
        Some(NotAQuiz::Json)
    } else {
        None
    }
}

/// `[` then `{`, `]`, or a string and a comma: a JSON array, not a TOML table header (`[chart]`,
/// `[[scenarios]]` and `["quoted key"]` are all TOML).
fn json_array(start: &str) -> bool {
    let Some(rest) = start.strip_prefix('[') else { return false };
    let rest = rest.trim_start();
    rest.starts_with('{') || rest.starts_with(']') || rest.starts_with("\"") && rest.contains("\",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_is_recognised() {
        assert_eq!(not_a_quiz(" \n\t"), Some(NotAQuiz::Empty));
        assert_eq!(not_a_quiz("<!DOCTYPE html><html>"), Some(NotAQuiz::Html));
        assert_eq!(not_a_quiz("\u{FEFF}\n  <html lang=en>"), Some(NotAQuiz::Html));
        assert_eq!(not_a_quiz("{\"schema\": 1}"), Some(NotAQuiz::Json));
        assert_eq!(not_a_quiz("[{\"id\": 1}]"), Some(NotAQuiz::Json));
        assert_eq!(not_a_quiz("[ ]"), Some(NotAQuiz::Json));
        assert_eq!(not_a_quiz("[\"a\", \"b\"]"), Some(NotAQuiz::Json));
        assert_eq!(not_a_quiz("\u{FFFD}PNG\r\n\u{1a}\n\0\0\0\rIHDR"), Some(NotAQuiz::Binary));
        assert_eq!(not_a_quiz("%PDF-1.7\n%\u{FFFD}\u{FFFD}\u{FFFD}"), Some(NotAQuiz::Binary));
        assert_eq!(not_a_quiz("RoleCall progress v1\nquiz\tmini\n"), Some(NotAQuiz::Progress));
    }

    #[test]
    fn broken_toml_is_left_to_the_loader() {
        for text in
            ["[chart]\ntitle = ", "[[scenarios]]", "[\"quoted key\"]\na = 1", "schema = 2", "café = ", "x"]
        {
            assert_eq!(not_a_quiz(text), None, "{text}");
        }
    }
}
