//! Two relay processes sharing one `redis-server` (started and stopped here): the presenter on one, phones on
//! both; every vote reaches the presenter, and the class goes on when the presenter comes back through the
//! other relay.

mod common;

use common::*;
use rolecall_protocol::*;

#[tokio::test]
async fn two_relays_share_a_room_through_redis() {
    // The gate installs redis-server (setup --test): a missing one fails here rather than passing unseen.
    let redis = Redis::start().expect("redis-server is not installed: bash .ci/setup.sh --test installs it");
    let a = Process::spawn(&["--redis", &redis.url]);
    let b = Process::spawn(&["--redis", &redis.url]);

    let mut presenter = Client::connect(a.addr).await;
    let (code, secret) = presenter.open().await;
    let q = question("s05", Part::Role, Round::First);
    presenter.send(ClientMsg::Announce(q.clone())).await;
    presenter.tally(&q, &[0, 0, 0]).await;

    // Four phones on the other relay, one on the presenter's.
    let mut phones = Vec::new();
    for n in 0..5 {
        let mut phone = Client::connect(if n < 4 { b.addr } else { a.addr }).await;
        let got = phone.join(&code, &token(n)).await;
        assert_eq!(got[0], ServerMsg::Joined { code: code.clone() }, "phone {n}");
        assert!(got.contains(&ServerMsg::Question(q.clone())), "phone {n}: {got:?}");
        phones.push(phone);
    }
    presenter.presence(5).await;
    let picks = ["cm", "cm", "smm", "pm", "cm"];
    for (phone, pick) in phones.iter_mut().zip(picks) {
        phone.vote(&q, pick).await;
    }
    let t = presenter.tally(&q, &[3, 1, 1]).await;
    assert_eq!((t.voted, t.phones), (5, 5));
    // A changed vote from the far relay, and a refusal that travels back to it.
    phones[3].vote(&q, "smm").await;
    presenter.tally(&q, &[3, 2, 0]).await;
    phones[0].send(ballot(&q, "nope")).await;
    assert_eq!(phones[0].error().await, ErrorCode::UnknownOption);

    presenter.send(ClientMsg::Reveal(answer("s05"))).await;
    for phone in &mut phones {
        phone.until(|m| *m == ServerMsg::Revealed(answer("s05"))).await;
    }

    // The projector reloads and the load balancer sends it to the other relay: it takes the room over, the old
    // connection is told, and after the re-announce every phone re-sends its vote.
    let mut moved = Client::connect(b.addr).await;
    moved.reopen(&code, &secret).await;
    presenter.until(|m| *m == ServerMsg::Closed { reason: CloseReason::Replaced }).await;
    let second = question("s05", Part::Role, Round::Second);
    moved.send(ClientMsg::Announce(second.clone())).await;
    for (phone, pick) in phones.iter_mut().zip(["smm", "smm", "smm", "cm", "pm"]) {
        phone.asked(&second).await;
        phone.vote(&second, pick).await;
    }
    let t = moved.tally(&second, &[1, 3, 1]).await;
    assert_eq!(t.phones, 5);

    moved.send(ClientMsg::Close).await;
    for phone in &mut phones {
        phone.until(|m| *m == ServerMsg::Closed { reason: CloseReason::Closed }).await;
        phone.assert_closed().await;
    }
}
