//! The centralization section: who controls the hash rate (pools and their what-ifs, the
//! coefficient over time), where it is (countries), and how mining got here (hardware).

mod earlier;
mod geography;
mod history;
mod pool_list;
mod pools;
mod pools_bar;

use yew::prelude::*;

use super::widgets::{Paragraph, Predict};
use hashwatt_core::content::sections;
use hashwatt_core::model::predictions::{pools_for_half, POOLS_FOR_HALF};

#[function_component(CentralizationSection)]
pub fn centralization_section() -> Html {
    html! {
        <section id="centralization" aria-labelledby="centralization-title">
            <h2 id="centralization-title">{ "Who controls the hash rate" }</h2>
            <div class="section-lede"><Paragraph text={sections::CENTRALIZATION_LEDE} /></div>
            <Predict question={POOLS_FOR_HALF} answer={pools_for_half()} />
            <pools::PoolsPanel />
            <history::CoefficientHistory />
            <geography::Geography />
            <earlier::Earlier />
        </section>
    }
}
