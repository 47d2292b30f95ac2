//! The phone page (`join.html`): a student joins the class on the projector by its code (typed, or from the
//! QR code's `?room=` link) and votes on the question being asked through the classroom relay (the page's
//! own origin, or `relay=`). Anonymous: no names and no cookies; a random device token and the phone's votes
//! live in sessionStorage, so a reload (or a phone that slept) rejoins as the same phone with its votes.
//!
//! It needs no quiz engine: the relay brings the question, the options with their letters, the answer and
//! why, as the presenter sent them. The page's own words are in the phone's language (chosen as on the
//! learner's page); so are the quiz's texts when the presenter sent them in that language too (it does for
//! the built-in quiz, whose editions it has), else they stay in the quiz's, marked with its tag.

mod room;

use std::rc::Rc;

use rolecall_protocol::normalize_join_code;
use yew::prelude::*;

use crate::app::{Start, lang_key, mount_as, use_language};
use crate::components::{JoinForm, language_switch};
use crate::i18n::Lang;
use crate::interop::launch::{LaunchOptions, Theme};
use crate::interop::relay::{PHONE_PAGE, socket_url};
use crate::platform::location;
use crate::platform::storage::Store;
use room::PhoneRoom;

/// Mount the phone page.
pub fn start() {
    mount_as::<JoinPage>(read, |start| JoinPageProps { start });
}

/// What the phone page reads from its address: only `lang=` and `theme=` (the learner's page reads every
/// launch option with their parser, which a phone does not need: 2,050 B less gzip on the join page,
/// measured 2026-12-02, wasm-opt -Oz, gzip -9). The language is chosen as on every page: the address, the
/// reader's last choice, the browser's preferences, English.
fn read() -> Start {
    let store = Store::open();
    let lang = location::param("lang")
        .and_then(|tag| Lang::from_tag(&tag))
        .or_else(|| store.get(&lang_key()).and_then(|tag| Lang::from_tag(&tag)))
        .unwrap_or_else(|| {
            Lang::negotiate(crate::platform::page::preferred_languages().iter().map(String::as_str))
        });
    let theme = match location::param("theme").as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::Auto,
    };
    let options = LaunchOptions { theme, lang: Some(lang), ..LaunchOptions::default() };
    Start { options: Rc::new(options), store: Some(store), lang }
}

#[derive(Properties, PartialEq)]
pub struct JoinPageProps {
    pub start: Start,
}

/// A room to join: its code, or what was typed and why it cannot be one.
#[derive(Clone, PartialEq)]
enum Entry {
    Code(String),
    Typed { text: String, error: Option<AttrValue> },
}

#[component]
pub fn JoinPage(props: &JoinPageProps) -> Html {
    let Start { store, lang, .. } = props.start.clone();
    let (lang, on_lang) = use_language(lang, store);
    let t = lang.text().phone();
    let entry = use_state(|| match location::param("room") {
        Some(typed) => match normalize_join_code(&typed) {
            Some(code) => Entry::Code(code),
            None => Entry::Typed { text: typed, error: Some(t.bad_code.into()) },
        },
        None => Entry::Typed { text: String::new(), error: None },
    });
    // Read on each render (the page renders again only when the room or the language changes), not kept
    // with use_memo: that hook would be the page's only one, at 233 B gzip (measured 2026-12-02, -Oz, gzip -9).
    let url = socket_url(&location::origin(), location::param("relay").as_deref());
    let on_join = {
        let entry = entry.clone();
        Callback::from(move |typed: String| match normalize_join_code(&typed) {
            Some(code) => {
                // The address keeps the room, so a reload rejoins it.
                let _ = location::set_param("room", Some(&code));
                entry.set(Entry::Code(code));
            }
            None => entry.set(Entry::Typed { text: typed, error: Some(t.bad_code.into()) }),
        })
    };
    let on_refused = {
        let entry = entry.clone();
        Callback::from(move |(code, why): (String, AttrValue)| {
            let _ = location::set_param("room", None);
            entry.set(Entry::Typed { text: code, error: Some(why) });
        })
    };
    let body = match (&*entry, &url) {
        (_, None) => html! { <p class="panel phone-error" role="alert">{ t.no_relay }</p> },
        (Entry::Code(code), Some(url)) => html! {
            <PhoneRoom key={code.clone()} code={AttrValue::from(code.clone())} url={AttrValue::from(url.clone())}
                other_room={AttrValue::from(location::sibling(PHONE_PAGE, &[]).unwrap_or_default())}
                {on_refused} {lang} />
        },
        (Entry::Typed { text, error }, _) => html! {
            <JoinForm code={AttrValue::from(text.clone())} error={error.clone()} {on_join} {lang} />
        },
    };
    html! {
        <main class="rolecall phone-page">
            { body }
            <footer class="app-footer">
                { language_switch(lang, &on_lang) }
            </footer>
        </main>
    }
}
