//! The end of the class: per scenario and round, the votes on each question and the share that was right;
//! the CSV download; the students' link; a new class.

use yew::prelude::*;

use super::{StudyLinkPanel, votes_text};
use crate::engine::presenter::{CardResult, Part, letter};
use crate::engine::summary::Tally;

/// One line of the summary table, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryLine {
    pub key: String,
    pub number: usize,
    pub title: AttrValue,
    /// 1 or 2; 0 when the scenario was revealed without a vote.
    pub round: usize,
    /// "A 3 · B 1" per question.
    pub role_votes: AttrValue,
    pub team_votes: AttrValue,
    pub role: Tally,
    pub team: Tally,
}

/// The summary's lines from the engine's results: one per round voted, or one saying no vote was taken.
pub fn summary_lines(results: &[CardResult<'_>]) -> Vec<SummaryLine> {
    let mut lines = vec![];
    for (i, r) in results.iter().enumerate() {
        let counts = |votes: &[(crate::engine::quiz::Id, u32)]| -> AttrValue {
            votes
                .iter()
                .enumerate()
                .map(|(j, (_, n))| format!("{} {n}", letter(j)))
                .collect::<Vec<_>>()
                .join(" · ")
                .into()
        };
        let line = |round: usize, role_votes: AttrValue, team_votes: AttrValue| SummaryLine {
            key: format!("{i}-{round}"),
            number: i + 1,
            title: r.title.to_string().into(),
            round,
            role_votes,
            team_votes,
            role: if round > 0 { r.tally(round - 1, Part::Role) } else { Tally::default() },
            team: if round > 0 { r.tally(round - 1, Part::Team) } else { Tally::default() },
        };
        if r.rounds.is_empty() {
            lines.push(line(0, "—".into(), "—".into()));
        }
        for (round, votes) in r.rounds.iter().enumerate() {
            lines.push(line(round + 1, counts(&votes.role), counts(&votes.team)));
        }
    }
    lines
}

#[derive(Properties, PartialEq)]
pub struct ClassSummaryScreenProps {
    pub lines: Vec<SummaryLine>,
    pub study_url: AttrValue,
    pub on_download: Callback<()>,
    pub on_new_class: Callback<()>,
    pub on_back: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
}

fn share(t: Tally) -> String {
    if t.total == 0 {
        "—".to_string()
    } else {
        format!("{}% right ({} of {})", t.percent(), t.correct, votes_text(t.total))
    }
}

#[component]
pub fn ClassSummaryScreen(props: &ClassSummaryScreenProps) -> Html {
    let ClassSummaryScreenProps { lines, study_url, on_download, on_new_class, on_back, heading_ref } = props;
    html! {
        <section class="panel class-summary" aria-labelledby="class-summary-heading">
            <h1 id="class-summary-heading" tabindex="-1" ref={heading_ref.clone()}>{ "Class summary" }</h1>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Votes per scenario and round">
                <table class="class-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Scenario" }</th>
                            <th scope="col">{ "Round" }</th>
                            <th scope="col">{ "Role votes" }</th>
                            <th scope="col">{ "Role" }</th>
                            <th scope="col">{ "Team votes" }</th>
                            <th scope="col">{ "Team" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for lines.iter().map(|l| html! {
                            <tr key={l.key.clone()}>
                                <th scope="row">{ format!("{}. {}", l.number, l.title) }</th>
                                <td>{ if l.round == 0 { "no vote".to_string() } else { l.round.to_string() } }</td>
                                <td>{ l.role_votes.clone() }</td>
                                <td>{ share(l.role) }</td>
                                <td>{ l.team_votes.clone() }</td>
                                <td>{ share(l.team) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={on_download.reform(|_| ())}>{ "Download CSV" }</button>
                <button type="button" class="secondary" onclick={on_back.reform(|_| ())}>{ "Back to the last answer" }</button>
                <button type="button" class="secondary" onclick={on_new_class.reform(|_| ())}>{ "New class" }</button>
            </div>
            <StudyLinkPanel url={study_url.clone()} />
        </section>
    }
}
