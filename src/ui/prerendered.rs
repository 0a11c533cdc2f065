//! The words `index.html` carries (crates/pages writes them at build time): the story, the
//! glossary and the FAQ, in the page's frame, shown while the wasm loads. [`detach`] takes that
//! block out of the document before the app mounts on `<body>` (Yew empties what it mounts on);
//! the story, glossary and FAQ components adopt their written sections from it as they are, so
//! their words are not in the wasm. Where the reader had scrolled to is kept for [`reading_place`].

use std::cell::RefCell;

use hashwatt_core::content::page::MISSING;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The block's element id (crates/pages' `index::ID`).
const ID: &str = "prerendered";

/// Elements a reader's place is kept by: the sections, and what has an id in the adopted ones.
const PLACES: &str = "main > section, #story [id], #glossary [id], #faq [id]";

thread_local! {
    static HELD: RefCell<Option<Element>> = const { RefCell::new(None) };
    static PLACE: RefCell<Option<(String, f64)>> = const { RefCell::new(None) };
}

/// Takes the written block out of the document and keeps it for [`Adopted`]; remembers which
/// element with an id was at the top of the screen, and where, if the reader had scrolled.
/// Nothing happens when the document has no block (the component tests add one themselves).
pub fn detach() {
    let document = gloo::utils::document();
    let Some(block) = document.get_element_by_id(ID) else {
        return;
    };
    let scrolled = gloo::utils::window().scroll_y().unwrap_or(0.0) > 0.0;
    if scrolled {
        // The first section, or element of an adopted one, that starts on the screen (or else the
        // last that starts above it): an element the app's page has too, with the same id.
        let place = block.query_selector_all(PLACES).ok().and_then(|all| {
            let tops: Vec<(String, f64)> = (0..all.length())
                .filter_map(|i| all.item(i)?.dyn_into::<Element>().ok())
                .map(|el| (el.id(), el.get_bounding_client_rect().top()))
                .collect();
            let first_on_screen = tops.iter().position(|&(_, top)| top >= 0.0);
            match first_on_screen {
                Some(i) => tops.into_iter().nth(i),
                None => tops.into_iter().last(),
            }
        });
        PLACE.with(|p| *p.borrow_mut() = place);
    }
    block.remove();
    HELD.with(|held| *held.borrow_mut() = Some(block));
}

/// The element (by id) that was at the top of the screen when the block was taken out, and its
/// distance from the top then, if the reader had scrolled; once.
pub fn reading_place() -> Option<(String, f64)> {
    PLACE.with(|p| p.borrow_mut().take())
}

/// The written section with this id, out of the held block.
fn take(id: &str) -> Option<Element> {
    HELD.with(|held| {
        held.borrow()
            .as_ref()?
            .query_selector(&format!("section#{id}"))
            .ok()
            .flatten()
    })
}

#[derive(Properties, PartialEq)]
pub struct AdoptedProps {
    /// The section's id: `story`, `glossary` or `faq`.
    pub id: &'static str,
}

/// A section as `index.html` wrote it, moved into the app's page; if the build wrote none, a
/// section that says so.
#[function_component(Adopted)]
pub fn adopted(props: &AdoptedProps) -> Html {
    let written = use_state(|| take(props.id));
    match &*written {
        Some(section) => Html::VRef(section.clone().into()),
        None => html! {
            <section id={props.id}>
                <p class="prerender-missing" role="alert">{ MISSING }</p>
            </section>
        },
    }
}
