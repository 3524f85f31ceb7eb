//! The staff pages' index (`staff.html` with no page named): what staff
//! can do here, with a link to each staff page. The links are the pages'
//! own addresses (`staff.html?page=...`), so an address that names a page
//! still opens that page directly.

use crate::i18n::t;
use yew::prelude::*;

/// The staff pages, in the order the index lists them: (id for the
/// words, address).
pub const LINKS: [(&str, &str); 2] = [("rates", "staff.html?page=rates"), ("embed", "staff.html?page=embed")];

/// A link back to the index, for the top of each staff page.
pub fn back_to_index() -> Html {
    html! { <a class="govuk-back-link" href="staff.html" id="staff-index-link">{ t("staff.back") }</a> }
}

/// The staff pages' index.
#[component]
pub fn StaffIndex() -> Html {
    use_effect_with((), |_| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&t("staff.page_title"));
        }
    });
    let items = LINKS.iter().map(|(id, href)| {
        html! {
            <li class="app-staff-link" id={format!("staff-{id}")}>
                <h2 class="govuk-heading-m"><a class="govuk-link" href={*href}>{ t(&format!("staff.{id}.link")) }</a></h2>
                <p class="govuk-body">{ t(&format!("staff.{id}.text")) }</p>
            </li>
        }
    });
    html! {
        <div class="app-page" id="staff-index">
            <h1 class="govuk-heading-xl" tabindex="-1">{ t("staff.title") }</h1>
            <p class="govuk-body-l">{ t("staff.lead") }</p>
            <ul class="govuk-list">{ for items }</ul>
            <h2 class="govuk-heading-m">{ t("staff.more") }</h2>
            <ul class="govuk-list govuk-list--bullet">
                <li>{ t("staff.static") }{ " " }<a class="govuk-link" href="rates.html" id="staff-static-rates">{ t("staff.static_link") }</a>{ "." }</li>
                <li>{ t("staff.preview") }</li>
                <li><a class="govuk-link" href="./" id="staff-planner">{ t("staff.planner") }</a></li>
            </ul>
        </div>
    }
}
