//! The journey state and its one pure reducer. Routing (which question comes
//! next) is decided here from the raw answers, per journey in the files
//! beside this one; the pages only show the state and send [`Action`]s.

pub mod adoption;
pub mod care_leaver;
pub mod fields;
pub mod fostering;
pub mod kinship;
pub mod legacy;
pub mod share;

use fields::{validate, FieldKind, Raw, UiError, DATE_PARTS, Q};
use rules::{Answers, Date, Journey, Scenario};
use std::rc::Rc;
use yew::Reducible;

/// Where the person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The start page (no journey chosen).
    Start,
    /// One question.
    Question(Q),
    /// "Check your answers".
    Check,
    /// The result.
    Result,
}

impl Step {
    /// The id kept in the browser history's state object.
    pub fn to_id(self) -> String {
        match self {
            Step::Start => "start".into(),
            Step::Question(q) => format!("q:{}", q.key()),
            Step::Check => "check".into(),
            Step::Result => "result".into(),
        }
    }

    /// The step with this id.
    pub fn from_id(id: &str) -> Option<Step> {
        match id {
            "start" => Some(Step::Start),
            "check" => Some(Step::Check),
            "result" => Some(Step::Result),
            _ => id.strip_prefix("q:").and_then(Q::from_key).map(Step::Question),
        }
    }
}

/// Everything the app remembers, in memory only.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The journey, once chosen.
    pub journey: Option<Journey>,
    /// Today, read once from the browser.
    pub today: Date,
    /// The date the rules are evaluated for (today unless planning).
    pub on: Date,
    /// The raw answers.
    pub raw: Raw,
    /// The current step.
    pub step: Step,
    /// Errors on the current page.
    pub errors: Vec<UiError>,
    /// After a "Change" link: Continue goes back to "Check your answers".
    pub return_to_check: bool,
    /// On the way back to "Check your answers", Continue led on to a
    /// question that was not answered yet (a change, or a planned date,
    /// added it): Back then goes to the question before, not to a check
    /// page with empty answers.
    pub detour: bool,
    /// The answers as they were before "Change" opened a question: Back
    /// without Continue puts them back, so an edit not confirmed is not kept.
    pub before_change: Option<Raw>,
    /// Bumped on every page change or submit, so effects (focus, title) run.
    pub seq: u32,
    /// True when the last action moved to a new page that the browser
    /// history should get an entry for (not after Back or Forward, nor
    /// when a page only shows its errors).
    pub push: bool,
    /// Saving on this device: `None` until the person chooses, then
    /// `Some(true)` (opted in) or `Some(false)` (cleared).
    pub save_on_device: Option<bool>,
    /// Answers saved on this device earlier, found when the app started.
    pub saved: Option<String>,
    /// A notice for the page shown next, cleared by the page change after.
    pub notice: Option<Notice>,
}

/// A notice shown once, above the question it lands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Planning for another date added this many questions; shown on the
    /// first of them.
    MoreQuestions(usize),
    /// "Start again" also removed the answers saved on this device, which
    /// the person had chosen to keep: it is said, not done silently.
    SavedCleared,
}

/// What the person did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Typed or chose a value.
    Set(String, String),
    /// Pressed Continue on a question.
    Continue,
    /// Pressed the back link.
    Back,
    /// Pressed "Change" on the check page.
    Change(Q),
    /// Confirmed the answers on the check page.
    Confirm,
    /// Pressed "Start again".
    StartAgain,
    /// Browser Back or Forward arrived at this step id.
    History(String),
    /// Planned for another date (from the raw `plan_date` fields).
    PlanDate,
    /// Restored answers (from a link or the device) at the check page.
    Restore(Journey, Raw),
    /// Opted in or out of saving on this device.
    SaveOnDevice(bool),
    /// Carry on from the answers saved on this device.
    RestoreSaved,
}

/// The questions on this journey's route for these answers. `today` is the
/// date the route is worked out for: the planned date when planning.
pub fn route(journey: Journey, raw: &Raw, today: Date) -> Vec<Q> {
    match journey {
        Journey::Fostering => fostering::route(raw, today),
        Journey::Kinship => kinship::route(raw, today),
        Journey::CareLeaver => care_leaver::route(raw, today),
        Journey::Adoption => adoption::route(raw, today),
    }
}

