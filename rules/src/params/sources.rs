//! The documents every rule and figure comes from.
//!
//! [`SOURCES`] and [`SOURCE_NOTES`] are read from `rules/params/sources.toml`
//! at build time; the contacts' pages stay here ([`CONTACT_SOURCES`]).
//!
//! Dates are the document's own date where it gives one; for an undated web
//! page, the first day of the period its figures are for, as the section
//! of each value says.

use crate::Date;

/// A document that a rule or figure comes from.
#[derive(Debug)]
pub struct Source {
    /// The key used in results' `sources`.
    pub id: &'static str,
    /// The document's title.
    pub title: &'static str,
    /// Where to read it (https).
    pub url: &'static str,
    /// The document's date.
    pub date: Date,
}

const fn s(id: &'static str, title: &'static str, url: &'static str, date: Date) -> Source {
    Source { id, title, url, date }
}

const fn d(y: i32, m: u8, day: u8) -> Date {
    Date::ymd(y, m, day)
}

// `SOURCES` and `SOURCE_NOTES`, from `rules/params/sources.toml` (build.rs).
include!(concat!(env!("OUT_DIR"), "/sources.rs"));

/// The note on a source, if it has one.
pub fn source_note(id: &str) -> Option<&'static str> {
    SOURCE_NOTES.iter().find(|(k, _)| *k == id).map(|(_, note)| *note)
}

/// The source with this key.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

/// The pages the named contacts' phone numbers, emails, hours and links
/// come from (`rules::contacts`), in the same form as [`SOURCES`]. Kept
/// apart because the planner shows a contact's values, not its sources:
/// nothing in the web app reads this table, so it costs the wasm nothing.
/// An undated page is dated the day it was read in the search store,
/// 7 December 2026; [`CONTACT_SOURCE_NOTES`] says which.
pub static CONTACT_SOURCES: &[Source] = &[
    s("swale_worried_about_a_child", "Swale Borough Council: get advice if you're worried about a child or vulnerable adult (Kent children's social services and the out of hours line)", "https://swale.gov.uk/community-safety-and-emergencies/get-help-if-youre-worried-about-a-child-or-vulnerable-adult", d(2026, 12, 7)),
    s("kent_cares_town", "Kent Cares Town: the website for young people who are or have been in Kent's care", "https://kentcarestown.lea.kent.sch.uk/", d(2026, 12, 7)),
    s("kent_cares_town_asylum", "Kent Cares Town: asylum information", "https://kentcarestown.lea.kent.sch.uk/secondary/asylum-information/", d(2026, 12, 7)),
    s("careleaverpp_kent", "Care Leaver Progression Partnership: Kent County Council's 18+ Leaving Care Service", "https://careleaverpp.org/partner/kent-county-council/", d(2026, 12, 7)),
    s("medway_worried_about_a_child", "Medway Safeguarding Children Partnership: worried about a child", "https://www.medwayscp.org.uk/info/5/mscb-1/34/worried-child", d(2026, 12, 7)),
    s("medway_fostering", "Medway Council: fostering", "https://www.medway.gov.uk/fostering", d(2026, 12, 7)),
    s("apse_support", "Adoption Partnership South East: who is eligible for support", "https://www.adoptionpartnershipsoutheast.org.uk/support/who-is-eligible-for-support", d(2026, 12, 7)),
    s("apse_how_to_apply", "Adoption Partnership South East: how to apply", "https://www.adoptionpartnershipsoutheast.org.uk/how-to-adopt/how-to-apply", d(2026, 12, 7)),
    s("frg_advice_line", "Family Rights Group: Kinship Care Week 2023 (with the advice line's number and hours)", "https://frg.org.uk/news-blogs-and-vlogs/news/kinship-care-week-2023/", d(2023, 9, 5)),
    s("ylf_advocacy", "Young Lives Foundation: advocacy and children's rights", "https://ylf.org.uk/advocacy-rights/", d(2026, 12, 7)),
    s("cclc_immigration", "Coram Children's Legal Centre: immigration, asylum and nationality advice", "https://childrenslegalcentre.com/get-legal-advice/immigration-asylum-nationality", d(2026, 12, 7)),
];

/// How each contact source was read and dated (as [`SOURCE_NOTES`]).
pub static CONTACT_SOURCE_NOTES: &[(&str, &str)] = &[
    ("swale_worried_about_a_child", "Undated page, read 7 December 2026. Kent children's social services 03000 41 11 11 in working hours (the hours are not given); out of hours 03000 41 91 91; 999 in danger. Kent's own complaints page gives 03000 41 11 11 for Kent Children's Social Services too."),
    ("kent_cares_town", "Undated page, read 7 December 2026."),
    ("kent_cares_town_asylum", "Undated page, read 7 December 2026: for young people in Kent's care; 'you will be helped to find an immigration solicitor'."),
    ("careleaverpp_kent", "Undated page, read 7 December 2026. It says a personal adviser is linked from 17; the rules use 17 and a half (Sufficiency Strategy). It gives no phone number for the 18+ service."),
    ("medway_worried_about_a_child", "Undated page, read 7 December 2026. Medway's First Response service 01634 334 466; 24 hour emergency number 03000 419 191 (Medway Council's emergency page also sends social care calls out of hours to 03000 419 191)."),
    ("medway_fostering", "Undated page, read 7 December 2026: phone 01634 335 726 (no hours; the email was not in the stored text)."),
    ("apse_support", "Undated page, read 7 December 2026: 03000 422 373, adoption.partnership@kent.gov.uk; no hours."),
    ("apse_how_to_apply", "Undated page, read 7 December 2026: 03000 422373 (step 4)."),
    ("frg_advice_line", "Dated 5 September 2023; the same advice line text is on the charity's pages of 2022 to 2024."),
    ("ylf_advocacy", "Undated page, read 7 December 2026: no phone number or email in the stored text."),
    ("cclc_immigration", "Undated page, read 7 December 2026. An older page (http, childrenslegalcentre.com) gave an advice line number and hours; this page says advice is by email and outreach, so no number is shown."),
];

/// The contact source with this key.
pub fn contact_source(id: &str) -> Option<&'static Source> {
    CONTACT_SOURCES.iter().find(|s| s.id == id)
}
