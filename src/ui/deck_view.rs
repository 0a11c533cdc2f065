//! What the class sees of a deck step: the step's region is marked current, the parts the step
//! names are marked `data-deck="on"` (their ancestors `data-deck="path"`), and the stylesheet hides
//! the rest of the region; a step showing part of a chart's rows tells the charts which part.
//! Then the step is shrunk, in 5% stops set by classes (the page's CSP allows no inline style),
//! until it fits the screen with nothing to scroll.

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::app::SECTIONS;
use crate::charts::frame::set_deck_rows;
use hashwatt_core::model::deck::{Step, END_REGION, STEPS, TITLE_REGION};

/// The zoom stops, largest first: `deck-fit-95` is 95%.
const FIT_STOPS: [u32; 12] = [95, 90, 85, 80, 75, 70, 65, 60, 55, 50, 45, 40];

/// Every element id a step can show.
fn regions() -> impl Iterator<Item = &'static str> {
    [TITLE_REGION, END_REGION]
        .into_iter()
        .chain(SECTIONS.iter().map(|s| s.id))
}

/// Marks `step` as what is shown (or nothing, when `step` is `None`), and returns its region.
pub fn mark(step: Option<&Step>) -> Option<Element> {
    let document = gloo::utils::document();
    if let Ok(marked) = document.query_selector_all("[data-deck]") {
        for i in 0..marked.length() {
            if let Some(el) = marked.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = el.remove_attribute("data-deck");
            }
        }
    }
    // Which of its rows a chart split over steps shows, before the charts redraw for the step.
    set_deck_rows(step.and_then(|s| s.rows));
    let mut shown = None;
    for id in regions() {
        let Some(region) = document.get_element_by_id(id) else {
            continue;
        };
        let current = step.is_some_and(|s| s.region == id);
        let _ = region
            .class_list()
            .toggle_with_force("slide-current", current);
        let partial = current && step.is_some_and(|s| !s.parts.is_empty());
        let _ = region
            .class_list()
            .toggle_with_force("deck-partial", partial);
        if current {
            shown = Some(region);
        }
    }
    let (Some(step), Some(region)) = (step, shown.as_ref()) else {
        return shown;
    };
    for part in step.parts {
        let Ok(found) = region.query_selector_all(part) else {
            continue;
        };
        for i in 0..found.length() {
            let Some(el) = found.get(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let _ = el.set_attribute("data-deck", "on");
            let mut up = el.parent_element();
            while let Some(parent) = up {
                if &parent == region {
                    break;
                }
                if parent.get_attribute("data-deck").as_deref() != Some("on") {
                    let _ = parent.set_attribute("data-deck", "path");
                }
                up = parent.parent_element();
            }
        }
    }
    shown
}

/// Focuses the region without scrolling (a screen reader reads it, and keys go to the page).
pub fn focus(region: &Element) {
    let _ = region.set_attribute("tabindex", "-1");
    if let Some(h) = region.dyn_ref::<HtmlElement>() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = h.focus_with_options(&options);
    }
}

/// Room left below a step (CSS px): late reflows (a chart's caption, the bar's live rate) must
/// not push it off the screen.
const SLACK: f64 = 16.0;

/// Whether the step fits the window: its bottom above the window's, with [`SLACK`] to spare, and
/// nothing to scroll across.
fn fits() -> bool {
    let window = gloo::utils::window();
    let document = gloo::utils::document();
    let (Some(root), Ok(Some(layout))) = (
        document.document_element(),
        document.query_selector(".presenting .layout"),
    ) else {
        return true;
    };
    let height = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    layout.get_bounding_client_rect().bottom() + SLACK <= height
        && root.scroll_width() <= root.client_width()
}

/// The shown step back at full size (no zoom stop); `None` outside presentation mode.
fn unzoom() -> Option<web_sys::DomTokenList> {
    let page = gloo::utils::document()
        .query_selector(".page.presenting")
        .ok()??;
    let classes = page.class_list();
    for stop in FIT_STOPS {
        let _ = classes.remove_1(&format!("deck-fit-{stop}"));
    }
    Some(classes)
}

/// Shrinks the shown step until it fits, from full size each time.
fn fit_now() {
    let Some(classes) = unzoom() else {
        return;
    };
    let mut previous: Option<u32> = None;
    for stop in FIT_STOPS {
        if fits() {
            break;
        }
        if let Some(p) = previous {
            let _ = classes.remove_1(&format!("deck-fit-{p}"));
        }
        let _ = classes.add_1(&format!("deck-fit-{stop}"));
        previous = Some(stop);
    }
}

/// Tells the charts to fit their now visible canvases, then fits the step: once the charts have
/// redrawn, and again once late ones have.
pub fn fit_soon() {
    // At full size first: a chart drawn under the last step's zoom would be drawn for the wrong
    // width and height, and shown shrunk.
    unzoom();
    super::fire("resize");
    for ms in [50, 400, 900] {
        Timeout::new(ms, fit_now).forget();
    }
}

/// The step index showing `target` (an in-page link's target): the step one of whose parts holds
/// it, else the first step of its section; `None` when its section is not in the deck.
pub fn step_showing(target: &Element) -> Option<usize> {
    let section = target.closest("main > section").ok()??;
    let id = section.id();
    let mut first = None;
    for (i, step) in STEPS.iter().enumerate().filter(|(_, s)| s.region == id) {
        first.get_or_insert(i);
        let holds = step.parts.iter().any(|part| {
            section.query_selector_all(part).is_ok_and(|found| {
                (0..found.length()).any(|k| {
                    found
                        .get(k)
                        .is_some_and(|n| n.contains(Some(target.unchecked_ref())))
                })
            })
        });
        if holds {
            return Some(i);
        }
    }
    first
}
