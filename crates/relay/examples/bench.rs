//! The relay's load benchmark (not a test): 40 rooms × 50 phones on loopback, every phone voting once within
//! 2 s, against one relay and then against two relays sharing rooms through Redis (presenters on one, phones on
//! the other, so every vote crosses Redis). Reports votes per second, vote→presenter latency p50/p99, the
//! relays' memory per room and per phone connection (RSS delta), and their CPU. Run by `.ci/relay-bench.sh`.
//!
//! Latency pairs the k-th vote sent in a room with the presenter's tally that counts k votes (tallies carry no
//! voter), so a vote overtaken by a later one is measured against the later one's tally: a fair estimate.

#[path = "../tests/common/mod.rs"]
mod common;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{Client, Process, Redis, question, token};
use rolecall_protocol::{ClientMsg, Part, Round, ServerMsg};
use tokio::sync::Barrier;

const ROOMS: usize = 40;
const PHONES: usize = 50;
const WINDOW: Duration = Duration::from_secs(2);
/// The whole run's bound: connecting, voting and counting.
const LIMIT: Duration = Duration::from_secs(90);

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// CPU seconds (user + system) the process has used.
fn cpu_secs(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<f64>().ok()).unwrap_or(0.0);
    // Fields 14 and 15 of /proc/PID/stat; `after` starts at field 3. Linux's clock tick is 100 Hz.
    (ticks(11) + ticks(12)) / 100.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// A vote's moment in the window, spread evenly over it per phone (deterministic: no randomness to explain).
fn vote_at(room: usize, phone: usize) -> Duration {
    let slot = (phone * ROOMS + room) as f64 / (ROOMS * PHONES) as f64;
    WINDOW.mul_f64(slot)
}

struct Run {
    label: &'static str,
    votes: usize,
    counted: usize,
    latencies_ms: Vec<f64>,
    votes_per_sec: f64,
    rss_before_kib: u64,
    rss_after_kib: u64,
    cpu_vote_secs: f64,
    cpu_total_secs: f64,
    vote_wall_secs: f64,
}

async fn run(label: &'static str, presenters_at: SocketAddr, phones_at: SocketAddr, pids: Vec<u32>) -> Run {
    let rss = |pids: &[u32]| pids.iter().map(|p| rss_kib(*p)).sum::<u64>();
    let cpu = |pids: &[u32]| pids.iter().map(|p| cpu_secs(*p)).sum::<f64>();
    let rss_before_kib = rss(&pids);
    let cpu_start = cpu(&pids);

    // Every phone and presenter connected and ready; then the window opens for all at once.
    let ready = Arc::new(Barrier::new(ROOMS * PHONES + ROOMS + 1));
    let q = question("bench", Part::Role, Round::First);
    let mut rooms = Vec::new();
    for room in 0..ROOMS {
        let mut presenter = Client::connect(presenters_at).await;
        let (code, _) = presenter.open().await;
        presenter.send(ClientMsg::Announce(q.clone())).await;
        let mut phones = Vec::new();
        for n in 0..PHONES {
            let ready = Arc::clone(&ready);
            let (code, q) = (code.clone(), q.clone());
            phones.push(tokio::spawn(async move {
                let mut phone = Client::connect(phones_at).await;
                phone.join(&code, &token(room * PHONES + n)).await;
                ready.wait().await;
                tokio::time::sleep(vote_at(room, n)).await;
                let sent = Instant::now();
                phone.send(common::ballot(&q, ["cm", "smm", "pm"][n % 3])).await;
                phone.until(|m| matches!(m, ServerMsg::Mine(mine) if mine.option.is_some())).await;
                (sent, phone)
            }));
        }
        let ready = Arc::clone(&ready);
        rooms.push(tokio::spawn(async move {
            ready.wait().await;
            let mut counted_at = Vec::new();
            while counted_at.len() < PHONES {
                if let ServerMsg::Tally(t) = presenter.recv().await
                    && t.voted as usize > counted_at.len()
                {
                    counted_at.resize(t.voted as usize, Instant::now());
                }
            }
            let mut sent = Vec::new();
            let mut sockets = vec![presenter];
            for p in phones {
                let (t, phone) = p.await.unwrap();
                sent.push(t);
                sockets.push(phone);
            }
            sent.sort();
            // The sockets go back to the caller, so they are still open when the memory is read.
            (counted_at, sent, sockets)
        }));
    }
    ready.wait().await;
    let window_start = Instant::now();
    let cpu_window_start = cpu(&pids);
    let mut latencies_ms = Vec::new();
    let (mut counted, mut last_count) = (0, window_start);
    let mut keep = Vec::new();
    for room in rooms {
        let (counted_at, sent, sockets) = room.await.unwrap();
        counted += counted_at.len();
        for (s, c) in sent.iter().zip(&counted_at) {
            latencies_ms.push(c.saturating_duration_since(*s).as_secs_f64() * 1000.0);
        }
        last_count = last_count.max(*counted_at.last().unwrap());
        keep.push(sockets);
    }
    let vote_wall_secs = last_count.duration_since(window_start).as_secs_f64();
    let cpu_vote_secs = cpu(&pids) - cpu_window_start;
    let rss_after_kib = rss(&pids);
    latencies_ms.sort_by(f64::total_cmp);
    drop(keep);
    Run {
        label,
        votes: ROOMS * PHONES,
        counted,
        votes_per_sec: counted as f64 / vote_wall_secs,
        latencies_ms,
        rss_before_kib,
        rss_after_kib,
        cpu_vote_secs,
        cpu_total_secs: cpu(&pids) - cpu_start,
        vote_wall_secs,
    }
}

