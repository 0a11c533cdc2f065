//! Entry point of the simulator's module (built by Trunk as `sim.js`, loaded by `boot.js` when the
//! page's "What happens next" section comes near the screen): mounts it into the page's host.
fn main() {
    hashwatt::ui::panic::install();
    hashwatt::ui::simulate::start();
}
