//! Every string the interface shows, in one table per language: [`en`] and [`es`] each fill the whole
//! [`Text`] struct, so a string missing from a table is a compile error, not an English word on a Spanish
//! screen. Quiz content (stories, options, whys, the chart) is never translated: it stays in the language
//! the quiz was written in and is marked with the quiz's `language` tag.
//!
//! Strings with numbers or names in them are plain `fn` pointers, so each language words its own plurals.
//!
//! Pure Rust: the tables, choosing a language from the browser's preferences, and the tags are tested on the
//! host. Components get a [`Lang`] prop and read `lang.text()`; modes take it from the app's context.

mod en;
mod es;

/// The interface languages RoleCall ships.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    /// Every language, in the order the switch lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag (for `<html lang>` and `lang=`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's name in itself, as a language switch lists it.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language a tag such as `es`, `es-MX` or `ES_es` names, if RoleCall has it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the reader's preferred languages (most preferred first, as `navigator.languages` lists
    /// them) that RoleCall has; English when none is.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_tag).unwrap_or_default()
    }

    /// This language's table.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &en::TEXT,
            Lang::Es => &es::TEXT,
        }
    }
}

/// A string with a number in it, worded per language (plurals included).
pub type Count = fn(usize) -> String;

/// Every string of the interface, by screen. Add a field here and the compiler asks every table for it.
pub struct Text {
    pub app: AppText,
    pub load: LoadText,
}

/// The app's frame: the language switch, loading, and a quiz that could not be used.
pub struct AppText {
    /// The label of the language switch (worded so that a reader of any shipped language finds it).
    pub language: &'static str,
    pub loading: &'static str,
    /// The heading over a broken quiz file's problems, by their number.
    pub file_problems: Count,
    pub file_problems_hint: &'static str,
    pub unreachable: &'static str,
    pub unreachable_hint: &'static str,
    /// The label of the notice listing ignored URL options.
    pub ignored_options: &'static str,
    /// Shown in place of the app when it stops on a bug.
    pub crashed: &'static str,
}

/// Getting a quiz from somewhere else than the built-in bank: a `quiz=` address, a share link or a file, and
/// why that failed, in words a person can act on.
pub struct LoadText {
    /// The browser is offline.
    pub offline: &'static str,
    /// No answer from the page's own server.
    pub no_answer: &'static str,
    /// No answer from another site (the origin is given): down, a wrong address, or no CORS permission.
    pub cross_origin: fn(&str) -> String,
    pub not_found: &'static str,
    /// 401 or 403, with the code.
    pub refused: fn(u16) -> String,
    /// Any other error status.
    pub status: fn(u16) -> String,
    /// The file's size and the limit, in KiB.
    pub too_large: fn(usize, usize) -> String,
    pub unreadable: &'static str,
    /// The heading over a file that could not be opened at all.
    pub unreadable_file: &'static str,
    /// The heading over something that is not a quiz, and what each kind is.
    pub not_a_quiz: &'static str,
    pub empty: &'static str,
    pub html: &'static str,
    pub json: &'static str,
    pub binary: &'static str,
    pub progress: &'static str,
    pub not_a_quiz_hint: &'static str,
    /// What stands in place of a file name for a share link.
    pub share_file: &'static str,
    /// The heading over a share link that cannot be opened, and why.
    pub share_failed: &'static str,
    pub share_not_a_link: &'static str,
    /// The format number the link was made with.
    pub share_newer: fn(&str) -> String,
    /// The 1-based position and the character.
    pub share_bad_character: fn(usize, char) -> String,
    pub share_truncated: &'static str,
    pub share_corrupt: &'static str,
    pub share_not_text: &'static str,
    pub share_hint: &'static str,
    /// Under the problems of a quiz that came in a share link.
    pub shared_problems_hint: &'static str,
    /// Under the problems of a quiz file opened from the reader's computer.
    pub picked_problems_hint: &'static str,
    /// The start screen's section for opening a quiz file: heading, help and the file input's label.
    pub own_quiz: &'static str,
    pub own_quiz_help: &'static str,
    pub open_file: &'static str,
    /// Shown over the page while a file is dragged over it.
    pub drop_hint: &'static str,
    /// Announced once a file is open: the quiz's title and the file's name.
    pub opened: fn(&str, &str) -> String,
    /// Which quiz is showing, while it is one from a file: its title and the file's name.
    pub showing: fn(&str, &str) -> String,
    pub back_to_built_in: &'static str,
}
