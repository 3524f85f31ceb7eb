//! "Rules and rates": every parameter the rules read, generated from
//! `rules::params::ALL` and `SOURCES`. The page decides nothing: it lists
//! each dated value as the rules crate holds it, marks the one
//! [`Param::at`] finds for the chosen date, and offers the same list as a
//! CSV file made in the browser.

use crate::components::{date_input, error_summary, focus_after_render, tag, DateInputProps};
use crate::i18n::{self, t, tf};
use rules::params::{source, Area, Certainty, Dated, Param, Value, ALL};
use rules::Date;
use yew::prelude::*;

/// The CSV file's name.
pub const CSV_NAME: &str = "kent-support-planner-rules-and-rates.csv";

/// The columns of the CSV file.
pub const CSV_COLUMNS: &str =
    "id,title,area,from,value,unit,certainty,confirmed_until,source_title,source_url,source_date,section";

/// An area's id, for the CSV file and the message catalogue.
pub fn area_id(area: Area) -> &'static str {
    match area {
        Area::Fostering => "fostering",
        Area::TaxAndNational => "tax_and_national",
        Area::Kinship => "kinship",
        Area::CareLeaver => "care_leaver",
        Area::Accommodation => "accommodation",
        Area::Adoption => "adoption",
    }
}

/// A value as words: "£232.62", "18 years", "6 months", "31 March 2026".
pub fn value_text(value: Value) -> String {
    let count = |unit: &str, n: u32| {
        tf(&format!("rates.unit.{unit}.{}", if n == 1 { "one" } else { "many" }), &[("n", n.to_string())])
    };
    match value {
        Value::Money(m) => i18n::money(m),
        Value::Age(n) => count("years", n),
        Value::Weeks(n) => count("weeks", n),
        Value::Months(n) => count("months", n),
        Value::Date(d) => i18n::date(d),
    }
}

/// A value for the CSV file, and its unit: ("232.62", "GBP").
pub fn value_plain(value: Value) -> (String, &'static str) {
    match value {
        Value::Money(m) => (m.to_plain(), "GBP"),
        Value::Age(n) => (n.to_string(), "years"),
        Value::Weeks(n) => (n.to_string(), "weeks"),
        Value::Months(n) => (n.to_string(), "months"),
        Value::Date(d) => (d.to_string(), "date"),
    }
}

/// "From" as words; the rules' placeholder for "before any date we know"
/// (year 1) reads as such.
fn from_text(d: Date) -> String {
    if d.year() <= 1 {
        t("rates.from_earliest").into_owned()
    } else {
        i18n::date(d)
    }
}

fn csv_field(out: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

/// Every dated value of every parameter as CSV (RFC 4180, CRLF lines).
pub fn csv() -> String {
    let mut out = String::from(CSV_COLUMNS);
    out.push_str("\r\n");
    for p in ALL {
        for d in p.values {
            let (value, unit) = value_plain(d.value);
            let src = source(d.source);
            let certainty = if d.certainty == Certainty::Uncertain { "uncertain" } else { "confirmed" };
            let fields = [
                p.id.to_string(),
                p.title().to_string(),
                area_id(p.area).to_string(),
                d.from.to_string(),
                value,
                unit.to_string(),
                certainty.to_string(),
                d.confirmed_until.map(|u| u.to_string()).unwrap_or_default(),
                src.map(|s| s.title.to_string()).unwrap_or_default(),
                src.map(|s| s.url.to_string()).unwrap_or_default(),
                src.map(|s| s.date.to_string()).unwrap_or_default(),
                d.section.to_string(),
            ];
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                csv_field(&mut out, f);
            }
            out.push_str("\r\n");
        }
    }
    out
}

/// One row of a parameter's table.
fn value_row(d: &'static Dated, in_force: bool) -> Html {
    let src = source(d.source);
    let until = d.confirmed_until.map_or_else(|| t("rates.until_changed").into_owned(), i18n::date);
    let class = crate::components::class_list(&[Some("govuk-table__row"), in_force.then_some("app-in-force")]);
    html! {
        <tr Class={class}>
            <td class="govuk-table__cell">
                { from_text(d.from) }
                if in_force { { " " }{ tag(t("rates.in_force_tag").into(), "govuk-tag--green") } }
            </td>
            <td class="govuk-table__cell">
                { value_text(d.value) }
                if d.certainty == Certainty::Uncertain { { " " }{ tag(t("common.estimate").into(), "govuk-tag--yellow") } }
            </td>
            <td class="govuk-table__cell">
                if let Some(s) = src {
                    <a class="govuk-link" href={s.url}>{ s.title }</a>{ ", " }{ i18n::date(s.date) }{ ". " }
                }
                { d.section }
                if let Some(note) = rules::params::source_note(d.source) {
                    { ". " }{ note }
                }
            </td>
            <td class="govuk-table__cell">{ until }</td>
        </tr>
    }
}

