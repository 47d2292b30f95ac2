//! The learner page's root: the built-in quiz in the interface language's edition, the session restored for
//! it, and self-study (with the page's chrome) or the embed (compact, reporting its height and results).

use std::rc::Rc;

use yew::prelude::*;

use super::start_view::start_deal;
use super::{Embed, LearnerFooter, SelfStudy};
use crate::app::{
    AppContext, EditionError, Loaded, Restore, SessionProvider, Start, mount, restore, use_edition,
    use_frame_height, use_language,
};
use crate::components::ProblemList;
use crate::engine::session::Session;
use crate::i18n::Lang;
use crate::interop::launch::{LaunchOptions, Mode};
use crate::interop::source::edition;
use crate::platform::offline;

/// Mount the learner's page and, outside an embed, register the service worker for offline use (after the
/// first render, so it never competes with showing the first question; an embed keeps nothing, and a
/// sandboxed frame has no service worker).
pub fn start() {
    let mut embedded = false;
    mount::<LearnerPage>(|start| {
        embedded = start.options.mode == Mode::Embed;
        LearnerPageProps { start }
    });
    if !embedded {
        offline::register();
    }
}

#[derive(Properties, PartialEq)]
pub struct LearnerPageProps {
    pub start: Start,
}

/// A session made for a newly arrived edition, and whether saved progress had to be set aside.
#[derive(Clone, PartialEq)]
pub struct Restored {
    pub session: Session,
    pub set_aside: bool,
}

#[component]
pub fn LearnerPage(props: &LearnerPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let embedded = options.mode == Mode::Embed;
    let (lang, on_lang) = use_language(lang, store.clone());
    let restorer: Restore<Restored> = {
        let (options, store) = (options.clone(), store.clone());
        Rc::new(move |quiz| {
            let (session, set_aside) = restore(
                quiz,
                store.as_ref(),
                options.start.then(|| start_deal(&options, options.count, options.feedback)),
            );
            Restored { session, set_aside }
        })
    };
    let loaded = use_edition(lang, restorer);
    let content = use_node_ref();
    use_frame_height(content.clone(), embedded);
    let body = match &*loaded {
        Loaded::Loading => html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> },
        Loaded::Failed(error) => edition_problem(lang, error),
        Loaded::Ready { value, generation } => html! {
            <SessionProvider key={*generation} initial={value.session.clone()} store={store.clone()}
                set_aside={value.set_aside}>
                if embedded { <Embed /> } else { <SelfStudy /> }
            </SessionProvider>
        },
    };
    html! {
        <main class={classes!("rolecall", embedded.then_some("is-embed"))} ref={content}>
            <AppContext options={options.clone()} {lang}>
                { body }
                { options_notice(&options, lang) }
                // An embed takes its language from the snippet's `lang=` or the reader's browser: a blog post
                // has no room for app chrome.
                if !embedded {
                    <LearnerFooter {lang} {on_lang} edition={edition(lang).lang} />
                }
            </AppContext>
        </main>
    }
}

/// The address's options that could not be used, each with what would work, in a quiet note.
pub fn options_notice(options: &LaunchOptions, lang: Lang) -> Html {
    if options.problems.is_empty() {
        return Html::default();
    }
    html! {
        <aside class="notice" aria-label={lang.text().app().ignored_options}>
            { for options.problems.iter().map(|p| html! { <p>{ p.words(lang.text().launch()) }</p> }) }
        </aside>
    }
}

/// The screen for a built-in quiz that could not be shown: why, and what to do.
fn edition_problem(lang: Lang, error: &EditionError) -> Html {
    let (app, load) = (lang.text().app(), lang.text().load());
    let message = match error {
        EditionError::Fetch(e) => e.describe(load),
        EditionError::Damaged => app.edition_damaged.to_string(),
    };
    html! {
        <ProblemList heading={app.unreachable} file={edition(lang).json} problems={vec![(0, 0, message)]}
            hint={app.unreachable_hint} />
    }
}
