//! Printing: every closed `<details>` (FAQ answers, sources of inputs) opens for the handout and
//! closes again afterwards. The rest of the handout is CSS (`@media print` in style.css). The
//! worksheet and the answer key are the same page printed with a class on `<html>`, set by
//! static/boot.js for the buttons `[data-print-as]` (no wasm: the first visit has no room).

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Opens closed `<details>` on `beforeprint`, and closes the same ones on `afterprint`.
#[hook]
pub fn use_print_opens_details() {
    let opened = use_mut_ref(Vec::<Element>::new);
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let before = {
            let opened = opened.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                let Ok(list) = gloo::utils::document().query_selector_all("details:not([open])")
                else {
                    return;
                };
                let mut opened = opened.borrow_mut();
                for i in 0..list.length() {
                    if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let _ = el.set_attribute("open", "");
                        opened.push(el);
                    }
                }
            })
        };
        let after = EventListener::new(&window, "afterprint", move |_| {
            for el in opened.borrow_mut().drain(..) {
                let _ = el.remove_attribute("open");
            }
        });
        move || drop((before, after))
    });
}
