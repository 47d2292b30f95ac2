//! What a well-formed message must also satisfy before the relay acts on it: ids in the quiz loader's shape,
//! bounded texts and option lists, codes/secrets/tokens in their alphabets. The relay checks every incoming
//! message with [`ClientMsg::validate`]; pages may call it before sending to catch their own mistakes.

use std::collections::HashSet;
use std::fmt;

use crate::message::{Answer, Ballot, ClientMsg, Peek, Question, Wording};
use crate::rules::{valid_id, valid_join_code, valid_secret, valid_token};

/// The longest quiz id (the quiz loader's limit).
pub const MAX_ID_LEN: usize = 64;
/// At most this many options per question (the projector letters them A, B, …).
pub const MAX_OPTIONS: usize = 12;
/// Text limits, in characters (the whole message is also bounded by [`crate::MAX_MESSAGE_BYTES`], which binds
/// first when every text is long: a presenter then leaves the texts out, see the protocol spec).
pub const MAX_LABEL_CHARS: usize = 200;
pub const MAX_PROMPT_CHARS: usize = 1500;
pub const MAX_WHY_CHARS: usize = 2000;
/// The longest language tag (BCP 47 allows 35 characters).
pub const MAX_LANG_LEN: usize = 35;
/// At most this many other languages' texts in one message. The built-in quiz has two editions; with both,
/// its longest reveal is 1,140 bytes and its longest announce 662 (measured 2026-12-02 on every scenario),
/// far under [`crate::MAX_MESSAGE_BYTES`]; a presenter drops them first when a message would not fit.
pub const MAX_TEXTS: usize = 4;

/// Which rule a message breaks, in words for the sender (`ErrorCode::Invalid`'s message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid(pub String);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Invalid {}

fn fail(message: impl Into<String>) -> Result<(), Invalid> {
    Err(Invalid(message.into()))
}

/// `Ok` when the peeked version is this crate's [`crate::VERSION`]; otherwise the words to show.
pub fn check_version(peek: Peek) -> Result<(), Invalid> {
    match peek.v {
        Some(v) if v == u64::from(crate::VERSION) => Ok(()),
        Some(v) => fail(format!(
            "this relay speaks protocol version {}, the page sent version {v}: reload the page (it and the relay \
             must come from the same RoleCall release)",
            crate::VERSION
        )),
        None => fail(format!(
            "the message has no protocol version `v` (this relay speaks version {})",
            crate::VERSION
        )),
    }
}

fn id(what: &str, value: &str) -> Result<(), Invalid> {
    if valid_id(value) {
        Ok(())
    } else {
        fail(format!("{what} must be 1 to {MAX_ID_LEN} letters, digits, `-` or `_`"))
    }
}

fn text(what: &str, value: Option<&str>, max: usize) -> Result<(), Invalid> {
    match value {
        Some(t) if t.chars().count() > max => fail(format!("{what} is longer than {max} characters")),
        Some(t) if t.chars().any(|c| c.is_control() && c != '\n') => {
            fail(format!("{what} has a control character"))
        }
        _ => Ok(()),
    }
}

fn lang(value: Option<&str>) -> Result<(), Invalid> {
    match value {
        Some(l)
            if l.is_empty()
                || l.len() > MAX_LANG_LEN
                || !l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') =>
        {
            fail(format!("lang must be a language tag of at most {MAX_LANG_LEN} letters, digits and `-`"))
        }
        _ => Ok(()),
    }
}

/// What a message's texts in other languages must be: each in its own language (not the message's own, no two
/// alike), with all labels or none (`items`: how many the message lists), bounded texts, and only the texts
/// this kind of message has (`prompt` for a question, `why` for an answer).
fn wordings(texts: &[Wording], own: Option<&str>, items: usize, question: bool) -> Result<(), Invalid> {
    if texts.len() > MAX_TEXTS {
        return fail(format!("a message has texts in at most {MAX_TEXTS} other languages"));
    }
    for (i, w) in texts.iter().enumerate() {
        lang(Some(&w.lang))?;
        let same = |other: &str| other.eq_ignore_ascii_case(&w.lang);
        if own.is_some_and(same) || texts[..i].iter().any(|o| same(&o.lang)) {
            return fail(format!("texts in `{}` are given twice", w.lang));
        }
        if !w.labels.is_empty() && w.labels.len() != items {
            return fail(format!("texts in `{}` must have a label for every option or none", w.lang));
        }
        for label in &w.labels {
            text("a label in texts", Some(label), MAX_LABEL_CHARS)?;
        }
        if question && w.why.is_some() {
            return fail("a question's texts have no why (it comes with the reveal)");
        }
        if !question && w.prompt.is_some() {
            return fail("an answer's texts have no prompt");
        }
        text("a prompt in texts", w.prompt.as_deref(), MAX_PROMPT_CHARS)?;
        text("a why in texts", w.why.as_deref(), MAX_WHY_CHARS)?;
    }
    Ok(())
}

