//! On-device models by memory against a typical phone: what fits on a device now.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::charts::model_memory::MemoryChart;
use crate::ui::widgets::{cite, quality_badge, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::ai::{ON_DEVICE_MODELS, ON_DEVICE_MODELS_DATASET, PHONE_SPEED};
use hashwatt_core::model::ai_view::{memory_summary, memory_table, model_fit_rows, models_view};

#[function_component(Models)]
pub fn models() -> Html {
    let phone_ram_gb = PHONE_SPEED.phone_ram_gb;
    let chart: Rc<MemoryChart> = use_memo((), move |_| MemoryChart {
        rows: model_fit_rows(&ON_DEVICE_MODELS, phone_ram_gb),
        phone_ram_gb,
    });
    let summary = memory_summary(&chart.rows, phone_ram_gb);
    let table = use_memo(chart.clone(), |c| memory_table(&c.rows, c.phone_ram_gb));
    let view = use_memo(chart.clone(), |c| {
        models_view(&c.rows, c.phone_ram_gb, ON_DEVICE_MODELS_DATASET.as_of)
    });
    html! {
        <div class="models">
            <h3>{ "What fits on a phone now" }</h3>
            <div class="prose"><Paragraph text={sections::MODELS_INTRO} /></div>
            <Chart id="memory-chart" drawing={Drawing::new(chart.clone(), charts::model_memory::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " " }{ view.caption.clone() }{ cite("model-cards") }{ view.caption_date.clone() }
            </Chart>
            <div class="table-wrap">
                <table id="models-table">
                    <caption class="visually-hidden">{ "On-device models and phone memory" }</caption>
                    <thead><tr>
                        <th>{ "Model" }</th><th class="released">{ "Released" }</th><th class="num params">{ "Parameters" }</th>
                        <th class="num">{ "Memory" }</th><th>{ view.phone_heading.clone() }</th>
                    </tr></thead>
                    <tbody>
                        { for view.rows.iter().map(|r| html! {
                            <tr>
                                <td>{ r.name }<span class="sub">{ format!(" {}", r.publisher) }</span>{ cite("model-cards") }</td>
                                <td class="released">{ r.released }</td>
                                <td class="num params">{ r.params.clone() }</td>
                                <td class="num">{ r.memory.clone() }{ " " }{ quality_badge(r.memory_quality) }</td>
                                <td class={classes!("fit", r.fit_class)}>{ r.fit }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <div class="prose"><Paragraph text={sections::MODELS_ESTIMATE_NOTE} /></div>
        </div>
    }
}
