//! Swedish personnummer and samordningsnummer: 10 digits (YYMMDD-NNNC) or 12 (YYYYMMDDNNNC),
//! with `-` or, from the year one turns 100, `+` before the last four; a real date (the day
//! has 60 added in a samordningsnummer); a Luhn check digit over the last ten digits.

use chrono::{Datelike, NaiveDate};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Personnummer {
    pub birth_date: NaiveDate,
    /// Samordningsnummer: the day has 60 added.
    pub coordination_number: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonnummerError {
    /// Not 10 or 12 digits, or a separator in the wrong place.
    Format,
    /// The digits do not make a real date (or one in the future).
    Date,
    /// The Luhn check digit does not match.
    Checksum,
}

/// Checks a personnummer as written; `today` decides the century of the 10-digit form.
pub fn parse(input: &str, today: NaiveDate) -> Result<Personnummer, PersonnummerError> {
    let input = input.trim();
    let (body, plus) = match input.find(['-', '+']) {
        Some(pos) if input.len() - pos == 5 => (
            format!("{}{}", &input[..pos], &input[pos + 1..]),
            input.as_bytes()[pos] == b'+',
        ),
        Some(_) => return Err(PersonnummerError::Format),
        None => (input.to_owned(), false),
    };
    let digits: Vec<u32> = body
        .chars()
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(PersonnummerError::Format)?;
    if digits.len() != 10 && digits.len() != 12 {
        return Err(PersonnummerError::Format);
    }
    let last10 = &digits[digits.len() - 10..];
    let number = |ds: &[u32]| ds.iter().fold(0, |n, d| n * 10 + d);
    let month = number(&last10[2..4]);
    let mut day = number(&last10[4..6]);
    let coordination_number = day > 60;
    if coordination_number {
        day -= 60;
    }
    let date = |year: i32| NaiveDate::from_ymd_opt(year, month, day);
    let birth_date = if digits.len() == 12 {
        date(number(&digits[..4]) as i32)
    } else {
        // The latest year ending in these two digits whose date is not in the future; "+"
        // says the person is 100 or older, so a century earlier.
        let yy = number(&last10[..2]) as i32;
        let this_year = today.year();
        let year = this_year - (this_year - yy).rem_euclid(100);
        let year = match date(year) {
            Some(d) if d > today => year - 100,
            _ => year,
        };
        date(if plus { year - 100 } else { year })
    }
    .filter(|d| *d <= today)
    .ok_or(PersonnummerError::Date)?;
    if !luhn_ok(last10) {
        return Err(PersonnummerError::Checksum);
    }
    Ok(Personnummer {
        birth_date,
        coordination_number,
    })
}

/// Luhn: every other digit from the first doubled (digit sum), and the total a multiple of 10.
fn luhn_ok(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, &d)| match i % 2 {
            0 if d * 2 > 9 => d * 2 - 9,
            0 => d * 2,
            _ => d,
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn born(input: &str) -> Result<NaiveDate, PersonnummerError> {
        parse(input, today()).map(|p| p.birth_date)
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn ten_and_twelve_digits_with_or_without_a_separator() {
        // Skatteverket's example number.
        assert_eq!(born("811218-9876"), Ok(date(1981, 12, 18)));
        assert_eq!(born("8112189876"), Ok(date(1981, 12, 18)));
        assert_eq!(born("198112189876"), Ok(date(1981, 12, 18)));
        assert_eq!(born("19811218-9876"), Ok(date(1981, 12, 18)));
    }

    #[test]
    fn the_century_of_the_short_form() {
        // A date later this year than today belongs to the century before.
        assert_eq!(born("261227-2381"), Ok(date(1926, 12, 27)));
        // "+" marks a person of 100 or more.
        assert_eq!(born("121212+1212"), Ok(date(1912, 12, 12)));
        assert_eq!(born("121212-1212"), Ok(date(2012, 12, 12)));
        // The twelve-digit form says its century outright.
        assert_eq!(born("191212121212"), Ok(date(1912, 12, 12)));
    }

    #[test]
    fn samordningsnummer_have_sixty_added_to_the_day() {
        let id = parse("701063-2391", today()).unwrap();
        assert_eq!(id.birth_date, date(1970, 10, 3));
        assert!(id.coordination_number);
    }

    #[test]
    fn a_wrong_check_digit_is_caught() {
        assert_eq!(born("811218-9875"), Err(PersonnummerError::Checksum));
        assert_eq!(born("198112189870"), Err(PersonnummerError::Checksum));
    }

    #[test]
    fn impossible_and_future_dates() {
        // 30 February, a 13th month, and a twelve-digit birth date in the future.
        assert_eq!(born("810230-9872"), Err(PersonnummerError::Date));
        assert_eq!(born("811318-9875"), Err(PersonnummerError::Date));
        assert_eq!(born("202712189873"), Err(PersonnummerError::Date));
    }

    #[test]
    fn format_errors() {
        for bad in [
            "",
            "81121-89876",
            "811218-987",
            "81121898765",
            "8112189876a",
            "811218--9876",
        ] {
            assert_eq!(born(bad), Err(PersonnummerError::Format), "{bad}");
        }
    }
}
