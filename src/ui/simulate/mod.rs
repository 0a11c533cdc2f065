//! The simulator's section (`#simulate`, issue 16): what happens next when the price moves, a
//! storm curtails miners or the 2028 halving comes. Every figure and sentence comes from
//! `model::simulate` and `model::sim_view`.
//!
//! It is a wasm module of its own (`src/bin/sim.rs`, Trunk's `sim.js` and `sim_bg.wasm`), loaded
//! by `static/boot.js` only when the section comes near the screen or a deck starts: the page's
//! first visit does not carry it. The page renders the section's heading, its lede
//! and an empty host, [`SimulateHost`]; [`start`] mounts the simulator into that host. It follows
//! the economics scenario through the address bar: the page writes the settled scenario there
//! (`ui::url::replace_query`, which then fires [`QUERY_EVENT`]), and the simulator reads it again.

mod charts;
mod controls;
mod url;

use gloo::events::EventListener;
use yew::prelude::*;

use self::charts::SimCharts;
use self::controls::{SimControls, SimPresets};
use self::url::use_sim_state;
use super::url::address_query;
use super::widgets::{cards_table, CopyLink, Paragraph, Predict};
use hashwatt_core::content::simulate::{CAVEAT, FLEET_SOURCES, HISTORY, LEDE, RULES};
use hashwatt_core::model::scenario::Scenario;
use hashwatt_core::model::sim_view::{
    countries_note, countries_table, driven_by, first_retarget_answer, fleet_text, headline,
    headline_stats, start_explained, summary, survivors_table, FIRST_RETARGET,
};
use hashwatt_core::model::simulate::run;
use hashwatt_core::model::url::Query;

/// The id of the element the simulator mounts into.
pub const ROOT_ID: &str = "sim-root";

/// Fired on `window` each time the address bar's query is written (`ui::url::replace_query`).
pub const QUERY_EVENT: &str = "hashwatt-query";

/// Fired on `window` by the page when it needs the simulator now (the deck starts): `boot.js`
/// loads it.
pub const NEED_EVENT: &str = "hashwatt-need-sim";

/// Fired on `window` by the simulator once its first render is on the page (the deck marks its
/// step's parts again).
pub const READY_EVENT: &str = "hashwatt-sim-ready";

/// The section as the page renders it: heading, lede, and the host the simulator's module fills
/// once it has loaded (until then the host says it is loading, from the style sheet).
#[function_component(SimulateHost)]
pub fn simulate_host() -> Html {
    html! {
        <section id="simulate" aria-labelledby="simulate-title">
            <h2 id="simulate-title">{ "What happens next" }</h2>
            <div class="section-lede"><Paragraph text={LEDE} /></div>
            <div id={ROOT_ID} class="sim-root"></div>
        </section>
    }
}

/// Mounts the simulator into the page's host, if there is one.
pub fn start() {
    let document = gloo::utils::document();
    let Some(host) = document.get_element_by_id(ROOT_ID) else {
        return;
    };
    claim_own_tree_id();
    yew::Renderer::<Simulator>::with_root(host).render();
}

/// Two Yew apps from two wasm modules, one inside the other, each number their trees from 1 and
/// mark elements with the same property (`__yew_subtree_id`). The page's app, listening on
/// `<body>`, takes an event from an element marked with its own number as its own, and would run
/// whichever of its handlers has the listener number the simulator gave that element. So, before
/// mounting, this module uses up tree numbers (on detached elements, at once unmounted) until the
/// next one differs from every number the page has used; the page has one tree, marked on its
/// host, `<body>`. The e2e test `simulate` checks a click in the simulator changes nothing of the
/// page's.
fn claim_own_tree_id() {
    let tree_id = |el: &web_sys::Element| {
        js_sys::Reflect::get(el, &"__yew_subtree_id".into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    let page = gloo::utils::document()
        .body()
        .and_then(|b| tree_id(&b))
        .unwrap_or(0.0);
    // Bounded: the page's number is 1 in practice.
    for _ in 0..64 {
        let Ok(scratch) = gloo::utils::document().create_element("div") else {
            return;
        };
        let app = yew::Renderer::<Nothing>::with_root(scratch.clone()).render();
        let used = tree_id(&scratch).unwrap_or(f64::MAX);
        app.destroy();
        if used >= page {
            return;
        }
    }
}

#[function_component(Nothing)]
fn nothing() -> Html {
    Html::default()
}

/// The economics scenario as the address bar has it, read again whenever the page writes it.
#[hook]
fn use_page_scenario() -> Scenario {
    let scenario = use_state_eq(|| address_query().scenario().0);
    {
        let scenario = scenario.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), QUERY_EVENT, move |_| {
                scenario.set(address_query().scenario().0);
            });
            move || drop(listener)
        });
    }
    *scenario
}

/// Everything of the section under its lede.
#[function_component(Simulator)]
fn simulator() -> Html {
    let scenario = use_page_scenario();
    use_effect_with((), |_| {
        super::fire(READY_EVENT);
    });
    let state = use_sim_state();
    let settings = state.settings;
    // The link to this run: the scenario it runs on and its own keys, opening at the section.
    let link_query = use_memo((scenario, settings), |(scenario, settings)| {
        let mut query = Query::default();
        query.set_scenario(scenario);
        query.set_sim_settings(settings);
        AttrValue::from(query.to_string())
    });
    let result = use_memo((scenario, settings), |(sc, st)| run(sc, st));
    let text = use_memo(result.clone(), |r| summary(r));
    let h = headline(&result);
    let stats = headline_stats(&result);
    let survivors = use_memo(result.clone(), |r| survivors_table(r));
    let countries = use_memo(result.clone(), |r| countries_table(r));
    let explained = start_explained(&result);
    let fleet = fleet_text(&result);
    html! {
        <>
            <Predict question={FIRST_RETARGET} answer={first_retarget_answer(&result)} />
            <SimPresets state={state.clone()} price_usd={scenario.clamped().price_usd}>
                <CopyLink query={(*link_query).clone()} section="simulate" id="sim-copy-link" what="this run" />
            </SimPresets>
            <div class="sim-body">
                <SimControls state={state.clone()} price_usd={scenario.clamped().price_usd} />
                <div class="sim-outputs">
                    <p class="sim-summary" id="sim-summary" role="status">{ (*text).clone() }</p>
                    <div class="stats sim-stats">
                        { for stats.iter().map(|st| html! {
                            <div class="stat">
                                <span class="label">{ st.label }</span>
                                <span class="value" id={st.id} data-value={st.value.to_string()}>{ st.shown.clone() }</span>
                                <span class="sub">{ st.sub.clone() }</span>
                            </div>
                        }) }
                    </div>
                    <p class="field-note sim-driven">{ driven_by(&scenario) }</p>
                </div>
            </div>
            <SimCharts run={result.clone()} summary={AttrValue::from((*text).clone())} />
            <h3>{ "Which machines survive" }</h3>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Which machines survive">
                { cards_table(&survivors) }
            </div>
            <h3>{ "Where the survivors are" }</h3>
            <p class="sim-countries-note">{ countries_note(&h) }</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Where the survivors are">
                { cards_table(&countries) }
            </div>
            <div class="panel sim-explain" id="sim-explain">
                <h3>{ "Check the start yourself" }</h3>
                { for explained.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                <h4>{ "The fleet" }</h4>
                { for fleet.iter().map(|l| html! { <p>{ l.clone() }</p> }) }
                <Paragraph text={FLEET_SOURCES} />
                <Paragraph text={RULES} />
            </div>
            <Paragraph text={HISTORY} />
            <Paragraph text={CAVEAT} />
        </>
    }
}
