//! The copy-ready snippets of the "Embed this quiz" dialog, made from the current options: the host script
//! with a `<div data-rolecall>`, a plain iframe, and the address to paste into WordPress.
//!
//! What must hold: every value is escaped for the HTML attribute or text it lands in, and each snippet
//! works when pasted alone into a fresh page.

use super::launch::Mode;
use crate::i18n::EmbedText;

/// The iframe's height without the host script: enough for a scenario card on a phone, inside WordPress's
/// 200–1000 px range; taller content scrolls inside the frame.
pub const FIXED_HEIGHT: u32 = 600;

/// The three snippets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippets {
    /// The host script and a `<div data-rolecall>` with a plain link inside for readers without scripts.
    pub script: String,
    /// A plain iframe that works at a fixed height on its own (and follows its content with the host script).
    pub iframe: String,
    /// The address to paste alone on a line of a WordPress post.
    pub wordpress: String,
}

/// The snippets for the quiz whose address in a mode is `url(mode)` (the web half makes it from the current
/// options, a share link's fragment included), served from `folder` (where `embed.js` is, e.g.
/// `https://quiz.example/`), with the quiz's `title`; the words around the title are `t`'s (the language the
/// author is using RoleCall in).
pub fn snippets(url: impl Fn(Mode) -> String, folder: &str, title: &str, t: &EmbedText) -> Snippets {
    let embed = attr(&url(Mode::Embed));
    let study = url(Mode::Study);
    Snippets {
        script: format!(
            "<div data-rolecall=\"{embed}\" data-title=\"{}\"><a href=\"{}\">{}</a></div>\n\
             <script src=\"{}embed.js\" async></script>",
            attr(&t.frame_title.fill([title])),
            attr(&study),
            text(&t.take_quiz.fill([title])),
            attr(folder),
        ),
        iframe: format!(
            "<iframe data-rolecall src=\"{embed}\" title=\"{}\" width=\"100%\" height=\"{FIXED_HEIGHT}\" \
             loading=\"lazy\" style=\"border:0;width:100%;max-width:46rem\"></iframe>",
            attr(&t.frame_title.fill([title]))
        ),
        wordpress: study,
    }
}

/// Escape for a double-quoted attribute value.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

/// Escape for element text.
fn text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
