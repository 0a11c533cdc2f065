//! The QR code of a scenario link, as one SVG path drawn in the page (nothing leaves it). The
//! `qrcode` crate encodes; this module turns its module matrix into path data with a quiet zone,
//! and builds the link a class should open (the scenario, without presentation mode).

use qrcode::{Color, EcLevel, QrCode};

use super::presentation::with_present;

/// Modules of white border on each side, as the QR standard asks for scanning.
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: the side of its square in modules, quiet zone included, and the SVG
/// path that fills its dark modules (one unit per module).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    pub size: usize,
    pub path: String,
}

/// Encodes `text` (error correction M: survives a smudged projector, stays small). `None` only if
/// the text is too long for any QR version (~2,300 bytes at level M).
pub fn encode(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let dark: Vec<bool> = code
        .to_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect();
    Some(path_of(&dark, width))
}

/// Path data for a `width` x `width` matrix of dark (`true`) modules, one rectangle per horizontal
/// run of dark modules, shifted by the quiet zone.
pub fn path_of(dark: &[bool], width: usize) -> QrPath {
    let mut path = String::new();
    for (y, row) in dark.chunks(width.max(1)).enumerate() {
        let mut x = 0;
        while x < row.len() {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < row.len() && row[x] {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE,
                x - start,
                x - start
            ));
        }
    }
    QrPath {
        size: width + 2 * QUIET_ZONE,
        path,
    }
}

/// The link to share: the page's address (`origin_and_path`, e.g. "https://host/hashwatt/") with
/// the scenario's query (`query`, as in the address bar) minus the presentation flag, and no
/// fragment.
pub fn share_link(origin_and_path: &str, query: &str) -> String {
    let query = with_present(query, false);
    if query.is_empty() {
        origin_and_path.to_string()
    } else {
        format!("{origin_and_path}?{query}")
    }
}

/// The link to share with a class: [`share_link`] opening at `section` (an element id such as
/// "economics"), so phones land where the teacher is.
pub fn share_link_to(origin_and_path: &str, query: &str, section: &str) -> String {
    let link = share_link(origin_and_path, query);
    if section.is_empty() {
        link
    } else {
        format!("{link}#{section}")
    }
}

/// Whether `host` (as `location.hostname` gives it) names the teacher's own computer, which the
/// class's phones cannot reach: `localhost`, `*.localhost`, 127.0.0.0/8 or `[::1]`.
pub fn is_local_host(host: &str) -> bool {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    host == "localhost"
        || host.ends_with(".localhost")
        || host == "[::1]"
        || host == "::1"
        || host
            .parse::<std::net::Ipv4Addr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_become_rectangles_inside_the_quiet_zone() {
        let dark = [true, true, false, false, false, true, true, true, true];
        let qr = path_of(&dark, 3);
        assert_eq!(qr.size, 3 + 2 * QUIET_ZONE);
        assert_eq!(qr.path, "M4 4h2v1h-2zM6 5h1v1h-1zM4 6h3v1h-3z");
    }

    #[test]
    fn a_link_encodes_to_a_square_code_that_changes_with_the_link() {
        let a = encode("http://127.0.0.1:8080/?price=80000").expect("short text encodes");
        let b = encode("http://127.0.0.1:8080/?price=90000").expect("short text encodes");
        // Version 3 (29 modules) holds up to 42 bytes at level M.
        assert_eq!(a.size, 29 + 2 * QUIET_ZONE);
        assert_ne!(a.path, b.path);
        assert!(
            a.path.starts_with("M4 4h7v1h-7z"),
            "the finder pattern's top row"
        );
    }

    #[test]
    fn text_too_long_for_any_version_is_refused() {
        assert!(encode(&"x".repeat(5_000)).is_none());
    }

    #[test]
    fn the_shared_link_drops_presentation_mode_and_the_fragment() {
        assert_eq!(
            share_link("https://h.example/hw/", "?present&price=80000"),
            "https://h.example/hw/?price=80000"
        );
        assert_eq!(
            share_link("https://h.example/", "present"),
            "https://h.example/"
        );
        assert_eq!(share_link("https://h.example/", ""), "https://h.example/");
    }

    #[test]
    fn a_class_link_opens_at_the_section_without_presenting() {
        assert_eq!(
            share_link_to("https://h.example/hw/", "?present&price=80000", "economics"),
            "https://h.example/hw/?price=80000#economics"
        );
        assert_eq!(
            share_link_to("https://h.example/", "present", "mine"),
            "https://h.example/#mine"
        );
        assert_eq!(
            share_link_to("https://h.example/", "", ""),
            "https://h.example/"
        );
    }

    #[test]
    fn only_the_teacher_s_own_computer_is_local() {
        for host in [
            "localhost",
            "LOCALHOST",
            "app.localhost",
            "127.0.0.1",
            "127.1.2.3",
            "[::1]",
            "localhost.",
        ] {
            assert!(is_local_host(host), "{host}");
        }
        for host in [
            "192.168.1.20",
            "10.0.0.5",
            "example.org",
            "localhost.example.org",
            "128.0.0.1",
            "",
        ] {
            assert!(!is_local_host(host), "{host}");
        }
    }
}
