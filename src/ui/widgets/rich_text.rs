//! Renders the page's inline markup (see `content::markup`): glossary terms become links with a
//! tooltip on hover and keyboard focus, citations become superscript links to the Sources section.

use yew::prelude::*;

use super::cite;
use hashwatt_core::content::glossary;
use hashwatt_core::content::{linkify_except, Span};

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
    let is_cite = |s: &Span<'_>| matches!(s, Span::Cite { .. });
    let mut out = Vec::with_capacity(spans.len());
    let mut i = 0;
    while i < spans.len() {
        let run = spans[i..].iter().take_while(|s| is_cite(s)).count();
        if run > 1 {
            let cites: Html = spans[i..i + run].iter().map(render_span).collect();
            out.push(html! { <span class="nowrap">{ cites }</span> });
            i += run;
        } else {
            out.push(render_span(&spans[i]));
            i += 1;
        }
    }
    out.into_iter().collect()
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

/// A glossary term: a link to its entry, with the short definition shown on hover and on focus
/// (visually), and given to screen readers as the link's description.
fn term_link(text: &str, slug: &str) -> Html {
    match glossary::find(slug) {
        Some(term) => html! { <Term text={AttrValue::from(text.to_string())} slug={term.slug} /> },
        // Unreachable for checked content; plain text keeps the page readable regardless.
        None => html! { { text.to_string() } },
    }
}

/// Narrow screens, where a tapped term opens its definition in place (static/style.css hides
/// the tooltips there, in the block "phone: terms in place").
const PHONE: &str = "(max-width: 600px)";

/// Where a tooltip opens beside its term, so that it stays on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Placement {
    /// Its right edge on the term's right edge (it extends to the left).
    from_right: bool,
    /// Below the term (no room above it).
    below: bool,
}

/// Room kept between a tooltip and the edge of the screen, in CSS pixels.
const EDGE_PX: f64 = 8.0;

/// The placement for a tooltip `tip` (width, height) beside a term whose first line's box is
/// `first` and last line's box `last` (the same box unless the term wraps), in a viewport of
/// `viewport` (width, height): to the right and above unless there is no room there. A tooltip
/// starts at the term's start (its first box) or ends at its end (its last box), and sits above
/// the first box or below the last.
fn placement(
    first: &web_sys::DomRect,
    last: &web_sys::DomRect,
    tip: (f64, f64),
    viewport: (f64, f64),
) -> Placement {
    Placement {
        from_right: first.left() + tip.0 > viewport.0 - EDGE_PX && last.right() - tip.0 >= EDGE_PX,
        below: first.top() - tip.1 - 6.0 < EDGE_PX && last.bottom() + tip.1 + 6.0 <= viewport.1,
    }
}

#[derive(Properties, PartialEq)]
struct TermProps {
    text: AttrValue,
    slug: &'static str,
}

#[function_component(Term)]
fn term(props: &TermProps) -> Html {
    let anchor = use_node_ref();
    let tip = use_node_ref();
    let place = use_state_eq(Placement::default);
    let open = use_state_eq(|| false);
    let slug = props.slug;
    let Some(entry) = glossary::find(slug) else {
        return html! { { props.text.clone() } };
    };
    // Decided when the tooltip is shown (hover, focus), from where the term is then.
    let on_show = {
        let (anchor, tip, place) = (anchor.clone(), tip.clone(), place.clone());
        Callback::from(move |_: ()| {
            let (Some(a), Some(t)) = (
                anchor.cast::<web_sys::Element>(),
                tip.cast::<web_sys::Element>(),
            ) else {
                return;
            };
            let window = gloo::utils::window();
            let size = |v: Result<wasm_bindgen::JsValue, _>| {
                v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
            };
            let viewport = (size(window.inner_width()), size(window.inner_height()));
            let shown = t.get_bounding_client_rect();
            // Hover and focus show the tooltip before these events fire; should it not be laid
            // out yet, its largest size (22rem wide) stands in.
            let tip_size = match (shown.width(), shown.height()) {
                (w, h) if w > 0.0 => (w, h),
                _ => (352.0, 120.0),
            };
            let boxes = a.get_client_rects();
            let (Some(first), Some(last)) =
                (boxes.get(0), boxes.get(boxes.length().saturating_sub(1)))
            else {
                return;
            };
            place.set(placement(&first, &last, tip_size, viewport));
        })
    };
    let on_click = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let phone = gloo::utils::window()
                .match_media(PHONE)
                .ok()
                .flatten()
                .is_some_and(|m| m.matches());
            if phone {
                // In place, not a jump of tens of thousands of pixels to the glossary (its link
                // is inside the definition).
                e.prevent_default();
                open.set(!*open);
            }
        })
    };
    let class = classes!(
        "term",
        place.from_right.then_some("tip-from-right"),
        place.below.then_some("tip-below"),
    );
    let on_enter = on_show.reform(|_: MouseEvent| ());
    let on_focus = on_show.reform(|_: FocusEvent| ());
    html! {
        <>
            <a {class} href={format!("#glossary-{slug}")} ref={anchor}
               aria-describedby={format!("glossary-def-{slug}")}
               aria-expanded={open.then_some("true")}
               onmouseenter={on_enter} onfocus={on_focus} onclick={on_click}>
                { props.text.clone() }
                <span class="tip" aria-hidden="true" ref={tip}>
                    <span class="tip-name">{ entry.name }</span>{ entry.short }
                </span>
            </a>
            if *open {
                <span class="term-def" role="note">
                    <span class="tip-name">{ entry.name }</span>
                    { entry.short }{ " " }
                    <a href={format!("#glossary-{slug}")}>{ "In the glossary" }</a>
                </span>
            }
        </>
    }
}
