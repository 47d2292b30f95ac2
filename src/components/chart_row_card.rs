//! One row of the chart on its own: the row that decides the scenario in the compact feedback, where the
//! whole chart would not fit a blog's frame. Each cell is labelled with its column's heading, side by side
//! as in the chart where there is room and one under the other on a phone. The row is quiz content, in the
//! quiz's language; the caption is the interface's.

use yew::prelude::*;

use super::QuizRef;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct ChartRowCardProps {
    pub quiz: QuizRef,
    /// Index of the row to show.
    pub row: usize,
    /// What the row is to the reader ("The row of the chart that decides it").
    pub caption: AttrValue,
    /// Under the row (the button that opens the whole chart).
    #[prop_or_default]
    pub children: Html,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn ChartRowCard(props: &ChartRowCardProps) -> Html {
    let ChartRowCardProps { quiz, row, caption, children, lang } = props;
    let Some(row) = quiz.chart.rows.get(*row) else {
        return Html::default();
    };
    let columns = &quiz.chart.columns;
    let cell = |label: &str, value: &str| {
        html! { <div><dt>{ label.to_string() }</dt><dd>{ value.to_string() }</dd></div> }
    };
    html! {
        <figure class="chart-row-card">
            <figcaption lang={lang.tag()}>{ caption.clone() }</figcaption>
            <dl lang={quiz.language.to_string()}>
                { cell(&columns.measure, &row.measure) }
                { cell(&columns.role, &row.role_text) }
                { cell(&columns.accountability, &row.accountability) }
            </dl>
            { children.clone() }
        </figure>
    }
}
