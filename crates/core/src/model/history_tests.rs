use proptest::prelude::*;

use super::*;

/// FACTS section 3 points used here: 2013-09 1 PH/s (0.001 EH/s), 2014-06 100 PH/s (0.1 EH/s),
/// 2016-01 1 EH/s, 2025-10 1,160 EH/s, 2026-01 743 EH/s (as decimal years, month start).
const HISTORY: [(f64, f64); 5] = [
    (2013.67, 0.001),
    (2014.42, 0.1),
    (2016.0, 1.0),
    (2025.75, 1_160.0),
    (2026.0, 743.0),
];

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs()
}

#[test]
fn coefficient_series_from_ghash_to_the_snapshot() {
    let s = coefficient_series();
    let k: Vec<usize> = s.iter().map(|p| p.nakamoto).collect();
    // GHash.io alone above 50% -> 1; then 2021..2025 as reported; then the snapshot's 3.
    assert_eq!(k, [1, 4, 3, 2, 2, 3, 3]);
    assert!(s[0].momentary && !s[1].momentary);
    assert_eq!(s[1].year, 2021.5);
    assert_eq!(s.last().unwrap().nakamoto_template_grouped, Some(2));
    assert!(s.windows(2).all(|w| w[0].year < w[1].year));
}

#[test]
fn log_linear_interpolation() {
    // Halfway between 0.001 and 0.1 EH/s on a log scale: sqrt(0.001 * 0.1) = 0.01.
    let mid = (2013.67 + 2014.42) / 2.0;
    assert!(close(network_ehs_at(mid, &HISTORY).unwrap(), 0.01, 1e-12));
    // Falling segment: sqrt(1,160 * 743) = sqrt(861,880) = 928.38.
    assert!(close(
        network_ehs_at(2025.875, &HISTORY).unwrap(),
        928.38,
        1e-5
    ));
    // On a point: that point.
    assert_eq!(network_ehs_at(2016.0, &HISTORY), Some(1.0));
    assert_eq!(network_ehs_at(2013.67, &HISTORY), Some(0.001));
}

#[test]
fn outside_the_history() {
    // After the last point the last value holds; before the first there is no figure.
    assert_eq!(network_ehs_at(2030.0, &HISTORY), Some(743.0));
    assert_eq!(network_ehs_at(2010.0, &HISTORY), None);
    assert_eq!(network_ehs_at(2020.0, &[]), None);
    assert_eq!(network_ehs_at(f64::NAN, &HISTORY), None);
}

#[test]
fn unsorted_and_bad_points() {
    let messy = [
        (2016.0, 1.0),
        (2014.0, -3.0),
        (2013.67, 0.001),
        (f64::NAN, 5.0),
        (2014.42, 0.1),
    ];
    let mid = (2013.67 + 2014.42) / 2.0;
    assert!(close(network_ehs_at(mid, &messy).unwrap(), 0.01, 1e-12));
}

#[test]
fn device_shares() {
    // Antminer S9, 13.5 TH/s, at 1 EH/s: 13.5e12 / 1e18 = 1.35e-5 = 0.00135%; 74,074 devices.
    let s9 = device_share(13.5e12, 2016.0, &HISTORY).unwrap();
    assert!(close(s9.share_pct, 0.00135, 1e-12));
    assert!(close(s9.devices_for_network, 74_074.074, 1e-6));
    // Antminer S21, 200 TH/s, at 743 EH/s (held after 2026-01): 2e14 / 7.43e20 = 2.69e-7.
    let s21 = device_share(200e12, 2026.5, &HISTORY).unwrap();
    assert!(close(s21.share_pct, 2.691_79e-5, 1e-5));
    // A CPU in 2010: no network figure before 2013-09.
    assert_eq!(device_share(22e6, 2010.0, &HISTORY), None);
    assert_eq!(device_share(0.0, 2016.0, &HISTORY), None);
}

proptest! {
    #[test]
    fn interpolation_stays_between_neighbours(t in 0.0..1.0f64, a in 1e-6..1e4f64, b in 1e-6..1e4f64) {
        let h = network_ehs_at(2000.0 + t, &[(2000.0, a), (2001.0, b)]).unwrap();
        prop_assert!(h >= a.min(b) * (1.0 - 1e-12) && h <= a.max(b) * (1.0 + 1e-12));
    }
}