/// The keys a question's answer is kept under: a date's three parts, or one.
fn answer_keys(q: Q) -> Vec<String> {
    match q.kind() {
        FieldKind::Date => DATE_PARTS.iter().map(|part| format!("{}-{part}", q.key())).collect(),
        _ => vec![q.key()],
    }
}

/// The raw answers to the questions on the route only: an answer to a
/// question no longer asked is left out (a boolean left out is "no").
pub fn on_route(journey: Journey, raw: &Raw, today: Date) -> Raw {
    let keys: Vec<String> = route(journey, raw, today).iter().flat_map(|q| answer_keys(*q)).collect();
    // Not `collect()`: that sorts the pairs (a stable sort's code in the
    // wasm) although they come from the map already in order.
    let mut kept = raw.clone();
    kept.retain(|k, _| keys.contains(k));
    kept
}

/// The typed answers for the date `on`, when every question on the route
/// for `on` is answered well (a date of birth is checked against `today`).
pub fn typed(journey: Journey, raw: &Raw, today: Date, on: Date) -> Option<Answers> {
    let qs = route(journey, raw, on);
    if qs.iter().any(|q| validate(*q, raw, today).is_some()) {
        return None;
    }
    let raw = on_route(journey, raw, on);
    match journey {
        Journey::Fostering => fostering::answers(&raw, on),
        Journey::Kinship => kinship::answers(&raw, on),
        Journey::CareLeaver => care_leaver::answers(&raw, on),
        Journey::Adoption => adoption::answers(&raw, on),
    }
}

impl State {
    /// A fresh state: the first question of `journey`, or the start page.
    pub fn new(journey: Option<Journey>, today: Date) -> State {
        let mut s = State {
            journey,
            today,
            on: today,
            raw: Raw::new(),
            step: Step::Start,
            errors: Vec::new(),
            return_to_check: false,
            detour: false,
            before_change: None,
            seq: 0,
            push: false,
            save_on_device: None,
            saved: None,
            notice: None,
        };
        s.step = s.first_step();
        s
    }

    fn first_step(&self) -> Step {
        match self.journey {
            Some(j) => route(j, &self.raw, self.on).first().map_or(Step::Check, |q| Step::Question(*q)),
            None => Step::Start,
        }
    }

    /// The questions on the route for the date planned for (today unless
    /// planning): a care leaver who turns 18 by then is asked more.
    pub fn route(&self) -> Vec<Q> {
        self.journey.map_or_else(Vec::new, |j| route(j, &self.raw, self.on))
    }

    /// The first question on the route that is not answered well.
    fn first_unanswered(&self) -> Option<Q> {
        self.route().into_iter().find(|q| validate(*q, &self.raw, self.today).is_some())
    }

    /// The scenario to evaluate, when the answers are complete.
    pub fn scenario(&self) -> Option<Scenario> {
        self.scenario_on(self.on)
    }

    /// The scenario for these answers on `on`, typed for that date (the
    /// result compares today's with the planned date's).
    pub fn scenario_on(&self, on: Date) -> Option<Scenario> {
        let journey = self.journey?;
        typed(journey, &self.raw, self.today, on).map(|answers| Scenario { on, answers })
    }

    /// The step a request may land on: a question on the route, or the check
    /// and result pages once every answer is good; else the first gap.
    fn allowed(&self, step: Step) -> Step {
        let gap = self.first_unanswered().map(Step::Question);
        match step {
            Step::Start => Step::Start,
            _ if self.journey.is_none() => Step::Start,
            Step::Question(q) if self.route().contains(&q) => step,
            Step::Question(_) => gap.unwrap_or(Step::Check),
            Step::Check | Step::Result => gap.unwrap_or(step),
        }
    }

    fn go(&mut self, step: Step) {
        self.step = step;
        self.errors.clear();
        self.notice = None;
        self.push = true;
    }

