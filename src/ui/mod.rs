//! The browser side: one component per page section, plus small shared widgets. Components render
//! what the pure model computes; they do not compute.

mod ai;
mod app;
mod centralization;
mod deck_view;
mod economics;
mod landing;
pub mod mine;
mod offline;
pub mod panic;
pub mod prerendered;
mod present;
mod print;
pub mod simulate;
mod sources;
mod speaker;
pub mod state;
mod toc;
pub mod url;
pub mod widgets;

pub use app::{App, SECTIONS};

/// Dispatches a plain event named `kind` on `window` (`resize` for the charts to redraw at their
/// new size; the simulator's module and the page tell each other things this way).
pub fn fire(kind: &str) {
    if let Ok(event) = web_sys::Event::new(kind) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
