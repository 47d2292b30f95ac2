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
//! host. Components get a [`Lang`] prop and read `lang.text().section()`; pages take it from the app's context.

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
    pub fn text(self) -> Text {
        Text(self)
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

/// Declares [`Text`], the handle on one language's table: a method per section, each returning that section's
/// own `static`. One static per section (not one for the whole table) lets a page's build keep only the
/// sections it reads: the learner's page carries no editor or presenter strings. Add a section here and the
/// compiler asks every table for it, and [`Text::samples`] walks it for the table tests.
macro_rules! text_sections {
    ($($name:ident: $ty:ident = $static:ident,)*) => {
        /// One language's table, section by section (`lang.text().feedback().points`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Text(Lang);

        impl Text {
            $(
                pub fn $name(self) -> &'static $ty {
                    match self.0 {
                        Lang::En => &en::$static,
                        Lang::Es => &es::$static,
                    }
                }
            )*

            /// Every entry of this table as text, in table order (for the tests that keep the tables
            /// complete and translated; the app never calls it).
            pub fn samples(self) -> Vec<Sample> {
                let mut out = Vec::new();
                $(Entry::walk(self.$name(), stringify!($name), &mut out);)*
                out
            }
        }
    };
}

text_sections! {
    common: CommonText = COMMON,
    start: StartText = START,
    progress: ProgressText = PROGRESS,
    card: CardText = CARD,
    drill: DrillText = DRILL,
    feedback: FeedbackText = FEEDBACK,
    results: ResultsText = RESULTS,
    chart: ChartText = CHART,
    keys: KeysText = KEYS,
    presenter: PresenterText = PRESENTER,
    reveal: RevealText = REVEAL,
    class: ClassText = CLASS,
    embed: EmbedText = EMBED,
    storage: StorageText = STORAGE,
    launch: LaunchText = LAUNCH,
    frame: FrameText = FRAME,
    app: AppText = APP,
    load: LoadText = LOAD,
    reader: ReaderText = READER,
    editor: EditorText = EDITOR,
    phone: PhoneText = PHONE,
    class_phones: ClassPhonesText = CLASS_PHONES,
    class_practice: ClassPracticeText = CLASS_PRACTICE,
}