    /// The pure transition.
    pub fn apply(mut self, action: Action) -> State {
        self.seq = self.seq.wrapping_add(1);
        match action {
            Action::Set(key, value) => {
                self.raw.insert(key, value);
                self.seq = self.seq.wrapping_sub(1);
                return self;
            }
            Action::Continue => {
                let Step::Question(q) = self.step else {
                    return self;
                };
                if let Some(e) = validate(q, &self.raw, self.today) {
                    self.errors = vec![e];
                    self.push = false;
                    return self;
                }
                let next = if self.return_to_check {
                    self.first_unanswered().map_or(Step::Check, Step::Question)
                } else {
                    let qs = self.route();
                    let pos = qs.iter().position(|x| *x == q);
                    match pos.and_then(|p| qs.get(p + 1)) {
                        Some(n) => Step::Question(*n),
                        None => self.first_unanswered().map_or(Step::Check, Step::Question),
                    }
                };
                if next == Step::Check {
                    self.return_to_check = false;
                }
                self.detour = self.return_to_check && next != Step::Check;
                self.before_change = None;
                self.go(next);
            }
            Action::Back => {
                if self.return_to_check && !self.detour {
                    // Back from a change, not confirmed: the answer goes back to what it was.
                    if let Some(raw) = self.before_change.take() {
                        self.raw = raw;
                    }
                }
                let step = match self.step {
                    Step::Question(_) if self.return_to_check && !self.detour => Step::Check,
                    Step::Question(q) => {
                        let qs = self.route();
                        match qs.iter().position(|x| *x == q) {
                            Some(p) if p > 0 => qs.get(p - 1).map_or(Step::Start, |q| Step::Question(*q)),
                            _ => Step::Start,
                        }
                    }
                    Step::Check => self.route().last().map_or(Step::Start, |q| Step::Question(*q)),
                    Step::Result => Step::Check,
                    Step::Start => Step::Start,
                };
                // On a detour, Back keeps to the way back to the check page.
                let detour = self.detour && matches!(step, Step::Question(_));
                self.return_to_check &= detour;
                self.detour = detour;
                self.go(step);
            }
            Action::Change(q) => {
                self.return_to_check = true;
                self.detour = false;
                self.before_change = Some(self.raw.clone());
                let step = self.allowed(Step::Question(q));
                self.go(step);
            }
            Action::Confirm => {
                let step = self.allowed(Step::Result);
                self.go(step);
            }
            Action::StartAgain => {
                let fresh = State::new(self.journey, self.today);
                let clear = self.save_on_device.map(|_| false);
                let notice = (self.save_on_device == Some(true)).then_some(Notice::SavedCleared);
                return State { seq: self.seq, push: true, save_on_device: clear, notice, ..fresh };
            }
            Action::History(id) => {
                let step = Step::from_id(&id).map_or(self.step, |s| self.allowed(s));
                self.go(step);
                self.return_to_check = false;
                self.detour = false;
                self.push = false;
            }
            Action::PlanDate => {
                let q = Q::new("plan_date");
                match validate(q, &self.raw, self.today) {
                    Some(e) => self.errors = vec![e],
                    None => {
                        let before = self.route();
                        if let Ok(d) = fields::read_date(&self.raw, "plan_date") {
                            self.on = d;
                        }
                        self.errors.clear();
                        // The planned date can change the questions that
                        // matter: ask the new ones, then check the answers.
                        if let Some(gap) = self.first_unanswered() {
                            let new = self
                                .route()
                                .into_iter()
                                .filter(|q| !before.contains(q) && validate(*q, &self.raw, self.today).is_some())
                                .count();
                            self.return_to_check = true;
                            self.detour = true;
                            self.go(Step::Question(gap));
                            self.notice = Some(Notice::MoreQuestions(new.max(1)));
                            return self;
                        }
                    }
                }
                self.push = false;
            }
            Action::Restore(journey, raw) => {
                self.journey = Some(journey);
                // A link or saved answers planned for another date open at it.
                let on = share::planned(&raw, self.today);
                if on != self.today {
                    self.on = on;
                }
                self.raw = raw;
                self.return_to_check = false;
                self.detour = false;
                let step = self.allowed(Step::Check);
                self.go(step);
            }
            Action::SaveOnDevice(on) => {
                self.save_on_device = Some(on);
                if !on {
                    self.saved = None;
                }
                self.seq = self.seq.wrapping_sub(1);
            }
            Action::RestoreSaved => {
                let decoded = self.saved.as_deref().and_then(|t| share::decode(t, self.today));
                if let Some((journey, raw)) = decoded {
                    self.save_on_device = Some(true);
                    // Saved answers open at their own planned date, or today.
                    self.on = self.today;
                    return self.apply(Action::Restore(journey, raw));
                }
            }
        }
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::ymd(2025, 9, 1)
    }

