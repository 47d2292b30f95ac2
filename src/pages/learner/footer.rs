//! The foot of the learner's page: the language switch, which edition of the quiz is showing, and the way
//! into the editor.

use yew::prelude::*;

use crate::components::language_switch;
use crate::i18n::Lang;
use crate::interop::launch::Page;
use crate::platform::location;

/// The footer in `lang`, switching language through `on_lang`; `edition`: the language of the quiz edition
/// on show, when the quiz has editions (the built-in one); `editor`: offer the way into the editor (not from
/// a projector: it is no place to write). A plain function, not a component: it holds no state, and the
/// page roots that show it re-render only on a language change or a new quiz.
pub fn learner_footer(lang: Lang, on_lang: &Callback<Lang>, edition: Option<Lang>, editor: bool) -> Html {
    // The editor opens on the quiz on show, with the same options.
    let editor =
        editor.then(|| location::page_address(Page::Edit, |_| {}, &location::fragment()).ok()).flatten();
    let position = |l: Lang| Lang::ALL.iter().position(|x| *x == l).unwrap_or(0);
    html! {
        <footer class="app-footer">
            { language_switch(lang, on_lang) }
            if let Some(edition) = edition {
                <p class="edition">{ lang.text().app().edition[position(edition)] }</p>
            }
            if let Some(href) = editor {
                <p><a {href}>{ lang.text().app().open_editor }</a></p>
            }
        </footer>
    }
}
