//! The documents every rule and figure comes from.
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

/// Every source, by key.
pub static SOURCES: &[Source] = &[
    s("kcc_decision_25_00010", "Kent County Council decision 25/00010: foster carer payments 2025-26", "https://democracy.kent.gov.uk/ieDecisionDetails.aspx?Id=2970", d(2025, 3, 21)),
    s("kent_fostering_payments", "Kent Fostering: fostering payments (undated page, figures most likely 2024-25)", "https://www.kentfostering.co.uk/introduction-to-fostering/fostering-payments", d(2024, 4, 1)),
    s("kent_could_you_foster", "Kent Fostering: could you foster?", "https://www.kentfostering.co.uk/introduction-to-fostering/could-you-foster", d(2025, 4, 1)),
    s("kent_how_to_apply", "Kent Fostering: how to apply", "https://www.kentfostering.co.uk/introduction-to-fostering/how-to-apply", d(2025, 4, 1)),
    s("kent_payment_for_skills", "Kent Fostering handbook: Payment for Skills", "https://handbook.kentfostering.co.uk/training-and-development/payment-for-skills", d(2025, 4, 1)),
    s("fostering_regs_2011", "The Fostering Services (England) Regulations 2011, regulation 26 and Schedule 4", "https://www.legislation.gov.uk/uksi/2011/581/regulation/26", d(2011, 4, 1)),
    s("cppcr_regs_2010", "The Care Planning, Placement and Case Review (England) Regulations 2010, regulations 24 and 25", "https://www.legislation.gov.uk/uksi/2010/959/regulation/25", d(2011, 4, 1)),
    s("hmrc_bim52765", "HMRC Business Income Manual BIM52765: qualifying care relief", "https://www.gov.uk/hmrc-internal-manuals/business-income-manual/bim52765", d(2024, 4, 6)),
    s("qcr_order_2024", "SI 2024/423: qualifying care relief amounts for 2024-25", "https://www.legislation.gov.uk/uksi/2024/423", d(2024, 4, 6)),
    s("qcr_order_2025", "SI 2025/51: qualifying care relief amounts for 2025-26", "https://www.legislation.gov.uk/uksi/2025/51", d(2025, 1, 21)),
    s("finance_act_2023_s28", "Finance (No. 2) Act 2023, section 28: qualifying care relief from 2023-24", "https://www.legislation.gov.uk/ukpga/2023/30/section/28", d(2023, 7, 11)),
    s("ittoia_2005_s828a", "Income Tax (Trading and Other Income) Act 2005, section 828A: yearly indexation of qualifying care relief", "https://www.legislation.gov.uk/ukpga/2005/5/section/828A", d(2023, 7, 11)),
    s("ittoia_2005_s811", "Income Tax (Trading and Other Income) Act 2005, section 811: weeks of care", "https://www.legislation.gov.uk/ukpga/2005/5/section/811", d(2005, 4, 6)),
    s("gov_uk_cost_of_fostering", "GOV.UK: help with the cost of fostering (national minimum allowance)", "https://www.gov.uk/support-for-foster-parents/help-with-the-cost-of-fostering", d(2025, 4, 6)),
    s("asgsf_hcws589", "Adoption and Special Guardianship Support Fund 2025-26: written statement HCWS589", "https://questions-statements.parliament.uk/written-statements/detail/2025-04-22/hcws589", d(2025, 4, 22)),
    s("asgsf_guidance", "GOV.UK: Adoption and Special Guardianship Support Fund", "https://www.gov.uk/guidance/adoption-support-fund-asf", d(2016, 4, 1)),
    s("child_benefit_rates", "GOV.UK: Child Benefit rates (figures read from secondary sources)", "https://www.gov.uk/child-benefit/what-youll-get", d(2025, 4, 6)),
    s("special_guardianship_regs_2005", "The Special Guardianship Regulations 2005, regulations 6 to 10", "https://www.legislation.gov.uk/uksi/2005/1109", d(2005, 12, 30)),
    s("kent_sgo_allowances_policy", "Kent County Council: Adoption Order, Special Guardianship Order and Child Arrangements Order allowances", "https://www.kentchildcare.proceduresonline.com/p_adopt_order.html", d(2014, 11, 1)),
    s("kinship_allowance_pilot", "Kinship: the kinship allowance pilot (Kinship Zones)", "https://kinship.org.uk/financial-allowances-pilot/", d(2026, 2, 27)),
    s("children_act_1989_s22c", "Children Act 1989, section 22C: placement with a connected person", "https://www.legislation.gov.uk/ukpga/1989/41/section/22C", d(2011, 4, 1)),
    s("child_arrangements_order", "Children Act 1989, section 8: child arrangements orders", "https://www.legislation.gov.uk/ukpga/1989/41/section/8", d(2014, 4, 22)),
    s("care_leavers_regs_2010", "The Care Leavers (England) Regulations 2010", "https://www.legislation.gov.uk/uksi/2010/2571", d(2011, 4, 1)),
    s("leaving_care_act_2000", "Children (Leaving Care) Act 2000, section 1 (Children Act 1989 Schedule 2 paragraph 19C)", "https://www.legislation.gov.uk/ukpga/2000/35/section/1", d(2001, 10, 1)),
    s("children_act_1989_s24", "Children Act 1989, section 24: persons qualifying for advice and assistance", "https://www.legislation.gov.uk/ukpga/1989/41/section/24", d(2001, 10, 1)),
    s("children_and_social_work_act_2017", "Children and Social Work Act 2017, section 3: personal advisers to 25", "https://www.legislation.gov.uk/ukpga/2017/16/section/3", d(2018, 4, 1)),
    s("children_and_families_act_2014_s98", "Children and Families Act 2014, section 98: Staying Put", "https://www.legislation.gov.uk/ukpga/2014/6/section/98", d(2014, 5, 13)),
    s("kent_sufficiency_2024", "Kent County Council Sufficiency Strategy 2022-2027 (2024 refresh), Appendix 1: Accommodation Profile", "https://www.kent.gov.uk/about-the-council/strategies-and-policies", d(2024, 9, 24)),
    s("kent_corporate_parenting_2024", "Kent County Council Corporate Parenting Annual Report 2023-24", "https://www.kent.gov.uk/about-the-council/strategies-and-policies", d(2024, 11, 8)),
    s("kent_local_offer", "Kent Cares Town (Kent's local offer for care leavers): Money Matters and Financial Support for 18+", "https://kentcarestown.lea.kent.sch.uk/moving-on/money-matters/", d(2018, 12, 3)),
    s("kcc_council_tax_care_leavers", "Kent County Council decision 20/00005: council tax for care leavers aged 18 to 21", "https://democracy.kent.gov.uk/ieDecisionDetails.aspx?ID=2314", d(2020, 2, 18)),
    s("setting_up_home_allowance_dfe", "DfE: section 31 grant letter, leaving care allowance uplift 2023 to 2025", "https://assets.publishing.service.gov.uk/media/648339e8103ca60013039ccf/Section_31_grant_determination_letter_for_leaving_care_allowance_uplift_implementation_grant__2023_to_2025.pdf", d(2023, 4, 1)),
    s("he_bursary_regs_2009", "The Children Act 1989 (Higher Education Bursary) (England) Regulations 2009, regulation 2", "https://www.legislation.gov.uk/uksi/2009/2274/regulation/2", d(2009, 9, 1)),
    s("apprenticeship_bursary", "GOV.UK: apprenticeships care leavers' bursary", "https://www.gov.uk/government/publications/apprenticeships-care-leavers-bursary", d(2023, 8, 1)),
    s("bursary_16_19", "GOV.UK: 16 to 19 Bursary Fund (vulnerable groups)", "https://www.gov.uk/1619-bursary-fund", d(2011, 9, 1)),
    s("homelessness_priority_need_order_2002", "Homelessness (Priority Need for Accommodation) (England) Order 2002, articles 4 and 5", "https://www.legislation.gov.uk/uksi/2002/2051/article/4", d(2002, 7, 31)),
    s("universal_credit_care_leavers", "GOV.UK: Universal Credit, and the shared accommodation rate exemption for care leavers under 25", "https://www.gov.uk/universal-credit", d(2021, 5, 31)),
    s("adoption_and_children_act_2002", "Adoption and Children Act 2002, sections 49 to 51", "https://www.legislation.gov.uk/ukpga/2002/38/section/49", d(2005, 12, 30)),
    s("adoption_process_guidance", "Adoption Focus: how long the adoption process takes", "https://www.adoption-focus.org.uk/faqs/weve-heard-that-the-process-takes-ages-how-long-is-it", d(2013, 7, 1)),
    s("pilot_or_sgo_allowance_written_answer", "Written answer by Baroness Smith of Malvern, 'Guardianship and Kinship Care', 4 August 2025", "https://parallelparliament.co.uk/lord/lord-hampton2/writtenanswers", d(2025, 8, 4)),
    s("children_act_1989_s66", "Children Act 1989, section 66: privately fostered children", "https://www.legislation.gov.uk/ukpga/1989/41/section/66", d(1991, 10, 14)),
    s("children_act_1989_s105", "Children Act 1989, section 105: who is a relative (grandparent, brother, sister, uncle, aunt or step-parent)", "https://www.legislation.gov.uk/ukpga/1989/41/section/105", d(1991, 10, 14)),
    s("private_fostering_regs_2005", "The Children (Private Arrangements for Fostering) Regulations 2005, regulation 3: the carer and the parents must tell the council", "https://www.legislation.gov.uk/uksi/2005/1533/regulation/3", d(2005, 7, 1)),
    s("kent_kinship_care_policy", "Kent County Council: family and friends (kinship) care policy, updated July 2024 for the National Kinship Care Strategy", "https://www.kentchildcare.proceduresonline.com/p_fam_friend_care.html", d(2024, 7, 1)),
    // Care leavers, second edition (DOMAIN 4.4).
    s("niaa_2002_sch3", "Nationality, Immigration and Asylum Act 2002, Schedule 3: support for people without leave, and human rights assessments", "https://www.legislation.gov.uk/ukpga/2002/41/schedule/3", d(2003, 1, 8)),
    s("children_act_1989_s24b", "Children Act 1989, section 24B: help with education, and accommodation in the holidays for full-time students", "https://www.legislation.gov.uk/ukpga/1989/41/section/24B", d(2001, 10, 1)),
    s("children_act_1989_s23czb", "Children Act 1989, section 23CZB: personal advisers for former relevant children aged 21 to 24", "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZB", d(2018, 4, 1)),
    s("care_leavers_allocation_regs_2025", "SI 2025/706: Allocation of Housing (Qualification Criteria for Victims of Domestic Abuse and Care Leavers) (England) Regulations 2025", "https://www.legislation.gov.uk/uksi/2025/706/regulation/2", d(2025, 7, 10)),
    s("housing_act_1996_ss160za_185", "Housing Act 1996, sections 160ZA and 185: immigration status, social housing and homelessness help", "https://www.legislation.gov.uk/ukpga/1996/52/section/185", d(1997, 1, 20)),
    s("kcc_essential_living_allowance", "Kent Cares Town: Financial Support for 18+, the Essential Living Allowance", "https://kentcarestown.lea.kent.sch.uk/moving-on/money/financial-support-for-18+/", d(2019, 3, 1)),
    // Which council supports a special guardian (issue 20, item 5).
    s("special_guardianship_regs_2005_reg5", "The Special Guardianship Regulations 2005, regulation 5: support for families outside the council's area", "https://www.legislation.gov.uk/uksi/2005/1109/regulation/5", d(2005, 12, 30)),
    s("plymouth_special_guardians", "Plymouth City Council: special guardians (which council supports you after the order)", "https://www.plymouth.gov.uk/special-guardians", d(2026, 12, 7)),
    s("medway_children_in_care", "Medway Council: children in care", "https://www.medway.gov.uk/info/200170/children_and_families/514/children_in_care/1", d(2026, 12, 7)),
    s("gov_uk_find_local_council", "GOV.UK: find your local council", "https://www.gov.uk/find-local-council", d(2026, 12, 7)),
    s("supported_accommodation_regs_2023", "The Supported Accommodation (England) Regulations 2023", "https://www.legislation.gov.uk/uksi/2023/416", d(2023, 4, 28)),
];

