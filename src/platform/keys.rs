//! The presenter's keyboard: which key does what, and a `keydown` listener on the window.
//!
//! The pure half maps a key (as `KeyboardEvent.key` names it, plus whether Shift is held) to a [`Key`], and a
//! [`Key`] to a [`PresenterAction`] for the class on screen; it also decides when a key is not ours: while
//! focus is in a text field, when Ctrl, Alt or Meta is held (browser and system shortcuts), and Space or Enter
//! on a focused button or link (their own activation). The web half only reads the event and calls back.

use crate::engine::presenter::{Part, Presenter, PresenterAction};

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// → or Space.
    Next,
    /// ←.
    Back,
    /// R.
    Reveal,
    /// T: start or stop the countdown.
    Timer,
    /// F.
    Fullscreen,
    /// H: hide or show the bars.
    Chart,
    /// `?`.
    Help,
    /// V: vote again (the second round).
    VoteAgain,
    /// 1 or 2: count the role question or the team question.
    Question(Part),
    /// A letter that is not a command: one more vote for the option with that letter (A = 0)…
    Add(usize),
    /// …or, with Shift, one fewer.
    Remove(usize),
}

/// Where focus is when a key goes down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A text field, a select or an editable region: every key belongs to it.
    Field,
    /// A button, link or summary: Space and Enter activate it.
    Control,
    /// Anything else (the page itself).
    Page,
}

/// The key for `key` (`KeyboardEvent.key`) with Shift held or not. Letters are read case-blind, so Caps Lock
/// does not turn a vote into a removal: only Shift does.
pub fn key_of(key: &str, shift: bool) -> Option<Key> {
    Some(match key {
        "ArrowRight" | " " => Key::Next,
        "ArrowLeft" => Key::Back,
        "?" => Key::Help,
        "1" => Key::Question(Part::Role),
        "2" => Key::Question(Part::Team),
        _ => {
            let mut chars = key.chars();
            let c = chars.next().filter(|c| c.is_ascii_alphabetic() && chars.next().is_none())?;
            match c.to_ascii_lowercase() {
                'r' => Key::Reveal,
                't' => Key::Timer,
                'f' => Key::Fullscreen,
                'h' => Key::Chart,
                'v' => Key::VoteAgain,
                c => {
                    let index = usize::from(c as u8 - b'a');
                    if shift { Key::Remove(index) } else { Key::Add(index) }
                }
            }
        }
    })
}

/// Whether the page leaves this key alone: focus in a field, a modifier other than Shift held, or Space and
/// Enter on a focused control.
pub fn not_ours(key: &str, target: Target, ctrl_alt_or_meta: bool) -> bool {
    ctrl_alt_or_meta
        || target == Target::Field
        || (target == Target::Control && matches!(key, " " | "Enter" | "Spacebar"))
}

/// The engine action for `key` in the class on screen (`None` for keys the page handles itself, fullscreen and
/// help, and for letters beyond the options of the question being counted). `now` is for the countdown.
pub fn action_for(key: Key, presenter: &Presenter, now: u64) -> Option<PresenterAction> {
    let option = |index: usize| {
        let (_, part) = presenter.counting()?;
        presenter.lettered(part).get(index).cloned()
    };
    Some(match key {
        Key::Next => PresenterAction::Next,
        Key::Back => PresenterAction::Back,
        Key::Reveal => PresenterAction::Reveal,
        Key::Timer => PresenterAction::ToggleTimer { now },
        Key::Chart => PresenterAction::ToggleChart,
        Key::VoteAgain => PresenterAction::VoteAgain,
        Key::Question(part) => PresenterAction::Focus(part),
        Key::Add(i) => PresenterAction::Add(option(i)?),
        Key::Remove(i) => PresenterAction::Remove(option(i)?),
        Key::Fullscreen | Key::Help => return None,
    })
}

#[cfg(target_arch = "wasm32")]
pub use web::{KeyListener, listen};

