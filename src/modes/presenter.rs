//! Presenter mode: one scenario at a time on a projector, driven from the keyboard (or the toolbar's buttons).
//!
//! The class lives in its own reducer ([`crate::app::PresenterState`]); this container wires it to the page:
//! the window's keys, fullscreen, the countdown's ticking, the CSV download, and saving the class after every
//! step so a reload (or a laptop that slept) lands in the same place. Focus moves to each new screen's heading
//! and a polite live region says where the class is.

use yew::prelude::*;

use crate::app::{PresenterMsg, PresenterState, use_lang, use_launch_options, use_session};
use crate::components::{
    ClassSummaryScreen, CountdownMeter, KeyHelpDialog, LobbyScreen, PresenterToolbar, QuizRef, RevealPanel,
    ToolButton, VoteBars, bar_options, offered_lengths, summary_lines,
};
use crate::engine::presenter::{Part, Presenter, PresenterAction as A, Round, Stage};
use crate::engine::quiz::Id;
use crate::engine::session::Deal;
use crate::i18n::{Lang, Text};
use crate::platform::keys::{self, Key};
use crate::platform::storage::{self, Store};
use crate::platform::{clock, download, fullscreen, launch};

/// Class lengths offered in the lobby (those above the quiz's size are dropped; "all" is added).
const LENGTHS: [usize; 4] = [3, 5, 10, 20];
const DEFAULT_LENGTH: usize = 5;

#[derive(Properties, PartialEq)]
pub struct PresenterModeProps {
    /// Back to self-study.
    #[prop_or_default]
    pub on_exit: Callback<()>,
}

