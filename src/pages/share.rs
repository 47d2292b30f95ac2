//! "Embed this quiz" (`share.html`): copy-ready snippets for a blog or course page, made from the options in
//! the address (the learner's page sends the reader here with the options its quiz has, the session length
//! chosen on its start screen included). A page of its own because it serves authors, not learners: none of
//! its code is downloaded by someone taking the quiz.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{AppContext, BuiltIn, Restore, Start, mount, use_language, use_quiz_source};
use crate::components::{EmbedSnippet, EmbedSnippets, problem_list};
use crate::engine::quiz::Quiz;
use crate::interop::launch::{LaunchOptions, Mode, Page};
use crate::interop::snippets::snippets;
use crate::interop::source::Loaded;
use crate::pages::learner::learner_footer;
use crate::platform::{embed, location, page};

/// Mount the page.
pub fn start() {
    mount::<SharePage>(|start| SharePageProps { start });
}

#[derive(Properties, PartialEq)]
pub struct SharePageProps {
    pub start: Start,
}

/// The address of the quiz in `mode` with these options (and a share link's fragment, as it came).
fn address(options: &LaunchOptions, mode: Mode) -> String {
    let o = LaunchOptions { mode, problems: Vec::new(), ..options.clone() };
    let set = |params: &web_sys::UrlSearchParams| {
        for (key, _) in location::pairs(params) {
            params.delete(&key);
        }
        for (key, value) in o.to_pairs() {
            params.append(key, &value);
        }
    };
    location::page_address(Page::for_options(&o), set, &location::fragment()).unwrap_or_default()
}

#[component]
pub fn SharePage(props: &SharePageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let (lang, on_lang) = use_language(lang, store);
    let restorer: Restore<()> = Rc::new(|_| ());
    let source = use_quiz_source(options.clone(), lang, BuiltIn::Quiz, false, restorer);
    let copied = use_state_eq(|| None::<(AttrValue, Result<(), AttrValue>)>);
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |(id, text): (AttrValue, AttrValue)| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result =
                    page::copy(&text).await.map_err(|e| AttrValue::from(e.words(lang.text().embed())));
                copied.set(Some((id, result)));
            });
        })
    };
    let t = lang.text().embed();
    let list = |quiz: &Quiz| {
        let s = snippets(|mode| address(&options, mode), &embed::folder(), &quiz.title, t);
        let snippet = |id: &'static str, title: &'static str, help: &'static str, code: String| {
            EmbedSnippet { id: id.into(), title: title.into(), help: help.into(), code: code.into() }
        };
        Rc::new(vec![
            snippet("script", t.script_title, t.script_help, s.script),
            snippet("iframe", t.iframe_title, t.iframe_help, s.iframe),
            snippet("wordpress", t.wordpress_title, t.wordpress_help, s.wordpress),
        ])
    };
    let current = &source.quiz.current;
    let body = match &current.loaded {
        Loaded::Ready(quiz) => html! {
            <>
                <p class="lead">{ t.lead }</p>
                <EmbedSnippets snippets={list(quiz)} copied={(*copied).clone()} {on_copy} {lang} />
            </>
        },
        Loaded::Loading => html! { <p role="status">{ lang.text().app().loading }</p> },
        _ => match current.problems(lang) {
            Some(s) => problem_list(s.into()),
            None => Html::default(),
        },
    };
    let back = address(&options, Mode::Study);
    html! {
        <main class="rolecall sharing">
            <AppContext options={options.clone()} {lang}>
                <section class="panel share-page" aria-labelledby="share-heading">
                    <h1 id="share-heading">{ lang.text().common().embed }</h1>
                    { body }
                    <p><a href={back}>{ t.back }</a></p>
                </section>
                { learner_footer(lang, &on_lang, None, false) }
            </AppContext>
        </main>
    }
}
