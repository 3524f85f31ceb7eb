use super::*;
use crate::Fact;

fn answers(arrangement: Arrangement, looked_after: bool, before: bool, lives_in: LivesIn) -> KinshipAnswers {
    KinshipAnswers {
        child_age: 6,
        child_looked_after_now: looked_after,
        child_previously_looked_after: before,
        arrangement,
        lives_in,
        carer_is_close_relative: false,
        arrangement_in_place: false,
        looked_after_by: None,
        order_made_on: None,
    }
}

fn open_ids(o: &Outcome) -> Vec<(Kind, &'static str)> {
    o.items.iter().filter(|i| i.is_open_now()).map(|i| (i.kind, i.id)).collect()
}

#[test]
fn child_benefit_is_never_open_while_the_child_is_looked_after() {
    for &arrangement in Arrangement::ALL {
        for &lives_in in LivesIn::ALL {
            let o = evaluate(&answers(arrangement, true, false, lives_in), Date::ymd(2026, 6, 1));
            let cb = o.item(Kind::Entitlement, "child_benefit").unwrap();
            assert_eq!(cb.when, Some(When::NotAvailable), "{arrangement:?} {lives_in:?}");
            assert_eq!(cb.amount, None);
            let o = evaluate(&answers(arrangement, false, false, lives_in), Date::ymd(2026, 6, 1));
            assert!(o.item(Kind::Entitlement, "child_benefit").unwrap().is_open_now());
        }
    }
}

#[test]
fn the_pilot_is_open_only_in_medway_under_an_order_for_a_child_not_looked_after() {
    let on = Date::ymd(2026, 6, 1);
    for &arrangement in Arrangement::ALL {
        for &lives_in in LivesIn::ALL {
            for looked_after in [false, true] {
                let o = evaluate(&answers(arrangement, looked_after, true, lives_in), on);
                let open = o.item(Kind::Entitlement, "kinship_allowance_pilot").is_some_and(Item::is_open_now);
                let order =
                    matches!(arrangement, Arrangement::SpecialGuardianshipOrder | Arrangement::ChildArrangementsOrder);
                assert_eq!(open, lives_in == LivesIn::Medway && order && !looked_after, "{arrangement:?} {lives_in:?}");
                let both =
                    open && o.item(Kind::Entitlement, "special_guardianship_allowance").is_some_and(Item::is_open_now);
                let caution = o.item(Kind::Caution, "pilot_or_special_guardianship_allowance").is_some();
                assert_eq!(caution, both, "{arrangement:?} {lives_in:?} {looked_after}");
                let cao = o.item(Kind::Caution, "pilot_child_arrangements_order").is_some();
                assert_eq!(cao, open && arrangement == Arrangement::ChildArrangementsOrder);
            }
        }
    }
    // A looked-after child's carer in Medway is told why, not shown nothing.
    let o = evaluate(&answers(Arrangement::SpecialGuardianshipOrder, true, false, LivesIn::Medway), on);
    let pilot = o.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap();
    assert_eq!((pilot.when, pilot.reason), (Some(When::NotAvailable), Some("child_looked_after")));
}

#[test]
fn a_carer_who_is_not_a_close_relative_is_told_to_tell_the_council() {
    let on = Date::ymd(2025, 11, 1);
    for &arrangement in Arrangement::ALL {
        for looked_after in [false, true] {
            for close in [false, true] {
                let mut a = answers(arrangement, looked_after, false, LivesIn::Kent);
                a.carer_is_close_relative = close;
                let o = evaluate(&a, on);
                let given = open_ids(&o).contains(&(Kind::Caution, "private_fostering_notify_council"));
                let informal = matches!(arrangement, Arrangement::Informal | Arrangement::NotSure);
                assert_eq!(given, informal && !close && !looked_after, "{arrangement:?} {looked_after} {close}");
            }
        }
    }
}

#[test]
fn every_rule_used_has_a_sentence() {
    let on = Date::ymd(2025, 9, 1);
    for &arrangement in Arrangement::ALL {
        for &lives_in in LivesIn::ALL {
            for (now, before) in [(false, false), (false, true), (true, false), (true, true)] {
                let o = evaluate(&answers(arrangement, now, before, lives_in), on);
                for item in &o.items {
                    assert!(!item.because.is_empty() && !item.sources.is_empty(), "{}", item.id);
                    for rule in &item.because {
                        let text = crate::explain::item_sentence(rule, item, &o)
                            .unwrap_or_else(|| panic!("no sentence for {rule}"));
                        assert!(!text.contains('{'), "{rule}: unfilled placeholder in {text}");
                    }
                    for s in &item.sources {
                        assert!(params::source(s).is_some(), "unknown source {s}");
                    }
                }
                assert_eq!(o.rates.as_of, Date::ymd(2025, 4, 1));
            }
        }
    }
}

