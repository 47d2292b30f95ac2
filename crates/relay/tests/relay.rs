//! The relay on a loopback port, driven by real WebSocket clients: a class from join to close, rejoining,
//! who may do what, bad messages, floods, limits, expiry, the Origin check and the served pages.

mod common;

use std::time::Duration;

use common::*;
use rolecall_protocol::*;
use rolecall_relay::Config;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn a_class_votes_changes_votes_sees_the_reveal_and_votes_again() {
    let addr = start(Config::default()).await;
    let mut presenter = Client::connect(addr).await;
    let (code, _) = presenter.open().await;
    let mut phones = Vec::new();
    for n in 0..3 {
        let mut phone = Client::connect(addr).await;
        let got = phone.join(&code, &token(n)).await;
        assert_eq!(got[0], ServerMsg::Joined { code: code.clone() });
        assert_eq!(got.last(), Some(&ServerMsg::Standby));
        phones.push(phone);
    }
    presenter.presence(3).await;

    let role = question("s07", Part::Role, Round::First);
    presenter.send(ClientMsg::Announce(role.clone())).await;
    presenter.tally(&role, &[0, 0, 0]).await;
    for phone in &mut phones {
        phone.asked(&role).await;
    }
    phones[0].vote(&role, "cm").await;
    phones[1].vote(&role, "smm").await;
    phones[2].vote(&role, "smm").await;
    let t = presenter.tally(&role, &[1, 2, 0]).await;
    assert_eq!((t.voted, t.phones), (3, 3));
    // A vote changes until the reveal.
    phones[2].vote(&role, "cm").await;
    presenter.tally(&role, &[2, 1, 0]).await;

    presenter.send(ClientMsg::Reveal(answer("s07"))).await;
    for phone in &mut phones {
        phone.until(|m| *m == ServerMsg::Revealed(answer("s07"))).await;
    }
    phones[1].send(ballot(&role, "cm")).await;
    assert_eq!(phones[1].error().await, ErrorCode::NotVoting);

    // The second round: vote, discuss, vote again.
    let again = question("s07", Part::Role, Round::Second);
    presenter.send(ClientMsg::Announce(again.clone())).await;
    presenter.tally(&again, &[0, 0, 0]).await;
    for phone in &mut phones {
        phone.asked(&again).await;
        phone.vote(&again, "cm").await;
    }
    presenter.tally(&again, &[3, 0, 0]).await;
    // A vote for the first round now is stale.
    phones[0].send(ballot(&role, "pm")).await;
    assert_eq!(phones[0].error().await, ErrorCode::Stale);

    presenter.send(ClientMsg::Standby).await;
    for phone in &mut phones {
        phone.until(|m| *m == ServerMsg::Standby).await;
    }
    presenter.send(ClientMsg::Close).await;
    for phone in &mut phones {
        assert_eq!(phone.recv().await, ServerMsg::Closed { reason: CloseReason::Closed });
        phone.assert_closed().await;
    }
    let mut late = Client::connect(addr).await;
    late.send(ClientMsg::Join { code, token: token(9) }).await;
    assert_eq!(late.error().await, ErrorCode::UnknownRoom);
}

#[tokio::test]
async fn a_phone_that_reconnects_with_its_token_finds_its_vote() {
    let addr = start(Config::default()).await;
    let mut presenter = Client::connect(addr).await;
    let (code, _) = presenter.open().await;
    let q = question("s01", Part::Team, Round::First);
    presenter.send(ClientMsg::Announce(q.clone())).await;
    let mut phone = Client::connect(addr).await;
    phone.join(&code, &token(1)).await;
    phone.vote(&q, "pm").await;
    presenter.tally(&q, &[0, 0, 1]).await;
    drop(phone);
    presenter.presence(0).await;

    let mut again = Client::connect(addr).await;
    let got = again.join(&code, &token(1)).await;
    let mine =
        Mine { scenario: "s01".into(), part: Part::Team, round: Round::First, option: Some("pm".into()) };
    assert!(got.contains(&ServerMsg::Question(q.clone())), "{got:?}");
    assert!(got.contains(&ServerMsg::Mine(mine)), "{got:?}");
    presenter.presence(1).await;
    // The same token in a second tab takes over; the first is told it was replaced.
    let mut tab = Client::connect(addr).await;
    tab.join(&code, &token(1)).await;
    assert_eq!(again.recv().await, ServerMsg::Closed { reason: CloseReason::Replaced });
    again.assert_closed().await;
    tab.vote(&q, "cm").await;
    presenter.tally(&q, &[1, 0, 0]).await;
}

