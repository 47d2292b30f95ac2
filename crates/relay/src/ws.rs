//! One WebSocket: the Origin check before the upgrade, then a reader (flood control, the protocol's checks,
//! the hub) and a writer (the connection's queue, and a ping every 30 s so proxies keep idle sockets open).

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use rolecall_protocol::{ErrorCode, MAX_MESSAGE_BYTES, ServerMsg, decode_client};

use crate::hub::{Frame, Hub, Role};
use crate::limit::{Bucket, Rate, Verdict};

/// Frames bigger than this are cut by the socket itself (close code 1009); between the protocol's limit and
/// this, the client gets a `too-big` error it can show.
const MAX_FRAME: usize = 4 * MAX_MESSAGE_BYTES;

/// The upgrade, for pages of an allowed origin only.
pub async fn upgrade(State(hub): State<Arc<Hub>>, headers: HeaderMap, ws: WebSocketUpgrade) -> Response {
    let text = |name| headers.get(name).and_then(|v: &header::HeaderValue| v.to_str().ok());
    if !hub.config.origin_allowed(text(header::ORIGIN), text(header::HOST)) {
        let words =
            "a page from this origin may not use this relay (the relay's --origin lists the allowed ones)\n";
        return (StatusCode::FORBIDDEN, words).into_response();
    }
    // Small buffers: a phone sends a few hundred bytes at a time, and a relay holds thousands of phones.
    ws.read_buffer_size(MAX_MESSAGE_BYTES)
        .write_buffer_size(0)
        .max_write_buffer_size(256 * 1024)
        .max_message_size(MAX_FRAME)
        .max_frame_size(MAX_FRAME)
        .on_upgrade(move |socket| run(hub, socket))
}

async fn run(hub: Arc<Hub>, socket: WebSocket) {
    let (conn, mut queue) = hub.connect();
    let (mut sink, mut stream) = socket.split();
    let writer = tokio::spawn(async move {
        let mut ping = tokio::time::interval(Duration::from_secs(30));
        ping.tick().await;
        loop {
            tokio::select! {
                frame = queue.recv() => match frame {
                    Some(Frame::Text(text)) => {
                        if sink.send(Message::Text(text.as_ref().into())).await.is_err() {
                            break;
                        }
                    }
                    Some(Frame::End(text)) => {
                        let _ = sink.send(Message::Text(text.as_ref().into())).await;
                        let _ = sink.close().await;
                        break;
                    }
                    None => break,
                },
                _ = ping.tick() => {
                    if sink.send(Message::Ping(Default::default())).await.is_err() {
                        break;
                    }
                }
            }
        }
    });
    let mut role = Role::New;
    let mut bucket = Bucket::new(Rate::DEFAULT, Instant::now());
    loop {
        let next = tokio::select! {
            next = stream.next() => next,
            () = conn.killed().notified() => break,
        };
        let text = match next {
            Some(Ok(Message::Text(text))) => text,
            Some(Ok(Message::Binary(_))) => {
                conn.error(ErrorCode::Malformed, "send JSON in text frames, not binary ones");
                continue;
            }
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => continue,
            Some(Ok(Message::Close(_)) | Err(_)) | None => break,
        };
        match bucket.take(Instant::now()) {
            Verdict::Accept => {}
            Verdict::Drop => {
                conn.error(ErrorCode::Flood, "too many messages: slow down (this one was dropped)");
                continue;
            }
            Verdict::Close => {
                conn.end(&ServerMsg::Error {
                    code: ErrorCode::Flood,
                    message: "too many messages: disconnected".into(),
                });
                drain(&mut stream).await;
                break;
            }
        }
        match decode_client(text.as_str()) {
            Ok(msg) => hub.handle(&conn, &mut role, msg).await,
            Err(refusal) if refusal.code == ErrorCode::Version => {
                conn.end(&refusal.to_msg());
                drain(&mut stream).await;
                break;
            }
            Err(refusal) => conn.send(&refusal.to_msg()),
        }
    }
    hub.gone(&conn, &role);
    drop(conn);
    // The writer ends once its last frame is out; a client that stopped reading does not hold it for long.
    let abort = writer.abort_handle();
    if tokio::time::timeout(Duration::from_secs(2), writer).await.is_err() {
        abort.abort();
    }
}

/// After the relay said its last word: read and ignore what the client still sends until it answers the close
/// (at most two seconds), so the socket is not torn down with unread data (a reset would lose that last word).
async fn drain(stream: &mut futures_util::stream::SplitStream<WebSocket>) {
    let _ = tokio::time::timeout(Duration::from_secs(2), async {
        while let Some(Ok(msg)) = stream.next().await {
            if matches!(msg, Message::Close(_)) {
                break;
            }
        }
    })
    .await;
}
