//! Two paths side by side: mining's measures moving toward concentration, AI's toward devices,
//! and the limits the article names for each. Every number is computed by `model::ai_view`.

use yew::prelude::*;

use crate::ui::widgets::cite;
use crate::ui::widgets::Paragraph;
use hashwatt_core::content::sections;
use hashwatt_core::data::ai::{
    EDGE_AI_END_YEAR, EDGE_AI_START_YEAR, ON_DEVICE_MODELS, PHONE_SPEED,
};
use hashwatt_core::model::ai_view::{efficiency_line, two_paths};
use hashwatt_core::model::format;

#[function_component(TwoPathsPanel)]
pub fn two_paths_panel() -> Html {
    let p = two_paths(&ON_DEVICE_MODELS, PHONE_SPEED.phone_ram_gb);
    html! {
        <div class="two-paths">
            <h3>{ "Two paths" }</h3>
            <div class="two-col">
                <div class="panel path mining">
                    <h4>{ "Mining: toward concentration" }</h4>
                    <ul>
                        <li>{ format!("{} pools find more than half of all blocks; pool HHI {}",
                            p.pool_nakamoto.map_or_else(|| "No set of".to_string(), |k| k.to_string()),
                            format::number(p.pool_hhi, 0)) }{ cite("pools-dataset") }</li>
                        if let (Some((then, k0)), Some((now, k1, grouped))) = (p.coefficient_first_year.clone(), p.coefficient_now.clone()) {
                            <li>
                                { format!("Pools needed for a majority: {k0} in {then}, {k1} in the {now}{}",
                                    grouped.map(|g| format!(" ({g} with AntPool's template pools as one)")).unwrap_or_default()) }
                                { cite("pools-dataset") }{ cite("b10c") }
                            </li>
                        }
                        <li>{ efficiency_line(&p) }{ cite("designspark") }{ cite("s23-secondary") }</li>
                        <li>{ "Only industrial farms with cheap power can run such machines at a profit." }</li>
                    </ul>
                    <Paragraph text={sections::MINING_LIMITS} />
                </div>
                <div class="panel path ai-path">
                    <h4>{ "AI: toward devices" }</h4>
                    <ul>
                        <li>{ format!("Edge AI market +{}%, about {}% a year, {EDGE_AI_START_YEAR}\u{2013}{EDGE_AI_END_YEAR}",
                            format::number(p.growth.actual_growth_pct, 0), format::number(p.growth.actual_cagr_pct, 1)) }{ cite("seed-article") }</li>
                        <li>{ format!("{} of {} on-device models fit a phone with {} GB",
                            p.models_fitting, p.models_total, format::significant_or_whole(PHONE_SPEED.phone_ram_gb)) }{ cite("model-cards") }</li>
                        <li>{ format!("Small quantized models run at {}\u{2013}{} tokens a second on such phones",
                            format::number(PHONE_SPEED.tokens_per_s.0, 0), format::number(PHONE_SPEED.tokens_per_s.1, 0)) }{ cite("model-cards") }</li>
                    </ul>
                    <Paragraph text={sections::AI_LIMITS} />
                </div>
            </div>
        </div>
    }
}
