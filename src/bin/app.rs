//! Entry point of the page: takes out the words index.html carries (the sections adopt them),
//! then renders the App into <body>.
fn main() {
    hashwatt::ui::panic::install();
    hashwatt::ui::prerendered::detach();
    yew::Renderer::<hashwatt::ui::App>::new().render();
}
