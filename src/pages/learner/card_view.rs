//! The quiz flow's screens past the start: the scenario card, the feedback on an answer and the results;
//! what the live region says on each; and what a shortcut key does on each.

use yew::prelude::*;

use super::practice_view;
use super::start_view::{dealt_kinds, start_deal};
use crate::app::SessionContext;
use crate::components::{
    ChoiceOption, FeedbackDialogs, FeedbackPanelProps, QuizRef, ResultsScreenProps, ScenarioCardProps,
    feedback_panel, feedback_verdict, practice_verdict, progress_meter, results_screen, scenario_card,
    use_feedback_dialogs,
};
use crate::engine::deck::{Deal, Feedback, Phase, grade};
use crate::engine::practice::{Kind, LINKED};
use crate::engine::quiz::{Choice, Id};
use crate::engine::session::{Action, Session};
use crate::engine::summary::summarize;
use crate::i18n::Lang;
use crate::interop::keys::StudyKey;
use crate::interop::launch::LaunchOptions;
use crate::platform::clock;

/// What the screens past the start keep between renders, held by the flow so that the screens themselves
/// are plain functions (see `components`): whether the dialog with each answer is open on the results
/// (compact), and which of the feedback's dialogs is. A modal dialog is closed before its screen can be left,
/// so each starts closed on each screen. And whether the learner tried to check an incomplete answer on the
/// card on show: cleared on every submission (the card's button, or Enter through [`key_action`]), the only
/// way off a card, so each card starts without the hint.
pub struct ScreenState {
    pub each: UseStateHandle<bool>,
    pub feedback: FeedbackDialogs,
    pub missing: UseStateHandle<bool>,
}

/// The flow's [`ScreenState`], all closed.
#[hook]
pub fn use_screen_state() -> ScreenState {
    ScreenState {
        each: use_state_eq(|| false),
        feedback: use_feedback_dialogs(),
        missing: use_state_eq(|| false),
    }
}

/// The screen for the session's phase past the start: the card being asked, an answer's feedback, or the
/// results.
pub fn screen(
    session: &SessionContext,
    lang: Lang,
    compact: bool,
    heading: NodeRef,
    on_chart: Callback<()>,
    on_embed: Option<Callback<usize>>,
    kept: &ScreenState,
) -> Html {
    let state = &session.0;
    let quiz = QuizRef(state.quiz().clone());
    let content: AttrValue = quiz.language.to_string().into();
    // A plain function pointer (none of these captures anything): no box and no vtable per action.
    let act = |action: fn() -> Action| {
        let session = session.clone();
        Callback::from(move |()| session.dispatch(action()))
    };
    let choose = |make: fn(Id) -> Action| {
        let session = session.clone();
        Callback::from(move |id: Id| session.dispatch(make(id)))
    };
    let (number, total) = state.position();
    match state.phase() {
        Phase::Ready => Html::default(),
        Phase::Asking { .. } if LINKED && state.current().is_some_and(|c| c.practice.is_some()) => {
            let Some(card) = state.current().and_then(|c| c.practice.as_ref()) else {
                return Html::default();
            };
            let on_pick = {
                let session = session.clone();
                Callback::from(move |picks| session.dispatch(Action::Pick { picks, now: clock::now() }))
            };
            let place = practice_view::Place { number, total, heading, lang };
            html! {
                <>
                    { progress_meter(number - 1, total, lang) }
                    { practice_view::asking(&quiz, card, place, on_pick) }
                </>
            }
        }
        Phase::Asking { role, team } => {
            let Some((card, scenario)) = state.current().and_then(|c| Some((c, quiz.scenario(&c.scenario)?)))
            else {
                return Html::default();
            };
            let options_of = |ids: &[Id], list: &[Choice]| -> Vec<ChoiceOption> {
                ids.iter()
                    .filter_map(|id| list.iter().find(|c| c.id == *id))
                    .map(|c| ChoiceOption { id: c.id.clone(), label: c.label.to_string().into() })
                    .collect()
            };
            html! {
                <>
                    { progress_meter(number - 1, total, lang) }
                    { scenario_card(&ScenarioCardProps {
                        card: card.scenario.to_string().into(), number, total,
                        title: scenario.title.to_string().into(), story: scenario.story.to_string().into(),
                        role_question: quiz.questions.role.to_string().into(),
                        team_question: quiz.questions.team.to_string().into(),
                        roles: options_of(&card.roles, &quiz.roles), teams: options_of(&card.teams, &quiz.teams),
                        role: role.clone(), team: team.clone(),
                        on_role: choose(Action::ChooseRole), on_team: choose(Action::ChooseTeam),
                        on_submit: act(|| Action::Submit { now: clock::now() }),
                        heading_ref: heading, content_lang: Some(content), lang }, &kept.missing) }
                </>
            }
        }
        Phase::Feedback => match state.current_answer() {
            Some(answer) if LINKED && !answer.picks.is_empty() => html! {
                <>
                    { progress_meter(number, total, lang) }
                    { practice_view::feedback(&quiz, answer, state.is_last(), state.feedback().scored(),
                        act(|| Action::Next), heading, lang) }
                </>
            },
            Some(answer) => html! {
                <>
                    { progress_meter(number, total, lang) }
                    { feedback_panel(&FeedbackPanelProps {
                        quiz: quiz.clone(), answer: answer.clone(), is_last: state.is_last(), compact,
                        scored: state.feedback().scored(), lang, on_next: act(|| Action::Next),
                        heading_ref: heading }, &kept.feedback) }
                </>
            },
            None => Html::default(),
        },
        Phase::Finished => {
            let results = ResultsScreenProps {
                quiz: quiz.clone(),
                summary: summarize(&quiz, state.answers()),
                answers: state.answers().to_vec(),
                scored: state.feedback().scored(),
                lang,
                on_retry: act(|| Action::Retry { seed: clock::random_seed() }),
                on_restart: act(|| Action::Restart),
                on_chart,
                heading_ref: heading,
                compact,
                on_embed: on_embed.map(|cb| cb.reform(move |()| total)),
            };
            results_screen(&results, &kept.each)
        }
    }
}

