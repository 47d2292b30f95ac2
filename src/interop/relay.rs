//! The classroom relay as the pages see it, pure and tested on the host: where the relay's socket is, how long
//! to wait before reconnecting, what the presenter tells the room at each stage of the class (and what a tally
//! means for it), and the phone's side of the conversation as a small state machine that says what to send.
//! The messages themselves are the shared `rolecall-protocol` crate's; `platform::socket` moves them.

use rolecall_protocol as wire;
use serde::{Deserialize, Serialize};
use wire::{Answer, ClientMsg, CloseReason, ErrorCode, Question, ServerMsg, Wording};

use crate::engine::presenter::{Part, Presenter, PresenterAction, Round, Stage, letter};
use crate::engine::quiz::Quiz;

/// The phone page's file, beside the other pages.
pub const PHONE_PAGE: &str = "join.html";

/// The relay's WebSocket address: the page's own origin (`http://host:port`) or the `relay=` one, with
/// `ws(s)://` for `http(s)://` and the protocol's path. `None` for anything but an http(s) origin.
pub fn socket_url(page_origin: &str, relay: Option<&str>) -> Option<String> {
    let origin = relay.map(str::trim).filter(|r| !r.is_empty()).unwrap_or(page_origin).trim_end_matches('/');
    // At the first ':' then "//", not split_once("://"): see `paragraphs` for why no &str pattern here.
    let (scheme, rest) = origin.split_once(':')?;
    let rest = rest.strip_prefix("//")?;
    let ws = match scheme.to_ascii_lowercase().as_str() {
        "http" | "ws" => "ws",
        "https" | "wss" => "wss",
        _ => return None,
    };
    // Only the origin: whatever path `relay=` carried, the socket is at the protocol's path.
    let host = rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())?;
    Some(format!("{ws}://{host}{}", wire::WS_PATH))
}