    fn answer(s: State, key: &str, value: &str) -> State {
        s.apply(Action::Set(key.into(), value.into())).apply(Action::Continue)
    }

    fn date(s: State, key: &str, d: &str, m: &str, y: &str) -> State {
        s.apply(Action::Set(format!("{key}-day"), d.into()))
            .apply(Action::Set(format!("{key}-month"), m.into()))
            .apply(Action::Set(format!("{key}-year"), y.into()))
            .apply(Action::Continue)
    }

    /// Fostering answered up to the skills level question: a non-related
    /// applicant in Kent with a spare bedroom, who already fosters.
    fn fostering_up_to_skills() -> State {
        let s = State::new(Some(Journey::Fostering), today());
        let s = answer(s, "current_foster_carer", "yes");
        let s = date(s, "carer_date_of_birth", "5", "5", "1985");
        let s = answer(s, "lives_in_kent_or_medway", "yes");
        let s = answer(s, "spare_bedroom", "yes");
        let s = answer(s, "household_specified_offence", "no");
        answer(s, "relationship", "non_related")
    }

    #[test]
    fn fostering_asks_training_only_of_a_connected_person() {
        let s = fostering_up_to_skills();
        assert_eq!(s.step, Step::Question(Q::new("skills_level")));
        let s = answer(s, "skills_level", "foundation");
        let s = answer(s, "children_count", "2");
        let s = answer(s, "child_age_1", "7");
        let s = answer(s, "child_disability_1", "none");
        let s = answer(s, "child_age_2", "15");
        let s = answer(s, "child_disability_2", "yes");
        let s = answer(s, "fosters_with_partner", "yes");
        assert_eq!(s.step, Step::Check);
        let s = s.apply(Action::Change(Q::new("relationship")));
        let s = answer(s, "relationship", "connected_person");
        assert_eq!(s.step, Step::Question(Q::new("connected_person_training_completed")));
        let s = answer(s, "connected_person_training_completed", "no");
        assert_eq!(s.step, Step::Check);
        assert!(s.scenario().is_some());
        let s = s.apply(Action::Confirm);
        assert_eq!(s.step, Step::Result);
    }

    #[test]
    fn start_again_says_so_when_it_also_clears_saved_answers() {
        let s = State::new(Some(Journey::Kinship), today());
        let s = answer(s, "child_age", "4");
        let kept = s.clone().apply(Action::SaveOnDevice(true)).apply(Action::StartAgain);
        assert_eq!(
            (kept.step, kept.save_on_device, kept.notice),
            (Step::Question(Q::new("child_age")), Some(false), Some(Notice::SavedCleared))
        );
        assert!(kept.raw.is_empty());
        let next = answer(kept, "child_age", "4");
        assert_eq!(next.notice, None, "said once, on the page Start again opens");
        let unsaved = s.apply(Action::StartAgain);
        assert_eq!((unsaved.save_on_device, unsaved.notice), (None, None), "nothing saved, nothing to say");
    }

