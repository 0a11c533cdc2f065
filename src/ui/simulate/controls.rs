//! The simulator's inputs: the presets, then sliders for the fleet and the timeline (each with
//! its unit, default and note), and the halving as a switch.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::url::{SimAction, SimState};
use hashwatt_core::model::simulate::{with_unit, SimParam, SIM_PRESETS};

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub state: UseReducerHandle<SimState>,
    /// The scenario's bitcoin price, for the flat preset's label.
    pub price_usd: f64,
    /// Under the presets (the link to the run).
    #[prop_or_default]
    pub children: Html,
}

/// The presets' bar: `#sim-preset-<id>`, the active one pressed and described.
#[function_component(SimPresets)]
pub fn sim_presets(props: &ControlsProps) -> Html {
    let s = props.state.settings;
    let active = SIM_PRESETS.iter().find(|p| p.is_active(&s));
    html! {
        <div class="panel sim-presets">
            <div class="presets" role="group" aria-label="What happens next: preset timelines">
                <span class="presets-label">{ "Try:" }</span>
                { for SIM_PRESETS.iter().map(|preset| {
                    let state = props.state.clone();
                    let onclick = Callback::from(move |_| state.dispatch(SimAction::Preset(preset)));
                    let pressed = active.is_some_and(|a| a.id == preset.id);
                    html! {
                        <button type="button" id={format!("sim-preset-{}", preset.id)}
                                class={classes!("preset", pressed.then_some("active"))}
                                aria-pressed={pressed.to_string()} title={preset.description} {onclick}>
                            { preset.label(props.price_usd) }
                        </button>
                    }
                }) }
            </div>
            <p class="field-note preset-description" id="sim-preset-description">
                { match active {
                    Some(p) => format!("{}: {}", p.label(props.price_usd), p.description),
                    None => "Your own timeline: no preset matches it.".to_string(),
                } }
            </p>
            { props.children.clone() }
        </div>
    }
}

fn slider(state: &UseReducerHandle<SimState>, p: SimParam) -> Html {
    let spec = p.spec();
    let value = state.settings.get(p);
    let id = format!("in-{}", spec.key.replace('_', "-"));
    let note = state.notes.iter().find(|n| n.key == spec.key).cloned();
    let oninput = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                state.dispatch(SimAction::Set(p, input.value_as_number()));
            }
        })
    };
    let shown = with_unit(spec, value);
    let note_id = format!("{id}-note");
    html! {
        <div class={classes!("param", note.is_some().then_some("has-note"))} id={format!("param-{id}")}>
            <div class="param-head">
                <label for={id.clone()}>{ spec.label }</label>
                <span class="param-value"><output for={id.clone()} class="sim-value">{ shown.clone() }</output></span>
            </div>
            <input type="range" id={id.clone()} min={spec.min.to_string()} max={spec.max.to_string()}
                   step={spec.step.to_string()} value={value.to_string()} {oninput}
                   aria-valuetext={shown} aria-describedby={note.as_ref().map(|_| note_id.clone())} />
            if let Some(note) = note {
                <p class="field-error" id={note_id} role="status">{ note.message }</p>
            }
            <p class="param-source sim-default">{ format!("Default: {}", spec.default_source) }</p>
        </div>
    }
}

/// The sliders, in two groups, and the halving switch.
#[function_component(SimControls)]
pub fn sim_controls(props: &ControlsProps) -> Html {
    let state = props.state.clone();
    let halving = state.settings.with_halving();
    let on_halving = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let v = if input.checked() { 1.0 } else { 0.0 };
                state.dispatch(SimAction::Set(SimParam::Halving, v));
            }
        })
    };
    let halving_note = state
        .notes
        .iter()
        .find(|n| n.key == SimParam::Halving.spec().key)
        .cloned();
    html! {
        <form class="sim-inputs panel" aria-label="What happens next: inputs"
              onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <fieldset>
                <legend>{ "The fleet" }</legend>
                { for [SimParam::OldShare, SimParam::CheapShare, SimParam::Arrivals]
                    .into_iter().map(|p| slider(&state, p)) }
            </fieldset>
            <fieldset>
                <legend>{ "The timeline" }</legend>
                { for [SimParam::PriceMove, SimParam::PriceWeek, SimParam::StormShare,
                       SimParam::StormDay, SimParam::StormDays]
                    .into_iter().map(|p| slider(&state, p)) }
                <div class="param sim-switch">
                    <label>
                        <input type="checkbox" id="in-sim-halving" checked={halving} onchange={on_halving} />
                        { " Meet the 2028 halving (start four epochs before block 1,050,000)" }
                    </label>
                    if let Some(note) = halving_note {
                        <p class="field-error" role="status">{ note.message }</p>
                    }
                </div>
            </fieldset>
        </form>
    }
}
