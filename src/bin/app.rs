//! Entry point of the page: renders the App into <body>.
fn main() {
    hashwatt::ui::panic::install();
    yew::Renderer::<hashwatt::ui::App>::new().render();
}
