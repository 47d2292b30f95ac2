//! One scenario on the projector: its story and lettered options while the room votes (the question being
//! counted outlined, its bars editable), or the reveal with every round's votes.

use yew::prelude::*;

use super::state::{PresenterMsg, PresenterState};
use crate::app::use_lang;
use crate::components::{CountdownMeter, QuizRef, RevealPanel, VoteBars, bar_options};
use crate::engine::presenter::{Part, PresenterAction as A, Round, Stage};
use crate::engine::quiz::Id;

#[derive(Properties, PartialEq)]
pub struct SlideViewProps {
    pub state: UseReducerHandle<PresenterState>,
    /// Now, for the countdown (ms since the Unix epoch).
    pub now: u64,
    pub heading: NodeRef,
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
    let (Some(card), (number, total)) = (class.card(), class.position()) else { return Html::default() };
    let Some(scenario) = quiz.scenario(&card.scenario) else { return Html::default() };
    let main = if stage == Stage::Reveal {
        html! {
            <RevealPanel quiz={quiz.clone()} card={card.clone()} rounds={class.current_rounds().to_vec()}
                show_votes={class.chart_shown()} {lang} />
        }
    } else {
        let counting = class.counting();
        let question = |part: Part| {
            let (asked, key) = match part {
                Part::Role => (&quiz.questions.role, "1"),
                Part::Team => (&quiz.questions.team, "2"),
            };
            let active = counting.is_some_and(|(_, p)| p == part);
            let votes = counting.and_then(|(round, _)| class.current_rounds().get(round.index()));
            let on_votes = {
                let state = state.clone();
                Callback::from(move |(id, n): (Id, u32)| {
                    state.dispatch(PresenterMsg::Act(A::SetVotes(id, n)))
                })
            };
            let focus = {
                let state = state.clone();
                Callback::from(move |_: MouseEvent| state.dispatch(PresenterMsg::Act(A::Focus(part))))
            };
            let p = text.presenter();
            html! {
                <section class={classes!("question", active.then_some("is-counting"))}>
                    <h2>
                        <span lang={content.clone()}>{ &**asked }</span>
                        if active { <span class="counting-tag">{ p.counting }</span> }
                    </h2>
                    <VoteBars label={p.options_for.fill([asked])}
                        options={bar_options(&quiz, class.lettered(part), votes, None)}
                        show_votes={counting.is_some() && class.chart_shown()} editable={active} {on_votes}
                        content_lang={content.clone()} {lang} />
                    if counting.is_some() && !active {
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
        html! { <div class="questions">{ question(Part::Role) }{ question(Part::Team) }</div> }
    };
    let position = text.common().scenario_of.fill([&number.to_string(), &total.to_string()]);
    let eyebrow = match stage {
        Stage::Vote { round: Round::First, .. } if class.current_rounds().len() == 2 => {
            format!("{position} · {}", text.presenter().round.fill(["1"]))
        }
        Stage::Vote { round: Round::Second, .. } => format!("{position} · {}", text.presenter().second_round),
        _ => position,
    };
    html! {
        <article class="slide" aria-labelledby="slide-heading">
            <header class="slide-head">
                <p class="eyebrow">{ eyebrow }</p>
                if let Some(ms) = class.remaining(props.now) {
                    <CountdownMeter remaining_ms={ms} {lang} />
                }
                <h1 id="slide-heading" tabindex="-1" ref={props.heading.clone()} lang={content.clone()}>{ &*scenario.title }</h1>
            </header>
            if stage != Stage::Reveal {
                <p class="story" lang={content.clone()}>{ &*scenario.story }</p>
            }
            { main }
        </article>
    }
}
