//! Identifier checks and small field validators.
//!
//! Every function here is pure: the caller passes the current date where the rule depends on it.

use chrono::{Datelike, NaiveDate};

/// Why a Norwegian national identity number was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// Wrong length or a non-digit.
    Format,
    /// The date part is not a real date after removing the offsets.
    Date,
    /// A control digit does not match.
    Checksum,
}

impl IdError {
    /// Stable snake_case code used in problem responses.
    pub fn code(self) -> &'static str {
        match self {
            IdError::Format => "invalid_format",
            IdError::Date => "invalid_date",
            IdError::Checksum => "invalid_checksum",
        }
    }
}

/// What kind of Norwegian number passed the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NorwegianId {
    pub birth_date: NaiveDate,
    /// D-nummer: first digit raised by 4.
    pub d_number: bool,
    /// H-nummer: month raised by 40.
    pub h_number: bool,
    /// Synthetic test person (Tenor/ID-porten test): month raised by 80.
    pub synthetic: bool,
}

fn digits_of(s: &str, len: usize) -> Option<Vec<u32>> {
    if s.len() != len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().map(|b| (b - b'0') as u32).collect())
}

const K1_WEIGHTS: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// Computes a mod-11 control digit; `None` when the rule gives 10 (no valid digit).
fn mod11_control(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

/// The first date from which control digit 1 may follow the new rule.
pub fn new_k1_rule_from() -> NaiveDate {
    NaiveDate::from_ymd_opt(2032, 1, 1).expect("valid date")
}

/// Validates a Norwegian fødselsnummer, D-nummer, H-nummer or synthetic test number.
///
/// `today` decides whether the 2032 rule for control digit 1 applies.
pub fn fodselsnummer(s: &str, today: NaiveDate) -> Result<NorwegianId, IdError> {
    let d = digits_of(s, 11).ok_or(IdError::Format)?;
    // Control digit 2 is the same under both rules.
    if mod11_control(&d[..10], &K2_WEIGHTS) != Some(d[10]) {
        return Err(IdError::Checksum);
    }
    let k1_ok = mod11_control(&d[..9], &K1_WEIGHTS) == Some(d[9]);
    let k1_new_ok = today >= new_k1_rule_from() && {
        let sum: u32 = d[..9]
            .iter()
            .zip(&K1_WEIGHTS)
            .map(|(a, w)| a * w)
            .sum::<u32>()
            + d[9];
        sum % 11 <= 3
    };
    if !k1_ok && !k1_new_ok {
        return Err(IdError::Checksum);
    }

    let mut day = d[0] * 10 + d[1];
    let mut month = d[2] * 10 + d[3];
    let yy = (d[4] * 10 + d[5]) as i32;
    let individual = d[6] * 100 + d[7] * 10 + d[8];
    let d_number = day > 40;
    if d_number {
        day -= 40;
    }
    let mut h_number = false;
    let mut synthetic = false;
    if month > 80 {
        synthetic = true;
        month -= 80;
    } else if month > 40 {
        h_number = true;
        month -= 40;
    }
    let century = match individual {
        0..=499 => 1900,
        500..=749 if yy >= 54 => 1800,
        500..=999 if yy <= 39 => 2000,
        900..=999 if yy >= 40 => 1900,
        _ => return Err(IdError::Date),
    };
    let birth_date = NaiveDate::from_ymd_opt(century + yy, month, day).ok_or(IdError::Date)?;
    Ok(NorwegianId {
        birth_date,
        d_number,
        h_number,
        synthetic,
    })
}

/// Builds a synthetic test fødselsnummer (month + 80) for a birth date, trying individual
/// numbers from `first_individual` upwards until both control digits exist.
pub fn make_synthetic_fodselsnummer(date: NaiveDate, first_individual: u32) -> Option<String> {
    let yy = (date.year() % 100) as u32;
    for individual in first_individual..1000 {
        let base = format!(
            "{:02}{:02}{:02}{:03}",
            date.day(),
            date.month() + 80,
            yy,
            individual
        );
        let mut d: Vec<u32> = base.bytes().map(|b| (b - b'0') as u32).collect();
        let Some(k1) = mod11_control(&d, &K1_WEIGHTS) else {
            continue;
        };
        d.push(k1);
        let Some(k2) = mod11_control(&d, &K2_WEIGHTS) else {
            continue;
        };
        let s = format!("{base}{k1}{k2}");
        // Make sure the century rule maps the individual number to the intended year.
        if let Ok(id) = fodselsnummer(&s, date) {
            if id.birth_date == date {
                return Some(s);
            }
        }
    }
    None
}

/// Validates a Norwegian organisasjonsnummer (9 digits, weights 3,2,7,6,5,4,3,2,1, sum ≡ 0 mod 11)
/// and returns its nine digits. Whitespace anywhere is ignored (also the no-break spaces a copy
/// from a web page brings), since the number is usually written in groups: "974 760 673".
pub fn organisasjonsnummer(s: &str) -> Result<String, IdError> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let d = digits_of(&compact, 9).ok_or(IdError::Format)?;
    const W: [u32; 9] = [3, 2, 7, 6, 5, 4, 3, 2, 1];
    let sum: u32 = d.iter().zip(&W).map(|(a, w)| a * w).sum();
    if sum.is_multiple_of(11) {
        Ok(compact)
    } else {
        Err(IdError::Checksum)
    }
}