impl Question {
    /// Ids, 1 to [`MAX_OPTIONS`] options with distinct ids and distinct single capital letters, bounded texts.
    pub fn validate(&self) -> Result<(), Invalid> {
        if let Some(e) = &self.edition {
            id("edition", e)?;
        }
        id("scenario", &self.scenario)?;
        if self.options.is_empty() || self.options.len() > MAX_OPTIONS {
            return fail(format!("a question has 1 to {MAX_OPTIONS} options"));
        }
        let mut ids = HashSet::new();
        let mut letters = HashSet::new();
        for choice in &self.options {
            id("an option's id", &choice.id)?;
            if !ids.insert(choice.id.as_str()) {
                return fail(format!("option `{}` is listed twice", choice.id));
            }
            let letter = choice.letter.as_bytes();
            if letter.len() != 1 || !letter[0].is_ascii_uppercase() {
                return fail("an option's letter is one capital letter, A to Z");
            }
            if !letters.insert(letter[0]) {
                return fail(format!("letter {} is used twice", choice.letter));
            }
            text("an option's label", choice.label.as_deref(), MAX_LABEL_CHARS)?;
        }
        text("prompt", self.prompt.as_deref(), MAX_PROMPT_CHARS)?;
        lang(self.lang.as_deref())?;
        if let Some(kind) = &self.kind {
            id("kind", kind)?;
        }
        wordings(&self.texts, self.lang.as_deref(), self.options.len(), true)
    }

    /// Whether `option` is one of this question's option ids.
    pub fn has_option(&self, option: &str) -> bool {
        self.options.iter().any(|c| c.id == option)
    }

    /// The same question without its texts (for a presenter whose texts do not fit in one message).
    pub fn without_texts(&self) -> Question {
        let options = self.options.iter().map(|c| crate::Choice { label: None, ..c.clone() }).collect();
        Question { options, prompt: None, lang: None, texts: Vec::new(), ..self.clone() }
    }
}

impl Answer {
    /// Ids, at most one right option per part, bounded texts.
    pub fn validate(&self) -> Result<(), Invalid> {
        id("scenario", &self.scenario)?;
        if self.right.len() > 2 {
            return fail("a reveal names at most one right option per part (role, team)");
        }
        if self.right.len() == 2 && self.right[0].part == self.right[1].part {
            return fail("a reveal names at most one right option per part (role, team)");
        }
        for right in &self.right {
            id("the right option", &right.option)?;
            text("the right option's label", right.label.as_deref(), MAX_LABEL_CHARS)?;
        }
        text("why", self.why.as_deref(), MAX_WHY_CHARS)?;
        lang(self.lang.as_deref())?;
        wordings(&self.texts, self.lang.as_deref(), self.right.len(), false)
    }
}

impl Ballot {
    /// Ids only; whether the option belongs to the question asked is the room's rule.
    pub fn validate(&self) -> Result<(), Invalid> {
        id("scenario", &self.scenario)?;
        id("option", &self.option)
    }
}

impl ClientMsg {
    /// Every field rule of this message (not the room's rules: who may send it, which question is open).
    pub fn validate(&self) -> Result<(), Invalid> {
        match self {
            ClientMsg::Open { code: None, secret: None } => Ok(()),
            ClientMsg::Open { code: Some(code), secret: Some(secret) } => {
                if !valid_join_code(code) {
                    return fail("code is not a join code (6 capitals and digits, as the relay gave it)");
                }
                if !valid_secret(secret) {
                    return fail("secret is not a room secret (as the relay gave it)");
                }
                Ok(())
            }
            ClientMsg::Open { .. } => {
                fail("open takes both code and secret (to take a room back) or neither")
            }
            ClientMsg::Announce(question) => question.validate(),
            ClientMsg::Reveal(answer) => answer.validate(),
            ClientMsg::Join { code, token } => {
                if !valid_join_code(code) {
                    return fail(
                        "code is not a join code (6 capitals and digits; normalize what was typed first)",
                    );
                }
                if !valid_token(token) {
                    return fail("token must be 16 to 64 base64url characters (A-Z a-z 0-9 - _)");
                }
                Ok(())
            }
            ClientMsg::Vote(ballot) => ballot.validate(),
            ClientMsg::Standby | ClientMsg::Close | ClientMsg::Leave | ClientMsg::Ping => Ok(()),
        }
    }

    /// Whether only the room's presenter may send this.
    pub fn is_presenter_only(&self) -> bool {
        matches!(self, ClientMsg::Announce(_) | ClientMsg::Standby | ClientMsg::Reveal(_) | ClientMsg::Close)
    }
}