fn report(r: &Run) {
    let per_room = (r.rss_after_kib.saturating_sub(r.rss_before_kib)) as f64 / ROOMS as f64;
    let per_conn = (r.rss_after_kib.saturating_sub(r.rss_before_kib)) as f64 / (ROOMS * (PHONES + 1)) as f64;
    println!("== {} ==", r.label);
    println!("  votes counted        {} of {} ({} rooms × {} phones)", r.counted, r.votes, ROOMS, PHONES);
    println!(
        "  votes per second     {:.0} (over {:.2} s from the window's start to the last tally)",
        r.votes_per_sec, r.vote_wall_secs
    );
    println!(
        "  vote→presenter       p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (goal: p99 ≤ 150 ms: {})",
        percentile(&r.latencies_ms, 0.5),
        percentile(&r.latencies_ms, 0.99),
        r.latencies_ms.last().copied().unwrap_or(f64::NAN),
        if percentile(&r.latencies_ms, 0.99) <= 150.0 { "met" } else { "NOT met" }
    );
    println!(
        "  relay memory         RSS {} → {} KiB: {:.0} KiB per room, {:.1} KiB per connection (goal ≤ 64 KiB: {})",
        r.rss_before_kib,
        r.rss_after_kib,
        per_room,
        per_conn,
        if per_conn <= 64.0 { "met" } else { "NOT met" }
    );
    println!(
        "  relay CPU            {:.2} s while voting ({:.0} % of one core), {:.2} s in all (connect + vote)",
        r.cpu_vote_secs,
        100.0 * r.cpu_vote_secs / r.vote_wall_secs,
        r.cpu_total_secs
    );
}

#[tokio::main]
async fn main() {
    let only_one = std::env::args().any(|a| a == "--no-redis");
    let bench = async {
        let relay = Process::spawn(&["--max-rooms", "100", "--max-phones", "100"]);
        let one = run("one relay", relay.addr, relay.addr, vec![relay.child.id()]).await;
        drop(relay);
        report(&one);
        if only_one {
            return;
        }
        let Some(redis) = Redis::start() else { return };
        let a = Process::spawn(&["--max-rooms", "100", "--max-phones", "100", "--redis", &redis.url]);
        let b = Process::spawn(&["--max-rooms", "100", "--max-phones", "100", "--redis", &redis.url]);
        let two = run(
            "two relays through Redis (presenters on one, phones on the other)",
            a.addr,
            b.addr,
            vec![a.child.id(), b.child.id()],
        )
        .await;
        report(&two);
    };
    if tokio::time::timeout(LIMIT, bench).await.is_err() {
        eprintln!("relay bench: not finished within {} s; stopped", LIMIT.as_secs());
        std::process::exit(1);
    }
}