/// The paragraphs of a why sent to phones, the parts between `"\n\n"`: exactly `text.split("\n\n")`, written
/// out so that the phone page links no substring search (`str::pattern::StrSearcher`, which a `&str` pattern
/// brings in; with `socket_url` splitting at a `char`, nothing else on the page uses it): 1,042 B gzip less
/// on join.html's wasm, measured 2026-12-02 (wasm-opt -Oz, gzip -9). Host tests hold it to `split`.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.as_bytes().windows(2).position(|w| w == b"\n\n") {
            Some(at) => {
                rest = Some(&text[at + 2..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// Milliseconds to wait before reconnection attempt `attempt` (0 for the first after a drop): 0.5 s, 1 s,
/// 2 s, … capped at 10 s, as the protocol asks.
pub fn backoff_ms(attempt: u32) -> u32 {
    500u32.saturating_mul(1 << attempt.min(5)).min(10_000)
}

/// The room the presenter holds, kept with the class so a reload takes the same room back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    pub code: String,
    pub secret: String,
}

fn wire_part(part: Part) -> wire::Part {
    match part {
        Part::Role => wire::Part::Role,
        Part::Team => wire::Part::Team,
    }
}

fn wire_round(round: Round) -> wire::Round {
    match round {
        Round::First => wire::Round::First,
        Round::Second => wire::Round::Second,
    }
}

/// Cut `text` to at most `max` characters, with an ellipsis when cut.
fn at_most(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// What the room must hear at the class's stage: the question being voted (with its texts, since a phone
/// may have no copy of the quiz), the answer once revealed, or "wait". The texts are the quiz's own, in its
/// language, worded by [`wording`] (the same words every other edition's texts get); [`slimmer`] drops them
/// when the message would be too big. A practice card is announced as a scenario's role question is, with its
/// kind: its item's id, its options with their letters and labels, the item's text and question as the
/// prompt, and on the reveal its answer and why.
pub fn stage_message(class: &Presenter) -> ClientMsg {
    let quiz = class.quiz();
    let msg = bare_message(class);
    match wording(quiz, &msg) {
        Some(w) => dressed(msg, w),
        None => msg,
    }
}

/// [`stage_message`] without its texts: which card, part and round, the options' ids and letters, the right
/// options once revealed.
fn bare_message(class: &Presenter) -> ClientMsg {
    let quiz = class.quiz();
    let Some(card) = class.card() else { return ClientMsg::Standby };
    let item = card.practice.as_ref().and_then(|_| quiz.practice.item(&card.scenario));
    let scenario = quiz.scenario(&card.scenario);
    let id = match (item, scenario) {
        (Some(item), _) => item.id.to_string(),
        (None, Some(s)) => s.id.to_string(),
        (None, None) => return ClientMsg::Standby,
    };
    match class.stage() {
        Stage::Vote { round, part } => {
            let part = if item.is_some() { Part::Role } else { part };
            let choice = |(i, id): (usize, &crate::engine::quiz::Id)| wire::Choice {
                id: id.to_string(),
                letter: letter(i).to_string(),
                label: None,
            };
            ClientMsg::Announce(Question {
                kind: item.map(|item| item.kind.tag().to_string()),
                edition: None,
                scenario: id,
                part: wire_part(part),
                round: wire_round(round),
                options: class.lettered(part).iter().enumerate().map(choice).collect(),
                prompt: None,
                lang: None,
                texts: Vec::new(),
            })
        }
        Stage::Reveal => {
            let right = match (item, scenario) {
                (Some(item), _) => vec![(Part::Role, &item.answer)],
                (None, Some(s)) => vec![(Part::Role, &s.role), (Part::Team, &s.team)],
                (None, None) => Vec::new(),
            };
            let right = right
                .into_iter()
                .map(|(part, option)| wire::Right {
                    part: wire_part(part),
                    option: option.to_string(),
                    label: None,
                })
                .collect();
            ClientMsg::Reveal(Answer { scenario: id, right, why: None, lang: None, texts: Vec::new() })
        }
        _ => ClientMsg::Standby,
    }
}

/// `msg` with `w`'s texts as its own: the prompt or the why, a label per option, and their language.
fn dressed(msg: ClientMsg, w: Wording) -> ClientMsg {
    let mut labels = w.labels.into_iter();
    match msg {
        ClientMsg::Announce(q) => {
            let options = q.options.into_iter().map(|o| wire::Choice { label: labels.next(), ..o }).collect();
            ClientMsg::Announce(Question { options, prompt: w.prompt, lang: Some(w.lang), ..q })
        }
        ClientMsg::Reveal(a) => {
            let right = a.right.into_iter().map(|r| wire::Right { label: labels.next(), ..r }).collect();
            ClientMsg::Reveal(Answer { right, why: w.why, lang: Some(w.lang), ..a })
        }
        other => other,
    }
}

/// Whether two language tags name the same language ("es", "es-MX", "ES").
fn same_language(a: &str, b: &str) -> bool {
    let primary = |t: &str| t.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    primary(a) == primary(b)
}

/// A question's or an answer's texts in `quiz`, the class's quiz or another edition of it (the built-in
/// quiz's editions share every id): the prompt or the why, and a label per option; `None` when the edition
/// lacks the scenario or an option, so a phone never mixes two languages.
fn wording(quiz: &Quiz, msg: &ClientMsg) -> Option<Wording> {
    let label =
        |id: &str| quiz.role(id).or_else(|| quiz.team(id)).map(|c| at_most(&c.label, wire::MAX_LABEL_CHARS));
    let lang = at_most(&quiz.language, wire::MAX_LANG_LEN);
    if let Some(w) = practice_wording(quiz, msg, &lang) {
        return Some(w);
    }
    match msg {
        ClientMsg::Announce(q) => {
            let s = quiz.scenario(&q.scenario)?;
            let asked = match q.part {
                wire::Part::Role => &quiz.questions.role,
                wire::Part::Team => &quiz.questions.team,
            };
            let prompt = at_most(&format!("{}\n{asked}", s.title), wire::MAX_PROMPT_CHARS);
            let labels = q.options.iter().map(|o| label(&o.id)).collect::<Option<_>>()?;
            Some(Wording { lang, prompt: Some(prompt), labels, why: None })
        }
        ClientMsg::Reveal(a) => {
            let s = quiz.scenario(&a.scenario)?;
            let labels = a.right.iter().map(|r| label(&r.option)).collect::<Option<_>>()?;
            let why = [&s.role, &s.team].iter().filter_map(|id| s.why(id)).collect::<Vec<_>>().join("\n\n");
            let why = (!why.is_empty()).then(|| at_most(&why, wire::MAX_WHY_CHARS));
            Some(Wording { lang, prompt: None, labels, why })
        }
        _ => None,
    }
}

/// [`wording`] for a practice card: the item's text and its question, the question's option labels, the
/// item's why; `None` when the message is not about a practice item there.
fn practice_wording(quiz: &Quiz, msg: &ClientMsg, lang: &str) -> Option<Wording> {
    let id = match msg {
        ClientMsg::Announce(q) => &q.scenario,
        ClientMsg::Reveal(a) => &a.scenario,
        _ => return None,
    };
    let item = quiz.practice.item(id)?;
    let question = quiz.practice.question_of(item);
    let label = |id: &str| {
        question.options.iter().find(|o| &*o.id == id).map(|o| at_most(&o.label, wire::MAX_LABEL_CHARS))
    };
    let lang = lang.to_string();
    Some(match msg {
        ClientMsg::Announce(q) => Wording {
            lang,
            prompt: Some(at_most(&format!("{}\n{}", item.text, question.prompt), wire::MAX_PROMPT_CHARS)),
            labels: q.options.iter().map(|o| label(&o.id)).collect::<Option<_>>()?,
            why: None,
        },
        _ => Wording {
            lang,
            prompt: None,
            labels: vec![label(&item.answer)?],
            why: Some(at_most(&item.why, wire::MAX_WHY_CHARS)),
        },
    })
}

/// `msg` with its texts in each of `others` (the built-in quiz's other editions, fetched by the presenter),
/// so that every phone shows the question and the answer in its reader's language. An edition in the
/// message's own language, or one that lacks this scenario, adds nothing.
pub fn with_texts(msg: ClientMsg, others: &[std::rc::Rc<Quiz>]) -> ClientMsg {
    let own = match &msg {
        ClientMsg::Announce(q) => q.lang.clone(),
        ClientMsg::Reveal(a) => a.lang.clone(),
        _ => return msg,
    };
    let mut texts: Vec<Wording> = Vec::new();
    for quiz in others {
        let fresh = |l: &str| {
            !own.as_deref().is_some_and(|o| same_language(o, l))
                && !texts.iter().any(|w| same_language(&w.lang, l))
        };
        if texts.len() < wire::MAX_TEXTS && fresh(&quiz.language) {
            texts.extend(wording(quiz, &msg));
        }
    }
    match msg {
        ClientMsg::Announce(q) => ClientMsg::Announce(Question { texts, ..q }),
        ClientMsg::Reveal(a) => ClientMsg::Reveal(Answer { texts, ..a }),
        other => other,
    }
}

/// The wording of a message's texts in the phone's language `lang`: the message's own when it is in that
/// language or none of `texts` is, else the first of `texts` in `lang` that has every text the message has.
fn wording_for<'a>(
    own: Option<&str>,
    texts: &'a [Wording],
    lang: &str,
    complete: impl Fn(&Wording) -> bool,
) -> Option<&'a Wording> {
    if own.is_some_and(|o| same_language(o, lang)) {
        return None;
    }
    texts.iter().find(|w| same_language(&w.lang, lang) && complete(w))
}

/// The question as a phone reading `lang` shows it: its prompt, labels and `lang` from the matching
/// [`Wording`] when the presenter sent one, else as sent (the quiz's language, marked with its tag).
pub fn question_in(q: &Question, lang: &str) -> Question {
    let labelled = q.options.iter().any(|o| o.label.is_some());
    let complete = |w: &Wording| {
        w.prompt.is_some() == q.prompt.is_some() && (w.labels.len() == q.options.len() || !labelled)
    };
    let Some(w) = wording_for(q.lang.as_deref(), &q.texts, lang, complete) else { return q.clone() };
    let options = q
        .options
        .iter()
        .enumerate()
        .map(|(i, o)| wire::Choice { label: o.label.as_ref().and(w.labels.get(i).cloned()), ..o.clone() })
        .collect();
    Question { options, prompt: w.prompt.clone(), lang: Some(w.lang.clone()), ..q.clone() }
}

/// The answer as a phone reading `lang` shows it (see [`question_in`]).
pub fn answer_in(a: &Answer, lang: &str) -> Answer {
    let labelled = a.right.iter().any(|r| r.label.is_some());
    let complete =
        |w: &Wording| w.why.is_some() == a.why.is_some() && (w.labels.len() == a.right.len() || !labelled);
    let Some(w) = wording_for(a.lang.as_deref(), &a.texts, lang, complete) else { return a.clone() };
    let right = a
        .right
        .iter()
        .enumerate()
        .map(|(i, r)| wire::Right { label: r.label.as_ref().and(w.labels.get(i).cloned()), ..r.clone() })
        .collect();
    Answer { right, why: w.why.clone(), lang: Some(w.lang.clone()), ..a.clone() }
}

/// A smaller form of a message that was too big to send: an announce or a reveal without its texts in other
/// languages, then an announce without its texts, a reveal without its why, then without its labels. `None`
/// when nothing is left to drop.
pub fn slimmer(msg: &ClientMsg) -> Option<ClientMsg> {
    match msg {
        ClientMsg::Announce(q) if !q.texts.is_empty() => {
            Some(ClientMsg::Announce(Question { texts: Vec::new(), ..q.clone() }))
        }
        ClientMsg::Reveal(a) if !a.texts.is_empty() => {
            Some(ClientMsg::Reveal(Answer { texts: Vec::new(), ..a.clone() }))
        }
        ClientMsg::Announce(q) if q.prompt.is_some() || q.options.iter().any(|o| o.label.is_some()) => {
            Some(ClientMsg::Announce(q.without_texts()))
        }
        ClientMsg::Reveal(a) if a.why.is_some() => Some(ClientMsg::Reveal(Answer { why: None, ..a.clone() })),
        ClientMsg::Reveal(a) if a.right.iter().any(|r| r.label.is_some()) => {
            let right = a.right.iter().map(|r| wire::Right { label: None, ..r.clone() }).collect();
            Some(ClientMsg::Reveal(Answer { right, ..a.clone() }))
        }
        _ => None,
    }
}

/// The relay's tally as an action on the class: only for the card on screen (a late tally of another
/// scenario is dropped); the engine decides whether it applies at this stage.
pub fn tally_action(class: &Presenter, tally: &wire::Tally) -> Option<PresenterAction> {
    let card = class.card()?;
    if *card.scenario != *tally.scenario {
        return None;
    }
    let part = match tally.part {
        wire::Part::Role => Part::Role,
        wire::Part::Team => Part::Team,
    };
    let round = match tally.round {
        wire::Round::First => Round::First,
        wire::Round::Second => Round::Second,
    };
    let counts = tally.counts.iter().map(|c| (c.option.as_str().into(), c.n)).collect();
    Some(PresenterAction::PhoneTally { round, part, counts })
}

/// A part's and a round's names on the wire (`"role"`, `"second"`), for the phone page, which writes its
/// vote by hand rather than through serde's serializer (see `platform::socket`).
pub fn wire_names(part: wire::Part, round: wire::Round) -> (&'static str, &'static str) {
    let part = if part == wire::Part::Role { "role" } else { "team" };
    let round = if round == wire::Round::First { "first" } else { "second" };
    (part, round)
}

/// The key a phone keeps a vote under: the question's scenario, part and round.
pub fn question_key(scenario: &str, part: wire::Part, round: wire::Round) -> String {
    let part = if part == wire::Part::Role { "role" } else { "team" };
    let round = if round == wire::Round::First { 1 } else { 2 };
    format!("{scenario}/{part}/{round}")
}

/// A phone's held votes as text for its tab's storage: one `key<TAB>option` a line (keys and option ids
/// never hold a tab or a line break). Plain lines rather than JSON: the phone page then needs no serde
/// serializer at all (see `platform::socket`).
pub fn held_to_text(held: &[(String, String)]) -> String {
    held.iter().map(|(key, option)| format!("{key}\t{option}\n")).collect()
}

/// The held votes back from [`held_to_text`]'s text; a line that is not one (another release's text, a
/// damaged value) is left out.
pub fn held_from_text(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| line.split_once('\t'))
        .filter(|(key, option)| !key.is_empty() && wire::valid_id(option))
        .map(|(key, option)| (key.to_string(), option.to_string()))
        .collect()
}

