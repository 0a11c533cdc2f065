//! The simulator's settings and the address bar: read once at start-up, written back (in place,
//! keeping every other key) once the settings rest. Its keys are the core's
//! (`model::simulate::SimSettings::from_query`); the URL module will take this over.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use hashwatt_core::model::scenario::ParamNote;
use hashwatt_core::model::simulate::{merge_into_query, SimParam, SimPreset, SimSettings};

use crate::ui::state::SETTLE_MS;

/// The settings and the notes about URL values that were clamped or defaulted.
#[derive(Debug, Clone, PartialEq)]
pub struct SimState {
    pub settings: SimSettings,
    pub notes: Vec<ParamNote>,
}

pub enum SimAction {
    /// A slider moved: the value is used (clamped and rounded to the step), its note cleared.
    Set(SimParam, f64),
    /// A preset: its timeline, the reader's fleet kept, and no notes.
    Preset(&'static SimPreset),
}

impl Reducible for SimState {
    type Action = SimAction;

    fn reduce(self: Rc<Self>, action: SimAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SimAction::Set(p, v) => {
                next.settings.set(p, v);
                next.notes.retain(|n| n.key != p.spec().key);
            }
            SimAction::Preset(preset) => {
                next.settings = preset.apply(&next.settings);
                next.notes.clear();
            }
        }
        Rc::new(next)
    }
}

fn current_query() -> String {
    gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default()
}

/// The simulator's state, from the URL, mirrored back to it once it has rested `SETTLE_MS`.
#[hook]
pub fn use_sim_state() -> UseReducerHandle<SimState> {
    let state = use_reducer(|| {
        let (settings, notes) = SimSettings::from_query(&current_query());
        SimState { settings, notes }
    });
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(state.settings, move |&settings| {
        *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || write_url(&settings)));
    });
    state
}

/// Writes the settings into the address bar, keeping the other keys and the fragment. A failure
/// (a sandboxed frame) only means the URL is not updated.
fn write_url(settings: &SimSettings) {
    let window = gloo::utils::window();
    let current = current_query();
    let query = merge_into_query(&current, settings);
    if query == current.trim_start_matches('?') {
        return;
    }
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
