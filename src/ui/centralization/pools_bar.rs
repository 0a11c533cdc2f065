//! On a phone the pool list stacks under its chart, so a Remove or Merge far down the list would
//! change a chart and figures that are out of sight: a compact strip with the Nakamoto coefficient,
//! the HHI and the shares as one bar (the majority in the Bitcoin colour) sticks to the top of the
//! pools block while it is read. Shown only on narrow screens (static/style.css, "phone: results
//! in view"); on wider ones the list is beside the chart.

use std::rc::Rc;

use yew::prelude::*;

use hashwatt_core::model::concentration::{Concentration, EntityKind, RankedEntity};
use hashwatt_core::model::format;

#[derive(Properties, PartialEq)]
pub struct PoolsBarProps {
    pub bars: Rc<Vec<RankedEntity>>,
    pub concentration: Concentration,
}

#[function_component(PoolsBar)]
pub fn pools_bar(props: &PoolsBarProps) -> Html {
    let c = &props.concentration;
    let nakamoto = c
        .nakamoto
        .map_or_else(|| "none".to_string(), |k| k.to_string());
    // Hidden from screen readers: it repeats the figures above and the chart, which they reach
    // in reading order (the figures are a live region).
    html! {
        <div class="result-bar pools-result-bar" id="pools-result-bar" aria-hidden="true">
            <span class="result-bar-figure">
                { "Nakamoto coefficient " }<strong data-value={nakamoto.clone()}>{ nakamoto }</strong>
            </span>
            <span class="result-bar-figure">
                { "HHI " }<strong>{ format::number(c.hhi, 0) }</strong>
            </span>
            // An SVG, not styled spans: the Content-Security-Policy allows no inline styles.
            <svg class="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none">
                { for props.bars.iter().filter(|b| b.share_pct > 0.0).map(|b| {
                    let kind = match (b.kind, b.in_majority) {
                        (EntityKind::Aggregate, _) => "bucket",
                        (_, true) => "majority",
                        _ => "single",
                    };
                    html! {
                        <rect class={classes!("share", kind)}
                              x={format!("{:.3}", b.cumulative_pct - b.share_pct)} y="0"
                              width={format!("{:.3}", b.share_pct)} height="10" />
                    }
                }) }
                <line class="half" x1="50" x2="50" y1="0" y2="10" />
            </svg>
        </div>
    }
}
