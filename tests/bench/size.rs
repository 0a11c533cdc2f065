//! The first-visit transfer budget (issue 7's 350 KB, 400 KB since issue 12): the page's total
//! compressed transfer (every file in `dist/` a first visit fetches: HTML, JS, wasm, CSS, workers,
//! boot.js, sw.js, icon),
//! each file gzipped at level 9, at most 400 KB. Shared by
//! `make bench` (the report) and the end-to-end tests (`tests/e2e/transfer.rs`, the check in
//! `make test`).

use std::io::Write;
use std::path::PathBuf;

use flate2::write::GzEncoder;
use flate2::Compression;

/// The budget, in bytes (KB = 1000 bytes).
pub const BUDGET: u64 = 400_000;

/// Files of `dist/` a first visit never fetches: the teachers page and its style sheet, loaded
/// only when a reader follows the "For teachers" link; the worksheet's words, loaded when a sheet
/// is first printed (the service worker does not precache them; tests/e2e/print.rs checks the
/// first visit's requests); the speaker notes, fetched when a teacher opens the speaker view or
/// starts the deck; the miner's Web Worker, fetched when a reader first presses Start (the service
/// worker keeps it then, not before); the classroom's client, which `boot.js` loads only for
/// `?class=` links; and the simulator, which it loads when its section nears the screen.
/// `tests/e2e/page.rs` checks, in the server's log, that a first visit asks for none of them.
pub const LATER: &[&str] = &[
    "worker_loader.js",
    "worker.js",
    "worker_bg.wasm",
    "teachers.html",
    "teachers.css",
    "worksheet.html",
    "notes.html",
    "class.js",
    "class_bg.wasm",
    "class.css",
    "sim.js",
    "sim_bg.wasm",
    "sim.css",
];

/// `(file name, raw bytes, gzip -9 bytes)` for every file of `dist/` but the [`LATER`] ones,
/// largest compressed first. Fails (rather than passing on nothing) when `dist/index.html` is
/// missing.
pub fn dist_sizes() -> Result<Vec<(String, u64, u64)>, String> {
    Ok(all_sizes()?
        .into_iter()
        .filter(|(name, _, _)| !LATER.contains(&name.as_str()))
        .collect())
}

/// The same for the files loaded later.
#[allow(dead_code)] // The bench's report reads it; the transfer test does not.
pub fn later_sizes() -> Result<Vec<(String, u64, u64)>, String> {
    Ok(all_sizes()?
        .into_iter()
        .filter(|(name, _, _)| LATER.contains(&name.as_str()))
        .collect())
}

fn all_sizes() -> Result<Vec<(String, u64, u64)>, String> {
    let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    if !dist.join("index.html").exists() {
        return Err("dist/index.html is missing: run `make dist` first".into());
    }
    let mut rows = Vec::new();
    let entries = std::fs::read_dir(&dist).map_err(|e| format!("dist/: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let compressed = gz.finish().map_err(|e| e.to_string())?.len() as u64;
        let name = entry.file_name().to_string_lossy().into_owned();
        rows.push((name, bytes.len() as u64, compressed));
    }
    rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    Ok(rows)
}

/// The breakdown as a Markdown table, with the total.
pub fn table(rows: &[(String, u64, u64)]) -> String {
    let mut out = String::from("| file | raw | gzip -9 |\n|---|---:|---:|\n");
    for (name, raw, gz) in rows {
        out += &format!("| `{name}` | {raw} B | {gz} B |\n");
    }
    let raw: u64 = rows.iter().map(|r| r.1).sum();
    let gz: u64 = rows.iter().map(|r| r.2).sum();
    out += &format!(
        "| **total** | {raw} B | **{gz} B ({:.1} KB)** |\n",
        gz as f64 / 1000.0
    );
    out
}
