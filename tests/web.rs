//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`):
//! each renders real components into a fresh element and reads the DOM.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use hashwatt::content::glossary::GLOSSARY;
use hashwatt::model::econ_view::value_text;
use hashwatt::model::economics::{outcome, Scenario};
use hashwatt::model::scenario::Param;
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

/// Sets a form field's value and fires a bubbling `input` event, as typing or dragging would.
fn input(el: &Element, value: &str) {
    let fire = js_sys::Function::new_with_args(
        "el, v",
        "el.value = v; el.dispatchEvent(new Event('input', { bubbles: true }))",
    );
    fire.call2(&wasm_bindgen::JsValue::NULL, el, &value.into())
        .expect("dispatch input");
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .expect("query")
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn data_value(root: &Element, selector: &str) -> f64 {
    find(root, selector)
        .get_attribute("data-value")
        .and_then(|v| v.parse().ok())
        .expect("a numeric data-value")
}

#[wasm_bindgen_test]
async fn economics_inputs_drive_the_outputs_and_keep_typed_text() {
    let root = mount_app().await;
    let start = Scenario::default();
    for p in Param::ALL {
        let slider = find(
            &root,
            &format!("#economics input[type=range]#in-{}", p.spec().key),
        );
        assert_eq!(
            slider.get_attribute("aria-valuetext").as_deref(),
            Some(value_text(p, start.get(p)).as_str())
        );
        find(&root, &format!("#in-{}-num", p.spec().key));
    }
    let cost = data_value(&root, "#out-cost-per-btc");
    assert_eq!(cost, outcome(&start).all_in_usd_per_btc);

    // The slider moves the scenario; the outputs follow.
    input(&find(&root, "#in-kwh"), "0.03");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let cheaper = start.with(&[(Param::Kwh, 0.03)]);
    assert_eq!(
        data_value(&root, "#out-cost-per-btc"),
        outcome(&cheaper).all_in_usd_per_btc
    );
    assert_eq!(
        data_value(&root, "#out-margin-per-btc"),
        outcome(&cheaper).margin_usd_per_btc
    );

    // Junk typed stays in the field, with a note beside it; the scenario takes the default.
    let field = find(&root, "#in-kwh-num");
    input(&field, "0.0x3");
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    let typed: web_sys::HtmlInputElement = wasm_bindgen::JsCast::dyn_into(field).expect("input");
    assert_eq!(typed.value(), "0.0x3");
    let note = find(&root, "#param-kwh #note-kwh")
        .text_content()
        .unwrap_or_default();
    assert!(note.contains("kwh=0.0x3 is not a number"), "{note}");
    assert_eq!(
        data_value(&root, "#out-cost-per-btc"),
        outcome(&start).all_in_usd_per_btc
    );

    // Reset: back to the article's scenario, note gone (and the URL clean for the next test).
    let reset: web_sys::HtmlElement =
        wasm_bindgen::JsCast::dyn_into(find(&root, "#reset")).expect("button");
    reset.click();
    yew::platform::time::sleep(Duration::from_millis(50)).await;
    assert!(root.query_selector("#note-kwh").expect("query").is_none());
    assert_eq!(typed.value(), "0.045");
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
