//! The regions table (`#regions`, linked from the centralization section): each place's reported
//! electricity price range, the all-in cost of a bitcoin there with the scenario's other inputs,
//! and whether mining there wins, loses or depends on the deal at the scenario's bitcoin price.

use yew::prelude::*;

use crate::ui::widgets::quality_badge;
use hashwatt_core::data::regions::REGIONS;
use hashwatt_core::model::econ_view::{kwh_range_text, usd_range_text, verdict_text};
use hashwatt_core::model::economics::{region_economics, Scenario};
use hashwatt_core::model::format;

#[derive(Properties, PartialEq)]
pub struct RegionsProps {
    pub scenario: Scenario,
}

#[function_component(RegionsTable)]
pub fn regions_table(props: &RegionsProps) -> Html {
    let rows = use_memo(props.scenario, |s| region_economics(s, REGIONS));
    let price = format::usd(props.scenario.clamped().price_usd);
    html! {
        <div class="econ-regions" id="regions">
            <h3>{ "Where mining pays" }</h3>
            <p class="prose">
                { format!("Each place's reported electricity price for miners, and what a bitcoin costs \
                           there with the other inputs above. \u{201c}Wins\u{201d} means profitable even \
                           at the top of the place's range at {price}; \u{201c}depends\u{201d}, only at \
                           the cheaper end. Prices are deal-level and not on one basis, so they are shown \
                           as ranges.") }
            </p>
            <div class="table-wrap">
                <table class="regions-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Region" }</th>
                            <th scope="col" class="num">{ "Power price" }</th>
                            <th scope="col" class="num">{ "Cost per BTC" }</th>
                            <th scope="col">{ format!("At {price}") }</th>
                            <th scope="col">{ "Source" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|r| {
                            let (word, tone) = verdict_text(r.verdict);
                            html! {
                                <tr>
                                    <th scope="row">
                                        { r.region.name }
                                        { for r.region.note.map(|n| html! { <span class="region-note">{ n }</span> }) }
                                    </th>
                                    <td class="num" data-label="Power price">
                                        { kwh_range_text(r.region.usd_per_kwh_low, r.region.usd_per_kwh_high) }
                                    </td>
                                    <td class="num" data-label="Cost per BTC" data-value={r.cost_high_usd_per_btc.to_string()}>
                                        { usd_range_text(r.cost_low_usd_per_btc, r.cost_high_usd_per_btc) }
                                    </td>
                                    <td data-label={format!("At {price}")}><span class={classes!("verdict", tone)}>{ word }</span></td>
                                    <td class="region-source" data-label="Source">
                                        <a href={format!("#source-{}", r.region.source.id)}>{ r.region.source.name }</a>
                                        { format!(", {} ", format::period(r.region.as_of)) }
                                        { quality_badge(r.region.quality) }
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
