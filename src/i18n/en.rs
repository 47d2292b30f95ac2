//! The English table.

use super::{AppText, EditorText, Text, numbers as join};

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
    editor: EditorText {
        open: "Write your own quiz",
        heading: "Write a quiz",
        intro: "Write the quiz as text, and the preview plays it as learners will see it. Your draft stays in \
                this browser, so closing the page loses nothing.",
        back: "Back to the quiz",
        source: "Quiz text",
        source_hint: "In the quiz format: key = \"value\" lines under [headings]. Start from the template to \
                      see every part. Tab moves on from the text.",
        marked_lines: |lines| match lines {
            [] => String::new(),
            [one] => format!("A problem on line {one}."),
            [rest @ .., last] => format!("Problems on lines {} and {last}.", join(rest)),
        },
        problems: |n| match n {
            0 => "No problems".into(),
            1 => "1 problem".into(),
            n => format!("{n} problems"),
        },
        problems_hint: "Choose a problem to put the cursor where it is.",
        no_problems: "The quiz loads: the preview shows this very text.",
        at: |line, column| format!("Line {line}, column {column}"),
        preview: "Preview",
        preview_stale: "The text has problems, so the preview shows its last version without any.",
        preview_none: "Nothing to preview yet: fix the problems and the quiz appears here.",
        template: "Start from the template",
        revert: "Revert to the loaded quiz",
        download: "Download .toml",
        confirm_template: "Replace your text with the template? Your changes will be lost.",
        confirm_revert: "Go back to the quiz as it was loaded? Your changes will be lost.",
        replace: "Replace my text",
        keep: "Keep my text",
        restored: "Your draft from your last visit is back.",
        not_kept: "This browser is not keeping your draft: download it before you close the page.",
        share: "Share",
        share_hint: "The whole quiz travels inside the link, so no server is needed: whoever opens it plays \
                     this version.",
        share_none: "A link appears here once the text loads without problems.",
        share_stale: "The text has problems, so the link carries its last version without any.",
        share_for: "The link opens the quiz for",
        share_modes: ["Self-study", "Presenting to a class", "An embed in another page"],
        share_link: "Share link",
        copy: "Copy the link",
        copied: "Link copied.",
        share_length: |n| match n {
            1 => "1 character".into(),
            n => format!("{} characters", super::grouped(n, ",")),
        },
        share_fine: "Short enough for anywhere: chat apps, e-mail and LMS link fields.",
        share_long: "Long: fine in a browser, e-mail and most chat apps, but LMS link fields, Discord and older \
                     tools may cut it. A shorter quiz makes a shorter link, or share the .toml file.",
        share_too_long: "Too long to share as a link: browsers and chat apps cut it. Download the .toml and \
                         share the file, or put it on a web server and link it with quiz=.",
    },
};
