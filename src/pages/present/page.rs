//! The presenter page's root: the quiz (the built-in one in the interface language's edition, or one from
//! an address or a share link), the class restored for it, and the class on screen.

use std::rc::Rc;

use yew::prelude::*;

use super::class::ClassView;
use super::state::restore_class;
use crate::app::{AppContext, BuiltIn, Restore, Start, mount, use_language, use_quiz_source};
use crate::components::problem_list;
use crate::engine::presenter::Presenter;
use crate::interop::launch::Mode;
use crate::interop::source::{Loaded, Origin};
use crate::pages::learner::{learner_footer, options_notice};
use crate::platform::page;

/// Mount the presenter's page.
pub fn start() {
    mount::<PresentPage>(|start| PresentPageProps { start });
    // The page's layout is the projector's, whatever the address said.
    let _ = page::present(Default::default(), Mode::Present);
}

#[derive(Properties, PartialEq)]
pub struct PresentPageProps {
    pub start: Start,
}

#[component]
pub fn PresentPage(props: &PresentPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let (lang, on_lang) = use_language(lang, store.clone());
    let restorer: Restore<Presenter> = {
        let (options, store) = (options.clone(), store.clone());
        Rc::new(move |quiz| restore_class(quiz, store.as_ref(), &options))
    };
    let source = use_quiz_source(options.clone(), lang, BuiltIn::Quiz, false, restorer);
    let current = &source.quiz.current;
    let body = match (&current.loaded, &source.quiz.restored) {
        (Loaded::Loading, _) => {
            html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> }
        }
        (Loaded::Ready(_), Some(class)) => html! {
            <ClassView key={current.generation} initial={class.clone()} store={store.clone()}
                built_in={matches!(current.origin, Origin::BuiltIn(_))} />
        },
        _ => match current.problems(lang) {
            Some(screen) => html! {
                { problem_list(screen.into()) }
            },
            None => Html::default(),
        },
    };
    html! {
        <main class="rolecall presenting">
            <AppContext options={options.clone()} {lang}>
                { body }
                { options_notice(&options, lang) }
                { learner_footer(lang, &on_lang, None, false) }
            </AppContext>
        </main>
    }
}
