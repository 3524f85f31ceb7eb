//! The Kent Support Planner web app (Yew). It asks the questions, calls the
//! `rules` crate and shows what it decides; it decides nothing itself.
//!
//! - `state/`: the answers and the one reducer; which question comes next.
//! - `pages/`: the start page, a question, check answers, the result.
//! - `components/`: GOV.UK Design System pieces.
//! - `i18n/`: every word, keyed by message id.
//!
//! Side effects (focus, page title, browser history, storage, the link's
//! fragment, the clipboard) happen only in `use_effect_with`.

pub mod calendar;
pub mod clock;
pub mod components;
pub mod embed;
mod hooks;
pub mod i18n;
pub mod language;
pub mod pages;
pub mod problem;
pub mod state;

use rules::{Date, Journey};
use state::{share, Action, State, Step};
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The wasm's memory allocator: talc instead of Rust's default dlmalloc,
/// for 1.5 KB less brotli wasm (PERFORMANCE.md) and no slower a step.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the wasm runs on one thread; it starts no workers and shares its
// memory with none, which is what `new_global` asks.
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
// Threads would break that promise: a build with them does not compile.
#[cfg(all(target_arch = "wasm32", target_feature = "atomics"))]
compile_error!("the global allocator (talc's TalckWasm) is only sound on one thread: use a locked talc with atomics");

/// The localStorage key for answers the person chose to save.
pub const STORAGE_KEY: &str = "kent-support-planner.answers";

/// The localStorage key for the language of saved answers (absent for
/// English): the bare start page opens in it, so someone who saved their
/// answers in Tigrinya is offered them back in Tigrinya.
pub const STORAGE_LANG_KEY: &str = "kent-support-planner.lang";

/// The sessionStorage key for the answers in progress in this tab
/// ([`share::progress`]): kept on each answer, read at start, removed by
/// "Exit this page" and "Start again", and by the browser when the tab closes.
pub const PROGRESS_KEY: &str = "kent-support-planner.progress";

/// This tab's storage (`tab`: sessionStorage), or the device's
/// (localStorage), when the browser allows it. Read through web-sys, not
/// gloo-storage: gloo's `raw()` throws when storage is blocked (which would
/// show the problem page) and its `get`/`set` bring serde_json.
fn storage(tab: bool) -> Option<web_sys::Storage> {
    let w = window()?;
    if tab { w.session_storage() } else { w.local_storage() }.ok().flatten()
}

/// Removes the answers in progress this tab kept ("Exit this page").
pub fn forget_progress() {
    if let Some(st) = storage(true) {
        let _ = st.remove_item(PROGRESS_KEY);
    }
}

/// Props for [`App`]: tests may set the journey and today; the page reads
/// them from the address and the clock.
#[derive(Properties, PartialEq, Default, Clone)]
pub struct AppProps {
    /// A journey id, instead of `?journey=` in the address.
    #[prop_or_default]
    pub journey: Option<AttrValue>,
    /// Today as `YYYY-MM-DD`, instead of the clock.
    #[prop_or_default]
    pub today: Option<AttrValue>,
    /// A compact answers string, instead of the address's `#a=` fragment.
    #[prop_or_default]
    pub answers: Option<AttrValue>,
    /// A page id from [`PAGES`], instead of `?page=` in the address.
    #[prop_or_default]
    pub page: Option<AttrValue>,
    /// The language the address asked for could not be fetched, so the
    /// page is in English and says so.
    #[prop_or_default]
    pub lang_failed: bool,
    /// What this build shows besides the journeys ([`PUBLIC`] or [`STAFF`]).
    #[prop_or_default]
    pub pages: Pages,
}

/// The journey named in a query string such as `?journey=kinship&x=1`.
/// Only the four journey ids are accepted; anything else is ignored.
pub fn journey_from_query(search: &str) -> Option<Journey> {
    search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix("journey=")).and_then(Journey::from_id)
}

/// The value of `name` in a query string such as `?a=1&b=2`, as written.
pub fn query_param<'a>(search: &'a str, name: &str) -> Option<&'a str> {
    search.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

