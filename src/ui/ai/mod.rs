//! AI's other path: the edge AI market and its arithmetic, what fits on a phone or a laptop, and the two
//! paths side by side.

mod market;
mod models;
mod two_paths;

use yew::prelude::*;

use super::widgets::Paragraph;
use hashwatt_core::content::sections;

#[function_component(AiSection)]
pub fn ai_section() -> Html {
    html! {
        <section id="ai" aria-labelledby="ai-title">
            <h2 id="ai-title">{ "AI's other path" }</h2>
            <div class="section-lede"><Paragraph text={sections::AI_LEDE} /></div>
            <market::Market />
            <models::Models />
            <two_paths::TwoPathsPanel />
        </section>
    }
}
