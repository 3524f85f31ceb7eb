//! "Embed a journey": staff pick a journey, a language and how the iframe
//! gets its height, and copy a snippet to paste into a guidance page. The
//! snippet's script tag names the current version of the parent script
//! (`embed/kent-support-planner-embed-v1.js`: a shipped version never
//! changes, so a pinned hash stays valid; embed/README.md) and carries its
//! Subresource Integrity hash, which `scripts/embed-sri.mjs` (Trunk's
//! pre-build hook) writes to `src/generated/embed_sri.txt`.

use crate::components::{radios, warning_text, RadioOption, RadiosProps};
use crate::embed::{allowed, origin_of};
use crate::i18n::LANGUAGES;
use crate::i18n::{t, tf};
use rules::Journey;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The parent script's file name, next to index.html: the current version,
/// the last line of `embed/shipped.txt`.
pub const SCRIPT: &str = "kent-support-planner-embed-v1.js";

/// `sha384-...` of the parent script, computed at build time.
pub const SRI: &str = include_str!("../generated/embed_sri.txt");

/// What the staff member chose.
#[derive(Clone, PartialEq)]
pub struct Choice {
    /// The journey id.
    pub journey: &'static str,
    /// The language code.
    pub lang: &'static str,
    /// `None` to resize with our script, else a fixed height in pixels.
    pub fixed: Option<u32>,
    /// The host page's origin, if it is on the allow-list.
    pub origin: Option<&'static str>,
}

/// The snippet to paste: an iframe, and (when it resizes itself) our script.
/// `base` is the address of the planner's folder, ending in `/`.
pub fn snippet(base: &str, c: &Choice, title: &str) -> String {
    let mut src = format!("{base}?journey={}&amp;lang={}&amp;embed=1", c.journey, c.lang);
    if let Some(o) = c.origin {
        src.push_str("&amp;origin=");
        src.push_str(&o.replace(':', "%3A").replace('/', "%2F"));
    }
    let title = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    match c.fixed {
        Some(px) => format!(
            "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"{px}\" style=\"border:0\"></iframe>"
        ),
        None => format!(
            "<iframe data-kent-support-planner src=\"{src}\" title=\"{title}\" loading=\"lazy\" width=\"100%\" height=\"600\" style=\"border:0\"></iframe>\n<script src=\"{base}{SCRIPT}\" integrity=\"{}\" crossorigin=\"anonymous\"></script>",
            SRI.trim()
        ),
    }
}

fn options(items: impl Iterator<Item = (String, String)>) -> Vec<RadioOption> {
    items.map(|(value, label)| RadioOption { value: value.into(), label: label.into(), hint: None }).collect()
}

/// The address of this page's folder, ending in `/`.
fn base() -> String {
    let l = web_sys::window().map(|w| w.location());
    let origin = l.as_ref().and_then(|l| l.origin().ok()).unwrap_or_default();
    let path = l.and_then(|l| l.pathname().ok()).unwrap_or_default();
    let dir = path.rfind('/').and_then(|i| path.get(..=i)).unwrap_or("/");
    format!("{origin}{dir}")
}

