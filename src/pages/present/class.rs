//! The class on screen: the lobby, a scenario's slide with the toolbar, or the class summary; the window's
//! keys, fullscreen, the countdown's ticking and the CSV download. Focus moves to each new screen's heading
//! and a polite live region says where the class is.

use yew::prelude::*;

use super::phones::{room_line, use_phone_room};
use super::slide::{SlideView, position_words};
use super::state::{LENGTHS, PresenterMsg, use_class};
use super::toolbar::toolbar;
use crate::app::{use_focus_on_change, use_keys, use_lang};
use crate::components::{ClassSummaryScreen, KeyHelpDialog, LobbyScreen, offered_lengths, summary_lines};
use crate::engine::practice::Kind;
use crate::engine::presenter::{Part, Presenter, PresenterAction as A, Stage};
use crate::i18n::{Lang, Text};
use crate::interop::keys::{Key, presenter_key};
use crate::interop::launch::{Page, STUDY_KEYS};
use crate::platform::storage::Store;
use crate::platform::{clock, download, fullscreen, location};

#[derive(Properties, PartialEq)]
pub struct ClassViewProps {
    /// The class to start from (restored from storage, or new).
    pub initial: Presenter,
    /// Where the class is kept after every step; `None` keeps nothing.
    #[prop_or_default]
    pub store: Option<Store>,
    /// The class plays the built-in quiz (its other editions' texts go to phones too).
    #[prop_or_default]
    pub built_in: bool,
}

/// The students' link: the learner's page (or the quiz player, for a quiz of one's own) with the same
/// quiz, order, length and rows, and nothing that is about presenting.
fn study_link() -> String {
    let page = Page::for_options(&location::options().with_mode_study());
    let keep = |params: &web_sys::UrlSearchParams| {
        for (key, _) in location::pairs(params) {
            if !STUDY_KEYS.contains(&key.as_str()) {
                params.delete(&key);
            }
        }
    };
    location::page_address(page, keep, &location::fragment()).unwrap_or_default()
}

#[component]
pub fn ClassView(props: &ClassViewProps) -> Html {
    let lang = use_lang();
    let text = lang.text();
    let state = use_class(props.initial.clone(), props.store.clone());
    let (room, on_phones) = use_phone_room(&state, props.store.clone(), props.built_in);
    let class = &state.class;
    let quiz = class.quiz().clone();
    let content: AttrValue = quiz.language.to_string().into();

    // The page's keys, for as long as the class is on screen.
    {
        let state = state.clone();
        use_keys(true, (), move |()| {
            move |press: &_| match presenter_key(press) {
                Some(Key::Fullscreen) => fullscreen::toggle().is_ok(),
                Some(key) => {
                    state.dispatch(PresenterMsg::Key(key, clock::now()));
                    true
                }
                None => false,
            }
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
    let heading = use_node_ref();
    use_focus_on_change(heading.clone(), (class.stage(), class.position()));

    let act = |action: A| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(PresenterMsg::Act(action.clone())))
    };
    let dispatch = |make: fn(usize) -> A| {
        let state = state.clone();
        Callback::from(move |n: usize| state.dispatch(PresenterMsg::Act(make(n))))
    };
    let study_url: AttrValue = use_memo((), |_| study_link()).to_string().into();
    let body = match class.stage() {
        Stage::Lobby => {
            let available = class.available();
            let exit = Callback::from(|()| {
                let page = Page::for_options(&location::options().with_mode_study());
                if let Ok(address) = location::page_address(page, |p| p.delete("mode"), &location::fragment())
                {
                    let _ = location::open(&address);
                }
            });
            html! {
                <LobbyScreen title={quiz.title.to_string()} {available}
                    lengths={offered_lengths(&LENGTHS, class.deal().count, available)}
                    length={class.deal().count.unwrap_or(available).min(available)} on_length={dispatch(A::SetCount)}
                    kinds_offered={class.kinds_offered()} kinds={class.kinds()}
                    on_kind={{ let s = state.clone(); Callback::from(move |(k, on)| s.dispatch(PresenterMsg::Act(A::SetKind(k, on)))) }}
                    timer_secs={class.timer().seconds}
                    on_timer={{ let s = state.clone(); Callback::from(move |n| s.dispatch(PresenterMsg::Act(A::SetTimer(n)))) }}
                    study_url={study_url.clone()} on_start={act(A::Next)} on_exit={exit} heading_ref={heading.clone()}
                    on_phones={(!location::origin().starts_with("null")).then_some(on_phones)}
                    room={room.wanted.then(|| (room.code.clone().map(AttrValue::from), room.phone_url().unwrap_or_default().into()))}
                    room_problem={room.problem(lang).map(AttrValue::from)}
                    content_lang={content.clone()} {lang} />
            }
        }
        Stage::Summary => {
            let (csv, name) = (class.csv(), download::csv_file_name(&quiz.id));
            let on_download = Callback::from(move |()| {
                let _ = download::save(&name, "text/csv;charset=utf-8", &csv);
            });
            html! {
                <ClassSummaryScreen lines={summary_lines(&class.results())} kinds={class.kind_shares()} study_url={study_url.clone()}
                    {on_download} on_new_class={act(A::Restart { seed: clock::random_seed() })}
                    on_back={act(A::Back)} heading_ref={heading.clone()} content_lang={content.clone()} {lang} />
            }
        }
        _ => html! {
            <>
                { room_line(&room, class, lang) }
                <SlideView state={state.clone()} now={*now} heading={heading.clone()} />
                { toolbar(&state, lang, running) }
            </>
        },
    };
    html! {
        <>
            <p class="visually-hidden" role="status" aria-live="polite">{ where_words(text, class, running, deadline.is_some()) }</p>
            { body }
            <KeyHelpDialog open={state.help} heading={text.keys().presenter_heading} keys={presenter_keys(lang)}
                note={key_note(text, class)} {lang}
                on_close={{ let s = state.clone(); Callback::from(move |()| s.dispatch(PresenterMsg::Help(false))) }} />
        </>
    }
}

/// The key help's note, with what differs on a practice card when the class has some.
fn key_note(text: Text, class: &Presenter) -> AttrValue {
    let note = text.keys().presenter_note;
    if class.kinds().iter().any(|k| *k != Kind::Scenario) {
        format!("{note} {}", text.class_practice().keys_note).into()
    } else {
        note.into()
    }
}

/// Where the class is, for the live region.
fn where_words(text: Text, class: &Presenter, running: bool, timer_set: bool) -> String {
    let t = text.presenter();
    let practice = class.card().is_some_and(|c| c.practice.is_some());
    let at = match class.stage() {
        Stage::Lobby => return String::new(),
        Stage::Summary => return text.class().heading.to_string(),
        Stage::Show if practice => text.class_practice().live_item.to_string(),
        Stage::Show => t.live_scenario.to_string(),
        Stage::Vote { round, part } => {
            let round = (round.index() + 1).to_string();
            match part {
                _ if practice => text.class_practice().live_vote.fill([&round]),
                Part::Role => t.live_role.fill([&round]),
                Part::Team => t.live_team.fill([&round]),
            }
        }
        Stage::Reveal => t.live_answer.to_string(),
    };
    let position = position_words(text, class);
    let live = t.live.fill([&position, &at]);
    if timer_set && !running { format!("{live}. {}", t.times_up) } else { live }
}

/// The presenter's keys and what they do, in the interface's language.
fn presenter_keys(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    lang.text().keys().presenter.iter().map(|&(keys, what)| (keys.into(), what.into())).collect()
}
