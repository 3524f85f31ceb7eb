//! Browser tests: mount, act, flush, assert the DOM. Run with
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`.

use kent_support_planner::components::*;
use kent_support_planner::state::share;
use kent_support_planner::{App, AppProps};
use rules::{Date, Journey};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn root() -> Element {
    let document = gloo_document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts markup made by the component functions (they are not components).
#[derive(Properties, PartialEq)]
struct ShowProps {
    html: Html,
}

#[component]
fn Show(props: &ShowProps) -> Html {
    props.html.clone()
}

fn show(root: &Element, html: Html) {
    yew::Renderer::<Show>::with_root_and_props(root.clone(), ShowProps { html }).render();
}

fn q(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    q(root, selector).text_content().unwrap_or_default().trim().to_string()
}

fn has_class(el: &Element, class: &str) -> bool {
    el.class_name().split_whitespace().any(|c| c == class)
}

fn click(root: &Element, selector: &str) {
    q(root, selector).dyn_into::<HtmlElement>().unwrap().click();
}

fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = q(root, selector).dyn_into().unwrap();
    input.set_value(value);
    let event = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&event).unwrap();
}

async fn mount_app(journey: &str) -> Element {
    let root = root();
    let props = AppProps {
        journey: Some(journey.to_string().into()),
        today: Some("2025-09-01".into()),
        answers: None,
        page: None,
        lang_failed: false,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    root
}

fn recorder<T: 'static>() -> (Rc<RefCell<Vec<T>>>, Callback<T>) {
    let log = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    (log, Callback::from(move |v: T| l.borrow_mut().push(v)))
}

#[wasm_bindgen_test]
async fn app_walks_a_question_shows_errors_and_moves_on() {
    let root = mount_app("kinship").await;
    assert_eq!(text(&root, "h1"), "How old is the child you care for, or will care for?");
    click(&root, "#continue");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#error-summary h2"), "There is a problem");
    assert_eq!(text(&root, "#error-summary a"), "Enter the age of the child");
    assert_eq!(q(&root, "#error-summary a").get_attribute("href").as_deref(), Some("#child_age"));
    assert!(gloo_document().title().starts_with("Error: "));
    type_into(&root, "#child_age", "12,50");
    click(&root, "#continue");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "#child_age-error"), "Error: Enter a whole number, like 12");
    type_into(&root, "#child_age", "4");
    click(&root, "#continue");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Is the child looked after by the council now?");
    assert!(root.query_selector(".govuk-exit-this-page").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_link_fragment_restores_at_check_answers_and_shows_the_result() {
    let root = root();
    let props = AppProps {
        journey: None,
        today: Some("2025-09-01".into()),
        answers: Some("1.f.19850505.y.y.n.0.0.1.7.0".into()),
        page: None,
        lang_failed: false,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // A link made before the partner question existed opens with only
    // that question left to answer.
    assert_eq!(text(&root, "h1"), "Would you foster with a partner?");
    click(&root, "#fosters_with_partner-2");
    click(&root, "#continue");
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Check your answers");
    click(&root, "#confirm");
    yew::scheduler::flush().await;
    assert_eq!(q(&root, "#status").get_attribute("data-status").as_deref(), Some("likely_eligible"));
    assert!(text(&root, "#pay-child_1").contains("£383.15"));
    // The year is said as the estimate it is (£19,923.80 to the nearest £100).
    assert!(text(&root, "#total-yearly").contains("about £19,900"));
}

#[wasm_bindgen_test]
async fn radios_render_options_and_report_the_choice() {
    let root = root();
    let (log, on_change) = recorder::<String>();
    let options = vec![
        RadioOption { value: "yes".into(), label: "Yes".into(), hint: None },
        RadioOption { value: "no".into(), label: "No".into(), hint: Some("A hint".into()) },
    ];
    let props = RadiosProps {
        id: "x".into(),
        legend: "Question?".into(),
        heading: true,
        options,
        on_change,
        error: Some(AttrValue::from("Select yes or no")),
        ..Default::default()
    };
    show(&root, radios(props));
    yew::scheduler::flush().await;
    assert_eq!(text(&root, "h1"), "Question?");
    assert_eq!(root.query_selector_all("input[type=radio]").unwrap().length(), 2);
    assert!(q(&root, "#x-2").get_attribute("aria-describedby").unwrap().contains("x-2-item-hint"));
    assert!(has_class(&q(&root, ".govuk-form-group"), "govuk-form-group--error"));
    click(&root, "#x-2");
    yew::scheduler::flush().await;
    assert_eq!(*log.borrow(), vec!["no".to_string()]);
}

#[wasm_bindgen_test]
async fn date_input_has_three_numeric_boxes_and_reports_each_part() {
    let root = root();
    let (log, on_input) = recorder::<(usize, String)>();
    let props = DateInputProps {
        id: "dob".into(),
        legend: "Date?".into(),
        values: [String::new(), "3".into(), String::new()],
        on_input,
        error: Some(AttrValue::from("Date must include a year")),
        error_parts: 4u8,
        ..Default::default()
    };
    show(&root, date_input(props));
    yew::scheduler::flush().await;
    for part in ["day", "month", "year"] {
        assert_eq!(q(&root, &format!("#dob-{part}")).get_attribute("inputmode").as_deref(), Some("numeric"));
    }
    assert!(has_class(&q(&root, "#dob-year"), "govuk-input--error"));
    assert!(!has_class(&q(&root, "#dob-day"), "govuk-input--error"));
    assert_eq!(q(&root, "#dob-month").dyn_into::<HtmlInputElement>().unwrap().value(), "3");
    type_into(&root, "#dob-year", "1990");
    assert_eq!(*log.borrow(), vec![(2, "1990".to_string())]);
}

#[wasm_bindgen_test]
async fn number_input_is_numeric_with_hint_and_error() {
    let root = root();
    let (log, on_input) = recorder::<String>();
    let props = NumberInputProps {
        id: "n".into(),
        label: "How many?".into(),
        heading: true,
        hint: Some(AttrValue::from("Hint")),
        value: "12".into(),
        on_input,
        error: Some(AttrValue::from("Enter a whole number, like 12")),
    };
    show(&root, number_input(props));
    yew::scheduler::flush().await;
    let input = q(&root, "#n");
    assert_eq!(input.get_attribute("inputmode").as_deref(), Some("numeric"));
    assert_eq!(input.get_attribute("aria-describedby").as_deref(), Some("n-hint n-error"));
    assert_eq!(text(&root, "h1 label"), "How many?");
    type_into(&root, "#n", "1,250");
    assert_eq!(*log.borrow(), vec!["1,250".to_string()]);
}

#[wasm_bindgen_test]
async fn error_summary_links_move_focus_to_the_field() {
    let root = root();
    let field = gloo_document().create_element("input").unwrap();
    field.set_id("the-field");
    gloo_document().body().unwrap().append_child(&field).unwrap();
    show(&root, error_summary(vec![("the-field".to_string(), "Enter it".to_string())]));
    yew::scheduler::flush().await;
    assert_eq!(q(&root, "#error-summary").get_attribute("tabindex").as_deref(), Some("-1"));
    assert!(root.query_selector("[role=alert]").unwrap().is_some());
    click(&root, "#error-summary a");
    assert_eq!(gloo_document().active_element().map(|e| e.id()).as_deref(), Some("the-field"));
}

#[wasm_bindgen_test]
async fn summary_list_rows_and_change_links() {
    let root = root();
    let (log, change) = recorder::<()>();
    let rows = vec![
        SummaryRow { key: "Age".into(), value: html! { "7" }, change: Some(("age".into(), "#age".into(), change)) },
        SummaryRow { key: "1 May 2026".into(), value: html! { "Turns 18" }, change: None },
    ];
    show(&root, summary_list("rows", rows));
    yew::scheduler::flush().await;
    assert_eq!(root.query_selector_all(".govuk-summary-list__row").unwrap().length(), 2);
    assert_eq!(text(&root, ".govuk-summary-list__actions a"), "Change age");
    click(&root, ".govuk-summary-list__actions a");
    assert_eq!(log.borrow().len(), 1);
}

#[wasm_bindgen_test]
async fn small_pieces_render_gov_uk_markup() {
    let root = root();
    #[component]
    fn Pieces() -> Html {
        html! {
            <>
                { back_link(None) }
                { panel("Done".into(), Some(html! { "Body" })) }
                { details("Why".into(), None, html! { <p>{ "Because" }</p> }) }
                { details("Source".into(), Some("Staying Put".into()), html! { <p>{ "A document" }</p> }) }
                { tag("Estimate".into(), "govuk-tag--yellow") }
                { warning_text(html! { "Careful" }) }
                <ExitThisPage />
            </>
        }
    }
    yew::Renderer::<Pieces>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".govuk-back-link"), "Back");
    assert_eq!(text(&root, ".govuk-panel__title"), "Done");
    assert_eq!(text(&root, ".govuk-panel__body"), "Body");
    assert_eq!(text(&root, ".govuk-details__summary-text"), "Why");
    // What a "Why" or "Source" is about is said to screen readers only.
    let about = root.query_selector_all(".govuk-details__summary-text").unwrap().item(1).unwrap();
    assert_eq!(about.text_content().as_deref(), Some("Source: Staying Put"));
    assert_eq!(text(&root, ".govuk-details__summary-text .govuk-visually-hidden"), ": Staying Put");
    assert_eq!(text(&root, ".govuk-tag.govuk-tag--yellow"), "Estimate");
    assert!(text(&root, ".govuk-warning-text__text").ends_with("Careful"));
    let exit = q(&root, ".govuk-exit-this-page a");
    assert_eq!(exit.get_attribute("href").as_deref(), Some("https://www.bbc.co.uk/weather"));
    assert_eq!(exit.get_attribute("role").as_deref(), Some("button"));
}

#[wasm_bindgen_test]
fn share_round_trips_in_the_browser() {
    let today = Date::ymd(2025, 9, 1);
    let text = "1.a.19880412.y.19900930.n.400.300.n";
    let (journey, raw) = share::decode(text, today).unwrap();
    assert_eq!(journey, Journey::Adoption);
    // Links are written in the third form now (choices by id); the first still reads.
    assert_eq!(share::encode(journey, &raw, today, today), text.replacen("1.", "3.", 1));
    assert_eq!(share::decode("1.a.<b>", today), None);
    // Planned for another date: the date travels too.
    let planned = "1.a.p20260101.19880412.y.19900930.n.400.300.n";
    let (journey, raw) = share::decode(planned, today).unwrap();
    assert_eq!(share::planned(&raw, today), Date::ymd(2026, 1, 1));
    assert_eq!(share::encode(journey, &raw, today, share::planned(&raw, today)), planned.replacen("1.", "3.", 1));
}

/// A fresh, empty `#app`, replacing any earlier one.
fn fresh_app() -> Element {
    let document = gloo_document();
    while let Some(old) = document.get_element_by_id("app") {
        old.remove();
    }
    let app = root();
    app.set_id("app");
    app.set_class_name("govuk-width-container");
    app
}