#[tokio::test]
async fn only_the_secret_holder_presents() {
    let addr = start(Config::default()).await;
    let mut presenter = Client::connect(addr).await;
    let (code, secret) = presenter.open().await;
    let mut student = Client::connect(addr).await;
    student.join(&code, &token(1)).await;
    for msg in [
        ClientMsg::Announce(question("s1", Part::Role, Round::First)),
        ClientMsg::Reveal(answer("s1")),
        ClientMsg::Close,
    ] {
        student.send(msg).await;
        assert_eq!(student.error().await, ErrorCode::NotPresenter);
    }
    let mut stranger = Client::connect(addr).await;
    stranger.send(ClientMsg::Announce(question("s1", Part::Role, Round::First))).await;
    assert_eq!(stranger.error().await, ErrorCode::NotPresenter);
    let wrong = format!("{}A", &secret[..SECRET_LEN - 1]);
    let wrong = if wrong == secret { format!("{}B", &secret[..SECRET_LEN - 1]) } else { wrong };
    stranger.send(ClientMsg::Open { code: Some(code.clone()), secret: Some(wrong) }).await;
    assert_eq!(stranger.error().await, ErrorCode::WrongSecret);
    // A phone cannot become the presenter on its connection either.
    student.send(ClientMsg::Open { code: Some(code.clone()), secret: Some(secret.clone()) }).await;
    assert_eq!(student.error().await, ErrorCode::AlreadyJoined);

    // The real secret from a reloaded projector takes the room; the old connection is told.
    let mut reloaded = Client::connect(addr).await;
    reloaded.reopen(&code, &secret).await;
    presenter.until(|m| *m == ServerMsg::Closed { reason: CloseReason::Replaced }).await;
    presenter.assert_closed().await;
    let q = question("s1", Part::Role, Round::First);
    reloaded.send(ClientMsg::Announce(q.clone())).await;
    student.asked(&q).await;
}

