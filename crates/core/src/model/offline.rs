//! Which service worker URL the page registers: `sw.js?v=<release>`, where the release is read
//! from the hashed file name of the app's own script (Trunk names it `app-<hash>.js`), so a new
//! build installs a new worker with a new cache. Pure, so it is tested natively.

/// Longest release tag kept (a Trunk hash is 16 hex digits).
const MAX_TAG: usize = 64;

/// The service worker's URL, relative to the page, for the app script at `script_url` (any URL or
/// path; `None` if the page could not find it, which falls back to the crate's version).
pub fn service_worker_url(script_url: Option<&str>) -> String {
    let tag = script_url
        .and_then(|url| url.split(['?', '#']).next())
        .and_then(|path| path.rsplit('/').next())
        .map(|file| file.strip_suffix(".js").unwrap_or(file))
        .map(|stem| {
            stem.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                .take(MAX_TAG)
                .collect::<String>()
        })
        .filter(|tag| !tag.is_empty())
        .unwrap_or_else(|| format!("v{}", env!("CARGO_PKG_VERSION")));
    format!("./sw.js?v={tag}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_release_is_the_app_script_name() {
        assert_eq!(
            service_worker_url(Some("http://127.0.0.1:8080/app-caa6e9cd56bc73eb.js")),
            "./sw.js?v=app-caa6e9cd56bc73eb"
        );
        assert_eq!(
            service_worker_url(Some("./app-1.js?x=1#y")),
            "./sw.js?v=app-1"
        );
    }

    #[test]
    fn odd_names_are_cleaned_and_missing_ones_fall_back() {
        assert_eq!(
            service_worker_url(Some("/a/b/app&v=<x>.js")),
            "./sw.js?v=appvx"
        );
        let fallback = format!("./sw.js?v=v{}", env!("CARGO_PKG_VERSION"));
        assert_eq!(service_worker_url(None), fallback);
        assert_eq!(service_worker_url(Some("/dir/")), fallback);
        assert_eq!(service_worker_url(Some("")), fallback);
        assert!(service_worker_url(Some(&"a".repeat(500))).len() < 80);
    }
}
