//! Renders the page's inline markup (see `content::markup`): glossary terms become links to their
//! entries (with a tooltip, see `term_tips`), citations superscript links to the Sources section.

use yew::prelude::*;

use super::cite;
use hashwatt_core::content::glossary;
use hashwatt_core::content::{linkify_except, runs, Span};

#[derive(Properties, PartialEq)]
pub struct RichTextProps {
    /// Markup text, from the content modules (static, checked by native tests).
    pub text: &'static str,
    /// In a glossary entry, its own slug: the entry does not link to itself.
    #[prop_or_default]
    pub own_slug: Option<&'static str>,
}

/// Inline markup, rendered without a wrapping element.
#[function_component(RichText)]
pub fn rich_text(props: &RichTextProps) -> Html {
    render_spans(&linkify_except(
        props.text,
        glossary::GLOSSARY,
        props.own_slug,
    ))
}

/// One paragraph of markup.
#[function_component(Paragraph)]
pub fn paragraph(props: &RichTextProps) -> Html {
    html! { <p>{ render_spans(&linkify_except(props.text, glossary::GLOSSARY, props.own_slug)) }</p> }
}

/// The spans in order; a run of citations ("[17][23]") is kept on one line.
fn render_spans(spans: &[Span<'_>]) -> Html {
    runs(spans)
        .map(|run| match run {
            [one] => render_span(one),
            cites => html! { <span class="nowrap">{ for cites.iter().map(render_span) }</span> },
        })
        .collect()
}

fn render_span(span: &Span<'_>) -> Html {
    match span {
        Span::Text(text) => html! { { text.to_string() } },
        Span::Strong(text) => html! { <strong>{ text.to_string() }</strong> },
        Span::Term { text, slug } => term_link(text, slug),
        Span::Cite { source_id } => cite(source_id),
        Span::Link { text, anchor } => {
            html! { <a href={anchor.to_string()}>{ text.to_string() }</a> }
        }
    }
}

/// A glossary term: a link to its entry, described (for screen readers) by the entry's short
/// sentence. Its tooltip and, on a phone, its definition in place come from
/// [`use_term_tips`](super::use_term_tips), which serves every term of the page alike, the ones
/// `index.html` carries included.
fn term_link(text: &str, slug: &str) -> Html {
    html! {
        <a class="term" href={format!("#glossary-{slug}")}
           aria-describedby={format!("glossary-def-{slug}")}>{ text.to_string() }</a>
    }
}