#[wasm_bindgen_test]
fn the_problem_page_replaces_the_app_with_text_and_contact_details() {
    let app = fresh_app();
    app.set_text_content(Some("the app"));
    kent_support_planner::problem::show_problem_page();
    let document = gloo_document();
    let page = document.get_element_by_id("app").unwrap();
    assert!(!page.text_content().unwrap().contains("the app"), "the old content is gone");
    assert_eq!(page.class_name(), "govuk-width-container");
    assert_eq!(text(&page, "#problem-page h1"), "Sorry, there is a problem with this tool");
    assert!(text(&page, "#problem-page").contains("Your answers have not been sent anywhere."));
    let contact = q(&page, "#problem-contact");
    assert_eq!(contact.get_attribute("href").as_deref(), Some("https://www.kent.gov.uk/contact-us"));
    let href = web_sys::window().unwrap().location().href().unwrap();
    assert_eq!(q(&page, "#problem-try-again").get_attribute("href"), Some(href));
    assert_eq!(document.title(), "Sorry, there is a problem with this tool - Kent Support Planner");
    assert_eq!(document.query_selector_all("#app").unwrap().length(), 1);
    assert_eq!(document.active_element().map(|e| e.id()).as_deref(), Some("main-content"));
}

// The panic hook itself cannot be run here (a panic aborts the test), and
// `std::panic::take_hook` cannot say whose hook it is. So this checks that
// `start()` installs the window `error` listener next to the hook, and
// tests/e2e/promises.test.mjs causes a real panic in the release build
// (panic = "abort") and sees the problem page.
#[wasm_bindgen_test]
async fn start_installs_the_error_listener_that_shows_the_problem_page() {
    fresh_app();
    kent_support_planner::start(kent_support_planner::PUBLIC);
    yew::scheduler::flush().await;
    let document = gloo_document();
    assert!(document.get_element_by_id("problem-page").is_none());
    assert!(document.get_element_by_id("app-live").is_some(), "the app is mounted");
    let event = web_sys::Event::new("error").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    assert!(document.get_element_by_id("problem-page").is_some());
}