/// The pages besides the journeys that `?page=` may open, across both
/// builds. Anything else is ignored. Add a page here, to [`PUBLIC`] or
/// [`STAFF`], and to its `pages::render_*_page`.
pub const PAGES: &[&str] = &["staff", "rates", "embed", "privacy"];

/// What one build of the app shows besides the journeys. There are two
/// builds, each its own wasm: the planner (`index.html`, [`PUBLIC`]) and
/// the staff pages (`staff.html`, [`STAFF`]), so that people planning do
/// not download the rules-and-rates and embed pages (about 12 KB brotli).
/// A build links only the pages its `render` names: the other build's
/// pages are not in its wasm.
#[derive(Clone, Copy, Debug)]
pub struct Pages {
    /// The `?page=` ids this build shows.
    pub ids: &'static [&'static str],
    /// The page shown when the address names none (`None`: the start page
    /// and the journeys).
    pub default: Option<&'static str>,
    /// The file that shows the other build's pages (same folder).
    pub other: &'static str,
    /// Draws one of `ids`; `on` is the date the rules are read for.
    pub render: fn(&str, Date) -> Html,
    /// Draws the start page and the journeys (the staff build has none).
    pub journeys: fn(UseReducerHandle<State>) -> Html,
}

/// Two builds' pages are the same when they show the same ids (a function
/// pointer's address is not a reliable identity).
impl PartialEq for Pages {
    fn eq(&self, other: &Self) -> bool {
        self.ids == other.ids && self.default == other.default && self.other == other.other
    }
}

impl Default for Pages {
    fn default() -> Self {
        PUBLIC
    }
}

/// The planner's build (`index.html`): the journeys and the privacy page.
pub const PUBLIC: Pages = Pages {
    ids: &["privacy"],
    default: None,
    other: "staff.html",
    render: pages::render_public_page,
    journeys: pages::render,
};

/// The staff pages' build (`staff.html`): an index of the staff pages
/// (shown when the address names none), rules and rates, and "Embed a journey".
pub const STAFF: Pages = Pages {
    ids: &["staff", "rates", "embed"],
    default: Some("staff"),
    other: "./",
    render: pages::render_staff_page,
    journeys: |_| Html::default(),
};

/// `text.split_once(sep)` by a plain scan of the bytes. `str`'s own search
/// for a text pattern (two-way) is about 2 KB of wasm, and the separators
/// searched for are a few bytes long.
pub fn split_once_str<'a>(text: &'a str, sep: &str) -> Option<(&'a str, &'a str)> {
    let at = text.as_bytes().windows(sep.len().max(1)).position(|w| w == sep.as_bytes())?;
    Some((text.get(..at)?, text.get(at + sep.len()..)?))
}

/// What follows the last `/` of a path (all of it without one), found by
/// a plain scan of the bytes, as [`split_once_str`] does.
fn last_segment(path: &str) -> &str {
    path.bytes().rposition(|b| b == b'/').and_then(|at| path.get(at + 1..)).unwrap_or(path)
}

/// Where the address should go instead, when it names a page (`?page=`)
/// that the other build shows: that build's file with the same query and
/// fragment. Old links such as `./?page=rates` keep working this way.
/// `None` when `path` already is that file: a server that answers every
/// path with one page (`trunk serve`) would otherwise send it round again.
pub fn elsewhere(pages: Pages, path: &str, search: &str, hash: &str) -> Option<String> {
    let page = page_from_query(search)?;
    let file = last_segment(path);
    let mut other = pages.other;
    while let Some(rest) = other.strip_prefix("./") {
        other = rest;
    }
    let there = match other {
        "" => file.is_empty() || file == "index.html",
        other => file == other,
    };
    (!pages.ids.contains(&page) && !there).then(|| format!("{}{search}{hash}", pages.other))
}

/// The page named by `?page=`, if it is on [`PAGES`].
pub fn page_from_query(search: &str) -> Option<&'static str> {
    let asked = query_param(search, "page")?;
    PAGES.iter().copied().find(|p| *p == asked)
}

