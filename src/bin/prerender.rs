//! Writes the static pages into a built `dist/` (after `trunk build`):
//!
//! - the start page into `index.html`'s `#app` (between `<!--app-->` and
//!   `<!--/app-->`), and the fallback into its `<template id="app-fallback">`
//!   (between `<!--fallback-->` and `<!--/fallback-->`);
//! - `rates.html`, `privacy.html` and `fallback.html`: `index.html` with that
//!   page in `#app`, its own title, and no scripts, script preloads or template.
//!
//! The pages are the app's own components (`pages::PrerenderedPage`),
//! rendered with Yew's server renderer. "Today" for the rates page is the
//! build date (UTC), or `PRERENDER_TODAY=YYYY-MM-DD`.
//!
//! Usage: `cargo run --release --locked --features prerender --bin prerender -- dist`

use kent_support_planner::i18n::t;
use kent_support_planner::pages::{Prerendered, PrerenderedPage, PrerenderedPageProps};
use rules::Date;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::pin;
use std::process::ExitCode;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::Thread;
use yew::ServerRenderer;

/// Wakes the thread that waits in [`block_on`].
struct Unpark(Thread);

impl Wake for Unpark {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs a future to completion on this thread. `ServerRenderer` renders on
/// its own worker threads; this only waits for the result.
fn block_on<F: Future>(future: F) -> F::Output {
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return out,
            Poll::Pending => std::thread::park(),
        }
    }
}

/// One page's markup, as it goes inside `#app`.
fn render(page: Prerendered, today: Date) -> String {
    let renderer =
        ServerRenderer::<PrerenderedPage>::with_props(move || PrerenderedPageProps { page, today }).hydratable(false);
    block_on(renderer.render())
}

/// The build date: `PRERENDER_TODAY`, else today in UTC.
fn today() -> Result<Date, String> {
    if let Ok(text) = std::env::var("PRERENDER_TODAY") {
        return Date::parse(&text).ok_or_else(|| format!("PRERENDER_TODAY={text} is not a YYYY-MM-DD date"));
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| format!("the clock is before 1970: {e}"))?
        .as_secs();
    let days = i64::try_from(secs / 86_400).map_err(|e| e.to_string())?;
    Date::from_days(days).ok_or_else(|| "today is out of range".to_string())
}

