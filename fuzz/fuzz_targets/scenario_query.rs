//! Any bytes as a URL query: `Scenario::from_query` must not panic, must put every input inside
//! its range (never NaN), and what it writes back must read back unchanged with no notes (a shared
//! link is stable).
#![no_main]

use hashwatt_core::model::scenario::{Param, Scenario};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let (scenario, notes) = Scenario::from_query(&query);
    for p in Param::ALL {
        let spec = p.spec();
        let v = scenario.get(p);
        assert!(
            (spec.min..=spec.max).contains(&v),
            "{}={v} outside {}..={}",
            spec.key,
            spec.min,
            spec.max
        );
    }
    for note in &notes {
        assert!(
            note.raw.chars().count() <= 41,
            "a note quotes at most 40 characters"
        );
    }
    let written = scenario.to_query();
    let (again, again_notes) = Scenario::from_query(&written);
    assert_eq!(again, scenario.normalized(), "{written}");
    assert!(again_notes.is_empty(), "{written}: {again_notes:?}");
});
