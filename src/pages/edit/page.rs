//! The editor page's root: the text to open (the built-in quiz's file in the interface language's edition,
//! a `quiz=` file or a share link's quiz, broken or not: fixing it is what the editor is for), the author's
//! draft of it if one was kept, and the editor.

use std::rc::Rc;

use yew::prelude::*;

use super::draft::draft_key;
use super::editor::EditorView;
use crate::app::{
    AppContext, BuiltIn, LinkedLoader, Restore, Start, mount, use_language, use_quiz_source_with,
};
use crate::components::problem_list;
use crate::engine::draft::as_field_text;
use crate::interop::launch::Mode;
use crate::interop::source::Origin;
use crate::pages::learner::{learner_footer, options_notice};
use crate::platform::page;

/// Mount the editor's page.
pub fn start() {
    mount::<EditPage>(|start| EditPageProps { start });
    let _ = page::present(Default::default(), Mode::Edit);
}

#[derive(Properties, PartialEq)]
pub struct EditPageProps {
    pub start: Start,
}

/// The text the editor opens on, and the author's kept draft of it (read in an effect, once per text).
#[derive(Clone, PartialEq)]
struct Opened {
    file: AttrValue,
    source: Rc<str>,
    draft: Option<String>,
}

#[component]
pub fn EditPage(props: &EditPageProps) -> Html {
    let Start { options, store, lang } = props.start.clone();
    let (lang, on_lang) = use_language(lang, store.clone());
    // The editor keeps no session: nothing to restore for a quiz that loads.
    let restorer: Restore<()> = Rc::new(|_| ());
    // The editor's live check links the quiz loader anyway: it checks the text it opens with it too.
    let source = use_quiz_source_with(options.clone(), lang, BuiltIn::Text, false, restorer, LinkedLoader);
    let current = source.quiz.current.clone();
    let opened = use_state(|| None::<Opened>);
    {
        let (opened, store) = (opened.clone(), store.clone());
        use_effect_with(current.text.clone(), move |text| {
            let Some(text) = text.clone() else { return };
            // A share link's draft is kept under one name in every language.
            let file = match &current.origin {
                Origin::Shared => "shared-link".to_string(),
                origin => origin.file_name(lang.text().load()),
            };
            // The text as the text box will hold it, so that comparing the two says whether anything changed.
            let source: Rc<str> = as_field_text(&text).into();
            let draft = store.as_ref().and_then(|s| s.get(&draft_key(&file))).filter(|d| **d != *source);
            opened.set(Some(Opened { file: file.into(), source, draft }));
        });
    }
    let current = &source.quiz.current;
    let body = match (&*opened, current.problems(lang)) {
        (Some(o), _) => html! {
            <EditorView key={o.file.to_string()} file={o.file.clone()} source={o.source.clone()}
                saved={o.draft.clone()} store={store.clone()} />
        },
        (None, Some(screen)) => html! {
            { problem_list(screen.into()) }
        },
        (None, None) => html! { <p class="panel loading" role="status">{ lang.text().app().loading }</p> },
    };
    html! {
        <main class="rolecall editing">
            <AppContext options={options.clone()} {lang}>
                { body }
                { options_notice(&options, lang) }
                { learner_footer(lang, &on_lang, None, false) }
            </AppContext>
        </main>
    }
}