/// The page a static file's path names when the app is served in its
/// place (`trunk serve` answers `/rates.html` with index.html before the
/// prerender has written it): `rates.html` and `privacy.html` only.
pub fn page_from_path(path: &str) -> Option<&'static str> {
    match last_segment(path) {
        "rates.html" => Some("rates"),
        "privacy.html" => Some("privacy"),
        _ => None,
    }
}

/// The date the rules are evaluated for, from `?on=YYYY-MM-DD`; `None` if
/// it is missing or not a real date (then today is used).
pub fn on_from_query(search: &str) -> Option<Date> {
    query_param(search, "on").and_then(Date::parse)
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The state the app starts in: from the props, else the address, the
/// device's saved answers and the clock (each read once).
fn boot(props: &AppProps) -> State {
    let location = window().map(|w| w.location());
    let today = props.today.as_deref().and_then(Date::parse).unwrap_or_else(clock::today);
    let journey = match &props.journey {
        Some(j) => Journey::from_id(j),
        None => journey_from_query(&location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default()),
    };
    let mut s = State::new(journey, today);
    if let Some(on) = on_from_query(&location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default()) {
        s.on = on;
    }
    s.saved = storage(false)
        .and_then(|st| st.get_item(STORAGE_KEY).ok().flatten())
        .filter(|t| share::decode(t, today).is_some());
    let fragment = match &props.answers {
        Some(a) => Some(a.to_string()),
        None => location.and_then(|l| l.hash().ok()).and_then(|h| h.strip_prefix("#a=").map(str::to_string)),
    };
    if let Some((j, raw)) = fragment.and_then(|f| share::decode(&f, today)) {
        s = s.apply(Action::Restore(j, raw));
        s.seq = 0;
    } else if props.answers.is_none() {
        // A reload, or a tab the browser dropped and opened again: the
        // answers this tab kept, on the page the person was on.
        let kept = journey.and_then(|_| storage(true)?.get_item(PROGRESS_KEY).ok().flatten());
        if let Some(back) = kept.zip(journey).and_then(|(k, j)| share::resume(&s, &k, j)) {
            s = back;
        }
    }
    s
}

/// The page's title: "{page} - {journey} - Kent Support Planner", with
/// "Error: " first when the page shows errors.
pub fn page_title(s: &State) -> String {
    let Some(journey) = s.journey.filter(|_| s.step != Step::Start) else {
        return i18n::t("start.page_title").into_owned();
    };
    let page = pages::page_name(s);
    let prefix = if s.errors.is_empty() { "" } else { &i18n::t("common.error_prefix") };
    format!(
        "{prefix}{page} - {} - {}",
        i18n::t(&format!("journey.{}.title", journey.as_str())),
        i18n::t("app.title_suffix")
    )
}

/// Focus, title and history after each page change or submit.
fn after_render(s: &State) {
    let Some(w) = window() else { return };
    if let Some(doc) = w.document() {
        doc.set_title(&page_title(s));
        if s.seq > 0 {
            // A new page starts at the top, as a page load would: otherwise
            // the sticky "Exit this page" button can cover the back link.
            w.scroll_to_with_x_and_y(0.0, 0.0);
            let target = if s.errors.is_empty() { "#main-content h1" } else { "#error-summary" };
            if let Some(el) =
                doc.query_selector(target).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
            }
        }
    }
    if let Ok(history) = w.history() {
        let id = JsValue::from_str(&s.step.to_id());
        if s.seq == 0 {
            let _ = history.replace_state(&id, "");
        } else if s.push {
            // Same path and query; the step lives in the state object only.
            let url = w.location().search().ok().map(|q| if q.is_empty() { "?".to_string() } else { q });
            let _ = history.push_state_with_url(&id, "", url.as_deref());
        }
    }
    components::focusable_when_scrollable();
}

/// True when the page shown is not translated yet: the journeys other than
/// "My local offer", and the staff pages. The privacy page is translated.
pub fn english_only(lang: &str, page: Option<&str>, s: &State) -> bool {
    lang != "en"
        && match page {
            Some(p) => p != "privacy",
            None => s.step != Step::Start && s.journey.is_some_and(|j| j != Journey::CareLeaver),
        }
}