/// One parameter: its title, the value in force on `on`, and every dated
/// value. `stop`: the table's scroll region always takes a tab stop (the
/// page without scripts, where nothing can check whether it scrolls).
fn param_block(p: &'static Param, on: Date, stop: bool) -> Html {
    let found = p.at(on);
    let current = found.map(|f| f.dated as *const Dated);
    let rows = p.values.iter().map(|d| value_row(d, current == Some(d as *const Dated)));
    let now = found.map(|f| {
        let mut text = tf("rates.in_force_on", &[("date", i18n::date(on)), ("value", value_text(f.value))]);
        if !f.covers_date {
            text.push(' ');
            // Before the first value we hold, it is the earliest, not the latest.
            text.push_str(&t(if on < f.dated.from { "rates.not_confirmed_earliest" } else { "rates.not_confirmed" }));
        }
        if f.estimate {
            text.push(' ');
            text.push_str(&t("rates.in_force_estimate"));
        }
        text
    });
    // The heading names the table and its scroll region (no caption that
    // would say the title a second time).
    let heading = format!("param-{}-title", p.id);
    html! {
        <div class="app-param" id={format!("param-{}", p.id)}>
            <h3 class="govuk-heading-s" id={heading.clone()}>{ p.title() }</h3>
            <p class="govuk-body app-param__now">{ now.unwrap_or_default() }</p>
            // A phone's width is too narrow for the four columns: the table
            // scrolls in its own region, not the page.
            <div class="app-table-scroll" role="region" aria-labelledby={heading.clone()} tabindex={stop.then_some("0")}>
            <table class="govuk-table govuk-!-margin-bottom-2" aria-labelledby={heading}>
                <thead class="govuk-table__head">
                    <tr class="govuk-table__row">
                        <th scope="col" class="govuk-table__header">{ t("rates.col.from") }</th>
                        <th scope="col" class="govuk-table__header">{ t("rates.col.value") }</th>
                        <th scope="col" class="govuk-table__header">{ t("rates.col.source") }</th>
                        <th scope="col" class="govuk-table__header">{ t("rates.col.until") }</th>
                    </tr>
                </thead>
                <tbody class="govuk-table__body">{ for rows }</tbody>
            </table>
            </div>
            // The developers' name for it, for reading the CSV file or the
            // code, out of the way of everyone else.
            <details class="govuk-details app-param__id">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ t("rates.id_summary") }</span>
                </summary>
                <div class="govuk-details__text">{ tf("rates.id", &[("id", p.id.to_string())]) }</div>
            </details>
        </div>
    }
}

/// The figures to update before they lapse, as at `on`: each parameter
/// whose latest value is held only until a day within
/// [`rules::params::LAPSE_WARNING_DAYS`] of it (or already past), soonest
/// first, linked to its table below. Nothing when none is.
fn lapsing_block(on: Date) -> Html {
    let list = rules::params::lapsing(on, rules::params::LAPSE_WARNING_DAYS);
    if list.is_empty() {
        return Html::default();
    }
    let items = list.iter().map(|(p, until)| {
        let when = if *until < on { "rates.lapsed_on" } else { "rates.lapses_on" };
        html! {
            <li>
                <a class="govuk-link" href={format!("#param-{}", p.id)}>{ p.title() }</a>
                { ": " }{ i18n::tf_date(when, *until) }
            </li>
        }
    });
    html! {
        // Not a `section`: the page's sections are its areas, one per contents link.
        <div id="rates-lapsing">
            <h2 class="govuk-heading-m" id="rates-lapsing-title">{ t("rates.lapsing_title") }</h2>
            <p class="govuk-body">{ tf("rates.lapsing_lead", &[("days", rules::params::LAPSE_WARNING_DAYS.to_string()), ("count", list.len().to_string())]) }</p>
            <details class="govuk-details">
                <summary class="govuk-details__summary">
                    <span class="govuk-details__summary-text">{ tf("rates.lapsing_summary", &[("count", list.len().to_string())]) }</span>
                </summary>
                <div class="govuk-details__text"><ul class="govuk-list govuk-list--bullet">{ for items }</ul></div>
            </details>
        </div>
    }
}

/// Props for [`RatesPage`].
#[derive(Properties, PartialEq)]
pub struct RatesPageProps {
    /// The date to show first (today, or `?on=`).
    pub on: Date,
    /// Rendered at build time as a page without scripts (`rates.html`):
    /// no date control and no CSV button, but a link to the app's page
    /// that has them.
    #[prop_or_default]
    pub prerendered: bool,
}

