//! The relay's rooms and connections: routes each incoming message to its room's rules (`room`), and each
//! outgoing [`Out`] to a connection here or, with `--redis`, to the relay that holds the phone (`bus`).
//!
//! A room lives on one relay, its *home*: the one its presenter opened it on. Phones connected to another relay
//! reach it through Redis; if the presenter comes back through another relay (a load balancer, a restart), that
//! relay takes the room over and the others move their phones to it. The lock is a plain mutex held only for
//! in-memory work, never across an await.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

use rolecall_protocol::{
    Ballot, ClientMsg, CloseReason, ErrorCode, JOIN_CODE_LEN, SECRET_LEN, ServerMsg, encode, join_code_from,
    secret_from,
};
use tokio::sync::{Notify, mpsc};

use crate::bus::{Bus, BusMsg, UpEvent};
use crate::config::Config;
use crate::room::{Out, Room, To};

mod remote;

/// Frames queued for one connection's writer. A connection that lets this many pile up is too slow and is
/// dropped rather than buffered without bound.
const QUEUE: usize = 256;

/// What a connection's writer sends.
#[derive(Debug)]
pub enum Frame {
    Text(Arc<str>),
    /// Send this, then close the socket.
    End(Arc<str>),
}

/// The relay's handle on one WebSocket: its queue, and a bell that closes it.
#[derive(Clone, Debug)]
pub struct Conn {
    pub id: u64,
    tx: mpsc::Sender<Frame>,
    kill: Arc<Notify>,
}

impl Conn {
    fn push(&self, text: Arc<str>, end: bool) {
        let frame = if end { Frame::End(text) } else { Frame::Text(text) };
        if self.tx.try_send(frame).is_err() {
            self.kill.notify_one();
        }
    }

    /// Send one message.
    pub fn send(&self, msg: &ServerMsg) {
        self.push(encode(msg).into(), matches!(msg, ServerMsg::Closed { .. }));
    }

    /// Send one message, then close.
    pub fn end(&self, msg: &ServerMsg) {
        self.push(encode(msg).into(), true);
    }

    pub fn error(&self, code: ErrorCode, message: impl Into<String>) {
        self.send(&ServerMsg::Error { code, message: message.into() });
    }

    /// Resolves when the relay wants this connection closed (it could not keep up).
    pub fn killed(&self) -> &Notify {
        &self.kill
    }
}

/// What a connection has become by its first message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Role {
    #[default]
    New,
    Presenter {
        code: String,
    },
    Phone {
        code: String,
        token: String,
    },
}

/// Where a phone of a room at home here is connected.
#[derive(Clone, Debug)]
enum Sink {
    Local(Conn),
    /// On another relay (by its id), reached through the bus.
    Remote(String),
}

struct Home {
    room: Room,
    presenter: Option<Conn>,
    phones: HashMap<String, Sink>,
    last_active: Instant,
}

/// Phones here in a room whose home is another relay.
struct Away {
    home: String,
    phones: HashMap<String, Conn>,
}

#[derive(Default)]
struct State {
    rooms: HashMap<String, Home>,
    away: HashMap<String, Away>,
}

/// All rooms of this relay.
pub struct Hub {
    pub config: Config,
    /// This relay's id on the bus (random per process).
    pub id: String,
    state: Mutex<State>,
    next_conn: AtomicU64,
    bus: OnceLock<Bus>,
}

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    // The OS's randomness does not fail on the systems the relay runs on; if it did, no room could be safe.
    getrandom::fill(&mut bytes).expect("the operating system's random numbers");
    bytes
}

impl Hub {
    pub fn new(config: Config) -> Arc<Hub> {
        let id = secret_from(random::<SECRET_LEN>())[..12].to_owned();
        Arc::new(Hub {
            config,
            id,
            state: Mutex::default(),
            next_conn: AtomicU64::new(1),
            bus: OnceLock::new(),
        })
    }

    /// Join rooms with other relays through `bus` (once, at start).
    pub fn attach(&self, bus: Bus) {
        let _ = self.bus.set(bus);
    }

