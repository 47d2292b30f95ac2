//! Several relays behind a load balancer share rooms through Redis: a key per room says which relay is its
//! home (and holds its secret, so a presenter can take the room back through any relay), and each relay
//! listens on its own channel for phone events (`up`) and messages for its phones (`down`), plus one shared
//! channel where a relay that took a room over says so (`moved`). Publishing never blocks the hub: messages go
//! through a queue to one task that pipelines them to Redis in order.

use std::sync::Arc;
use std::time::Duration;

use futures_util::StreamExt;
use redis::AsyncCommands;
use redis::aio::MultiplexedConnection;
use rolecall_protocol::Ballot;
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::hub::Hub;

/// The channel every relay listens on.
const ALL: &str = "rolecall:all";

fn relay_channel(relay: &str) -> String {
    format!("rolecall:relay:{relay}")
}

fn room_key(code: &str) -> String {
    format!("rolecall:room:{code}")
}

/// What one relay tells another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "k", rename_all = "kebab-case")]
pub enum BusMsg {
    /// From a phone's relay to the room's home.
    Up { code: String, from: String, token: String, event: UpEvent },
    /// From the home to a phone's relay: one encoded message for one phone, or all of that room's phones there.
    Down { code: String, to: Option<String>, text: String, end: bool },
    /// To every relay: `home` holds room `code` now.
    Moved { code: String, home: String },
}

/// A phone's event, as its relay forwards it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "e", rename_all = "kebab-case")]
pub enum UpEvent {
    Join,
    Vote(Ballot),
    Gone,
}

/// A room's shared record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub home: String,
    pub secret: String,
}

enum Job {
    Publish(String, String),
    Refresh(String),
    Forget(String),
}

/// This relay's link to the others.
#[derive(Clone)]
pub struct Bus {
    queue: mpsc::UnboundedSender<Job>,
    conn: MultiplexedConnection,
    /// How long a room's record outlives the last refresh (its home refreshes it at every sweep).
    ttl: Duration,
}

impl Bus {
    /// Connect to Redis at `url`, start listening for `hub`, and attach to it.
    pub async fn start(url: &str, hub: &Arc<Hub>) -> redis::RedisResult<()> {
        let client = redis::Client::open(url)?;
        let conn = client.get_multiplexed_async_connection().await?;
        let mut pubsub = client.get_async_pubsub().await?;
        pubsub.subscribe(relay_channel(&hub.id)).await?;
        pubsub.subscribe(ALL).await?;
        let (queue, jobs) = mpsc::unbounded_channel();
        let ttl = (hub.sweep_every() * 4).max(Duration::from_secs(2));
        hub.attach(Bus { queue, conn: conn.clone(), ttl });
        tokio::spawn(publisher(conn, jobs, ttl));
        let hub = Arc::clone(hub);
        tokio::spawn(async move {
            let mut messages = pubsub.into_on_message();
            while let Some(msg) = messages.next().await {
                let Ok(payload) = msg.get_payload::<String>() else { continue };
                match serde_json::from_str::<BusMsg>(&payload) {
                    Ok(m) => hub.on_bus(m),
                    Err(e) => eprintln!("rolecall-relay: ignoring a bus message I cannot read: {e}"),
                }
            }
            // Without its subscription this relay cannot serve shared rooms: stop, so a supervisor restarts it
            // and the load balancer sends the class to the other relays meanwhile.
            eprintln!("rolecall-relay: lost the Redis subscription; exiting");
            std::process::exit(3);
        });
        Ok(())
    }

    /// Send `msg` to relay `relay`.
    pub fn send(&self, relay: &str, msg: &BusMsg) {
        let text = serde_json::to_string(msg).unwrap_or_default();
        let _ = self.queue.send(Job::Publish(relay_channel(relay), text));
    }

    /// Tell every relay that `home` holds `code` now.
    pub fn publish_moved(&self, code: &str, home: &str) {
        let text = serde_json::to_string(&BusMsg::Moved { code: code.into(), home: home.into() })
            .unwrap_or_default();
        let _ = self.queue.send(Job::Publish(ALL.into(), text));
    }

    /// Keep room `code`'s record alive.
    pub fn refresh(&self, code: &str) {
        let _ = self.queue.send(Job::Refresh(room_key(code)));
    }

    /// Room `code` ended.
    pub fn forget(&self, code: &str) {
        let _ = self.queue.send(Job::Forget(room_key(code)));
    }

    /// Room `code`'s record, if any relay holds it.
    pub async fn lookup(&self, code: &str) -> Result<Option<Record>, String> {
        let mut conn = self.conn.clone();
        let text: Option<String> = conn.get(room_key(code)).await.map_err(|e| e.to_string())?;
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    /// Record `home` as room `code`'s home; unless `overwrite`, only if no relay holds the code (`false` then).
    pub async fn claim(&self, code: &str, secret: &str, home: &str, overwrite: bool) -> Result<bool, String> {
        let record =
            serde_json::to_string(&Record { home: home.into(), secret: secret.into() }).unwrap_or_default();
        let ttl = u64::try_from(self.ttl.as_millis()).unwrap_or(u64::MAX);
        let mut cmd = redis::cmd("SET");
        cmd.arg(room_key(code)).arg(record).arg("PX").arg(ttl);
        if !overwrite {
            cmd.arg("NX");
        }
        let mut conn = self.conn.clone();
        let reply: Option<String> = cmd.query_async(&mut conn).await.map_err(|e| e.to_string())?;
        Ok(reply.is_some())
    }
}

/// Drains the queue in order, sending what is waiting as one pipeline.
async fn publisher(mut conn: MultiplexedConnection, mut jobs: mpsc::UnboundedReceiver<Job>, ttl: Duration) {
    let ttl = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX);
    let mut batch = Vec::new();
    while jobs.recv_many(&mut batch, 512).await > 0 {
        let mut pipe = redis::pipe();
        for job in batch.drain(..) {
            match job {
                Job::Publish(channel, text) => pipe.publish(channel, text).ignore(),
                Job::Refresh(key) => pipe.pexpire(key, i64::try_from(ttl).unwrap_or(i64::MAX)).ignore(),
                Job::Forget(key) => pipe.del(key).ignore(),
            };
        }
        if let Err(e) = pipe.query_async::<()>(&mut conn).await {
            eprintln!("rolecall-relay: Redis refused a batch: {e}");
        }
    }
}
