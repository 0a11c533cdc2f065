//! Writes the static pages into the built site: the main page's words into index.html, the teachers page, the worksheet's words, the speaker notes, and the
//! service worker and the loader without their comment lines. Trunk runs it after each build (a `post_build`
//! hook in Trunk.toml) with `TRUNK_STAGING_DIR` set to the folder about to become `dist/`; by
//! hand, pass the folder: `cargo run -p hashwatt-pages -- dist`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!(
            "hashwatt-pages: give the built site's folder (or run it as Trunk's post_build hook)"
        );
        return ExitCode::FAILURE;
    };
    // The site's icon as Trunk hashed its name, so the page does not ask for a missing favicon.ico.
    let favicon = std::fs::read_dir(&dir).ok().and_then(|entries| {
        entries
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .find(|name| name.starts_with("favicon") && name.ends_with(".svg"))
    });
    let html = match hashwatt_pages::teachers_html(favicon.as_deref()) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("hashwatt-pages: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The worksheet's words, fetched only when a sheet is printed (not in the app's wasm).
    let sheet = dir.join(hashwatt_pages::WORKSHEET_FILE);
    if let Err(e) = std::fs::write(&sheet, hashwatt_pages::worksheet_html()) {
        eprintln!("hashwatt-pages: {}: {e}", sheet.display());
        return ExitCode::FAILURE;
    }
    // The speaker notes, fetched only by the speaker view (not in the app's wasm).
    let notes = dir.join(hashwatt_pages::NOTES_FILE);
    if let Err(e) = std::fs::write(&notes, hashwatt_pages::notes_html()) {
        eprintln!("hashwatt-pages: {}: {e}", notes.display());
        return ExitCode::FAILURE;
    }
    // The scripts as shipped: their comments stay in static/, not in every first visit.
    for script in ["sw.js", "boot.js"] {
        let path = dir.join(script);
        if let Ok(js) = std::fs::read_to_string(&path) {
            if let Err(e) = std::fs::write(&path, hashwatt_pages::strip_comment_lines(&js)) {
                eprintln!("hashwatt-pages: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    // The story, the glossary and the FAQ, readable before the wasm has loaded.
    let index = dir.join("index.html");
    let written = std::fs::read_to_string(&index)
        .map_err(|e| e.to_string())
        .and_then(|html| {
            let block = hashwatt_pages::index::prerendered_html()?;
            hashwatt_pages::index::with_prerendered(&html, &block)
        })
        .and_then(|html| std::fs::write(&index, html).map_err(|e| e.to_string()));
    if let Err(e) = written {
        eprintln!("hashwatt-pages: {}: {e}", index.display());
        return ExitCode::FAILURE;
    }
    let path = dir.join(hashwatt_pages::FILE_NAME);
    if let Err(e) = std::fs::write(&path, html) {
        eprintln!("hashwatt-pages: {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