    #[test]
    fn back_from_a_question_a_change_added_goes_to_the_question_before_not_to_empty_answers() {
        let s = fostering_up_to_skills();
        let s = answer(s, "skills_level", "foundation");
        let s = answer(s, "children_count", "1");
        let s = answer(s, "child_age_1", "7");
        let s = answer(s, "child_disability_1", "none");
        let s = answer(s, "fosters_with_partner", "no");
        assert_eq!(s.step, Step::Check);
        let s = s.apply(Action::Change(Q::new("children_count")));
        let s = answer(s, "children_count", "2");
        assert_eq!(s.step, Step::Question(Q::child("child_age", 2)));
        let s = s.apply(Action::Back);
        assert_eq!(
            s.step,
            Step::Question(Q::child("child_disability", 1)),
            "the question before, not Check with child 2's answers empty"
        );
        let s = s.apply(Action::Continue);
        assert_eq!(s.step, Step::Question(Q::child("child_age", 2)), "on to the question still to answer");
        let s = answer(s, "child_age_2", "15");
        let s = answer(s, "child_disability_2", "none");
        assert_eq!(s.step, Step::Check, "and back to Check your answers");
        let s = s.apply(Action::Change(Q::new("skills_level")));
        assert_eq!(
            s.clone().apply(Action::Back).step,
            Step::Check,
            "with nothing missing, Back from a change is Check"
        );
        // An edit not yet confirmed with Continue: Back is the check page, and the edit is not kept.
        let s =
            s.apply(Action::Change(Q::new("children_count"))).apply(Action::Set("children_count".into(), "".into()));
        let s = s.apply(Action::Back);
        assert_eq!(s.step, Step::Check, "Back from a change before Continue is Check");
        assert_eq!(s.raw.get("children_count").map(String::as_str), Some("2"), "with the answer as it was");
        let s = s
            .apply(Action::Change(Q::new("carer_date_of_birth")))
            .apply(Action::Set("carer_date_of_birth-year".into(), "19".into()));
        let s = s.apply(Action::Back);
        assert_eq!(s.raw.get("carer_date_of_birth-year").map(String::as_str), Some("1985"), "a date's parts too");
        // Confirmed with Continue, the change stays.
        let s = s.apply(Action::Change(Q::new("skills_level")));
        let s = answer(s, "skills_level", "advanced");
        assert_eq!((s.step, s.raw.get("skills_level").map(String::as_str)), (Step::Check, Some("advanced")));
    }

    #[test]
    fn an_error_keeps_the_answer_and_the_step() {
        let s = State::new(Some(Journey::Kinship), today());
        let s = answer(s, "child_age", "12,5");
        assert_eq!(s.step, Step::Question(Q::new("child_age")));
        assert_eq!(s.errors.first().map(|e| e.code), Some("not_whole"));
        assert_eq!(s.raw.get("child_age").map(String::as_str), Some("12,5"));
    }

    #[test]
    fn a_care_leaver_aged_25_goes_straight_to_check_answers() {
        let s = State::new(Some(Journey::CareLeaver), today());
        let s = date(s, "date_of_birth", "1", "1", "1995");
        assert_eq!(s.step, Step::Check);
    }

    #[test]
    fn an_under_18_care_leaver_is_not_asked_about_the_18th_birthday() {
        let s = State::new(Some(Journey::CareLeaver), today());
        let s = date(s, "date_of_birth", "1", "1", "2009");
        let qs = s.route();
        assert!(!qs.contains(&Q::new("looked_after_on_18th_birthday")));
        assert!(!qs.contains(&Q::new("in_higher_education")));
    }