/// A callback that switches the language in place: it fetches the
/// catalogue (once a visit), then redraws the page in it; if the fetch
/// fails the page stays as it is and says so.
fn choose_language(lang: &UseStateHandle<&'static str>, failed: &UseStateHandle<bool>) -> Callback<&'static str> {
    let (lang, failed) = (lang.clone(), failed.clone());
    Callback::from(move |code: &'static str| {
        let (lang, failed) = (lang.clone(), failed.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let locale = if code == "en" { None } else { i18n::locale::fetch(code).await };
            if code != "en" && locale.is_none() {
                failed.set(true);
                return;
            }
            i18n::choose(locale);
            failed.set(false);
            lang.set(code);
        });
    })
}

/// The app.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer({
        let props = props.clone();
        move || boot(&props)
    });
    let lang = use_state(i18n::chosen_code);
    let failed = use_state(|| props.lang_failed);
    let choose = choose_language(&lang, &failed);
    let built = props.pages;
    let page = *use_memo(props.page.clone(), move |p| {
        let asked = match p {
            Some(p) => PAGES.iter().copied().find(|id| *id == p.as_str()),
            None => {
                let location = window().map(|w| w.location());
                page_from_query(&location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default())
                    .or_else(|| page_from_path(&location.and_then(|l| l.pathname().ok()).unwrap_or_default()))
            }
        };
        // The other build's pages are not in this wasm (a server that
        // answers every path with one page can still ask for them): this
        // build's own default (the start page and journeys) instead.
        asked.filter(|p| built.ids.contains(p)).or(built.default)
    });

    hooks::use_focus_after_each_step(&state, page.is_some());
    let english_only = english_only(*lang, page, &state);
    i18n::set_english_only(english_only);
    i18n::set_date(state.on);
    // A translated result prints in English too (src/pages/result/print.rs).
    pages::use_printing();
    hooks::use_language_and_title(*lang, english_only, page, &state);
    hooks::use_back_and_forward(&state, &choose);
    hooks::use_kept_answers(&state, *lang, page.is_none());

    let mut announce = i18n::tf("common.step_announce", &[("page", pages::page_name(&state))]);
    if let Some(notice) = pages::notice_text(&state) {
        announce = format!("{}. {announce}", notice.trim_end_matches('.'));
    }
    let exit = matches!(state.journey, Some(Journey::Kinship | Journey::CareLeaver)) && state.step != Step::Start;
    // The draft notice in full on the start and result pages; one line on the others.
    let full_notice = page.is_none() && matches!(state.step, Step::Start | Step::Result);
    html! {
        <>
            { language::switcher(*lang, &choose) }
            <div class="govuk-visually-hidden" aria-live="polite" id="app-live">{ announce }</div>
            // tabindex: the skip link's target takes focus (as on the static pages).
            <main class="govuk-main-wrapper app-main" id="main-content" tabindex="-1" key={*lang}
                lang={english_only.then_some("en")} dir={english_only.then_some("ltr")}>
                { language::notice(*lang, english_only, full_notice, &choose) }
                if *failed {
                    <div class="govuk-inset-text" id="language-failed" role="alert">{ i18n::get_chosen("lang.load_failed") }</div>
                }
                if exit {
                    <components::ExitThisPage />
                }
                { match page {
                    Some(id) => (built.render)(id, state.on),
                    None => (built.journeys)(state),
                } }
            </main>
        </>
    }
}

