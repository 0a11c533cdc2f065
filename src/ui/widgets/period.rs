//! A date or period shown in a narrow place (a table cell): each date stays whole, and a line may
//! break only at the dash between two dates ("2019-09 –" / "2020-04", never "2019-" / "09").

use yew::prelude::*;

use hashwatt_core::model::format;

/// `as_of` as FACTS writes it ("2019-09..2020-04", "2025-Q4"), for reading.
pub fn period(as_of: &str) -> Html {
    let text = format::period(as_of);
    match text.split_once(" \u{2013} ") {
        Some((from, to)) => html! {
            <><span class="nowrap">{ format!("{from} \u{2013}") }</span>{ " " }<span class="nowrap">{ to.to_string() }</span></>
        },
        None => html! { <span class="nowrap">{ text }</span> },
    }
}
