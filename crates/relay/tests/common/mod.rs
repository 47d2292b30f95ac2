//! A WebSocket client that speaks the protocol, and ways to start a relay: in this process on a loopback port,
//! or as the real binary (for the Redis test and the benchmark).

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use rolecall_protocol::*;
use rolecall_relay::Config;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream, connect_async};

/// How long a test waits for a message before it fails: a guard against a hang, not a pause.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// A relay in this process, on a free loopback port.
pub async fn start(config: Config) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(rolecall_relay::serve(config, listener));
    addr
}

/// The relay binary, killed when dropped.
pub struct Process {
    pub child: Child,
    pub addr: SocketAddr,
}

impl Process {
    pub fn spawn(args: &[&str]) -> Process {
        // Tests know the binary; the benchmark (an example) finds it beside its own directory.
        let binary =
            option_env!("CARGO_BIN_EXE_rolecall-relay").map(std::path::PathBuf::from).unwrap_or_else(|| {
                let exe = std::env::current_exe().unwrap();
                exe.parent().and_then(|examples| examples.parent()).unwrap().join("rolecall-relay")
            });
        let mut child = Command::new(binary)
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .spawn()
            .expect("the relay binary starts");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        out.read_line(&mut first).unwrap();
        let addr = first.trim().rsplit(' ').next().unwrap().parse().expect(&first);
        // Keep reading what it prints, so it never writes into a closed pipe.
        std::thread::spawn(move || out.lines().for_each(drop));
        Process { child, addr }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Client {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

impl Client {
    pub async fn connect(addr: SocketAddr) -> Client {
        let (ws, _) = connect_async(format!("ws://{addr}{WS_PATH}")).await.expect("the relay accepts");
        Client { ws }
    }

    pub async fn send(&mut self, msg: ClientMsg) {
        self.send_text(encode(&msg)).await;
    }

    pub async fn send_text(&mut self, text: String) {
        self.ws.send(Message::Text(text.into())).await.expect("send");
    }

    /// The next protocol message, or `None` once the relay closed the socket.
    pub async fn next(&mut self) -> Option<ServerMsg> {
        loop {
            let frame =
                tokio::time::timeout(PATIENCE, self.ws.next()).await.expect("a message within the patience");
            match frame {
                Some(Ok(Message::Text(t))) => {
                    return Some(decode_server(t.as_str()).expect("the relay's message reads"));
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => return None,
                Some(Ok(_)) => continue,
            }
        }
    }

    pub async fn recv(&mut self) -> ServerMsg {
        self.next().await.expect("a message, not a closed socket")
    }

    /// Skips messages until one matches.
    pub async fn until(&mut self, want: impl Fn(&ServerMsg) -> bool) -> ServerMsg {
        loop {
            let msg = self.recv().await;
            if want(&msg) {
                return msg;
            }
        }
    }

    pub async fn error(&mut self) -> ErrorCode {
        match self.until(|m| matches!(m, ServerMsg::Error { .. })).await {
            ServerMsg::Error { code, .. } => code,
            _ => unreachable!(),
        }
    }

    /// After `closed`/a final error, the socket closes.
    pub async fn assert_closed(&mut self) {
        while let Some(msg) = self.next().await {
            assert!(matches!(msg, ServerMsg::Closed { .. } | ServerMsg::Error { .. }), "unexpected {msg:?}");
        }
    }

    pub async fn ping_pong(&mut self) {
        self.send(ClientMsg::Ping).await;
        self.until(|m| *m == ServerMsg::Pong).await;
    }

    // The presenter's side.

    /// Opens a room; its code and secret.
    pub async fn open(&mut self) -> (String, String) {
        self.send(ClientMsg::Open { code: None, secret: None }).await;
        match self.until(|m| matches!(m, ServerMsg::Opened { .. } | ServerMsg::Error { .. })).await {
            ServerMsg::Opened { code, secret, .. } => (code, secret),
            other => panic!("open refused: {other:?}"),
        }
    }

    pub async fn reopen(&mut self, code: &str, secret: &str) {
        self.send(ClientMsg::Open { code: Some(code.into()), secret: Some(secret.into()) }).await;
        match self.until(|m| matches!(m, ServerMsg::Opened { .. } | ServerMsg::Error { .. })).await {
            ServerMsg::Opened { code: got, .. } => assert_eq!(got, code),
            other => panic!("reopen refused: {other:?}"),
        }
    }

    /// Waits for a tally of `question` whose counts are `counts`.
    pub async fn tally(&mut self, question: &Question, counts: &[u32]) -> Tally {
        match self
            .until(|m| {
                matches!(m, ServerMsg::Tally(t) if t.scenario == question.scenario && t.part == question.part
                    && t.round == question.round && t.counts.iter().map(|c| c.n).collect::<Vec<_>>() == counts)
            })
            .await
        {
            ServerMsg::Tally(t) => t,
            _ => unreachable!(),
        }
    }

    pub async fn presence(&mut self, phones: u32) {
        self.until(|m| {
            *m == ServerMsg::Presence { phones } || matches!(m, ServerMsg::Tally(t) if t.phones == phones)
        })
        .await;
    }

    // The phone's side.

    /// Joins; the messages up to and including the room's state (standby, or mine).
    pub async fn join(&mut self, code: &str, token: &str) -> Vec<ServerMsg> {
        self.send(ClientMsg::Join { code: code.into(), token: token.into() }).await;
        let mut got = Vec::new();
        loop {
            let msg = self.recv().await;
            let done = matches!(msg, ServerMsg::Standby | ServerMsg::Mine(_) | ServerMsg::Error { .. });
            got.push(msg);
            if done {
                // A revealed scenario adds its answer right after `mine`: collect it with a ping as a fence.
                self.send(ClientMsg::Ping).await;
                loop {
                    match self.recv().await {
                        ServerMsg::Pong => return got,
                        other => got.push(other),
                    }
                }
            }
        }
    }

    pub async fn vote(&mut self, question: &Question, option: &str) {
        self.send(ballot(question, option)).await;
        let want = Some(option.to_owned());
        self.until(|m| matches!(m, ServerMsg::Mine(mine) if mine.option == want)).await;
    }

    /// Waits for `question` to be asked.
    pub async fn asked(&mut self, question: &Question) {
        self.until(|m| *m == ServerMsg::Question(question.clone())).await;
    }
}

pub fn ballot(q: &Question, option: &str) -> ClientMsg {
    ClientMsg::Vote(Ballot {
        scenario: q.scenario.clone(),
        part: q.part,
        round: q.round,
        option: option.into(),
    })
}

pub fn question(scenario: &str, part: Part, round: Round) -> Question {
    let options = ["cm", "smm", "pm"]
        .iter()
        .zip(["A", "B", "C"])
        .map(|(id, letter)| Choice { id: (*id).into(), letter: letter.into(), label: None })
        .collect();
    Question {
        kind: None,
        edition: Some("cm-vs-smm".into()),
        scenario: scenario.into(),
        part,
        round,
        options,
        prompt: None,
        lang: None,
        texts: Vec::new(),
    }
}

pub fn answer(scenario: &str) -> Answer {
    Answer {
        scenario: scenario.into(),
        right: vec![Right { part: Part::Role, option: "cm".into(), label: None }],
        why: Some("because".into()),
        lang: None,
        texts: Vec::new(),
    }
}

/// A device token per phone number.
pub fn token(n: usize) -> String {
    format!("phone-token-{n:06}-abcdef")
}

/// A `redis-server` of its own on a free loopback port, stopped when dropped; `None` (with the reason printed)
/// when the machine has none.
pub struct Redis {
    child: Child,
    pub url: String,
}

impl Redis {
    pub fn start() -> Option<Redis> {
        if Command::new("redis-server").arg("--version").output().is_err() {
            eprintln!("SKIPPED: redis-server is not installed (.ci/setup.sh --test installs it)");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("redis-server starts");
        // Wait for its own word that it is ready, not for a timer.
        let out = BufReader::new(child.stdout.take().unwrap());
        let mut lines = out.lines();
        loop {
            match lines.next() {
                Some(Ok(line)) if line.contains("Ready to accept connections") => break,
                Some(Ok(_)) => {}
                _ => panic!("redis-server stopped before it was ready (port {port} taken?)"),
            }
        }
        // Keep draining its output so it never blocks on a full pipe.
        std::thread::spawn(move || lines.for_each(drop));
        Some(Redis { child, url: format!("redis://127.0.0.1:{port}") })
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
