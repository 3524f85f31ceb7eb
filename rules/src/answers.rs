//! Typed answers: what the rules evaluate. The JSON reader and the web
//! form both build these, so every check on raw input happens before the
//! rules run and the rules themselves cannot fail.

use crate::Date;

/// The four journeys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Journey {
    /// Could I foster?
    Fostering,
    /// Caring for a relative's or friend's child.
    Kinship,
    /// My local offer (care leavers 16 to 25).
    CareLeaver,
    /// Could I adopt?
    Adoption,
}

impl Journey {
    /// Every journey, in the order the start page lists them.
    pub const ALL: [Journey; 4] = [Journey::Fostering, Journey::Kinship, Journey::CareLeaver, Journey::Adoption];

    /// The contract's id.
    pub const fn as_str(self) -> &'static str {
        match self {
            Journey::Fostering => "fostering",
            Journey::Kinship => "kinship",
            Journey::CareLeaver => "care_leaver",
            Journey::Adoption => "adoption",
        }
    }

    /// The journey with this id.
    pub fn from_id(id: &str) -> Option<Journey> {
        Journey::ALL.into_iter().find(|j| j.as_str() == id)
    }
}

/// Declares a choice enum with its contract ids, in one place.
macro_rules! choice {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }
        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every value's contract id, in the same order: the options a
            /// question offers, and the code a share link writes for each.
            pub const IDS: &'static [&'static str] = &[$($id),+];
            /// The contract's id.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
            /// The value with this id.
            pub fn from_id(id: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == id)
            }
        }
    };
}

choice!(
    /// The carer's relationship to the children they would foster.
    Relationship {
        /// Someone the child does not know.
        NonRelated = "non_related",
        /// A relative or friend of the child (kinship foster carer).
        ConnectedPerson = "connected_person",
    }
);

choice!(
    /// Kent's Payment for Skills level.
    SkillsLevel {
        /// The standard level.
        Foundation = "foundation",
        /// Level 2.
        Skilled = "skilled",
        /// Level 3.
        Advanced = "advanced",
    }
);

choice!(
    /// A child's disability enhancement.
    Disability {
        /// None.
        None = "none",
        /// The standard enhancement.
        Standard = "standard",
        /// The enhanced rate.
        Enhanced = "enhanced",
    }
);

choice!(
    /// A kinship arrangement.
    Arrangement {
        /// A connected person approved as the child's foster carer.
        ConnectedPersonFosterCarer = "connected_person_foster_carer",
        /// A special guardianship order.
        SpecialGuardianshipOrder = "special_guardianship_order",
        /// A child arrangements order ("lives with").
        ChildArrangementsOrder = "child_arrangements_order",
        /// An informal family arrangement.
        Informal = "informal",
        /// Not sure yet.
        NotSure = "not_sure",
    }
);

choice!(
    /// Where a kinship family lives.
    LivesIn {
        /// Kent County Council's area.
        Kent = "kent",
        /// Medway Council's area.
        Medway = "medway",
        /// Elsewhere.
        Elsewhere = "elsewhere",
    }
);

choice!(
    /// Which council looked after a child immediately before a special
    /// guardianship order was made (or looks after the child now, for a
    /// family applying for one): that council stays responsible for the
    /// family's special guardianship support for three years from the order
    /// (Special Guardianship Regulations 2005 reg 5).
    LookedAfterBy {
        /// Kent County Council.
        Kent = "kent",
        /// Medway Council.
        Medway = "medway",
        /// Any other council.
        AnotherCouncil = "another_council",
        /// The child was not looked after immediately before the order.
        NotLookedAfter = "not_looked_after",
    }
);

choice!(
    /// A care leaver's immigration status.
    ImmigrationStatus {
        /// British or Irish, settled, or leave to remain that allows
        /// public funds (such as refugee status or humanitarian protection).
        Settled = "settled",
        /// Leave to remain with a "no recourse to public funds" condition:
        /// not settled, no public funds, and not "no status". A value beyond
        /// CONTRACT.md's four, which keep their meaning.
        LeaveNoPublicFunds = "leave_no_public_funds",
        /// Waiting for a decision on an asylum claim or appeal, with no leave.
        Pending = "pending",
        /// No leave.
        None = "none",
        /// Had leave with public funds and applied in time to extend it: the
        /// leave goes on while the application is decided (Immigration Act
        /// 1971 s3C). Links made before share links named choices by id
        /// read it by position (`src/state/legacy.rs`), not from this order.
        ExtensionPending = "extension_pending",
    }
);

impl ImmigrationStatus {
    /// Leave that allows public funds: settled, or such leave continuing
    /// while an in-time application is decided (CONTRACT, "Care leavers").
    pub const fn public_funds(self) -> bool {
        matches!(self, ImmigrationStatus::Settled | ImmigrationStatus::ExtensionPending)
    }

    /// No leave at all: a claim or appeal pending, or no status
    /// (CONTRACT: "no status" means `pending` or `none`).
    pub const fn no_status(self) -> bool {
        matches!(self, ImmigrationStatus::Pending | ImmigrationStatus::None)
    }
}