#[test]
fn the_pilot_allowance_opens_on_the_day_its_areas_were_confirmed() {
    let medway = answers(Arrangement::SpecialGuardianshipOrder, false, true, LivesIn::Medway);
    let before = evaluate(&medway, Date::ymd(2026, 2, 26));
    let pilot = before.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap();
    assert_eq!((pilot.when, pilot.from), (Some(When::Later), Some(Date::ymd(2026, 2, 27))));
    assert!(!pilot.is_open_now());
    let text = crate::explain::item_sentence("opens_on_date", pilot, &before).unwrap();
    assert!(text.contains("27 February 2026"), "{text}");
    let on_the_day = evaluate(&medway, Date::ymd(2026, 2, 27));
    assert!(on_the_day.item(Kind::Entitlement, "kinship_allowance_pilot").unwrap().is_open_now());
}

#[test]
fn outside_kent_the_allowance_has_no_figure_from_kents_rates() {
    for lives_in in [LivesIn::Medway, LivesIn::Elsewhere] {
        let o = evaluate(&answers(Arrangement::SpecialGuardianshipOrder, false, true, lives_in), Date::ymd(2025, 9, 1));
        let sga = o.item(Kind::Entitlement, "special_guardianship_allowance").unwrap();
        assert!(sga.is_open_now());
        assert_eq!((sga.amount, sga.estimate), (None, false));
        assert_eq!(sga.because, ["special_guardianship_allowance_ask_the_council"]);
    }
}

#[test]
fn the_indicative_allowance_is_maintenance_less_child_benefit() {
    let o =
        evaluate(&answers(Arrangement::SpecialGuardianshipOrder, false, true, LivesIn::Kent), Date::ymd(2025, 9, 1));
    let sga = o.item(Kind::Entitlement, "special_guardianship_allowance").unwrap();
    assert_eq!(sga.amount.map(crate::Money::to_plain).as_deref(), Some("206.57"));
    assert!(sga.estimate);
}

/// Many families: every answer combination, with and without the
/// optional answers, on two days.
fn families() -> Vec<(KinshipAnswers, Outcome)> {
    let by = [
        None,
        Some(LookedAfterBy::Kent),
        Some(LookedAfterBy::Medway),
        Some(LookedAfterBy::AnotherCouncil),
        Some(LookedAfterBy::NotLookedAfter),
    ];
    let made = [None, Some(Date::ymd(2022, 11, 15)), Some(Date::ymd(2024, 2, 29)), Some(Date::ymd(2025, 10, 7))];
    let mut out = Vec::new();
    for on in [Date::ymd(2026, 1, 10), Date::ymd(2026, 12, 7)] {
        for &arrangement in Arrangement::ALL {
            for &lives_in in LivesIn::ALL {
                for bits in 0u8..16 {
                    for looked_after_by in by {
                        for order_made_on in made {
                            let mut a = answers(arrangement, bits & 1 != 0, bits & 2 != 0, lives_in);
                            a.carer_is_close_relative = bits & 4 != 0;
                            a.arrangement_in_place = bits & 8 != 0;
                            a.looked_after_by = looked_after_by;
                            a.order_made_on = order_made_on;
                            out.push((a, evaluate(&a, on)));
                        }
                    }
                }
            }
        }
    }
    out
}

