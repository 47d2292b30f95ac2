//! "Use your own quiz": a labelled native file input for a quiz file, under the start screen and on the
//! problem screen (to try another file), with an optional way back to the built-in quiz.

use yew::prelude::*;

use crate::i18n::Lang;

/// The panel for `lang`: `on_file` gets the file picked; `on_back`, when set, shows the way back to the
/// built-in quiz. A plain function, not a component: it holds no state.
pub fn quiz_file_panel(
    lang: Lang,
    on_file: &Callback<web_sys::File>,
    on_back: Option<&Callback<()>>,
) -> Html {
    let t = &lang.text().load();
    let onchange = {
        let on_file = on_file.clone();
        move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                on_file.emit(file);
            }
            input.set_value(""); // picking the same file again, after fixing it, opens it again
        }
    };
    html! {
        <section class="panel quiz-file-panel" aria-labelledby="own-quiz-heading">
            <h2 id="own-quiz-heading">{ t.own_quiz }</h2>
            <p id="own-quiz-help">{ t.own_quiz_help }</p>
            <div class="actions">
                <label class="file-pick">
                    { t.open_file }
                    <input type="file" accept=".toml,text/plain,application/toml" aria-describedby="own-quiz-help"
                        {onchange} />
                </label>
                if let Some(on_back) = on_back {
                    <button type="button" class="secondary" onclick={on_back.reform(|_| ())}>
                        { t.back_to_built_in }
                    </button>
                }
            </div>
        </section>
    }
}
