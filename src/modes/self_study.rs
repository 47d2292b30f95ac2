//! Self-study: the quiz flow with the app's chrome, and the "Embed this quiz" dialog that turns the current
//! options into snippets for a blog.

use std::rc::Rc;

use yew::prelude::*;

use super::QuizFlow;
use crate::app::{use_lang, use_launch_options, use_session};
use crate::components::{EmbedDialog, EmbedSnippet};
use crate::platform::launch::LaunchOptions;
use crate::platform::snippets::snippets;
use crate::platform::{embed, page};

/// What the dialog says about the last copy: which snippet, and the failure if it failed.
type CopyStatus = Option<(AttrValue, Result<(), AttrValue>)>;

#[derive(Properties, PartialEq)]
pub struct SelfStudyProps {
    /// Switch to presenting this quiz to a class.
    #[prop_or_default]
    pub on_present: Callback<()>,
}

#[component]
pub fn SelfStudy(props: &SelfStudyProps) -> Html {
    let session = use_session();
    let options = use_launch_options();
    let lang = use_lang();
    // The session length to embed while the dialog is open (`None`: closed).
    let open = use_state(|| None::<usize>);
    let copied = use_state(|| CopyStatus::None);

    let on_embed = {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |count: usize| {
            copied.set(None);
            open.set(Some(count));
        })
    };
    let on_close = {
        let open = open.clone();
        Callback::from(move |()| open.set(None))
    };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |(id, text): (AttrValue, AttrValue)| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let t = &lang.text().embed;
                let result = page::copy(&text).await.map_err(|e| AttrValue::from(e.words(t)));
                copied.set(Some((id, result)));
            });
        })
    };
    let list = open.map(|count| {
        let chosen = LaunchOptions { count: Some(count), ..(*options).clone() };
        let t = &lang.text().embed;
        let s = snippets(&embed::page(), &chosen, &session.0.quiz().title, t);
        let snippet = |id: &'static str, title: &'static str, help: &'static str, code: String| {
            EmbedSnippet { id: id.into(), title: title.into(), help: help.into(), code: code.into() }
        };
        Rc::new(vec![
            snippet("script", t.script_title, t.script_help, s.script),
            snippet("iframe", t.iframe_title, t.iframe_help, s.iframe),
            snippet("wordpress", t.wordpress_title, t.wordpress_help, s.wordpress),
        ])
    });
    html! {
        <>
            <QuizFlow on_embed={on_embed} on_present={props.on_present.clone()} />
            if let Some(list) = list {
                <EmbedDialog snippets={list} copied={(*copied).clone()} {on_copy} {on_close} {lang} />
            }
        </>
    }
}