/// Installs the problem page ([`problem::install`]), fetches the language
/// the address asks for (`?lang=`; English needs nothing), then mounts the
/// app in `#app`, replacing the static start page. `pages` says which build
/// this is; an address for the other build's pages goes there instead.
pub fn start(pages: Pages) {
    problem::install();
    if let Some(location) = window().map(|w| w.location()) {
        let (search, hash) = (location.search().unwrap_or_default(), location.hash().unwrap_or_default());
        if let Some(url) = elsewhere(pages, &location.pathname().unwrap_or_default(), &search, &hash) {
            let _ = location.replace(&url);
            return;
        }
    }
    embed::init();
    // The planner's bare start page may open in the language answers were
    // saved in; anything else speaks the address's language.
    let asked = if pages.default.is_none() { language::at_start() } else { language::from_address() };
    language::set_opened_in(asked);
    if asked == "en" {
        mount(false, pages);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let locale = i18n::locale::fetch(asked).await;
        i18n::choose(locale);
        mount(locale.is_none(), pages);
    });
}

fn mount(lang_failed: bool, pages: Pages) {
    let Some(root) = window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("app")) else {
        return;
    };
    // The static start page goes; no raw-HTML API is used anywhere (clippy.toml).
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    yew::Renderer::<App>::with_root_and_props(root, AppProps { lang_failed, pages, ..AppProps::default() }).render();
    // src/loader.js shows the fallback if this marker is missing 5 s after load.
    if let Some(html) = window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "ready");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_four_journeys_are_read_from_the_query() {
        assert_eq!(journey_from_query("?journey=care_leaver"), Some(Journey::CareLeaver));
        assert_eq!(journey_from_query("?x=1&journey=adoption"), Some(Journey::Adoption));
        assert_eq!(journey_from_query("?journey=<script>"), None);
        assert_eq!(journey_from_query("?journey=Fostering"), None);
        assert_eq!(journey_from_query(""), None);
    }

    #[test]
    fn only_listed_pages_and_real_dates_are_read_from_the_query() {
        assert_eq!(page_from_query("?page=rates"), Some("rates"));
        assert_eq!(page_from_query("?x=1&page=embed"), Some("embed"));
        assert_eq!(page_from_query("?page=<script>"), None);
        assert_eq!(page_from_query("?pages=rates"), None);
        assert_eq!(on_from_query("?on=2026-04-01"), Some(Date::ymd(2026, 4, 1)));
        assert_eq!(on_from_query("?on=2026-02-30"), None);
        assert_eq!(on_from_query("?on=tomorrow"), None);
        assert_eq!(page_from_path("/rates.html"), Some("rates"));
        assert_eq!(page_from_path("/planner/privacy.html"), Some("privacy"));
        assert_eq!(page_from_path("/"), None);
        assert_eq!(page_from_path("/embed.html"), None);
    }

    #[test]
    fn an_address_for_the_other_builds_page_goes_to_that_file() {
        assert_eq!(
            elsewhere(PUBLIC, "/", "?page=rates&on=2026-04-01", "").as_deref(),
            Some("staff.html?page=rates&on=2026-04-01")
        );
        assert_eq!(
            elsewhere(PUBLIC, "/planner/index.html", "?page=embed", "#x").as_deref(),
            Some("staff.html?page=embed#x")
        );
        assert_eq!(elsewhere(PUBLIC, "/", "?page=privacy", ""), None);
        assert_eq!(elsewhere(PUBLIC, "/", "?journey=fostering", ""), None);
        assert_eq!(elsewhere(PUBLIC, "/", "?page=unknown", ""), None);
        assert_eq!(
            elsewhere(STAFF, "/staff.html", "?page=privacy&lang=ar", "").as_deref(),
            Some("./?page=privacy&lang=ar")
        );
        assert_eq!(elsewhere(STAFF, "/staff.html", "?page=embed", ""), None);
        assert_eq!(elsewhere(STAFF, "/staff.html", "", ""), None);
        // Already at the other file (a server that answers every path with
        // one page): no loop.
        assert_eq!(elsewhere(PUBLIC, "/staff.html", "?page=rates", ""), None);
        assert_eq!(elsewhere(STAFF, "/planner/", "?page=privacy", ""), None);
        assert_eq!(elsewhere(STAFF, "/index.html", "?page=privacy", ""), None);
        for id in PAGES {
            assert!(PUBLIC.ids.contains(id) != STAFF.ids.contains(id), "{id} is in exactly one build");
        }
    }
}
