//! The simulator's settings and the address bar: read once at start-up, written back (in place,
//! keeping every other key) once the settings rest. Its keys are read and written by the core's
//! one URL module (`model::url::Query::sim_settings`); the address bar is `ui::url`'s.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use hashwatt_core::model::scenario::ParamNote;
use hashwatt_core::model::simulate::{SimParam, SimPreset, SimSettings};

use crate::ui::state::SETTLE_MS;
use crate::ui::url::{address_query, replace_query};

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

/// The simulator's state, from the URL, mirrored back to it once it has rested `SETTLE_MS`.
#[hook]
pub fn use_sim_state() -> UseReducerHandle<SimState> {
    let state = use_reducer(|| {
        let (settings, notes) = address_query().sim_settings();
        SimState { settings, notes }
    });
    let pending = use_mut_ref(|| None::<Timeout>);
    use_effect_with(state.settings, move |&settings| {
        *pending.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || write_url(&settings)));
    });
    state
}

/// Writes the settings into the address bar, keeping the other keys and the fragment.
fn write_url(settings: &SimSettings) {
    let mut query = address_query();
    query.set_sim_settings(settings);
    replace_query(&query);
}