    #[test]
    fn planning_for_a_date_after_the_18th_birthday_asks_the_new_questions() {
        let s = State::new(Some(Journey::CareLeaver), today());
        let s = date(s, "date_of_birth", "1", "3", "2008");
        let s = answer(s, "kent_care_leaver", "yes");
        let s = answer(s, "looked_after_now", "no");
        let s = answer(s, "looked_after_13_weeks", "yes");
        let s = answer(s, "looked_after_since_16", "yes");
        let s = answer(s, "in_education_or_training", "no");
        let s = answer(s, "starting_apprenticeship", "no");
        let s = answer(s, "immigration_status", "settled");
        let s = answer(s, "unaccompanied_asylum_seeking", "no");
        let s = answer(s, "disabled", "no");
        assert_eq!(s.step, Step::Check);
        let s = s.apply(Action::Confirm);
        assert_eq!(s.step, Step::Result);
        // The same date: nothing new to ask, the result stays.
        let s = date(s, "plan_date", "1", "12", "2025").apply(Action::PlanDate);
        assert_eq!((s.step, s.notice), (Step::Result, None));
        // After the 18th birthday: the 18th-birthday question comes first.
        let s = s
            .apply(Action::Set("plan_date-month".into(), "4".into()))
            .apply(Action::Set("plan_date-year".into(), "2026".into()))
            .apply(Action::PlanDate);
        assert_eq!(s.step, Step::Question(Q::new("looked_after_on_18th_birthday")));
        let Some(Notice::MoreQuestions(new)) = s.notice else { panic!("no notice: {:?}", s.notice) };
        assert!(new >= 2, "{new} new questions");
        assert!(s.push && s.return_to_check);
        let s = answer(s, "looked_after_on_18th_birthday", "yes");
        assert_eq!(s.notice, None);
        let s = answer(s, "living_with_foster_carer", "no");
        let mut s = s;
        while let Step::Question(q) = s.step {
            s = answer(s, &q.key(), "no");
        }
        assert_eq!(s.step, Step::Check);
        assert!(!s.route().contains(&Q::new("disabled")), "only asked under 18");
        let s = s.apply(Action::Confirm);
        assert_eq!(s.step, Step::Result);
        assert_eq!(s.scenario().map(|sc| sc.on), Some(Date::ymd(2026, 4, 1)));
        // A link made now (or answers saved now) opens at the planned date,
        // with the answers to that date's questions.
        let text = share::encode(Journey::CareLeaver, &s.raw, s.today, s.on);
        assert!(text.starts_with("3.c.p20260401."), "{text}");
        let (j, raw) = share::decode(&text, today()).expect("the link decodes");
        let back = State::new(None, today()).apply(Action::Restore(j, raw));
        assert_eq!((back.step, back.on), (Step::Check, Date::ymd(2026, 4, 1)));
        assert_eq!(back.scenario(), s.scenario());
    }

    #[test]
    fn saved_answers_without_a_planned_date_open_at_today_even_after_planning() {
        let mut s = State::new(None, today());
        s.on = Date::ymd(2027, 1, 1);
        s.saved = Some("1.k.6.n.y.3.0.y".into());
        let s = s.apply(Action::RestoreSaved);
        assert_eq!((s.journey, s.step, s.on), (Some(Journey::Kinship), Step::Check, today()));
    }

    /// Answers each question as it comes: from `given` (a date as
    /// `YYYYMMDD`), else "no" (or the first option); the keys asked, in order.
    fn walk(mut s: State, given: &[(&str, &str)]) -> (State, Vec<String>) {
        let mut asked = Vec::new();
        while let Step::Question(q) = s.step {
            let key = q.key();
            assert!(!asked.contains(&key), "{key} asked twice");
            let value = given.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
            s = match q.kind() {
                FieldKind::Date => {
                    let v = value.unwrap_or_else(|| panic!("no date for {key}"));
                    date(s, &key, &v[6..8], &v[4..6], &v[0..4])
                }
                FieldKind::Choice(options) => answer(s, &key, value.unwrap_or(options[0])),
                _ => answer(s, &key, value.unwrap_or("no")),
            };
            asked.push(key);
        }
        (s, asked)
    }

    fn outcome(s: &State) -> rules::Outcome {
        rules::evaluate(&s.scenario().expect("every question answered"))
    }

    #[test]
    fn a_fostering_enquirer_under_18_is_told_straight_after_the_date_of_birth() {
        // The eve of the 18th birthday: 17, so nothing else can change it.
        let s = State::new(Some(Journey::Fostering), today());
        let (s, asked) = walk(s, &[("carer_date_of_birth", "20070902")]);
        assert_eq!(asked, ["current_foster_carer", "carer_date_of_birth"]);
        assert_eq!(s.step, Step::Check);
        let out = outcome(&s);
        let blockers: Vec<_> = out.items.iter().filter(|i| i.kind == rules::Kind::Blocker).map(|i| i.id).collect();
        assert_eq!(blockers, ["carer_under_18"], "the one reason that decides it, and no other");
        assert_eq!(s.apply(Action::Confirm).step, Step::Result);
        // On the 18th birthday the questions go on.
        let s = State::new(Some(Journey::Fostering), today());
        let (_, asked) = walk(s, &[("carer_date_of_birth", "20070901"), ("children_count", "1"), ("child_age_1", "4")]);
        assert!(asked.len() > 2 && asked.contains(&"spare_bedroom".to_string()), "{asked:?}");
    }

