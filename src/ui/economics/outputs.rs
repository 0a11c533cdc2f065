//! The headline figures of the scenario, each with its raw number in `data-value` (a stable hook
//! for tests, in the unit the label states), and the all-in cost split into its three parts.

use std::rc::Rc;

use yew::prelude::*;

use hashwatt_core::model::econ_view::{
    about_usd, cost_split, hardware_price_note, headline_stats, percent, verdict,
};
use hashwatt_core::model::economics::{Outcome, Scenario};
use hashwatt_core::model::format;

#[derive(Properties, PartialEq)]
pub struct OutputsProps {
    pub scenario: Scenario,
    pub outcome: Rc<Outcome>,
}

/// One figure: label, shown value with `id` and `data-value`, and a line of context. A value
/// written "amount/unit" may wrap before its "/unit" on a narrow card, never inside the amount.
fn stat(label: &str, id: &str, raw: f64, shown: String, sub: String, class: Classes) -> Html {
    let value = match shown.split_once('/') {
        Some((amount, unit)) => html! {
            <>
                <span class="amount">{ amount.to_string() }</span><wbr />
                <span class="amount">{ format!("/{unit}") }</span>
            </>
        },
        // "about $90,000": the word smaller, so the amount keeps the card's width.
        None => match shown.strip_prefix("about ") {
            Some(amount) => html! {
                <><span class="about">{ "about " }</span>{ amount.to_string() }</>
            },
            None => html! { shown },
        },
    };
    html! {
        <div class={classes!("stat", class)}>
            <span class="label">{ label }</span>
            <span class="value" id={id.to_string()} data-value={raw.to_string()}>{ value }</span>
            <span class="sub">{ sub }</span>
        </div>
    }
}

#[function_component(Outputs)]
pub fn outputs(props: &OutputsProps) -> Html {
    let o = &*props.outcome;
    let verdict = verdict(&props.scenario, o);
    let tone = if verdict.good { "good" } else { "bad" };
    let split = cost_split(o);
    html! {
        <div class="econ-outputs">
            <div class={classes!("econ-verdict", tone)}>
                <span class={classes!("verdict", tone)}>{ verdict.label }</span>
                <span class="verdict-amount" id="out-margin-per-btc"
                      data-value={o.margin_usd_per_btc.to_string()}>{ verdict.amount }</span>
                <span class="verdict-detail">{ verdict.detail }</span>
                <span class="verdict-note field-note" id="out-hardware-note">
                    { hardware_price_note(&props.scenario) }
                </span>
            </div>
            <div class="stats econ-stats">
                { for headline_stats(&props.scenario, o).into_iter().map(|st| {
                    let class = if st.toned { classes!(tone) } else { classes!() };
                    stat(st.label, st.id, st.raw, st.shown, st.sub, class)
                }) }
            </div>
            <figure class="cost-split" id="cost-split">
                <figcaption>{ format!("What the all-in cost of {} per bitcoin is made of", about_usd(o.all_in_usd_per_btc)) }</figcaption>
                // An SVG, not styled spans: the Content-Security-Policy allows no inline styles.
                <svg class="split-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                    { for split.iter().filter(|s| s.share > 0.0).scan(0.0, |x, s| {
                        let at = *x;
                        *x += s.share * 100.0;
                        Some(html! {
                            <rect class={classes!("split", s.key)} x={format!("{at:.3}")} y="0"
                                  width={format!("{:.3}", s.share * 100.0)} height="10" />
                        })
                    }) }
                </svg>
                <table class="split-table">
                    <tbody>
                        { for split.iter().map(|s| html! {
                            <tr id={format!("split-{}", s.key)}>
                                <th scope="row"><span class={classes!("swatch", s.key)} aria-hidden="true"></span>{ s.label }</th>
                                <td class="num" data-value={s.usd_per_btc.to_string()}>{ format::usd(s.usd_per_btc) }</td>
                                <td class="num">{ percent(s.share) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </figure>
        </div>
    }
}
