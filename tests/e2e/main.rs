//! End-to-end tests: the built `dist/` in headless Chromium, driven as a new reader would.
//! Run by `make test` (after `make dist`) as `cargo test --test e2e -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

mod centralization;
mod classroom;
mod deck;
mod early;
mod economics;
mod lesson;
mod mine;
mod page;
mod phone;
mod print;
mod simulate;
mod stress;
mod support;
mod tables;
mod transfer;

#[path = "../bench/size.rs"]
mod size;
