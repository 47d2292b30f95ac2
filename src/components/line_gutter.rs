//! The line numbers beside the editor's text, with the lines that have problems marked by a symbol and
//! colour, and their messages on hover. It is hidden from assistive technology, which hears the same marks
//! as the text box's description ("Problems on lines 3 and 12.") and reads them in the problem list.
//!
//! A component of its own so that it re-renders only when the number of lines or the marks change, not on
//! every key press.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::draft::LineMark;

#[derive(Properties, PartialEq)]
pub struct LineGutterProps {
    /// How many lines the text has.
    pub lines: usize,
    pub marks: Rc<[LineMark]>,
    /// The gutter element: its n-th child is line n + 1, for scrolling to a line.
    #[prop_or_default]
    pub gutter_ref: NodeRef,
}

#[component]
pub fn LineGutter(props: &LineGutterProps) -> Html {
    let mut marks = props.marks.iter().peekable();
    let numbers = (1..=props.lines).map(|n| {
        let mark = marks.next_if(|m| m.line as usize == n);
        match mark {
            Some(mark) => html! {
                <span class="line is-marked" title={mark.messages.join("\n")}>
                    <span class="line-mark">{ "⚠\u{FE0E}" }</span>{ n }
                </span>
            },
            None => html! { <span class="line">{ n }</span> },
        }
    });
    html! {
        <div class="gutter" aria-hidden="true" ref={props.gutter_ref.clone()}>{ for numbers }</div>
    }
}
