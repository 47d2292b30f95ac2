//! Which quiz is showing while it is one the reader opened from a file, and the way back to the built-in
//! one.

use yew::prelude::*;

use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct QuizSourceNoticeProps {
    pub lang: Lang,
    /// The quiz's title and the file it came from.
    pub title: AttrValue,
    pub file: AttrValue,
    pub on_back: Callback<()>,
    /// The sentence saying which quiz is showing, focusable (`tabindex=-1`) so the app can move focus there.
    #[prop_or_default]
    pub focus_ref: NodeRef,
}

#[component]
pub fn QuizSourceNotice(props: &QuizSourceNoticeProps) -> Html {
    let t = &props.lang.text().load();
    html! {
        <aside class="notice source-notice" aria-label={t.own_quiz}>
            <p tabindex="-1" ref={props.focus_ref.clone()}>{ t.showing.fill([&props.title, &props.file]) }</p>
            <button type="button" class="link" onclick={props.on_back.reform(|_| ())}>{ t.back_to_built_in }</button>
        </aside>
    }
}
