//! The economics section (`#economics`): the scenario's inputs, what they imply per bitcoin, three
//! charts and the regions table. The scenario is the page's one shared state (`ui::state`); the
//! outcome is computed once per change here and handed down, and every figure and sentence comes
//! from `model::economics` and `model::econ_view`.

mod charts;
mod outputs;
mod param_input;
mod presets;
mod regions;
mod result_bar;
mod share_qr;

use yew::prelude::*;

use self::charts::EconomicsCharts;
use self::outputs::Outputs;
use self::param_input::ParamInput;
use self::presets::ScenarioBar;
use self::regions::RegionsTable;
use self::result_bar::ResultBar;
use super::state::use_scenario;
use super::widgets::Predict;
use crate::profile::time;
use hashwatt_core::model::econ_view::section_lede;
use hashwatt_core::model::economics::outcome;
use hashwatt_core::model::predictions::{mining_pays, MINING_PAYS};
use hashwatt_core::model::scenario::Param;

#[function_component(EconomicsSection)]
pub fn economics_section() -> Html {
    let state = use_scenario();
    let scenario = state.scenario;
    // The one computation per change; the charts derive their series from the same scenario.
    let result = use_memo(scenario, |s| time(|| "core: outcome", || outcome(s)));
    html! {
        <section id="economics" aria-labelledby="economics-title">
            <h2 id="economics-title">{ "What it costs to mine a bitcoin" }</h2>
            // A few arithmetic steps, cheaper than the hook a memo would take.
            <p class="section-lede">{ section_lede() }</p>
            <Predict question={MINING_PAYS} answer={mining_pays(&scenario)} />
            <ScenarioBar />
            <ResultBar scenario={scenario} outcome={result.clone()} />
            <div class="econ-body">
                <form class="econ-inputs panel" aria-label="Scenario inputs"
                      onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for Param::ALL.into_iter().map(|p| html! {
                        <ParamInput key={p.spec().key} param={p} value={scenario.get(p)}
                                    note={state.note(p).cloned()} dispatch={state.dispatcher()} />
                    }) }
                </form>
                <Outputs scenario={scenario} outcome={result.clone()} />
            </div>
            <EconomicsCharts scenario={scenario} outcome={result} />
            <RegionsTable scenario={scenario} />
        </section>
    }
}
