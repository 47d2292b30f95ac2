//! A practice card's reveal on the projector: the item's question, the right option with its letter, why,
//! where the fact comes from (the duty's list, the source and passage), and the room's votes of every round
//! with the right option marked. All of it quiz text, shown as text.

use yew::prelude::*;

use super::{QuizRef, VoteBars, cite, practice_bar_options, sentence};
use crate::engine::deck::Card;
use crate::engine::presenter::Votes;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct PracticeRevealPanelProps {
    pub quiz: QuizRef,
    /// A practice card (one item).
    pub card: Card,
    /// The rounds voted (none, one or two).
    pub rounds: Vec<Votes>,
    /// Show the votes (the presenter can hide them).
    pub show_votes: bool,
    #[prop_or_default]
    pub lang: Lang,
}

#[component]
pub fn PracticeRevealPanel(props: &PracticeRevealPanelProps) -> Html {
    let PracticeRevealPanelProps { quiz, card, rounds, show_votes, lang } = props;
    let practice = &quiz.practice;
    let Some(item) = practice.item(&card.scenario) else {
        return Html::default();
    };
    let text = lang.text();
    let (t, p) = (text.reveal(), text.class_practice());
    let content: AttrValue = quiz.language.to_string().into();
    let question = &practice.question_of(item).prompt;
    let answer = practice_bar_options(quiz, card, None, Some(&item.answer)).into_iter().find(|o| o.correct);
    let source = match (cite(quiz, item.source), &item.passage) {
        (cited, _) if cited.is_empty() => None,
        (cited, Some(passage)) => Some(format!("{cited}: {passage}")),
        (cited, None) => Some(cited),
    };
    html! {
        <div class="reveal-panel practice-reveal">
            <section class="reveal-part">
                <h2 lang={content.clone()}>{ &**question }</h2>
                if let Some(a) = answer {
                    <p class="answer">
                        <span class="letter">{ a.letter }</span>
                        <span aria-hidden="true">{ "✓ " }</span>
                        <span class="visually-hidden">{ t.right_answer }{ ": " }</span>
                        <strong lang={content.clone()}>{ a.label.clone() }</strong>
                    </p>
                }
                <p class="why" lang={content.clone()}>{ &*item.why }</p>
                if *show_votes && !rounds.is_empty() {
                    <div class="rounds">
                        { for rounds.iter().enumerate().map(|(i, votes)| {
                            let round = (i + 1).to_string();
                            html! {
                                <div class="round" key={i}>
                                    <p class="round-caption">{ t.round.fill([&round]) }</p>
                                    <VoteBars label={t.votes_on.fill([question, &round])}
                                        options={practice_bar_options(quiz, card, Some(votes), Some(&item.answer))}
                                        content_lang={content.clone()} lang={*lang} />
                                </div>
                            }
                        }) }
                    </div>
                }
            </section>
            <p class="chart-row practice-source">
                if let Some(list) = practice.list_of(item) {
                    { sentence(p.from_list, [html! { <span lang={content.clone()}>{ &*list.label }</span> }]) }
                    { " · " }
                }
                if let Some(source) = source {
                    { sentence(p.source, [html! { <cite lang={content.clone()}>{ source }</cite> }]) }
                }
            </p>
        </div>
    }
}