/// What staff should know about how a source was read or dated, kept out
/// of the titles so the planner's pages (and its wasm) carry only the
/// document's name: shown on the staff "rules and rates" page only.
pub static SOURCE_NOTES: &[(&str, &str)] = &[
    ("kcc_essential_living_allowance", "Undated page. Who it is paid to: a Kent County Council cabinet committee minute on decision 19/00014 (March 2019), paid to care leavers of undetermined immigration status who cannot claim benefits; the date is the minute's."),
    ("kent_local_offer", "Undated pages; the date is KentOnline's report of 3 December 2018 giving the same £2,000 and £120 figures."),
    ("pilot_or_sgo_allowance_written_answer", "To Lord Hampton: special guardians paid under the 2005 Regulations are barred from the kinship allowance pilot. Read on Parallel Parliament."),
    ("adoption_process_guidance", "Stage one 8 weeks, up to 6 months before stage two, stage two 4 months. Undated page; the date is the start of the two-stage process it describes (SI 2013/985)."),
    ("kent_sufficiency_2024", "Undated; the date is the latest event it reports, the Prime Minister's announcement of 24 September 2024."),
    ("setting_up_home_allowance_dfe", "The recommended setting up home allowance rises to £3,000 from April 2023."),
    ("ittoia_2005_s828a", "The 2026-27 amounts are worked out from it (CPI); the 2026 Order itself was not read."),
    ("kcc_council_tax_care_leavers", "The date is that of the council tax policy it put in place, 18 February 2020."),
    ("kent_corporate_parenting_2024", "Undated; the date is the latest event it reports, the Kent Supported Homes awards of 8 November 2024."),
    ("children_act_1989_s66", "Under 16, or under 18 if disabled, cared for 28 days or more by someone who is not a parent or close relative."),
    ("supported_accommodation_regs_2023", "Supported accommodation for looked after children and care leavers aged 16 and 17."),
    ("special_guardianship_regs_2005_reg5", "The regulation's own text was not read: its title is from the Regulations' contents; what it does is from Plymouth City Council's page, which applies it (and Suffolk CC v Nottinghamshire CC [2012] EWCA Civ 1640)."),
    ("plymouth_special_guardians", "Undated page; the date is the day it was read. A council that looked after the child before the order supports a family living outside its area until the order is 3 years old; financial support it agreed before the order stays with it for as long as the family qualifies."),
    ("medway_children_in_care", "Undated page; the date is the day it was read. Medway's children's services: children placed in Medway by other councils have support from the council that placed them."),
    ("gov_uk_find_local_council", "Undated service; the date is the day it was read. Finds the council for a postcode."),
];

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
