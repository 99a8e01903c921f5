//! Norwegian fødselsnummer and D-nummer: 11 digits, a valid date once the offsets are removed,
//! and two control digits (weights from Skatteetaten's published rule).

use chrono::NaiveDate;

const WEIGHTS_1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const WEIGHTS_2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NationalId {
    pub birth_date: NaiveDate,
    /// D-nummer: the day has 40 added.
    pub d_number: bool,
    /// Synthetic test number (Skatteetaten's test data): the month has 80 added.
    pub synthetic: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NationalIdError {
    /// Not exactly 11 digits (spaces are allowed and ignored).
    Format,
    /// The digits do not make a real date.
    Date,
    /// A control digit does not match.
    Checksum,
}

/// Checks a fødselsnummer, D-nummer, H-nummer or synthetic number.
pub fn parse(input: &str) -> Result<NationalId, NationalIdError> {
    let digits: Vec<u32> = input
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10))
        .collect::<Option<_>>()
        .ok_or(NationalIdError::Format)?;
    if digits.len() != 11 {
        return Err(NationalIdError::Format);
    }
    if !control_digits_match(&digits) {
        return Err(NationalIdError::Checksum);
    }
    let number = |from: usize, to: usize| digits[from..to].iter().fold(0, |n, d| n * 10 + d);
    let (mut day, mut month) = (number(0, 2), number(2, 4));
    let d_number = day > 40;
    if d_number {
        day -= 40;
    }
    let synthetic = month > 80;
    if synthetic {
        month -= 80;
    } else if month > 40 {
        month -= 40; // H-nummer
    }
    let year = full_year(number(4, 6), number(6, 9)).ok_or(NationalIdError::Date)?;
    let birth_date = NaiveDate::from_ymd_opt(year, month, day).ok_or(NationalIdError::Date)?;
    Ok(NationalId {
        birth_date,
        d_number,
        synthetic,
    })
}

fn weighted_sum(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum()
}

fn control_digits_match(digits: &[u32]) -> bool {
    // Control digit 1: the weighted sum including it (weight 1) is 0 mod 11. Numbers issued
    // from 2032 may also leave 1, 2 or 3; accepting them now keeps us from rejecting them then.
    let first_ok = (weighted_sum(&digits[..9], &WEIGHTS_1) + digits[9]) % 11 <= 3;
    // Control digit 2 is unchanged: 11 - (sum mod 11), 11 meaning 0 and 10 impossible.
    let expected_second = (11 - weighted_sum(&digits[..10], &WEIGHTS_2) % 11) % 11;
    first_ok && expected_second == digits[10]
}

/// The century follows from the individual number (digits 7-9).
fn full_year(two_digits: u32, individual: u32) -> Option<i32> {
    let century = match (individual, two_digits) {
        (0..=499, _) => 1900,
        (500..=749, 54..=99) => 1800,
        (500..=999, 0..=39) => 2000,
        (900..=999, 40..=99) => 1900,
        _ => return None,
    };
    Some(century + two_digits as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn ordinary_numbers() {
        let id = parse("29029200120").unwrap();
        assert_eq!(
            id,
            NationalId {
                birth_date: date(1992, 2, 29),
                d_number: false,
                synthetic: false
            }
        );
        assert_eq!(parse("290 292 001 20"), Ok(id), "spaces are ignored");
    }

    #[test]
    fn synthetic_and_d_numbers() {
        assert_eq!(
            parse("01819000049").unwrap(),
            NationalId {
                birth_date: date(1990, 1, 1),
                d_number: false,
                synthetic: true
            }
        );
        assert_eq!(parse("15857500064").unwrap().birth_date, date(1975, 5, 15));
        assert_eq!(
            parse("41819000032").unwrap(),
            NationalId {
                birth_date: date(1990, 1, 1),
                d_number: true,
                synthetic: true
            }
        );
    }

    #[test]
    fn every_single_digit_change_is_caught() {
        let valid = "01819000049";
        for position in 0..11 {
            for replacement in '0'..='9' {
                let mut changed: Vec<char> = valid.chars().collect();
                if changed[position] == replacement {
                    continue;
                }
                changed[position] = replacement;
                let changed: String = changed.into_iter().collect();
                // A changed date digit may fail on the date instead, but it must never pass
                // unless the change is in control digit 1 and lands in the 2032 band.
                if let Ok(id) = parse(&changed) {
                    assert_eq!(position, 9, "{changed} passed as {id:?}");
                }
            }
        }
    }

    #[test]
    fn format_errors() {
        for bad in [
            "",
            "0181900004",
            "018190000491",
            "0181900004a",
            "01-81-90-00049",
        ] {
            assert_eq!(parse(bad), Err(NationalIdError::Format), "{bad}");
        }
    }

    #[test]
    fn impossible_dates() {
        // 30 February 1992 and a 13th month, both with matching control digits.
        assert_eq!(parse("30029200250"), Err(NationalIdError::Date));
        assert_eq!(parse("01139000001"), Err(NationalIdError::Date));
    }

    #[test]
    fn centuries() {
        assert_eq!(full_year(90, 123), Some(1990));
        assert_eq!(full_year(60, 600), Some(1860));
        assert_eq!(full_year(10, 600), Some(2010));
        assert_eq!(full_year(45, 950), Some(1945));
        assert_eq!(full_year(45, 800), None);
    }
}
