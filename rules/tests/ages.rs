//! Exhaustive: for every date of birth from 1900-01-01 to 2100-12-31, the
//! 16th, 17th, 18th, 21st and 25th birthdays fall where English law puts
//! them, and the age on the eve and on the day is right. The oracle is an
//! independent month-and-day comparison, which gives 1 March for a
//! 29 February birth in a common year.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use rules::Date;

fn oracle_age(born: Date, on: Date) -> i32 {
    let before_birthday = (on.month(), on.day()) < (born.month(), born.day());
    on.year() - born.year() - i32::from(before_birthday)
}

#[test]
fn every_birthday_from_1900_to_2100_at_16_17_18_21_and_25() {
    let first = Date::ymd(1900, 1, 1);
    let last = Date::ymd(2100, 12, 31);
    let mut checked = 0u64;
    let mut born = first;
    while born <= last {
        for age in [16u32, 17, 18, 21, 25] {
            let day = born.birthday(age).expect("a birthday");
            let eve = day.add_days(-1).expect("an eve");
            assert_eq!(born.age_on(day), Some(age), "born {born}, on {day}");
            assert_eq!(born.age_on(eve), Some(age - 1), "born {born}, on the eve {eve}");
            assert_eq!(oracle_age(born, day), age as i32, "oracle, born {born}, on {day}");
            assert_eq!(oracle_age(born, eve), age as i32 - 1, "oracle, born {born}, on {eve}");
            if (born.month(), born.day()) == (2, 29) && Date::new(day.year(), 2, 29).is_none() {
                assert_eq!((day.month(), day.day()), (3, 1), "29 February births attain an age on 1 March");
            } else {
                assert_eq!((day.month(), day.day()), (born.month(), born.day()));
            }
            checked += 2;
        }
        born = born.add_days(1).expect("next day");
    }
    assert_eq!(checked, 73_414 * 10);
}