/// The "Embed a journey" page.
#[component]
pub fn EmbedPage() -> Html {
    let journey = use_state(|| "fostering".to_string());
    let lang = use_state(|| "en".to_string());
    let mode = use_state(|| "auto".to_string());
    let host = use_state(String::new);
    let copied = use_state(|| None::<bool>);
    use_effect_with((), |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&t("embed.page_title"));
        }
    });
    let set = |s: &UseStateHandle<String>| {
        let (s, copied) = (s.clone(), copied.clone());
        Callback::from(move |v: String| {
            s.set(v);
            copied.set(None);
        })
    };
    let j = Journey::ALL.iter().copied().find(|j| j.as_str() == *journey).unwrap_or(Journey::Fostering);
    let typed = host.trim();
    let origin = origin_of(typed).and_then(allowed);
    // What is wrong with the address typed, said beside the field and tied to it.
    let warning = if typed.is_empty() {
        None
    } else if !typed.contains("://") {
        Some("embed.host_full_address")
    } else {
        origin.is_none().then_some("embed.host_not_allowed")
    };
    let describedby = if warning.is_some() { "embed-host-hint embed-host-warning" } else { "embed-host-hint" };
    let choice = Choice {
        journey: j.as_str(),
        lang: LANGUAGES.iter().map(|l| l.code).find(|c| *c == *lang).unwrap_or("en"),
        fixed: (*mode == "fixed").then_some(600),
        origin,
    };
    let title = tf("embed.iframe_title", &[("journey", t(&format!("journey.{}.title", j.as_str())).into_owned())]);
    let code = snippet(&base(), &choice, &title);
    let oninput = {
        let (host, copied) = (host.clone(), copied.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            host.set(input.value());
            copied.set(None);
        })
    };
    let oncopy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(w) = web_sys::window() else { return };
            let promise = w.navigator().clipboard().write_text(&code);
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                if !ok {
                    let area = w.document().and_then(|d| d.get_element_by_id("embed-snippet"));
                    if let Some(area) = area.and_then(|a| a.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                        let _ = area.focus();
                        area.select();
                    }
                }
                copied.set(Some(ok));
            });
        })
    };
    let journeys =
        options(Journey::ALL.iter().map(|j| (j.as_str().into(), t(&format!("journey.{}.link", j.as_str())).into())));
    let langs = options(LANGUAGES.iter().map(|l| {
        // A dash, not brackets: some names have their own ("کوردی (سۆرانی)").
        let label = if l.code == "en" { l.english.to_string() } else { format!("{} – {}", l.english, l.name) };
        (l.code.into(), label)
    }));
    let modes = options(["auto", "fixed"].iter().map(|m| ((*m).into(), t(&format!("embed.mode.{m}")).into())));
    let status = match *copied {
        Some(true) => t("embed.copied"),
        Some(false) => t("embed.copy_yourself"),
        None => "".into(),
    };
    // The planner's page, not this one (staff.html): `./` is index.html.
    let preview = format!("./?journey={}&lang={}&embed=1", choice.journey, choice.lang);
    html! {
        <div class="app-page" id="embed-page">
            { super::staff_index::back_to_index() }
            <h1 class="govuk-heading-xl" tabindex="-1">{ t("embed.title") }</h1>
            <p class="govuk-body-l">{ t("embed.lead") }</p>
            { radios(RadiosProps {
                id: "embed-journey".into(),
                legend: t("embed.journey").into(),
                options: journeys,
                selected: Some(AttrValue::from((*journey).clone())),
                on_change: set(&journey),
                ..Default::default()
            }) }
            { radios(RadiosProps {
                id: "embed-lang".into(),
                legend: t("embed.lang").into(),
                hint: Some(t("embed.lang_hint").into()),
                options: langs,
                selected: Some(AttrValue::from((*lang).clone())),
                on_change: set(&lang),
                ..Default::default()
            }) }
            { radios(RadiosProps {
                id: "embed-mode".into(),
                legend: t("embed.mode").into(),
                options: modes,
                selected: Some(AttrValue::from((*mode).clone())),
                on_change: set(&mode),
                ..Default::default()
            }) }
            <div class="govuk-form-group">
                <label class="govuk-label govuk-label--m" for="embed-host">{ t("embed.host") }</label>
                <div id="embed-host-hint" class="govuk-hint">{ t("embed.host_hint") }</div>
                <input class="govuk-input" id="embed-host" name="embed-host" type="text" spellcheck="false" autocomplete="url" aria-describedby={describedby} value={(*host).clone()} {oninput} />
            </div>
            // Always in the page, so that a warning appearing in it is announced.
            <div aria-live="polite">
                if let Some(warning) = warning {
                    <div id="embed-host-warning">{ warning_text(html! { t(warning) }) }</div>
                }
            </div>
            <h2 class="govuk-heading-m">{ t("embed.snippet") }</h2>
            <div class="govuk-form-group">
                <label class="govuk-label" for="embed-snippet">{ t("embed.snippet_label") }</label>
                <textarea class="govuk-textarea app-snippet" id="embed-snippet" rows="8" readonly=true spellcheck="false" value={code} />
            </div>
            <button type="button" class="govuk-button govuk-button--secondary" id="embed-copy" onclick={oncopy}>{ t("embed.copy") }</button>
            <p class="govuk-body" role="status" id="embed-copy-status">{ status }</p>
            <h2 class="govuk-heading-m">{ t("embed.preview") }</h2>
            <iframe class="app-embed-preview" id="embed-preview" src={preview} {title} loading="lazy" height="600"></iframe>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snippet_names_the_journey_and_only_an_allowed_origin() {
        let c = Choice { journey: "kinship", lang: "en", fixed: None, origin: Some("https://www.kent.gov.uk") };
        let s = snippet("https://planner.example/", &c, "Kent Support Planner: \"x\"");
        assert!(s.contains("src=\"https://planner.example/?journey=kinship&amp;lang=en&amp;embed=1&amp;origin=https%3A%2F%2Fwww.kent.gov.uk\""));
        assert!(s.contains("title=\"Kent Support Planner: &quot;x&quot;\""));
        assert!(s.contains("loading=\"lazy\""));
        assert!(s.contains("integrity=\"sha384-"));
        let fixed = snippet("https://planner.example/", &Choice { fixed: Some(600), origin: None, ..c }, "t");
        assert!(fixed.contains("height=\"600\"") && !fixed.contains("<script") && !fixed.contains("origin="));
    }

    #[test]
    fn the_snippet_uses_the_newest_shipped_script_and_its_hash() {
        let shipped = include_str!("../../embed/shipped.txt");
        let last = shipped.lines().map(str::trim).rfind(|l| !l.is_empty() && !l.starts_with('#'));
        let (file, sri) = last.and_then(|l| l.split_once(' ')).unwrap_or_default();
        assert_eq!(file, SCRIPT, "SCRIPT is the last file in embed/shipped.txt");
        assert_eq!(sri.trim(), SRI.trim(), "src/generated/embed_sri.txt is its hash (node scripts/embed-sri.mjs)");
        assert!(SCRIPT.contains("-v"), "the name carries its version");
        let c = Choice { journey: "fostering", lang: "en", fixed: None, origin: None };
        let s = snippet("https://planner.example/", &c, "t");
        assert!(s.contains(&format!("<script src=\"https://planner.example/{SCRIPT}\" integrity=\"{}\"", SRI.trim())));
    }
}
