//! Every string the interface shows, in one table per language: [`en`] and [`es`] each fill the whole
//! [`Text`] struct, so a string missing from a table is a compile error, not an English word on a Spanish
//! screen. Quiz content (stories, options, whys, the chart) is never translated: it stays in the language
//! the quiz was written in and is marked with the quiz's `language` tag.
//!
//! A sentence with something put into it is a [`Template`] (`"Scenario {0} of {1}"`: the number of places
//! is in its type, and each language orders them as it likes); where the words agree with a number (plurals)
//! the entry is a plain `fn` pointer ([`Count`]), so each language words its own. Sections are declared in
//! `sections.rs`; [`Text::samples`] lists every entry for the tests that keep the tables complete and
//! translated.
//!
//! Pure Rust: the tables, choosing a language from the browser's preferences, and the tags are tested on the
//! host. Components get a [`Lang`] prop and read `lang.text()`; modes take it from the app's context.

mod en;
mod es;
mod samples;
mod sections;
mod template;

pub use samples::{Entry, Sample};
pub use sections::*;
pub use template::{Piece, Template};

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

/// `n` with its digits in groups of three, `separator` between them ("12,345").
fn grouped(n: usize, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(d);
    }
    out
}

/// Numbers as a comma-separated list ("3, 12, 40"), for the tables to put their own "and" after.
fn numbers(list: &[u32]) -> String {
    list.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
}

/// A string with two numbers in it, the first of which its words agree with ("1 point out of 4").
pub type Counts = fn(usize, usize) -> String;

/// A sentence about some line numbers (at least one), worded per language ("Problems on lines 3 and 12.").
pub type Lines = fn(&[u32]) -> String;

/// Every string of the interface, by screen. Add a field here and the compiler asks every table for it (and
/// [`Text::samples`] for its name, so the table tests check it).
pub struct Text {
    pub common: CommonText,
    pub start: StartText,
    pub progress: ProgressText,
    pub card: CardText,
    pub feedback: FeedbackText,
    pub results: ResultsText,
    pub chart: ChartText,
    pub keys: KeysText,
    pub presenter: PresenterText,
    pub reveal: RevealText,
    pub class: ClassText,
    pub embed: EmbedText,
    pub storage: StorageText,
    pub launch: LaunchText,
    pub app: AppText,
    pub load: LoadText,
    pub editor: EditorText,
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
