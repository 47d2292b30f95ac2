//! The presenter's toolbar: a button for every key, each showing its key, enabled only when it can act.

use yew::prelude::*;

use super::state::{PresenterMsg, PresenterState};
use crate::components::{PresenterToolbar, ToolButton};
use crate::engine::presenter::{Part, PresenterAction as A, Round, Stage};
use crate::i18n::Lang;
use crate::interop::keys::Key;
use crate::platform::{clock, fullscreen};

/// The toolbar for the class in `state`; `running` says whether the countdown runs.
pub fn toolbar(state: &UseReducerHandle<PresenterState>, lang: Lang, running: bool) -> Html {
    let class = &state.class;
    let can = |a: A| class.step(a).is_some();
    let t = lang.text().presenter();
    let next_label = match class.stage() {
        Stage::Show => t.vote,
        Stage::Vote { part: Part::Role, .. } if !class.lettered(Part::Team).is_empty() => t.team_question,
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
}
