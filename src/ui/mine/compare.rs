//! Why a laptop no longer stands a chance: your measured rate and power beside the network and a
//! modern ASIC, priced with the page's scenario (electricity and bitcoin price from #economics).
//! The figures and their words come from `model::mine_view::compare_view`.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::state::use_scenario;
use hashwatt_core::data::network::{DIFFICULTY_T, HASHRATE_7D_EHS};
use hashwatt_core::data::Figure;
use hashwatt_core::model::laptop::DEFAULT_POWER_W;
use hashwatt_core::model::mine_view::compare_view;
use hashwatt_core::model::session::Rate;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Your smoothed hash rate (`None` until measured; the last measured one after Stop).
    pub rate: Option<Rate>,
}

fn cite(figure: &Figure) -> Html {
    crate::ui::widgets::cite(figure.source.id)
}

#[function_component(Compare)]
pub fn compare_panel(props: &CompareProps) -> Html {
    let scenario = use_scenario().scenario;
    let power_text = use_state(|| DEFAULT_POWER_W.to_string());
    let v = compare_view(props.rate, &power_text, &scenario);
    let on_power = {
        let power_text = power_text.clone();
        Callback::from(move |e: InputEvent| {
            power_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <div class="panel compare" id="miner-compare">
            <h3>{ "You against the industry" }{ v.hint }</h3>
            <div class="stats">
                <div class="stat">
                    <span class="label">{ "The whole network" }</span>
                    <span class="value">{ v.network_rate }</span>
                    <span class="sub">{ v.network_note }{ cite(&HASHRATE_7D_EHS) }</span>
                </div>
                <div class="stat" id="miner-share" data-value={v.share_data}>
                    <span class="label">{ "Your share of it" }</span>
                    <span class="value">{ v.share_text }</span>
                    <span class="sub">{ "a fraction of the whole network" }</span>
                </div>
                <div class="stat">
                    <span class="label">{ v.asic_label }{ crate::ui::widgets::cite(v.asic_source_id) }</span>
                    <span class="value">{ v.asic_rate }</span>
                    <span class="sub">{ v.devices_text }</span>
                </div>
                <div class="stat" id="miner-years" data-value={v.years_data}>
                    <span class="label">{ "Expected wait for one real block, solo" }</span>
                    <span class="value">{ v.years_text }</span>
                    if !v.years_scale.is_empty() { <span class="sub years-scale">{ v.years_scale }</span> }
                    <span class="sub">{ v.years_note }{ cite(&DIFFICULTY_T) }</span>
                </div>
            </div>
            <div class="control control-row">
                <label for="miner-power">{ "Your device's power while mining" }</label>
                <input id="miner-power" type="text" inputmode="decimal" class="num" value={(*power_text).clone()}
                       oninput={on_power} aria-describedby="miner-power-note" />
                <span>{ "W" }</span>
            </div>
            <p id="miner-power-note" class={if v.power_error { "field-error" } else { "field-note" }}>
                { v.power_note }
            </p>
            <div class="stats">
                <div class="stat" id="miner-efficiency" data-value={v.efficiency_data}>
                    <span class="label">{ "Your efficiency" }</span>
                    <span class="value">{ v.efficiency_text }</span>
                    <span class="sub">{ v.efficiency_note }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "You would earn per day" }</span>
                    <span class="value">{ v.earnings_text }</span>
                    <span class="sub">{ v.earnings_note }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "Your electricity per day" }</span>
                    <span class="value">{ v.electricity_text }</span>
                    <span class="sub">{ v.electricity_note }</span>
                </div>
            </div>
        </div>
    }
}
