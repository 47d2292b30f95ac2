//! The end of the class: per scenario and round, the votes on each question and the share that was right;
//! the CSV download; the students' link; a new class. A class with practice cards is grouped by kind: a
//! section per kind with the share right over all its votes, and a table of its cards (one question each).

use yew::prelude::*;

use super::StudyLinkPanel;
use crate::engine::practice::Kind;
use crate::engine::presenter::{CardResult, Part, letter};
use crate::engine::summary::Tally;
use crate::i18n::{Lang, Text};

/// One line of the summary table, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryLine {
    pub key: String,
    pub kind: Kind,
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
            kind: r.kind,
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
            // Hands and phones together, like the bars.
            let all = |hands: &[(crate::engine::quiz::Id, u32)]| -> Vec<(crate::engine::quiz::Id, u32)> {
                hands.iter().map(|(id, _)| (id.clone(), votes.count(id))).collect()
            };
            lines.push(line(round + 1, counts(&all(&votes.role)), counts(&all(&votes.team))));
        }
    }
    lines
}

#[derive(Properties, PartialEq)]
pub struct ClassSummaryScreenProps {
    pub lines: Vec<SummaryLine>,
    /// The share right per kind ([`crate::engine::presenter::Presenter::kind_shares`]): with any kind but
    /// scenarios in it, the summary is grouped by kind.
    #[prop_or_default]
    pub kinds: Vec<(Kind, Tally)>,
    pub study_url: AttrValue,
    pub on_download: Callback<()>,
    pub on_new_class: Callback<()>,
    pub on_back: Callback<()>,
    #[prop_or_default]
    pub heading_ref: NodeRef,
    /// The language of the quiz's text (the scenario titles).
    #[prop_or_default]
    pub content_lang: Option<AttrValue>,
    #[prop_or_default]
    pub lang: Lang,
}

/// "60% right (3 of 5 votes)", or a dash when nobody voted.
fn share(text: Text, t: Tally) -> String {
    if t.total == 0 {
        "—".to_string()
    } else {
        let percent = text.common().percent.fill([&t.percent().to_string()]);
        let votes = (text.reveal().votes)(t.total as usize);
        text.class().share.fill([&percent, &t.correct.to_string(), &votes])
    }
}

#[component]
pub fn ClassSummaryScreen(props: &ClassSummaryScreenProps) -> Html {
    let ClassSummaryScreenProps {
        lines,
        kinds,
        study_url,
        on_download,
        on_new_class,
        on_back,
        heading_ref,
        content_lang,
        lang,
    } = props;
    let text = lang.text();
    let t = &text.class();
    let p = text.class_practice();
    let title = |l: &SummaryLine| {
        html! { <th scope="row">{ format!("{}. ", l.number) }<span lang={content_lang.clone()}>{ l.title.clone() }</span></th> }
    };
    let round = |l: &SummaryLine| if l.round == 0 { t.no_vote.to_string() } else { l.round.to_string() };
    let scenarios = |label: &str| {
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={label.to_string()}>
                <table class="class-table">
                    <thead>
                        <tr>
                            <th scope="col">{ t.scenario }</th>
                            <th scope="col">{ t.round }</th>
                            <th scope="col">{ t.role_votes }</th>
                            <th scope="col">{ text.common().role }</th>
                            <th scope="col">{ t.team_votes }</th>
                            <th scope="col">{ text.common().team }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for lines.iter().filter(|l| l.kind == Kind::Scenario).map(|l| html! {
                            <tr key={l.key.clone()}>
                                { title(l) }
                                <td>{ round(l) }</td>
                                <td>{ l.role_votes.clone() }</td>
                                <td>{ share(text, l.role) }</td>
                                <td>{ l.team_votes.clone() }</td>
                                <td>{ share(text, l.team) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    let practice = |kind: Kind, label: &str| {
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={label.to_string()}>
                <table class="class-table">
                    <thead>
                        <tr>
                            <th scope="col">{ p.card }</th>
                            <th scope="col">{ t.round }</th>
                            <th scope="col">{ p.votes }</th>
                            <th scope="col">{ p.right }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for lines.iter().filter(|l| l.kind == kind).map(|l| html! {
                            <tr key={l.key.clone()}>
                                { title(l) }
                                <td>{ round(l) }</td>
                                <td>{ l.role_votes.clone() }</td>
                                <td>{ share(text, l.role) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    };
    let grouped = kinds.iter().any(|(k, _)| *k != Kind::Scenario);
    html! {
        <section class="panel class-summary" aria-labelledby="class-summary-heading">
            <h1 id="class-summary-heading" tabindex="-1" ref={heading_ref.clone()}>{ t.heading }</h1>
            if grouped {
                { for kinds.iter().map(|&(kind, tally)| {
                    let name = super::kind_name(*lang, kind);
                    // Not a landmark of its own: the table's scrolling region inside carries the kind's name.
                    html! {
                        <div key={kind.tag()} class="class-kind">
                            <h2>{ name }</h2>
                            <p class="kind-share">{ p.kind_share.fill([&share(text, tally)]) }</p>
                            { if kind == Kind::Scenario { scenarios(name) } else { practice(kind, name) } }
                        </div>
                    }
                }) }
            } else {
                { scenarios(t.table) }
            }
            <div class="actions">
                <button type="button" class="primary" onclick={on_download.reform(|_| ())}>{ t.download }</button>
                <button type="button" class="secondary" onclick={on_back.reform(|_| ())}>{ t.back }</button>
                <button type="button" class="secondary" onclick={on_new_class.reform(|_| ())}>{ t.new_class }</button>
            </div>
            <StudyLinkPanel url={study_url.clone()} lang={*lang} />
        </section>
    }
}
