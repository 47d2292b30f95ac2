//! One room's rules as plain data: who is in it, the question being asked, every phone's votes on the current
//! scenario, and what each event makes the relay say to whom. No sockets and no clocks here, so the rules are
//! host-tested directly; `hub` routes the [`Out`]s to connections.

use std::collections::HashMap;

use rolecall_protocol::{
    Answer, Ballot, CloseReason, Count, ErrorCode, Mine, Part, Question, Round, ServerMsg, Tally,
};

/// Who a message is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum To {
    Presenter,
    Phone(String),
    /// Every connected phone.
    Phones,
}

/// One message to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Out {
    pub to: To,
    pub msg: ServerMsg,
}

fn out(to: To, msg: ServerMsg) -> Out {
    Out { to, msg }
}

/// A refusal, with the words for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub code: ErrorCode,
    pub message: String,
}

fn refused<T>(code: ErrorCode, message: impl Into<String>) -> Result<T, Refused> {
    Err(Refused { code, message: message.into() })
}

#[derive(Clone, Debug, Default)]
struct Phone {
    connected: bool,
    /// The option voted per question of the current scenario.
    votes: HashMap<(Part, Round), String>,
}

/// A room: its code and secret, its phones, and the presenter's current stage.
#[derive(Clone, Debug)]
pub struct Room {
    pub code: String,
    pub secret: String,
    max_phones: usize,
    phones: HashMap<String, Phone>,
    /// The question last announced (kept through the reveal, so a phone joining then sees what was asked).
    question: Option<Question>,
    revealed: Option<Answer>,
}

impl Room {
    pub fn new(code: String, secret: String, max_phones: usize) -> Room {
        Room { code, secret, max_phones, phones: HashMap::new(), question: None, revealed: None }
    }

    /// Phones connected now.
    pub fn connected(&self) -> u32 {
        u32::try_from(self.phones.values().filter(|p| p.connected).count()).unwrap_or(u32::MAX)
    }

    fn presence(&self) -> Out {
        out(To::Presenter, ServerMsg::Presence { phones: self.connected() })
    }

    /// What a presenter that (re)took the room is told after `opened`: the phones, and the current tally.
    pub fn presenter_state(&self) -> Vec<Out> {
        let mut outs = vec![self.presence()];
        outs.extend(self.tally());
        outs
    }

    /// The tally of the current question (none in standby).
    fn tally(&self) -> Option<Out> {
        let q = self.question.as_ref()?;
        let key = (q.part, q.round);
        let counts: Vec<Count> = q
            .options
            .iter()
            .map(|c| {
                let n = self.phones.values().filter(|p| p.votes.get(&key) == Some(&c.id)).count();
                Count { option: c.id.clone(), n: u32::try_from(n).unwrap_or(u32::MAX) }
            })
            .collect();
        let voted = counts.iter().map(|c| c.n).sum();
        let tally = Tally {
            scenario: q.scenario.clone(),
            part: q.part,
            round: q.round,
            counts,
            voted,
            phones: self.connected(),
        };
        Some(out(To::Presenter, ServerMsg::Tally(tally)))
    }

    fn mine(&self, token: &str) -> Option<Out> {
        let q = self.question.as_ref()?;
        let option = self.phones.get(token).and_then(|p| p.votes.get(&(q.part, q.round))).cloned();
        let mine = Mine { scenario: q.scenario.clone(), part: q.part, round: q.round, option };
        Some(out(To::Phone(token.to_owned()), ServerMsg::Mine(mine)))
    }

    /// What a phone sees of the room right now.
    fn state_for(&self, token: &str) -> Vec<Out> {
        let to = || To::Phone(token.to_owned());
        match &self.question {
            None => vec![out(to(), ServerMsg::Standby)],
            Some(q) => {
                let mut outs = vec![out(to(), ServerMsg::Question(q.clone()))];
                outs.extend(self.mine(token));
                outs.extend(self.revealed.clone().map(|a| out(to(), ServerMsg::Revealed(a))));
                outs
            }
        }
    }

    /// A phone joins (or rejoins with its token, votes intact). A full room makes room by forgetting a phone that
    /// left without voting on this scenario; a known token always gets back in.
    pub fn join(&mut self, token: &str) -> Result<Vec<Out>, Refused> {
        if !self.phones.contains_key(token) && self.phones.len() >= self.max_phones {
            let idle =
                self.phones.iter().find(|(_, p)| !p.connected && p.votes.is_empty()).map(|(t, _)| t.clone());
            match idle {
                Some(t) => {
                    self.phones.remove(&t);
                }
                None => {
                    return refused(
                        ErrorCode::RoomFull,
                        format!("the room is full ({} phones): count this student by hand", self.max_phones),
                    );
                }
            }
        }
        let phone = self.phones.entry(token.to_owned()).or_default();
        let was = phone.connected;
        phone.connected = true;
        let mut outs = vec![out(To::Phone(token.to_owned()), ServerMsg::Joined { code: self.code.clone() })];
        outs.extend(self.state_for(token));
        if !was {
            outs.push(self.presence());
        }
        Ok(outs)
    }

