//! "Sorry, there is a problem with this tool": what the person sees instead
//! of a frozen page when the app panics or an uncaught error reaches the
//! window.
//!
//! The release build panics with `abort`: on wasm32 the panic hook still
//! runs first, then the wasm traps and Yew can never render again. So the
//! page is built with plain DOM calls (text only, never HTML) in a fresh
//! element that replaces `#app`, away from Yew's event listeners on the old
//! one. [`install`] is called by [`crate::start`]; there is no URL or other
//! switch that triggers it on purpose. The browser tests call
//! [`show_problem_page`] directly and dispatch an `error` event on the
//! window; the end-to-end tests cause a real panic in the release build by
//! changing the DOM under Yew, as a browser extension might.

use wasm_bindgen::{prelude::wasm_bindgen, JsCast};
use web_sys::{Document, Element};

/// Where the person can contact the council.
pub const CONTACT_URL: &str = "https://www.kent.gov.uk/contact-us";

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Sets the panic hook (chained before the previous one) and a window
/// `error` listener, both of which show the problem page.
pub fn install() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        show_problem_page();
        console_error(&info.to_string());
        previous(info);
    }));
    if let Some(w) = web_sys::window() {
        // The listener lives as long as the page.
        gloo::events::EventListener::new(&w, "error", |_| show_problem_page()).forget();
    }
}

fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let e = doc.create_element(tag).ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Some(e)
}

fn link(doc: &Document, id: &str, href: &str, text: &str) -> Option<Element> {
    let a = el(doc, "a", "govuk-link", text)?;
    a.set_id(id);
    a.set_attribute("href", href).ok()?;
    Some(a)
}

/// Replaces `#app` (or fills the body, if there is none) with the problem
/// page: a heading, that the answers were not sent, a "Try again" link to
/// the current address and how to contact the council.
pub fn show_problem_page() {
    let _ = build();
}

fn build() -> Option<()> {
    let w = web_sys::window()?;
    let doc = w.document()?;
    let href = w.location().href().unwrap_or_else(|_| "./".into());
    let title = "Sorry, there is a problem with this tool";

    let main = el(&doc, "main", "govuk-main-wrapper", "")?;
    main.set_id("main-content");
    main.set_attribute("tabindex", "-1").ok()?;
    let row = el(&doc, "div", "govuk-grid-row", "")?;
    let column = el(&doc, "div", "govuk-grid-column-two-thirds", "")?;
    column.set_id("problem-page");
    let h1 = el(&doc, "h1", "govuk-heading-l", title)?;
    let sent = el(&doc, "p", "govuk-body", "Your answers have not been sent anywhere.")?;
    let again = el(&doc, "p", "govuk-body", "")?;
    let try_again = link(&doc, "problem-try-again", &href, "Try again")?;
    again.append_child(&try_again).ok()?;
    let contact = el(&doc, "p", "govuk-body", "If this keeps happening, contact us through the ")?;
    let council = link(&doc, "problem-contact", CONTACT_URL, "Kent County Council website")?;
    contact.append_child(&council).ok()?;
    contact.append_child(&doc.create_text_node(".")).ok()?;
    for child in [&h1, &sent, &again, &contact] {
        column.append_child(child).ok()?;
    }
    row.append_child(&column).ok()?;
    main.append_child(&row).ok()?;

    let page = el(&doc, "div", "govuk-width-container", "")?;
    page.append_child(&main).ok()?;
    match doc.get_element_by_id("app") {
        Some(app) => {
            page.set_class_name(&app.class_name());
            app.replace_with_with_node_1(&page).ok()?;
            page.set_id("app");
        }
        None => {
            doc.body()?.append_child(&page).ok()?;
        }
    }
    doc.set_title(&format!("{title} - Kent Support Planner"));
    main.dyn_into::<web_sys::HtmlElement>().ok()?.focus().ok()
}
