//! Hashwatt's pure core (see ARCHITECTURE.md): `data` (FACTS.md as typed figures), `content` (the
//! page's words) and `model` (everything computed). No web crate is a dependency of this crate, so
//! the compiler keeps it pure; the web app (the workspace root) and the classroom server use it.

pub mod classroom;
pub mod content;
pub mod data;
pub mod model;
