//! A chart on a canvas: redrawn whenever its data changes or the window is resized. The canvas has
//! a text summary as its accessible name; a drawing failure is shown in its place, never a panic.
//! Under it, a collapsed "show the data as a table" alternative when the chart passes one.

use std::any::Any;
use std::rc::Rc;

use gloo::events::EventListener;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::charts::frame::deck_rows;
use crate::charts::DrawResult;
use crate::profile::time;
use hashwatt_core::model::data_table::DataTable;

/// A chart module's entry point: a canvas and its data in, pixels out.
pub type DrawFn<T> = fn(&HtmlCanvasElement, &T) -> DrawResult;

/// A chart's data with the function that draws it. Equal when the data is, so a chart redraws only
/// when its data changes. Not generic itself, so the `Chart` component exists once in the wasm,
/// not once per kind of data.
#[derive(Clone)]
pub struct Drawing {
    data: Rc<dyn Any>,
    draw: Rc<dyn Fn(&HtmlCanvasElement) -> DrawResult>,
    same_data: fn(&dyn Any, &dyn Any) -> bool,
}

impl Drawing {
    pub fn new<T: PartialEq + 'static>(data: Rc<T>, draw: DrawFn<T>) -> Self {
        let drawn = data.clone();
        Self {
            data,
            draw: Rc::new(move |canvas| draw(canvas, &drawn)),
            same_data: |a, b| match (a.downcast_ref::<T>(), b.downcast_ref::<T>()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    fn draw(&self, canvas: &HtmlCanvasElement) -> DrawResult {
        (self.draw)(canvas)
    }
}

impl PartialEq for Drawing {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.data, &other.data) || (self.same_data)(&*self.data, &*other.data)
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    /// The chart's id (the `<figure>`'s), a stable hook for tests.
    pub id: AttrValue,
    pub drawing: Drawing,
    /// A one-sentence text summary of what the chart shows, for screen readers.
    pub summary: AttrValue,
    /// The chart's data as a table, built by the model from the same data, shown on request.
    #[prop_or_default]
    pub table: Option<Rc<DataTable>>,
    /// The caption under the chart.
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Chart(props: &ChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let error = use_state_eq(|| None::<String>);
    let layout_epoch = use_state_eq(|| 0u32);
    {
        let layout_epoch = layout_epoch.clone();
        let canvas_ref = canvas_ref.clone();
        use_effect_with((), move |_| {
            // The canvas's own width, not the window's: presentation mode shows a hidden section
            // (width 0) and then fires `resize`, so its charts draw at their real size. A deck
            // step showing another part of a chart's rows redraws it at the same width: the part
            // is in the low four bits (parts are 1 to 9).
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| {
                let epoch = canvas_ref.cast::<HtmlCanvasElement>().map_or(0, |c| {
                    let w = c.client_width().max(0) as u32;
                    let part = deck_rows().filter(|_| w > 0).map_or(0, |r| r.part);
                    w << 4 | u32::from(part)
                });
                layout_epoch.set(epoch);
            });
            move || drop(listener)
        });
    }
    {
        let canvas_ref = canvas_ref.clone();
        let error = error.clone();
        let id = props.id.clone();
        use_effect_with(
            (props.drawing.clone(), *layout_epoch),
            move |(drawing, _)| {
                if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                    let drawn = time(|| format!("draw {id}"), || drawing.draw(&canvas));
                    error.set(drawn.err());
                }
            },
        );
    }
    html! {
        <figure class="chart" id={props.id.clone()}>
            <canvas ref={canvas_ref} role="img" aria-label={props.summary.clone()}
                    data-drawn={error.is_none().to_string()} />
            if let Some(message) = (*error).clone() {
                <p class="field-error" role="alert">{ message }</p>
            }
            if let Some(table) = &props.table {
                <ChartTable table={table.clone()} />
            }
            <figcaption>{ props.children.clone() }</figcaption>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct ChartTableProps {
    table: Rc<DataTable>,
}

/// The collapsed table under a chart, a component of its own so that a redraw with the same table
/// (a drag: the economics tables follow the settled scenario) skips its hundreds of cells.
#[function_component]
fn ChartTable(props: &ChartTableProps) -> Html {
    collapsed_table(&props.table)
}

/// The collapsed table under a chart: a caption, column headers, a row header per row, numbers
/// right-aligned.
fn collapsed_table(t: &DataTable) -> Html {
    html! {
        <details class="chart-table">
            <summary>{ "Show the data as a table" }</summary>
            // Focusable and named, so a keyboard can scroll a table wider than a phone.
            <div class="table-wrap chart-table-wrap" tabindex="0" role="region"
                 aria-label={t.caption.clone()}>
                { data_table(t) }
            </div>
        </details>
    }
}

/// A [`DataTable`] as a `<table>`: a caption, column headers, a row header per row, numbers
/// right-aligned; each cell carries its column's name (`data-label`) for [`cards_table`].
pub fn data_table(t: &DataTable) -> Html {
    table(t, None)
}

/// A [`DataTable`] that becomes one small card per row on a phone, each value labelled with its
/// column (`.cards-on-phone` in style.css), for a table whose columns all matter.
pub fn cards_table(t: &DataTable) -> Html {
    table(t, Some("cards-on-phone"))
}

fn table(t: &DataTable, class: Option<&'static str>) -> Html {
    let num = |i: usize| t.is_numeric(i).then_some("num");
    html! {
        <table {class}>
            <caption>{ t.caption.clone() }</caption>
            <thead><tr>
                { for t.headers.iter().enumerate().map(|(i, h)| html! {
                    <th scope="col" class={num(i)}>{ h.clone() }</th>
                }) }
            </tr></thead>
            <tbody>
                { for t.rows.iter().map(|row| html! {
                    <tr>
                        // The first cell names the row: a row header for screen readers.
                        { for row.iter().enumerate().map(|(i, cell)| if i == 0 {
                            html! { <th scope="row" class={num(i)}>{ cell.clone() }</th> }
                        } else {
                            html! { <td class={num(i)} data-label={t.headers.get(i).cloned()}>{ cell.clone() }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