#[component]
pub fn PresenterMode(props: &PresenterModeProps) -> Html {
    let session = use_session();
    let options = use_launch_options();
    let lang = use_lang();
    let text = lang.text();
    let quiz = QuizRef(session.0.quiz().clone());
    let content: AttrValue = quiz.language.to_string().into();
    let store = use_memo((), |_| Store::open());
    let record_key = storage::key("presenter", &quiz.id);

    let state = {
        let (quiz, options, store, record_key) =
            (quiz.0.clone(), options.clone(), store.clone(), record_key.clone());
        use_reducer(move || {
            let count = options.count.unwrap_or(DEFAULT_LENGTH).min(quiz.scenarios.len());
            let rows = options.rows.iter().map(|r| r.as_str().into()).collect();
            let deal = Deal {
                seed: options.seed.unwrap_or_else(clock::random_seed),
                count: Some(count),
                rows,
                ..Deal::default()
            };
            let fresh = Presenter::new(quiz.clone(), deal);
            let class = match store.get(&record_key).map(|text| Presenter::from_record(quiz, &text)) {
                Some(Ok(saved)) => saved,
                Some(Err(_)) => {
                    // Keep what could not be read for a person to look at; start afresh.
                    if let Some(text) = store.get(&record_key) {
                        let _ = store.set(&storage::set_aside_key(&record_key, clock::now()), &text);
                    }
                    fresh
                }
                None if options.start => fresh.step(A::Next).unwrap_or(fresh),
                None => fresh,
            };
            PresenterState { class, help: false }
        })
    };
    let class = &state.class;

    // Save after every step; the lobby has nothing worth keeping.
    {
        let (store, record_key) = (store.clone(), record_key.clone());
        let lobby = class.stage() == Stage::Lobby;
        use_effect_with((class.record(), lobby), move |(record, lobby)| {
            if *lobby {
                store.remove(&record_key);
            } else {
                let _ = store.set(&record_key, record);
            }
        });
    }

    // The window's keys, for as long as the presenter is on the page.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = keys::listen(move |key| match key {
                Key::Fullscreen => {
                    let _ = fullscreen::toggle();
                }
                key => state.dispatch(PresenterMsg::Key(key, clock::now())),
            });
            move || drop(listener)
        });
    }

    // The countdown's display ticks while it runs; the engine only keeps the deadline.
    let now = use_state(clock::now);
    let deadline = class.timer().deadline;
    let running = deadline.is_some_and(|d| d > *now);
    {
        let now = now.clone();
        use_effect_with((deadline, running), move |&(_, running)| {
            now.set(clock::now());
            let interval = running.then(|| {
                let now = now.clone();
                clock::Interval::new(250, move || now.set(clock::now()))
            });
            move || drop(interval)
        });
    }

    // Focus the new screen's heading when the screen changes (not on the first render).
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        let first = use_mut_ref(|| true);
        use_effect_with((class.stage(), class.position()), move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }

    let act = |action: A| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(PresenterMsg::Act(action.clone())))
    };
    let study_url: AttrValue = use_memo((), |_| launch::study_link().unwrap_or_default()).to_string().into();
    let help = html! {
        <KeyHelpDialog open={state.help} heading={text.keys.presenter_heading} keys={presenter_keys(lang)}
            note={AttrValue::from(text.keys.presenter_note)} {lang}
            on_close={{ let s = state.clone(); Callback::from(move |()| s.dispatch(PresenterMsg::Help(false))) }} />
    };
    let (number, total) = class.position();

    let body = match class.stage() {
        Stage::Lobby => {
            let available = quiz.scenarios.len();
            let lengths = offered_lengths(&LENGTHS, class.deal().count, available);
            let set_count = {
                let state = state.clone();
                Callback::from(move |n| state.dispatch(PresenterMsg::Act(A::SetCount(n))))
            };
            let set_timer = {
                let state = state.clone();
                Callback::from(move |s| state.dispatch(PresenterMsg::Act(A::SetTimer(s))))
            };
            html! {
                <LobbyScreen title={quiz.title.to_string()} {available} {lengths}
                    length={class.deal().count.unwrap_or(available).min(available)} on_length={set_count}
                    timer_secs={class.timer().seconds} on_timer={set_timer} study_url={study_url.clone()}
                    on_start={act(A::Next)} on_exit={props.on_exit.clone()} heading_ref={heading.clone()}
                    content_lang={content.clone()} {lang} />
            }
        }
        Stage::Summary => {
            let on_download = {
                let (csv, name) = (class.csv(), download::csv_file_name(&quiz.id));
                Callback::from(move |()| {
                    let _ = download::save(&name, "text/csv;charset=utf-8", &csv);
                })
            };
            html! {
                <ClassSummaryScreen lines={summary_lines(&class.results())} study_url={study_url.clone()}
                    {on_download} on_new_class={act(A::Restart { seed: clock::random_seed() })}
                    on_back={act(A::Back)} heading_ref={heading.clone()} content_lang={content.clone()} {lang} />
            }
        }
        stage => {
            let Some(card) = class.card() else {
                return Html::default();
            };
            let Some(scenario) = quiz.scenario(&card.scenario) else {
                return Html::default();
            };
            let channel =
                scenario.channel.as_ref().and_then(|c| quiz.channel(c)).map(|c| c.label.to_string());
            let remaining = class.remaining(*now);
            let main = if stage == Stage::Reveal {
                html! {
                    <RevealPanel quiz={quiz.clone()} card={card.clone()} rounds={class.current_rounds().to_vec()}
                        show_votes={class.chart_shown()} {lang} />
                }
            } else {
                let counting = class.counting();
                let question = |part: Part| {
                    let asked = match part {
                        Part::Role => &quiz.questions.role,
                        Part::Team => &quiz.questions.team,
                    };
                    let active = counting.is_some_and(|(_, p)| p == part);
                    let votes = counting.and_then(|(round, _)| class.current_rounds().get(round.index()));
                    let on_votes = {
                        let state = state.clone();
                        Callback::from(move |(id, n): (Id, u32)| {
                            state.dispatch(PresenterMsg::Act(A::SetVotes(id, n)))
                        })
                    };
                    let key = match part {
                        Part::Role => "1",
                        Part::Team => "2",
                    };
                    html! {
                        <section class={classes!("question", active.then_some("is-counting"))}>
                            <h2>
                                <span lang={content.clone()}>{ &**asked }</span>
                                if active { <span class="counting-tag">{ text.presenter.counting }</span> }
                            </h2>
                            <VoteBars label={text.presenter.options_for.fill([asked])}
                                options={bar_options(&quiz, class.lettered(part), votes, None)}
                                show_votes={counting.is_some() && class.chart_shown()} editable={active} {on_votes}
                                content_lang={content.clone()} {lang} />
                            if counting.is_some() && !active {
                                <button type="button" class="secondary count-this" aria-keyshortcuts={key}
                                    onclick={act(A::Focus(part)).reform(|_: MouseEvent| ())}>
                                    { text.presenter.count_this }<kbd aria-hidden="true">{ key }</kbd>
                                </button>
                            }
                            if counting.is_some() && !class.chart_shown() {
                                <p class="hidden-note">{ text.presenter.votes_hidden }</p>
                            }
                        </section>
                    }
                };
                html! {
                    <div class="questions">
                        { question(Part::Role) }
                        { question(Part::Team) }
                    </div>
                }
            };
            let position = text.common.scenario_of.fill([&number.to_string(), &total.to_string()]);
            let eyebrow = match stage {
                Stage::Vote { round: Round::First, .. } if class.current_rounds().len() == 2 => {
                    format!("{position} · {}", text.presenter.round.fill(["1"]))
                }
                Stage::Vote { round: Round::Second, .. } => {
                    format!("{position} · {}", text.presenter.second_round)
                }
                _ => position,
            };
            html! {
                <article class="slide" aria-labelledby="slide-heading">
                    <header class="slide-head">
                        <p class="eyebrow">{ eyebrow }</p>
                        if let Some(ms) = remaining {
                            <CountdownMeter remaining_ms={ms} {lang} />
                        }
                        <h1 id="slide-heading" tabindex="-1" ref={heading.clone()} lang={content.clone()}>{ &*scenario.title }</h1>
                    </header>
                    if stage != Stage::Reveal {
                        if let Some(channel) = channel {
                            <p class="channel">
                                { text.common.channel }{ ": " }<span class="tag" lang={content.clone()}>{ channel }</span>
                            </p>
                        }
                        <p class="story" lang={content.clone()}>{ &*scenario.story }</p>
                    }
                    { main }
                </article>
            }
        }
    };

    let toolbar = (!matches!(class.stage(), Stage::Lobby | Stage::Summary)).then(|| {
        let can = |a: A| class.step(a).is_some();
        let t = &text.presenter;
        let next_label = match class.stage() {
            Stage::Show => t.vote,
            Stage::Vote { part: Part::Role, .. } => t.team_question,
            Stage::Vote { round: Round::First, .. } if class.current_rounds().len() == 2 => t.round_two,
            Stage::Vote { .. } => t.answer,
            Stage::Reveal if class.is_last() => t.summary,
            _ => t.next,
        };
        let button = |id, label: &str, key, shortcut, enabled, pressed| ToolButton {
            id,
            label: label.to_string().into(),
            key,
            shortcut,
            enabled,
            pressed,
            primary: id == "next",
        };
        let buttons = vec![
            button("back", t.back, "←", "ArrowLeft", can(A::Back), None),
            button("next", next_label, "→", "ArrowRight Space", can(A::Next), None),
            button("reveal", t.reveal, "R", "R", can(A::Reveal), None),
            button("again", t.vote_again, "V", "V", class.can_vote_again(), None),
            button("timer", t.countdown, "T", "T", can(A::ToggleTimer { now: 0 }), Some(running)),
            button("chart", t.hide_votes, "H", "H", can(A::ToggleChart), Some(!class.chart_shown())),
            button("fullscreen", t.fullscreen, "F", "F", true, None),
            button("help", t.keys, "?", "Shift+?", true, None),
        ];
        let on_press = {
            let state = state.clone();
            Callback::from(move |id: &'static str| {
                let key = match id {
                    "back" => Key::Back,
                    "next" => Key::Next,
                    "reveal" => Key::Reveal,
                    "again" => Key::VoteAgain,
                    "timer" => Key::Timer,
                    "chart" => Key::Chart,
                    "fullscreen" => {
                        let _ = fullscreen::toggle();
                        return;
                    }
                    _ => Key::Help,
                };
                state.dispatch(PresenterMsg::Key(key, clock::now()));
            })
        };
        html! { <PresenterToolbar {buttons} {on_press} {lang} /> }
    });

    html! {
        <>
            <p class="visually-hidden" role="status" aria-live="polite">{ where_words(text, class, running, deadline.is_some()) }</p>
            { body }
            { toolbar }
            { help }
        </>
    }
}

/// Where the class is, for the live region.
fn where_words(text: &Text, class: &Presenter, running: bool, timer_set: bool) -> String {
    let (n, total) = class.position();
    let t = &text.presenter;
    let at = match class.stage() {
        Stage::Lobby => return String::new(),
        Stage::Summary => return text.class.heading.to_string(),
        Stage::Show => t.live_scenario.to_string(),
        Stage::Vote { round, part } => {
            let round = (round.index() + 1).to_string();
            if part == Part::Role { t.live_role.fill([&round]) } else { t.live_team.fill([&round]) }
        }
        Stage::Reveal => t.live_answer.to_string(),
    };
    let position = text.common.scenario_of.fill([&n.to_string(), &total.to_string()]);
    let live = t.live.fill([&position, &at]);
    if timer_set && !running { format!("{live}. {}", t.times_up) } else { live }
}

/// The presenter's keys and what they do, in the interface's language.
fn presenter_keys(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    lang.text().keys.presenter.iter().map(|&(keys, what)| (keys.into(), what.into())).collect()
}
