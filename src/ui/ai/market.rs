//! The edge AI market: the article's figures charted, the growth they really give, and the other
//! estimates as ranges.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts;
use crate::ui::widgets::cite;
use crate::ui::widgets::{Chart, Drawing, Paragraph};
use hashwatt_core::content::sections;
use hashwatt_core::data::ai::{EDGE_AI_END_YEAR, EDGE_AI_OTHER_ESTIMATES, EDGE_AI_START_YEAR};
use hashwatt_core::model::ai::seed_growth_correction;
use hashwatt_core::model::ai_view::{edge_ai_chart, edge_ai_summary, edge_ai_table, EdgeAiChart};
use hashwatt_core::model::format;

#[function_component(Market)]
pub fn market() -> Html {
    let g = seed_growth_correction();
    let chart: Rc<EdgeAiChart> = use_memo((), move |_| edge_ai_chart(&g));
    let summary = edge_ai_summary(&g);
    let table = use_memo(chart.clone(), |c| edge_ai_table(c));
    let o = &EDGE_AI_OTHER_ESTIMATES;
    html! {
        <div class="market">
            <h3>{ "A market moving to the edge" }</h3>
            <div class="prose"><Paragraph text={sections::MARKET_INTRO} /></div>
            <div class="stats">
                <div class="stat">
                    <span class="label">{ format!("Growth {EDGE_AI_START_YEAR}\u{2013}{EDGE_AI_END_YEAR}") }</span>
                    <span class="value" id="edge-ai-growth" data-value={format!("{:.2}", g.actual_growth_pct)}>
                        { format!("+{}%", format::number(g.actual_growth_pct, 0)) }
                    </span>
                    <span class="sub">{ format!("{}\u{00d7} as much (derived)", format::number(g.actual_multiple, 2)) }</span>
                </div>
                <div class="stat">
                    <span class="label">{ "Growth per year" }</span>
                    <span class="value" id="edge-ai-cagr" data-value={format!("{:.2}", g.actual_cagr_pct)}>
                        { format!("{}%", format::number(g.actual_cagr_pct, 1)) }
                    </span>
                    <span class="sub">{ format!("compounded over {} years (derived)", format::number(g.years, 0)) }</span>
                </div>
            </div>
            <p class="note correction" id="edge-ai-correction">
                { format!("A small correction: the article calls this \u{201c}nearly {}% growth\u{201d}", format::number(g.claimed_growth_pct, 0)) }
                { cite("seed-article") }
                { format!(", but ${}B to ${}B is +{}%. Growth of {}% would end at ${}B, about {}% a year. The article's own figures say the market grows faster than its headline.",
                    format::number(g.start_busd, 0), format::number(g.end_busd, 0), format::number(g.actual_growth_pct, 0),
                    format::number(g.claimed_growth_pct, 0), format::number(g.claimed_end_busd, 0), format::number(g.claimed_cagr_pct, 1)) }
            </p>
            <Chart id="edge-ai-chart" drawing={Drawing::new(chart, charts::edge_ai::draw)} summary={summary.clone()}
                    table={table}>
                { summary }{ " " }
                { format!("Other estimates: ${}\u{2013}{}B in {} to ${}\u{2013}{}B in the {}, {}\u{2013}{}% a year",
                    format::number(o.start_busd.0, 0), format::number(o.start_busd.1, 0), o.start_year,
                    format::number(o.end_busd.0, 0), format::number(o.end_busd.1, 0), o.end,
                    format::number(o.growth_pct_per_year.0, 0), format::number(o.growth_pct_per_year.1, 0)) }
                { cite("edge-ai-estimates") }
                { "; the shaded box spans 2030\u{2013}2033 because they say only \u{201c}early 2030s\u{201d}. The line between the article's two figures is the constant-rate path (derived), not a yearly forecast." }
                { cite("seed-article") }
            </Chart>
        </div>
    }
}
