//! The page as a whole: sections, table of contents, glossary links and tooltips, FAQ, sources,
//! no console error, no request to another origin.

use std::time::Duration;

use fantoccini::Locator;
use hashwatt::ui::SECTIONS;
use hashwatt_core::content::{faq::FAQ, glossary::GLOSSARY};

use crate::support::{Page, Result};

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn a_new_reader_sees_every_section_and_can_follow_the_glossary() -> Result {
    let page = Page::open("/", 1280, 900).await?;
    let c = page.client();

    // Every section, in order, each a <section> with its id and a TOC link.
    let ids = page
        .js("return [...document.querySelectorAll('main > section')].map(s => s.id)")
        .await?;
    let expected: Vec<&str> = SECTIONS.iter().map(|s| s.id).collect();
    assert_eq!(ids, serde_json::json!(expected), "sections in story order");
    for s in SECTIONS {
        let link = c
            .find(Locator::Css(&format!(".toc a[href='#{}']", s.id)))
            .await?;
        assert_eq!(link.text().await?, s.title);
    }
    page.screenshot("page-top").await?;

    // Every glossary entry, with the article's five terms among them.
    for term in GLOSSARY {
        c.find(Locator::Id(&format!("glossary-{}", term.slug)))
            .await?;
    }
    for slug in [
        "asic-miners",
        "hash-rate",
        "on-device-ai",
        "open-source-models",
        "edge-ai",
    ] {
        c.find(Locator::Id(&format!("glossary-{slug}"))).await?;
    }

    // A term in the story shows its definition on keyboard focus, and its link leads to the entry.
    let term = c.find(Locator::Css("#story a.term")).await?;
    let href = term.attr("href").await?.ok_or("term link without href")?;
    assert!(href.starts_with("#glossary-"), "{href}");
    page.js("document.querySelector('#story a.term').focus()")
        .await?;
    let tip_display = page
        .js("const t = document.querySelector('#story a.term .tip'); return getComputedStyle(t).display")
        .await?;
    assert_eq!(tip_display, "block", "tooltip shows on keyboard focus");
    // Another term's tooltip, made when it was focused, hides again when the focus moves on.
    page.js("document.querySelectorAll('#story a.term')[1].focus(); document.querySelector('#story a.term').focus()")
        .await?;
    let hidden = page
        .js("const t = document.querySelectorAll('#story a.term')[1].querySelector('.tip'); return t && getComputedStyle(t).display")
        .await?;
    assert_eq!(hidden, "none", "other tooltips stay hidden");
    page.screenshot("glossary-tooltip").await?;
    page.click("#story a.term").await?;
    page.wait_until(
        &format!("return location.hash === {href:?}"),
        Duration::from_secs(5),
    )
    .await?;
    // Smooth scrolling takes a moment; the entry must end up near the top of the viewport.
    let in_view = format!(
        "const r = document.getElementById({:?}).getBoundingClientRect(); return r.top >= 0 && r.top < 500",
        &href[1..]
    );
    page.wait_until(&in_view, Duration::from_secs(5)).await?;
    page.screenshot("glossary-entry").await?;

    // The FAQ has the article's questions; one opens on click.
    let summaries = c.find_all(Locator::Css("#faq details > summary")).await?;
    assert_eq!(summaries.len(), FAQ.len());
    assert!(FAQ.len() >= 5);
    page.click("#faq details > summary").await?;
    let open = page
        .js("return document.querySelector('#faq details').open")
        .await?;
    assert_eq!(open, true, "FAQ item opens");
    page.screenshot("faq-open").await?;

    // Every citation mark points at a listed source.
    let dangling = page
        .js("return [...document.querySelectorAll('sup.cite a')].map(a => a.getAttribute('href')).filter(h => !document.querySelector(h))")
        .await?;
    assert_eq!(
        dangling,
        serde_json::json!([]),
        "citations without a source entry"
    );
    let cites = page
        .js("return document.querySelectorAll('sup.cite a').length")
        .await?;
    assert!(
        cites.as_u64().unwrap_or(0) > 5,
        "the story cites its figures"
    );

    // Sources with an address are linked, never loaded: plain https links in the Sources list,
    // each exactly the address the core gives (FACTS section 10); the network check at the end
    // of every test shows none of them was fetched.
    let links = page
        .js("return [...document.querySelectorAll('#sources a.source-link')].map(a => a.getAttribute('href'))")
        .await?;
    let want: Vec<&str> = hashwatt_core::data::sources::ALL
        .iter()
        .filter_map(|s| s.url)
        .collect();
    assert_eq!(links, serde_json::json!(want), "source links");
    assert!(want.len() >= 8 && want.iter().all(|u| u.starts_with("https://")));

    // The page runs under its strict Content-Security-Policy (a violation would be a console
    // error above): no inline script, only this origin.
    let csp = page
        .js("const m = document.querySelector('meta[http-equiv=Content-Security-Policy]'); return m && m.content")
        .await?;
    let csp = csp.as_str().ok_or("no Content-Security-Policy meta tag")?;
    for directive in [
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval'",
        "worker-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "style-src 'self';",
    ] {
        assert!(csp.contains(directive), "CSP lacks {directive}: {csp}");
    }
    // No exception at all: the charts measure text on their canvas, never with styled elements.
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    let inline_scripts = page
        .js("return [...document.scripts].filter(s => !s.src).length")
        .await?;
    assert_eq!(inline_scripts, 0, "no inline script");

    // A first visit fetches none of the files the transfer budget leaves out: not the classroom's
    // client without a class, not the miner's worker before Start, not the teachers page's, the
    // worksheet's or the speaker notes' files. The server's own log has every request, the
    // service worker's precaching included, once it has installed.
    page.wait_until(
        "return navigator.serviceWorker.ready.then(() => true)",
        Duration::from_secs(30),
    )
    .await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let fetched = page.static_server()?.asked();
    // This reader went past "What happens next" on the way to the glossary: its module loaded
    // then (the simulator's e2e test checks a visit that stays at the top does not load it).
    for later in crate::size::LATER.iter().filter(|f| !f.starts_with("sim")) {
        assert!(
            !fetched.iter().any(|u| u.ends_with(&format!("/{later}"))),
            "a first visit fetched {later}: {fetched:?}"
        );
    }
    assert!(
        page.js("return !document.getElementById('class-root')")
            .await?
            == serde_json::json!(true),
        "no classroom element without a class"
    );

    let errors = page.console_errors().await?;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    page.assert_own_origin(&page.requested_urls().await?)?;
    page.close().await
}

#[tokio::test]
#[ignore = "end-to-end: needs dist/ and chromedriver (make test-e2e)"]
async fn the_page_reads_on_a_phone_and_on_a_projector() -> Result {
    for (width, height, name) in [(360, 800, "phone-360"), (1920, 1080, "projector-1920")] {
        let page = Page::open("/", width, height).await?;
        // Nothing is wider than the viewport: no sideways scrolling on a phone.
        let overflow = page
            .js("return document.documentElement.scrollWidth - window.innerWidth")
            .await?;
        assert!(
            overflow.as_f64().unwrap_or(f64::MAX) <= 0.0,
            "{name}: page wider than the screen by {overflow}px"
        );
        page.screenshot(&format!("{name}-top")).await?;
        for section in ["mine", "glossary"] {
            page.js(&format!(
                "document.getElementById('{section}').scrollIntoView({{behavior: 'instant'}})"
            ))
            .await?;
            page.screenshot(&format!("{name}-{section}")).await?;
        }
        page.close().await?;
    }
    Ok(())
}
