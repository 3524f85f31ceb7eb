//! "Compare with another date" (issue 19, item 2). The result's one date
//! form ("Plan for another date", `Action::PlanDate`) picks the other
//! date; the page then shows that date's result and, near its top, what
//! differs from today: what opens, what closes and what changes amount,
//! each with the rules behind it. One evaluation for each date; the same
//! answers, words and sources as the result. A button picks the next
//! change on the person's timeline (such as the 18th birthday).

use super::items::{amount_words, app_section, how_we_worked, reason_words, rule_sentences, title_id};
use crate::components::{summary_list, SummaryRow};
use crate::i18n::{self, t, tf};
use crate::state::fields::DATE_PARTS;
use crate::state::{Action, State};
use rules::{Date, Item, Kind, Outcome};
use yew::prelude::*;

/// How one thing differs between the two dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The person's status is another one.
    Status,
    /// Not open on the first date, open on the second.
    Opens,
    /// Open on the first date, not on the second.
    Closes,
    /// Open on both, with another amount.
    Amount,
}

/// One difference: the item on the first date and on the second (either
/// can be missing: an item only one outcome has).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Difference<'a> {
    /// What changes.
    pub change: Change,
    /// The item on the first date.
    pub before: Option<&'a Item>,
    /// The item on the second date.
    pub after: Option<&'a Item>,
}

/// Kinds whose opening, closing or amount is compared (not the steps of a
/// process, nor blockers and cautions, which the status speaks for; a
/// child's payment is in the weekly total).
const COMPARED: &[Kind] =
    &[Kind::Total, Kind::Arrangement, Kind::Entitlement, Kind::Accommodation, Kind::Support, Kind::FosteringType];

/// What differs from `before` to `after` (the same answers on two dates):
/// the status first, then the items in the second outcome's order, then
/// those only the first has. A year's total (the weekly total times 52)
/// is left to the weekly total.
pub fn diff<'a>(before: &'a Outcome, after: &'a Outcome) -> Vec<Difference<'a>> {
    let mut out = Vec::new();
    let status = |o: &'a Outcome| o.items.iter().find(|i| i.kind == Kind::Status);
    if before.status() != after.status() {
        out.push(Difference { change: Change::Status, before: status(before), after: status(after) });
    }
    let only_before = before.items.iter().filter(|b| after.item(b.kind, b.id).is_none());
    for item in after.items.iter().chain(only_before) {
        if !COMPARED.contains(&item.kind) || item.id == "yearly" {
            continue;
        }
        let (b, a) = (before.item(item.kind, item.id), after.item(item.kind, item.id));
        let open = |i: Option<&Item>| i.is_some_and(Item::is_open_now);
        let change = match (open(b), open(a)) {
            (false, true) => Change::Opens,
            (true, false) => Change::Closes,
            (true, true) if b.map(|i| (i.amount, i.period)) != a.map(|i| (i.amount, i.period)) => Change::Amount,
            _ => continue,
        };
        out.push(Difference { change, before: b, after: a });
    }
    out
}

/// A difference as a row: what it is, what changes, and why (the second
/// date's reason and rules, or the first's for an item it alone has).
/// `amounts` is false when Kent's amounts are not the person's.
fn row(d: &Difference, before: &Outcome, after: &Outcome, amounts: bool) -> Option<SummaryRow> {
    let (why, outcome) = match (d.after, d.before) {
        (Some(a), _) => (a, after),
        (None, Some(b)) => (b, before),
        _ => return None,
    };
    let j = after.journey.as_str();
    let money = |i: Option<&Item>| i.and_then(amount_words).filter(|_| amounts).unwrap_or_default();
    let status = |i: Option<&Item>| i.map(|i| t(&format!("status.{j}.{}", i.id)).into_owned()).unwrap_or_default();
    let words = match d.change {
        Change::Status => tf("compare.status_change", &[("before", status(d.before)), ("after", status(d.after))]),
        Change::Opens => format!("{} {}", t("compare.opens"), money(d.after)),
        Change::Closes => t("compare.closes").into_owned(),
        Change::Amount if amounts => tf("compare.amount", &[("before", money(d.before)), ("after", money(d.after))]),
        Change::Amount => return None,
    };
    let mut pairs = Vec::new();
    for r in &why.because {
        pairs.push((*r, why));
    }
    let mut lines = rule_sentences(&pairs, outcome);
    if let Some(reason) = d.after.and_then(reason_words) {
        lines.insert(0, reason);
    }
    let key = match why.kind {
        Kind::Status => t("compare.status"),
        _ => t(&title_id(why)),
    };
    Some(SummaryRow {
        key: key.into_owned().into(),
        value: super::items::para(format!("{} {}", words.trim(), lines.join(" ")).into()),
        change: None,
    })
}

