//! Where the hash rate is: country shares per period, the country HHI next to the pool HHI
//! ("operationally concentrated yet geographically spreading"), Paraguay and Ethiopia, and the
//! link to the regions table of the economics section.

use std::rc::Rc;

use yew::prelude::*;

use super::cite;
use crate::charts;
use crate::ui::widgets::{period, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::geography::{RegionProfile, ETHIOPIA, GEO_PERIODS, PARAGUAY};
use hashwatt_core::model::centralization_view::{
    country_share, geo_bars, geo_summary, geo_table, published_geo_hhi, region_fact_text, GeoBar,
};
use hashwatt_core::model::concentration::{measure, snapshot_entities};
use hashwatt_core::model::format;

fn region_note(profile: &RegionProfile) -> Html {
    html! {
        <div class="panel region-note" id={format!("region-{}", profile.country.to_ascii_lowercase())}>
            <h4>{ profile.country }{ cite(profile.source.id) }</h4>
            <ul>
                { for profile.facts.iter().map(|f| html! {
                    <li>{ format!("{}: {}", f.what, region_fact_text(f)) }</li>
                }) }
                { for profile.events.iter().map(|e| html! {
                    <li>{ format!("{} ({})", e.what, format::period(e.as_of)) }</li>
                }) }
            </ul>
        </div>
    }
}

#[function_component(Geography)]
pub fn geography() -> Html {
    let bars: Rc<Vec<GeoBar>> = use_memo((), |_| geo_bars(&GEO_PERIODS));
    let pools = use_memo((), |_| measure(&snapshot_entities()));
    let summary = geo_summary(&bars);
    let table = use_memo(bars.clone(), |b| geo_table(b));
    let (Some(first), Some(newest)) = (bars.first(), bars.last()) else {
        return html! {};
    };
    let geo = &newest.concentration;
    let pct = |bar: &GeoBar, c: &str| {
        country_share(bar, c).map_or_else(
            || "n/a".to_string(),
            |s| format!("{}%", format::number(s, 1)),
        )
    };
    html! {
        <div class="geography">
            <h3>{ "Where the hash rate is" }</h3>
            <div class="prose"><Paragraph text={sections::GEOGRAPHY_INTRO} /></div>
            <div class="two-col spread">
                <div class="panel">
                    <h4>{ "Operationally concentrated" }</h4>
                    <p>
                        { format!("{} pools find more than half of the blocks; pool HHI {}",
                            pools.nakamoto.map_or_else(|| "No set of".to_string(), |k| k.to_string()),
                            format::number(pools.hhi, 0)) }
                        { cite("pools-dataset") }{ "." }
                    </p>
                </div>
                <div class="panel">
                    <h4>{ "Geographically spreading" }</h4>
                    <p>
                        { format!("China {} ({}) to {} ({}); country HHI {} to ",
                            pct(first, "China"), format::period(first.as_of), pct(newest, "China"), format::period(newest.as_of),
                            format::number(published_geo_hhi(&first.concentration), 0)) }
                        <strong id="geo-hhi" data-value={format!("{:.1}", published_geo_hhi(geo))}>
                            { format::number(published_geo_hhi(geo), 0) }
                        </strong>
                        { cite("luxor-geo") }{ "." }
                    </p>
                    <p class="field-note">
                        { format!("{} HHI for {} is a range, {} to {}: the lower value (shown) spreads the {}% the source does not break down over many small countries, like the pool HHI does with its small pools.",
                            "The", format::period(newest.as_of), format::number(geo.hhi_low, 0), format::number(geo.hhi_high, 0),
                            format::number(100.0 - geo.listed_pct, 1)) }
                    </p>
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
                <table id="geo-table">
                    <caption class="visually-hidden">{ "Country concentration by period" }</caption>
                    <thead><tr>
                        <th>{ "Period" }</th><th class="num">{ "US" }</th><th class="num">{ "China" }</th>
                        <th class="num">{ "Countries for half" }</th><th class="num">{ "Country HHI" }</th>
                    </tr></thead>
                    <tbody>
                        { for bars.iter().map(|b| html! {
                            <tr>
                                <td>{ period(b.as_of) }{ if b.survey { " (survey)" } else { "" } }</td>
                                <td class="num">{ pct(b, "United States") }</td>
                                <td class="num">{ pct(b, "China") }</td>
                                <td class="num">{ b.concentration.nakamoto.map_or_else(|| "n/a".to_string(), |k| k.to_string()) }</td>
                                <td class="num">{ hhi_range(b) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { for bars.iter().filter_map(|b| b.concentration.note.clone().map(|n| html! {
                <p class="field-note">{ format!("{}: {n}", format::period(b.as_of)) }</p>
            })) }
            <h4>{ "Hydro power in the Global South" }</h4>
            <div class="two-col">
                { region_note(&PARAGUAY) }
                { region_note(&ETHIOPIA) }
            </div>
            <div class="prose regions-link"><Paragraph text={sections::REGIONS_LINK} /></div>
        </div>
    }
}

/// "1,863" or "1,863-2,932" when the unlisted share bounds it.
fn hhi_range(bar: &GeoBar) -> String {
    let c = &bar.concentration;
    if (c.hhi_high - c.hhi_low).abs() < 0.5 {
        format::number(c.hhi_low, 0)
    } else {
        format!(
            "{}\u{2013}{}",
            format::number(c.hhi_low, 0),
            format::number(c.hhi_high, 0)
        )
    }
}
