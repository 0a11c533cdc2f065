//! The browser side: one component per page section, plus small shared widgets. Components render
//! what the pure model computes; they do not compute.

mod ai;
mod app;
mod centralization;
mod deck_view;
mod economics;
mod faq;
mod glossary;
mod landing;
pub mod mine;
mod offline;
pub mod panic;
mod present;
mod print;
mod sources;
mod speaker;
pub mod state;
mod story;
mod toc;
pub mod url;
pub mod widgets;

pub use app::{App, SECTIONS};
