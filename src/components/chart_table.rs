//! The chart every answer is explained with: success measure, role, accountability. One row can be marked
//! as the one the current scenario exercises, with words and a marker as well as colour. The chart is quiz
//! content, in the quiz's language; the marker and the source's label are the interface's. A translated
//! chart (the Spanish edition's) offers its original wording too, in a disclosure under it.

use yew::prelude::*;

use super::{cite, sentence};
use crate::engine::quiz::{Columns, Quiz};
use crate::i18n::Lang;

/// The chart of `quiz`, with the row at `highlight` marked. A plain function, not a component: it holds no
/// state, and what a component's props comparison would spare (rebuilding some forty cells when the screen
/// around it renders again) costs less than the component's machinery, which every learner downloads.
pub fn chart_table(quiz: &Quiz, highlight: Option<usize>, lang: Lang) -> Html {
    let chart = &quiz.chart;
    let source = quiz.sources.iter().position(|s| s.id == chart.source).map(|i| cite(quiz, i));
    let (t, ui) = (&lang.text().chart(), lang.tag());
    html! {
        <div class="chart-scroll" tabindex="0" role="region" aria-label={chart.title.to_string()}
            lang={quiz.language.to_string()}>
            <table class="chart">
                <caption>
                    { &*chart.title }
                    if let Some(source) = source {
                        <span class="chart-source" lang={ui}>
                            { sentence(t.source, [html! { <span lang={quiz.language.to_string()}>{ source }</span> }]) }
                        </span>
                    }
                </caption>
                { head(&chart.columns) }
                <tbody>
                    { for chart.rows.iter().enumerate().map(|(i, row)| {
                        let marked = highlight == Some(i);
                        html! {
                            <tr key={row.id.to_string()} class={marked.then_some("is-marked")}
                                aria-current={marked.then_some("true")}>
                                <th scope="row">
                                    if marked { <span class="marker" lang={ui}>{ t.marker }</span> }
                                    { &*row.measure }
                                </th>
                                <td>{ &*row.role_text }</td>
                                <td>{ &*row.accountability }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            if let Some(original) = &chart.original {
                <details class="chart-original-wording" lang={ui}>
                    <summary>{ t.original }</summary>
                    <table class="chart chart-original" lang={original.language.to_string()}>
                        <caption>{ &*original.title }</caption>
                        { head(&original.columns) }
                        <tbody>
                            { for chart.rows.iter().filter_map(|row| row.original.as_ref().map(|o| (row, o))).map(|(row, o)| html! {
                                <tr key={row.id.to_string()}>
                                    <th scope="row">{ &*o.measure }</th>
                                    <td>{ &*o.role }</td>
                                    <td>{ &*o.accountability }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </div>
    }
}

/// A chart's column headings (the chart's, or its original wording's).
fn head(c: &Columns) -> Html {
    html! {
        <thead>
            <tr>
                <th scope="col">{ &*c.measure }</th>
                <th scope="col">{ &*c.role }</th>
                <th scope="col">{ &*c.accountability }</th>
            </tr>
        </thead>
    }
}
