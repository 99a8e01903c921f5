//! Whole kroner as `i64`: the DeKomp budget is stated in whole kroner, so øre never enter and
//! no floating point is needed. Parsing accepts the ways Norwegians write amounts and the ways
//! spreadsheets export them; formatting writes whole kroner with thousands grouped.

/// The largest single amount accepted: just under a thousand billion kroner, far above any real
/// grant, and small enough that the budget's sums and percentages stay inside `i64` (see
/// `budget`).
pub const MAX_KRONER: i64 = 999_999_999_999;

/// Thousands separator for display: NO-BREAK SPACE (U+00A0). Norwegian and Swedish typography
/// group digits by three with a space that must not break a number across lines; U+00A0 is what
/// the Unicode locale data (CLDR) gives for nb, nn and sv, so the browser's own number formatting,
/// screen readers and spreadsheets agree with ours, and every font has it (U+202F, which CLDR uses
/// for French, is missing from some).
const GROUP_SEPARATOR: char = '\u{a0}';

/// MINUS SIGN (U+2212), as CLDR gives for nb, nn and sv, rather than the hyphen.
const MINUS_SIGN: char = '\u{2212}';

/// Spaces that may group digits in input: ordinary, no-break (Excel, LibreOffice), narrow
/// no-break (Google Sheets, newer CLDR data) and thin space (typeset text).
const SPACE_SEPARATORS: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Formats whole kroner with digits grouped by three: `12500` gives "12 500" (with U+00A0),
/// `-1500` gives "−1 500" (with U+2212).
pub fn format_kroner(amount: i64) -> String {
    let digits = amount.unsigned_abs().to_string();
    let mut formatted = String::with_capacity(digits.len() * 2 + 3);
    if amount < 0 {
        formatted.push(MINUS_SIGN);
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            formatted.push(GROUP_SEPARATOR);
        }
        formatted.push(digit);
    }
    formatted
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    /// Nothing entered.
    Empty,
    /// A minus sign: budget amounts are never negative.
    Negative,
    /// Øre other than zero ("12 500,50"): the budget is in whole kroner only.
    NotWholeKroner,
    /// More than `MAX_KRONER`.
    TooLarge,
    /// Not a number in any accepted form.
    Format,
}

/// Reads an amount of whole kroner, never negative, at most `MAX_KRONER`.
///
/// Accepted: digits, optionally grouped by three with spaces (ordinary, no-break, narrow
/// no-break or thin) or with dots (the Norwegian thousands dot, "12.500"); a first group of one
/// to three digits and every later group of exactly three, so that "12.50" (an English decimal
/// point) and "1 2500" (a slip) are refused rather than misread; a zero øre part written ",0",
/// ",00" or ",-"; and "kr" (or "kr.", "NOK") before or after the number, any case. A comma
/// with three digits after it ("12,500") is refused as a format error, since in Norwegian it
/// would mean twelve and a half.
pub fn parse_kroner(input: &str) -> Result<i64, AmountError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(AmountError::Empty);
    }
    let number = strip_currency(text);
    if number.starts_with(['-', MINUS_SIGN]) {
        return Err(AmountError::Negative);
    }
    let whole = match number.split_once(',') {
        None => number,
        Some((whole, "-")) => whole,
        Some((whole, ore)) => {
            if ore.is_empty() || ore.len() > 2 || !ore.bytes().all(|b| b.is_ascii_digit()) {
                return Err(AmountError::Format);
            }
            if ore.bytes().any(|b| b != b'0') {
                return Err(AmountError::NotWholeKroner);
            }
            whole
        }
    };
    parse_grouped_digits(whole)
}

fn strip_currency(text: &str) -> &str {
    let matches =
        |part: Option<&str>, unit: &str| part.is_some_and(|p| p.eq_ignore_ascii_case(unit));
    for unit in ["kr.", "kr", "nok"] {
        if matches(text.get(..unit.len()), unit) {
            return text[unit.len()..].trim();
        }
        let suffix_start = text.len().saturating_sub(unit.len());
        if matches(text.get(suffix_start..), unit) {
            return text[..suffix_start].trim();
        }
    }
    text
}

fn parse_grouped_digits(text: &str) -> Result<i64, AmountError> {
    let is_separator = |c: char| c == '.' || SPACE_SEPARATORS.contains(&c);
    let mut value: i64 = 0;
    for (index, group) in text.split(is_separator).enumerate() {
        let length_ok = if index == 0 {
            (1..=3).contains(&group.len()) || !text.contains(is_separator)
        } else {
            group.len() == 3
        };
        if group.is_empty() || !length_ok || !group.bytes().all(|b| b.is_ascii_digit()) {
            return Err(AmountError::Format);
        }
        for digit in group.bytes() {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(i64::from(digit - b'0')))
                .filter(|v| *v <= MAX_KRONER)
                .ok_or(AmountError::TooLarge)?;
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_no_break_space_groups() {
        for (amount, expected) in [
            (0, "0"),
            (999, "999"),
            (1000, "1\u{a0}000"),
            (12500, "12\u{a0}500"),
            (1_234_567, "1\u{a0}234\u{a0}567"),
            (-1500, "\u{2212}1\u{a0}500"),
            (-7, "\u{2212}7"),
            (
                i64::MIN,
                "\u{2212}9\u{a0}223\u{a0}372\u{a0}036\u{a0}854\u{a0}775\u{a0}808",
            ),
        ] {
            assert_eq!(format_kroner(amount), expected, "{amount}");
        }
    }

    #[test]
    fn reads_norwegian_and_spreadsheet_forms() {
        for input in [
            "12500",
            "12 500",
            "12\u{a0}500",
            "12\u{202f}500",
            "12\u{2009}500",
            "12.500",
            "12 500,00",
            "12 500,0",
            "12 500,-",
            "12500 kr",
            "12 500 kr",
            "12 500kr",
            "kr 12 500",
            "Kr. 12.500,00",
            "NOK 12500",
            "  12 500  ",
        ] {
            assert_eq!(parse_kroner(input), Ok(12500), "{input:?}");
        }
        assert_eq!(parse_kroner("0"), Ok(0));
        assert_eq!(parse_kroner("1 234 567"), Ok(1_234_567));
        assert_eq!(parse_kroner("999 999 999 999"), Ok(MAX_KRONER));
    }

    #[test]
    fn refuses_with_a_precise_reason() {
        use AmountError::*;
        for (input, error) in [
            ("", Empty),
            ("  ", Empty),
            ("-12 500", Negative),
            ("\u{2212}500", Negative),
            ("kr -5", Negative),
            ("12 500,50", NotWholeKroner),
            ("12 500,5", NotWholeKroner),
            ("1 000 000 000 000", TooLarge),
            ("99999999999999999999999", TooLarge),
            ("12,500", Format),
            ("12.50", Format),
            ("1 2500", Format),
            ("12 50", Format),
            ("12  500", Format),
            ("12,", Format),
            ("12,ab", Format),
            ("+12", Format),
            ("kr", Format),
            ("tolv", Format),
            ("12 500 €", Format),
        ] {
            assert_eq!(parse_kroner(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn formatted_amounts_read_back() {
        for amount in [0, 7, 1000, 12500, 1_234_567, MAX_KRONER] {
            assert_eq!(parse_kroner(&format_kroner(amount)), Ok(amount));
        }
    }
}
