//! The practice page's root (`practice.html`): the built-in quiz with its practice kinds, in self-study or,
//! for `mode=embed`, as the embed. It links both roots; `index.html` and `embed.html` each link one.

use yew::prelude::*;

use super::{EmbedPage, StudyPage};
use crate::app::{Start, mount};
use crate::interop::launch::Mode;
use crate::platform::offline;

/// Mount the practice page: self-study, or the embed for `mode=embed`. Outside an embed, register the
/// service worker for offline use (after the first render, so it never competes with showing the first
/// question; an embed keeps nothing, and a sandboxed frame has no service worker).
pub fn start_practice() {
    let mut embedded = false;
    mount::<PracticePage>(|start| {
        embedded = start.options.mode == Mode::Embed;
        PracticePageProps { start }
    });
    if !embedded {
        offline::register();
    }
}

#[derive(Properties, PartialEq)]
pub struct PracticePageProps {
    pub start: Start,
}

/// The practice page's root: the embed's or self-study's, as the address asks.
#[component]
pub fn PracticePage(props: &PracticePageProps) -> Html {
    let start = props.start.clone();
    if start.options.mode == Mode::Embed {
        html! { <EmbedPage {start} /> }
    } else {
        html! { <StudyPage {start} /> }
    }
}