/// Where the phone is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhoneStage {
    /// Connecting and joining the room.
    Joining,
    /// In the room; no question is open.
    Waiting,
    /// A question is open: the phone can vote, and change its vote.
    Asked,
    /// The answer is out.
    Revealed,
    /// The room ended for this phone (closed, expired, or this phone opened in another tab).
    Ended(CloseReason),
    /// The relay refused the phone (no such room, full, or another version): it does not reconnect.
    Refused(ErrorCode),
}

/// The phone's side of the room: what it shows, and the votes it holds per question, so that after any
/// reconnect (a reload, a phone that slept, a relay restart) it can send them again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    pub code: String,
    pub token: String,
    pub stage: PhoneStage,
    pub question: Option<Question>,
    pub answer: Option<Answer>,
    /// The vote the relay holds for the current question.
    pub mine: Option<String>,
    /// A vote sent and not yet confirmed.
    pub pending: Option<String>,
    /// The phone's votes, by [`question_key`] (kept in sessionStorage by the page).
    pub held: Vec<(String, String)>,
    /// Whether the relay ever let this phone in (with the votes held, a reloaded page counts as in).
    pub joined: bool,
    /// Set when the page should join again after a pause: the room this phone was in is not back yet (the
    /// relay restarted, and the presenter has not taken the room back). The page clears it.
    pub rejoin: bool,
}

