//! What a key press means, on each page that takes shortcuts: self-study's (number keys choose, Enter
//! submits and goes on, `?` lists the keys) and the presenter's (arrows step, letters count votes…).
//!
//! One rule for every page says when a key is not ours ([`KeyPress::ours`]): with Ctrl, Alt or Meta held
//! (the browser's and the system's shortcuts), while focus is in a field that takes typing, Space and Enter
//! on a focused button or link (their own activation), and Space and the arrows on a focused radio button or
//! checkbox (they move and tick it). The one listener is `platform::keyboard`; this is pure and host-tested.

use crate::engine::presenter::{Part, Presenter, PresenterAction};

/// Where focus is when a key goes down.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Target {
    /// A field that takes typing (a text box, a number box, a select, an editable region).
    Field,
    /// A radio button or checkbox: the arrows and Space work it.
    Choice,
    /// A button, link or summary: Space and Enter activate it.
    Control,
    /// Anything else (the page itself).
    #[default]
    Page,
}

/// A key press as the page sees it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct KeyPress {
    /// `KeyboardEvent.key`.
    pub key: String,
    pub shift: bool,
    /// Ctrl, Alt or Meta is held.
    pub modified: bool,
    /// The key is held down and repeating.
    pub repeat: bool,
    pub target: Target,
}

impl KeyPress {
    /// Whether the page may take this key (see the module's rule). Held-down repeats are never taken, so a
    /// held key does not submit, step or count again and again.
    pub fn ours(&self) -> bool {
        let key = self.key.as_str();
        !(self.modified
            || self.repeat
            || self.target == Target::Field
            || (self.target == Target::Control && matches!(key, " " | "Enter"))
            || (self.target == Target::Choice
                && matches!(key, " " | "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight")))
    }
}

/// What a key asks of self-study.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StudyKey {
    /// Choose the n-th option (1-based), counting the role options first, then the team options.
    Choose(usize),
    /// Submit the answer, or go on.
    Enter,
    /// Show the list of keys.
    Help,
}

/// Self-study's meaning of a key press, if any.
pub fn study_key(press: &KeyPress) -> Option<StudyKey> {
    if !press.ours() {
        return None;
    }
    match press.key.as_str() {
        "Enter" => Some(StudyKey::Enter),
        "?" => Some(StudyKey::Help),
        key => {
            single(key).and_then(|c| c.to_digit(10)).filter(|&d| d > 0).map(|d| StudyKey::Choose(d as usize))
        }
    }
}

/// What a key asks of the presenter.
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

/// The presenter's meaning of a key press, if any. Letters are read case-blind, so Caps Lock does not turn a
/// vote into a removal: only Shift does.
pub fn presenter_key(press: &KeyPress) -> Option<Key> {
    if !press.ours() {
        return None;
    }
    Some(match press.key.as_str() {
        "ArrowRight" | " " => Key::Next,
        "ArrowLeft" => Key::Back,
        "?" => Key::Help,
        "1" => Key::Question(Part::Role),
        "2" => Key::Question(Part::Team),
        key => match single(key).filter(char::is_ascii_alphabetic)?.to_ascii_lowercase() {
            'r' => Key::Reveal,
            't' => Key::Timer,
            'f' => Key::Fullscreen,
            'h' => Key::Chart,
            'v' => Key::VoteAgain,
            c => {
                let index = usize::from(c as u8 - b'a');
                if press.shift { Key::Remove(index) } else { Key::Add(index) }
            }
        },
    })
}

/// The one character of a key name like "a" or "7" (`None` for "Enter", "ArrowUp"…).
fn single(key: &str) -> Option<char> {
    let mut chars = key.chars();
    chars.next().filter(|_| chars.next().is_none())
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
