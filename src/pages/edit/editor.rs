//! The editor: the text (checked on every change: about 2 ms for the 47-scenario bank in the release build,
//! a small part of what a key press costs a 1,150-line text box anyway), its problems by line and column, and
//! beside it the preview playing the last version that loaded and the share panel. Once typing pauses, the
//! count of problems is announced (not on every key) and the share link follows the text.

use std::rc::Rc;

use yew::prelude::*;

use super::draft::{use_draft, use_share_link};
use super::panes::{PreviewPane, SourcePane};
use crate::app::use_lang;
use crate::interop::launch::{Mode, Page};
use crate::platform::location;
use crate::platform::storage::Store;

#[derive(Properties, PartialEq)]
pub struct EditorViewProps {
    /// The quiz file the editor was opened on: its draft is kept under this name.
    pub file: AttrValue,
    /// That file's text, as it was loaded (as the text box holds it).
    pub source: Rc<str>,
    /// The author's kept draft of it, if any (different from `source`).
    #[prop_or_default]
    pub saved: Option<String>,
    /// Where the draft is kept; `None` keeps nothing.
    #[prop_or_default]
    pub store: Option<Store>,
}

#[component]
pub fn EditorView(props: &EditorViewProps) -> Html {
    let lang = use_lang();
    let t = lang.text().editor();
    let handle = use_draft(
        props.file.clone(),
        props.source.clone(),
        props.saved.clone(),
        props.store.clone(),
        move |n| match n {
            0 => lang.text().editor().none.to_string(),
            n => (lang.text().editor().problems)(n),
        },
    );
    let share_mode = use_state_eq(|| Mode::Study);
    let link = use_share_link(handle.shared.clone(), *share_mode);
    let d = &handle.draft.0;
    let changed = *d.text != *props.source;
    // Back to the quiz as learners see it, with the page's options.
    let back = location::page_address(
        Page::for_options(&location::options().with_mode_study()),
        |p| p.delete("mode"),
        &location::fragment(),
    )
    .unwrap_or_else(|_| "./".into());
    html! {
        <div class="editor">
            <header class="editor-head">
                <h1>{ t.heading }</h1>
                <p class="lead">{ t.intro }</p>
                <p><a href={back}>{ t.back }</a></p>
            </header>
            if props.saved.is_some() && changed {
                <p class="notice" role="status">{ t.restored }</p>
            }
            if handle.not_kept {
                <p class="notice">{ t.not_kept }</p>
            }
            <div class="editor-panes">
                <SourcePane draft={handle.draft.clone()} source={props.source.clone()} {changed} />
                <PreviewPane draft={handle.draft.clone()} {link} mode={*share_mode}
                    on_mode={{ let m = share_mode.clone(); Callback::from(move |mode| m.set(mode)) }} />
            </div>
            <p class="visually-hidden editor-announce" role="status">{ handle.announced.clone() }</p>
        </div>
    }
}
