//! The page's one citation mark and one quality badge: every figure a component prints and every
//! `[^source-id]` of the prose cites through [`cite`]; every "derived" or "estimate" figure is
//! marked with [`quality_badge`].

use yew::prelude::*;

use hashwatt_core::data::{self, Quality};

/// A superscript link to the source's entry in the Sources list, numbered as listed there ("?"
/// for an id the list lacks, which the content's native tests rule out).
pub fn cite(source_id: &str) -> Html {
    let number = data::citation_mark(source_id);
    html! {
        <sup class="cite">
            <a href={format!("#source-{source_id}")} aria-label={format!("source {number}: {source_id}")}>{ number }</a>
        </sup>
    }
}

/// The "derived" or "estimate" badge of a figure; nothing for a reported one.
pub fn quality_badge(quality: Quality) -> Html {
    match quality {
        Quality::Reported => html! {},
        Quality::Derived => html! { <span class="badge badge-derived">{ "derived" }</span> },
        Quality::Estimate => html! { <span class="badge badge-estimate">{ "estimate" }</span> },
    }
}
