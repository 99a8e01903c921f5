//! Unit tests for identifier checks and small validators.

use chrono::NaiveDate;
use reference_backend::validate::*;

mod common;
use common::with_control_digits;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()
}

fn first_valid(prefix6: &str) -> String {
    (0..500)
        .find_map(|i| with_control_digits(&format!("{prefix6}{i:03}")))
        .expect("some individual number works")
}

#[test]
fn fodselsnummer_ordinary() {
    let n = first_valid("010180");
    let id = fodselsnummer(&n, today()).unwrap();
    assert_eq!(id.birth_date, NaiveDate::from_ymd_opt(1980, 1, 1).unwrap());
    assert!(!id.synthetic && !id.d_number && !id.h_number);
}

#[test]
fn fodselsnummer_rejects_wrong_control_digits_and_format() {
    let n = first_valid("150575");
    let mut bad = n.clone().into_bytes();
    bad[10] = if bad[10] == b'9' { b'0' } else { bad[10] + 1 };
    assert_eq!(
        fodselsnummer(std::str::from_utf8(&bad).unwrap(), today()),
        Err(IdError::Checksum)
    );
    let mut bad1 = n.clone().into_bytes();
    bad1[9] = if bad1[9] == b'9' { b'0' } else { bad1[9] + 1 };
    assert!(fodselsnummer(std::str::from_utf8(&bad1).unwrap(), today()).is_err());
    assert_eq!(fodselsnummer("1234567890", today()), Err(IdError::Format));
    assert_eq!(fodselsnummer("1234567890a", today()), Err(IdError::Format));
    assert_eq!(fodselsnummer("123456789012", today()), Err(IdError::Format));
}

#[test]
fn fodselsnummer_invalid_date() {
    // 31 February.
    let n = first_valid("310280");
    assert_eq!(fodselsnummer(&n, today()), Err(IdError::Date));
    // 29 February exists in 1980 but not 1981.
    assert!(fodselsnummer(&first_valid("290280"), today()).is_ok());
    assert_eq!(
        fodselsnummer(&first_valid("290281"), today()),
        Err(IdError::Date)
    );
}

#[test]
fn d_nummer_and_h_nummer() {
    let d = first_valid("410180");
    let id = fodselsnummer(&d, today()).unwrap();
    assert!(id.d_number);
    assert_eq!(id.birth_date, NaiveDate::from_ymd_opt(1980, 1, 1).unwrap());
    let h = first_valid("014180");
    assert!(fodselsnummer(&h, today()).unwrap().h_number);
    // Day 72 is not a date even as a D-nummer (72 - 40 = 32).
    assert_eq!(
        fodselsnummer(&first_valid("720180"), today()),
        Err(IdError::Date)
    );
}

#[test]
fn synthetic_numbers() {
    let s = first_valid("018180");
    let id = fodselsnummer(&s, today()).unwrap();
    assert!(id.synthetic);
    assert_eq!(id.birth_date, NaiveDate::from_ymd_opt(1980, 1, 1).unwrap());
    let made =
        make_synthetic_fodselsnummer(NaiveDate::from_ymd_opt(1999, 12, 31).unwrap(), 100).unwrap();
    assert_eq!(&made[2..4], "92");
    assert!(fodselsnummer(&made, today()).unwrap().synthetic);
    // Synthetic D-nummer: day + 40 and month + 80.
    assert!(
        fodselsnummer(&first_valid("418180"), today())
            .unwrap()
            .synthetic
    );
}

#[test]
fn test_identities_are_valid_synthetic() {
    for (nid, name, _) in reference_backend::api::test_identities() {
        let id = fodselsnummer(&nid, today()).unwrap_or_else(|e| panic!("{name}: {nid} {e:?}"));
        assert!(id.synthetic, "{name}");
    }
}

#[test]
fn century_from_individual_number() {
    // 500-999 with year 00-39 is 2000-2039.
    let n = (500..1000)
        .find_map(|i| with_control_digits(&format!("010110{i:03}")))
        .unwrap();
    assert_eq!(
        fodselsnummer(&n, today()).unwrap().birth_date.year_ce().1,
        2010
    );
}

