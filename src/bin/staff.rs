//! The staff pages: rules and rates, and "Embed a journey" (`staff.html`).
//! A wasm of their own, so that people planning do not download them.
fn main() {
    kent_support_planner::i18n::add_staff_words();
    kent_support_planner::start(kent_support_planner::STAFF);
}
