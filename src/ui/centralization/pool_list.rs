//! The pools as a list beside the chart, each with a Remove button and a "merge into" select:
//! the keyboard- and screen-reader-friendly way to run the what-ifs (a canvas is neither).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use hashwatt_core::model::concentration::{EntityKind, RankedEntity};
use hashwatt_core::model::format;
use hashwatt_core::model::pool_what_if::PoolAction;

#[derive(Properties, PartialEq)]
pub struct PoolListProps {
    /// Pools that can be edited, largest first.
    pub names: Vec<String>,
    /// Every bar of the chart, buckets included, for the shares shown.
    pub bars: Rc<Vec<RankedEntity>>,
    pub on_action: Callback<PoolAction>,
}

#[function_component(PoolList)]
pub fn pool_list(props: &PoolListProps) -> Html {
    html! {
        <div class="pool-list-wrap">
            <h4 id="pool-actions-title">{ "Change the pools" }</h4>
            <ul class="pool-list" id="pool-actions" aria-labelledby="pool-actions-title">
                { for props.bars.iter().map(|bar| match bar.kind {
                    EntityKind::Single => html! {
                        <PoolRow key={bar.name.clone()} bar={bar.clone()}
                                 others={props.names.iter().filter(|n| **n != bar.name).cloned().collect::<Vec<_>>()}
                                 on_action={props.on_action.clone()} />
                    },
                    EntityKind::Aggregate => html! {
                        <li key={bar.name.clone()} class="pool-row bucket" data-pool={bar.name.clone()}>
                            <span class="pool-name">{ &bar.name }</span>
                            <span class="pool-share">{ format!("{}%", format::number(bar.share_pct, 2)) }</span>
                            <span class="pool-note">{ "a bucket, not one pool" }</span>
                        </li>
                    },
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PoolRowProps {
    bar: RankedEntity,
    /// Pools this one can merge into.
    others: Vec<String>,
    on_action: Callback<PoolAction>,
}

#[function_component(PoolRow)]
fn pool_row(props: &PoolRowProps) -> Html {
    let select = use_node_ref();
    let name = props.bar.name.clone();
    let on_remove = {
        let (name, cb) = (name.clone(), props.on_action.clone());
        Callback::from(move |_| cb.emit(PoolAction::Remove(name.clone())))
    };
    let on_merge = {
        let (name, cb, select) = (name.clone(), props.on_action.clone(), select.clone());
        Callback::from(move |_| {
            // An empty choice is passed on too: the model answers it by asking for a pool.
            let into = select
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            cb.emit(PoolAction::Merge {
                from: name.clone(),
                into,
            });
        })
    };
    // When the list of pools changes, the browser keeps whatever option happens to sit at the
    // chosen position; going back to "merge into..." avoids merging into a pool nobody chose.
    {
        let select = select.clone();
        use_effect_with(props.others.clone(), move |_| {
            if let Some(s) = select.cast::<HtmlSelectElement>() {
                s.set_value("");
            }
        });
    }
    let select_id = format!("merge-{}", slug(&name));
    html! {
        <li class={classes!("pool-row", props.bar.in_majority.then_some("in-majority"))} data-pool={name.clone()}>
            <span class="pool-name">{ &name }</span>
            <span class="pool-share">
                { format!("{}%", format::number(props.bar.share_pct, 2)) }
                <span class="pool-running">{ format!(" (total {}%)", format::number(props.bar.cumulative_pct, 1)) }</span>
            </span>
            <span class="pool-actions">
                <button type="button" class="remove" onclick={on_remove}
                        aria-label={format!("Remove {name}")}>{ "Remove" }</button>
                <label class="visually-hidden" for={select_id.clone()}>{ format!("Merge {name} into") }</label>
                <select id={select_id} ref={select} disabled={props.others.is_empty()}>
                    // Keyed, so a chosen pool stays chosen when the list around it changes.
                    <option key="" value="">{ "merge into\u{2026}" }</option>
                    { for props.others.iter().map(|o| html! { <option key={o.clone()} value={o.clone()}>{ format!("into {o}") }</option> }) }
                </select>
                <button type="button" class="merge" onclick={on_merge} disabled={props.others.is_empty()}
                        aria-label={format!("Merge {name} into the pool chosen")}>{ "Merge" }</button>
            </span>
        </li>
    }
}

/// An id-safe form of a pool name ("Foundry USA" -> "foundry-usa").
fn slug(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