/// Every "not available" reason, and every sentence naming a council
/// or the family's situation, is true for the family it is told to
/// (issue 20, "every reason true for the person").
#[test]
fn every_reason_given_is_true_for_the_person() {
    let mut told = 0;
    for (a, o) in families() {
        let looked_after = a.child_looked_after_now;
        let order =
            matches!(a.arrangement, Arrangement::SpecialGuardianshipOrder | Arrangement::ChildArrangementsOrder);
        let before = a.looked_after_by.map_or(a.child_previously_looked_after, |c| c != LookedAfterBy::NotLookedAfter);
        for item in o.items.iter().filter(|i| i.when == Some(When::NotAvailable)) {
            let reason = item.reason.unwrap_or("");
            let true_for_them = match (item.id, reason) {
                ("connected_person_foster_carer", "child_not_looked_after") => !looked_after,
                ("informal", "child_looked_after") => looked_after,
                ("child_benefit", "council_pays_for_looked_after_child") => {
                    looked_after && a.arrangement == Arrangement::ConnectedPersonFosterCarer
                }
                ("child_benefit" | "kinship_allowance_pilot", "child_looked_after") => looked_after,
                ("adoption_and_special_guardianship_support_fund", "child_not_looked_after_before_order") => {
                    order && !looked_after && !before
                }
                ("kinship_allowance_pilot", "arrangement_not_covered") => !order,
                ("kinship_allowance_pilot", "not_a_pilot_area") => a.lives_in == LivesIn::Kent,
                (id, other) => panic!("{id}: a reason with no check: {other}"),
            };
            assert!(true_for_them, "{}: reason {reason} is not true for {a:?} on {}", item.id, o.on);
            told += 1;
        }
        // Each council named is the family's own answer.
        for item in o.items.iter().filter(|i| i.kind == Kind::Support) {
            let lived_in = |place: LivesIn| a.lives_in == place;
            let said = |c: LookedAfterBy| a.looked_after_by == Some(c);
            let true_for_them = match item.id {
                "sgo_support_kent" => lived_in(LivesIn::Kent) || said(LookedAfterBy::Kent),
                "sgo_support_medway" => lived_in(LivesIn::Medway) || said(LookedAfterBy::Medway),
                "sgo_support_council_where_you_live" => lived_in(LivesIn::Elsewhere),
                "sgo_support_council_that_looked_after" => looked_after || said(LookedAfterBy::AnotherCouncil),
                other => panic!("unknown support item {other}"),
            };
            assert!(true_for_them, "{} is not the council of {a:?}", item.id);
            for rule in &item.because {
                let true_for_them = match *rule {
                    "sgo_support_where_you_live" => !looked_after && !before,
                    "sgo_support_where_you_live_applying" => !looked_after,
                    "sgo_support_first_three_years_from_order" => looked_after && !a.arrangement_in_place,
                    "sgo_support_council_in_your_area" => {
                        (said(LookedAfterBy::Kent) && lived_in(LivesIn::Kent))
                            || (said(LookedAfterBy::Medway) && lived_in(LivesIn::Medway))
                    }
                    "sgo_support_first_three_years" | "sgo_support_after_three_years" => {
                        a.order_made_on.is_some() && a.arrangement_in_place && (before || looked_after)
                    }
                    "sgo_support_first_three_years_no_date" => a.arrangement_in_place && a.order_made_on.is_none(),
                    "sgo_support_if_you_live_in_its_area" => lived_in(LivesIn::Elsewhere),
                    _ => true,
                };
                assert!(true_for_them, "{}: {rule} is not true for {a:?} on {}", item.id, o.on);
            }
            if item.when == Some(When::Later) {
                assert!(item.from.is_some_and(|d| d > o.on), "{}: later with no first day", item.id);
            }
            if let Some(until) = item.until.filter(|_| item.is_open_now()) {
                assert!(until >= o.on, "{}: open now but ended {until}", item.id);
            }
        }
        // The allowance's figure is Kent's only where Kent would pay it.
        if let Some(sga) = o.item(Kind::Entitlement, "special_guardianship_allowance").filter(|i| i.amount.is_some()) {
            let kent_supports = o.fact("support_council") == Some(Fact::Text("kent"));
            // Kent or Medway agreed the allowance before the order when it
            // looked after the child; it stays theirs.
            assert!(
                if matches!(a.looked_after_by, Some(LookedAfterBy::Kent | LookedAfterBy::Medway)) {
                    a.looked_after_by == Some(LookedAfterBy::Kent)
                } else if a.looked_after_by.is_some() && o.fact("support_council").is_some() {
                    kent_supports
                } else {
                    a.lives_in == LivesIn::Kent
                },
                "{}: Kent's figure for {a:?}",
                sga.id
            );
        }
    }
    assert!(told > 1000, "the families tried are told many reasons ({told})");
}

fn grandmother(looked_after_by: LookedAfterBy, lives_in: LivesIn, made: Date) -> KinshipAnswers {
    let mut a = answers(Arrangement::SpecialGuardianshipOrder, false, true, lives_in);
    a.arrangement_in_place = true;
    a.looked_after_by = Some(looked_after_by);
    a.order_made_on = Some(made);
    a
}

fn support_now(o: &Outcome) -> Vec<&'static str> {
    o.items.iter().filter(|i| i.kind == Kind::Support && i.is_open_now()).map(|i| i.id).collect()
}