/// The "Rules and rates" page.
#[component]
pub fn RatesPage(props: &RatesPageProps) -> Html {
    let on = use_state(|| props.on);
    let raw = use_state(|| {
        [u32::from(props.on.day()), u32::from(props.on.month()), props.on.year().unsigned_abs()].map(|n| n.to_string())
    });
    let error = use_state(|| false);
    // GOV.UK's error pattern: "Error: " before the title while the date is wrong.
    use_effect_with(*error, |wrong| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let prefix = if *wrong { t("common.error_prefix") } else { "".into() };
            doc.set_title(&format!("{prefix}{}", t("rates.page_title")));
        }
    });
    let on_input = {
        let raw = raw.clone();
        Callback::from(move |(i, text): (usize, String)| {
            let mut next = (*raw).clone();
            if let Some(part) = next.get_mut(i) {
                *part = text;
            }
            raw.set(next);
        })
    };
    let onsubmit = {
        let (raw, on, error) = (raw.clone(), on.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Arabic-Indic digits read as in the journeys' date fields.
            let [d, m, y] = (*raw).clone().map(|p| i18n::normalise_digits(p.trim()));
            let date = match (d.parse(), m.parse(), y.parse()) {
                (Ok(d), Ok(m), Ok(y)) => Date::new(y, m, d),
                _ => None,
            };
            error.set(date.is_none());
            match date {
                Some(date) => on.set(date),
                // The summary above the page says what is wrong and links to the field.
                None => focus_after_render("error-summary"),
            }
        })
    };
    let ondownload = Callback::from(|_: MouseEvent| {
        let _ = crate::calendar::save(CSV_NAME, "text/csv;charset=utf-8", &format!("\u{feff}{}", csv()));
    });
    // One section per area, in the order the areas first appear in ALL.
    let mut areas: Vec<Area> = Vec::new();
    for p in ALL {
        if !areas.contains(&p.area) {
            areas.push(p.area);
        }
    }
    // A contents list, one link a section, so that a journey's figures are
    // one click away instead of many screens down.
    let contents = areas.iter().map(|area| {
        let id = area_id(*area);
        html! { <li><a class="govuk-link" href={format!("#area-{id}")}>{ t(&format!("rates.area.{id}")) }</a></li> }
    });
    let contents = html! {
        <nav class="app-contents" id="rates-contents" aria-labelledby="rates-contents-title">
            <h2 class="govuk-heading-s" id="rates-contents-title">{ t("rates.contents") }</h2>
            <ul class="govuk-list">{ for contents }</ul>
        </nav>
    };
    let sections = areas.into_iter().map(|area| {
        let id = area_id(area);
        html! {
            <section class="app-section" id={format!("area-{id}")}>
                <h2 class="govuk-heading-l">{ t(&format!("rates.area.{id}")) }</h2>
                { for ALL.iter().filter(|p| p.area == area).map(|p| param_block(p, *on, props.prerendered)) }
                <p class="govuk-body"><a class="govuk-link" href="#rates-contents">{ t("rates.back_to_contents") }</a></p>
            </section>
        }
    });
    let message = error.then(|| AttrValue::from(t("rates.date_error")));
    let summary = message.iter().map(|m| ("rates-on-day".to_string(), m.to_string())).collect();
    html! {
        <div class="app-page" id="rates">
            { super::staff_index::back_to_index() }
            { error_summary(summary) }
            <h1 class="govuk-heading-xl" tabindex="-1">{ t("rates.title") }</h1>
            <p class="govuk-body-l">{ t("rates.lead") }</p>
            if props.prerendered {
                <p class="govuk-body" id="rates-showing">{ i18n::tf_date("rates.static_showing", *on) }</p>
                <p class="govuk-body" id="rates-interactive">
                    { t("rates.static_interactive") }{ " " }
                    <a class="govuk-link" href="staff.html?page=rates" id="rates-interactive-link">{ t("rates.static_interactive_link") }</a>{ "." }
                </p>
            } else {
                <form novalidate=true {onsubmit} id="rates-date-form">
                    { date_input(DateInputProps {
                        id: "rates-on".into(),
                        legend: t("rates.date_legend").into(),
                        hint: Some(t("rates.date_hint").into()),
                        values: (*raw).clone(),
                        error: message,
                        error_parts: 7,
                        on_input,
                        ..Default::default()
                    }) }
                    <button type="submit" class="govuk-button govuk-button--secondary" id="rates-show">{ t("rates.show") }</button>
                </form>
                <p class="govuk-body" role="status" id="rates-showing">{ i18n::tf_date("rates.showing", *on) }</p>
                <button type="button" class="govuk-button" id="rates-download" onclick={ondownload}>{ t("rates.download") }</button>
            }
            { lapsing_block(*on) }
            { contents }
            { for sections }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_words_and_as_plain_csv() {
        use rules::Money;
        assert_eq!(value_text(Value::Money(Money::pence(23262))), "£232.62");
        assert_eq!(value_text(Value::Age(18)), "18 years");
        assert_eq!(value_text(Value::Months(1)), "1 month");
        assert_eq!(value_text(Value::Weeks(16)), "16 weeks");
        assert_eq!(value_text(Value::Date(Date::ymd(2026, 3, 31))), "31 March 2026");
        assert_eq!(value_plain(Value::Money(Money::pence(23262))), ("232.62".to_string(), "GBP"));
    }

    #[test]
    fn the_csv_has_a_row_for_every_dated_value_and_quotes_commas() {
        let text = csv();
        let rows: usize = ALL.iter().map(|p| p.values.len()).sum();
        assert_eq!(text.split("\r\n").filter(|l| !l.is_empty()).count(), rows + 1);
        assert!(text.starts_with(CSV_COLUMNS));
        let mut quoted = String::new();
        csv_field(&mut quoted, "a, \"b\"");
        assert_eq!(quoted, "\"a, \"\"b\"\"\"");
    }
}
