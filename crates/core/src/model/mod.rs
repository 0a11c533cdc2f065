//! The pure model: mining maths, the miner session, economics, centralization measures, the URL
//! scenario, number formatting. Nothing here imports yew, web-sys or gloo; all of it is tested
//! natively with hand-computed values.

pub mod ai;
pub mod ai_view;
pub mod centralization_view;
pub mod concentration;
pub mod data_table;
pub mod decimal;
pub mod deck;
pub mod econ_view;
pub mod economics;
pub mod format;
pub mod hash;
pub mod header;
pub mod hex;
pub mod history;
pub mod kernel;
pub mod laptop;
pub mod mine_view;
pub mod offline;
pub mod pool_what_if;
pub mod predictions;
pub mod presentation;
pub mod qr;
pub mod raster;
pub mod scan;
pub mod scenario;
pub mod search;
pub mod session;
pub mod sim_view;
pub mod simulate;
pub mod solo;
pub mod target;
pub mod url;
pub mod verify;
pub mod wire;

#[cfg(test)]
mod bad_input_tests;
#[cfg(test)]
mod no_exponent_tests;
