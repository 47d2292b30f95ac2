//! The keyboard maps of self-study and the presenter, and the one rule for when a key is not the page's.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use rolecall::engine::deck::Deal;
use rolecall::engine::load::load;
use rolecall::engine::presenter::{Part, Presenter, PresenterAction as A, Round, Stage};
use rolecall::interop::keys::{Key, KeyPress, StudyKey, Target, action_for, presenter_key, study_key};

fn press(key: &str) -> KeyPress {
    KeyPress { key: key.into(), ..KeyPress::default() }
}

fn at(key: &str, target: Target) -> KeyPress {
    KeyPress { target, ..press(key) }
}

#[test]
fn digits_choose_enter_goes_on_and_question_mark_helps() {
    assert_eq!(study_key(&press("1")), Some(StudyKey::Choose(1)));
    assert_eq!(study_key(&press("9")), Some(StudyKey::Choose(9)));
    assert_eq!(study_key(&press("0")), None);
    assert_eq!(study_key(&press("12")), None);
    assert_eq!(study_key(&press("Enter")), Some(StudyKey::Enter));
    assert_eq!(study_key(&press("?")), Some(StudyKey::Help));
    assert_eq!(study_key(&press("a")), None);
    assert_eq!(study_key(&press("ArrowDown")), None, "arrows stay with the radio group");
}

#[test]
fn study_keys_work_from_a_radio_button_but_not_in_a_field_with_a_modifier_or_on_a_button() {
    assert_eq!(study_key(&at("2", Target::Choice)), Some(StudyKey::Choose(2)), "focus on an option");
    assert_eq!(study_key(&at("Enter", Target::Choice)), Some(StudyKey::Enter), "Enter on an option checks");
    assert_eq!(study_key(&at("1", Target::Field)), None);
    assert_eq!(study_key(&KeyPress { modified: true, ..press("?") }), None);
    assert_eq!(study_key(&at("Enter", Target::Control)), None, "Enter clicks the focused button");
    assert_eq!(study_key(&at("2", Target::Control)), Some(StudyKey::Choose(2)));
    assert_eq!(study_key(&KeyPress { repeat: true, ..press("Enter") }), None, "a held key acts once");
}

#[test]
fn the_presenter_keyboard_map() {
    let shifted = |k: &str| KeyPress { shift: true, ..press(k) };
    assert_eq!(presenter_key(&press("ArrowRight")), Some(Key::Next));
    assert_eq!(presenter_key(&press(" ")), Some(Key::Next));
    assert_eq!(presenter_key(&press("ArrowLeft")), Some(Key::Back));
    assert_eq!(presenter_key(&press("r")), Some(Key::Reveal));
    assert_eq!(presenter_key(&shifted("R")), Some(Key::Reveal));
    assert_eq!(presenter_key(&press("t")), Some(Key::Timer));
    assert_eq!(presenter_key(&press("f")), Some(Key::Fullscreen));
    assert_eq!(presenter_key(&press("h")), Some(Key::Chart));
    assert_eq!(presenter_key(&press("v")), Some(Key::VoteAgain));
    assert_eq!(presenter_key(&shifted("?")), Some(Key::Help));
    assert_eq!(presenter_key(&press("1")), Some(Key::Question(Part::Role)));
    assert_eq!(presenter_key(&press("2")), Some(Key::Question(Part::Team)));
    assert_eq!(presenter_key(&press("a")), Some(Key::Add(0)));
    assert_eq!(presenter_key(&shifted("A")), Some(Key::Remove(0)));
    assert_eq!(presenter_key(&press("D")), Some(Key::Add(3)), "Caps Lock is not Shift");
    assert_eq!(presenter_key(&shifted("d")), Some(Key::Remove(3)));
    for other in ["Enter", "Escape", "Tab", "3", "é", "ArrowUp", "", "ab", "Shift"] {
        assert_eq!(presenter_key(&press(other)), None, "{other:?}");
    }
}

#[test]
fn keys_in_fields_with_modifiers_or_on_controls_and_choices_are_left_alone() {
    assert!(press("a").ours());
    assert!(!at("a", Target::Field).ours());
    assert!(!at("ArrowRight", Target::Field).ours(), "a number box keeps its arrows");
    assert!(!KeyPress { modified: true, ..press("r") }.ours(), "Ctrl+R reloads");
    assert!(!at(" ", Target::Control).ours(), "Space clicks the focused button");
    assert!(at("ArrowRight", Target::Control).ours());
    assert!(at("a", Target::Control).ours());
    assert!(!at("ArrowRight", Target::Choice).ours(), "arrows move through a radio group");
    assert!(!at(" ", Target::Choice).ours(), "Space ticks a checkbox");
    assert!(at("a", Target::Choice).ours());
}

#[test]
fn keys_become_actions_for_the_class_on_screen() {
    let quiz = Rc::new(load(include_str!("fixtures/mini.toml")).expect("mini is valid"));
    let lobby = Presenter::new(quiz, Deal { seed: 3, count: Some(1), ..Deal::default() });
    let show = lobby.step(A::Next).expect("deals");
    assert_eq!(action_for(Key::Next, &lobby, 0), Some(A::Next));
    assert_eq!(action_for(Key::Timer, &show, 42), Some(A::ToggleTimer { now: 42 }));
    assert_eq!(action_for(Key::Add(0), &show, 0), None, "nothing is being counted yet");
    assert_eq!(action_for(Key::Fullscreen, &show, 0), None);
    assert_eq!(action_for(Key::Help, &show, 0), None);
    let vote = show.step(A::Next).expect("votes");
    assert_eq!(vote.stage(), Stage::Vote { round: Round::First, part: Part::Role });
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
