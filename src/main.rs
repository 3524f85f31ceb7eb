fn main() {
    kent_support_planner::start();
}
