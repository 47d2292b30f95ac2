//! One row of the chart on its own: the row that decides the scenario in the compact feedback, where the
//! whole chart would not fit a blog's frame. Each cell is labelled with its column's heading, side by side
//! as in the chart where there is room and one under the other on a phone. The row is quiz content, in the
//! quiz's language; the caption is the interface's.

use yew::prelude::*;

use crate::engine::quiz::Quiz;
use crate::i18n::Lang;

/// The row at `row` of `quiz`'s chart under `caption` (what the row is to the reader: "The row of the chart
/// that decides it"), with `below` under it (the button that opens the whole chart). A plain function, not a
/// component: it holds no state.
pub fn chart_row_card(quiz: &Quiz, row: usize, caption: &'static str, below: Html, lang: Lang) -> Html {
    let Some(row) = quiz.chart.rows.get(row) else {
        return Html::default();
    };
    let columns = &quiz.chart.columns;
    let cell = |label: &str, value: &str| {
        html! { <div><dt>{ label.to_string() }</dt><dd>{ value.to_string() }</dd></div> }
    };
    html! {
        <figure class="chart-row-card">
            <figcaption lang={lang.tag()}>{ caption }</figcaption>
            <dl lang={quiz.language.to_string()}>
                { cell(&columns.measure, &row.measure) }
                { cell(&columns.role, &row.role_text) }
                { cell(&columns.accountability, &row.accountability) }
            </dl>
            { below }
        </figure>
    }
}
