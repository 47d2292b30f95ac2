//! The editor's list of problems: "Line 12, column 5: message", each a button that takes the author there
//! (the container moves the caret and focus). Its count is the section's heading.

use std::rc::Rc;

use yew::prelude::*;

use super::problem_list::with_code;
use crate::engine::load::Problem;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ProblemPanelProps {
    pub lang: Lang,
    pub problems: Rc<[Problem]>,
    /// A problem was chosen: its line and column.
    pub on_jump: Callback<(u32, u32)>,
}

#[component]
pub fn ProblemPanel(props: &ProblemPanelProps) -> Html {
    let t = &props.lang.text().editor();
    let problems = &props.problems;
    html! {
        <section class={classes!("problem-panel", (!problems.is_empty()).then_some("has-problems"))}
            aria-labelledby="editor-problems-heading">
            <h2 id="editor-problems-heading">
                { if problems.is_empty() { t.none.to_string() } else { (t.problems)(problems.len()) } }
            </h2>
            if problems.is_empty() {
                <p class="all-clear">{ t.no_problems }</p>
            } else {
                <p class="hint">{ t.problems_hint }</p>
                <ul>
                    { for problems.iter().map(|p| {
                        let (line, column) = (p.line, p.column);
                        html! {
                            <li>
                                <button type="button" class="problem-jump"
                                    onclick={props.on_jump.reform(move |_| (line, column))}>
                                    <span class="where">{ t.at.fill([&line.to_string(), &column.to_string()]) }</span>
                                    { ": " }
                                    <span>{ with_code(&p.message) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
