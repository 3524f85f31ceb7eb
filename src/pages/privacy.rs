//! "Privacy": what the planner does not collect, in plain words
//! (`?page=privacy`, linked from the footer). Every sentence is a promise
//! the end-to-end tests check (tests/e2e/promises.test.mjs).

use super::result::{h2_m, para};
use crate::i18n::t;
use yew::prelude::*;

/// The sections of the page, each a heading and its paragraphs, by message id.
const SECTIONS: &[(&str, &[&str])] = &[
    ("privacy.answers.heading", &["privacy.answers.1", "privacy.answers.2"]),
    ("privacy.cookies.heading", &["privacy.cookies.1"]),
    ("privacy.tab.heading", &["privacy.tab.1", "privacy.tab.2"]),
    ("privacy.saving.heading", &["privacy.saving.1", "privacy.saving.2", "privacy.saving.3"]),
    ("privacy.link.heading", &["privacy.link.1", "privacy.link.2"]),
    ("privacy.language.heading", &["privacy.language.1"]),
    // The service worker's copy (src/sw.js): the planner's own files only.
    ("privacy.offline.heading", &["privacy.offline.1", "privacy.offline.2"]),
];

/// Where to ask the council about personal information.
const CONTACT_URL: &str = "https://www.kent.gov.uk/contact-us";

/// The privacy page. A function, not a component (a component costs the
/// wasm its own copy of Yew's lifecycle code): the app sets its title
/// (`privacy.page_title`) with the other pages' titles.
pub fn privacy_page() -> Html {
    html! {
        <div class="govuk-grid-row" id="privacy">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{ t("privacy.title") }</h1>
                <p class="govuk-body-l">{ t("privacy.lead") }</p>
                { for SECTIONS.iter().map(|(heading, paragraphs)| html! {
                    <>
                        { h2_m(t(heading).into()) }
                        { for paragraphs.iter().map(|p| para(t(p).into())) }
                    </>
                }) }
                { h2_m(t("privacy.contact.heading").into()) }
                <p class="govuk-body">
                    { t("privacy.contact.1") }{ " " }
                    <a class="govuk-link" href={CONTACT_URL} id="privacy-contact">{ t("privacy.contact.link") }</a>{ "." }
                </p>
                <p class="govuk-body"><a class="govuk-link" href={crate::language::home()} id="privacy-back">{ t("privacy.back") }</a></p>
            </div>
        </div>
    }
}
