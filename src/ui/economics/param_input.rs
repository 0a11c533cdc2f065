//! One input of the scenario: a slider (`#in-<key>`, arrow keys move it one step) and a number
//! field (`#in-<key>-num`) for exact values, the unit, the note when a value was clamped or
//! defaulted, and the default with its source. A drag's `input` events change the scenario at
//! most once per animation frame (the newest value waits for the next frame); `change` (the drag's
//! end, an arrow key's step) applies at once.
//!
//! What a reader types stays in the number field even when it is not a usable number: the
//! scenario takes the defaulted or clamped value and the note beside the field says so. The typed
//! text is shown only while the scenario still holds what it produced, so a slider move, a preset
//! or a reset replaces it with the new value.

use gloo::render::{request_animation_frame, AnimationFrame};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::state::{ScenarioAction, ScenarioState};
use hashwatt_core::model::decimal::parse_f64;
use hashwatt_core::model::econ_view::{epoch_label, field_text, value_text};
use hashwatt_core::model::format;
use hashwatt_core::model::scenario::{Param, ParamNote};

#[derive(Properties, PartialEq)]
pub struct ParamInputProps {
    pub param: Param,
    /// The scenario's value of `param`, and its note: props rather than the scenario's context,
    /// so that a change of one input re-renders that input only.
    pub value: f64,
    pub note: Option<ParamNote>,
    pub dispatch: UseReducerDispatcher<ScenarioState>,
}

/// Text typed in the number field, with the value and note it gave.
#[derive(Clone, PartialEq)]
struct Typed {
    text: String,
    value: f64,
    note: Option<ParamNote>,
}

#[function_component(ParamInput)]
pub fn param_input(props: &ParamInputProps) -> Html {
    let state = props.dispatch.clone();
    let typed = use_state(|| None::<Typed>);
    let p = props.param;
    let spec = p.spec();
    let key = spec.key;
    let value = props.value;
    let note = props.note.clone();

    let shown = match &*typed {
        Some(t) if t.value == value && t.note == note => t.text.clone(),
        _ => field_text(value),
    };

    // The frame a drag's newest value waits for: replacing it cancels the one before.
    let next_frame = use_mut_ref(|| None::<AnimationFrame>);
    let waiting = use_mut_ref(|| false);
    let on_slide = {
        let state = state.clone();
        let next_frame = next_frame.clone();
        let waiting = waiting.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                // A slider always reports a number in range; `Set` clamps anyway.
                let value = input.value_as_number();
                let state = state.clone();
                let waiting = waiting.clone();
                *waiting.borrow_mut() = true;
                *next_frame.borrow_mut() = Some(request_animation_frame(move |_| {
                    *waiting.borrow_mut() = false;
                    state.dispatch(ScenarioAction::Set(p, value));
                }));
            }
        })
    };
    let on_slid = {
        let state = state.clone();
        let shown_value = value;
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                // Dropping the waiting frame cancels it; with none waiting, the drag's last
                // value is already drawn unless the scenario holds another.
                next_frame.borrow_mut().take();
                let was_waiting = std::mem::replace(&mut *waiting.borrow_mut(), false);
                let value = input.value_as_number();
                if was_waiting || shown_value != value {
                    state.dispatch(ScenarioAction::Set(p, value));
                }
            }
        })
    };
    let on_type = {
        let state = state.clone();
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                let text = input.value();
                let (value, note) = p.read_typed(&text);
                typed.set(Some(Typed {
                    text,
                    value,
                    note: note.clone(),
                }));
                state.dispatch(ScenarioAction::Typed(p, value, note));
            }
        })
    };
    let on_epoch = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(v) = parse_f64(&select.value()) {
                    state.dispatch(ScenarioAction::Set(p, v));
                }
            }
        })
    };

    let slider_id = format!("in-{key}");
    let note_id = format!("note-{key}");
    let source_id = format!("src-{key}");
    let described = if note.is_some() {
        format!("{note_id} {source_id}")
    } else {
        source_id.clone()
    };
    let list_id = (!spec.choices.is_empty()).then(|| format!("{key}-choices"));
    let is_choice = spec.choices.contains(&value);

    html! {
        <div class={classes!("param", note.is_some().then_some("has-note"))} id={format!("param-{key}")}>
            <div class="param-head">
                <label for={slider_id.clone()}>{ spec.label }</label>
                <span class="param-value">
                    <input type="text" inputmode="decimal" id={format!("in-{key}-num")}
                           class="param-num" value={shown} oninput={on_type}
                           aria-label={format!("{} in {}", spec.label, spec.unit)}
                           aria-invalid={note.is_some().to_string()}
                           aria-describedby={described.clone()} autocomplete="off" spellcheck="false" />
                    <span class="unit">{ spec.unit }</span>
                </span>
            </div>
            <input type="range" id={slider_id} min={spec.min.to_string()} max={spec.max.to_string()}
                   step={spec.step.to_string()} value={field_text(value)} oninput={on_slide} onchange={on_slid}
                   list={list_id.clone()} aria-valuetext={value_text(p, value)}
                   aria-describedby={described} />
            if let Some(list_id) = list_id {
                <datalist id={list_id}>
                    { for spec.choices.iter().map(|c| html! { <option value={field_text(*c)} /> }) }
                </datalist>
                <label class="param-choice">
                    { "Halving epoch " }
                    <select id={format!("in-{key}-epoch")} onchange={on_epoch}>
                        if !is_choice {
                            <option value="" selected=true disabled=true>
                                { format!("other: {}", epoch_label(value)) }
                            </option>
                        }
                        { for spec.choices.iter().map(|c| html! {
                            <option value={field_text(*c)} selected={*c == value}>{ epoch_label(*c) }</option>
                        }) }
                    </select>
                </label>
            }
            if let Some(note) = &note {
                <p class="field-error" id={note_id} role="status">{ note.message.clone() }</p>
            }
            <details class="param-source" id={source_id}>
                <summary>{ format!("Default {}", value_text(p, spec.default)) }</summary>
                <p>
                    { spec.default_source }
                    if let Some(figure) = spec.figure {
                        { " · " }
                        <a href={format!("#source-{}", figure.source.id)}>{ figure.source.name }</a>
                        { format!(", {}", format::period(figure.as_of)) }
                    }
                </p>
            </details>
        </div>
    }
}
