//! Keeping answers: a link with the answers in its fragment (after a
//! warning), saving on this device (opt-in, clearable), the timeline as a
//! calendar file, and where to report a problem with the page.

use super::care_leaver;
use super::items::title_id;
use crate::calendar::CalEvent;
use crate::components::warning_text;
use crate::i18n::{self, t, tf};
use crate::state::{share, Action, State};
use rules::Outcome;
use yew::prelude::*;

/// Props for [`Keep`].
#[derive(Properties, PartialEq)]
pub struct KeepProps {
    /// The app state.
    pub state: UseReducerHandle<State>,
}

/// The address of this page with the answers in its fragment.
fn share_url(compact: &str) -> String {
    let location = web_sys::window().map(|w| w.location());
    let base = location
        .map(|l| {
            format!(
                "{}{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default(),
                l.search().unwrap_or_default()
            )
        })
        .unwrap_or_default();
    format!("{base}#a={compact}")
}

/// "Copy a link to these answers" and "Save my answers on this device".
#[component]
pub fn Keep(props: &KeepProps) -> Html {
    let state = &props.state;
    // 0: the button; 1: the warning; 2: the link is made.
    let stage = use_state(|| 0u8);
    let copied = use_state(|| false);
    let compact = state.journey.map(|j| share::encode(j, &state.raw, state.today, state.on)).unwrap_or_default();
    let url = share_url(&compact);
    {
        let copied = copied.clone();
        let (url, compact) = (url.clone(), compact.clone());
        use_effect_with((*stage, compact.clone()), move |(stage, _)| {
            if *stage == 2 {
                let w = web_sys::window();
                if let Some(h) = w.as_ref().and_then(|w| w.history().ok()) {
                    let st = h.state().unwrap_or(wasm_bindgen::JsValue::NULL);
                    let _ = h.replace_state_with_url(&st, "", Some(&format!("#a={compact}")));
                }
                if let Some(w) = w {
                    let promise = w.navigator().clipboard().write_text(&url);
                    yew::platform::spawn_local(async move {
                        copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
                    });
                }
            }
        });
    }
    // The button that was pressed is gone: focus moves to what replaced
    // it, the warning and then the link (so a keyboard or screen reader
    // user is not left on the page's body).
    use_effect_with(*stage, |stage| match stage {
        1 => crate::components::focus_by_id("share-warning"),
        2 => crate::components::focus_by_id("share-link"),
        _ => {}
    });
    let set_stage = |n: u8| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(n))
    };
    let share = match *stage {
        0 => {
            html! { <button type="button" class="govuk-button govuk-button--secondary" id="share-start" onclick={set_stage(1)}>{ t("share.start") }</button> }
        }
        1 => html! {
            <div id="share-warning" tabindex="-1">
                { warning_text(html! { t("share.warning") }) }
                <button type="button" class="govuk-button" id="share-confirm" onclick={set_stage(2)}>{ t("share.confirm") }</button>
            </div>
        },
        _ => html! {
            <div class="govuk-form-group">
                <p class="govuk-body" role="status">{ if *copied { t("share.copied") } else { t("share.copy_yourself") } }</p>
                <label class="govuk-label" for="share-link">{ t("share.label") }</label>
                <input class="govuk-input" id="share-link" type="text" readonly=true value={url} spellcheck="false" />
            </div>
        },
    };
    let opted = state.save_on_device == Some(true);
    let (d1, d2) = (state.dispatcher(), state.dispatcher());
    let onchange = Callback::from(move |e: Event| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        d1.dispatch(Action::SaveOnDevice(input.checked()));
    });
    let clear = Callback::from(move |_: MouseEvent| {
        d2.dispatch(Action::SaveOnDevice(false));
        crate::components::focus_after_render("save-status");
    });
    let status = match state.save_on_device {
        Some(true) => t("save.saved"),
        Some(false) => t("save.cleared"),
        None => "".into(),
    };
    html! {
        <section class="app-section app-no-print" id="keep">
            { super::items::h2_m(t("share.title").into()) }
            { share }
            <div class="govuk-form-group">
                <div class="govuk-checkboxes" data-module="govuk-checkboxes">
                    <div class="govuk-checkboxes__item">
                        <input class="govuk-checkboxes__input" id="save-on-device" type="checkbox" checked={opted} {onchange} aria-describedby="save-on-device-hint" />
                        <label class="govuk-label govuk-checkboxes__label" for="save-on-device">{ t("save.label") }</label>
                        <div id="save-on-device-hint" class="govuk-hint govuk-checkboxes__hint">{ t("save.hint") }</div>
                    </div>
                </div>
            </div>
            <p class="govuk-body" role="status" id="save-status" tabindex="-1">{ status }</p>
            if opted || state.saved.is_some() {
                <button type="button" class="govuk-button govuk-button--warning" id="save-clear" onclick={clear}>{ t("save.clear") }</button>
            }
        </section>
    }
}