    /// A phone left or its connection dropped: no longer counted as connected; its votes stay.
    pub fn leave(&mut self, token: &str) -> Vec<Out> {
        match self.phones.get_mut(token) {
            Some(p) if p.connected => {
                p.connected = false;
                vec![self.presence()]
            }
            _ => Vec::new(),
        }
    }

    /// A phone votes or changes its vote on the question being asked.
    pub fn vote(&mut self, token: &str, ballot: &Ballot) -> Result<Vec<Out>, Refused> {
        let Some(q) = &self.question else {
            return refused(ErrorCode::NotVoting, "no question is open for votes");
        };
        if self.revealed.is_some() {
            return refused(ErrorCode::NotVoting, "the answer was revealed: votes are closed");
        }
        if (q.scenario.as_str(), q.part, q.round) != (ballot.scenario.as_str(), ballot.part, ballot.round) {
            return refused(ErrorCode::Stale, "this vote is for another question than the one being asked");
        }
        if !q.has_option(&ballot.option) {
            return refused(
                ErrorCode::UnknownOption,
                format!("`{}` is not an option of this question", ballot.option),
            );
        }
        let key = (q.part, q.round);
        let Some(phone) = self.phones.get_mut(token) else {
            return refused(ErrorCode::NotJoined, "join the room before voting");
        };
        if phone.votes.get(&key) == Some(&ballot.option) {
            // A re-sent vote (after a reconnect): confirm it, the tally has not changed.
            return Ok(self.mine(token).into_iter().collect());
        }
        phone.votes.insert(key, ballot.option.clone());
        Ok(self.mine(token).into_iter().chain(self.tally()).collect())
    }

    /// The presenter opens a question. Another scenario than the last starts with no votes; the same one keeps
    /// them (switching part, a second round, or a presenter that re-announces after a reconnect).
    pub fn announce(&mut self, question: Question) -> Vec<Out> {
        if self.question.as_ref().is_none_or(|q| q.scenario != question.scenario) {
            for phone in self.phones.values_mut() {
                phone.votes.clear();
            }
        }
        self.question = Some(question.clone());
        self.revealed = None;
        let mut outs = vec![out(To::Phones, ServerMsg::Question(question))];
        let connected: Vec<String> =
            self.phones.iter().filter(|(_, p)| p.connected).map(|(t, _)| t.clone()).collect();
        outs.extend(connected.iter().filter_map(|t| self.mine(t)));
        outs.extend(self.tally());
        outs
    }

    /// No question open; phones wait.
    pub fn standby(&mut self) -> Vec<Out> {
        self.question = None;
        self.revealed = None;
        vec![out(To::Phones, ServerMsg::Standby)]
    }

    /// The answer: phones see it, and voting stops until the next announce.
    pub fn reveal(&mut self, answer: Answer) -> Vec<Out> {
        self.revealed = Some(answer.clone());
        vec![out(To::Phones, ServerMsg::Revealed(answer))]
    }

