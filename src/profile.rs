//! Where a slider change's time goes, for `make bench` (tests/bench/school.rs): `time(name, f)`
//! runs `f` and, in a build with the `profile` feature, adds its duration to
//! `window.__hashwattSpans[name] = [total ms, count]`. Without the feature (the shipped page) it
//! only runs `f`. Spans nest (a chart's draw includes its text measuring); the totals are flushed
//! to the page when the outermost span ends, so a nested span costs two clock reads.

#[cfg(feature = "profile")]
mod spans {
    use std::cell::RefCell;

    use wasm_bindgen::JsValue;

    thread_local! {
        /// Open spans, and the finished ones not yet flushed: (name, ms).
        static STATE: RefCell<(u32, Vec<(String, f64)>)> = const { RefCell::new((0, Vec::new())) };
    }

    fn now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }

    pub fn time<N: AsRef<str>, R>(name: impl FnOnce() -> N, f: impl FnOnce() -> R) -> R {
        STATE.with(|s| s.borrow_mut().0 += 1);
        let start = now();
        let result = f();
        let ms = now() - start;
        let done = STATE.with(|s| {
            let mut s = s.borrow_mut();
            s.0 -= 1;
            s.1.push((name().as_ref().to_string(), ms));
            (s.0 == 0).then(|| std::mem::take(&mut s.1))
        });
        if let Some(done) = done {
            flush(done);
        }
        result
    }

    fn flush(done: Vec<(String, f64)>) {
        use js_sys::{Array, Object, Reflect};
        let window = gloo::utils::window();
        let key = JsValue::from_str("__hashwattSpans");
        let spans = match Reflect::get(&window, &key) {
            Ok(v) if v.is_object() => v,
            _ => {
                let o: JsValue = Object::new().into();
                let _ = Reflect::set(&window, &key, &o);
                o
            }
        };
        for (name, ms) in done {
            let name = JsValue::from_str(&name);
            let (total, count) = match Reflect::get(&spans, &name) {
                Ok(v) if Array::is_array(&v) => {
                    let a = Array::from(&v);
                    (
                        a.get(0).as_f64().unwrap_or(0.0),
                        a.get(1).as_f64().unwrap_or(0.0),
                    )
                }
                _ => (0.0, 0.0),
            };
            let entry = Array::of2(&(total + ms).into(), &(count + 1.0).into());
            let _ = Reflect::set(&spans, &name, &entry);
        }
    }
}

#[cfg(feature = "profile")]
pub use spans::time;

/// Runs `f` (the shipped page: no timing, and the name, a closure, is never built).
#[cfg(not(feature = "profile"))]
#[inline(always)]
pub fn time<N: AsRef<str>, R>(_name: impl FnOnce() -> N, f: impl FnOnce() -> R) -> R {
    f()
}
