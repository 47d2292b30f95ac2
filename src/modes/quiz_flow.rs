//! The quiz flow self-study and embed mode share: start screen → scenario card → feedback → … → results →
//! try again; and the whole chart. Self-study shows it with the app's chrome, embed mode compact; each mode
//! adds its own concerns around it (the embed dialog; height and results messages). Compact, the whole chart
//! is a dialog over the screen instead of a screen of its own, so a blog's frame never has to grow for it.
//!
//! Focus follows the learner: when a new card, a verdict or the results appear, focus moves to their
//! heading, and a polite live region announces the verdict, so keyboard and screen-reader users always know
//! where they are. Focus is left alone on the first render (a page should not jump on load).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::{use_lang, use_launch_options, use_session};
use crate::components::{
    ChartTable, ChoiceOption, FeedbackPanel, KeyHelpDialog, ProgressMeter, QuizRef, ResultsScreen,
    ScenarioCard, ScrollDialog, StartScreen, feedback_verdict, offered_lengths,
};
use crate::engine::progress::{ImportError, Record};
use crate::engine::quiz::{Choice, Id};
use crate::engine::session::{Action, Deal, Feedback, Phase, Session, grade};
use crate::engine::summary::summarize;
use crate::platform::keyboard::{self, StudyKey};
use crate::platform::launch::LaunchOptions;
use crate::platform::{clock, download, file};

/// Session lengths offered on the start screen (those above the quiz's size are dropped; "all" is added).
const LENGTHS: [usize; 3] = [5, 10, 20];
const DEFAULT_LENGTH: usize = 10;

#[derive(Clone, Copy, PartialEq)]
enum View {
    Quiz,
    Chart,
}

#[derive(Properties, PartialEq)]
pub struct QuizFlowProps {
    /// The embed layout: no presenting, no progress across visits, no shortcuts link, and what is long by
    /// nature (the whole chart, every answer) in dialogs, so that every screen fits the 200–1000 px a blog's
    /// frame allows.
    #[prop_or_default]
    pub compact: bool,
    /// When set, the start and results screens offer "Embed this quiz"; it gets the session length shown.
    #[prop_or_default]
    pub on_embed: Option<Callback<usize>>,
    /// Switch to presenting this quiz to a class.
    #[prop_or_default]
    pub on_present: Callback<()>,
    /// The page-wide shortcuts (number keys, Enter, `?`). Off where the quiz shares its page with other
    /// work (the editor's preview), so a key pressed elsewhere never answers in it.
    #[prop_or(true)]
    pub shortcuts: bool,
}

