//! Small shared widgets used by several sections.

mod chart;
mod rich_text;

pub use chart::{Chart, DrawFn};
pub use rich_text::{Paragraph, RichText};
