//! The fallback: what the planner is and where to read instead, for a
//! browser that cannot run it. The prerender binary writes it to
//! `fallback.html` and into `index.html`'s `<template id="app-fallback">`,
//! which `src/loader.js` shows when the wasm fails to load or start, or has
//! not started within 5 seconds. It needs no script to read.

use super::result::{h2_m, para};
use crate::i18n::t;
use yew::prelude::*;

/// Guidance pages, by message id: where people read about each journey.
pub const GUIDANCE: &[(&str, &str)] = &[
    ("fallback.guidance.fostering", "https://www.kentfostering.co.uk"),
    ("fallback.guidance.kinship", "https://kinship.org.uk/"),
    ("fallback.guidance.care_leavers", "https://www.kent.gov.uk/education-and-children/care-leavers"),
    ("fallback.guidance.adoption", "https://www.kent.gov.uk/education-and-children/adoption"),
];

/// Where to contact the council.
pub const CONTACT_URL: &str = "https://www.kent.gov.uk/contact-us";

/// The fallback page's content.
#[component]
pub fn FallbackPage() -> Html {
    html! {
        <div class="govuk-grid-row" id="fallback">
            <div class="govuk-grid-column-two-thirds">
                <h1 class="govuk-heading-l">{ t("fallback.title") }</h1>
                <p class="govuk-body-l">{ t("fallback.lead") }</p>
                { para(t("fallback.why").into()) }
                <p class="govuk-body"><a class="govuk-link" href="./" id="fallback-again">{ t("fallback.again") }</a></p>
                { h2_m(t("fallback.guidance.heading").into()) }
                <ul class="govuk-list govuk-list--bullet" id="fallback-guidance">
                    { for GUIDANCE.iter().map(|(id, href)| html! {
                        <li><a class="govuk-link" href={*href}>{ t(id) }</a></li>
                    }) }
                    <li><a class="govuk-link" href="rates.html">{ t("fallback.rates") }</a></li>
                </ul>
                { h2_m(t("fallback.contact.heading").into()) }
                <p class="govuk-body">
                    { t("fallback.contact.1") }{ " " }
                    <a class="govuk-link" href={CONTACT_URL} id="fallback-contact">{ t("fallback.contact.link") }</a>{ "." }
                </p>
            </div>
        </div>
    }
}
