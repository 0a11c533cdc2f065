//! Hashwatt: an interactive explainer of Bitcoin mining centralization.
//!
//! The web app (see ARCHITECTURE.md): `ui` renders, `charts` draws, `worker` is the miner's Web
//! Worker. Everything they show is computed by the pure core, the `hashwatt-core` crate.

pub mod charts;
pub mod profile;
pub mod ui;
pub mod worker;
