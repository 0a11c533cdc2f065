//! The sticky table of contents, which marks the section being read.

use gloo::events::EventListener;
use hashwatt_core::content::page::CONTENTS;
use hashwatt_core::content::{teachers, worksheet};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::app::SectionInfo;

#[derive(Properties, PartialEq)]
pub struct TocProps {
    pub sections: &'static [SectionInfo],
    /// Starts presentation mode (the button under the contents).
    pub on_present: Callback<MouseEvent>,
}

/// Index of the section being read: the last one whose top has scrolled above a line near the top.
pub(crate) fn current_section(sections: &[SectionInfo]) -> Option<usize> {
    let document = gloo::utils::document();
    let line = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .map_or(120.0, |h| (h * 0.3).min(240.0));
    let mut current = None;
    for (i, s) in sections.iter().enumerate() {
        if let Some(el) = document.get_element_by_id(s.id) {
            if el.get_bounding_client_rect().top() <= line {
                current = Some(i);
            }
        }
    }
    current
}

#[function_component(Toc)]
pub fn toc(props: &TocProps) -> Html {
    let current = use_state_eq(|| None::<usize>);
    {
        let current = current.clone();
        let sections = props.sections;
        use_effect_with((), move |_| {
            let update = move || current.set(current_section(sections));
            update();
            // gloo's listeners are passive by default: scrolling never waits on this.
            let listener = EventListener::new(&gloo::utils::window(), "scroll", move |_| update());
            move || drop(listener)
        });
    }
    let list = use_node_ref();
    {
        // On a phone the contents are a row of tabs wider than the screen: keep the current one
        // in view by scrolling the row itself (never the page).
        let list = list.clone();
        use_effect_with(*current, move |current| {
            if let (Some(i), Some(ol)) = (current, list.cast::<web_sys::HtmlElement>()) {
                if ol.scroll_width() > ol.client_width() {
                    let link = ol
                        .children()
                        .item(*i as u32)
                        .and_then(|li| li.dyn_into::<web_sys::HtmlElement>().ok());
                    if let Some(li) = link {
                        let centre = li.offset_left() - (ol.client_width() - li.offset_width()) / 2;
                        ol.set_scroll_left(centre.max(0));
                    }
                }
            }
        });
    }
    html! {
        <nav class="toc" aria-label={ CONTENTS }>
            <h2>{ CONTENTS }</h2>
            <ol ref={list}>
                { for props.sections.iter().enumerate().map(|(i, s)| {
                    let is_current = *current == Some(i);
                    html! {
                        <li>
                            <a href={format!("#{}", s.id)}
                               aria-current={is_current.then_some("true")}>{ s.title }</a>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" class="present-start" id="present-start"
                    onclick={props.on_present.clone()} aria-keyshortcuts="P">
                <span>{ "Present" }<span class="present-long">{ " to a class" }</span></span>
                <kbd>{ "P" }</kbd>
            </button>
            <a class="teachers-link" href={teachers::PAGE}>{ teachers::LINK_TEXT }</a>
            <p class="print-sheets">
                // static/boot.js prints them: a class on <html> for the print style sheet.
                <button type="button" id="print-worksheet" data-print-as={worksheet::WORKSHEET_CLASS}>
                    { worksheet::PRINT_WORKSHEET }
                </button>
                <button type="button" id="print-answers" data-print-as={worksheet::ANSWERS_CLASS}>
                    { worksheet::PRINT_ANSWERS }
                </button>
            </p>
        </nav>
    }
}