    #[test]
    fn only_a_current_foster_carer_is_asked_their_skills_level_and_a_partner_is_asked_of_everyone() {
        // P3: a couple aged 43 in Canterbury, children of 6 and 13, not yet fostering.
        let p3 = [
            ("carer_date_of_birth", "19820301"),
            ("lives_in_kent_or_medway", "yes"),
            ("spare_bedroom", "yes"),
            ("relationship", "non_related"),
            ("children_count", "2"),
            ("child_age_1", "6"),
            ("child_age_2", "13"),
            ("fosters_with_partner", "yes"),
        ];
        let (s, asked) = walk(State::new(Some(Journey::Fostering), today()), &p3);
        assert!(!asked.contains(&"skills_level".to_string()));
        assert_eq!(asked.first().map(String::as_str), Some("current_foster_carer"));
        assert_eq!(asked.len(), 12, "P3 {asked:?}");
        assert!(fostering::with_partner(&s.raw));
        let Some(Answers::Fostering(a)) = s.scenario().map(|sc| sc.answers) else { panic!("fostering answers") };
        assert_eq!(a.skills_level, rules::SkillsLevel::Foundation);
        // Disability: "yes" is the standard rate, never the enhanced; "not sure" is none.
        let mut given = p3.to_vec();
        given.extend([
            ("child_disability_1", "yes"),
            ("child_disability_2", "not_sure"),
            ("current_foster_carer", "yes"),
        ]);
        given.push(("skills_level", "skilled"));
        let (s, asked) = walk(State::new(Some(Journey::Fostering), today()), &given);
        assert!(asked.contains(&"skills_level".to_string()));
        let Some(Answers::Fostering(a)) = s.scenario().map(|sc| sc.answers) else { panic!("fostering answers") };
        let rates: Vec<_> = a.children.iter().map(|c| c.disability).collect();
        assert_eq!(rates, [rules::Disability::Standard, rules::Disability::None]);
        assert_eq!(a.skills_level, rules::SkillsLevel::Skilled);
        assert!(fostering::disability_rate_for_team(&s.raw, 1) && fostering::disability_rate_for_team(&s.raw, 2));
    }

    #[test]
    fn a_care_leaver_another_council_looked_after_is_asked_nothing_more() {
        let s = State::new(Some(Journey::CareLeaver), today());
        let (s, asked) = walk(s, &[("date_of_birth", "20060513"), ("kent_care_leaver", "no")]);
        assert_eq!(asked, ["date_of_birth", "kent_care_leaver"]);
        assert_eq!(s.step, Step::Check);
        assert!(care_leaver::other_council(&s.raw));
        let Some(Answers::CareLeaver(a)) = s.scenario().map(|sc| sc.answers) else { panic!("care leaver answers") };
        assert!(!a.kent_care_leaver && !a.looked_after_since_16 && a.weeks_looked_after_since_14 == 0);
    }

    /// P2: a 19-year-old Kent care leaver at college, in care on their 18th birthday.
    const P2: [(&str, &str); 6] = [
        ("date_of_birth", "20070513"),
        ("kent_care_leaver", "yes"),
        ("looked_after_13_weeks", "yes"),
        ("looked_after_on_18th_birthday", "yes"),
        ("in_education_or_training", "yes"),
        ("living_with_foster_carer", "yes"),
    ];

