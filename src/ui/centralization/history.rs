//! The Nakamoto coefficient over time, from GHash.io's 2014 majority to the 2026 snapshot, with
//! the caveat about how pools are identified.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::ui::widgets::{cite, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::pools::{BY_YEAR_DATASET, GHASH_2014_06, POOL_LABEL_CAVEAT};
use hashwatt_core::model::centralization_view::{coefficient_summary, coefficient_table};
use hashwatt_core::model::format;
use hashwatt_core::model::history::{coefficient_series, CoefficientPoint};

#[function_component(CoefficientHistory)]
pub fn coefficient_history() -> Html {
    let series = use_memo((), |_| coefficient_series());
    let summary = coefficient_summary(&series);
    let table = use_memo(series.clone(), |s| coefficient_table(s));
    let data: Rc<Vec<CoefficientPoint>> = series;
    html! {
        <div class="coefficient-history">
            <h3>{ "The coefficient over time" }</h3>
            <Chart id="coefficient-chart" drawing={Drawing::new(data, charts::coefficient::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " " }
                { format!("Orange: yearly figures ({}) and the 30-day snapshot", format::period(BY_YEAR_DATASET.as_of)) }
                { cite("pools-dataset") }
                { format!("; red: GHash.io above half, {}", format::period(GHASH_2014_06.as_of)) }
                { cite("ghash-press") }
                { "; hollow blue: the snapshot with AntPool's template pools as one" }
                { cite("b10c") }{ "." }
            </Chart>
            <div class="prose"><Paragraph text={sections::HISTORY_NOTE} /></div>
            <p class="caveat" id="pool-label-caveat">
                <strong>{ "Caveat: " }</strong>{ POOL_LABEL_CAVEAT }{ cite("pools-dataset") }
            </p>
        </div>
    }
}
