//! On a phone the verdict card sits far below the sliders (they stack in one column), so the
//! result of a move would be out of sight: a compact strip with the same verdict, from the same
//! outcome as the card, sticks to the top of the section while it is read. Shown only on narrow
//! screens (static/style.css, "phone: results in view"); on wider ones the card is beside the inputs.

use std::rc::Rc;

use yew::prelude::*;

use hashwatt_core::model::econ_view::{bar_detail, verdict};
use hashwatt_core::model::economics::{Outcome, Scenario};

#[derive(Properties, PartialEq)]
pub struct ResultBarProps {
    pub scenario: Scenario,
    pub outcome: Rc<Outcome>,
}

#[function_component(ResultBar)]
pub fn result_bar(props: &ResultBarProps) -> Html {
    let o = &*props.outcome;
    let margin = verdict(&props.scenario, o);
    let tone = if margin.good { "good" } else { "bad" };
    // Hidden from screen readers: it repeats the verdict card, which they reach in reading order.
    html! {
        <div class={classes!("result-bar", "econ-result-bar", tone)} id="econ-result-bar"
             aria-hidden="true" data-value={o.margin_usd_per_btc.to_string()}>
            <span class={classes!("verdict", tone)}>{ margin.label }</span>
            <span class="result-bar-amount">{ margin.amount }</span>
            <span class="result-bar-detail">{ bar_detail(&props.scenario, o) }</span>
        </div>
    }
}