/// A child the carer would foster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Child {
    /// Age in whole years, 0 to 17.
    pub age: u8,
    /// Disability enhancement.
    pub disability: Disability,
}

/// Answers for "Could I foster?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FosteringAnswers {
    /// The carer's date of birth.
    pub carer_date_of_birth: Date,
    /// Lives in Kent or Medway.
    pub lives_in_kent_or_medway: bool,
    /// Has a spare bedroom.
    pub spare_bedroom: bool,
    /// Anyone in the household cautioned or convicted of a specified offence.
    pub household_specified_offence: bool,
    /// Non-related or connected person.
    pub relationship: Relationship,
    /// A connected person who has completed the training.
    pub connected_person_training_completed: bool,
    /// Payment for Skills level.
    pub skills_level: SkillsLevel,
    /// One to ten children.
    pub children: Vec<Child>,
}

/// Answers for "Caring for a relative's or friend's child".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KinshipAnswers {
    /// The child's age, 0 to 17.
    pub child_age: u8,
    /// The child is looked after by the council now.
    pub child_looked_after_now: bool,
    /// The child was looked after before (before an order).
    pub child_previously_looked_after: bool,
    /// The arrangement the family has or is thinking of.
    pub arrangement: Arrangement,
    /// Where the family lives.
    pub lives_in: LivesIn,
    /// The carer is the child's grandparent, brother, sister, uncle, aunt
    /// or step-parent (a relative, Children Act 1989 s105), so caring for
    /// the child is not private fostering.
    pub carer_is_close_relative: bool,
    /// The family already has the arrangement: the court has made the
    /// order, or the council has approved the carer (optional; false when
    /// left out, so the family is taken to be thinking about it).
    pub arrangement_in_place: bool,
    /// Which council looked after the child immediately before a special
    /// guardianship order, or looks after the child now (optional).
    pub looked_after_by: Option<LookedAfterBy>,
    /// The day the court made the order (optional; not after the date
    /// evaluated).
    pub order_made_on: Option<Date>,
}

/// Answers for "My local offer".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CareLeaverAnswers {
    /// Date of birth.
    pub date_of_birth: Date,
    /// Looked after now.
    pub looked_after_now: bool,
    /// Whole weeks looked after in total since the 14th birthday (0 to 600).
    pub weeks_looked_after_since_14: u16,
    /// Looked after at any time after the 16th birthday.
    pub looked_after_since_16: bool,
    /// Looked after on the 18th birthday.
    pub looked_after_on_18th_birthday: bool,
    /// A special guardianship order made from care, after 16.
    pub special_guardianship_from_care: bool,
    /// Privately fostered after 16.
    pub privately_fostered: bool,
    /// In education or training.
    pub in_education_or_training: bool,
    /// In higher education.
    pub in_higher_education: bool,
    /// Starting an apprenticeship.
    pub starting_apprenticeship: bool,
    /// Living with a (former) foster carer.
    pub living_with_foster_carer: bool,
    /// Kent is the responsible council.
    pub kent_care_leaver: bool,
    /// Immigration status.
    pub immigration_status: ImmigrationStatus,
    /// Arrived as an unaccompanied asylum-seeking child.
    pub unaccompanied_asylum_seeking: bool,
    /// Living in Shared Accommodation since before 13 November 2023.
    pub in_shared_accommodation_since_before_2023_11_13: bool,
    /// Disabled.
    pub disabled: bool,
    /// Has special educational needs.
    pub special_educational_needs: bool,
    /// Has eligible needs under the Care Act 2014.
    pub care_act_eligible_needs: bool,
}

/// A second adopter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Partner {
    /// The partner's date of birth.
    pub date_of_birth: Date,
    /// Whole months the partner has lived in the British Islands.
    pub months_habitually_resident: u16,
}

/// Answers for "Could I adopt?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AdoptionAnswers {
    /// The applicant's date of birth.
    pub date_of_birth: Date,
    /// A partner applying too.
    pub partner: Option<Partner>,
    /// At least one applicant is domiciled in the British Islands.
    pub domiciled_in_british_islands: bool,
    /// Whole months the applicant has lived in the British Islands (0 to 1500).
    pub months_habitually_resident: u16,
    /// Anyone in the household cautioned or convicted of a specified offence.
    pub household_specified_offence: bool,
}

/// The answers for one journey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answers {
    /// Could I foster?
    Fostering(FosteringAnswers),
    /// Kinship care.
    Kinship(KinshipAnswers),
    /// My local offer.
    CareLeaver(CareLeaverAnswers),
    /// Could I adopt?
    Adoption(AdoptionAnswers),
}

/// A whole scenario: answers and the date to evaluate them for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The date the rules are evaluated for ("today" unless planning ahead).
    pub on: Date,
    /// The answers.
    pub answers: Answers,
}

impl Answers {
    /// The journey these answers are for.
    pub const fn journey(&self) -> Journey {
        match self {
            Answers::Fostering(_) => Journey::Fostering,
            Answers::Kinship(_) => Journey::Kinship,
            Answers::CareLeaver(_) => Journey::CareLeaver,
            Answers::Adoption(_) => Journey::Adoption,
        }
    }
}