/// What happens to the phone.
#[derive(Clone, Debug, PartialEq)]
pub enum PhoneEvent {
    /// The socket is open (first time or again).
    Connected,
    /// A message from the relay.
    Server(ServerMsg),
    /// The student picked an option.
    Choose(String),
}

impl Phone {
    pub fn new(code: String, token: String, held: Vec<(String, String)>) -> Phone {
        Phone {
            code,
            token,
            stage: PhoneStage::Joining,
            question: None,
            answer: None,
            mine: None,
            pending: None,
            joined: !held.is_empty(),
            held,
            rejoin: false,
        }
    }

    /// The vote to show as the phone's: the one sent, else the one the relay holds.
    pub fn vote(&self) -> Option<&str> {
        self.pending.as_deref().or(self.mine.as_deref())
    }

    /// Whether the page should keep (re)connecting.
    pub fn wants_connection(&self) -> bool {
        !matches!(self.stage, PhoneStage::Ended(_) | PhoneStage::Refused(_))
    }

    fn key(&self) -> Option<String> {
        self.question.as_ref().map(|q| question_key(&q.scenario, q.part, q.round))
    }

    fn held_for(&self, key: &str) -> Option<&String> {
        self.held.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn hold(&mut self, key: String, option: String) {
        match self.held.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = option,
            None => self.held.push((key, option)),
        }
        // A class is a few dozen questions; a phone never keeps more than that.
        if self.held.len() > 64 {
            self.held.remove(0);
        }
    }

