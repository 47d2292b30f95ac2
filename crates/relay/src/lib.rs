//! `rolecall-relay`: the classroom relay. It serves the built pages and carries students' phone votes to the
//! presenter over WebSockets, speaking `rolecall-protocol`. One process holds a large course; with `--redis`
//! several share rooms.
//!
//! `room` holds the rules (pure), `hub` the rooms and connections, `ws` one socket, `bus` the link to other
//! relays, `web` the HTTP routes, `limit` flood control, `config` the command line.

pub mod bus;
pub mod config;
pub mod hub;
pub mod lan;
pub mod limit;
pub mod room;
pub mod web;
pub mod ws;

use std::sync::Arc;
use std::time::Instant;

use tokio::net::TcpListener;

pub use config::Config;
pub use hub::Hub;

/// Start the hub (and its bus, with `--redis`) and serve on `listener` until the process ends.
pub async fn serve(config: Config, listener: TcpListener) -> Result<(), String> {
    let hub = Hub::new(config);
    if let Some(url) = hub.config.redis.clone() {
        bus::Bus::start(&url, &hub).await.map_err(|e| format!("cannot reach Redis at {url}: {e}"))?;
    }
    let sweeper = Arc::clone(&hub);
    tokio::spawn(async move {
        let mut every = tokio::time::interval(sweeper.sweep_every());
        loop {
            every.tick().await;
            sweeper.sweep(Instant::now());
        }
    });
    axum::serve(listener, web::router(hub)).await.map_err(|e| e.to_string())
}