#[tokio::test]
async fn oversized_malformed_and_foreign_messages_are_refused_plainly() {
    let addr = start(Config::default()).await;
    let mut c = Client::connect(addr).await;
    c.send_text(format!(r#"{{"v":1,"t":"ping","pad":"{}"}}"#, "x".repeat(MAX_MESSAGE_BYTES))).await;
    assert_eq!(c.error().await, ErrorCode::TooBig);
    for text in ["hello", "[]", r#"{"v":1,"t":"shout"}"#, r#"{"v":1,"t":"join","code":"K7QX2M"}"#] {
        c.send_text(text.into()).await;
        assert_eq!(c.error().await, ErrorCode::Malformed, "{text}");
    }
    c.send_text(r#"{"v":1,"t":"join","code":"K7QX2M","token":"<script>"}"#.into()).await;
    assert_eq!(c.error().await, ErrorCode::Invalid);
    c.send(ClientMsg::Vote(Ballot {
        scenario: "s".into(),
        part: Part::Role,
        round: Round::First,
        option: "a".into(),
    }))
    .await;
    assert_eq!(c.error().await, ErrorCode::NotJoined);
    c.ping_pong().await;

    // Another protocol version: told to reload, then closed.
    c.send_text(r#"{"v":2,"t":"ping"}"#.into()).await;
    match c.recv().await {
        ServerMsg::Error { code: ErrorCode::Version, message } => {
            assert!(message.contains("reload"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(c.next().await, None);

    // A frame far beyond the limit is cut by the socket itself.
    let mut huge = Client::connect(addr).await;
    huge.send_text("x".repeat(64 * 1024)).await;
    assert_eq!(huge.next().await, None);
}

#[tokio::test]
async fn a_flooding_client_is_throttled_then_dropped() {
    let addr = start(Config::default()).await;
    let mut presenter = Client::connect(addr).await;
    let (code, _) = presenter.open().await;
    let mut flood = Client::connect(addr).await;
    flood.join(&code, &token(1)).await;
    for _ in 0..200 {
        flood.send(ClientMsg::Ping).await;
    }
    let (mut pongs, mut dropped) = (0, 0);
    while let Some(msg) = flood.next().await {
        match msg {
            ServerMsg::Pong => pongs += 1,
            ServerMsg::Error { code: ErrorCode::Flood, .. } => dropped += 1,
            other => panic!("{other:?}"),
        }
    }
    assert!((10..100).contains(&pongs), "{pongs} answered, {dropped} refused");
    assert!(dropped >= 20, "{dropped} refused");
    // The room and its other phones are unaffected; the flooder's phone is no longer connected.
    presenter.presence(0).await;
    let mut calm = Client::connect(addr).await;
    calm.join(&code, &token(2)).await;
    presenter.presence(1).await;
}

#[tokio::test]
async fn full_rooms_and_full_relays_say_so() {
    let addr = start(Config { max_phones: 2, max_rooms: 1, ..Config::default() }).await;
    let mut presenter = Client::connect(addr).await;
    let (code, _) = presenter.open().await;
    let mut phones = Vec::new();
    for n in 0..2 {
        let mut p = Client::connect(addr).await;
        p.join(&code, &token(n)).await;
        phones.push(p);
    }
    let mut third = Client::connect(addr).await;
    let got = third.join(&code, &token(3)).await;
    assert!(
        matches!(&got[..], [ServerMsg::Error { code: ErrorCode::RoomFull, message }] if message.contains("2 phones"))
    );
    // A known phone always gets back in.
    let mut back = Client::connect(addr).await;
    assert_eq!(back.join(&code, &token(0)).await[0], ServerMsg::Joined { code: code.clone() });

    let mut second = Client::connect(addr).await;
    second.send(ClientMsg::Open { code: None, secret: None }).await;
    assert_eq!(second.error().await, ErrorCode::RelayFull);
}

#[tokio::test]
async fn an_idle_room_expires_and_everyone_is_told() {
    let addr = start(Config { idle: Duration::from_millis(300), ..Config::default() }).await;
    let mut presenter = Client::connect(addr).await;
    let (code, _) = presenter.open().await;
    let mut phone = Client::connect(addr).await;
    phone.join(&code, &token(1)).await;
    assert_eq!(phone.recv().await, ServerMsg::Closed { reason: CloseReason::Expired });
    phone.assert_closed().await;
    presenter.until(|m| *m == ServerMsg::Closed { reason: CloseReason::Expired }).await;
    presenter.assert_closed().await;
    let mut late = Client::connect(addr).await;
    late.send(ClientMsg::Join { code, token: token(2) }).await;
    assert_eq!(late.error().await, ErrorCode::UnknownRoom);
}

#[tokio::test]
async fn after_a_relay_restart_the_presenter_and_phones_rebuild_the_room() {
    let first = start(Config::default()).await;
    let mut presenter = Client::connect(first).await;
    let (code, secret) = presenter.open().await;
    let q = question("s03", Part::Role, Round::First);
    presenter.send(ClientMsg::Announce(q.clone())).await;
    let mut phone = Client::connect(first).await;
    phone.join(&code, &token(1)).await;
    phone.vote(&q, "smm").await;

    // A new relay knows nothing: the presenter takes its room back with the same code and re-announces; the
    // phone rejoins and, holding a vote for the question it is sent, sends it again.
    let restarted = start(Config::default()).await;
    let mut presenter = Client::connect(restarted).await;
    presenter.reopen(&code, &secret).await;
    presenter.send(ClientMsg::Announce(q.clone())).await;
    let mut phone = Client::connect(restarted).await;
    let got = phone.join(&code, &token(1)).await;
    assert!(got.contains(&ServerMsg::Question(q.clone())));
    phone.vote(&q, "smm").await;
    presenter.tally(&q, &[0, 1, 0]).await;
}

async fn http_get(addr: std::net::SocketAddr, path: &str, origin: Option<&str>, upgrade: bool) -> String {
    let mut tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let connection = if upgrade { "Upgrade" } else { "close" };
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: {connection}\r\n");
    if let Some(o) = origin {
        req += &format!("Origin: {o}\r\n");
    }
    if upgrade {
        req += "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
    }
    tcp.write_all(format!("{req}\r\n").as_bytes()).await.unwrap();
    let mut head = vec![0; 4096];
    let n = tokio::time::timeout(PATIENCE, tcp.read(&mut head)).await.unwrap().unwrap();
    String::from_utf8_lossy(&head[..n]).into_owned()
}

#[tokio::test]
async fn pages_are_served_with_the_policy_and_foreign_origins_cannot_connect() {
    let dist = std::env::temp_dir().join(format!("rolecall-relay-dist-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>RoleCall</title>").unwrap();
    let addr = start(Config { dist: Some(dist.clone()), ..Config::default() }).await;

    let page = http_get(addr, "/", None, false).await.to_ascii_lowercase();
    assert!(page.starts_with("http/1.1 200"), "{page}");
    assert!(page.contains("content-type: text/html"), "{page}");
    assert!(page.contains("access-control-allow-origin: *"), "{page}");
    assert!(
        page.contains("content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"),
        "{page}"
    );
    assert!(page.contains("connect-src 'self'"), "{page}");
    assert!(http_get(addr, "/../Cargo.toml", None, false).await.starts_with("HTTP/1.1 404"));

    let foreign = http_get(addr, WS_PATH, Some("https://evil.example"), true).await;
    assert!(foreign.starts_with("HTTP/1.1 403"), "{foreign}");
    assert!(foreign.contains("--origin"), "{foreign}");
    let own = http_get(addr, WS_PATH, Some(&format!("http://{addr}")), true).await;
    assert!(own.starts_with("HTTP/1.1 101"), "{own}");
    std::fs::remove_dir_all(dist).unwrap();
}
