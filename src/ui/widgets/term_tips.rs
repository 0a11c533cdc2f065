//! Every glossary term of the page (`a.term`, linking to `#glossary-<slug>`), whether the app
//! rendered it or `index.html` carried it: on hover or keyboard focus its tooltip (the entry's
//! name and short sentence) opens beside it, placed to stay on the screen; on a phone a tap opens
//! the definition in place, after the term, instead of jumping to the glossary. One listener of
//! each kind on the document serves them all; a term's tooltip is made the first time it is shown.

use gloo::events::{EventListener, EventListenerOptions};
use hashwatt_core::content::glossary;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};
use yew::prelude::*;

/// Narrow screens, where a tapped term opens its definition in place (static/style.css hides
/// the tooltips there, in the block "phone: terms in place").
const PHONE: &str = "(max-width: 600px)";

/// Room kept between a tooltip and the edge of the screen, in CSS pixels.
const EDGE_PX: f64 = 8.0;

/// Where a tooltip opens beside its term, so that it stays on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Placement {
    /// Its right edge on the term's right edge (it extends to the left).
    from_right: bool,
    /// Below the term (no room above it).
    below: bool,
}

/// The placement for a tooltip `tip` (width, height) beside a term whose first line's box is
/// `first` and last line's box `last` (the same box unless the term wraps), in a viewport of
/// `viewport` (width, height, without its scrollbars): to the right and above unless there is
/// no room there. A tooltip
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

/// The term link an event happened in, with its glossary entry.
fn term_of(event: &Event) -> Option<(Element, &'static glossary::Term)> {
    let link = event
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a.term")
        .ok()??;
    let slug = link.get_attribute("href")?;
    let entry = glossary::find(slug.strip_prefix("#glossary-")?)?;
    Some((link, entry))
}

/// `<span class="tip-name">name</span>short`, into `parent`.
fn fill(document: &Document, parent: &Element, entry: &glossary::Term) -> Option<()> {
    let name = document.create_element("span").ok()?;
    name.set_class_name("tip-name");
    name.set_text_content(Some(entry.name));
    parent.append_with_node_1(&name).ok()?;
    parent.append_with_str_1(entry.short).ok()
}

/// Shows the term's tooltip where it fits, making it the first time.
fn show(link: &Element, entry: &glossary::Term) -> Option<()> {
    let tip = match link.query_selector(":scope > .tip").ok()? {
        Some(tip) => tip,
        None => {
            let document = gloo::utils::document();
            let tip = document.create_element("span").ok()?;
            tip.set_class_name("tip");
            tip.set_attribute("aria-hidden", "true").ok()?;
            fill(&document, &tip, entry)?;
            link.append_with_node_1(&tip).ok()?;
            tip
        }
    };
    // The page's width without its vertical scrollbar (`innerWidth` counts it, and a tooltip
    // placed by it ran under the scrollbar by a few pixels).
    let root = gloo::utils::document_element();
    let viewport = (
        f64::from(root.client_width()),
        f64::from(root.client_height()),
    );
    let shown = tip.get_bounding_client_rect();
    // Hover and focus show the tooltip before these events are handled; should it not be laid out
    // yet, its largest size (22rem wide) stands in.
    let tip_size = match (shown.width(), shown.height()) {
        (w, h) if w > 0.0 => (w, h),
        _ => (352.0, 120.0),
    };
    let boxes = link.get_client_rects();
    let first = boxes.get(0)?;
    let last = boxes.get(boxes.length().saturating_sub(1))?;
    let place = placement(&first, &last, tip_size, viewport);
    let classes = link.class_list();
    classes
        .toggle_with_force("tip-from-right", place.from_right)
        .ok()?;
    classes.toggle_with_force("tip-below", place.below).ok()?;
    Some(())
}

/// On a phone, opens the definition after the term, or closes it; `true` if it did either.
fn toggle_in_place(link: &Element, entry: &glossary::Term) -> Option<bool> {
    let phone = gloo::utils::window()
        .match_media(PHONE)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if !phone {
        return Some(false);
    }
    let open = link
        .next_element_sibling()
        .filter(|el| el.class_list().contains("term-def"));
    if let Some(def) = open {
        def.remove();
        link.set_attribute("aria-expanded", "false").ok()?;
        return Some(true);
    }
    let document = gloo::utils::document();
    let def = document.create_element("span").ok()?;
    def.set_class_name("term-def");
    def.set_attribute("role", "note").ok()?;
    fill(&document, &def, entry)?;
    def.append_with_str_1(" ").ok()?;
    let to_glossary = document.create_element("a").ok()?;
    to_glossary
        .set_attribute("href", &format!("#glossary-{}", entry.slug))
        .ok()?;
    to_glossary.set_text_content(Some("In the glossary"));
    def.append_with_node_1(&to_glossary).ok()?;
    link.after_with_node_1(&def).ok()?;
    link.set_attribute("aria-expanded", "true").ok()?;
    Some(true)
}

/// Serves every term of the page while the page is shown.
#[hook]
pub fn use_term_tips() {
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let on_show = |event: &Event| {
            if let Some((link, entry)) = term_of(event) {
                show(&link, entry);
            }
        };
        let hover = EventListener::new(&document, "mouseover", on_show);
        let focus = EventListener::new(&document, "focusin", on_show);
        // Not passive: a phone's tap must not follow the link.
        let options = EventListenerOptions::enable_prevent_default();
        let tap = EventListener::new_with_options(&document, "click", options, |event| {
            if let Some((link, entry)) = term_of(event) {
                if toggle_in_place(&link, entry) == Some(true) {
                    event.prevent_default();
                }
            }
        });
        move || drop((hover, focus, tap))
    });
}
