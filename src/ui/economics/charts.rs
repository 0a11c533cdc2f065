//! The section's three charts, each fed by a memoised series derived from the scenario and
//! captioned with a sentence computed from the same data. Their data tables (collapsed under each
//! chart, hundreds of cells) follow the settled scenario, as the address bar and the QR code do:
//! rebuilding them on every step of a drag took about a fifth of a change's time (BENCHMARKS.md).

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::{cost_curve, generations, margin_map};
use crate::profile::time;
use crate::ui::state::use_settled_scenario;
use crate::ui::widgets::{Chart, Drawing};
use hashwatt_core::model::econ_view::{
    cost_chart, cost_summary, cost_table, generation_rows, generation_summary, generation_table,
    margin_map as map_data, margin_summary, margin_table,
};
use hashwatt_core::model::economics::{outcome, Outcome, Scenario};

#[derive(Properties, PartialEq)]
pub struct EconomicsChartsProps {
    pub scenario: Scenario,
    pub outcome: Rc<Outcome>,
}

#[function_component(EconomicsCharts)]
pub fn economics_charts(props: &EconomicsChartsProps) -> Html {
    let o = props.outcome.clone();
    let cost = {
        let o = o.clone();
        use_memo(props.scenario, move |s| {
            time(|| "core: chart data", || cost_chart(s, &o))
        })
    };
    let map = {
        let o = o.clone();
        use_memo(props.scenario, move |s| {
            time(|| "core: chart data", || map_data(s, &o))
        })
    };
    let rows = use_memo(props.scenario, |s| {
        time(|| "core: chart data", || generation_rows(s))
    });
    let settled = use_settled_scenario();
    let tables = use_memo(settled, |s| {
        time(
            || "core: tables",
            || {
                let o = outcome(s);
                (
                    Rc::new(cost_table(&cost_chart(s, &o))),
                    Rc::new(margin_table(&map_data(s, &o))),
                    Rc::new(generation_table(&generation_rows(s))),
                )
            },
        )
    });
    let (cost_tab, map_tab, rows_tab) = (*tables).clone();
    let cost_text = cost_summary(&cost);
    let map_text = margin_summary(&map, &o);
    let rows_text = generation_summary(&rows, &props.scenario);
    html! {
        <div class="econ-charts">
            <h3>{ "Cost per bitcoin as the power price changes" }</h3>
            <Chart id="chart-cost" drawing={Drawing::new(cost, cost_curve::draw)} summary={cost_text.clone()}
                    table={cost_tab}>
                { cost_text }
                { " Stacked: hardware write-off, electricity, other operating costs; the orange line is \
                   the bitcoin price." }
            </Chart>
            <h3>{ "Where mining pays: power price against bitcoin price" }</h3>
            <Chart id="chart-margin" drawing={Drawing::new(map, margin_map::draw)} summary={map_text.clone()}
                    table={map_tab}>
                { map_text }
                { " Blue cells are a profit, vermilion cells a loss, paler near the all-in break-even \
                   (the dark line); the key below the map gives the scale." }
            </Chart>
            <h3>{ "Which hardware still covers its running costs" }</h3>
            <Chart id="chart-generations" drawing={Drawing::new(rows, generations::draw)} summary={rows_text.clone()}
                    table={rows_tab}>
                { rows_text }
                { " Bars: the cost of power and other operating costs for one TH/s per day (green: it \
                   pays, vermilion: it loses; the orange line is the revenue), for one \
                   representative device of each generation (see Sources); the machines' own price \
                   is left out, as old machines are paid for. Log scale: equal steps along the \
                   axis are equal ratios." }
            </Chart>
        </div>
    }
}
