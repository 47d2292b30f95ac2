//! Self-study: the quiz flow with the page's chrome, the "Embed this quiz" dialog that turns the current
//! options into snippets for a blog, the way to present the quiz to a class, and (under the start screen, or
//! dropped anywhere on the page) a quiz file of one's own, which opens in the quiz player (`play.html`, the
//! page that can read quiz files).

use std::rc::Rc;

use yew::prelude::*;

use super::QuizFlow;
use crate::app::{use_lang, use_launch_options, use_session};
use crate::components::{EmbedDialog, EmbedSnippet, QuizFilePanel};
use crate::engine::deck::Phase;
use crate::i18n::Lang;
use crate::interop::launch::{LaunchOptions, Page};
use crate::interop::snippets::snippets;
use crate::interop::source::{OPENED_KEY, OpenedFile};
use crate::platform::{embed, file, file_drop, json, location, page, storage};

/// What the dialog says about the last copy: which snippet, and the failure if it failed.
type CopyStatus = Option<(AttrValue, Result<(), AttrValue>)>;

#[derive(Properties, PartialEq)]
pub struct SelfStudyProps {
    /// Offer a quiz file of one's own (the learner's page hands it to the quiz player; the quiz player opens
    /// it in place).
    #[prop_or_default]
    pub on_open_file: Option<Callback<web_sys::File>>,
}

/// Open `picked` in the quiz player: read it, hand it over through the tab's session storage, and go there.
/// When that cannot be done, the reason in `lang`'s words.
pub async fn open_in_player(picked: web_sys::File, lang: Lang) -> Result<(), String> {
    let t = lang.text().load();
    let name = picked.name();
    let text = file::read_quiz(&picked).await.map_err(|e| e.describe(t))?;
    let opened = json::to_text(&OpenedFile { name, text }).map_err(|_| t.unreadable.to_string())?;
    let player = location::page_address(Page::Play, |p| p.delete("quiz"), "");
    match (storage::hand_over(OPENED_KEY, &opened), player) {
        (Ok(()), Ok(player)) => location::open(&player).map_err(|_| t.pass_on_failed.to_string()),
        _ => Err(t.pass_on_failed.to_string()),
    }
}

#[component]
pub fn SelfStudy(props: &SelfStudyProps) -> Html {
    let session = use_session();
    let options = use_launch_options();
    let lang = use_lang();
    // The session length to embed while the dialog is open (`None`: closed).
    let open = use_state(|| None::<usize>);
    let copied = use_state(|| CopyStatus::None);
    let not_opened = use_state_eq(|| None::<String>);
    let on_file = props.on_open_file.clone().unwrap_or_else(|| {
        let not_opened = not_opened.clone();
        Callback::from(move |picked: web_sys::File| {
            let not_opened = not_opened.clone();
            wasm_bindgen_futures::spawn_local(async move {
                not_opened.set(open_in_player(picked, lang).await.err());
            });
        })
    });
    // A file dropped anywhere on the page opens too (in the quiz player, the page itself listens).
    let dragging = use_state_eq(|| false);
    {
        let (dragging, on_file) = (dragging.clone(), on_file.clone());
        let listen = props.on_open_file.is_none();
        use_effect_with(listen, move |&listen| {
            let listeners =
                listen.then(|| file_drop::listen(move |over| dragging.set(over), move |f| on_file.emit(f)));
            move || drop(listeners)
        });
    }
    let on_embed = {
        let (open, copied) = (open.clone(), copied.clone());
        Callback::from(move |count: usize| {
            copied.set(None);
            open.set(Some(count));
        })
    };
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |(id, text): (AttrValue, AttrValue)| {
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = page::copy(&text).await.map_err(|e| AttrValue::from(e.words(lang.text().embed())));
                copied.set(Some((id, result)));
            });
        })
    };
    let on_present = Callback::from(|()| {
        if let Ok(address) = location::page_address(Page::Present, |_| {}, &location::fragment()) {
            let _ = location::open(&address);
        }
    });
    let list = open.map(|count| {
        let chosen = LaunchOptions { count: Some(count), ..(*options).clone() };
        let t = lang.text().embed();
        let fragment = location::fragment();
        let url = |mode| {
            let o = LaunchOptions { mode, problems: Vec::new(), ..chosen.clone() };
            let set = |params: &web_sys::UrlSearchParams| {
                for (key, _) in location::pairs(params) {
                    params.delete(&key);
                }
                for (key, value) in o.to_pairs() {
                    params.append(key, &value);
                }
            };
            location::page_address(Page::for_options(&o), set, &fragment).unwrap_or_default()
        };
        let s = snippets(url, &embed::folder(), &session.0.quiz().title, t);
        let snippet = |id: &'static str, title: &'static str, help: &'static str, code: String| {
            EmbedSnippet { id: id.into(), title: title.into(), help: help.into(), code: code.into() }
        };
        Rc::new(vec![
            snippet("script", t.script_title, t.script_help, s.script),
            snippet("iframe", t.iframe_title, t.iframe_help, s.iframe),
            snippet("wordpress", t.wordpress_title, t.wordpress_help, s.wordpress),
        ])
    });
    let t = lang.text().load();
    html! {
        <>
            <QuizFlow {on_embed} {on_present} />
            if *session.0.phase() == Phase::Ready {
                <QuizFilePanel {lang} {on_file} />
                if let Some(why) = &*not_opened { <p class="notice" role="alert">{ why.clone() }</p> }
            }
            if *dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ t.drop_hint }</p></div>
            }
            if let Some(list) = list {
                <EmbedDialog snippets={list} copied={(*copied).clone()} {on_copy}
                    on_close={{ let open = open.clone(); Callback::from(move |()| open.set(None)) }} {lang} />
            }
        </>
    }
}
