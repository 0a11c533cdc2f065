//! Why a laptop no longer stands a chance: your measured rate and power beside the network and a
//! modern ASIC, priced with the page's scenario (electricity and bitcoin price from #economics).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::state::use_scenario;
use hashwatt_core::data::network::{DIFFICULTY_T, HASHRATE_7D_EHS};
use hashwatt_core::data::{format_figure, source_index, Figure};
use hashwatt_core::model::format;
use hashwatt_core::model::laptop::{compare, modern_asic, read_power_w, Network, DEFAULT_POWER_W};

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// Your smoothed hash rate, H/s (0 until measured).
    pub rate_hs: f64,
    pub measured: bool,
}

fn cite(figure: &Figure) -> Html {
    let n = source_index(figure.source.id).map_or_else(|| "?".into(), |i| (i + 1).to_string());
    html! { <sup class="cite"><a href={format!("#source-{}", figure.source.id)}>{ n }</a></sup> }
}

fn or_dash(value: Option<f64>, show: impl Fn(f64) -> String) -> String {
    value.map_or_else(|| "\u{2014}".to_string(), show)
}

#[function_component(Compare)]
pub fn compare_panel(props: &CompareProps) -> Html {
    let scenario = use_scenario().scenario;
    let power_text = use_state(|| DEFAULT_POWER_W.to_string());
    let (power_w, power_note) = read_power_w(&power_text);
    let asic = modern_asic();
    let network = Network {
        hashrate_ehs: HASHRATE_7D_EHS.value,
        difficulty: DIFFICULTY_T.value * 1e12,
        price_usd: scenario.price_usd,
        kwh_usd: scenario.kwh_usd,
        subsidy_btc: scenario.subsidy_btc,
        fees_btc: scenario.fees_btc,
    };
    let c = compare(props.rate_hs, power_w, &network, &asic);
    let on_power = {
        let power_text = power_text.clone();
        Callback::from(move |e: InputEvent| {
            power_text.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let hint = if props.measured {
        ""
    } else {
        " (start mining to measure your rate)"
    };
    html! {
        <div class="panel compare" id="miner-compare">
            <h3>{ "You against the industry" }{ hint }</h3>
            <div class="stats">
                <div class="stat">
                    <span class="label">{ "The whole network" }</span>
                    <span class="value">{ format::hashrate(network.hashrate_ehs * 1e18) }</span>
                    <span class="sub">{ format!("7-day average, {}", format::period(HASHRATE_7D_EHS.as_of)) }{ cite(&HASHRATE_7D_EHS) }</span>
                </div>
                <div class="stat" id="miner-share" data-value={c.share.unwrap_or(0.0).to_string()}>
                    <span class="label">{ "Your share of it" }</span>
                    <span class="value">{ or_dash(c.share, |s| format!("{:.1e}", s)) }</span>
                    <span class="sub">{ "a fraction of the whole network" }</span>
                </div>
                <div class="stat">
                    <span class="label">{ format!("One {}", asic.name) }</span>
                    <span class="value">{ format::hashrate(asic.hashrate_hs) }</span>
                    <span class="sub">{ or_dash(c.devices_per_asic, |n| format!("= {} of your device", format::significant(n))) }</span>
                </div>
                <div class="stat" id="miner-years" data-value={c.years_to_block.unwrap_or(0.0).to_string()}>
                    <span class="label">{ "Expected wait for one real block, solo" }</span>
                    <span class="value">{ or_dash(c.years_to_block, format::years) }</span>
                    <span class="sub">{ format!("difficulty {} (", format_figure(&DIFFICULTY_T)) }{ format::period(DIFFICULTY_T.as_of) }{ ") \u{00d7} 2³² / your rate" }{ cite(&DIFFICULTY_T) }</span>
                </div>
            </div>
            <div class="control control-row">
                <label for="miner-power">{ "Your device's power while mining" }</label>
                <input id="miner-power" type="text" inputmode="decimal" class="num" value={(*power_text).clone()}
                       oninput={on_power} aria-describedby="miner-power-note" />
                <span>{ "W" }</span>
            </div>
            <p id="miner-power-note" class={if power_note.is_some() { "field-error" } else { "field-note" }}>
                { power_note.unwrap_or_else(|| "A laptop's processor draws roughly 15 W when busy; a desktop more.".into()) }
            </p>
            <div class="stats">
                <div class="stat" id="miner-efficiency" data-value={c.j_per_th.unwrap_or(0.0).to_string()}>
                    <span class="label">{ "Your efficiency" }</span>
                    <span class="value">{ or_dash(c.j_per_th, |j| format!("{} J/TH", format::number(j, 0))) }</span>
                    <span class="sub">{ format!("the {} needs {} J/TH", asic.name, format::significant(asic.j_per_th)) }
                        { or_dash(c.energy_vs_asic, |x| format!(": you spend {}\u{00d7} the energy per hash", format::number(x, 0))) }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "You would earn per day" }</span>
                    <span class="value">{ or_dash(c.earnings_usd_per_day, |u| format!("${:.2e}", u)) }</span>
                    <span class="sub">{ format!("at {} per bitcoin (scenario)", format::usd(scenario.price_usd)) }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "Your electricity per day" }</span>
                    <span class="value">{ or_dash(c.electricity_usd_per_day, format::usd) }</span>
                    <span class="sub">{ format!("{} W around the clock at {} per kWh (scenario)", format::significant(power_w), format::usd(scenario.kwh_usd)) }</span>
                </div>
            </div>
        </div>
    }
}
