//! Small shared widgets used by several sections.

mod chart;
mod predict;
mod rich_text;

pub use chart::{Chart, DrawFn};
pub use predict::Predict;
pub use rich_text::{Paragraph, RichText};
