//! Programme questions and admission requirements, which the catalogue gives as data: one
//! answer check per question type, whether requirement answers meet the requirements, and the
//! questions of several chosen alternatives merged by id. The server checks the same again.

use crate::domain::{email, national_id, personnummer};
use chrono::NaiveDate;

/// A question's type as the contract names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Text,
    LongText,
    Choice,
    YesNo,
    Date,
    NationalIdNo,
    NationalIdSe,
    Email,
    Phone,
}

impl Kind {
    /// Unknown types (from a newer contract) are asked as plain text.
    pub fn from_code(code: &str) -> Kind {
        match code {
            "long_text" => Kind::LongText,
            "choice" => Kind::Choice,
            "yes_no" => Kind::YesNo,
            "date" => Kind::Date,
            "national_id_no" => Kind::NationalIdNo,
            "national_id_se" => Kind::NationalIdSe,
            "email" => Kind::Email,
            "phone" => Kind::Phone,
            _ => Kind::Text,
        }
    }
}

/// What a question allows, borrowed from the catalogue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rules<'a> {
    pub required: bool,
    pub max_length: Option<usize>,
    /// The option ids of a `choice` question.
    pub options: Vec<&'a str>,
    pub min_date: Option<&'a str>,
    pub max_date: Option<&'a str>,
}

/// An answer as the application holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Given<'a> {
    Nothing,
    YesNo(bool),
    Text(&'a str),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerProblem {
    Missing,
    TooLong {
        max: usize,
    },
    /// Not one of the options (or, for yes/no, not a yes or a no).
    NotAnOption,
    DateFormat,
    DateOutOfRange,
    NationalIdFormat,
    NationalIdDate,
    NationalIdChecksum,
    Email,
    Phone,
}

/// The problem with `given` as an answer of `kind`, if any. Blank optional answers are fine.
pub fn check_answer(
    kind: Kind,
    rules: &Rules,
    given: Given,
    today: NaiveDate,
) -> Option<AnswerProblem> {
    let text = match given {
        Given::Nothing => return rules.required.then_some(AnswerProblem::Missing),
        Given::YesNo(_) if kind == Kind::YesNo => return None,
        Given::YesNo(_) => return Some(AnswerProblem::NotAnOption),
        Given::Text(_) if kind == Kind::YesNo => return Some(AnswerProblem::NotAnOption),
        Given::Text(text) => text,
    };
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return rules.required.then_some(AnswerProblem::Missing);
    }
    if let Some(max) = rules.max_length.filter(|max| text.chars().count() > *max) {
        return Some(AnswerProblem::TooLong { max });
    }
    let ok = |valid: bool, problem| (!valid).then_some(problem);
    match kind {
        Kind::Text | Kind::LongText | Kind::YesNo => None,
        Kind::Choice => ok(rules.options.contains(&text), AnswerProblem::NotAnOption),
        Kind::Date => date_problem(text, rules),
        Kind::NationalIdNo => match national_id::parse(trimmed) {
            Ok(_) => None,
            Err(national_id::NationalIdError::Format) => Some(AnswerProblem::NationalIdFormat),
            Err(national_id::NationalIdError::Date) => Some(AnswerProblem::NationalIdDate),
            Err(national_id::NationalIdError::Checksum) => Some(AnswerProblem::NationalIdChecksum),
        },
        Kind::NationalIdSe => match personnummer::parse(text, today) {
            Ok(_) => None,
            Err(personnummer::PersonnummerError::Format) => Some(AnswerProblem::NationalIdFormat),
            Err(personnummer::PersonnummerError::Date) => Some(AnswerProblem::NationalIdDate),
            Err(personnummer::PersonnummerError::Checksum) => {
                Some(AnswerProblem::NationalIdChecksum)
            }
        },
        Kind::Email => ok(email::is_valid(trimmed), AnswerProblem::Email),
        Kind::Phone => ok(is_phone(text), AnswerProblem::Phone),
    }
}

/// A real date written YYYY-MM-DD, as a date input gives it (by hand: chrono's format
/// strings cost kilobytes of wasm).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str| {
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    match parts[..] {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            NaiveDate::from_ymd_opt(number(y)? as i32, number(m)?, number(d)?)
        }
        _ => None,
    }
}

/// A date within the question's limits.
fn date_problem(text: &str, rules: &Rules) -> Option<AnswerProblem> {
    let parse = parse_date;
    let Some(date) = parse(text) else {
        return Some(AnswerProblem::DateFormat);
    };
    let before_min = rules.min_date.and_then(parse).is_some_and(|min| date < min);
    let after_max = rules.max_date.and_then(parse).is_some_and(|max| date > max);
    (before_min || after_max).then_some(AnswerProblem::DateOutOfRange)
}

