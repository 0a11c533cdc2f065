//! Sources, generated from the data set: every source with the figures the page takes from it.

use yew::prelude::*;

use super::widgets::quality_badge;
use hashwatt_core::data::{self, Citation};
use hashwatt_core::model::format;

fn citation_item(citation: &Citation) -> Html {
    match citation {
        Citation::Figure(f) => html! {
            <li>
                { format!("{}: {} ({})", f.label, data::format_figure(f), format::period(f.as_of)) }
                { " " }{ quality_badge(f.quality) }
                { for f.note.map(|n| html! { <span class="source-detail">{ format!(" {n}") }</span> }) }
            </li>
        },
        Citation::Dataset(d) => html! {
            <li>
                { format!("{} ({})", d.label, format::period(d.as_of)) }
                { for d.note.map(|n| html! { <span class="source-detail">{ format!(" {n}") }</span> }) }
            </li>
        },
    }
}

#[function_component(SourcesSection)]
pub fn sources_section() -> Html {
    let by_source = data::citations_by_source();
    html! {
        <section id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{ "Sources" }</h2>
            <p class="section-lede">
                { "Every figure on this page, with its date and where it comes from. \u{201c}Derived\u{201d} \
                   figures are computed from the cited data; \u{201c}estimate\u{201d} marks a single weak \
                   source or a rough class figure. Where sources disagree, the page shows the range." }
            </p>
            <ol class="sources-list">
                { for by_source.iter().map(|(source, citations)| html! {
                    <li id={format!("source-{}", source.id)}>
                        <span class="source-name">{ match source.url {
                            // A plain link, never loaded: nothing is fetched until it is followed.
                            Some(url) => html! {
                                <a href={url} rel="noopener noreferrer external" class="source-link">{ source.name }</a>
                            },
                            None => html! { source.name },
                        } }</span>
                        { ", " }<span class="source-detail">{ source.detail }</span>
                        <ul class="source-figures">
                            { for citations.iter().map(citation_item) }
                        </ul>
                    </li>
                }) }
            </ol>
        </section>
    }
}
