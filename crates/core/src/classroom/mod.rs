//! The classroom pool (issue 15): the messages the page and the classroom server exchange, and the
//! pool's rules as pure functions. The server (`crates/classroom`) keeps the state, the SQLite lesson
//! and the sockets; everything it decides about difficulty, shares, payouts, names and limits is
//! computed here and tested natively. `docs/classroom.md` describes the protocol with examples.

pub mod client;
pub mod difficulty;
pub mod jobs;
pub mod limits;
pub mod names;
pub mod payout;
pub mod protocol;
pub mod view;

#[cfg(test)]
mod client_tests;
#[cfg(test)]
mod difficulty_tests;
#[cfg(test)]
mod jobs_tests;
#[cfg(test)]
mod limits_tests;
#[cfg(test)]
mod names_tests;
#[cfg(test)]
mod payout_tests;
#[cfg(test)]
mod protocol_tests;
#[cfg(test)]
mod view_tests;
