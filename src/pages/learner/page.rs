//! What the built-in quiz's pages share: the quiz in the interface language's edition with the session
//! restored for it ([`use_built_in_quiz`], [`built_in_quiz`]), and the note on options that could not be used.
//!
//! Self-study (`index.html`, [`super::StudyPage`]) and the embed (`embed.html`, [`super::EmbedPage`]) each
//! have a root of their own around this, so that each page's wasm links only its own: a learner downloads no
//! frame sizing or results for a host page, a blog's reader no footer, language switch, file panel or
//! offline registration. `practice.html` serves both uses and links both roots ([`super::start_practice`]).

use std::rc::Rc;

use yew::prelude::*;

use super::start_view::start_deal;
use crate::app::{EditionError, Loaded, Restore, SessionProvider, restore, use_edition};
use crate::components::{ProblemListProps, problem_list};
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

/// The built-in quiz in `lang`'s edition, with the session restored for it (the saved one in `store`, or a
/// new one dealt at once for `start=1`): loading, ready, or why it could not be shown. A hook rather than a
/// component of its own, so that each page's root is its only component above the flow.
#[hook]
pub fn use_built_in_quiz(
    options: Rc<LaunchOptions>,
    store: Option<Store>,
    lang: Lang,
) -> Rc<Loaded<Restored>> {
    let restorer: Restore<Restored> = Rc::new(move |quiz| {
        let (session, set_aside) = restore(
            quiz,
            store.as_ref(),
            options.start.then(|| start_deal(&options, options.count, options.feedback)),
        );
        Restored { session, set_aside }
    });
    use_edition(lang, restorer)
}

/// What the page shows of [`use_built_in_quiz`]'s quiz: loading, why it could not be shown, or `screen`
/// (self-study's or the embed's flow) inside the session's provider. Inside the page's
/// [`crate::app::AppContext`].
pub fn built_in_quiz(loaded: &Loaded<Restored>, store: Option<Store>, lang: Lang, screen: Html) -> Html {
    match loaded {
        Loaded::Loading => html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> },
        Loaded::Failed(error) => edition_problem(lang, error),
        Loaded::Ready { value, generation } => html! {
            <SessionProvider key={*generation} initial={value.session.clone()} {store} set_aside={value.set_aside}>
                { screen }
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
    problem_list(ProblemListProps {
        heading: app.unreachable.into(),
        file: edition(lang).json.into(),
        problems: vec![(0, 0, message)],
        hint: app.unreachable_hint.into(),
    })
}
