//! How mining was done earlier: J/TH by year from CPU to the newest ASIC, and the share of the
//! whole network one such device had in its year.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::ui::widgets::{cite, quality_badge, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::hardware::GENERATIONS;
use hashwatt_core::data::network::YEARLY_HASHRATE;
use hashwatt_core::data::Quality;
use hashwatt_core::model::centralization_view::{
    efficiency_summary, efficiency_table, hardware_rows, HardwareRow,
};
use hashwatt_core::model::format;

fn share_cell(row: &HardwareRow) -> Html {
    match row.share {
        Some(s) => html! {
            <>
                { format!("{}%", format::significant(s.share_pct)) }{ " " }{ quality_badge(Quality::Derived) }
                <span class="sub">{ format!(" (1 of {} devices; network {} EH/s, representative of the year)",
                    format::number(s.devices_for_network, 0), format::significant(s.network_ehs)) }</span>
                { cite("hashrate-history") }
            </>
        },
        None => html! { <span class="muted">{ "no network figure before 2013-09" }</span> },
    }
}

#[function_component(Earlier)]
pub fn earlier() -> Html {
    let rows: Rc<Vec<HardwareRow>> = use_memo((), |_| hardware_rows(GENERATIONS, YEARLY_HASHRATE));
    let summary = efficiency_summary(&rows);
    let table = use_memo(rows.clone(), |r| efficiency_table(r));
    html! {
        <div class="earlier">
            <h3>{ "How mining was done earlier" }</h3>
            <div class="prose"><Paragraph text={sections::EARLIER_INTRO} /></div>
            <Chart id="efficiency-chart" drawing={Drawing::new(rows.clone(), charts::efficiency::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " Log scale: each grid line is ten times the one below. Hollow dots are estimates." }
            </Chart>
            <div class="table-wrap">
                <table id="hardware-table" class="cards-on-phone">
                    <caption class="visually-hidden">{ "Mining hardware by year" }</caption>
                    <thead><tr>
                        <th>{ "Device" }</th><th>{ "Year" }</th><th class="num">{ "Hash rate" }</th>
                        <th class="num">{ "J/TH" }</th><th>{ "Share of the network in its year" }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <td>{ r.name }{ cite(r.source_id) }</td>
                                <td data-label="Year">{ r.year_label }</td>
                                <td class="num" data-label="Hash rate">{ format::hashrate(r.hashrate_hs) }</td>
                                <td class="num" data-label="J/TH">{ format::significant_or_whole(r.j_per_th) }{ " " }{ quality_badge(r.quality) }</td>
                                <td data-label="Share of the network">{ share_cell(r) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="prose"><Paragraph text={sections::EARLIER_SHARE_NOTE} /></div>
        </div>
    }
}
