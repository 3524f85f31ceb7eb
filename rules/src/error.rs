//! Typed input errors. Bad input is a value, never a panic.

use std::fmt;

/// What is wrong with one field, as `CONTRACT.md` names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorCode {
    /// A required field is absent.
    Missing,
    /// A field the journey does not know.
    UnknownField,
    /// A date not of the form `YYYY-MM-DD` or naming no real day.
    NotARealDate,
    /// A date of birth after the date evaluated.
    InTheFuture,
    /// A date of birth more than 122 years before the date evaluated.
    TooLongAgo,
    /// A number outside what the field allows.
    OutOfRange,
    /// A value of the wrong type (`null`, a string for a number, 7.5 for a whole number).
    WrongType,
    /// A choice not in the list.
    UnknownValue,
    /// A journey not in the list.
    UnknownJourney,
    /// The input is not JSON.
    NotJson,
}

impl ErrorCode {
    /// The contract's code.
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Missing => "missing",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::NotARealDate => "not_a_real_date",
            ErrorCode::InTheFuture => "in_the_future",
            ErrorCode::TooLongAgo => "too_long_ago",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::WrongType => "wrong_type",
            ErrorCode::UnknownValue => "unknown_value",
            ErrorCode::UnknownJourney => "unknown_journey",
            ErrorCode::NotJson => "not_json",
        }
    }
}

/// One problem with the input, at a field path such as `answers.children[0].age`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The path from the scenario's root (empty for the whole input).
    pub field: String,
    /// What is wrong.
    pub code: ErrorCode,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            f.write_str(self.code.as_str())
        } else {
            write!(f, "{}: {}", self.field, self.code.as_str())
        }
    }
}

/// The oldest a date of birth may be, in years before the date evaluated.
pub const OLDEST_AGE_YEARS: i32 = 122;

/// Checks a date of birth against the date evaluated: not after it, and not
/// more than 122 years before it.
pub fn check_date_of_birth(born: crate::Date, on: crate::Date) -> Result<(), ErrorCode> {
    if born > on {
        return Err(ErrorCode::InTheFuture);
    }
    match on.add_months(-12 * OLDEST_AGE_YEARS) {
        Some(limit) if born < limit => Err(ErrorCode::TooLongAgo),
        _ => Ok(()),
    }
}
