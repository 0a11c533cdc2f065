//! "Predict, then reveal": a question with choices, answered by the class before a click shows
//! the answer. The question comes from `model::predictions`; the answer is computed by the
//! section from the model's current state and passed in, so it follows the sliders and the miner.

use web_sys::{FocusOptions, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use hashwatt_core::model::predictions::{verdict, Answer, PredictState, Question};

#[derive(Properties, PartialEq)]
pub struct PredictProps {
    pub question: Question,
    /// `None` when the model has no answer (it then says why in `unavailable`).
    pub answer: Option<Answer>,
    #[prop_or("The answer cannot be computed from the current inputs.")]
    pub unavailable: &'static str,
}

#[function_component(Predict)]
pub fn predict(props: &PredictProps) -> Html {
    let state = use_state_eq(PredictState::default);
    let q = props.question;
    let id = format!("predict-{}", q.id);
    let on_pick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let picked = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.value().parse::<usize>().ok());
            state.set(PredictState {
                picked,
                revealed: state.revealed,
            });
        })
    };
    // After a reveal, focus goes to the answer (always on the page, filled on reveal): left on
    // the button, it would land on "Ask again", which a clicker's Space or a second Enter would
    // press, hiding the answer again.
    let answer_ref = use_node_ref();
    let on_reveal = {
        let state = state.clone();
        let answer_ref = answer_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(answer) = answer_ref.cast::<HtmlElement>() {
                let options = FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = answer.focus_with_options(&options);
            }
            state.set(PredictState {
                picked: state.picked,
                revealed: true,
            });
        })
    };
    let on_again = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.set(PredictState::default()))
    };
    let correct = state
        .revealed
        .then(|| props.answer.as_ref().map(|a| a.correct))
        .flatten();
    html! {
        <aside class="panel predict" id={id.clone()} aria-labelledby={format!("{id}-q")}>
            <p class="predict-kicker">{ "Predict, then reveal" }</p>
            <fieldset>
                <legend id={format!("{id}-q")}>{ q.prompt }</legend>
                <div class="predict-choices">
                    { for q.choices.iter().enumerate().map(|(i, c)| {
                        let is_correct = correct == Some(i);
                        html! {
                            <label class={classes!("predict-choice", is_correct.then_some("correct"))}>
                                <input type="radio" name={id.clone()} value={i.to_string()}
                                       checked={state.picked == Some(i)} onchange={on_pick.clone()} />
                                { c.label }
                                if is_correct { <span class="predict-mark">{ " \u{2713} the answer" }</span> }
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            if state.revealed {
                // Keyed: a new button, not the focused "Reveal" renamed under the reader's finger.
                <button key="again" type="button" class="predict-again" onclick={on_again}>{ "Ask again" }</button>
            } else {
                <button key="reveal" type="button" class="predict-reveal primary" onclick={on_reveal}>
                    { "Reveal the answer" }
                </button>
            }
            <div class="predict-answer" role="status" tabindex="-1" ref={answer_ref}>
                if state.revealed {
                    if let Some(answer) = &props.answer {
                        <p><strong>{ "Answer: " }</strong>{ answer.text.clone() }</p>
                        <p class="predict-verdict">{ verdict(*state, answer, q.choices) }</p>
                    } else {
                        <p>{ props.unavailable }</p>
                    }
                }
            </div>
        </aside>
    }
}