/// Replaces what lies between `open` and `close` in `html` (the markers stay,
/// so running this again on the same dist/ gives the same result).
fn between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let start = html.find(open).ok_or_else(|| format!("index.html has no {open}"))? + open.len();
    let end = start + html[start..].find(close).ok_or_else(|| format!("index.html has no {close} after {open}"))?;
    Ok(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// Cuts every piece of `html` from `open` to the next `close`, both included.
fn cut_all(html: &str, open: &str, close: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(open) {
        out.push_str(&rest[..i]);
        match rest[i..].find(close) {
            Some(j) => rest = &rest[i + j + close.len()..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A page without scripts: `index.html` with no `<script>`, no module or
/// wasm preloads and no fallback template, and with its own title.
fn static_document(index: &str, page: Prerendered, body: &str) -> Result<String, String> {
    let mut html = between(index, "<!--app-->", "<!--/app-->", body)?;
    html = cut_all(&html, "<script", "</script>");
    html = cut_all(&html, "<link rel=\"modulepreload\"", ">");
    html = cut_all(&html, "<link rel=\"preload\"", ">");
    html = cut_all(&html, "<template id=\"app-fallback\"", "</template>");
    let title = format!("<title>{}</title>", t(page.title_id()));
    let start = html.find("<title>").ok_or("index.html has no <title>")?;
    let end = start + html[start..].find("</title>").ok_or("index.html has no </title>")? + "</title>".len();
    html.replace_range(start..end, &title);
    if html.contains("<script") || html.contains(".wasm") {
        return Err(format!("{:?} would still load a script or the wasm", page.file()));
    }
    Ok(html)
}

/// The value of attribute `name` in one tag's text (`name="value"`).
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].find('"').map(|end| &tag[start..start + end])
}

/// The marker of the script [`preload_wasm_off_the_start_page`] writes.
const WASM_PRELOAD_SCRIPT: &str = "<script>/* wasm preload */";

/// On the bare start page the wasm should not share the network with the
/// CSS before the first paint (the start page is complete without it); on
/// any other address (a journey, a page, a language, a shared link's
/// fragment) the app is needed at once. So Trunk's wasm preload link
/// becomes an inline script that adds the same link, with the same address
/// and integrity, only when the address has a query or a fragment. It goes
/// before the stylesheet, so it runs without waiting for the CSS.
/// (`scripts/bench`: the start page's first paint went from 1.13x to
/// 1.04-1.08x the static page, served brotli, with the first question as
/// quick as before.) Running it again changes nothing.
fn preload_wasm_off_the_start_page(index: &str) -> Result<String, String> {
    if index.contains(WASM_PRELOAD_SCRIPT) {
        return Ok(index.to_string());
    }
    let start = index.find("<link rel=\"preload\"").ok_or("index.html has no wasm preload link")?;
    let end = start + index[start..].find('>').ok_or("index.html: an unclosed preload link")? + 1;
    let tag = &index[start..end];
    let (Some(href), Some(integrity)) = (attribute(tag, "href"), attribute(tag, "integrity")) else {
        return Err(format!("index.html: the wasm preload has no href or integrity: {tag}"));
    };
    if !href.ends_with(".wasm") || [href, integrity].iter().any(|v| v.contains(['"', '\\', '<'])) {
        return Err(format!("index.html: not a wasm preload: {tag}"));
    }
    let script = format!(
        "{WASM_PRELOAD_SCRIPT}{{const p={{\"href\":\"{href}\",\"integrity\":\"{integrity}\"}};\
         if(location.search||location.hash){{const l=document.createElement(\"link\");l.rel=\"preload\";\
         l.as=\"fetch\";l.type=\"application/wasm\";l.crossOrigin=\"anonymous\";l.integrity=p.integrity;\
         l.href=p.href;document.head.append(l)}}}}</script>\n  "
    );
    let mut html = format!("{}{}", &index[..start], &index[end..]);
    let css = html.find("<link rel=\"stylesheet\"").ok_or("index.html has no stylesheet link")?;
    html.insert_str(css, &script);
    Ok(html)
}

fn run(dist: &Path) -> Result<(), String> {
    // The static rules and rates page uses the staff pages' words.
    kent_support_planner::i18n::add_staff_words();
    let today = today()?;
    let index_path = dist.join("index.html");
    let mut index = std::fs::read_to_string(&index_path)
        .map_err(|e| format!("{}: {e} (run trunk build first)", index_path.display()))?;
    for page in Prerendered::ALL {
        let body = render(page, today);
        match page.file() {
            None => index = between(&index, "<!--app-->", "<!--/app-->", &body)?,
            Some(file) => {
                let path = dist.join(file);
                std::fs::write(&path, static_document(&index, page, &body)?)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                println!("wrote {}", path.display());
            }
        }
        if page == Prerendered::Fallback {
            index = between(&index, "<!--fallback-->", "<!--/fallback-->", &body)?;
        }
    }
    let index = preload_wasm_off_the_start_page(&index)?;
    std::fs::write(&index_path, &index).map_err(|e| format!("{}: {e}", index_path.display()))?;
    println!(
        "wrote {} (start page in #app, fallback in its template, wasm preloaded off the start page only; rates as at {today})",
        index_path.display()
    );
    // The staff pages' twin of index.html (scripts/build) gets the same fallback.
    let staff_path = dist.join("staff.html");
    if staff_path.exists() {
        let staff = std::fs::read_to_string(&staff_path).map_err(|e| format!("{}: {e}", staff_path.display()))?;
        let staff = between(&staff, "<!--fallback-->", "<!--/fallback-->", &render(Prerendered::Fallback, today))?;
        std::fs::write(&staff_path, staff).map_err(|e| format!("{}: {e}", staff_path.display()))?;
        println!("wrote {} (fallback in its template)", staff_path.display());
    }
    Ok(())
}

fn main() -> ExitCode {
    let dist = std::env::args_os().nth(1).map_or_else(|| PathBuf::from("dist"), PathBuf::from);
    match run(&dist) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INDEX: &str = "<html lang=\"en\"><head><title>Start</title>\n<script type=\"module\">import x from '/a.js';</script>\
        <link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/a_bg.wasm\" as=\"fetch\"></head>\
        <body><div id=\"app\"><!--app-->old<!--/app--></div><template id=\"app-fallback\"><!--fallback-->f<!--/fallback--></template></body></html>";

    #[test]
    fn a_static_page_has_its_title_and_content_and_no_script() {
        let html = static_document(INDEX, Prerendered::Privacy, "<main>new</main>").unwrap();
        assert!(html.contains("<title>Privacy - Kent Support Planner</title>"));
        assert!(html.contains("<!--app--><main>new</main><!--/app-->"));
        for gone in ["<script", "modulepreload", ".wasm", "app-fallback", "old"] {
            assert!(!html.contains(gone), "{gone} is still in {html}");
        }
    }

    #[test]
    fn the_wasm_is_preloaded_only_off_the_bare_start_page() {
        let html = "<head><link rel=\"stylesheet\" href=\"/m.css\">\
            <link rel=\"modulepreload\" href=\"/a.js\"><link rel=\"preload\" href=\"/a_bg.wasm\" crossorigin=\"anonymous\" integrity=\"sha384-abc\" as=\"fetch\" type=\"application/wasm\"></head>";
        let out = preload_wasm_off_the_start_page(html).unwrap();
        assert!(!out.contains("<link rel=\"preload\""), "{out}");
        assert!(out.contains("<link rel=\"modulepreload\" href=\"/a.js\">"));
        let script = out.find(WASM_PRELOAD_SCRIPT).unwrap();
        assert!(script < out.find("<link rel=\"stylesheet\"").unwrap(), "before the CSS: {out}");
        assert!(out.contains(
            "{const p={\"href\":\"/a_bg.wasm\",\"integrity\":\"sha384-abc\"};if(location.search||location.hash){"
        ));
        assert_eq!(preload_wasm_off_the_start_page(&out).unwrap(), out, "a second run changes nothing");
        assert!(preload_wasm_off_the_start_page("<head><link rel=\"stylesheet\"></head>").is_err());
        let odd = html.replace("/a_bg.wasm", "/a\\\\u003c_bg.wasm");
        assert!(preload_wasm_off_the_start_page(&odd).is_err());
    }

    #[test]
    fn the_pages_render_from_the_components_without_a_browser() {
        // As main() does: the rates page's words are the staff pages' (the
        // library adds them itself only in its own tests).
        kent_support_planner::i18n::add_staff_words();
        let today = Date::ymd(2026, 4, 1);
        let start = render(Prerendered::Start, today);
        assert!(start.starts_with("<main") && start.contains("href=\"?journey=fostering\""), "{start}");
        let rates = render(Prerendered::Rates, today);
        assert!(rates.contains("Showing the values in force on 1 April 2026"), "{rates}");
        assert!(!rates.contains("rates-download") && !rates.contains("<form"));
        // The static page has the contents list too, the ids in closed details, no caption.
        assert!(rates.contains("href=\"#area-care_leaver\"") && rates.contains("Id for developers"), "{rates}");
        assert!(!rates.contains("<caption") && !rates.contains("<details open"));
        assert!(render(Prerendered::Fallback, today).contains("https://www.kentfostering.co.uk"));
        // Running twice on the same index.html gives the same file.
        let once = between(INDEX, "<!--app-->", "<!--/app-->", &start).unwrap();
        assert_eq!(between(&once, "<!--app-->", "<!--/app-->", &start).unwrap(), once);
    }
}
