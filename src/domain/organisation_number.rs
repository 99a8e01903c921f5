//! Norwegian organisasjonsnummer (Brønnøysundregistrene): 9 digits whose weighted sum with
//! weights 3,2,7,6,5,4,3,2,1 is 0 mod 11 (the last digit is the control digit, weight 1).

const WEIGHTS: [u32; 9] = [3, 2, 7, 6, 5, 4, 3, 2, 1];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrganisationNumberError {
    /// Nothing but whitespace.
    Empty,
    /// Something other than digits and whitespace.
    NotDigits,
    /// Digits only, but not nine of them.
    WrongLength,
    /// Nine digits whose control digit does not match.
    Checksum,
}

/// Checks an organisation number and returns its nine digits without spaces. Any whitespace
/// (also the no-break spaces that copying from a web page or a spreadsheet brings) is ignored,
/// because the number is usually written in groups: "974 760 673".
pub fn parse(input: &str) -> Result<String, OrganisationNumberError> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Err(OrganisationNumberError::Empty);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(OrganisationNumberError::NotDigits);
    }
    if digits.len() != WEIGHTS.len() {
        return Err(OrganisationNumberError::WrongLength);
    }
    let weighted_sum: u32 = digits
        .bytes()
        .zip(WEIGHTS)
        .map(|(digit, weight)| u32::from(digit - b'0') * weight)
        .sum();
    if !weighted_sum.is_multiple_of(11) {
        return Err(OrganisationNumberError::Checksum);
    }
    Ok(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_valid_numbers_with_or_without_spaces() {
        // 974760673: 27+14+28+42+30+0+18+14+3 = 176 = 16 × 11.
        // 923609016: 27+4+21+36+0+36+0+2+6 = 132 = 12 × 11.
        // 810305282: 24+2+0+18+0+20+6+16+2 = 88 = 8 × 11.
        for (input, expected) in [
            ("974760673", "974760673"),
            ("974 760 673", "974760673"),
            (" 923 609 016 ", "923609016"),
            ("810\u{a0}305\u{202f}282", "810305282"),
        ] {
            assert_eq!(parse(input).as_deref(), Ok(expected), "{input}");
        }
    }

    #[test]
    fn every_single_digit_change_is_caught() {
        // Each weight is below 11, which is prime, so no change of one digit keeps the sum at 0.
        let valid = "974760673";
        for position in 0..valid.len() {
            let (before, rest) = valid.split_at(position);
            for other in ('0'..='9').filter(|digit| !rest.starts_with(*digit)) {
                let changed = format!("{before}{other}{}", &rest[1..]);
                assert_eq!(
                    parse(&changed),
                    Err(OrganisationNumberError::Checksum),
                    "{changed}"
                );
            }
        }
    }

    #[test]
    fn names_what_is_wrong() {
        use OrganisationNumberError::*;
        for (input, error) in [
            ("", Empty),
            ("   ", Empty),
            ("97476067", WrongLength),
            ("9747606730", WrongLength),
            ("974-760-673", NotDigits),
            ("NO974760673", NotDigits),
            ("974760674", Checksum),
            ("974 760 672", Checksum),
        ] {
            assert_eq!(parse(input), Err(error), "{input}");
        }
    }
}
