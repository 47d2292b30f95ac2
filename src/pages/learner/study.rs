//! Self-study (`index.html`, and the practice page without `mode=embed`): the quiz flow with the page's
//! chrome (the footer with the language switch), progress kept in the browser, the ways to embed the quiz in
//! a blog and to present it to a class (each a page of its own), and (under the start screen, or dropped
//! anywhere on the page) a quiz file of one's own, which opens in the quiz player (`play.html`, the page that
//! can read quiz files).

use yew::prelude::*;

use super::{QuizFlow, built_in_quiz, learner_footer, options_notice, use_built_in_quiz};
use crate::app::{AppContext, Start, mount, use_lang, use_language, use_session};
use crate::components::quiz_file_panel;
use crate::engine::deck::Phase;
use crate::i18n::Lang;
use crate::interop::launch::Page;
use crate::interop::source::{OPENED_KEY, OpenedFile, edition};
use crate::platform::{file, file_drop, json, location, offline, storage};

/// Mount the learner's page and register the service worker for offline use (after the first render, so it
/// never competes with showing the first question). An address for another page (`mode=embed` among them)
/// never gets here: `assets/route.js` has sent it on before this page loads its code.
pub fn start_study() {
    mount::<StudyPage>(|start| StudyPageProps { start });
    offline::register();
}

#[derive(Properties, PartialEq)]
pub struct StudyPageProps {
    pub start: Start,
}

/// Self-study's root: the built-in quiz in the chosen language's edition, with the page's footer.
#[component]
pub fn StudyPage(props: &StudyPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let (lang, on_lang) = use_language(lang, store.clone());
    let loaded = use_built_in_quiz(options.clone(), store.clone(), lang);
    html! {
        <main class="rolecall">
            <AppContext options={options.clone()} {lang}>
                { built_in_quiz(&loaded, store, lang, html! { <SelfStudy /> }) }
                { options_notice(&options, lang) }
                { learner_footer(lang, &on_lang, Some(edition(lang).lang), true) }
            </AppContext>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct SelfStudyProps {
    /// Offer a quiz file of one's own (the learner's page hands it to the quiz player; the quiz player opens
    /// it in place).
    #[prop_or_default]
    pub on_open_file: Option<Callback<web_sys::File>>,
    /// The quiz has an address (the built-in one, `quiz=`, a share link), so another page can show it:
    /// presenting and embedding are offered. A file opened in this tab has none.
    #[prop_or(true)]
    pub addressable: bool,
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

/// Go to `page` with this page's options (and `count` as the session length, when given) and fragment.
fn go_to(page: Page, count: Option<usize>) {
    let set = |params: &web_sys::UrlSearchParams| {
        if let Some(count) = count {
            params.set("count", &count.to_string());
        }
    };
    if let Ok(address) = location::page_address(page, set, &location::fragment()) {
        let _ = location::open(&address);
    }
}

#[component]
pub fn SelfStudy(props: &SelfStudyProps) -> Html {
    let session = use_session();
    let lang = use_lang();
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
    // "Embed this quiz" is for authors: its snippets are on a page of their own, with the length chosen here.
    let on_embed = props.addressable.then(|| Callback::from(|count: usize| go_to(Page::Share, Some(count))));
    let on_present = props.addressable.then(|| Callback::from(|()| go_to(Page::Present, None)));
    let t = lang.text().load();
    html! {
        <>
            <QuizFlow {on_embed} {on_present} />
            if *session.0.phase() == Phase::Ready {
                { quiz_file_panel(lang, &on_file, None) }
                if let Some(why) = &*not_opened { <p class="notice" role="alert">{ why.clone() }</p> }
            }
            if *dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ t.drop_hint }</p></div>
            }
        </>
    }
}