#[component]
pub fn QuizFlow(props: &QuizFlowProps) -> Html {
    let session = use_session();
    let options = use_launch_options();
    let lang = use_lang();
    let text = lang.text();
    let view = use_state(|| View::Quiz);
    let quiz = QuizRef(session.0.quiz().clone());
    // The quiz's text keeps the language it was written in, whatever the interface's.
    let content: AttrValue = quiz.language.to_string().into();
    let available = quiz.scenarios.len();
    // The offered lengths, with the URL's `count` among them so that it shows as chosen.
    let lengths = use_memo((available, options.count), |&(available, count)| {
        offered_lengths(&LENGTHS, count, available)
    });
    let length = use_state(|| options.count.unwrap_or(DEFAULT_LENGTH).min(available));
    let feedback = use_state(|| options.feedback);
    let heading = use_node_ref();
    let help = use_state(|| false);
    // What came of the last progress import (shown on the start screen).
    let transfer = use_state(|| None::<String>);

    // Keyboard: number keys choose, Enter submits and goes on, `?` lists the keys. Re-registered when the
    // session changes, so the handler always acts on the state on screen.
    {
        let (session, help, options) = (session.clone(), help.clone(), options.clone());
        let (length, chart, feedback) = (*length, *view == View::Chart, *feedback);
        let shortcuts = props.shortcuts;
        use_effect_with((session.clone(), *help, chart, length, feedback), move |_| {
            let listener = shortcuts.then(|| {
                keyboard::listen(move |key| {
                    if *help {
                        return; // the dialog has the keyboard
                    }
                    if key == StudyKey::Help {
                        help.set(true);
                    } else if !chart
                        && let Some(action) = key_action(&session.0, key, &options, length, feedback)
                    {
                        session.dispatch(action);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // The chart on a screen of its own (compact, it is a dialog over the screen, which manages focus itself).
    let chart_screen = *view == View::Chart && !props.compact;
    // Move focus to the new screen's heading whenever the screen changes (not on the first render).
    let screen_key =
        (format!("{:?}", std::mem::discriminant(session.0.phase())), session.0.position(), chart_screen);
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(screen_key, move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }

    let dispatch = |make: fn(Id) -> Action| {
        let session = session.clone();
        Callback::from(move |id: Id| session.dispatch(make(id)))
    };
    let act = |action: Rc<dyn Fn() -> Action>| {
        let session = session.clone();
        Callback::from(move |()| session.dispatch(action()))
    };
    let show = |v: View| {
        let view = view.clone();
        Callback::from(move |()| view.set(v))
    };

    if chart_screen {
        return html! {
            <section class="panel chart-screen" aria-labelledby="chart-heading">
                <h1 id="chart-heading" tabindex="-1" ref={heading}>{ text.chart.heading }</h1>
                <p class="lead">{ text.chart.lead }</p>
                <ChartTable quiz={quiz.clone()} {lang} />
                <div class="actions">
                    <button type="button" class="primary" onclick={show(View::Quiz).reform(|_| ())}>{ text.chart.back }</button>
                </div>
            </section>
        };
    }

    let state = &session.0;
    let announcement = match (state.phase(), state.current_answer().and_then(|a| grade(&quiz, a))) {
        (Phase::Feedback, _) if !state.feedback().scored() => text.feedback.shown_below.to_string(),
        (Phase::Feedback, Some(g)) => {
            let points = text.feedback.points.fill([&g.points().to_string()]);
            format!("{}. {points}.", feedback_verdict(text, g.role, g.team))
        }
        (Phase::Finished, _) if !state.feedback().scored() => text.results.finished_unscored.to_string(),
        (Phase::Finished, _) => {
            let percent = summarize(&quiz, state.answers()).points().percent().to_string();
            text.results.finished.fill([&text.common.percent.fill([&percent])])
        }
        // Under the test policy a submit moves straight on: say so, or the new card comes unannounced.
        (Phase::Asking { role: None, team: None }, _)
            if state.deal().feedback == Feedback::Test && !state.answers().is_empty() =>
        {
            let (n, total) = state.position();
            text.feedback.saved.fill([&n.to_string(), &total.to_string()])
        }
        _ => String::new(),
    };
    let (number, total) = state.position();
    let body = match state.phase() {
        Phase::Ready => {
            let history = state.history();
            let missed = history.missed(&quiz);
            // Mastery bars only once there is something to show.
            let mastery: Vec<(AttrValue, u32)> = if history.items.is_empty() {
                Vec::new()
            } else {
                quiz.chart
                    .rows
                    .iter()
                    .zip(history.mastery(&quiz))
                    .map(|(r, m)| (r.measure.to_string().into(), m))
                    .collect()
            };
            let (count, policy) = (*length, *feedback);
            html! {
                <StartScreen title={quiz.title.to_string()} description={quiz.description.to_string()}
                    available={available} lengths={(*lengths).clone()} length={*length}
                    on_length={{ let length = length.clone(); Callback::from(move |n| length.set(n)) }}
                    feedback={policy}
                    on_feedback={{ let feedback = feedback.clone(); Callback::from(move |f| feedback.set(f)) }}
                    on_start={{
                        let options = options.clone();
                        act(Rc::new(move || Action::Start(start_deal(&options, count, policy))))
                    }}
                    missed={missed.len()}
                    on_review={act(Rc::new(move || Action::Start(Deal {
                        seed: clock::random_seed(),
                        only: missed.clone(),
                        review: true,
                        at: clock::now(),
                        // Review is practice, or self-check for a learner who chose it: never a test.
                        feedback: if policy == Feedback::SelfCheck { policy } else { Feedback::Practice },
                        ..Deal::default()
                    })))}
                    mastery={mastery}
                    on_reset={act(Rc::new(|| Action::ResetProgress))}
                    on_export={{
                        let session = session.clone();
                        Callback::from(move |()| {
                            let s = &session.0;
                            let record = Record { quiz: s.quiz().id.to_string(), session: s.saved(), history: s.history().clone() };
                            let name = format!("rolecall-progress-{}.txt", s.quiz().id);
                            let _ = download::save(&name, "text/plain;charset=utf-8", &record.encode());
                        })
                    }}
                    on_import={{
                        let (session, transfer) = (session.clone(), transfer.clone());
                        Callback::from(move |picked: web_sys::File| {
                            let (session, transfer) = (session.clone(), transfer.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                let text = file::read_text(picked, 256.0 * 1024.0).await;
                                let quiz = session.0.quiz().clone();
                                let t = &lang.text().progress;
                                let imported = text.map_err(|e| e.words(t).to_string()).and_then(|text| {
                                    Record::import(&text, &quiz).map_err(|e| match e {
                                        ImportError::Unreadable => t.not_progress.to_string(),
                                        ImportError::OtherQuiz(id) => t.other_quiz.fill([&id]),
                                    })
                                });
                                match imported {
                                    Ok(record) => {
                                        let n = record.history.items.len();
                                        session.dispatch(Action::Import(Box::new(record)));
                                        transfer.set(Some((t.loaded)(n)));
                                    }
                                    Err(message) => transfer.set(Some(message)),
                                }
                            });
                        })
                    }}
                    transfer_message={(*transfer).clone().map(AttrValue::from)}
                    on_chart={show(View::Chart)} on_present={props.on_present.clone()} heading_ref={heading.clone()}
                    compact={props.compact} on_embed={props.on_embed.as_ref().map(|cb| cb.reform(move |()| count))}
                    content_lang={content.clone()} {lang} />
            }
        }
        Phase::Asking { role, team } => {
            let Some(card) = state.current() else {
                return Html::default();
            };
            let Some(scenario) = quiz.scenario(&card.scenario) else {
                return Html::default();
            };
            let options_of = |ids: &[Id], list: &[Choice]| -> Vec<ChoiceOption> {
                ids.iter()
                    .filter_map(|id| list.iter().find(|c| c.id == *id))
                    .map(|c| ChoiceOption { id: c.id.clone(), label: c.label.to_string().into() })
                    .collect()
            };
            let channel = scenario
                .channel
                .as_ref()
                .and_then(|c| quiz.channel(c))
                .map(|c| AttrValue::from(c.label.to_string()));
            html! {
                <>
                    <ProgressMeter done={number - 1} total={total} {lang} />
                    <ScenarioCard key={card.scenario.to_string()} number={number} total={total}
                        title={scenario.title.to_string()} story={scenario.story.to_string()} channel={channel}
                        role_question={quiz.questions.role.to_string()} team_question={quiz.questions.team.to_string()}
                        roles={options_of(&card.roles, &quiz.roles)} teams={options_of(&card.teams, &quiz.teams)}
                        role={role.clone()} team={team.clone()}
                        on_role={dispatch(Action::ChooseRole)} on_team={dispatch(Action::ChooseTeam)}
                        on_submit={act(Rc::new(|| Action::Submit { now: clock::now() }))}
                        heading_ref={heading.clone()} content_lang={content.clone()} {lang} />
                </>
            }
        }
        Phase::Feedback => {
            let Some(answer) = state.current_answer() else {
                return Html::default();
            };
            html! {
                <>
                    <ProgressMeter done={number} total={total} {lang} />
                    <FeedbackPanel quiz={quiz.clone()} answer={answer.clone()} is_last={state.is_last()}
                        compact={props.compact} scored={state.feedback().scored()} {lang}
                        on_next={act(Rc::new(|| Action::Next))} heading_ref={heading.clone()} />
                </>
            }
        }
        Phase::Finished => html! {
            <ResultsScreen quiz={quiz.clone()} summary={summarize(&quiz, state.answers())}
                answers={state.answers().to_vec()} scored={state.feedback().scored()} {lang}
                on_retry={act(Rc::new(|| Action::Retry { seed: clock::random_seed() }))}
                on_restart={act(Rc::new(|| Action::Restart))}
                on_chart={show(View::Chart)} heading_ref={heading.clone()} compact={props.compact}
                on_embed={props.on_embed.as_ref().map(|cb| cb.reform(move |()| total))} />
        },
    };
    let roles = quiz.roles.len();
    let k = &text.keys;
    let keys: Vec<(AttrValue, AttrValue)> = vec![
        (format!("1–{roles}").into(), k.choose_role.into()),
        (format!("{}–{}", roles + 1, roles + quiz.teams.len()).into(), k.choose_team.into()),
        (k.enter.into(), k.check.into()),
        ("↑ ↓".into(), k.arrows.into()),
        ("?".into(), k.show_list.into()),
    ];
    html! {
        <>
            <p class="visually-hidden" role="status" aria-live="polite">{ announcement }</p>
            // Past the start screen the quiz's title stays on top as the page's one level-1 heading.
            if !matches!(state.phase(), Phase::Ready) {
                <h1 class="quiz-title" lang={content.clone()}>{ &*quiz.title }</h1>
            }
            { body }
            if props.compact {
                <ScrollDialog open={*view == View::Chart} on_close={show(View::Quiz)} heading={html! { text.chart.heading }}
                    heading_id="chart-dialog-heading" {lang}>
                    <p class="lead">{ text.chart.lead }</p>
                    <ChartTable quiz={quiz.clone()} {lang} />
                </ScrollDialog>
            }
            <KeyHelpDialog open={*help} heading={text.keys.heading} keys={keys} {lang} on_close={{ let help = help.clone(); Callback::from(move |()| help.set(false)) }} />
            // The keys work in an embed too (`?` lists them); only the link is app chrome.
            if !props.compact {
                <p class="shortcuts">
                    <button type="button" class="link" onclick={{ let help = help.clone(); move |_| help.set(true) }}>
                        { k.heading }<kbd aria-hidden="true">{ "?" }</kbd>
                    </button>
                </p>
            }
        </>
    }
}

/// The deal the start screen makes: `count` scenarios, the URL's seed and rows, due ones first.
fn start_deal(options: &LaunchOptions, count: usize, feedback: Feedback) -> Deal {
    Deal {
        seed: options.seed.unwrap_or_else(clock::random_seed),
        count: Some(count),
        rows: options.rows.iter().map(|r| r.as_str().into()).collect(),
        at: clock::now(),
        feedback,
        ..Deal::default()
    }
}

/// What a key means on the screen on show: number keys choose (roles first, then teams), Enter starts,
/// submits a complete answer, or goes on from feedback.
fn key_action(
    state: &Session,
    key: StudyKey,
    options: &LaunchOptions,
    length: usize,
    feedback: Feedback,
) -> Option<Action> {
    match (key, state.phase()) {
        (StudyKey::Choose(n), Phase::Asking { .. }) => {
            let card = state.current()?;
            let n = n.checked_sub(1)?;
            match card.roles.get(n) {
                Some(role) => Some(Action::ChooseRole(role.clone())),
                None => card.teams.get(n - card.roles.len()).cloned().map(Action::ChooseTeam),
            }
        }
        (StudyKey::Enter, Phase::Asking { role: Some(_), team: Some(_) }) => {
            Some(Action::Submit { now: clock::now() })
        }
        (StudyKey::Enter, Phase::Feedback) => Some(Action::Next),
        (StudyKey::Enter, Phase::Ready) => Some(Action::Start(start_deal(options, length, feedback))),
        _ => None,
    }
}
