//! The words `index.html` carries (crates/pages writes them at build time): the story, the
//! glossary and the FAQ, in the page's frame, shown while the wasm loads. [`detach`] takes that
//! block out of the document before the app mounts on `<body>` (Yew empties what it mounts on) and
//! keeps its adopted sections; the story, glossary and FAQ components ([`Adopted`]) put those
//! sections into the page as they are, so their words are not in the wasm. Where the reader was
//! reading is kept for [`reading_place`].

use std::cell::RefCell;

use hashwatt_core::content::page::{ADOPTED, MISSING, PRERENDERED_ID};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Elements a reader's place is kept by: the sections, and what has an id in the adopted ones.
const PLACES: &str = "main > section, #story [id], #glossary [id], #faq [id]";

/// Set on `<html>` by boot.js at the reader's first wheel, touch, key or click.
const READER_MOVED: &str = "data-reader-moved";
/// Set on `<html>` by boot.js on a reload or a return (Back), whose scroll the browser restores.
const RESTORED: &str = "data-restored";

thread_local! {
    /// The adopted sections, by id: the same element each time a section is (re)mounted.
    static SECTIONS: RefCell<Vec<(&'static str, Element)>> = const { RefCell::new(Vec::new()) };
    static PLACE: RefCell<Option<(String, f64)>> = const { RefCell::new(None) };
}

/// Takes the written block out of the document and keeps its adopted sections for [`Adopted`];
/// remembers the reader's place. Nothing happens when the document has no block (the component
/// tests add one themselves).
pub fn detach() {
    let document = gloo::utils::document();
    let Some(block) = document.get_element_by_id(PRERENDERED_ID) else {
        return;
    };
    let window = gloo::utils::window();
    // The reader's place is where they scrolled the words to: a scroll with a link's fragment and
    // no input from them is the browser's jump to it, and one restored on a reload or Back was
    // measured in the app's layout. Then the landing goes to the fragment, if any.
    let root = document.document_element();
    let marked = |name: &str| root.as_ref().is_some_and(|r| r.has_attribute(name));
    let scrolled = window.scroll_y().unwrap_or(0.0) > 0.0
        && (marked(READER_MOVED)
            || (super::url::current_fragment().is_empty() && !marked(RESTORED)));
    let height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let place = scrolled.then(|| top_element(&block, height)).flatten();
    PLACE.with(|p| *p.borrow_mut() = place);
    let sections = ADOPTED
        .iter()
        .filter_map(|&id| {
            let section = block
                .query_selector(&format!("section#{id}"))
                .ok()
                .flatten()?;
            Some((id, section))
        })
        .collect();
    SECTIONS.with(|s| *s.borrow_mut() = sections);
    block.remove();
}

/// The element (by id) the reader was reading, and its distance from the top of the screen: the
/// address's fragment if its element is on the screen (a link just followed), else the first of
/// [`PLACES`] that starts on the screen, else the last that starts above it.
fn top_element(block: &Element, height: f64) -> Option<(String, f64)> {
    let on_screen = |top: f64| (0.0..height).contains(&top);
    let fragment = super::url::current_fragment();
    if let Some(el) = (!fragment.is_empty())
        .then(|| {
            block
                .query_selector(&format!("[id='{fragment}']"))
                .ok()
                .flatten()
        })
        .flatten()
    {
        let top = el.get_bounding_client_rect().top();
        if on_screen(top) {
            return Some((fragment, top));
        }
    }
    let all = block.query_selector_all(PLACES).ok()?;
    let tops: Vec<(String, f64)> = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
        .map(|el| (el.id(), el.get_bounding_client_rect().top()))
        .collect();
    match tops.iter().position(|&(_, top)| on_screen(top)) {
        Some(i) => tops.into_iter().nth(i),
        None => tops.into_iter().rev().find(|&(_, top)| top < 0.0),
    }
}

/// The element (by id) the reader was reading when the written block was taken out, and its
/// distance from the top of the screen then, if the reader had scrolled; once.
pub fn reading_place() -> Option<(String, f64)> {
    PLACE.with(|p| p.borrow_mut().take())
}

/// The adopted section with this id.
fn section(id: &str) -> Option<Element> {
    SECTIONS.with(|s| {
        s.borrow()
            .iter()
            .find(|(section, _)| *section == id)
            .map(|(_, el)| el.clone())
    })
}

#[derive(Properties, PartialEq)]
pub struct AdoptedProps {
    /// The section's id: one of `content::page::ADOPTED`.
    pub id: &'static str,
}

/// A section as `index.html` wrote it, moved into the app's page; if the build wrote none, a
/// section that says so.
#[function_component(Adopted)]
pub fn adopted(props: &AdoptedProps) -> Html {
    let written = use_memo(props.id, |id| section(id));
    match &*written {
        Some(section) => Html::VRef(section.clone().into()),
        None => html! {
            <section id={props.id}>
                <p class="prerender-missing" role="alert">{ MISSING }</p>
            </section>
        },
    }
}
