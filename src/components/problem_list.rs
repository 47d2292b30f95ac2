//! What is wrong with a quiz that could not be used, and where: `FILE:LINE:COL: message`, one per line.

use yew::prelude::*;

use crate::interop::source::ProblemScreen;

#[derive(Clone, PartialEq)]
pub struct ProblemListProps {
    pub heading: AttrValue,
    /// The file the problems are in (as the author named it).
    pub file: AttrValue,
    /// `(line, column, message)`; a line of 0 means the problem has no position (a network error).
    pub problems: Vec<(u32, u32, String)>,
    pub hint: AttrValue,
}

impl From<ProblemScreen> for ProblemListProps {
    fn from(s: ProblemScreen) -> Self {
        Self { heading: s.heading.into(), file: s.file.into(), problems: s.problems, hint: s.hint.into() }
    }
}

/// A plain function, not a component: the screen holds no state (a component's machinery cost every page
/// that can show it more than its diffing saved).
pub fn problem_list(props: ProblemListProps) -> Html {
    let ProblemListProps { heading, file, problems, hint } = props;
    html! {
        <section class="panel problem-list" role="alert" aria-labelledby="problems-heading">
            <h1 id="problems-heading">{ heading }</h1>
            <ul>
                { for problems.iter().map(|(line, col, message)| html! {
                    <li>
                        <code class="where">{
                            if *line == 0 { format!("{file}:") } else { format!("{file}:{line}:{col}:") }
                        }</code>
                        { " " }
                        <span>{ with_code(message) }</span>
                    </li>
                }) }
            </ul>
            <p class="hint">{ hint }</p>
        </section>
    }
}

/// The checker writes names in backticks (`` `fixx` ``); on the page they become `<code>` elements. The text
/// stays text: a backtick only chooses between a text node and a text node inside `<code>`.
pub fn with_code(message: &str) -> Html {
    message
        .split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 1 {
                html! { <code>{ part }</code> }
            } else {
                html! { { part } }
            }
        })
        .collect()
}
