//! The WebSocket: the Origin check, per-connection limits (size, rate), JSON in and out. Each
//! connection has a writer task draining its outbox, so the class never waits on a slow page.

use std::sync::atomic::Ordering;

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use hashwatt_core::classroom::jobs::RejectReason;
use hashwatt_core::classroom::limits::{rate_message, Admit, RateLimit, MAX_MESSAGE_BYTES};
use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};
use tokio::sync::mpsc;
use tokio::time::{timeout, Duration};

use crate::class::{Outgoing, OUTBOX_MESSAGES};
use crate::{now, App};

/// Frames longer than this end the connection at the protocol level; between
/// [`MAX_MESSAGE_BYTES`] and this, the page is told `oversize`.
const MAX_FRAME_BYTES: usize = 64 * 1024;

/// A server message as JSON text.
pub fn to_json(message: &ServerMessage) -> String {
    serde_json::to_string(message).unwrap_or_else(|_| {
        r#"{"type":"error","message":"The server could not encode a message."}"#.to_string()
    })
}

/// Reads one page message: longer than [`MAX_MESSAGE_BYTES`] is `oversize`; anything but a known
/// message with fields of the right types is `malformed`.
pub fn parse(text: &str) -> Result<ClientMessage, RejectReason> {
    if text.len() > MAX_MESSAGE_BYTES {
        return Err(RejectReason::Oversize);
    }
    serde_json::from_str(text).map_err(|_| RejectReason::Malformed)
}

/// A browser's WebSocket must come from a page this server served: its Origin's host and port
/// equal the Host it asked for. Clients without an Origin (not browsers) are let in; they can
/// claim any Origin anyway, and every share is re-hashed whoever sends it.
pub fn origin_allowed(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let (Ok(origin), Some(Ok(host))) = (
        origin.to_str(),
        headers.get(header::HOST).map(|h| h.to_str()),
    ) else {
        return false;
    };
    let origin_host = origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"));
    origin_host.is_some_and(|o| o.eq_ignore_ascii_case(host))
}

pub async fn upgrade(ws: WebSocketUpgrade, headers: HeaderMap, State(app): State<App>) -> Response {
    if !origin_allowed(&headers) {
        return (
            StatusCode::FORBIDDEN,
            "This class only accepts pages it served itself (the Origin does not match the Host).",
        )
            .into_response();
    }
    // Small buffers: the defaults (128 KB to read) would make 1,000 students 128 MB.
    ws.max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .read_buffer_size(8 * 1024)
        .write_buffer_size(8 * 1024)
        .on_upgrade(move |socket| run(socket, app))
}

async fn run(socket: WebSocket, app: App) {
    let conn = app.next_conn.fetch_add(1, Ordering::Relaxed);
    let (outbox, mut queue) = mpsc::channel(OUTBOX_MESSAGES);
    app.lock().connect(conn, outbox);
    let (mut sink, mut stream) = socket.split();
    let writer = tokio::spawn(async move {
        while let Some(out) = queue.recv().await {
            let sent = match out {
                Outgoing::Text(text) => sink.send(Message::Text(text.into())).await,
                Outgoing::Close(reason) => {
                    let frame = CloseFrame {
                        code: 1008,
                        reason: reason.into(),
                    };
                    let _ = sink.send(Message::Close(Some(frame))).await;
                    break;
                }
            };
            if sent.is_err() {
                break;
            }
        }
    });
    let mut limit = RateLimit::new(now());
    while let Some(Ok(message)) = stream.next().await {
        let text = match message {
            Message::Text(text) => text,
            Message::Binary(_) => {
                app.lock().reject(conn, RejectReason::Malformed, None, None);
                continue;
            }
            Message::Close(_) => break,
            Message::Ping(_) | Message::Pong(_) => continue,
        };
        match limit.admit(now()) {
            Admit::Yes => {}
            Admit::Drop => {
                app.lock().error(conn, rate_message());
                continue;
            }
            Admit::Close => {
                app.lock().close(
                    conn,
                    "Too many messages for too long: the class closed this connection.",
                );
                break;
            }
        }
        let parsed = parse(text.as_str());
        let mut class = app.lock();
        match parsed {
            Ok(message) => class.handle(conn, message, now()),
            Err(reason) => class.reject(conn, reason, None, None),
        }
    }
    app.lock().disconnect(conn);
    // The outbox's sender is gone with the connection, so the writer ends once it has written
    // what was queued; a page that stops reading cannot hold it for long.
    let _ = timeout(Duration::from_secs(5), writer).await;
}
