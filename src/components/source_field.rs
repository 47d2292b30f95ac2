//! The editor's text box: a native, labelled `<textarea>` in a monospace font, without spell checking or
//! wrapping, beside a [`LineGutter`]. The box is as tall and as wide as its text and scrolls together with the
//! gutter in one frame, so each number stays level with its line without any script.

use std::rc::Rc;

use yew::prelude::*;

use super::LineGutter;
use crate::engine::draft::LineMark;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct SourceFieldProps {
    pub lang: Lang,
    pub text: AttrValue,
    /// The text's number of lines and the characters on its longest line, which size the box.
    pub lines: usize,
    pub width: usize,
    pub marks: Rc<[LineMark]>,
    /// The whole new text after every change.
    pub on_input: Callback<String>,
    #[prop_or_default]
    pub field_ref: NodeRef,
    #[prop_or_default]
    pub gutter_ref: NodeRef,
    /// Shown between the label and the text: the container's actions on the whole text.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn SourceField(props: &SourceFieldProps) -> Html {
    let t = &props.lang.text().editor();
    let oninput = props.on_input.reform(|e: InputEvent| {
        let field: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        field.value()
    });
    let marked: Vec<u32> = props.marks.iter().map(|m| m.line).collect();
    html! {
        <div class="source-field">
            <h2><label for="quiz-source">{ t.source }</label></h2>
            <p class="hint" id="quiz-source-hint">{ t.source_hint }</p>
            { props.children.clone() }
            <div class="code-frame">
                <LineGutter lines={props.lines} marks={props.marks.clone()} gutter_ref={props.gutter_ref.clone()} />
                <textarea id="quiz-source" ref={props.field_ref.clone()} value={props.text.clone()} {oninput}
                    rows={(props.lines + 1).to_string()} cols={(props.width + 2).max(20).to_string()}
                    spellcheck="false" wrap="off" autocomplete="off" autocapitalize="off" translate="no"
                    aria-invalid={(!marked.is_empty()).then_some("true")}
                    aria-describedby="quiz-source-hint quiz-source-marks" />
            </div>
            <p class="visually-hidden" id="quiz-source-marks">
                if !marked.is_empty() { { (t.marked_lines)(&marked) } }
            </p>
        </div>
    }
}
