//! The quiz player (`play.html`): self-study and embeds of a quiz that is not the built-in one, from a
//! `quiz=` address, a share link, a file the reader opened here or on the learner's page. It is the learner's
//! page plus the quiz-text reader (and the share-link decoder), which the learner's page leaves out.

use std::rc::Rc;

use yew::prelude::*;

use super::learner::{Embed, SelfStudy, learner_footer, options_notice, start_deal};
use crate::app::{
    AppContext, BuiltIn, Restore, SessionProvider, Start, mount, restore, use_focus_on_change,
    use_frame_height, use_language, use_quiz_source,
};
use crate::components::{QuizSourceNotice, problem_list, quiz_file_panel};
use crate::engine::session::Session;
use crate::interop::launch::{Mode, Page};
use crate::interop::source::{Loaded, Origin};
use crate::platform::location;

/// Mount the quiz player.
pub fn start() {
    mount::<PlayPage>(|start| PlayPageProps { start });
}

#[derive(Properties, PartialEq)]
pub struct PlayPageProps {
    pub start: Start,
}

/// Back to the built-in quiz: the learner's page, with the same options but no quiz.
fn back_to_built_in() -> Callback<()> {
    Callback::from(|()| {
        if let Ok(address) = location::page_address(Page::Learner, |p| p.delete("quiz"), "") {
            let _ = location::open(&address);
        }
    })
}

#[component]
pub fn PlayPage(props: &PlayPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let embedded = options.mode == Mode::Embed;
    let (lang, on_lang) = use_language(lang, store.clone());
    let restorer: Restore<(Session, bool)> = {
        let (options, store) = (options.clone(), store.clone());
        Rc::new(move |quiz| {
            let deal = options.start.then(|| start_deal(&options, options.count, options.feedback));
            restore(quiz, store.as_ref(), deal)
        })
    };
    // A quiz file opens in place of the quiz in self-study only: an embed is someone else's page.
    let source = use_quiz_source(options.clone(), lang, BuiltIn::None, !embedded, restorer);
    {
        // A share link pasted into this tab's address bar changes only the fragment: open the new quiz.
        let shown = options.shared.clone();
        use_effect_with((), move |_| {
            let listener = location::reload_on_new_share(shown);
            move || drop(listener)
        });
    }
    let content = use_node_ref();
    use_frame_height(content.clone(), embedded);
    // Opening a file rebuilds the screen under the file input: the notice saying what opened takes the focus.
    let notice = use_node_ref();
    use_focus_on_change(notice.clone(), source.opened.clone());
    let current = &source.quiz.current;
    let files = !embedded;
    // A file opened in this tab has no address that the presenter's or the share page could load.
    let addressable = !matches!(current.origin, Origin::File(_));
    let on_file = files.then(|| source.open_file.clone());
    let t = lang.text().load();
    let body = match (&current.loaded, &source.quiz.restored) {
        (Loaded::Loading, _) => {
            html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> }
        }
        (Loaded::Ready(_), Some((session, set_aside))) => html! {
            <SessionProvider key={current.generation} initial={session.clone()} store={store.clone()}
                set_aside={*set_aside}>
                if embedded { <Embed /> } else { <SelfStudy on_open_file={on_file.clone()} {addressable} /> }
            </SessionProvider>
        },
        _ => {
            let screen = current.problems(lang);
            html! {
                <>
                    if let Some(screen) = screen {
                        { problem_list(screen.into()) }
                    }
                    if let Some(on_file) = on_file {
                        { quiz_file_panel(lang, &on_file, Some(&back_to_built_in())) }
                    }
                </>
            }
        }
    };
    let showing = match (&current.origin, &current.loaded) {
        (Origin::File(file), Loaded::Ready(quiz)) if files => Some((quiz.title.to_string(), file.clone())),
        _ => None,
    };
    html! {
        <main class={classes!("rolecall", embedded.then_some("is-embed"))} ref={content}>
            <AppContext options={options.clone()} {lang}>
                if let Some((title, file)) = showing {
                    <QuizSourceNotice {lang} {title} {file} on_back={back_to_built_in()} focus_ref={notice} />
                }
                { body }
                { options_notice(&options, lang) }
                if files && source.dragging {
                    <div class="drop-hint" aria-hidden="true"><p>{ t.drop_hint }</p></div>
                }
                if files {
                    <p class="visually-hidden" role="status">
                        if let Some((title, file)) = &source.opened { { t.opened.fill([title, file]) } }
                    </p>
                    { learner_footer(lang, &on_lang, None, true) }
                }
            </AppContext>
        </main>
    }
}