    /// The room ends (closed by the presenter, or expired): everyone is told.
    pub fn end(&self, reason: CloseReason) -> Vec<Out> {
        vec![out(To::Phones, ServerMsg::Closed { reason }), out(To::Presenter, ServerMsg::Closed { reason })]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rolecall_protocol::Choice;

    fn question(scenario: &str, part: Part, round: Round) -> Question {
        let options = ["a", "b", "c"]
            .iter()
            .zip(["A", "B", "C"])
            .map(|(id, letter)| Choice { id: (*id).into(), letter: letter.into(), label: None })
            .collect();
        Question {
            kind: None,
            edition: None,
            scenario: scenario.into(),
            part,
            round,
            options,
            prompt: None,
            lang: None,
            texts: Vec::new(),
        }
    }

    fn ballot(scenario: &str, part: Part, round: Round, option: &str) -> Ballot {
        Ballot { scenario: scenario.into(), part, round, option: option.into() }
    }

    fn tally(outs: &[Out]) -> Option<(Vec<u32>, u32, u32)> {
        outs.iter().find_map(|o| match &o.msg {
            ServerMsg::Tally(t) => Some((t.counts.iter().map(|c| c.n).collect(), t.voted, t.phones)),
            _ => None,
        })
    }

    fn room() -> Room {
        Room::new("K7QX2M".into(), "s".repeat(32), 3)
    }

    #[test]
    fn votes_count_change_and_stop_at_the_reveal() {
        let mut r = room();
        r.join("p1").unwrap();
        r.join("p2").unwrap();
        let outs = r.announce(question("s1", Part::Role, Round::First));
        assert_eq!(tally(&outs), Some((vec![0, 0, 0], 0, 2)));
        assert_eq!(outs.iter().filter(|o| matches!(o.msg, ServerMsg::Mine(_))).count(), 2);
        let b = |o| ballot("s1", Part::Role, Round::First, o);
        assert_eq!(tally(&r.vote("p1", &b("a")).unwrap()), Some((vec![1, 0, 0], 1, 2)));
        assert_eq!(tally(&r.vote("p2", &b("a")).unwrap()), Some((vec![2, 0, 0], 2, 2)));
        assert_eq!(tally(&r.vote("p2", &b("c")).unwrap()), Some((vec![1, 0, 1], 2, 2)));
        // The same vote again is confirmed without a new tally.
        let again = r.vote("p2", &b("c")).unwrap();
        assert_eq!((again.len(), tally(&again)), (1, None));
        assert_eq!(r.vote("p1", &b("zz")).unwrap_err().code, ErrorCode::UnknownOption);
        assert_eq!(r.vote("nobody", &b("a")).unwrap_err().code, ErrorCode::NotJoined);
        assert_eq!(
            r.vote("p1", &ballot("s1", Part::Team, Round::First, "a")).unwrap_err().code,
            ErrorCode::Stale
        );
        r.reveal(Answer {
            scenario: "s1".into(),
            right: Vec::new(),
            why: None,
            lang: None,
            texts: Vec::new(),
        });
        assert_eq!(r.vote("p1", &b("b")).unwrap_err().code, ErrorCode::NotVoting);
        r.standby();
        assert_eq!(r.vote("p1", &b("b")).unwrap_err().code, ErrorCode::NotVoting);
    }

    #[test]
    fn a_scenario_keeps_its_votes_per_question_and_the_next_one_starts_empty() {
        let mut r = room();
        r.join("p1").unwrap();
        r.announce(question("s1", Part::Role, Round::First));
        r.vote("p1", &ballot("s1", Part::Role, Round::First, "b")).unwrap();
        r.announce(question("s1", Part::Team, Round::First));
        r.vote("p1", &ballot("s1", Part::Team, Round::First, "c")).unwrap();
        // Back to the role question, and a second round after the reveal.
        assert_eq!(tally(&r.announce(question("s1", Part::Role, Round::First))), Some((vec![0, 1, 0], 1, 1)));
        r.reveal(Answer {
            scenario: "s1".into(),
            right: Vec::new(),
            why: None,
            lang: None,
            texts: Vec::new(),
        });
        let second = r.announce(question("s1", Part::Role, Round::Second));
        assert_eq!(tally(&second), Some((vec![0, 0, 0], 0, 1)));
        assert!(r.vote("p1", &ballot("s1", Part::Role, Round::Second, "a")).is_ok());
        assert_eq!(tally(&r.announce(question("s2", Part::Role, Round::First))), Some((vec![0, 0, 0], 0, 1)));
        assert_eq!(tally(&r.announce(question("s2", Part::Team, Round::First))), Some((vec![0, 0, 0], 0, 1)));
    }

    #[test]
    fn a_rejoining_phone_finds_its_vote_and_the_reveal() {
        let mut r = room();
        r.join("p1").unwrap();
        r.announce(question("s1", Part::Role, Round::First));
        r.vote("p1", &ballot("s1", Part::Role, Round::First, "b")).unwrap();
        assert_eq!(r.leave("p1"), vec![out(To::Presenter, ServerMsg::Presence { phones: 0 })]);
        assert_eq!(r.leave("p1"), Vec::new());
        r.reveal(Answer {
            scenario: "s1".into(),
            right: Vec::new(),
            why: None,
            lang: None,
            texts: Vec::new(),
        });
        let outs = r.join("p1").unwrap();
        let kinds: Vec<&str> = outs
            .iter()
            .map(|o| match &o.msg {
                ServerMsg::Joined { .. } => "joined",
                ServerMsg::Question(_) => "question",
                ServerMsg::Mine(m) if m.option.as_deref() == Some("b") => "mine b",
                ServerMsg::Revealed(_) => "revealed",
                ServerMsg::Presence { phones: 1 } => "presence 1",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["joined", "question", "mine b", "revealed", "presence 1"]);
    }

    #[test]
    fn a_full_room_refuses_new_phones_but_not_known_ones() {
        let mut r = room();
        for t in ["p1", "p2", "p3"] {
            r.join(t).unwrap();
        }
        assert_eq!(r.join("p4").unwrap_err().code, ErrorCode::RoomFull);
        r.leave("p2");
        assert!(r.join("p2").is_ok(), "a known token gets back in");
        // A phone that left without voting makes room for a new one; one that voted keeps its place.
        r.announce(question("s1", Part::Role, Round::First));
        r.vote("p1", &ballot("s1", Part::Role, Round::First, "a")).unwrap();
        r.leave("p1");
        assert_eq!(r.join("p4").unwrap_err().code, ErrorCode::RoomFull);
        r.leave("p3");
        assert!(r.join("p4").is_ok());
        assert_eq!(r.connected(), 2);
    }

    #[test]
    fn standby_and_end_go_to_everyone() {
        let mut r = room();
        r.join("p1").unwrap();
        assert_eq!(
            r.join("p1").unwrap().last().map(|o| &o.msg),
            Some(&ServerMsg::Standby),
            "no second presence"
        );
        assert_eq!(r.standby(), vec![out(To::Phones, ServerMsg::Standby)]);
        let end = r.end(CloseReason::Expired);
        assert_eq!(end.len(), 2);
        assert!(end.iter().all(|o| o.msg == ServerMsg::Closed { reason: CloseReason::Expired }));
    }
}
