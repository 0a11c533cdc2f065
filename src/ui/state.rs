//! The page's one shared state: the economics scenario, held by a reducer at the root, read from
//! the URL once at start-up and mirrored back to it in one effect once it rests. The economics
//! section edits it; the miner reads its electricity and bitcoin prices.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::url::{address_query, replace_query};
use hashwatt_core::model::scenario::{Param, ParamNote, Scenario};
use hashwatt_core::model::url::Query;

/// The scenario plus the notes about values that were clamped or defaulted, keyed by input.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScenarioState {
    pub scenario: Scenario,
    /// At most one note per input: the latest reason its value is not what was given.
    pub notes: Vec<ParamNote>,
}

pub enum ScenarioAction {
    /// A slider moved or a valid number was typed: the value is used (clamped if it must be).
    Set(Param, f64),
    /// A number field held text that is not a usable number: the value falls back as the note says.
    Typed(Param, f64, Option<ParamNote>),
    /// A preset or a reset: a whole scenario, and no notes.
    Replace(Scenario),
}

impl ScenarioState {
    /// The state the page starts in, from the URL's query string.
    pub fn from_query(query: &Query) -> Self {
        let (scenario, notes) = query.scenario();
        Self { scenario, notes }
    }

    /// The note for one input, if any.
    pub fn note(&self, param: Param) -> Option<&ParamNote> {
        self.notes.iter().find(|n| n.key == param.spec().key)
    }

    fn with_note(mut self, param: Param, note: Option<ParamNote>) -> Self {
        self.notes.retain(|n| n.key != param.spec().key);
        self.notes.extend(note);
        self
    }
}

impl Reducible for ScenarioState {
    type Action = ScenarioAction;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let next = match action {
            ScenarioAction::Set(param, value) => {
                let note = next.scenario.set(param, value);
                next.with_note(param, note)
            }
            ScenarioAction::Typed(param, value, note) => {
                // The note explains the fallback; `set` only clamps further if it must.
                let clamp = next.scenario.set(param, value);
                next.with_note(param, note.or(clamp))
            }
            ScenarioAction::Replace(scenario) => Self {
                scenario,
                notes: Vec::new(),
            },
        };
        Rc::new(next)
    }
}

/// What components receive through the context.
pub type ScenarioHandle = UseReducerHandle<ScenarioState>;

/// How long (ms) the scenario must rest before the address bar and the share QR code follow it. A
/// drag fires `input` about 60 times a second; `replaceState` (~4 ms in Chromium) and the QR
/// code's mask search on every step would take a third of each redraw, for a link nobody can copy
/// mid-drag. Copy link writes the address bar first (`write_url`), so it never copies a stale one.
pub const SETTLE_MS: u32 = 200;

/// The scenario once it has rested for `SETTLE_MS`: what the address bar, the QR code and the
/// economics charts' data tables show. A second context, so that only their consumers re-render
/// when it catches up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SettledScenario(pub Scenario);

/// The scenario state, created from the URL, and the settled scenario, written back to the URL
/// (in place, with `replaceState`, so reload and Back keep it without a history entry per slider
/// step).
#[hook]
pub fn use_scenario_root() -> (ScenarioHandle, SettledScenario) {
    let state = use_reducer(|| ScenarioState::from_query(&address_query()));
    let settled = use_state_eq(|| state.scenario);
    // The pending catch-up: replacing it cancels the previous one, so only a rest settles.
    let pending = use_mut_ref(|| None::<Timeout>);
    {
        let settled = settled.clone();
        use_effect_with(state.scenario, move |&scenario| {
            let timeout = if scenario == *settled {
                // Back to the settled value before it caught up: nothing will change `settled`,
                // so write the address bar here (Copy link may have written a newer value).
                write_url(&scenario);
                None
            } else {
                Some(Timeout::new(SETTLE_MS, move || settled.set(scenario)))
            };
            *pending.borrow_mut() = timeout;
        });
    }
    use_effect_with(*settled, write_url);
    {
        // Leaving the page (closing the tab, following a link) within SETTLE_MS of a change: the
        // history entry takes the newest scenario, so Back or reopening the tab shows what the
        // reader last saw. (A reload has already chosen its URL when this runs.)
        let latest = use_mut_ref(|| state.scenario);
        *latest.borrow_mut() = state.scenario;
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                write_url(&latest.borrow());
            });
            move || drop(listener)
        });
    }
    (state, SettledScenario(*settled))
}

/// Writes `scenario` into the address bar, keeping the query's other parameters and the fragment.
pub fn write_url(scenario: &Scenario) {
    crate::profile::time(
        || "URL update",
        || {
            let mut query = address_query();
            query.set_scenario(scenario);
            replace_query(&query);
        },
    )
}

/// The scenario as the address bar and the QR code show it, from the nearest provider.
#[hook]
pub fn use_settled_scenario() -> Scenario {
    use_context::<SettledScenario>()
        .expect("use_settled_scenario() is called under the App's provider")
        .0
}

/// The scenario from the nearest provider.
#[hook]
pub fn use_scenario() -> ScenarioHandle {
    // Every section is mounted inside the App's provider; tests mount the App too.
    use_context::<ScenarioHandle>().expect("use_scenario() is called under the App's provider")
}
