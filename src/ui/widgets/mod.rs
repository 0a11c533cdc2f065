//! Small shared widgets used by several sections.

mod chart;
mod cite;
mod copy_link;
mod period;
mod predict;
mod rich_text;
mod term_tips;

pub use chart::{cards_table, data_table, Chart, DrawFn, Drawing};
pub use cite::{cite, quality_badge};
pub use copy_link::CopyLink;
pub use period::period;
pub use predict::Predict;
pub use rich_text::{Paragraph, RichText, RichTextProps};
pub use term_tips::use_term_tips;
