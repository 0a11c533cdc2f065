//! Entry point of the page: renders the App into <body>.
fn main() {
    yew::Renderer::<hashwatt::ui::App>::new().render();
}
