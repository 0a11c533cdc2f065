//! Entry point of the classroom client (built by Trunk as `class.js`, loaded by `boot.js` only
//! when the address has `?class=`): mounts the student's panel or the teacher's dashboard.
fn main() {
    hashwatt::ui::panic::install();
    hashwatt_class::start();
}
