//! The way to the same quiz for students, to practise after class: a QR code and the link itself, large, as
//! text they can read off the projector or copy.

use yew::prelude::*;

use super::QrCode;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct StudyLinkPanelProps {
    /// The self-study address.
    pub url: AttrValue,
    #[prop_or_default]
    pub lang: Lang,
}

/// The address as people read it: without `https://`, and without the packed quiz of a share link (thousands
/// of characters no one would type: the link and the QR code carry it).
fn readable(url: &str) -> String {
    let url = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or(url);
    match url.split_once("#quiz=") {
        Some((page, _)) => format!("{page}#quiz=…"),
        None => url.to_string(),
    }
}

/// An address for a room to read off the projector and type (this panel's, the lobby's link for phones):
/// [`readable`], with a line allowed to break before each `?`, `&` and `#` (`<wbr>`), so a long address
/// wraps between its parts (`example.org/rolecall/` · `?count=3` · `&seed=7`) instead of inside a value
/// (`seed=` · `7`). `overflow-wrap: anywhere` still breaks a part longer than the line.
pub fn link_text(url: &str) -> Html {
    let text = readable(url);
    let mut nodes = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices(['?', '&', '#']) {
        if i > start {
            nodes.push(Html::from(text[start..i].to_string()));
            nodes.push(html! { <wbr /> });
            start = i;
        }
    }
    nodes.push(Html::from(text[start..].to_string()));
    nodes.into_iter().collect()
}

#[component]
pub fn StudyLinkPanel(props: &StudyLinkPanelProps) -> Html {
    let url = &props.url;
    let t = &props.lang.text().presenter();
    html! {
        <section class="study-link" aria-labelledby="study-link-heading">
            <QrCode text={url.clone()} label={t.qr} />
            <div>
                <h2 id="study-link-heading">{ t.practise }</h2>
                <p>{ t.scan }</p>
                <p class="short-link"><a href={url.clone()}>{ link_text(url) }</a></p>
            </div>
        </section>
    }
}