    /// A vote for `option` on the current question, remembered as pending.
    fn send_vote(&mut self, option: String) -> Vec<ClientMsg> {
        let Some(q) = &self.question else { return Vec::new() };
        let ballot = wire::Ballot {
            scenario: q.scenario.clone(),
            part: q.part,
            round: q.round,
            option: option.clone(),
        };
        self.pending = Some(option);
        vec![ClientMsg::Vote(ballot)]
    }

    /// Apply `event`; returns the messages to send.
    pub fn on(&mut self, event: PhoneEvent) -> Vec<ClientMsg> {
        match event {
            PhoneEvent::Connected => {
                self.pending = None;
                vec![ClientMsg::Join { code: self.code.clone(), token: self.token.clone() }]
            }
            PhoneEvent::Choose(option) => {
                let open = self.stage == PhoneStage::Asked;
                let offered = self.question.as_ref().is_some_and(|q| q.has_option(&option));
                if !open || !offered || self.vote() == Some(option.as_str()) {
                    return Vec::new();
                }
                self.send_vote(option)
            }
            PhoneEvent::Server(msg) => self.on_server(msg),
        }
    }

    fn on_server(&mut self, msg: ServerMsg) -> Vec<ClientMsg> {
        match msg {
            ServerMsg::Joined { .. } => {
                self.joined = true;
                if self.stage == PhoneStage::Joining {
                    self.stage = PhoneStage::Waiting;
                }
            }
            // The room this phone was in is gone from a relay that restarted: it comes back when the
            // presenter reconnects, so try again rather than give up.
            ServerMsg::Error { code: ErrorCode::UnknownRoom, .. } if self.joined => {
                self.stage = PhoneStage::Joining;
                self.rejoin = true;
            }
            ServerMsg::Question(q) => {
                let key = question_key(&q.scenario, q.part, q.round);
                let same = self.key().as_deref() == Some(key.as_str());
                // Open for votes (a rejoin into a revealed scenario gets the answer right after).
                self.stage = PhoneStage::Asked;
                self.answer = None;
                self.question = Some(q);
                if !same {
                    self.mine = None;
                    self.pending = None;
                }
                // A vote this phone already gave on this question goes again: the relay may have lost it.
                if let Some(option) = self.held_for(&key).cloned() {
                    return self.send_vote(option);
                }
            }
            ServerMsg::Mine(m) if Some(question_key(&m.scenario, m.part, m.round)) == self.key() => {
                let key = question_key(&m.scenario, m.part, m.round);
                self.pending = None;
                match m.option {
                    Some(option) => {
                        self.hold(key, option.clone());
                        self.mine = Some(option);
                    }
                    None => self.mine = None,
                }
            }
            ServerMsg::Standby => {
                self.stage = PhoneStage::Waiting;
                self.question = None;
                self.answer = None;
                self.mine = None;
                self.pending = None;
            }
            ServerMsg::Revealed(a) => {
                self.stage = PhoneStage::Revealed;
                self.pending = None;
                self.answer = Some(a);
            }
            ServerMsg::Closed { reason } => self.stage = PhoneStage::Ended(reason),
            ServerMsg::Error { code, .. } => match code {
                ErrorCode::UnknownRoom | ErrorCode::RoomFull | ErrorCode::RelayFull | ErrorCode::Version => {
                    self.stage = PhoneStage::Refused(code);
                }
                // The vote did not count (the question moved on, or the answer is out): show the relay's.
                ErrorCode::Stale | ErrorCode::NotVoting | ErrorCode::UnknownOption | ErrorCode::Flood => {
                    self.pending = None;
                }
                _ => {}
            },
            _ => {}
        }
        Vec::new()
    }
}