#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    use web_sys::KeyboardEvent;

    use super::{Key, Target, key_of, not_ours};

    /// A `keydown` listener on the window; dropping it removes the listener.
    pub struct KeyListener {
        window: web_sys::Window,
        closure: Closure<dyn Fn(KeyboardEvent)>,
    }

    impl Drop for KeyListener {
        fn drop(&mut self) {
            let _ = self
                .window
                .remove_event_listener_with_callback("keydown", self.closure.as_ref().unchecked_ref());
        }
    }

    fn target_of(event: &KeyboardEvent) -> Target {
        let Some(el) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
            return Target::Page;
        };
        match el.tag_name().as_str() {
            "INPUT" | "TEXTAREA" | "SELECT" => Target::Field,
            _ if el.is_content_editable() => Target::Field,
            "BUTTON" | "A" | "SUMMARY" => Target::Control,
            _ => Target::Page,
        }
    }

    /// Call `on_key` for every key of ours (held-down repeats excluded), and keep the browser from also acting on
    /// it (Space would scroll).
    pub fn listen(on_key: impl Fn(Key) + 'static) -> Option<KeyListener> {
        let window = web_sys::window()?;
        let closure = Closure::<dyn Fn(KeyboardEvent)>::new(move |event: KeyboardEvent| {
            let key = event.key();
            let modifier = event.ctrl_key() || event.alt_key() || event.meta_key();
            if event.repeat() || not_ours(&key, target_of(&event), modifier) {
                return;
            }
            if let Some(k) = key_of(&key, event.shift_key()) {
                event.prevent_default();
                on_key(k);
            }
        });
        window.add_event_listener_with_callback("keydown", closure.as_ref().unchecked_ref()).ok()?;
        Some(KeyListener { window, closure })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keyboard_map() {
        assert_eq!(key_of("ArrowRight", false), Some(Key::Next));
        assert_eq!(key_of(" ", false), Some(Key::Next));
        assert_eq!(key_of("ArrowLeft", false), Some(Key::Back));
        assert_eq!(key_of("r", false), Some(Key::Reveal));
        assert_eq!(key_of("R", true), Some(Key::Reveal));
        assert_eq!(key_of("t", false), Some(Key::Timer));
        assert_eq!(key_of("f", false), Some(Key::Fullscreen));
        assert_eq!(key_of("h", false), Some(Key::Chart));
        assert_eq!(key_of("v", false), Some(Key::VoteAgain));
        assert_eq!(key_of("?", true), Some(Key::Help));
        assert_eq!(key_of("1", false), Some(Key::Question(Part::Role)));
        assert_eq!(key_of("2", false), Some(Key::Question(Part::Team)));
        assert_eq!(key_of("a", false), Some(Key::Add(0)));
        assert_eq!(key_of("A", true), Some(Key::Remove(0)));
        assert_eq!(key_of("D", false), Some(Key::Add(3)), "Caps Lock is not Shift");
        assert_eq!(key_of("d", true), Some(Key::Remove(3)));
        for other in ["Enter", "Escape", "Tab", "3", "é", "ArrowUp", "", "ab", "Shift"] {
            assert_eq!(key_of(other, false), None, "{other:?}");
        }
    }

    #[test]
    fn keys_in_fields_with_modifiers_or_activating_controls_are_left_alone() {
        assert!(!not_ours("a", Target::Page, false));
        assert!(not_ours("a", Target::Field, false));
        assert!(not_ours("ArrowRight", Target::Field, false));
        assert!(not_ours("r", Target::Page, true), "Ctrl+R reloads");
        assert!(not_ours(" ", Target::Control, false), "Space clicks the focused button");
        assert!(!not_ours("ArrowRight", Target::Control, false));
        assert!(!not_ours("a", Target::Control, false));
    }

    #[test]
    fn keys_become_actions_for_the_class_on_screen() {
        use crate::engine::presenter::{PresenterAction as A, Stage};
        use crate::engine::session::Deal;
        use std::rc::Rc;
        let quiz = Rc::new(
            crate::engine::load::load(include_str!("../../tests/fixtures/mini.toml")).expect("mini is valid"),
        );
        let lobby = Presenter::new(quiz, Deal { seed: 3, count: Some(1), ..Deal::default() });
        let show = lobby.step(A::Next).expect("deals");
        assert_eq!(action_for(Key::Next, &lobby, 0), Some(A::Next));
        assert_eq!(action_for(Key::Timer, &show, 42), Some(A::ToggleTimer { now: 42 }));
        assert_eq!(action_for(Key::Add(0), &show, 0), None, "nothing is being counted yet");
        assert_eq!(action_for(Key::Fullscreen, &show, 0), None);
        assert_eq!(action_for(Key::Help, &show, 0), None);
        let vote = show.step(A::Next).expect("votes");
        assert_eq!(
            vote.stage(),
            Stage::Vote { round: crate::engine::presenter::Round::First, part: Part::Role }
        );
        let b = vote.lettered(Part::Role)[1].clone();
        assert_eq!(action_for(Key::Add(1), &vote, 0), Some(A::Add(b.clone())));
        assert_eq!(action_for(Key::Remove(1), &vote, 0), Some(A::Remove(b)));
        assert_eq!(action_for(Key::Add(2), &vote, 0), None, "the role question has two options");
        let team = vote.step(A::Focus(Part::Team)).expect("focus");
        assert_eq!(action_for(Key::Add(1), &team, 0), Some(A::Add(team.lettered(Part::Team)[1].clone())));
        assert_eq!(action_for(Key::Question(Part::Role), &team, 0), Some(A::Focus(Part::Role)));
        for (key, action) in [
            (Key::Back, A::Back),
            (Key::Reveal, A::Reveal),
            (Key::Chart, A::ToggleChart),
            (Key::VoteAgain, A::VoteAgain),
        ] {
            assert_eq!(action_for(key, &team, 0), Some(action));
        }
    }
}
