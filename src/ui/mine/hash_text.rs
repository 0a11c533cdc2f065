//! A hash in display order with its leading zeros highlighted: the zeros are what the work buys.

use yew::prelude::*;

use hashwatt_core::model::verify::split_leading_zeros;

#[derive(Properties, PartialEq)]
pub struct HashTextProps {
    /// Display-order hex.
    pub hex: AttrValue,
}

#[function_component(HashText)]
pub fn hash_text(props: &HashTextProps) -> Html {
    let (zeros, rest) = split_leading_zeros(&props.hex);
    html! {
        <code class="hash">
            if !zeros.is_empty() { <mark class="zeros">{ zeros.to_string() }</mark> }
            { rest.to_string() }
        </code>
    }
}
