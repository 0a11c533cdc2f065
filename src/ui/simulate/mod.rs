//! The simulator's section (`#simulate`, issue 16): what happens next when the price moves, a
//! storm curtails miners or the 2028 halving comes. Driven by the economics scenario once it
//! rests (`use_settled_scenario`, so a slider drag above does not re-run it 60 times a second)
//! and by its own inputs (`url`); every figure and sentence comes from `model::simulate` and
//! `model::sim_view`.

mod charts;
mod controls;
mod url;

use yew::prelude::*;

use self::charts::SimCharts;
use self::controls::{SimControls, SimPresets};
use self::url::use_sim_state;
use super::state::use_settled_scenario;
use super::widgets::{data_table, Paragraph, Predict};
use hashwatt_core::content::simulate::{CAVEAT, FLEET_SOURCES, HISTORY, LEDE, RULES};
use hashwatt_core::model::sim_view::{
    countries_note, countries_table, driven_by, first_retarget_answer, fleet_text, headline,
    headline_stats, start_explained, summary, survivors_table, FIRST_RETARGET,
};
use hashwatt_core::model::simulate::run;

#[function_component(SimulateSection)]
pub fn simulate_section() -> Html {
    let scenario = use_settled_scenario();
    let state = use_sim_state();
    let settings = state.settings;
    let result = use_memo((scenario, settings), |(sc, st)| run(sc, st));
    let text = use_memo(result.clone(), |r| summary(r));
    let h = headline(&result);
    let stats = headline_stats(&result);
    let survivors = use_memo(result.clone(), |r| survivors_table(r));
    let countries = use_memo(result.clone(), |r| countries_table(r));
    let explained = start_explained(&result);
    let fleet = fleet_text(&result);
    html! {
        <section id="simulate" aria-labelledby="simulate-title">
            <h2 id="simulate-title">{ "What happens next" }</h2>
            <div class="section-lede"><Paragraph text={LEDE} /></div>
            <Predict question={FIRST_RETARGET} answer={first_retarget_answer(&result)} />
            <SimPresets state={state.clone()} price_usd={scenario.clamped().price_usd} />
            <div class="sim-body">
                <SimControls state={state.clone()} price_usd={scenario.clamped().price_usd} />
                <div class="sim-outputs">
                    <p class="sim-summary" id="sim-summary" role="status">{ (*text).clone() }</p>
                    <div class="stats sim-stats">
                        { for stats.iter().map(|st| html! {
                            <div class="stat">
                                <span class="label">{ st.label }</span>
                                <span class="value" id={st.id} data-value={st.value.to_string()}>{ st.shown.clone() }</span>
                                <span class="sub">{ st.sub.clone() }</span>
                            </div>
                        }) }
                    </div>
                    <p class="field-note sim-driven">{ driven_by(&scenario) }</p>
                </div>
            </div>
            <SimCharts run={result.clone()} summary={AttrValue::from((*text).clone())} />
            <h3>{ "Which machines survive" }</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Which machines survive">
                { data_table(&survivors) }
            </div>
            <h3>{ "Where the survivors are" }</h3>
            <p class="sim-countries-note">{ countries_note(&h) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Where the survivors are">
                { data_table(&countries) }
            </div>
            <div class="panel sim-explain" id="sim-explain">
                <h3>{ "Check the start yourself" }</h3>
                { for explained.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                <h4>{ "The fleet" }</h4>
                { for fleet.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                <Paragraph text={FLEET_SOURCES} />
                <Paragraph text={RULES} />
            </div>
            <Paragraph text={HISTORY} />
            <Paragraph text={CAVEAT} />
        </section>
    }
}