#[wasm_bindgen_test]
async fn notification_banner_and_exit_this_page_indicator_render_gov_uk_markup() {
    let root = root();
    #[component]
    fn Pieces() -> Html {
        html! {
            <>
                { notification_banner(
                    "plan-notice",
                    "Important".into(),
                    "Because you are planning for 1 May 2026, we need to ask 1 more question".into(),
                ) }
                <ExitThisPage />
            </>
        }
    }
    yew::Renderer::<Pieces>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let banner = q(&root, "#plan-notice");
    assert!(has_class(&banner, "govuk-notification-banner"));
    assert_eq!(banner.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(banner.get_attribute("aria-labelledby").as_deref(), Some("notification-banner-title"));
    assert_eq!(text(&root, "#notification-banner-title"), "Important");
    assert!(text(&root, ".govuk-notification-banner__heading").ends_with("1 more question"));
    // The shortcut's indicator: three lights, none on; a polite status, empty.
    assert_eq!(root.query_selector_all(".govuk-exit-this-page__indicator-light").unwrap().length(), 3);
    assert_eq!(root.query_selector_all(".govuk-exit-this-page__indicator-light--on").unwrap().length(), 0);
    assert_eq!(q(&root, "#exit-this-page-status").get_attribute("role").as_deref(), Some("status"));
    assert_eq!(text(&root, "#exit-this-page-status"), "");
}
