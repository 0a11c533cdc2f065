//! Small shared widgets used by several sections.

mod rich_text;

pub use rich_text::{Paragraph, RichText};
