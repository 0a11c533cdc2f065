//! Checks on the static files Trunk ships as they are: a stylesheet with an unclosed block would
//! silently drop every rule after it.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_stylesheet_has_balanced_blocks_and_no_merge_markers() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css"))
        .expect("style.css");
    let mut depth = 0i32;
    for (number, line) in css.lines().enumerate() {
        for ch in line.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
        }
        assert!(depth >= 0, "line {}: a '}}' closes nothing", number + 1);
        assert!(
            !line.starts_with("<<<<<<<") && !line.starts_with(">>>>>>>"),
            "line {}: merge marker",
            number + 1
        );
    }
    assert_eq!(depth, 0, "a block is left open at the end of style.css");
}

#[test]
fn index_html_loads_only_local_assets() {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html");
    for needle in ["http://", "https://", "//fonts", "cdn"] {
        assert!(
            !html.contains(needle),
            "index.html must not reference {needle}"
        );
    }
}

#[test]
fn the_print_block_is_one_media_print_block_and_the_service_worker_is_shipped() {
    let root = env!("CARGO_MANIFEST_DIR");
    let css = std::fs::read_to_string(format!("{root}/static/style.css")).expect("style.css");
    assert_eq!(css.matches("/* ---------- print ---------- */").count(), 1);
    assert_eq!(css.matches("@media print").count(), 1);
    let html = std::fs::read_to_string(format!("{root}/index.html")).expect("index.html");
    assert!(html.contains(r#"<link data-trunk rel="copy-file" href="static/sw.js">"#));
    assert!(
        !html.contains("<script"),
        "no inline script: the CSP forbids it"
    );
    assert!(
        !html.contains("style="),
        "no inline style: the CSP forbids it"
    );
    let sw = std::fs::read_to_string(format!("{root}/static/sw.js")).expect("sw.js");
    for needle in ["http://", "https://", "importScripts"] {
        assert!(!sw.contains(needle), "sw.js must not reference {needle}");
    }
}

/// The AI table's fit classes (named by the core) each have a rule in the stylesheet.
#[test]
fn fit_classes_match_the_stylesheet() {
    use hashwatt_core::model::ai::Fit;
    use hashwatt_core::model::ai_view::fit_class;
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css"))
        .expect("style.css");
    for fit in [Fit::Fits, Fit::SmallerSizesOnly, Fit::TooBig] {
        assert!(
            css.contains(&format!("td.{} {{", fit_class(fit))),
            "{fit:?}"
        );
    }
    assert_eq!(fit_class(Fit::SmallerSizesOnly), "fit-smallersizesonly");
}
