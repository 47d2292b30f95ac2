//! The quiz flow self-study, the embed and the editor's preview share: start screen → scenario card →
//! feedback → … → results → try again; and the whole chart. Self-study shows it with the page's chrome, the
//! embed compact; each adds its own concerns around it. Compact, the whole chart is a dialog over the screen
//! instead of a screen of its own, so a blog's frame never has to grow for it.
//!
//! Focus follows the learner: when a new card, a verdict or the results appear, focus moves to their
//! heading, and a polite live region announces the verdict, so keyboard and screen-reader users always know
//! where they are.

use yew::prelude::*;

use super::card_view::{announcement, key_action, screen, use_screen_state};
use super::start_view::{StartViewProps, start_view, use_start_state};
use crate::app::{use_focus_on_change, use_keys, use_lang, use_launch_options, use_session};
use crate::components::{KeyHelpDialog, QuizRef, ScrollDialog, chart_table};
use crate::engine::deck::Phase;
use crate::engine::practice::Kind;
use crate::engine::session::Action;
use crate::interop::keys::{StudyKey, study_key};

#[derive(Properties, PartialEq)]
pub struct QuizFlowProps {
    /// The embed layout: no presenting, no progress across visits, no shortcuts link, and on feedback the
    /// whole chart waits behind a disclosure (the deciding row is named in words), so a screen fits the
    /// 200–1000 px a blog's frame allows.
    #[prop_or_default]
    pub compact: bool,
    /// When set, the start and results screens offer "Embed this quiz"; it gets the session length shown.
    #[prop_or_default]
    pub on_embed: Option<Callback<usize>>,
    /// Present this quiz to a class (offered on the start screen when set).
    #[prop_or_default]
    pub on_present: Option<Callback<()>>,
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
    let chart = use_state_eq(|| false);
    let help = use_state_eq(|| false);
    let kept = use_screen_state();
    let heading = use_node_ref();
    let quiz = QuizRef(session.0.quiz().clone());
    // The quiz's text keeps the language it was written in, whatever the interface's.
    let content: AttrValue = quiz.language.to_string().into();
    // The session length and feedback policy chosen on the start screen (Enter starts with them too).
    let length = use_state_eq(|| options.count.unwrap_or(super::start_view::DEFAULT_LENGTH));
    let feedback = use_state_eq(|| options.feedback);
    // The kinds to practise, from the address's `kinds=` at first (the chart's scenarios when empty).
    let kinds = use_state_eq(|| options.kinds.clone());

    // Number keys choose, Enter submits and goes on, `?` lists the keys; nothing while the help or the chart
    // is open (the dialog has the keyboard; the chart has no options).
    {
        let (session, help, options, missing) =
            (session.clone(), help.clone(), options.clone(), kept.missing.clone());
        let deps = (session.clone(), *help, *chart, *length, *feedback, (*kinds).clone());
        use_keys(props.shortcuts, deps, move |(_, open, chart, length, feedback, kinds)| {
            let (open, chart, length, feedback, kinds) = (*open, *chart, *length, *feedback, kinds.clone());
            move |press: &_| match study_key(press) {
                Some(_) if open => false,
                Some(StudyKey::Help) => {
                    help.set(true);
                    true
                }
                Some(key) if !chart => {
                    match key_action(&session.0, key, &options, length, feedback, &kinds) {
                        Some(action) => {
                            // A submission leaves the card: the next one starts without the hint.
                            if matches!(action, Action::Submit { .. }) {
                                missing.set(false);
                            }
                            session.dispatch(action);
                            true
                        }
                        None => false,
                    }
                }
                _ => false,
            }
        });
    }
    let state = &session.0;
    // The chart on a screen of its own (compact, it is a dialog, which manages focus itself).
    let chart_screen = *chart && !props.compact;
    let screen_key = (std::mem::discriminant(state.phase()), state.position(), chart_screen);
    let start_kept = use_start_state(matches!(state.phase(), Phase::Ready) && !chart_screen);
    use_focus_on_change(heading.clone(), screen_key);
    let show_chart = |open: bool| {
        let chart = chart.clone();
        Callback::from(move |()| chart.set(open))
    };

    if chart_screen {
        return html! {
            <section class="panel chart-screen" aria-labelledby="chart-heading">
                <h1 id="chart-heading" tabindex="-1" ref={heading}>{ text.chart().heading }</h1>
                <p class="lead">{ text.chart().lead }</p>
                { chart_table(&quiz, None, lang) }
                <div class="actions">
                    <button type="button" class="primary" onclick={show_chart(false).reform(|_| ())}>{ text.chart().back }</button>
                </div>
            </section>
        };
    }
    let body = match state.phase() {
        Phase::Ready => html! {
            { start_view(&session, &options, lang, &StartViewProps {
                length, feedback, kinds, compact: props.compact, on_chart: show_chart(true),
                on_present: props.on_present.clone(), on_embed: props.on_embed.clone(), heading: heading.clone(),
            }, &start_kept) }
        },
        _ => screen(
            &session,
            lang,
            props.compact,
            heading.clone(),
            show_chart(true),
            props.on_embed.clone(),
            &kept,
        ),
    };
    let roles = quiz.roles.len();
    let k = text.keys();
    let mut keys: Vec<(AttrValue, AttrValue)> = vec![
        (["1–", &roles.to_string()].concat().into(), k.choose_role.into()),
        (
            [&(roles + 1).to_string(), "–", &(roles + quiz.teams.len()).to_string()].concat().into(),
            k.choose_team.into(),
        ),
        (k.enter.into(), k.check.into()),
        ("↑ ↓".into(), k.arrows.into()),
    ];
    // The sort board's own keys, where this page deals duties.
    if quiz.practice.kinds().contains(&Kind::Sort) {
        keys.extend(text.drill().sort_keys.iter().map(|&(key, does)| (key.into(), does.into())));
    }
    keys.push(("?".into(), k.show_list.into()));
    html! {
        <>
            <p class="visually-hidden" role="status" aria-live="polite">{ announcement(state, lang) }</p>
            // Past the start screen the quiz's title stays on top as the page's one level-1 heading.
            if !matches!(state.phase(), Phase::Ready) {
                <h1 class="quiz-title" lang={content}>{ &*quiz.title }</h1>
            }
            { body }
            if props.compact {
                <ScrollDialog open={*chart} on_close={show_chart(false)} heading={html! { text.chart().heading }}
                    heading_id="chart-dialog-heading" {lang}>
                    <p class="lead">{ text.chart().lead }</p>
                    { chart_table(&quiz, None, lang) }
                </ScrollDialog>
            }
            <KeyHelpDialog open={*help} heading={k.heading} {keys} {lang}
                on_close={{ let help = help.clone(); Callback::from(move |()| help.set(false)) }} />
            // The keys work in an embed too (`?` lists them); only the link is page chrome.
            if !props.compact {
                <p class="shortcuts">
                    <button type="button" class="link" onclick={move |_| help.set(true)}>
                        { k.heading }<kbd aria-hidden="true">{ "?" }</kbd>
                    </button>
                </p>
            }
        </>
    }
}
