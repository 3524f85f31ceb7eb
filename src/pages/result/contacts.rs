//! "What to do next": the named contacts `rules::contacts` chooses for this
//! person, each with its phone (a `tel:` link), email (`mailto:`), opening
//! hours, out-of-hours line and page; the line to call in danger first.
//! A value the sources do not give is left out, and the words say how to
//! find it. Phone numbers stay as their sources write them, left to right,
//! in every language.

use crate::components::warning_text;
use crate::i18n::{self, t};
use rules::contacts::{Contact, ContactKind};
use rules::{Outcome, Scenario};
use yew::prelude::*;

/// The contacts for the person these answers describe, on the date the
/// rules are read for: the danger line (care leavers and kinship carers),
/// then one block per contact, the one to talk to first first. Put it in
/// the "What to do next" section.
pub fn contacts_block(scenario: &Scenario, outcome: &Outcome) -> Html {
    let journey = scenario.answers.journey();
    let contacts = rules::contacts::for_person(&scenario.answers, outcome);
    let danger = contacts.iter().filter(|c| c.kind == ContactKind::Emergency).map(|c| emergency(c));
    let blocks = contacts.iter().filter(|c| c.kind != ContactKind::Emergency).map(|c| block(c, journey.as_str()));
    html! {
        <div class="app-contacts" id="contacts">
            { for danger }
            { for blocks }
        </div>
    }
}

/// A `tel:` address: the number's digits alone.
fn tel(number: &str) -> String {
    let mut href = String::from("tel:");
    href.extend(number.chars().filter(char::is_ascii_digit));
    href
}

/// A link, left to right in every language (numbers and addresses).
fn link(href: String, text: &'static str) -> Html {
    html! { <a class="govuk-link" {href} dir="ltr">{ text }</a> }
}

fn emergency(c: &Contact) -> Html {
    let sentence = html! { <a class="govuk-link" href={c.phone.map(tel)}>{ t("contact.emergency") }</a> };
    html! { <div id="contact-emergency">{ warning_text(sentence) }</div> }
}

/// A line of the list: a bold label and its value.
fn row(label: &str, value: Html) -> Html {
    html! { <li><b>{ t(label) }{ ": " }</b>{ value }</li> }
}

