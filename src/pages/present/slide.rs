//! One card on the projector: a scenario's story and lettered options while the room votes (the question
//! being counted outlined, its bars editable), or the reveal with every round's votes; a practice card the
//! same way with its one item (the duty, exchange, moment or description) and its one question.

use yew::prelude::*;

use super::state::{PresenterMsg, PresenterState};
use crate::app::use_lang;
use crate::components::{
    BarOption, CountdownMeter, PracticeRevealPanel, QuizRef, RevealPanel, VoteBars, bar_options,
    practice_bar_options,
};
use crate::engine::practice::Kind;
use crate::engine::presenter::{Part, Presenter, PresenterAction as A, Round, Stage};
use crate::engine::quiz::Id;
use crate::i18n::Text;

#[derive(Properties, PartialEq)]
pub struct SlideViewProps {
    pub state: UseReducerHandle<PresenterState>,
    /// Now, for the countdown (ms since the Unix epoch).
    pub now: u64,
    pub heading: NodeRef,
}

/// "Scenario 2 of 5" in a scenario class; "Card 2 of 5 · Spot the trait" once practice kinds are in it.
pub fn position_words(text: Text, class: &Presenter) -> String {
    let (number, total) = class.position();
    let (number, total) = (number.to_string(), total.to_string());
    if class.kinds() == [Kind::Scenario] {
        return text.common().scenario_of.fill([&number, &total]);
    }
    let p = text.class_practice();
    let position = p.card_of.fill([&number, &total]);
    match class.card() {
        Some(card) => format!("{position} · {}", text.drill().kinds[card.kind().index()]),
        None => position,
    }
}

#[component]
pub fn SlideView(props: &SlideViewProps) -> Html {
    let lang = use_lang();
    let text = lang.text();
    let state = &props.state;
    let class = &state.class;
    let quiz = QuizRef(class.quiz().clone());
    let content: AttrValue = quiz.language.to_string().into();
    let stage = class.stage();
    let Some(card) = class.card() else { return Html::default() };
    let item = card.practice.as_ref().and_then(|_| quiz.practice.item(&card.scenario));
    let scenario = quiz.scenario(&card.scenario);
    let (title, story) = match (item, scenario) {
        (Some(item), _) => (item.text.clone(), None),
        (None, Some(s)) => (s.title.clone(), Some(s.story.clone())),
        (None, None) => return Html::default(),
    };
    let counting = class.counting();
    let votes = counting.and_then(|(round, _)| class.current_rounds().get(round.index()));
    let question = |part: Part, asked: &str, options: Vec<BarOption>, key: Option<&'static str>| {
        let active = counting.is_some_and(|(_, p)| p == part);
        let on_votes = {
            let state = state.clone();
            Callback::from(move |(id, n): (Id, u32)| state.dispatch(PresenterMsg::Act(A::SetVotes(id, n))))
        };
        let focus = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(PresenterMsg::Act(A::Focus(part))))
        };
        let p = text.presenter();
        html! {
            <section class={classes!("question", active.then_some("is-counting"))}>
                <h2>
                    <span lang={content.clone()}>{ asked.to_string() }</span>
                    if active { <span class="counting-tag">{ p.counting }</span> }
                </h2>
                <VoteBars label={p.options_for.fill([asked])} {options}
                    show_votes={counting.is_some() && class.chart_shown()} editable={active} {on_votes}
                    content_lang={content.clone()} {lang} />
                if let (Some(key), true) = (key, counting.is_some() && !active) {
                    <button type="button" class="secondary count-this" aria-keyshortcuts={key} onclick={focus}>
                        { p.count_this }<kbd aria-hidden="true">{ key }</kbd>
                    </button>
                }
                if counting.is_some() && !class.chart_shown() {
                    <p class="hidden-note">{ p.votes_hidden }</p>
                }
            </section>
        }
    };
    let main = match (stage, item) {
        (Stage::Reveal, Some(_)) => html! {
            <PracticeRevealPanel quiz={quiz.clone()} card={card.clone()} rounds={class.current_rounds().to_vec()}
                show_votes={class.chart_shown()} {lang} />
        },
        (Stage::Reveal, None) => html! {
            <RevealPanel quiz={quiz.clone()} card={card.clone()} rounds={class.current_rounds().to_vec()}
                show_votes={class.chart_shown()} {lang} />
        },
        (_, Some(item)) => {
            let asked = &quiz.practice.question_of(item).prompt;
            html! {
                <div class="questions single">
                    { question(Part::Role, asked, practice_bar_options(&quiz, card, votes, None), None) }
                </div>
            }
        }
        (_, None) => html! {
            <div class="questions">
                { question(Part::Role, &quiz.questions.role, bar_options(&quiz, class.lettered(Part::Role), votes, None), Some("1")) }
                { question(Part::Team, &quiz.questions.team, bar_options(&quiz, class.lettered(Part::Team), votes, None), Some("2")) }
            </div>
        },
    };
    let position = position_words(text, class);
    let eyebrow = match stage {
        Stage::Vote { round: Round::First, .. } if class.current_rounds().len() == 2 => {
            format!("{position} · {}", text.presenter().round.fill(["1"]))
        }
        Stage::Vote { round: Round::Second, .. } => format!("{position} · {}", text.presenter().second_round),
        _ => position,
    };
    html! {
        <article class={classes!("slide", item.is_some().then_some("practice-slide"))} aria-labelledby="slide-heading">
            <header class="slide-head">
                <p class="eyebrow">{ eyebrow }</p>
                if let Some(ms) = class.remaining(props.now) {
                    <CountdownMeter remaining_ms={ms} {lang} />
                }
                <h1 id="slide-heading" tabindex="-1" ref={props.heading.clone()} lang={content.clone()}>{ &*title }</h1>
            </header>
            if item.is_some_and(|i| i.hard) {
                <p class="hard-case">{ text.class_practice().hard }</p>
            }
            if let (Some(story), false) = (story, stage == Stage::Reveal) {
                <p class="story" lang={content.clone()}>{ &*story }</p>
            }
            { main }
        </article>
    }
}
