//! The classroom's WebSocket, seen from the page: JSON messages both ways (the core's protocol
//! types through serde), and a reconnect that never gives up while the page is open: the server
//! may be restarted mid-lesson, and the page then rejoins as the same student (its token) or the
//! same teacher (the key), with nothing typed lost.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, MessageEvent, WebSocket};
use yew::Callback;

use hashwatt_core::classroom::protocol::{ClientMessage, ServerMessage};

/// The wait before reconnecting, doubling from the first to the last.
const FIRST_RETRY_MS: u32 = 1_000;
const LAST_RETRY_MS: u32 = 8_000;

/// How the link to the class is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Connecting,
    Open,
    /// Closed; the next try is in this many seconds.
    Retrying {
        in_s: u32,
    },
}

pub struct Socket {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    url: String,
    ws: Option<WebSocket>,
    /// Consecutive failed tries, for the back-off.
    failures: u32,
    on_message: Callback<Result<ServerMessage, String>>,
    on_link: Callback<Link>,
    retry: Option<Timeout>,
    _handlers: Vec<Closure<dyn FnMut(Event)>>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
}

/// `ws://host/ws` (or `wss://` on https) on the server the page came from.
fn class_url() -> String {
    let location = gloo::utils::window().location();
    let secure = location.protocol().is_ok_and(|p| p == "https:");
    let host = location.host().unwrap_or_default();
    format!("{}://{host}/ws", if secure { "wss" } else { "ws" })
}

impl Socket {
    /// Connects now, and again whenever the connection closes. `on_message` gets every message
    /// (or why one could not be read), `on_link` each change of state; after `Link::Open` the page
    /// says who it is.
    pub fn connect(
        on_message: Callback<Result<ServerMessage, String>>,
        on_link: Callback<Link>,
    ) -> Socket {
        let inner = Rc::new(RefCell::new(Inner {
            url: class_url(),
            ws: None,
            failures: 0,
            on_message,
            on_link,
            retry: None,
            _handlers: Vec::new(),
            _on_message: None,
        }));
        open(&inner);
        Socket { inner }
    }

    /// Sends `message` if the connection is open; `false` if it is not (the page keeps what it
    /// needs and says it is reconnecting).
    pub fn send(&self, message: &ClientMessage) -> bool {
        let inner = self.inner.borrow();
        let Some(ws) = inner
            .ws
            .as_ref()
            .filter(|ws| ws.ready_state() == WebSocket::OPEN)
        else {
            return false;
        };
        match serde_json::to_string(message) {
            Ok(text) => ws.send_with_str(&text).is_ok(),
            Err(_) => false,
        }
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        let mut inner = self.inner.borrow_mut();
        inner.retry = None;
        if let Some(ws) = inner.ws.take() {
            ws.set_onopen(None);
            ws.set_onclose(None);
            ws.set_onmessage(None);
            ws.set_onerror(None);
            let _ = ws.close();
        }
    }
}

fn open(inner: &Rc<RefCell<Inner>>) {
    let weak = Rc::downgrade(inner);
    let on_link = inner.borrow().on_link.clone();
    on_link.emit(Link::Connecting);
    let mut me = inner.borrow_mut();
    me.retry = None;
    let ws = match WebSocket::new(&me.url) {
        Ok(ws) => ws,
        Err(_) => {
            drop(me);
            schedule(&weak);
            return;
        }
    };
    let on_open = {
        let weak = weak.clone();
        Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            if let Some(inner) = weak.upgrade() {
                let mut me = inner.borrow_mut();
                me.failures = 0;
                let on_link = me.on_link.clone();
                drop(me);
                on_link.emit(Link::Open);
            }
        })
    };
    let on_close = {
        let weak = weak.clone();
        Closure::<dyn FnMut(Event)>::new(move |_: Event| schedule(&weak))
    };
    let on_message = {
        let weak = weak.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(inner) = weak.upgrade() else { return };
            let on_message = inner.borrow().on_message.clone();
            let read = match event.data().as_string() {
                Some(text) => serde_json::from_str::<ServerMessage>(&text)
                    .map_err(|e| format!("The class sent a message this page cannot read: {e}")),
                None => Err("The class sent a message that is not text.".to_string()),
            };
            on_message.emit(read);
        })
    };
    ws.set_onopen(Some(on_open.as_ref().unchecked_ref()));
    ws.set_onclose(Some(on_close.as_ref().unchecked_ref()));
    ws.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    me.ws = Some(ws);
    me._handlers = vec![on_open, on_close];
    me._on_message = Some(on_message);
}

/// The connection closed (or could not open): try again after the back-off.
fn schedule(weak: &Weak<RefCell<Inner>>) {
    let Some(inner) = weak.upgrade() else { return };
    let mut me = inner.borrow_mut();
    if me.retry.is_some() {
        return;
    }
    me.ws = None;
    let wait_ms = FIRST_RETRY_MS
        .saturating_mul(1 << me.failures.min(4))
        .min(LAST_RETRY_MS);
    me.failures += 1;
    let again = weak.clone();
    me.retry = Some(Timeout::new(wait_ms, move || {
        if let Some(inner) = again.upgrade() {
            open(&inner);
        }
    }));
    let on_link = me.on_link.clone();
    drop(me);
    on_link.emit(Link::Retrying {
        in_s: wait_ms.div_ceil(1000),
    });
}
