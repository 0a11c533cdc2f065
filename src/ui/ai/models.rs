//! On-device models by memory against a typical phone: what fits on a device now.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::charts::model_memory::MemoryChart;
use crate::ui::centralization::{cite, quality_badge};
use crate::ui::widgets::{Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::ai::{ON_DEVICE_MODELS, ON_DEVICE_MODELS_DATASET, PHONE_SPEED};
use hashwatt_core::model::ai_view::{
    fit_class, fit_words, gb, memory_summary, memory_table, model_fit_rows,
};
use hashwatt_core::model::format;

#[function_component(Models)]
pub fn models() -> Html {
    let phone_ram_gb = PHONE_SPEED.phone_ram_gb;
    let chart: Rc<MemoryChart> = use_memo((), move |_| MemoryChart {
        rows: model_fit_rows(&ON_DEVICE_MODELS, phone_ram_gb),
        phone_ram_gb,
    });
    let summary = memory_summary(&chart.rows, phone_ram_gb);
    let table = use_memo(chart.clone(), |c| memory_table(&c.rows, c.phone_ram_gb));
    html! {
        <div class="models">
            <h3>{ "What fits on a phone now" }</h3>
            <div class="prose"><Paragraph text={sections::MODELS_INTRO} /></div>
            <Chart id="memory-chart" drawing={Drawing::new(chart.clone(), charts::model_memory::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " " }
                { format!("Memory to run each model at 4-bit, against a phone with {} GB", format::significant_or_whole(phone_ram_gb)) }
                { cite("model-cards") }
                { format!(" ({}). Lighter bars are estimates.", format::period(ON_DEVICE_MODELS_DATASET.as_of)) }
            </Chart>
            <div class="table-wrap">
                <table id="models-table">
                    <caption class="visually-hidden">{ "On-device models and phone memory" }</caption>
                    <thead><tr>
                        <th>{ "Model" }</th><th class="released">{ "Released" }</th><th class="num params">{ "Parameters" }</th>
                        <th class="num">{ "Memory" }</th><th>{ format!("On a phone with {} GB", format::significant_or_whole(phone_ram_gb)) }</th>
                    </tr></thead>
                    <tbody>
                        { for chart.rows.iter().map(|r| {
                            let (p0, p1) = r.model.params_b;
                            let (m0, m1) = r.fit.memory.gb;
                            let params = if p1 > p0 { format!("{}\u{2013}{}B", format::significant_or_whole(p0), format::significant_or_whole(p1)) }
                                         else { format!("{}B", format::significant_or_whole(p0)) };
                            let memory = if m1 > m0 { format!("{}\u{2013}{} GB", gb(m0), gb(m1)) }
                                         else { format!("{} GB", gb(m0)) };
                            html! {
                                <tr>
                                    <td>{ r.model.name }<span class="sub">{ format!(" {}", r.model.publisher) }</span>{ cite("model-cards") }</td>
                                    <td class="released">{ r.model.released.unwrap_or("\u{2014}") }</td>
                                    <td class="num params">{ params }</td>
                                    <td class="num">{ memory }{ " " }{ quality_badge(r.fit.memory.quality) }</td>
                                    <td class={classes!("fit", fit_class(r.fit.fit))}>{ fit_words(r.fit.fit) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="prose"><Paragraph text={sections::MODELS_ESTIMATE_NOTE} /></div>
        </div>
    }
}