/// A phone number: an optional leading `+`, then 8 to 15 digits, spaces allowed between.
pub fn is_phone(text: &str) -> bool {
    let rest = text.trim().strip_prefix('+').unwrap_or(text.trim());
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    rest.chars().all(|c| c.is_ascii_digit() || c == ' ') && (8..=15).contains(&digits)
}

/// An admission requirement asked as a question: which answers meet it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement<'a> {
    pub id: &'a str,
    /// A yes/no requirement is met by "yes".
    pub yes_no: bool,
    /// For a choice requirement, the option ids that meet it.
    pub meeting_options: Vec<&'a str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eligibility {
    Unanswered,
    Met,
    NotMet,
}

pub fn eligibility(requirement: &Requirement, given: Given) -> Eligibility {
    let met = match given {
        Given::Nothing => return Eligibility::Unanswered,
        Given::Text(text) if text.trim().is_empty() => return Eligibility::Unanswered,
        Given::YesNo(yes) => requirement.yes_no && yes,
        Given::Text(text) => !requirement.yes_no && requirement.meeting_options.contains(&text),
    };
    if met {
        Eligibility::Met
    } else {
        Eligibility::NotMet
    }
}

/// The ids of the requirements the answers show are not met, in order.
pub fn unmet<'a>(
    requirements: &[Requirement<'a>],
    answer: impl Fn(&str) -> Given<'a>,
) -> Vec<&'a str> {
    requirements
        .iter()
        .filter(|r| eligibility(r, answer(r.id)) == Eligibility::NotMet)
        .map(|r| r.id)
        .collect()
}

