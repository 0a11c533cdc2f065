//! On-device models by memory against a phone or laptop whose memory the reader picks
//! (`#ai-memory`): which of them fit. The fit and every word come from `model::ai_view`.

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::charts;
use crate::charts::model_memory::MemoryChart;
use crate::ui::widgets::{cite, quality_badge, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::ai::{ON_DEVICE_MODELS, ON_DEVICE_MODELS_DATASET, PHONE_SPEED};
use hashwatt_core::model::ai_view::{
    memory_choice_label, memory_summary, memory_table, model_fit_rows, models_view,
    read_memory_choice, DEVICE_MEMORY_CHOICES_GB,
};

#[function_component(Models)]
pub fn models() -> Html {
    let ram = use_state(|| PHONE_SPEED.phone_ram_gb);
    let phone_ram_gb = *ram;
    let chart: Rc<MemoryChart> = use_memo(phone_ram_gb.to_bits(), move |_| MemoryChart {
        rows: model_fit_rows(&ON_DEVICE_MODELS, phone_ram_gb),
        phone_ram_gb,
    });
    let summary = memory_summary(&chart.rows, phone_ram_gb);
    let table = use_memo(chart.clone(), |c| memory_table(&c.rows, c.phone_ram_gb));
    let view = use_memo(chart.clone(), |c| {
        models_view(&c.rows, c.phone_ram_gb, ON_DEVICE_MODELS_DATASET.as_of)
    });
    let on_pick = {
        let ram = ram.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                ram.set(read_memory_choice(
                    &select.value(),
                    PHONE_SPEED.phone_ram_gb,
                ));
            }
        })
    };
    html! {
        <div class="models">
            <h3>{ "What fits on a phone or a laptop" }</h3>
            <div class="prose"><Paragraph text={sections::MODELS_INTRO} /></div>
            <div class="control control-row">
                <label for="ai-memory">{ "Memory of your phone or laptop" }</label>
                <select id="ai-memory" onchange={on_pick}>
                    { for DEVICE_MEMORY_CHOICES_GB.iter().map(|&gb| html! {
                        <option value={gb.to_string()} selected={gb == phone_ram_gb}>
                            { memory_choice_label(gb) }
                        </option>
                    }) }
                </select>
            </div>
            <Chart id="memory-chart" drawing={Drawing::new(chart.clone(), charts::model_memory::draw)}
                    summary={summary.clone()} table={table}>
                { summary }{ " " }{ view.caption.clone() }{ cite("model-cards") }{ view.caption_date.clone() }
            </Chart>
            <div class="table-wrap">
                <table id="models-table">
                    <caption class="visually-hidden">{ "On-device models and the memory of a phone or laptop" }</caption>
                    <thead><tr>
                        <th>{ "Model" }</th><th class="released">{ "Released" }</th><th class="num params">{ "Parameters" }</th>
                        <th class="num">{ "Memory" }</th><th>{ view.phone_heading.clone() }</th>
                    </tr></thead>
                    <tbody>
                        { for view.rows.iter().map(|r| html! {
                            <tr data-model={r.name} data-fits={r.data_fits}>
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
