//! Keyboard shortcuts for self-study: number keys choose options, Enter submits and continues, `?` opens
//! the list of keys.
//!
//! The pure half decides what a key press means, given where focus is; the web half listens on the
//! document (focus may be on the page itself, outside the app) and is removed when dropped.

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StudyKey {
    /// Choose the n-th option (1-based), counting the role options first, then the team options.
    Choose(usize),
    /// Submit the answer, or go on.
    Enter,
    /// Show the list of keys.
    Help,
}

/// Where the key was pressed, as far as the decision needs to know.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Target {
    /// Focus is in a field that takes typing (a text box): leave every key to it.
    pub typing: bool,
    /// Focus is on something Enter already activates (a button, a link): leave Enter to it.
    pub activates: bool,
    /// Ctrl, Alt or Meta is held: the key belongs to the browser or the system.
    pub modified: bool,
}

/// The meaning of `key` (a `KeyboardEvent.key` value) pressed at `target`, if any.
pub fn study_key(key: &str, target: Target) -> Option<StudyKey> {
    if target.typing || target.modified {
        return None;
    }
    match key {
        "Enter" if !target.activates => Some(StudyKey::Enter),
        "?" => Some(StudyKey::Help),
        _ => {
            let mut chars = key.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ '1'..='9'), None) => c.to_digit(10).map(|d| StudyKey::Choose(d as usize)),
                _ => None,
            }
        }
    }
}

/// The web half: calls `on_key` for every meaningful key press on the page until the returned listener is
/// dropped. A handled key's default action is prevented (so Enter does not also submit a form twice).
#[cfg(target_arch = "wasm32")]
pub fn listen(on_key: impl Fn(StudyKey) + 'static) -> Option<gloo_events::EventListener> {
    use wasm_bindgen::JsCast;

    let document = web_sys::window()?.document()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(&document, "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        let element = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let tag = element.as_ref().map(|e| e.tag_name().to_ascii_lowercase()).unwrap_or_default();
        let input_type = element.as_ref().and_then(|e| e.get_attribute("type")).unwrap_or_default();
        let target = Target {
            typing: tag == "textarea"
                || tag == "select"
                || (tag == "input"
                    && !matches!(input_type.as_str(), "radio" | "checkbox" | "button" | "submit")),
            activates: matches!(tag.as_str(), "button" | "a" | "summary"),
            modified: event.ctrl_key() || event.alt_key() || event.meta_key(),
        };
        if let Some(key) = study_key(&event.key(), target) {
            event.prevent_default();
            on_key(key);
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_choose_enter_goes_on_and_question_mark_helps() {
        let t = Target::default();
        assert_eq!(study_key("1", t), Some(StudyKey::Choose(1)));
        assert_eq!(study_key("9", t), Some(StudyKey::Choose(9)));
        assert_eq!(study_key("0", t), None);
        assert_eq!(study_key("12", t), None);
        assert_eq!(study_key("Enter", t), Some(StudyKey::Enter));
        assert_eq!(study_key("?", t), Some(StudyKey::Help));
        assert_eq!(study_key("a", t), None);
        assert_eq!(study_key("ArrowDown", t), None, "arrows stay with the radio group");
    }

    #[test]
    fn typing_modifiers_and_buttons_keep_their_keys() {
        assert_eq!(study_key("1", Target { typing: true, ..Target::default() }), None);
        assert_eq!(study_key("?", Target { modified: true, ..Target::default() }), None);
        assert_eq!(study_key("Enter", Target { activates: true, ..Target::default() }), None);
        assert_eq!(
            study_key("2", Target { activates: true, ..Target::default() }),
            Some(StudyKey::Choose(2))
        );
    }
}