/// The questions of several alternatives asked once each: given each alternative's question
/// ids in priority order, the (alternative, question) places to ask, the first of each id.
pub fn union_by_id(lists: &[Vec<&str>]) -> Vec<(usize, usize)> {
    let mut seen: Vec<&str> = Vec::new();
    let mut places = Vec::new();
    for (list, ids) in lists.iter().enumerate() {
        for (item, id) in ids.iter().enumerate() {
            if !seen.contains(id) {
                seen.push(id);
                places.push((list, item));
            }
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    fn check(kind: Kind, rules: &Rules, text: &str) -> Option<AnswerProblem> {
        check_answer(kind, rules, Given::Text(text), today())
    }

    fn required() -> Rules<'static> {
        Rules {
            required: true,
            ..Rules::default()
        }
    }

    #[test]
    fn required_and_optional_answers() {
        let optional = Rules::default();
        assert_eq!(
            check_answer(Kind::Text, &required(), Given::Nothing, today()),
            Some(AnswerProblem::Missing)
        );
        assert_eq!(
            check(Kind::Text, &required(), "  "),
            Some(AnswerProblem::Missing)
        );
        assert_eq!(check(Kind::Text, &optional, ""), None);
        assert_eq!(
            check_answer(Kind::Email, &optional, Given::Nothing, today()),
            None
        );
        assert_eq!(check(Kind::Text, &required(), "Kari"), None);
        assert_eq!(
            check_answer(Kind::YesNo, &required(), Given::Nothing, today()),
            Some(AnswerProblem::Missing)
        );
    }

    #[test]
    fn length_is_counted_in_characters() {
        let rules = Rules {
            max_length: Some(3),
            ..Rules::default()
        };
        assert_eq!(check(Kind::Text, &rules, "æøå"), None);
        assert_eq!(
            check(Kind::LongText, &rules, "æøåa"),
            Some(AnswerProblem::TooLong { max: 3 })
        );
    }

    #[test]
    fn choices_and_yes_no() {
        let rules = Rules {
            required: true,
            options: vec!["grundskola", "komvux"],
            ..Rules::default()
        };
        assert_eq!(check(Kind::Choice, &rules, "komvux"), None);
        assert_eq!(
            check(Kind::Choice, &rules, "KOMVUX"),
            Some(AnswerProblem::NotAnOption)
        );
        let yes = check_answer(Kind::YesNo, &rules, Given::YesNo(false), today());
        assert_eq!(yes, None);
        assert_eq!(
            check(Kind::YesNo, &rules, "ja"),
            Some(AnswerProblem::NotAnOption)
        );
        assert_eq!(
            check_answer(Kind::Text, &rules, Given::YesNo(true), today()),
            Some(AnswerProblem::NotAnOption)
        );
    }

    #[test]
    fn dates_within_their_limits() {
        let rules = Rules {
            min_date: Some("2027-06-01"),
            max_date: Some("2027-12-31"),
            ..Rules::default()
        };
        assert_eq!(check(Kind::Date, &rules, "2027-06-01"), None);
        assert_eq!(check(Kind::Date, &rules, "2027-12-31"), None);
        assert_eq!(
            check(Kind::Date, &rules, "2027-05-31"),
            Some(AnswerProblem::DateOutOfRange)
        );
        assert_eq!(
            check(Kind::Date, &rules, "2028-01-01"),
            Some(AnswerProblem::DateOutOfRange)
        );
        for bad in [
            "2027-02-30",
            "1.6.2027",
            "2027-6-1",
            "27-06-01",
            "2027-06-01x",
        ] {
            assert_eq!(
                check(Kind::Date, &rules, bad),
                Some(AnswerProblem::DateFormat),
                "{bad}"
            );
        }
    }

    #[test]
    fn national_identity_numbers() {
        let rules = Rules::default();
        assert_eq!(check(Kind::NationalIdNo, &rules, "01819000049"), None);
        assert_eq!(
            check(Kind::NationalIdNo, &rules, "01819000048"),
            Some(AnswerProblem::NationalIdChecksum)
        );
        assert_eq!(check(Kind::NationalIdSe, &rules, "811218-9876"), None);
        assert_eq!(check(Kind::NationalIdSe, &rules, "701063-2391"), None);
        assert_eq!(
            check(Kind::NationalIdSe, &rules, "811218-9875"),
            Some(AnswerProblem::NationalIdChecksum)
        );
        assert_eq!(
            check(Kind::NationalIdSe, &rules, "810230-9872"),
            Some(AnswerProblem::NationalIdDate)
        );
        assert_eq!(
            check(Kind::NationalIdSe, &rules, "81121898"),
            Some(AnswerProblem::NationalIdFormat)
        );
    }

    #[test]
    fn email_and_phone() {
        let rules = Rules::default();
        assert_eq!(check(Kind::Email, &rules, "rektor@skola.se"), None);
        assert_eq!(
            check(Kind::Email, &rules, "rektor@skola"),
            Some(AnswerProblem::Email)
        );
        assert_eq!(check(Kind::Phone, &rules, "+46 8 123 456 78"), None);
        assert_eq!(check(Kind::Phone, &rules, "22 00 00 00"), None);
        for bad in ["1234567", "+47-22000000", "telefon", "1234567890123456"] {
            assert_eq!(
                check(Kind::Phone, &rules, bad),
                Some(AnswerProblem::Phone),
                "{bad}"
            );
        }
    }

    #[test]
    fn types_by_their_contract_names() {
        assert_eq!(Kind::from_code("national_id_se"), Kind::NationalIdSe);
        assert_eq!(Kind::from_code("yes_no"), Kind::YesNo);
        assert_eq!(Kind::from_code("something_new"), Kind::Text);
    }

    fn leadership() -> Requirement<'static> {
        Requirement {
            id: "leadership_education",
            yes_no: false,
            meeting_options: vec!["rektorutdanning", "credits_30"],
        }
    }

    #[test]
    fn eligibility_of_one_requirement() {
        let requirement = leadership();
        assert_eq!(
            eligibility(&requirement, Given::Nothing),
            Eligibility::Unanswered
        );
        assert_eq!(
            eligibility(&requirement, Given::Text("")),
            Eligibility::Unanswered
        );
        assert_eq!(
            eligibility(&requirement, Given::Text("credits_30")),
            Eligibility::Met
        );
        assert_eq!(
            eligibility(&requirement, Given::Text("none")),
            Eligibility::NotMet
        );
        let certified = Requirement {
            id: "certified",
            yes_no: true,
            meeting_options: vec![],
        };
        assert_eq!(
            eligibility(&certified, Given::YesNo(true)),
            Eligibility::Met
        );
        assert_eq!(
            eligibility(&certified, Given::YesNo(false)),
            Eligibility::NotMet
        );
    }

    #[test]
    fn the_unmet_requirements_in_order() {
        let employed = Requirement {
            id: "employment",
            yes_no: false,
            meeting_options: vec!["rektor", "avdelingsleder"],
        };
        let requirements = [leadership(), employed];
        let answers = |id: &str| match id {
            "leadership_education" => Given::Text("none"),
            "employment" => Given::Text("not_employed"),
            _ => Given::Nothing,
        };
        assert_eq!(
            unmet(&requirements, answers),
            ["leadership_education", "employment"]
        );
        let partly = |id: &str| match id {
            "employment" => Given::Text("rektor"),
            _ => Given::Nothing,
        };
        assert!(
            unmet(&requirements, partly).is_empty(),
            "unanswered is not unmet"
        );
    }

    #[test]
    fn questions_of_several_alternatives_are_asked_once() {
        let lists = vec![vec!["a", "b"], vec!["b", "c"], vec![], vec!["a", "d"]];
        assert_eq!(union_by_id(&lists), [(0, 0), (0, 1), (1, 1), (3, 1)]);
        assert!(union_by_id(&[]).is_empty());
    }
}
