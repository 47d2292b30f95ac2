//! The English table.

use super::{AppText, Text};

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
};