/// What changes from today (`before`) to the page's date (`after`), with
/// the rules and sources behind it. `amounts` is false for a care leaver
/// another council looked after.
pub fn compare(before: &Outcome, after: &Outcome, amounts: bool) -> Html {
    let differences = diff(before, after);
    let mut rows = Vec::new();
    let mut items = Vec::new();
    for d in &differences {
        rows.extend(row(d, before, after, amounts));
        items.extend(d.after.or(d.before));
    }
    let dates = [("from", i18n::date(before.on)), ("to", i18n::date(after.on))];
    let title = tf("compare.heading", &dates);
    let body = if rows.is_empty() {
        super::items::para(tf("compare.none", &dates).into())
    } else {
        html! { <>{ summary_list("compare-list", rows) }{ how_we_worked(&items, after, title.clone().into(), Vec::new()) }</> }
    };
    app_section(Some("compare".into()), title.into(), body)
}

/// The next day something changes on the person's timeline after the
/// page's date (a birthday, a support ending), if any.
pub fn next_change(outcome: &Outcome) -> Option<Date> {
    super::care_leaver::events(outcome).iter().map(super::care_leaver::change_day).find(|d| *d > outcome.on)
}

/// "See what changes on 2 February 2027": plans for the next change, as
/// if typed in the date form (in the page's digits).
pub fn next_button(state: &UseReducerHandle<State>, outcome: &Outcome) -> Html {
    let Some(day) = next_change(outcome) else { return Html::default() };
    let d = state.dispatcher();
    let onclick = Callback::from(move |_: MouseEvent| {
        let parts = [u32::from(day.day()), u32::from(day.month()), day.year().unsigned_abs()];
        for (p, n) in DATE_PARTS.iter().zip(parts) {
            d.dispatch(Action::Set(format!("plan_date-{p}"), i18n::digits(&n.to_string(), false)));
        }
        d.dispatch(Action::PlanDate);
    });
    html! {
        <button type="button" class="govuk-button govuk-button--secondary" id="compare-next" {onclick}>
            { i18n::tf_date("compare.next", day) }
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rules::{Scenario, When};

    fn outcome(json: &str, on: Date) -> Outcome {
        match rules::json::parse(json.as_bytes()) {
            Ok(rules::json::Input::One(s)) => rules::evaluate(&Scenario { on, ..s }),
            _ => panic!("not one scenario"),
        }
    }

    /// P1 of the December 2026 review, in care: 18 on 2 February 2027.
    fn care_leaver(on: Date) -> Outcome {
        outcome(
            r#"{"journey":"care_leaver","on":"2026-12-01","answers":{"date_of_birth":"2009-02-02","looked_after_now":true,"weeks_looked_after_since_14":30,"looked_after_since_16":true,"looked_after_on_18th_birthday":false,"special_guardianship_from_care":false,"privately_fostered":false,"in_education_or_training":true,"in_higher_education":false,"starting_apprenticeship":false,"living_with_foster_carer":false,"kent_care_leaver":true,"immigration_status":"settled","unaccompanied_asylum_seeking":false,"in_shared_accommodation_since_before_2023_11_13":false,"disabled":false,"special_educational_needs":false,"care_act_eligible_needs":false}}"#,
            on,
        )
    }

    fn changes<'a>(d: &[Difference<'a>]) -> Vec<(Change, &'a str)> {
        d.iter().map(|d| (d.change, d.after.or(d.before).map_or("", |i| i.id))).collect()
    }

    #[test]
    fn the_same_date_changes_nothing() {
        let o = care_leaver(Date::ymd(2026, 12, 7));
        assert!(diff(&o, &o).is_empty());
    }

    #[test]
    fn on_the_18th_birthday_the_status_changes_and_what_opens_and_closes_is_listed_not_on_its_eve() {
        let before = care_leaver(Date::ymd(2026, 12, 7));
        let eve = care_leaver(Date::ymd(2027, 2, 1));
        let day = care_leaver(Date::ymd(2027, 2, 2));
        assert!(!diff(&before, &eve).iter().any(|d| d.change == Change::Status), "still 17 on the eve");
        let d = diff(&before, &day);
        assert_eq!(d.first().map(|d| d.change), Some(Change::Status));
        assert_eq!(d.first().and_then(|d| d.after).map(|i| i.id), day.status());
        for x in &d {
            let open = |i: Option<&Item>| i.is_some_and(Item::is_open_now);
            match x.change {
                Change::Opens => assert!(!open(x.before) && open(x.after), "{x:?}"),
                Change::Closes => assert!(open(x.before) && !open(x.after), "{x:?}"),
                Change::Amount => assert_ne!(x.before.map(|i| i.amount), x.after.map(|i| i.amount)),
                Change::Status => assert_ne!(x.before.map(|i| i.id), x.after.map(|i| i.id)),
            }
        }
        assert!(d.iter().any(|x| x.change == Change::Opens), "something opens at 18: {:?}", changes(&d));
        // Every row has words and a key (the rules' sentences behind it).
        assert!(d.iter().all(|x| row(x, &before, &day, true).is_some_and(|r| !r.key.is_empty())));
        // Turned around, what opened closes.
        let back = diff(&day, &before);
        let opened: Vec<_> = changes(&d).into_iter().filter(|c| c.0 == Change::Opens).map(|c| c.1).collect();
        let closed: Vec<_> = changes(&back).into_iter().filter(|c| c.0 == Change::Closes).map(|c| c.1).collect();
        assert_eq!(opened, closed);
    }

    #[test]
    fn the_next_change_is_the_next_day_on_the_timeline() {
        let o = care_leaver(Date::ymd(2026, 12, 7));
        let next = next_change(&o);
        assert!(next.is_some_and(|d| d > o.on));
        assert!(next <= Some(Date::ymd(2027, 2, 2)), "no later than the 18th birthday: {next:?}");
        // On a day on the timeline, the next one after it.
        let on_it = care_leaver(next.unwrap_or(o.on));
        assert!(next_change(&on_it) > next);
        let mut none = o.clone();
        // (The bursary's last day comes from its item, not the timeline.)
        none.timeline.clear();
        none.items.clear();
        assert_eq!(next_change(&none), None);
    }

    #[test]
    fn a_fosterer_sees_amounts_change_across_1_april_and_6_april_not_the_years_total() {
        let json = r#"{"journey":"fostering","on":"2026-12-07","answers":{"carer_date_of_birth":"1983-05-05","lives_in_kent_or_medway":true,"spare_bedroom":true,"household_specified_offence":false,"relationship":"non_related","connected_person_training_completed":false,"skills_level":"foundation","children":[{"age":6,"disability":"none"}]}}"#;
        // Kent's rates change on 1 April 2025; the tax-free limit on 6 April.
        let before = outcome(json, Date::ymd(2025, 3, 31));
        let april = outcome(json, Date::ymd(2025, 4, 1));
        let tax_year = outcome(json, Date::ymd(2025, 4, 6));
        let got = changes(&diff(&before, &april));
        assert!(got.contains(&(Change::Amount, "weekly")), "{got:?}");
        assert!(!got.iter().any(|c| c.1 == "yearly" || c.1 == "tax_free_limit"), "{got:?}");
        let got = changes(&diff(&april, &tax_year));
        assert_eq!(got.iter().filter(|c| c.1 == "tax_free_limit").count(), 1, "{got:?}");
        assert!(!got.iter().any(|c| c.1 == "weekly" || c.1 == "child_1"), "{got:?}");
        // Not the amounts of someone Kent does not pay: no row.
        let d = diff(&before, &april);
        let pay = d.iter().find(|x| x.after.is_some_and(|i| i.id == "weekly"));
        assert!(pay.is_some_and(|x| row(x, &before, &april, false).is_none()));
        assert!(pay.and_then(|x| row(x, &before, &april, true)).is_some_and(|r| r.key == "Total each week"));
    }

    fn item(kind: Kind, id: &'static str, when: Option<When>, pence: Option<u32>) -> Item {
        let mut i = Item::new(kind, id);
        i.when = when;
        i.amount = pence.map(rules::Money::pence);
        i.period = pence.map(|_| rules::Period::Week);
        i
    }

    #[test]
    fn opens_closes_and_amounts_from_hand_made_outcomes() {
        let mut before = care_leaver(Date::ymd(2026, 1, 1));
        let mut after = before.clone();
        before.items = vec![
            item(Kind::Entitlement, "a", Some(When::Later), None),
            item(Kind::Entitlement, "b", None, None),
            item(Kind::Entitlement, "c", Some(When::Now), Some(100)),
            item(Kind::Entitlement, "d", Some(When::Now), Some(100)),
            item(Kind::Step, "s", Some(When::Later), None),
            item(Kind::Total, "yearly", None, Some(100)),
            item(Kind::Entitlement, "gone", None, None),
        ];
        after.items = vec![
            item(Kind::Entitlement, "a", Some(When::Now), None),
            item(Kind::Entitlement, "b", Some(When::NotAvailable), None),
            item(Kind::Entitlement, "c", Some(When::Now), Some(200)),
            item(Kind::Entitlement, "d", None, Some(100)),
            item(Kind::Step, "s", None, None),
            item(Kind::Total, "yearly", None, Some(200)),
            item(Kind::Entitlement, "new", None, None),
        ];
        assert_eq!(
            changes(&diff(&before, &after)),
            vec![
                (Change::Opens, "a"),
                (Change::Closes, "b"),
                (Change::Amount, "c"),
                (Change::Opens, "new"),
                (Change::Closes, "gone")
            ]
        );
    }
}
