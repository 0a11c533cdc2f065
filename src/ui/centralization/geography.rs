//! Where the hash rate is: country shares per period, the country HHI next to the pool HHI
//! ("operationally concentrated yet geographically spreading"), Paraguay and Ethiopia, and the
//! link to the regions table of the economics section.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::ui::widgets::{cite, period, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::geography::{RegionProfile, ETHIOPIA, GEO_PERIODS, PARAGUAY};
use hashwatt_core::model::centralization_view::{
    geo_bars, geo_summary, geo_table, geo_view, region_lines, GeoBar,
};
use hashwatt_core::model::concentration::{measure, snapshot_entities};

fn region_note(profile: &RegionProfile) -> Html {
    html! {
        <div class="panel region-note" id={format!("region-{}", profile.country.to_ascii_lowercase())}>
            <h4>{ profile.country }{ cite(profile.source.id) }</h4>
            <ul>
                { for region_lines(profile).into_iter().map(|line| html! { <li>{ line }</li> }) }
            </ul>
        </div>
    }
}

#[function_component(Geography)]
pub fn geography() -> Html {
    let bars: Rc<Vec<GeoBar>> = use_memo((), |_| geo_bars(&GEO_PERIODS));
    let view = use_memo(bars.clone(), |b| {
        geo_view(b, &measure(&snapshot_entities()))
    });
    let summary = geo_summary(&bars);
    let table = use_memo(bars.clone(), |b| geo_table(b));
    let Some(view) = view.as_ref() else {
        return html! {};
    };
    html! {
        <div class="geography">
            <h3>{ "Where the hash rate is" }</h3>
            <div class="prose"><Paragraph text={sections::GEOGRAPHY_INTRO} /></div>
            <div class="two-col spread">
                <div class="panel">
                    <h4>{ "Operationally concentrated" }</h4>
                    <p>{ view.pools_text.clone() }{ cite("pools-dataset") }{ "." }</p>
                </div>
                <div class="panel">
                    <h4>{ "Geographically spreading" }</h4>
                    <p>
                        { view.spread_text.clone() }
                        <strong id="geo-hhi" data-value={view.geo_hhi_value.clone()}>
                            { view.geo_hhi_text.clone() }
                        </strong>
                        { cite("luxor-geo") }{ "." }
                    </p>
                    <p class="field-note">{ view.range_note.clone() }</p>
                </div>
            </div>
            <div class="prose"><Paragraph text={sections::SPREAD_NOTE} /></div>
            <Chart id="geo-chart" drawing={Drawing::new(bars.clone(), charts::geography::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " Share of hash rate by country, each period as its source gives it" }
                { cite("cambridge-map") }{ cite("cambridge-2025") }{ cite("luxor-geo") }
                { "; grey: the share the source does not break down." }
            </Chart>
            <div class="table-wrap">
                <table id="geo-table" class="cards-on-phone">
                    <caption class="visually-hidden">{ "Country concentration by period" }</caption>
                    <thead><tr>
                        <th>{ "Period" }</th><th class="num">{ "US" }</th><th class="num">{ "China" }</th>
                        <th class="num">{ "Countries for half" }</th><th class="num">{ "Country HHI" }</th>
                    </tr></thead>
                    <tbody>
                        { for view.rows.iter().map(|r| html! {
                            <tr>
                                <td>{ period(r.as_of) }{ if r.survey { " (survey)" } else { "" } }</td>
                                <td class="num" data-label="US">{ r.us.clone() }</td>
                                <td class="num" data-label="China">{ r.china.clone() }</td>
                                <td class="num" data-label="Countries for half">{ r.countries_for_half.clone() }</td>
                                <td class="num" data-label="Country HHI">{ r.hhi.clone() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { for view.period_notes.iter().map(|n| html! { <p class="field-note">{ n.clone() }</p> }) }
            <h4>{ "Hydro power in the Global South" }</h4>
            <div class="two-col">
                { region_note(&PARAGUAY) }
                { region_note(&ETHIOPIA) }
            </div>
            <div class="prose regions-link"><Paragraph text={sections::REGIONS_LINK} /></div>
        </div>
    }
}