/// What the live region says on the screen on show: the verdict after an answer, the score at the end, or
/// under the test policy that the answer was kept (or the new card would come unannounced).
pub fn announcement(state: &Session, lang: Lang) -> String {
    let text = lang.text();
    let quiz = state.quiz();
    match (state.phase(), state.current_answer().and_then(|a| grade(quiz, a))) {
        (Phase::Feedback, _) if !state.feedback().scored() => text.feedback().shown_below.to_string(),
        (Phase::Feedback, None) if !LINKED => String::new(),
        (Phase::Feedback, None) => match state.current_answer().and_then(|a| state.mark(a)) {
            Some(m) => practice_verdict(lang, m.right as usize, m.total as usize) + ".",
            None => String::new(),
        },
        (Phase::Feedback, Some(g)) => {
            let points = text.feedback().points.fill([&g.points().to_string()]);
            [feedback_verdict(text, g.role, g.team), ". ", &points, "."].concat()
        }
        (Phase::Finished, _) if !state.feedback().scored() => text.results().finished_unscored.to_string(),
        (Phase::Finished, _) => {
            let percent = summarize(quiz, state.answers()).points().percent().to_string();
            text.results().finished.fill([&text.common().percent.fill([&percent])])
        }
        (Phase::Asking { role: None, team: None }, _)
            if state.deal().feedback == Feedback::Test && !state.answers().is_empty() =>
        {
            let (n, total) = state.position();
            text.feedback().saved.fill([&n.to_string(), &total.to_string()])
        }
        _ => String::new(),
    }
}

/// What a key means on the screen on show: number keys choose (roles first, then teams), Enter starts,
/// submits a complete answer, or goes on from feedback.
pub fn key_action(
    state: &Session,
    key: StudyKey,
    options: &LaunchOptions,
    length: usize,
    feedback: Feedback,
    kinds: &[Kind],
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
        (StudyKey::Enter, Phase::Ready) => {
            let kinds = dealt_kinds(kinds, Some(state.quiz()));
            let length = if kinds.is_empty() { length.min(state.quiz().scenarios.len()) } else { length };
            Some(Action::Start(Deal { kinds, ..start_deal(options, Some(length), feedback) }))
        }
        _ => None,
    }
}