    fn bus(&self) -> Option<&Bus> {
        self.bus.get()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock is a bug; the rooms are still the best data there is.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new connection's handle and the queue its writer drains.
    pub fn connect(&self) -> (Conn, mpsc::Receiver<Frame>) {
        let (tx, rx) = mpsc::channel(QUEUE);
        let id = self.next_conn.fetch_add(1, Ordering::Relaxed);
        (Conn { id, tx, kill: Arc::new(Notify::new()) }, rx)
    }

    /// Rooms at home here (for the benchmark's memory figure and tests).
    pub fn rooms(&self) -> usize {
        self.lock().rooms.len()
    }

    /// Send `outs` of the room at home `code` to where each goes.
    fn deliver(&self, code: &str, home: &Home, outs: Vec<Out>) {
        for o in outs {
            let end = matches!(o.msg, ServerMsg::Closed { .. });
            let text: Arc<str> = encode(&o.msg).into();
            match o.to {
                To::Presenter => {
                    if let Some(p) = &home.presenter {
                        p.push(text, end);
                    }
                }
                To::Phone(token) => match home.phones.get(&token) {
                    Some(Sink::Local(c)) => c.push(text, end),
                    Some(Sink::Remote(relay)) => {
                        if let Some(bus) = self.bus() {
                            bus.send(
                                relay,
                                &BusMsg::Down {
                                    code: code.into(),
                                    to: Some(token),
                                    text: text.to_string(),
                                    end,
                                },
                            );
                        }
                    }
                    None => {}
                },
                To::Phones => {
                    let mut relays = HashSet::new();
                    for sink in home.phones.values() {
                        match sink {
                            Sink::Local(c) => c.push(text.clone(), end),
                            Sink::Remote(relay) => {
                                relays.insert(relay.as_str());
                            }
                        }
                    }
                    if let Some(bus) = self.bus() {
                        for relay in relays {
                            let down =
                                BusMsg::Down { code: code.into(), to: None, text: text.to_string(), end };
                            bus.send(relay, &down);
                        }
                    }
                }
            }
        }
    }

    /// One valid message from `conn`.
    pub async fn handle(&self, conn: &Conn, role: &mut Role, msg: ClientMsg) {
        match (msg, &*role) {
            (ClientMsg::Ping, Role::Presenter { code }) => {
                // An open projector keeps its room: its pings count as activity (phones' do not).
                if let Some(home) = self.lock().rooms.get_mut(code) {
                    home.last_active = Instant::now();
                }
                conn.send(&ServerMsg::Pong);
            }
            (ClientMsg::Ping, _) => conn.send(&ServerMsg::Pong),
            (ClientMsg::Open { code, secret }, Role::New) => {
                if let Some(code) = self.open(conn, code.zip(secret)).await {
                    *role = Role::Presenter { code };
                }
            }
            (ClientMsg::Join { code, token }, Role::New) => {
                if self.join(conn, &code, &token).await {
                    *role = Role::Phone { code, token };
                }
            }
            (ClientMsg::Open { .. } | ClientMsg::Join { .. }, _) => {
                conn.error(ErrorCode::AlreadyJoined, "this connection already opened or joined a room");
            }
            (msg, Role::Presenter { code }) if msg.is_presenter_only() => self.present(conn, code, msg),
            (msg, _) if msg.is_presenter_only() => {
                conn.error(ErrorCode::NotPresenter, "only the room's presenter may do this");
            }
            (ClientMsg::Vote(ballot), Role::Phone { code, token }) => self.vote(conn, code, token, ballot),
            (ClientMsg::Leave, Role::Phone { .. }) => {
                self.gone(conn, role);
                *role = Role::New;
            }
            (_, _) => conn.error(ErrorCode::NotJoined, "join a room first"),
        }
    }

    /// A presenter opens a room, or takes one back with its code and secret; `Some(code)` when it holds it now.
    async fn open(&self, conn: &Conn, back: Option<(String, String)>) -> Option<String> {
        let (code, secret) = match back {
            Some((code, secret)) => {
                let here = self.lock().rooms.contains_key(&code);
                if !here && let Err(e) = self.claim_back(&code, &secret).await {
                    conn.error(e.0, e.1);
                    return None;
                }
                (code, secret)
            }
            None => {
                if self.lock().rooms.len() >= self.config.max_rooms {
                    conn.error(ErrorCode::RelayFull, self.relay_full());
                    return None;
                }
                match self.claim_new().await {
                    Ok(pair) => pair,
                    Err(e) => {
                        conn.error(e.0, e.1);
                        return None;
                    }
                }
            }
        };
        let mut state = self.lock();
        let fresh = !state.rooms.contains_key(&code);
        if fresh && state.rooms.len() >= self.config.max_rooms {
            conn.error(ErrorCode::RelayFull, self.relay_full());
            return None;
        }
        let home = state.rooms.entry(code.clone()).or_insert_with(|| Home {
            room: Room::new(code.clone(), secret.clone(), self.config.max_phones),
            presenter: None,
            phones: HashMap::new(),
            last_active: Instant::now(),
        });
        if home.room.secret != secret {
            conn.error(ErrorCode::WrongSecret, "this room's secret is another one: open a new room");
            return None;
        }
        if let Some(old) = home.presenter.replace(conn.clone()) {
            old.end(&ServerMsg::Closed { reason: CloseReason::Replaced });
        }
        home.last_active = Instant::now();
        // Phones here that reached this room through its former home are now at home here.
        let mut outs = Vec::new();
        if let Some(away) = state.away.remove(&code) {
            let home = state.rooms.get_mut(&code).expect("inserted above");
            for (token, phone) in away.phones {
                if let Ok(joined) = home.room.join(&token) {
                    home.phones.insert(token, Sink::Local(phone));
                    outs.extend(joined);
                }
            }
        }
        let home = state.rooms.get_mut(&code).expect("inserted above");
        conn.send(&ServerMsg::Opened {
            code: code.clone(),
            secret,
            max_phones: u32::try_from(self.config.max_phones).unwrap_or(u32::MAX),
            idle_secs: u32::try_from(self.config.idle.as_secs()).unwrap_or(u32::MAX),
        });
        outs.extend(home.room.presenter_state());
        let home = &state.rooms[&code];
        self.deliver(&code, home, outs);
        Some(code)
    }

    fn relay_full(&self) -> String {
        format!(
            "this relay holds its maximum of {} rooms: try again later or use another relay",
            self.config.max_rooms
        )
    }

    /// A new code and secret, unique across relays sharing the bus.
    async fn claim_new(&self) -> Result<(String, String), (ErrorCode, String)> {
        for _ in 0..16 {
            let code = join_code_from(random::<JOIN_CODE_LEN>());
            let secret = secret_from(random::<SECRET_LEN>());
            if self.lock().rooms.contains_key(&code) {
                continue;
            }
            match self.bus() {
                None => return Ok((code, secret)),
                Some(bus) => match bus.claim(&code, &secret, &self.id, false).await {
                    Ok(true) => return Ok((code, secret)),
                    Ok(false) => continue,
                    Err(e) => {
                        return Err((ErrorCode::RelayFull, format!("the relays' shared store failed: {e}")));
                    }
                },
            }
        }
        Err((ErrorCode::RelayFull, "no free join code found: try again".into()))
    }

    /// A presenter-only message from the connection that says it is `code`'s presenter.
    fn present(&self, conn: &Conn, code: &str, msg: ClientMsg) {
        let mut state = self.lock();
        let Some(home) = state.rooms.get_mut(code) else {
            conn.end(&ServerMsg::Closed { reason: CloseReason::Expired });
            return;
        };
        if home.presenter.as_ref().is_none_or(|p| p.id != conn.id) {
            conn.end(&ServerMsg::Closed { reason: CloseReason::Replaced });
            return;
        }
        home.last_active = Instant::now();
        let outs = match msg {
            ClientMsg::Announce(q) => home.room.announce(q),
            ClientMsg::Standby => home.room.standby(),
            ClientMsg::Reveal(a) => home.room.reveal(a),
            ClientMsg::Close => {
                let outs = home.room.end(CloseReason::Closed);
                let home = state.rooms.remove(code).expect("looked up above");
                self.deliver(code, &home, outs);
                if let Some(bus) = self.bus() {
                    bus.forget(code);
                }
                return;
            }
            _ => Vec::new(),
        };
        self.deliver(code, &state.rooms[code], outs);
    }

    /// A phone joins: here if the room is at home here, else through the bus; `true` when it is in.
    async fn join(&self, conn: &Conn, code: &str, token: &str) -> bool {
        {
            let mut state = self.lock();
            if let Some(home) = state.rooms.get_mut(code) {
                return match home.room.join(token) {
                    Err(r) => {
                        conn.error(r.code, r.message);
                        false
                    }
                    Ok(outs) => {
                        if let Some(Sink::Local(old)) =
                            home.phones.insert(token.into(), Sink::Local(conn.clone()))
                        {
                            replaced(&old, conn);
                        }
                        home.last_active = Instant::now();
                        self.deliver(code, &state.rooms[code], outs);
                        true
                    }
                };
            }
        }
        let unknown =
            || conn.error(ErrorCode::UnknownRoom, "no class has this code: check it on the projector");
        let Some(bus) = self.bus() else {
            unknown();
            return false;
        };
        let home = match bus.lookup(code).await {
            Ok(Some(record)) if record.home != self.id => record.home,
            Ok(_) => {
                unknown();
                return false;
            }
            Err(e) => {
                conn.error(ErrorCode::UnknownRoom, format!("the relays' shared store failed: {e}"));
                return false;
            }
        };
        let mut state = self.lock();
        let away = state
            .away
            .entry(code.to_owned())
            .or_insert_with(|| Away { home: home.clone(), phones: HashMap::new() });
        if let Some(old) = away.phones.insert(token.to_owned(), conn.clone()) {
            replaced(&old, conn);
        }
        let up = BusMsg::Up {
            code: code.into(),
            from: self.id.clone(),
            token: token.into(),
            event: UpEvent::Join,
        };
        bus.send(&away.home, &up);
        true
    }

    fn vote(&self, conn: &Conn, code: &str, token: &str, ballot: Ballot) {
        let mut state = self.lock();
        if let Some(home) = state.rooms.get_mut(code) {
            if !matches!(home.phones.get(token), Some(Sink::Local(c)) if c.id == conn.id) {
                conn.error(ErrorCode::NotJoined, "this phone joined again from another connection");
                return;
            }
            match home.room.vote(token, &ballot) {
                Err(r) => conn.error(r.code, r.message),
                Ok(outs) => {
                    home.last_active = Instant::now();
                    self.deliver(code, &state.rooms[code], outs);
                }
            }
        } else if let (Some(away), Some(bus)) = (state.away.get(code), self.bus()) {
            let up = BusMsg::Up {
                code: code.into(),
                from: self.id.clone(),
                token: token.into(),
                event: UpEvent::Vote(ballot),
            };
            bus.send(&away.home, &up);
        } else {
            conn.end(&ServerMsg::Closed { reason: CloseReason::Expired });
        }
    }

    /// A connection left its role (a phone's `leave`, or the socket closed).
    pub fn gone(&self, conn: &Conn, role: &Role) {
        let mut state = self.lock();
        match role {
            Role::New => {}
            Role::Presenter { code } => {
                if let Some(home) = state.rooms.get_mut(code)
                    && home.presenter.as_ref().is_some_and(|p| p.id == conn.id)
                {
                    home.presenter = None;
                }
            }
            Role::Phone { code, token } => {
                if let Some(home) = state.rooms.get_mut(code) {
                    if matches!(home.phones.get(token), Some(Sink::Local(c)) if c.id == conn.id) {
                        home.phones.remove(token);
                        let outs = home.room.leave(token);
                        self.deliver(code, &state.rooms[code], outs);
                    }
                } else if let Some(away) = state.away.get_mut(code)
                    && away.phones.get(token).is_some_and(|c| c.id == conn.id)
                {
                    away.phones.remove(token);
                    if let Some(bus) = self.bus() {
                        let up = BusMsg::Up {
                            code: code.clone(),
                            from: self.id.clone(),
                            token: token.clone(),
                            event: UpEvent::Gone,
                        };
                        bus.send(&away.home, &up);
                    }
                    if away.phones.is_empty() {
                        state.away.remove(code);
                    }
                }
            }
        }
    }

    /// Close rooms idle for longer than the configured time; keep the others' shared records alive.
    pub fn sweep(&self, now: Instant) {
        let mut state = self.lock();
        let idle = self.config.idle;
        let expired: Vec<String> = state
            .rooms
            .iter()
            .filter(|(_, h)| now.saturating_duration_since(h.last_active) > idle)
            .map(|(c, _)| c.clone())
            .collect();
        for code in expired {
            let home = state.rooms.remove(&code).expect("listed above");
            let outs = home.room.end(CloseReason::Expired);
            self.deliver(&code, &home, outs);
            if let Some(bus) = self.bus() {
                bus.forget(&code);
            }
        }
        if let Some(bus) = self.bus() {
            for code in state.rooms.keys() {
                bus.refresh(code);
            }
        }
    }

    /// How often [`Hub::sweep`] runs: a quarter of the idle time, within 20 ms and 30 s.
    pub fn sweep_every(&self) -> Duration {
        (self.config.idle / 4).clamp(Duration::from_millis(20), Duration::from_secs(30))
    }
}

/// A phone token joined from a second connection: the older one is told and closed.
fn replaced(old: &Conn, new: &Conn) {
    if old.id != new.id {
        old.end(&ServerMsg::Closed { reason: CloseReason::Replaced });
    }
}