/// A Swedish personnummer or samordningsnummer that passed the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SwedishId {
    pub birth_date: NaiveDate,
    pub coordination_number: bool,
}

/// Validates a Swedish personnummer: `YYMMDD-XXXX`, `YYMMDD+XXXX`, `YYMMDDXXXX`,
/// `YYYYMMDD-XXXX` or `YYYYMMDDXXXX`. `+` marks a person aged 100 or more.
/// The Luhn check runs over the last ten digits.
pub fn personnummer(s: &str, today: NaiveDate) -> Result<SwedishId, IdError> {
    let (body, sep) = match s.find(['-', '+']) {
        Some(pos) => {
            let sep = s.as_bytes()[pos];
            if s.len() - pos != 5 {
                return Err(IdError::Format);
            }
            (format!("{}{}", &s[..pos], &s[pos + 1..]), Some(sep))
        }
        None => (s.to_string(), None),
    };
    let d = match body.len() {
        10 | 12 => digits_of(&body, body.len()).ok_or(IdError::Format)?,
        _ => return Err(IdError::Format),
    };
    let last10 = &d[d.len() - 10..];
    // Luhn: double every other digit starting with the first.
    let sum: u32 = last10
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    let date_ok = |year: i32| -> Result<SwedishId, IdError> {
        let month = last10[2] * 10 + last10[3];
        let mut day = last10[4] * 10 + last10[5];
        let coordination_number = day > 60;
        if coordination_number {
            day -= 60;
        }
        let birth_date = NaiveDate::from_ymd_opt(year, month, day).ok_or(IdError::Date)?;
        Ok(SwedishId {
            birth_date,
            coordination_number,
        })
    };
    let year = if d.len() == 12 {
        (d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]) as i32
    } else {
        let yy = (d[0] * 10 + d[1]) as i32;
        let this_year = today.year();
        let mut year = this_year - (this_year - yy).rem_euclid(100);
        // The birthday must not lie in the future.
        let probe = date_ok(year)?;
        if probe.birth_date > today {
            year -= 100;
        }
        if sep == Some(b'+') {
            year -= 100;
        }
        year
    };
    let id = date_ok(year)?;
    if !sum.is_multiple_of(10) {
        return Err(IdError::Checksum);
    }
    Ok(id)
}

/// A pragmatic e-mail check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn email(s: &str) -> bool {
    if s.len() > 254 || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// Phone numbers: an optional leading `+`, then 8 to 15 digits; spaces are allowed between them.
pub fn phone(s: &str) -> bool {
    let rest = s.strip_prefix('+').unwrap_or(s);
    if !rest.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        return false;
    }
    let n = rest.chars().filter(|c| c.is_ascii_digit()).count();
    (8..=15).contains(&n)
}

/// Norwegian postal code: exactly four digits, kept as a string.
pub fn postal_code(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// `ceil(amount * percent / 100)` in integer arithmetic (amount and percent non-negative).
pub fn percent_ceil(amount: i64, percent: i64) -> i64 {
    (amount * percent + 99) / 100
}

/// Whether `c` may stand in a file name. Refused: control characters (U+0000–U+001F,
/// U+007F–U+009F), which no name needs and which break logs, headers and lists; and the
/// bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which make a
/// name show as something else: "bilde\u{202E}fdp.exe" shows as "bildeexe.pdf".
pub fn file_name_char_allowed(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// `name` with the extension of `content_type`, the type its bytes showed, so that the file
/// opens with the right program wherever it is downloaded: a PNG uploaded as "bilde.pdf" is
/// "bilde.png". An extension that already fits (in any case, "jpg" or "jpeg") is kept; a name
/// without one (the part after the last dot is not one to five letters or digits) gets one.
pub fn file_name_for_type(name: &str, content_type: &str) -> String {
    let (extension, fitting): (&str, &[&str]) = match content_type {
        "application/pdf" => ("pdf", &["pdf"]),
        "image/jpeg" => ("jpg", &["jpg", "jpeg"]),
        "image/png" => ("png", &["png"]),
        _ => return name.to_owned(),
    };
    let stem = match name.rsplit_once('.') {
        Some((_, old)) if fitting.iter().any(|f| f.eq_ignore_ascii_case(old)) => {
            return name.to_owned()
        }
        Some((stem, old))
            if !stem.is_empty()
                && (1..=5).contains(&old.len())
                && old.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => name,
    };
    format!("{stem}.{extension}")
}
