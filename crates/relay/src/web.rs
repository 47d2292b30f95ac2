//! The HTTP side: the WebSocket endpoint, and the built pages (`--dist`) with the headers the e2e server sends,
//! so the classroom needs this one process.

use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::get;
use rolecall_protocol::WS_PATH;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::hub::Hub;
use crate::ws;

/// The pages' policy (the README's, for hosting), plus `connect-src 'self'` so a page may open the WebSocket to
/// the relay that served it.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
                       img-src 'self' data:; connect-src 'self'";

pub fn router(hub: Arc<Hub>) -> Router {
    let mut app = Router::new().route(WS_PATH, get(ws::upgrade)).with_state(Arc::clone(&hub));
    if let Some(dist) = &hub.config.dist {
        app = app.fallback_service(ServeDir::new(dist).append_index_html_on_directories(true));
    }
    app.layer(SetResponseHeaderLayer::overriding(
        header::ACCESS_CONTROL_ALLOW_ORIGIN,
        HeaderValue::from_static("*"),
    ))
    .layer(SetResponseHeaderLayer::overriding(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
    // Pages are rebuilt in place: always revalidate (cheap with Last-Modified), never serve a stale build.
    .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
}