/// The file name of the calendar file.
const ICS_NAME: &str = "kent-support-planner-dates.ics";

/// The events of the calendar file: one a timeline entry, titled as the
/// timeline says it, saying what changes (the item's own words) and where
/// to read more (its first source, else Kent's care leavers page).
pub fn cal_events(outcome: &Outcome) -> Vec<CalEvent> {
    care_leaver::events(outcome)
        .iter()
        .map(|e| {
            let item = e.about().and_then(|id| outcome.items.iter().find(|i| i.id == id));
            let mut text =
                item.and_then(|i| i18n::get(&[&title_id(i), ".text"].concat())).unwrap_or_default().to_string();
            let url = item.and_then(|i| i.sources.first()).and_then(|s| rules::params::sources::source(s));
            let url = url.map_or_else(|| t("next.care_leaver.url"), |s| s.url.into());
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&tf("calendar.read_more", &[("url", url.into_owned())]));
            CalEvent {
                key: [e.event, e.option.unwrap_or_default()].join("-"),
                date: care_leaver::shown_day(e),
                title: care_leaver::event_words(e),
                description: text,
            }
        })
        .collect()
}

/// "Add these dates to your calendar": a link whose file is made in the
/// browser when it is followed. Shown under the timeline.
pub fn calendar(outcome: &Outcome) -> Html {
    let events = cal_events(outcome);
    if events.iter().all(|e| e.key == "turns_18-") {
        return Html::default();
    }
    // The link's file is made as it is followed (by mouse or keyboard):
    // its handler points it at a new Blob before the browser saves it.
    let onclick = Callback::from(move |e: MouseEvent| {
        let text = crate::calendar::ics(&events, crate::clock::now_utc());
        crate::calendar::point_at(&e.target_unchecked_into(), "text/calendar;charset=utf-8", &text);
    });
    html! {
        <div class="app-no-print govuk-!-margin-bottom-6" id="calendar">
            <p class="govuk-body"><a class="govuk-link" id="calendar-download" href="#calendar" download={ICS_NAME} aria-describedby="calendar-hint" {onclick}>{ t("calendar.button") }</a></p>
            <p class="govuk-hint" id="calendar-hint">{ t("calendar.hint") }</p>
        </div>
    }
}

/// Where problems are reported: the first line of
/// `deploy/report-address.txt` that is not blank or a comment, set at
/// deploy time. None is shipped: then the link goes to Kent's complaints
/// and feedback page, and the `mailto:` code is not compiled in.
const REPORT_FILE: &str = include_str!("../../../deploy/report-address.txt");

/// Whether `REPORT_FILE` holds an address (a const, so that the branch not
/// taken costs the wasm nothing).
const fn has_address(text: &[u8]) -> bool {
    let mut i = 0;
    let mut line_start = true;
    while i < text.len() {
        let b = text[i];
        if line_start && !matches!(b, b'#' | b'\n' | b'\r' | b' ' | b'\t') {
            return true;
        }
        line_start = b == b'\n' || (line_start && matches!(b, b' ' | b'\t' | b'\r'));
        i += 1;
    }
    false
}

