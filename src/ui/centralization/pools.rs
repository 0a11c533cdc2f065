//! The pool chart with its what-ifs: a thin wrapper over `model::pool_what_if`, whose state and
//! transitions are tested natively; this file only renders it and forwards the reader's actions.

use std::rc::Rc;

use yew::prelude::*;

use super::pool_list::PoolList;
use super::pools_bar::PoolsBar;
use crate::charts;
use crate::ui::widgets::{cite, Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::pools::{ANTPOOL_TEMPLATE_POOLS, POOL_SNAPSHOT_DATASET, SNAPSHOT_BLOCKS};
use hashwatt_core::model::centralization_view::{
    join_words, pool_buckets_note, pool_chart_summary, pool_table,
};
use hashwatt_core::model::format;
use hashwatt_core::model::pool_what_if::{PoolAction, PoolWhatIf, TEMPLATE_GROUP_NAME};

/// Yew's reducer wrapper; the model stays free of yew.
#[derive(Debug, Clone, PartialEq, Default)]
struct PoolState(PoolWhatIf);

impl Reducible for PoolState {
    type Action = PoolAction;

    fn reduce(self: Rc<Self>, action: PoolAction) -> Rc<Self> {
        Rc::new(PoolState(self.0.apply(action)))
    }
}

#[function_component(PoolsPanel)]
pub fn pools_panel() -> Html {
    let state = use_reducer_eq(PoolState::default);
    let what_if = &state.0;
    let c = what_if.concentration();
    let bars = Rc::new(what_if.ranked());
    let summary = pool_chart_summary(&bars, &c);
    let table = use_memo(bars.clone(), |b| pool_table(b));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: PoolAction| state.dispatch(action))
    };
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            dispatch.emit(PoolAction::SetTemplateGrouped(on));
        })
    };
    let on_reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.emit(PoolAction::Reset))
    };
    let nakamoto_value = c.nakamoto.map_or_else(String::new, |k| k.to_string());
    let members: Vec<String> = ANTPOOL_TEMPLATE_POOLS
        .iter()
        .map(|s| s.to_string())
        .collect();
    html! {
        <div class="pools">
            <h3 id="pools-title">{ "Pools: a few find most blocks" }</h3>
            <div class="prose"><Paragraph text={sections::POOLS_INTRO} /></div>
            <div class="stats" aria-live="polite">
                <div class="stat">
                    <span class="label">{ "Nakamoto coefficient" }</span>
                    <span class="value" id="nakamoto" data-value={nakamoto_value}>
                        { c.nakamoto.map_or_else(|| "none".to_string(), |k| k.to_string()) }
                    </span>
                    <span class="sub">{ "pools for more than half of the blocks" }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "Pool HHI" }</span>
                    <span class="value" id="pool-hhi" data-value={format!("{:.1}", c.hhi)}>
                        { format::number(c.hhi, 0) }
                    </span>
                    <span class="sub">
                        { format!("of 10,000; up to {} if each bucket were one pool", format::number(c.hhi_upper, 0)) }
                    </span>
                </div>
            </div>
            <div class="what-if-controls">
                <label class="toggle">
                    <input type="checkbox" id="template-toggle" checked={what_if.template_grouped}
                           onchange={on_toggle} />
                    { format!(" Count AntPool-template pools as one (\u{201c}{TEMPLATE_GROUP_NAME}\u{201d}: {})", join_words(&members)) }
                    { cite("b10c") }
                </label>
                <button type="button" id="pools-reset" onclick={on_reset} disabled={!what_if.is_edited()}>
                    { "Reset" }
                </button>
            </div>
            if let Some(message) = what_if.message.clone() {
                <p class="field-error" role="status" id="pools-message">{ message }</p>
            }
            if !what_if.edits.is_empty() {
                <p class="field-note" id="pools-edits">
                    { format!("Your changes: {}.", join_words(&what_if.edits.iter().map(|e| e.describe()).collect::<Vec<_>>())) }
                </p>
            }
            <PoolsBar bars={bars.clone()} concentration={c} />
            <div class="pools-grid">
                <Chart id="pool-chart" drawing={Drawing::new(bars.clone(), charts::pools::draw)}
                        summary={summary.clone()} table={table}>
                    { summary }{ " " }
                    { format!("Share of {} blocks by pool, {}", format::number(f64::from(SNAPSHOT_BLOCKS), 0), format::period(POOL_SNAPSHOT_DATASET.as_of)) }
                    { cite("pools-dataset") }
                    { format!(". {}", pool_buckets_note()) }
                </Chart>
                <PoolList names={what_if.editable_names()} bars={bars} on_action={dispatch} />
            </div>
        </div>
    }
}
