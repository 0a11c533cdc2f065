//! Hashwatt: an interactive explainer of Bitcoin mining centralization.
//!
//! The module map (see ARCHITECTURE.md). `data`, `model` and `content` are pure: they import nothing
//! from yew, web-sys or gloo and are tested natively. `ui`, `charts` and `worker` are the browser side.

pub mod content;
pub mod data;
pub mod model;

pub mod charts;
pub mod ui;
pub mod worker;
