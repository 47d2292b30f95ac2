//! The relay's command: read the flags, listen, print where phones can reach it, serve.

use rolecall_relay::{Config, lan};

#[tokio::main]
async fn main() {
    let config = match Config::parse(std::env::args().skip(1)) {
        Ok(c) => c,
        Err(words) => {
            eprintln!("{words}");
            std::process::exit(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(config.listen).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("rolecall-relay: cannot listen on {}: {e}", config.listen);
            std::process::exit(1);
        }
    };
    let bound = listener.local_addr().unwrap_or(config.listen);
    // The first line is machine-read by the tests and the benchmark: keep its shape.
    println!("rolecall-relay listening on {bound}");
    if config.dist.is_some() {
        println!("Phones on the same Wi-Fi open (and the QR code leads to) one of:");
    } else {
        println!("No --dist: serving only the WebSocket (/ws). Reachable at:");
    }
    for url in lan::addresses(bound) {
        println!("  {url}");
    }
    if let Some(url) = &config.redis {
        println!("Sharing rooms with other relays through {url}");
    }
    if let Err(e) = rolecall_relay::serve(config, listener).await {
        eprintln!("rolecall-relay: {e}");
        std::process::exit(1);
    }
}