fn block(c: &Contact, journey: &str) -> Html {
    let id = c.id;
    let mut lines: Vec<Html> = Vec::with_capacity(4);
    if let Some(p) = c.phone {
        lines.push(row("contact.phone", link(tel(p), p)));
        lines.push(match c.hours {
            Some(h) => row("contact.hours", html! { t(&format!("contact.hours.{h}")) }),
            None => html! { <li>{ t("contact.hours.ask") }</li> },
        });
    }
    if let Some(e) = c.email {
        lines.push(row("contact.email", link(format!("mailto:{e}"), e)));
    }
    if let Some(o) = c.out_of_hours {
        lines.push(row("contact.out_of_hours", link(tel(o), o)));
    }
    // Words for this journey where a contact serves several (`own_council`).
    let text = i18n::get(&format!("contact.{id}.{journey}")).or_else(|| i18n::get(&format!("contact.{id}.text")));
    let list = (!lines.is_empty()).then(|| html! { <ul class="govuk-list">{ for lines }</ul> });
    let page = c.url.map(|url| super::items::link_para(url.into(), t(&format!("contact.{id}.link")).into()));
    html! {
        <div class="app-contact" id={format!("contact-{id}")} data-contact={id}>
            { super::items::h3_m(t(&format!("contact.{id}")).into()) }
            { text.map(|words| super::items::para(words.into())) }
            { list }
            { page }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::{Answers, CareLeaverAnswers, Date, ImmigrationStatus};
    use yew::virtual_dom::VNode;

    /// The text a node shows, with a space between elements.
    fn text(node: &VNode) -> String {
        let mut out = String::new();
        walk(node, &mut |n| {
            if let VNode::VText(t) = n {
                out.push_str(&t.text);
            }
        });
        out
    }

    /// Every attribute `name` in the tree, in order.
    fn attrs(node: &VNode, name: &str) -> Vec<String> {
        let mut out = Vec::new();
        walk(node, &mut |n| {
            if let VNode::VTag(tag) = n {
                out.extend(tag.attributes.iter().filter(|(k, _)| *k == name).map(|(_, v)| v.to_string()));
            }
        });
        out
    }

    fn walk(node: &VNode, f: &mut dyn FnMut(&VNode)) {
        f(node);
        match node {
            VNode::VTag(tag) => {
                if let Some(children) = tag.children() {
                    walk(children, f);
                }
            }
            VNode::VList(list) => list.iter().for_each(|c| walk(c, f)),
            _ => {}
        }
    }

    fn leaver(born: Date, status: ImmigrationStatus, kent: bool) -> CareLeaverAnswers {
        CareLeaverAnswers {
            date_of_birth: born,
            looked_after_now: true,
            weeks_looked_after_since_14: 30,
            looked_after_since_16: true,
            looked_after_on_18th_birthday: false,
            special_guardianship_from_care: false,
            privately_fostered: false,
            in_education_or_training: true,
            in_higher_education: false,
            starting_apprenticeship: false,
            living_with_foster_carer: false,
            kent_care_leaver: kent,
            immigration_status: status,
            unaccompanied_asylum_seeking: status != ImmigrationStatus::Settled,
            in_shared_accommodation_since_before_2023_11_13: false,
            disabled: false,
            special_educational_needs: false,
            care_act_eligible_needs: false,
        }
    }

    const ON: Date = Date::ymd(2026, 12, 7);

    fn shown(a: CareLeaverAnswers) -> VNode {
        {
            let s = Scenario { on: ON, answers: Answers::CareLeaver(a) };
            contacts_block(&s, &rules::evaluate(&s))
        }
    }

    #[test]
    fn a_care_leaver_of_17_sees_the_danger_line_then_their_social_worker_with_kents_numbers() {
        // 17 on 1 September 2026: 17 and a half on 1 March 2027.
        let html = shown(leaver(Date::ymd(2009, 9, 1), ImmigrationStatus::Settled, true));
        assert_eq!(
            attrs(&html, "data-contact"),
            ["kent_social_worker", "advocate"],
            "the social worker first; no immigration advice when settled"
        );
        let words = text(&html);
        let danger = words.find("If you are in danger now, call 999.");
        let worker = words.find("Your social worker");
        assert!(danger.is_some() && worker.is_some() && danger < worker, "the danger line first: {words}");
        assert!(words.contains("Working hours (ask for the exact times)"), "{words}");
        let hrefs = attrs(&html, "href");
        assert_eq!(hrefs.first().map(String::as_str), Some("tel:999"));
        assert!(hrefs.contains(&"tel:03000411111".to_string()), "{hrefs:?}");
        assert!(hrefs.contains(&"tel:03000419191".to_string()), "out of hours: {hrefs:?}");
        assert!(hrefs.contains(&"https://ylf.org.uk/advocacy-rights/".to_string()), "{hrefs:?}");
        assert!(!words.contains("personal adviser works"), "{words}");
    }

    #[test]
    fn a_care_leaver_of_19_sees_their_personal_adviser_and_the_out_of_hours_line() {
        let html = shown(leaver(Date::ymd(2007, 6, 1), ImmigrationStatus::Settled, true));
        assert_eq!(attrs(&html, "data-contact"), ["kent_personal_adviser", "advocate"]);
        let words = text(&html);
        assert!(words.contains("Your personal adviser"), "{words}");
        assert!(words.contains("Ask them for their phone number"), "no number is invented: {words}");
        let hrefs = attrs(&html, "href");
        assert!(hrefs.contains(&"tel:03000419191".to_string()), "{hrefs:?}");
        assert!(!hrefs.contains(&"tel:03000411111".to_string()), "{hrefs:?}");
    }

    #[test]
    fn an_asylum_claim_waiting_adds_free_immigration_advice() {
        let html = shown(leaver(Date::ymd(2009, 9, 1), ImmigrationStatus::Pending, true));
        assert_eq!(attrs(&html, "data-contact"), ["kent_social_worker", "advocate", "immigration_advice"]);
        assert!(text(&html).contains("Free immigration legal advice"));
    }

    #[test]
    fn a_care_leaver_kent_does_not_look_after_is_sent_to_their_own_council() {
        let html = shown(leaver(Date::ymd(2007, 6, 1), ImmigrationStatus::Settled, false));
        assert_eq!(attrs(&html, "data-contact"), ["own_council"]);
        let words = text(&html);
        assert!(words.contains("Your support comes from the council that looked after you"), "{words}");
        assert!(attrs(&html, "href").contains(&"https://www.gov.uk/find-local-council".to_string()));
        assert!(!words.contains("Kent children's social services"), "{words}");
    }

    #[test]
    fn adoption_shows_a_phone_an_email_and_no_danger_line() {
        let a = rules::AdoptionAnswers {
            date_of_birth: Date::ymd(1985, 1, 1),
            partner: None,
            domiciled_in_british_islands: true,
            months_habitually_resident: 400,
            household_specified_offence: false,
        };
        let s = Scenario { on: ON, answers: Answers::Adoption(a) };
        let html = contacts_block(&s, &rules::evaluate(&s));
        let hrefs = attrs(&html, "href");
        assert!(hrefs.contains(&"tel:03000422373".to_string()), "{hrefs:?}");
        assert!(hrefs.contains(&"mailto:adoption.partnership@kent.gov.uk".to_string()), "{hrefs:?}");
        let words = text(&html);
        assert!(words.contains("Ask them when the phone line is open."), "no hours are invented: {words}");
        assert!(!words.contains("999"), "{words}");
    }

    #[test]
    fn every_contact_has_its_words() {
        for c in rules::contacts::ALL {
            let id = c.id;
            assert!(i18n::get(&format!("contact.{id}")).is_some(), "contact.{id}");
            if c.kind != ContactKind::Emergency {
                assert!(
                    i18n::get(&format!("contact.{id}.text")).is_some()
                        || i18n::get(&format!("contact.{id}.care_leaver")).is_some(),
                    "contact.{id}.text"
                );
            }
            if c.url.is_some() {
                assert!(i18n::get(&format!("contact.{id}.link")).is_some(), "contact.{id}.link");
            }
            if let Some(h) = c.hours {
                assert!(i18n::get(&format!("contact.hours.{h}")).is_some(), "contact.hours.{h}");
            }
        }
    }
}
