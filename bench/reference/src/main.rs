//! The smallest useful Yew app: a heading, a counter and a button, as in
//! Yew's own examples. scripts/bench compares the planner against it.

use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Yew reference" }</h1>
            <p id="count">{ *count }</p>
            <button {onclick}>{ "Add one" }</button>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
