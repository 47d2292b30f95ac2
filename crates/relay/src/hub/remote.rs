//! The hub's side that faces other relays (only with `--redis`): taking a room over from the relay that holds
//! it, and what arrives on the bus (phones' events for rooms at home here, messages for phones here, a room
//! that moved).

use std::sync::Arc;
use std::time::Instant;

use rolecall_protocol::{CloseReason, ErrorCode, ServerMsg, encode};

use super::{Away, Hub, Sink};
use crate::bus::{BusMsg, UpEvent};

impl Hub {
    /// A presenter comes back with a room this relay does not hold: recreate it (after a restart), or, with the
    /// bus, take it over from the relay that holds it, if the secret is the room's.
    pub(super) async fn claim_back(&self, code: &str, secret: &str) -> Result<(), (ErrorCode, String)> {
        let Some(bus) = self.bus() else { return Ok(()) };
        let store = |e: String| (ErrorCode::RelayFull, format!("the relays' shared store failed: {e}"));
        match bus.lookup(code).await.map_err(store)? {
            Some(record) if record.secret != secret => {
                Err((ErrorCode::WrongSecret, "this room's secret is another one: open a new room".into()))
            }
            Some(_) => {
                bus.claim(code, secret, &self.id, true).await.map_err(store)?;
                bus.publish_moved(code, &self.id);
                Ok(())
            }
            None => match bus.claim(code, secret, &self.id, false).await.map_err(store)? {
                true => Ok(()),
                false => {
                    Err((ErrorCode::WrongSecret, "this room's code was just taken: open a new room".into()))
                }
            },
        }
    }

    /// A message from another relay.
    pub fn on_bus(&self, msg: BusMsg) {
        let mut state = self.lock();
        match msg {
            BusMsg::Up { code, from, token, event } => {
                let Some(home) = state.rooms.get_mut(&code) else {
                    // The room ended here (or moved on): that phone's relay hears it is gone.
                    if let (UpEvent::Join | UpEvent::Vote(_), Some(bus)) = (&event, self.bus()) {
                        let text = encode(&ServerMsg::Closed { reason: CloseReason::Expired });
                        bus.send(&from, &BusMsg::Down { code, to: Some(token), text, end: true });
                    }
                    return;
                };
                let is_theirs = matches!(home.phones.get(&token), Some(Sink::Remote(r)) if *r == from);
                let outs = match event {
                    UpEvent::Join => match home.room.join(&token) {
                        Ok(outs) => {
                            if let Some(Sink::Local(old)) =
                                home.phones.insert(token.clone(), Sink::Remote(from))
                            {
                                old.end(&ServerMsg::Closed { reason: CloseReason::Replaced });
                            }
                            home.last_active = Instant::now();
                            outs
                        }
                        Err(r) => return self.refuse_remote(&from, code, token, r.code, r.message),
                    },
                    UpEvent::Vote(ballot) if is_theirs => match home.room.vote(&token, &ballot) {
                        Ok(outs) => {
                            home.last_active = Instant::now();
                            outs
                        }
                        Err(r) => return self.refuse_remote(&from, code, token, r.code, r.message),
                    },
                    UpEvent::Gone if is_theirs => {
                        home.phones.remove(&token);
                        home.room.leave(&token)
                    }
                    _ => Vec::new(),
                };
                self.deliver(&code, &state.rooms[&code], outs);
            }
            BusMsg::Down { code, to, text, end } => {
                let Some(away) = state.away.get_mut(&code) else { return };
                let text: Arc<str> = text.into();
                match to {
                    None => {
                        away.phones.values().for_each(|c| c.push(text.clone(), end));
                        if end {
                            state.away.remove(&code);
                        }
                    }
                    Some(token) => {
                        if let Some(c) = away.phones.get(&token) {
                            c.push(text, end);
                        }
                        if end {
                            away.phones.remove(&token);
                        }
                    }
                }
            }
            BusMsg::Moved { code, home: new_home } => {
                if new_home == self.id {
                    return;
                }
                let Some(bus) = self.bus() else { return };
                // The presenter came back through another relay: our phones of that room go to it.
                if let Some(home) = state.rooms.remove(&code) {
                    if let Some(p) = home.presenter {
                        p.end(&ServerMsg::Closed { reason: CloseReason::Replaced });
                    }
                    let phones = home
                        .phones
                        .into_iter()
                        .filter_map(|(t, s)| if let Sink::Local(c) = s { Some((t, c)) } else { None });
                    state
                        .away
                        .insert(code.clone(), Away { home: new_home.clone(), phones: phones.collect() });
                }
                if let Some(away) = state.away.get_mut(&code) {
                    away.home = new_home;
                    for token in away.phones.keys() {
                        let up = BusMsg::Up {
                            code: code.clone(),
                            from: self.id.clone(),
                            token: token.clone(),
                            event: UpEvent::Join,
                        };
                        bus.send(&away.home, &up);
                    }
                }
            }
        }
    }

    fn refuse_remote(&self, relay: &str, code: String, token: String, error: ErrorCode, message: String) {
        if let Some(bus) = self.bus() {
            let text = encode(&ServerMsg::Error { code: error, message });
            bus.send(relay, &BusMsg::Down { code, to: Some(token), text, end: false });
        }
    }
}
