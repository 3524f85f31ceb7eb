//! The planner: the start page, the four journeys and the privacy page (`index.html`).
fn main() {
    kent_support_planner::start(kent_support_planner::PUBLIC);
}
