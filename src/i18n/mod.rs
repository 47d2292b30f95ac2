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

/// Every string of the interface, by screen. Add a field here and the compiler asks every table for it.
pub struct Text {
    pub app: AppText,
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

/// The editor (`mode=edit`): the quiz's text, its problems, the preview and the way in from the app.
pub struct EditorText {
    /// The app footer's link into the editor.
    pub open: &'static str,
    pub heading: &'static str,
    pub intro: &'static str,
    /// The link back to the quiz the editor was opened on.
    pub back: &'static str,
    /// The text box's label, and the hint under it.
    pub source: &'static str,
    pub source_hint: &'static str,
    /// The text box's description of where its problems are, given their line numbers; `""` for none.
    pub marked_lines: fn(&[u32]) -> String,
    /// The problems' heading and the polite announcement, by their number ("No problems" for 0).
    pub problems: Count,
    pub problems_hint: &'static str,
    pub no_problems: &'static str,
    /// Where a problem is: "Line 12, column 5".
    pub at: fn(u32, u32) -> String,
    pub preview: &'static str,
    /// Over the preview while the text does not load, and when it never has.
    pub preview_stale: &'static str,
    pub preview_none: &'static str,
    pub template: &'static str,
    pub revert: &'static str,
    pub download: &'static str,
    /// Asked before the template or the loaded quiz replaces the author's text.
    pub confirm_template: &'static str,
    pub confirm_revert: &'static str,
    pub replace: &'static str,
    pub keep: &'static str,
    /// Said when a draft from an earlier visit is restored.
    pub restored: &'static str,
    /// Said when the browser does not keep the draft.
    pub not_kept: &'static str,
    /// The share panel: the whole quiz in a link.
    pub share: &'static str,
    pub share_hint: &'static str,
    /// Shown instead of a link while no version of the text has loaded.
    pub share_none: &'static str,
    /// Shown over the link while the text does not load: the link carries the last version that did.
    pub share_stale: &'static str,
    /// The mode the link opens in: the legend, then self-study, presenting and embedding.
    pub share_for: &'static str,
    pub share_modes: [&'static str; 3],
    pub share_link: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    /// The link's length in characters.
    pub share_length: Count,
    /// Where a link of that length works: short enough anywhere, long, too long.
    pub share_fine: &'static str,
    pub share_long: &'static str,
    pub share_too_long: &'static str,
}