/// Control digit 2 under the old rule, over ten digits; `None` when the rule gives 10.
fn control_digit_2(d10: &[u32]) -> Option<u32> {
    let sum: u32 = d10
        .iter()
        .zip(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        .map(|(a, b)| a * b)
        .sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}

#[test]
fn new_control_digit_rule_from_2032() {
    // From 2032 control digit 1 may be any digit that makes the weighted sum including it
    // (weight 1), mod 11, one of 0, 1, 2, 3; before that only the one making it 0. Control
    // digit 2 is unchanged. Every individual number of 1 January 1980 is tried with every
    // first control digit, so the assertions are reached many times over.
    let before = NaiveDate::from_ymd_opt(2031, 12, 31).unwrap();
    let from = NaiveDate::from_ymd_opt(2032, 1, 1).unwrap();
    let (mut new_only, mut never) = (0, 0);
    for individual in 0..500 {
        let base: Vec<u32> = format!("010180{individual:03}")
            .bytes()
            .map(|b| (b - b'0') as u32)
            .collect();
        let sum: u32 = base
            .iter()
            .zip(&[3, 7, 6, 1, 8, 9, 4, 5, 2])
            .map(|(a, b)| a * b)
            .sum();
        for k1 in 0..10 {
            let d10: Vec<u32> = base.iter().copied().chain([k1]).collect();
            let Some(k2) = control_digit_2(&d10) else {
                continue;
            };
            let n: String = d10.iter().chain([&k2]).map(|d| d.to_string()).collect();
            match (sum + k1) % 11 {
                0 => continue, // valid under both rules; covered by the tests above
                1..=3 => {
                    assert_eq!(fodselsnummer(&n, before), Err(IdError::Checksum), "{n}");
                    assert!(fodselsnummer(&n, from).is_ok(), "{n}");
                    new_only += 1;
                }
                _ => {
                    assert_eq!(fodselsnummer(&n, from), Err(IdError::Checksum), "{n}");
                    never += 1;
                }
            }
        }
    }
    assert!(
        new_only > 100 && never > 100,
        "{new_only} and {never} numbers checked"
    );
}

trait YearCe {
    fn year_ce(&self) -> (bool, i32);
}
impl YearCe for NaiveDate {
    fn year_ce(&self) -> (bool, i32) {
        use chrono::Datelike;
        (true, self.year())
    }
}

#[test]
fn organisasjonsnummer_mod11() {
    assert!(organisasjonsnummer("974760673").is_ok());
    assert!(organisasjonsnummer("958935420").is_ok());
    assert_eq!(organisasjonsnummer("958935421"), Err(IdError::Checksum));
    assert_eq!(organisasjonsnummer("95893542"), Err(IdError::Format));
    assert_eq!(organisasjonsnummer("95893542x"), Err(IdError::Format));
}

#[test]
fn organisasjonsnummer_written_in_groups_is_read_as_its_digits() {
    for (input, digits) in [
        ("974 760 673", "974760673"),
        (" 958 935 420 ", "958935420"),
        ("974\u{a0}760\u{202f}673", "974760673"),
        ("9747606 73", "974760673"),
    ] {
        assert_eq!(organisasjonsnummer(input).as_deref(), Ok(digits), "{input}");
    }
    assert_eq!(organisasjonsnummer("958 935 421"), Err(IdError::Checksum));
    assert_eq!(organisasjonsnummer("958 935 42"), Err(IdError::Format));
    assert_eq!(organisasjonsnummer("958-935-420"), Err(IdError::Format));
    assert_eq!(organisasjonsnummer("   "), Err(IdError::Format));
}

#[test]
fn swedish_personnummer() {
    let id = personnummer("121212-1212", today()).unwrap();
    assert_eq!(
        id.birth_date,
        NaiveDate::from_ymd_opt(2012, 12, 12).unwrap()
    );
    let old = personnummer("121212+1212", today()).unwrap();
    assert_eq!(
        old.birth_date,
        NaiveDate::from_ymd_opt(1912, 12, 12).unwrap()
    );
    assert!(personnummer("1212121212", today()).is_ok());
    assert_eq!(
        personnummer("19121212-1212", today()).unwrap().birth_date,
        NaiveDate::from_ymd_opt(1912, 12, 12).unwrap()
    );
    assert!(personnummer("191212121212", today()).is_ok());
    assert_eq!(personnummer("121212-1213", today()), Err(IdError::Checksum));
    assert_eq!(personnummer("121312-1212", today()), Err(IdError::Date));
    assert_eq!(personnummer("12121-1212", today()), Err(IdError::Format));
    let samordning = personnummer("121272-1219", today()).unwrap();
    assert!(samordning.coordination_number);
}

#[test]
fn contact_formats() {
    assert!(email("kari@example.no"));
    assert!(!email("kari@example"));
    assert!(!email("kari example@x.no"));
    assert!(!email("@x.no"));
    assert!(phone("+47 22 00 00 00"));
    assert!(phone("22000000"));
    assert!(!phone("2200"));
    assert!(!phone("22-00-00-00"));
    assert!(postal_code("0001"));
    assert!(!postal_code("001"));
}

#[test]
fn own_contribution_uses_integer_ceiling() {
    assert_eq!(percent_ceil(100_000, 30), 30_000);
    assert_eq!(percent_ceil(100_001, 30), 30_001);
    assert_eq!(percent_ceil(1, 30), 1);
    assert_eq!(percent_ceil(0, 30), 0);
}

#[test]
fn file_names_refuse_control_and_bidi_characters() {
    for allowed in ['a', 'Ø', ' ', '.', '-', '(', 'ع', '\u{200B}', '\u{2028}'] {
        assert!(file_name_char_allowed(allowed), "{allowed:?}");
    }
    for refused in [
        '\u{0}', '\u{7}', '\t', '\n', '\u{1F}', '\u{7F}', '\u{80}', '\u{85}', '\u{9F}', '\u{202A}',
        '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
        '\u{2069}', '\u{200E}', '\u{200F}', '\u{061C}',
    ] {
        assert!(!file_name_char_allowed(refused), "{refused:?}");
    }
}

#[test]
fn a_file_is_named_by_the_type_of_its_content() {
    for (name, content_type, stored) in [
        ("bilde.pdf", "image/png", "bilde.png"),
        ("bilde.PNG", "image/png", "bilde.PNG"),
        ("skann.jpeg", "image/jpeg", "skann.jpeg"),
        ("skann.JPG", "image/jpeg", "skann.JPG"),
        ("skann.png", "image/jpeg", "skann.jpg"),
        ("attest.pdf", "application/pdf", "attest.pdf"),
        ("attest.docx", "application/pdf", "attest.pdf"),
        ("attest", "application/pdf", "attest.pdf"),
        (
            "rapport v1.2 endelig",
            "application/pdf",
            "rapport v1.2 endelig.pdf",
        ),
        ("arkiv.tar.gz", "application/pdf", "arkiv.tar.pdf"),
        (".pdf", "image/png", ".pdf.png"),
    ] {
        assert_eq!(file_name_for_type(name, content_type), stored, "{name}");
    }
}
