//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`):
//! each renders real components into a fresh element and reads the DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use hashwatt::content::glossary::GLOSSARY;
use hashwatt::ui::{App, SECTIONS};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the App in a new element and lets Yew render.
async fn mount_app() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").expect("create element");
    gloo::utils::body().append_child(&root).expect("append");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    root
}

#[wasm_bindgen_test]
async fn app_renders_each_section_with_its_anchor() {
    let root = mount_app().await;
    for section in SECTIONS {
        let el = root
            .query_selector(&format!("section#{}", section.id))
            .expect("query");
        assert!(el.is_some(), "section #{} is rendered", section.id);
    }
    let toc_links = root.query_selector_all(".toc a").expect("query").length();
    assert_eq!(toc_links as usize, SECTIONS.len());
}

#[wasm_bindgen_test]
async fn every_glossary_term_has_an_entry_and_every_term_link_resolves() {
    let root = mount_app().await;
    for term in GLOSSARY {
        let id = format!("glossary-{}", term.slug);
        assert!(
            root.query_selector(&format!("#{id}"))
                .expect("query")
                .is_some(),
            "{id}"
        );
    }
    let links = root.query_selector_all("a.term").expect("query");
    assert!(links.length() > 10, "the story links glossary terms");
    for i in 0..links.length() {
        let link: Element = links.item(i).expect("item").dyn_into_element();
        let href = link.get_attribute("href").expect("href");
        assert!(
            root.query_selector(&href).expect("query").is_some(),
            "{href} resolves"
        );
        let described = link
            .get_attribute("aria-describedby")
            .expect("aria-describedby");
        assert!(
            root.query_selector(&format!("#{described}"))
                .expect("query")
                .is_some(),
            "{described}"
        );
    }
}

#[wasm_bindgen_test]
async fn pool_what_if_toggle_updates_the_coefficient_and_charts_draw() {
    use wasm_bindgen::JsCast;
    let root = mount_app().await;
    let value = |sel: &str| {
        root.query_selector(sel)
            .expect("query")
            .and_then(|e| e.get_attribute("data-value"))
            .unwrap_or_default()
    };
    assert_eq!(value("#nakamoto"), "3");
    let toggle: web_sys::HtmlElement = root
        .query_selector("#template-toggle")
        .expect("query")
        .expect("the AntPool-template toggle")
        .dyn_into()
        .expect("an input");
    toggle.click();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(value("#nakamoto"), "2");
    let canvases = root
        .query_selector_all("#centralization canvas, #ai canvas")
        .expect("query");
    assert!(canvases.length() >= 6);
    for i in 0..canvases.length() {
        let canvas = canvases.item(i).expect("item").dyn_into_element();
        assert_eq!(canvas.get_attribute("data-drawn").as_deref(), Some("true"));
    }
}

trait IntoElement {
    fn dyn_into_element(self) -> Element;
}

impl IntoElement for web_sys::Node {
    fn dyn_into_element(self) -> Element {
        use wasm_bindgen::JsCast;
        self.dyn_into::<Element>().expect("an element")
    }
}
