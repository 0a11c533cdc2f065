//! The bar above the inputs: the presets, a reset to the article's scenario, and "Copy link".
//! The active preset (the one the scenario equals, if any) is pressed and described.

use yew::prelude::*;

use super::share_qr::{ShareQr, SHARED_SECTION};
use crate::ui::state::{use_scenario, write_url, ScenarioAction};
use crate::ui::widgets::CopyLink;
use hashwatt_core::model::economics::Scenario;
use hashwatt_core::model::scenario::PRESETS;

#[function_component(ScenarioBar)]
pub fn scenario_bar() -> Html {
    let state = use_scenario();
    let current = state.scenario;
    let active = PRESETS.iter().find(|p| p.scenario() == current);
    let reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(ScenarioAction::Replace(Scenario::default())))
    };
    html! {
        <div class="econ-bar panel">
            <div class="presets" role="group" aria-label="Preset scenarios">
                <span class="presets-label">{ "Presets:" }</span>
                { for PRESETS.iter().map(|preset| {
                    let state = state.clone();
                    let onclick = Callback::from(move |_| {
                        state.dispatch(ScenarioAction::Replace(preset.scenario()));
                    });
                    let pressed = active.is_some_and(|a| a.id == preset.id);
                    html! {
                        <button type="button" id={format!("preset-{}", preset.id)}
                                class={classes!("preset", pressed.then_some("active"))}
                                aria-pressed={pressed.to_string()} title={preset.description}
                                {onclick}>
                            { preset.label }
                        </button>
                    }
                }) }
            </div>
            <p class="field-note preset-description" id="preset-description">
                { match active {
                    Some(p) => format!("{}: {}", p.label, p.description),
                    None => "Your own scenario: no preset matches every input.".to_string(),
                } }
            </p>
            { for active.and_then(|p| p.details).map(|d| html! {
                <details class="preset-details" id="preset-details">
                    <summary>{ "How these numbers are worked out" }</summary>
                    <p class="field-note">{ d }</p>
                </details>
            }) }
            <div class="econ-actions">
                <button type="button" id="reset" onclick={reset}>{ "Reset to the article's scenario" }</button>
                <CopyLink query={AttrValue::from(current.to_query())} section={SHARED_SECTION}
                          id="copy-link" what="this scenario"
                          on_copy={Callback::from(move |()| write_url(&current))} />
                <ShareQr />
            </div>
        </div>
    }
}