const HAS_ADDRESS: bool = has_address(REPORT_FILE.as_bytes());

fn report_address() -> &'static str {
    REPORT_FILE.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or_default()
}

/// `text` percent-encoded for a `mailto:` query (RFC 6068).
fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            for n in [b >> 4, b & 15] {
                out.push(char::from(b"0123456789ABCDEF".get(usize::from(n)).copied().unwrap_or(b'0')));
            }
        }
    }
    out
}

/// The `mailto:` link of "Report a problem with this page": the planner's
/// version and the rules' date, never an answer; the person may paste
/// their share link if they choose.
pub fn report_href(address: &str, on: rules::Date) -> String {
    let body = [
        t("report.body").into_owned(),
        String::new(),
        tf("report.version", &[("version", env!("CARGO_PKG_VERSION").into())]),
        i18n::tf_date("plan.rules_as_at", on),
        String::new(),
        t("report.share").into_owned(),
    ]
    .join("\r\n");
    format!("mailto:{address}?subject={}&body={}", encode(&t("report.subject")), encode(&body))
}

/// "Report a problem with this page", or, with no address set at deploy
/// time, where to find Kent's contact instead.
pub fn report(outcome: &Outcome) -> Html {
    let (before, href, words) = if HAS_ADDRESS {
        (String::new(), report_href(report_address(), outcome.on), t("report.link"))
    } else {
        (
            tf("report.fallback", &[("version", env!("CARGO_PKG_VERSION").into())]) + " ",
            t("report.fallback.url").into_owned(),
            t("report.fallback.link"),
        )
    };
    html! { <p class="govuk-body app-no-print" id="report">{ before }<a class="govuk-link" id="report-link" {href}>{ words }</a></p> }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P2: &str = r#"{"journey":"care_leaver","on":"2026-12-07","answers":{"date_of_birth":"2007-08-25","looked_after_now":false,"weeks_looked_after_since_14":90,"looked_after_since_16":true,"looked_after_on_18th_birthday":true,"special_guardianship_from_care":false,"privately_fostered":false,"in_education_or_training":true,"in_higher_education":false,"starting_apprenticeship":false,"living_with_foster_carer":false,"kent_care_leaver":true,"immigration_status":"settled","unaccompanied_asylum_seeking":false,"in_shared_accommodation_since_before_2023_11_13":false,"disabled":false,"special_educational_needs":false,"care_act_eligible_needs":false}}"#;

    #[test]
    fn the_calendar_has_one_event_per_timeline_entry_on_its_day() {
        let Ok(rules::json::Input::One(s)) = rules::json::parse(P2.as_bytes()) else { panic!() };
        let outcome = rules::evaluate(&s);
        let events = care_leaver::events(&outcome);
        let text = crate::calendar::ics(&cal_events(&outcome), (rules::Date::ymd(2026, 12, 7), 0));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), events.len());
        // The day before the 21st birthday (25 August 2028): council tax's
        // last day.
        let whole = text.replace("\r\n ", "");
        assert!(whole.contains("DTSTART;VALUE=DATE:20280824\r\n"), "{whole}");
        assert!(whole.contains(&format!("SUMMARY:{}\r\n", crate::calendar::escape(&t("event.council_tax_paid_ends")))));
        assert!(whole.contains("DESCRIPTION:Kent pays your council tax until you turn 21.\\nRead more: https://"));
        assert!(!whole.contains("2007"), "no date of birth in the file");
        // At college at 19: Kent Supported Homes end at 21 (unless still
        // at college then, which the words say), not at 25.
        let homes = crate::calendar::escape(&t("event.kent_supported_homes_ends"));
        assert!(homes.contains("until 25 if you are still at college"), "{homes}");
        assert!(
            whole.contains(&format!("DTSTART;VALUE=DATE:20280824\r\nDTEND;VALUE=DATE:20280825\r\nSUMMARY:{homes}\r\n"))
        );
    }

    #[test]
    fn a_contract_end_reads_true_in_the_reminder_two_weeks_before_it_and_on_the_day() {
        // 16 and in care, 18 on 1 April 2028: the on-site support's
        // contract's last day is 31 March 2028, the last day they could
        // have it, the timeline's day and the event's.
        let json = P2.replace(
            r#""date_of_birth":"2007-08-25","looked_after_now":false"#,
            r#""date_of_birth":"2010-04-01","looked_after_now":true"#,
        );
        let Ok(rules::json::Input::One(s)) = rules::json::parse(json.as_bytes()) else { panic!() };
        let text = crate::calendar::ics(&cal_events(&rules::evaluate(&s)), (rules::Date::ymd(2026, 12, 7), 0));
        let whole = text.replace("\r\n ", "");
        let onsite = t("accommodation.supported_accommodation_onsite");
        let title = crate::calendar::escape(&tf("event.contract_ends", &[("option", onsite.into())]));
        assert!(title.starts_with("Kent's contract for this is due to end on this day: "), "{title}");
        let event = format!("DTSTART;VALUE=DATE:20280331\r\nDTEND;VALUE=DATE:20280401\r\nSUMMARY:{title}\r\n");
        assert!(whole.contains(&event), "{whole}");
        // The reminder says the same, two weeks before.
        assert!(whole.contains(&format!("TRIGGER:-P14D\r\nDESCRIPTION:{title}\r\n")));
        assert!(!whole.contains("has ended"), "{whole}");
    }

    #[test]
    fn a_special_guardians_calendar_has_the_day_the_council_changes() {
        // Medway looked after the child before an order of 7 October 2025;
        // the family lives in Kent, which helps from 8 October 2028 (reg 5).
        let json = r#"{"journey":"kinship","on":"2026-12-07","answers":{"child_age":4,"child_looked_after_now":false,"child_previously_looked_after":true,"arrangement":"special_guardianship_order","arrangement_in_place":true,"lives_in":"kent","looked_after_by":"medway","order_made_on":"2025-10-07"}}"#;
        let Ok(rules::json::Input::One(s)) = rules::json::parse(json.as_bytes()) else { panic!() };
        let text = crate::calendar::ics(&cal_events(&rules::evaluate(&s)), (rules::Date::ymd(2026, 12, 7), 0));
        let whole = text.replace("\r\n ", "");
        assert_eq!(whole.matches("BEGIN:VEVENT").count(), 1, "{whole}");
        let title = crate::calendar::escape(&t("event.sgo_support_moves"));
        assert!(
            whole.contains(&format!("DTSTART;VALUE=DATE:20281008\r\nDTEND;VALUE=DATE:20281009\r\nSUMMARY:{title}\r\n"))
        );
        assert!(whole.contains("DESCRIPTION:Read more: https://www.legislation.gov.uk/"), "{whole}");
    }

    #[test]
    fn the_address_is_read_from_the_deploy_file() {
        assert!(!has_address(b"# a comment\n\n  # another\n"));
        assert!(has_address(b"# a comment\nname@example.org\n"));
        assert!(has_address(b"  name@example.org"));
        assert_eq!(HAS_ADDRESS, !report_address().is_empty());
    }

    #[test]
    fn the_report_link_carries_the_version_and_rules_date_and_no_answers() {
        let href = report_href("someone@example.org", rules::Date::ymd(2026, 12, 7));
        assert!(href.starts_with("mailto:someone@example.org?subject=A%20problem%20with"), "{href}");
        assert!(href.contains(&encode(&format!("Planner version {}", env!("CARGO_PKG_VERSION")))));
        assert!(href.contains(&encode("Rules as at 7 December 2026")));
        assert!(href.contains(&encode(&t("report.share"))));
        assert!(!href.contains('#') && !href.contains(' ') && !href.contains('\n'));
        assert_eq!(encode("a b&c=d\r\n"), "a%20b%26c%3Dd%0D%0A");
    }
}