    #[test]
    fn in_care_on_the_18th_birthday_settles_the_16th_and_the_number_of_weeks_is_not_asked() {
        let on = Date::ymd(2026, 12, 7);
        let (s, asked) = walk(State::new(Some(Journey::CareLeaver), on), &P2);
        assert!(!asked.iter().any(|k| k == "looked_after_since_16" || k == "weeks_looked_after_since_14"), "{asked:?}");
        let at = |k: &str| asked.iter().position(|a| a == k);
        assert!(at("looked_after_13_weeks") < at("looked_after_on_18th_birthday"));
        assert_eq!(asked.len(), 12, "P2 {asked:?}");
        assert!(!care_leaver::weeks_given(&s.raw, on));
        let Some(Answers::CareLeaver(a)) = s.scenario().map(|sc| sc.answers) else { panic!("care leaver answers") };
        assert!(a.looked_after_since_16 && a.looked_after_on_18th_birthday);
        assert_eq!(
            u32::from(a.weeks_looked_after_since_14),
            rules::journeys::care_leaver::Thresholds::at(on).eligible_weeks
        );
        // Not in care on the 18th birthday: the 16th birthday is asked.
        let mut given = P2.to_vec();
        given.push(("looked_after_on_18th_birthday", "no"));
        given.retain(|(k, v)| *k != "looked_after_on_18th_birthday" || *v == "no");
        let (_, asked) = walk(State::new(Some(Journey::CareLeaver), on), &given);
        assert!(asked.contains(&"looked_after_since_16".to_string()), "{asked:?}");
    }

    #[test]
    fn the_number_of_weeks_is_asked_only_where_it_can_change_the_result() {
        let on = Date::ymd(2026, 12, 7);
        let weeks = |given: &[(&str, &str)]| {
            let (s, asked) = walk(State::new(Some(Journey::CareLeaver), on), given);
            (asked.contains(&"weeks_looked_after_since_14".to_string()), s)
        };
        let child = [("date_of_birth", "20100101"), ("kent_care_leaver", "yes"), ("looked_after_now", "yes")];
        // In care and under 13 weeks: the number sets the day they become eligible.
        let (asked, s) =
            weeks(&[&child[..], &[("looked_after_13_weeks", "no"), ("weeks_looked_after_since_14", "5")]].concat());
        assert!(asked);
        assert_eq!(outcome(&s).timeline.iter().filter(|e| e.event == "becomes_eligible").count(), 1);
        assert!(care_leaver::weeks_given(&s.raw, on));
        assert!(!weeks(&[&child[..], &[("looked_after_13_weeks", "yes")]].concat()).0);
        // Not sure: the number decides it (a best guess).
        let adult = [("date_of_birth", "20060101"), ("kent_care_leaver", "yes"), ("looked_after_now", "no")];
        let (asked, s) = weeks(
            &[&adult[..], &[("looked_after_13_weeks", "not_sure"), ("weeks_looked_after_since_14", "20")]].concat(),
        );
        assert!(asked);
        assert!(
            s.route().contains(&Q::new("looked_after_on_18th_birthday")),
            "20 weeks: eligible, so the 18th birthday matters"
        );
        // Fewer than 13 and out of care: the number cannot change anything.
        assert!(!weeks(&[&adult[..], &[("looked_after_13_weeks", "no")]].concat()).0);
    }

    #[test]
    fn shared_accommodation_is_asked_only_while_its_contract_runs() {
        let end = rules::params::CONTRACT_END_SHARED_ACCOMMODATION
            .at(today())
            .and_then(rules::params::Found::date)
            .expect("an end");
        let asked_on = |on: Date| {
            let (_, asked) = walk(State::new(Some(Journey::CareLeaver), on), &P2);
            asked.contains(&"in_shared_accommodation_since_before_2023_11_13".to_string())
        };
        assert!(asked_on(end), "on the contract's last day");
        assert!(!asked_on(end.add_days(1).expect("a day")), "the day after it");
    }

    #[test]
    fn history_cannot_skip_unanswered_questions() {
        let s = State::new(Some(Journey::Adoption), today());
        let s = s.apply(Action::History("result".into()));
        assert_eq!(s.step, Step::Question(Q::new("date_of_birth")));
        assert!(!s.push);
    }
}