#[test]
fn the_council_that_looked_after_the_child_supports_the_family_until_the_orders_third_anniversary() {
    let a = grandmother(LookedAfterBy::Kent, LivesIn::Medway, Date::ymd(2023, 10, 7));
    for (on, council) in [
        (Date::ymd(2026, 10, 6), "sgo_support_kent"),
        (Date::ymd(2026, 10, 7), "sgo_support_kent"),
        (Date::ymd(2026, 10, 8), "sgo_support_medway"),
    ] {
        let o = evaluate(&a, on);
        assert_eq!(support_now(&o), [council], "{on}");
    }
    let o = evaluate(&a, Date::ymd(2026, 10, 7));
    let kent = o.item(Kind::Support, "sgo_support_kent").unwrap();
    assert_eq!(kent.until, Some(Date::ymd(2026, 10, 7)));
    let medway = o.item(Kind::Support, "sgo_support_medway").unwrap();
    assert_eq!((medway.when, medway.from), (Some(When::Later), Some(Date::ymd(2026, 10, 8))));
    assert_eq!(o.timeline.len(), 1);
    assert_eq!(o.timeline[0].date, Date::ymd(2026, 10, 8));
    // An order made on 29 February: three years end on 28 February.
    let leap = grandmother(LookedAfterBy::Medway, LivesIn::Kent, Date::ymd(2024, 2, 29));
    assert_eq!(support_now(&evaluate(&leap, Date::ymd(2027, 2, 28))), ["sgo_support_medway"]);
    assert_eq!(support_now(&evaluate(&leap, Date::ymd(2027, 3, 1))), ["sgo_support_kent"]);
    // Living in that council's own area, it stays responsible.
    let home = grandmother(LookedAfterBy::Medway, LivesIn::Medway, Date::ymd(2020, 1, 1));
    let o = evaluate(&home, Date::ymd(2026, 12, 7));
    assert_eq!(support_now(&o), ["sgo_support_medway"]);
    assert!(o.timeline.is_empty());
}

#[test]
fn a_family_with_its_order_starts_from_it() {
    let on = Date::ymd(2026, 12, 7);
    for arrangement in [Arrangement::SpecialGuardianshipOrder, Arrangement::ChildArrangementsOrder] {
        let mut a = answers(arrangement, false, false, LivesIn::Kent);
        let thinking = evaluate(&a, on);
        assert!(thinking.items.iter().filter(|i| i.kind == Kind::Arrangement).count() > 1);
        a.arrangement_in_place = true;
        let o = evaluate(&a, on);
        let listed: Vec<_> = o.items.iter().filter(|i| i.kind == Kind::Arrangement).collect();
        assert_eq!(listed.len(), 1, "{arrangement:?}");
        assert_eq!(listed[0].id, arrangement.as_str());
        assert!(listed[0].facts.contains(&("in_place", Fact::Text("yes"))));
        assert_eq!(o.fact("arrangement_in_place"), Some(Fact::Text("yes")));
    }
    // An approved foster carer of a looked-after child too.
    let mut a = answers(Arrangement::ConnectedPersonFosterCarer, true, false, LivesIn::Medway);
    a.arrangement_in_place = true;
    let o = evaluate(&a, on);
    assert_eq!(o.items.iter().filter(|i| i.kind == Kind::Arrangement).count(), 1);
    // Informal care is never "in place" as an order.
    let mut a = answers(Arrangement::Informal, false, false, LivesIn::Kent);
    a.arrangement_in_place = true;
    assert_eq!(evaluate(&a, on).fact("arrangement_in_place"), None);
}

/// Child Benefit's figures cite the document that sets them (the review
/// read "2026-27 ... dated 6 April 2025", a page read for 2025-26): on the
/// eve of the 2026-27 rates the 2025-26 figure and that page; on the day,
/// HM Treasury's statement of 26 November 2025 (HCWS1100), dated before
/// the figures start and after the page.
#[test]
fn child_benefit_cites_the_document_that_sets_each_years_figures() {
    let family = answers(Arrangement::SpecialGuardianshipOrder, false, false, LivesIn::Kent);
    let cited = |on: Date| {
        let o = evaluate(&family, on);
        let cb = o.item(Kind::Entitlement, "child_benefit").unwrap();
        (cb.amount.map(|m| m.to_string()), cb.sections.clone())
    };
    let (eve, eve_cites) = cited(Date::ymd(2026, 4, 5));
    assert_eq!(eve.as_deref(), Some("26.05"));
    assert_eq!(eve_cites, vec![("child_benefit_rates", "2025-26")]);
    let (day, day_cites) = cited(Date::ymd(2026, 4, 6));
    assert_eq!(day.as_deref(), Some("27.05"));
    assert_eq!(day_cites, vec![("hmt_child_benefit_uprating_2026_27", "2026-27 (3.8% uprating)")]);
    let statement = crate::params::sources::source("hmt_child_benefit_uprating_2026_27").unwrap();
    assert_eq!(statement.date, Date::ymd(2025, 11, 26));
    assert!(statement.url.starts_with("https://"));
}
