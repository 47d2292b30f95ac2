//! The English table.

use super::{AppText, LoadText, Text};

pub static TEXT: Text = Text {
    app: AppText {
        language: "Language",
        loading: "Loading the quiz…",
        file_problems: |n| match n {
            1 => "This quiz file has a problem".into(),
            n => format!("This quiz file has {n} problems"),
        },
        file_problems_hint: "Fix the file and reload this page. The command-line checker (rolecall-check) \
                             reports the same problems.",
        unreachable: "The quiz could not be loaded",
        unreachable_hint: "Check the address in the quiz= option, and that the server allows this page to \
                           read it.",
        ignored_options: "Ignored options",
        crashed: "Sorry, RoleCall hit an unexpected error and stopped. Reloading the page usually helps.",
    },
    load: LoadText {
        offline: "You are offline, so the quiz file could not be fetched. Connect and reload the page.",
        no_answer: "The server did not answer: the address may be wrong, or the server may be down.",
        cross_origin: |origin| {
            format!(
                "No answer from {origin}: the address may be wrong, the site may be down, or it does not let \
                 other sites read its files (CORS: it must send the header Access-Control-Allow-Origin)."
            )
        },
        not_found: "The server has no file at this address (404 Not Found).",
        refused: |code| format!("The server refused to share this file ({code})."),
        status: |code| format!("The server answered with an error ({code})."),
        too_large: |size, limit| format!("The file is {size} KiB, larger than a quiz can be ({limit} KiB)."),
        unreadable: "The file could not be read as text.",
        unreadable_file: "The file could not be opened",
        not_a_quiz: "This is not a RoleCall quiz",
        empty: "The file is empty.",
        html: "This is a web page, not a quiz file. If the address is a sharing page (Google Drive, Dropbox, an \
               LMS), use the file's direct download address.",
        json: "This is JSON data, not a quiz. RoleCall quizzes are TOML text files.",
        binary: "This is not a text file (an image, a PDF or a document?). RoleCall quizzes are TOML text files.",
        progress: "This is a RoleCall progress file. Load it on the start screen, under “Move your progress to \
                   another browser”.",
        not_a_quiz_hint: "A RoleCall quiz is a text file in TOML format, described in the format reference \
                          (docs/quiz-format.md).",
        share_file: "share link",
        share_failed: "This share link cannot be opened",
        share_not_a_link: "The address has “#quiz=”, but what follows it is not a RoleCall quiz.",
        share_newer: |version| {
            format!(
                "The link was made by a newer RoleCall (format {version}). Open it with the RoleCall it came \
                 from, or ask for the quiz file."
            )
        },
        share_bad_character: |position, c| {
            format!(
                "The link is damaged: character {position} (“{c}”) cannot be in a share link. Copy the whole \
                 link again."
            )
        },
        share_truncated: "The link is cut short: part of it was lost when it was copied or sent.",
        share_corrupt: "The link is damaged: its data does not check out.",
        share_not_text: "The link's data is not text.",
        share_hint: "Copy the whole link again (share links are long: make sure nothing was cut off), or ask the \
                     person who shared it for the quiz file.",
        shared_problems_hint: "The quiz in this link has problems: ask the person who shared it to fix the quiz \
                               and share it again.",
        picked_problems_hint: "Fix the file and open it again. The command-line checker (rolecall-check) \
                               reports the same problems.",
        own_quiz: "Use your own quiz",
        own_quiz_help: "Open a quiz file (.toml) from your computer, or drop it anywhere on this page. It is used \
                        for this visit only, and never leaves your browser.",
        open_file: "Open a quiz file…",
        drop_hint: "Drop the quiz file to open it",
        opened: |title, file| format!("Opened “{title}” from {file}."),
        showing: |title, file| format!("You are using “{title}” from {file}, for this visit only."),
        back_to_built_in: "Back to the built-in quiz",
    },
};
