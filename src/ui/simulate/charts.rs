//! The simulator's three charts, each fed by data derived from the run and captioned with a
//! sentence from the same data, each with its table.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::{sim_difficulty, sim_hashprice, sim_hashrate};
use crate::ui::widgets::{Chart, Drawing};
use hashwatt_core::model::sim_view::{
    cohort_chart, cohort_table, difficulty_chart, difficulty_table, hashprice_chart,
    hashprice_table,
};
use hashwatt_core::model::simulate::Run;

#[derive(Properties, PartialEq)]
pub struct SimChartsProps {
    pub run: Rc<Run>,
    /// The run's summary, the charts' accessible description.
    pub summary: AttrValue,
}

#[function_component(SimCharts)]
pub fn sim_charts(props: &SimChartsProps) -> Html {
    let cohorts = use_memo(props.run.clone(), |r| cohort_chart(r));
    let difficulty = use_memo(props.run.clone(), |r| difficulty_chart(r));
    let hashprice = use_memo(props.run.clone(), |r| hashprice_chart(r));
    let cohort_tab = use_memo(props.run.clone(), |r| cohort_table(r));
    let difficulty_tab = use_memo(props.run.clone(), |r| difficulty_table(r));
    let hashprice_tab = use_memo(props.run.clone(), |r| hashprice_table(r));
    html! {
        <div class="sim-charts">
            <h3>{ "Hash rate by machine" }</h3>
            <Chart id="chart-sim-hashrate" drawing={Drawing::new(cohorts, sim_hashrate::draw)}
                   summary={props.summary.clone()} table={cohort_tab}>
                { "Stacked: the hash rate running, oldest machines at the bottom, new machines on \
                   top; dashed lines mark the events. A band that stops is a group of machines whose power \
                   bill the hashprice no longer covers." }
            </Chart>
            <h3>{ "Difficulty and block time" }</h3>
            <Chart id="chart-sim-difficulty" drawing={Drawing::new(difficulty, sim_difficulty::draw)}
                   summary={props.summary.clone()} table={difficulty_tab}>
                { "Top: the difficulty of each epoch (trillions). Bottom: the mean time between \
                   its blocks, against the 10 minutes the retarget aims for; slow blocks lower \
                   the next epoch's difficulty, fast ones raise it." }
            </Chart>
            <h3>{ "Hashprice" }</h3>
            <Chart id="chart-sim-hashprice" drawing={Drawing::new(hashprice, sim_hashprice::draw)}
                   summary={props.summary.clone()} table={hashprice_tab}>
                { "What one PH/s earns a day, set by the price, the block reward and the \
                   difficulty, against the power bills of the machines on median power (dotted): \
                   a machine stops when the line falls below its bill." }
            </Chart>
        </div>
    }
}
