//! What the built-in quiz's pages share: the quiz in the interface language's edition with the session
//! restored for it ([`BuiltInQuiz`]), and the note on options that could not be used.
//!
//! Self-study (`index.html`, [`super::StudyPage`]) and the embed (`embed.html`, [`super::EmbedPage`]) each
//! have a root of their own around this, so that each page's wasm links only its own: a learner downloads no
//! frame sizing or results for a host page, a blog's reader no footer, language switch, file panel or
//! offline registration. `practice.html` serves both uses and links both roots ([`super::PracticePage`]).

use std::rc::Rc;

use yew::prelude::*;

use super::start_view::start_deal;
use crate::app::{EditionError, Loaded, Restore, SessionProvider, restore, use_edition};
use crate::components::ProblemList;
use crate::engine::session::Session;
use crate::i18n::Lang;
use crate::interop::launch::LaunchOptions;
use crate::interop::source::edition;
use crate::platform::storage::Store;

/// A session made for a newly arrived edition, and whether saved progress had to be set aside.
#[derive(Clone, PartialEq)]
pub struct Restored {
    pub session: Session,
    pub set_aside: bool,
}

#[derive(Properties, PartialEq)]
pub struct BuiltInQuizProps {
    pub options: Rc<LaunchOptions>,
    /// Where the session is kept (`None`: in memory for this visit, as in an embed).
    pub store: Option<Store>,
    /// The interface language, whose edition of the quiz is shown.
    pub lang: Lang,
    /// What shows the session (self-study's or the embed's flow), inside its provider.
    pub children: Html,
}

/// The built-in quiz in `lang`'s edition: loading, why it could not be shown, or `children` with the
/// session restored for it (the saved one in `store`, or a new one dealt at once for `start=1`). Inside the
/// page's [`crate::app::AppContext`].
#[component]
pub fn BuiltInQuiz(props: &BuiltInQuizProps) -> Html {
    let BuiltInQuizProps { options, store, lang, children } = props;
    let lang = *lang;
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
    match &*loaded {
        Loaded::Loading => html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> },
        Loaded::Failed(error) => edition_problem(lang, error),
        Loaded::Ready { value, generation } => html! {
            <SessionProvider key={*generation} initial={value.session.clone()} store={store.clone()}
                set_aside={value.set_aside}>
                { children.clone() }
            </SessionProvider>
        },
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
