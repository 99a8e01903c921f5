//! The application wizard's steps and what each one asks of the applicant before going on.
//! The server checks the same again at submission; these checks give the answer at once.

use chrono::{DateTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Choose,
    Requirements,
    Questions,
    Remarks,
    Documents,
    Check,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Choose,
        Step::Requirements,
        Step::Questions,
        Step::Remarks,
        Step::Documents,
        Step::Check,
    ];

    /// The step's part of the address, `/soknader/{id}/{slug}`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Choose => "velg",
            Step::Requirements => "krav",
            Step::Questions => "sporsmal",
            Step::Remarks => "merknader",
            Step::Documents => "dokumenter",
            Step::Check => "kontroll",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|step| step.slug() == slug)
    }

    /// The step that asks for the value a server finding points at (a JSON pointer into the
    /// application's content). `is_requirement` tells an admission requirement's id (asked on
    /// the requirements step) from a programme question's.
    pub fn for_pointer(pointer: &str, is_requirement: impl Fn(&str) -> bool) -> Step {
        let mut parts = pointer.split('/').skip(1);
        match parts.next().unwrap_or("") {
            "round_id" | "alternative_ids" => Step::Choose,
            "answers" if parts.next().is_some_and(is_requirement) => Step::Requirements,
            "answers" => Step::Questions,
            "remarks" => Step::Remarks,
            "document_ids" => Step::Documents,
            _ => Step::Check,
        }
    }
}

/// The steps for what was chosen: the requirements step only when a chosen alternative has
/// admission requirements, the questions step only when one has programme questions. A
/// registration (a round that does not require remarks, as Skolverket's courses) asks the
/// course's own questions and nothing else: no remarks, and documents only if a course
/// requires them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Steps {
    pub requirements: bool,
    pub questions: bool,
    pub registration: bool,
    pub documents_required: bool,
}

impl Steps {
    pub fn includes(self, step: Step) -> bool {
        match step {
            Step::Requirements => self.requirements,
            Step::Questions => self.questions,
            Step::Remarks => !self.registration,
            Step::Documents => !self.registration || self.documents_required,
            Step::Choose | Step::Check => true,
        }
    }

    pub fn list(self) -> Vec<Step> {
        Step::ALL
            .into_iter()
            .filter(|step| self.includes(*step))
            .collect()
    }

    /// "Step n of m", counted from 1. A step not in the list counts as the one before it.
    pub fn position(self, step: Step) -> (usize, usize) {
        let before = Step::ALL
            .iter()
            .take_while(|s| **s != step)
            .filter(|s| self.includes(**s))
            .count();
        let number = before + usize::from(self.includes(step));
        (number.max(1), self.list().len())
    }

    pub fn next(self, step: Step) -> Option<Step> {
        Step::ALL
            .into_iter()
            .skip_while(|s| *s != step)
            .skip(1)
            .find(|s| self.includes(*s))
    }

    pub fn previous(self, step: Step) -> Option<Step> {
        Step::ALL
            .into_iter()
            .rev()
            .skip_while(|s| *s != step)
            .skip(1)
            .find(|s| self.includes(*s))
    }
}

/// Until when documents may be added to a sent application (ettersending): the round's
/// document deadline, or else its deadline; `None` means no limit (rolling admission).
pub fn late_documents_until<T>(document_deadline: Option<T>, deadline: Option<T>) -> Option<T> {
    document_deadline.or(deadline)
}

/// Whether documents may still be added at `now`: up to and including the last instant.
pub fn late_documents_open(now: DateTime<Utc>, until: Option<DateTime<Utc>>) -> bool {
    until.is_none_or(|until| now <= until)
}

impl Steps {
    /// Where "continue where you left off" leads: the first of the steps the server still has
    /// findings for, or check answers when there are none.
    pub fn resume_at(self, steps_with_findings: impl IntoIterator<Item = Step>) -> Step {
        steps_with_findings
            .into_iter()
            .filter(|step| self.includes(*step))
            .min_by_key(|step| self.position(*step).0)
            .unwrap_or(Step::Check)
    }
}

/// Whether an admission round takes applications at `now`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundState {
    NotOpenYet,
    Open,
    Closed,
}

/// A deadline is the last instant applications are taken: one submitted at 23:59:00 on the
/// last day is in time, one a second later is not.
pub fn round_state(
    now: DateTime<Utc>,
    opens_at: Option<DateTime<Utc>>,
    deadline: Option<DateTime<Utc>>,
    rolling_admission: bool,
) -> RoundState {
    if opens_at.is_some_and(|opens| now < opens) {
        RoundState::NotOpenYet
    } else if !rolling_admission && deadline.is_some_and(|deadline| now > deadline) {
        RoundState::Closed
    } else {
        RoundState::Open
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceProblem {
    NoRound,
    RoundNotOpen,
    NoAlternative,
    TooManyAlternatives { max: usize },
}

pub fn choice_problems(
    round: Option<RoundState>,
    alternatives: usize,
    max_alternatives: usize,
) -> Vec<ChoiceProblem> {
    match round {
        None => vec![ChoiceProblem::NoRound],
        Some(RoundState::NotOpenYet | RoundState::Closed) => vec![ChoiceProblem::RoundNotOpen],
        Some(RoundState::Open) if alternatives == 0 => vec![ChoiceProblem::NoAlternative],
        Some(RoundState::Open) if alternatives > max_alternatives => {
            vec![ChoiceProblem::TooManyAlternatives {
                max: max_alternatives,
            }]
        }
        Some(RoundState::Open) => Vec::new(),
    }
}

/// The contract's limit for the job title and the school owner.
pub const REMARK_FIELD_MAX_CHARS: usize = 200;

/// The contract's limit for the free-text remark.
pub const REMARK_MAX_CHARS: usize = 1500;

/// Characters left before `max` (negative when over), as a character counter shows them.
pub fn characters_left(value: &str, max: usize) -> i64 {
    max as i64 - value.chars().count() as i64
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Missing,
    TooLong { max: usize },
}

/// A text field's problem: blank when `required`, or longer than `max` characters.
pub fn text_problem(value: &str, required: bool, max: usize) -> Option<TextProblem> {
    if required && value.trim().is_empty() {
        Some(TextProblem::Missing)
    } else if value.chars().count() > max {
        Some(TextProblem::TooLong { max })
    } else {
        None
    }
}

/// The document types `required` that none of the `attached` documents has, in order.
pub fn missing_documents<'a>(required: &[&'a str], attached: &[&str]) -> Vec<&'a str> {
    let mut missing: Vec<&str> = Vec::new();
    for wanted in required {
        if !attached.contains(wanted) && !missing.contains(wanted) {
            missing.push(wanted);
        }
    }
    missing
}

/// Moves the item at `index` one place up (towards first priority) or down; out-of-range
/// moves do nothing.
pub fn move_item<T>(items: &mut [T], index: usize, up: bool) {
    let other = if up {
        index.checked_sub(1)
    } else {
        index.checked_add(1)
    };
    if let Some(other) = other.filter(|other| *other < items.len() && index < items.len()) {
        items.swap(index, other);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn documents_follow_until_the_document_deadline_or_else_the_deadline() {
        let at = |text: &str| text.parse::<DateTime<Utc>>().unwrap();
        let deadline = at("2027-04-25T21:59:00Z");
        let documents = at("2027-05-09T21:59:00Z");
        assert_eq!(
            late_documents_until(Some(documents), Some(deadline)),
            Some(documents)
        );
        assert_eq!(late_documents_until(None, Some(deadline)), Some(deadline));
        assert_eq!(late_documents_until::<DateTime<Utc>>(None, None), None);
        let until = late_documents_until(Some(documents), Some(deadline));
        assert!(late_documents_open(at("2027-05-01T12:00:00Z"), until));
        assert!(
            late_documents_open(documents, until),
            "the last instant counts"
        );
        assert!(!late_documents_open(at("2027-05-09T21:59:01Z"), until));
        assert!(late_documents_open(at("2099-01-01T00:00:00Z"), None));
    }

    #[test]
    fn findings_lead_to_the_step_that_asks() {
        let requirement = |id: &str| id == "leadership_education";
        let at = |pointer| Step::for_pointer(pointer, requirement);
        assert_eq!(at("/remarks/job_title"), Step::Remarks);
        assert_eq!(at("/document_ids"), Step::Documents);
        assert_eq!(at("/document_ids/2"), Step::Documents);
        assert_eq!(at("/alternative_ids/0"), Step::Choose);
        assert_eq!(at("/round_id"), Step::Choose);
        assert_eq!(at("/answers/leadership_education"), Step::Requirements);
        assert_eq!(at("/answers/participant_name"), Step::Questions);
        assert_eq!(at(""), Step::Check);
    }

    #[test]
    fn coming_back_resumes_at_the_first_step_with_findings() {
        let all = Steps {
            requirements: true,
            questions: true,
            ..Steps::default()
        };
        assert_eq!(all.resume_at([]), Step::Check);
        assert_eq!(
            all.resume_at([Step::Documents, Step::Remarks]),
            Step::Remarks
        );
        assert_eq!(
            all.resume_at([Step::Remarks, Step::Requirements]),
            Step::Requirements
        );
        assert_eq!(all.resume_at([Step::Documents]), Step::Documents);
        // A step the chosen alternatives do not have is never where one resumes.
        assert_eq!(Steps::default().resume_at([Step::Questions]), Step::Check);
    }

    use super::*;
    use chrono::TimeZone;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn steps_go_in_order_and_count_from_one() {
        let steps = Steps::default();
        assert_eq!(steps.position(Step::Choose), (1, 4));
        assert_eq!(steps.position(Step::Check), (4, 4));
        assert_eq!(steps.next(Step::Choose), Some(Step::Remarks));
        assert_eq!(steps.next(Step::Check), None);
        assert_eq!(steps.previous(Step::Choose), None);
        assert_eq!(steps.previous(Step::Documents), Some(Step::Remarks));
        for step in Step::ALL {
            assert_eq!(Step::from_slug(step.slug()), Some(step));
        }
        assert_eq!(Step::from_slug("kvittering"), None);
    }

    #[test]
    fn the_step_count_follows_the_chosen_alternatives() {
        // LEDL6000: admission requirements, no programme questions.
        let leadership = Steps {
            requirements: true,
            ..Steps::default()
        };
        assert_eq!(leadership.position(Step::Requirements), (2, 5));
        assert_eq!(leadership.position(Step::Check), (5, 5));
        assert_eq!(leadership.next(Step::Choose), Some(Step::Requirements));
        assert_eq!(leadership.next(Step::Requirements), Some(Step::Remarks));
        assert_eq!(leadership.previous(Step::Remarks), Some(Step::Requirements));
        // The Swedish course, a registration: its own questions, and nothing else.
        let swedish = Steps {
            questions: true,
            registration: true,
            ..Steps::default()
        };
        assert_eq!(swedish.list(), [Step::Choose, Step::Questions, Step::Check]);
        assert_eq!(swedish.next(Step::Choose), Some(Step::Questions));
        assert_eq!(swedish.next(Step::Questions), Some(Step::Check));
        assert_eq!(swedish.previous(Step::Check), Some(Step::Questions));
        assert_eq!(swedish.previous(Step::Questions), Some(Step::Choose));
        // A registration whose course requires a document asks for it.
        let with_document = Steps {
            documents_required: true,
            ..swedish
        };
        assert_eq!(
            with_document.list(),
            [Step::Choose, Step::Questions, Step::Documents, Step::Check]
        );
        let both = Steps {
            requirements: true,
            questions: true,
            ..Steps::default()
        };
        assert_eq!(both.position(Step::Questions), (3, 6));
        assert_eq!(both.position(Step::Check), (6, 6));
        // A step that is not asked (an old address) counts as the one before it.
        assert_eq!(swedish.position(Step::Requirements), (1, 3));
        assert_eq!(swedish.position(Step::Remarks), (2, 3));
    }

    #[test]
    fn the_last_minute_of_the_last_day_is_in_time() {
        // 23:59 on 3 April in Oslo is 21:59 UTC (summer time).
        let deadline = Some(at("2027-04-03T23:59:00+02:00"));
        let state = |now| round_state(at(now), None, deadline, false);
        assert_eq!(state("2027-04-03T23:59:00+02:00"), RoundState::Open);
        assert_eq!(state("2027-04-03T21:59:00Z"), RoundState::Open);
        assert_eq!(state("2027-04-03T23:59:01+02:00"), RoundState::Closed);
        assert_eq!(state("2027-04-04T00:00:00+02:00"), RoundState::Closed);
    }

    #[test]
    fn deadlines_across_the_daylight_saving_changes() {
        // Summer time starts 28 March 2027 at 02:00 and ends 31 October 2027 at 03:00 in
        // Oslo; a deadline is an instant, so the offset it was written with decides.
        let spring = Some(at("2027-03-28T23:59:00+02:00"));
        assert_eq!(
            round_state(at("2027-03-28T21:30:00Z"), None, spring, false),
            RoundState::Open
        );
        assert_eq!(
            round_state(at("2027-03-28T22:00:00Z"), None, spring, false),
            RoundState::Closed
        );
        let autumn = Some(at("2027-10-31T23:59:00+01:00"));
        assert_eq!(
            round_state(at("2027-10-31T22:30:00Z"), None, autumn, false),
            RoundState::Open
        );
        assert_eq!(
            round_state(at("2027-10-31T23:00:00Z"), None, autumn, false),
            RoundState::Closed
        );
    }

    #[test]
    fn rounds_that_are_not_open_yet_or_rolling() {
        let opens = Some(Utc.with_ymd_and_hms(2027, 3, 14, 23, 0, 0).unwrap());
        assert_eq!(
            round_state(at("2027-03-14T22:59:59Z"), opens, None, false),
            RoundState::NotOpenYet
        );
        assert_eq!(
            round_state(at("2027-03-14T23:00:00Z"), opens, None, false),
            RoundState::Open
        );
        let past = Some(at("2020-01-01T00:00:00Z"));
        assert_eq!(
            round_state(at("2027-01-01T00:00:00Z"), None, past, true),
            RoundState::Open
        );
    }

    #[test]
    fn a_choice_needs_an_open_round_and_one_to_max_alternatives() {
        assert_eq!(choice_problems(None, 0, 1), vec![ChoiceProblem::NoRound]);
        assert_eq!(
            choice_problems(Some(RoundState::Closed), 1, 1),
            vec![ChoiceProblem::RoundNotOpen]
        );
        assert_eq!(
            choice_problems(Some(RoundState::Open), 0, 3),
            vec![ChoiceProblem::NoAlternative]
        );
        assert_eq!(
            choice_problems(Some(RoundState::Open), 4, 3),
            vec![ChoiceProblem::TooManyAlternatives { max: 3 }]
        );
        assert!(choice_problems(Some(RoundState::Open), 3, 3).is_empty());
    }

    #[test]
    fn text_fields() {
        assert_eq!(text_problem("  ", true, 10), Some(TextProblem::Missing));
        assert_eq!(text_problem("", false, 10), None);
        assert_eq!(text_problem("rektor", true, 10), None);
        // Characters, not bytes: ten æ's are within ten.
        assert_eq!(text_problem(&"æ".repeat(10), true, 10), None);
        assert_eq!(
            text_problem(&"a".repeat(11), true, 10),
            Some(TextProblem::TooLong { max: 10 })
        );
    }

    #[test]
    fn characters_are_counted_not_bytes() {
        assert_eq!(characters_left("", 10), 10);
        assert_eq!(characters_left("æøå", 10), 7);
        assert_eq!(characters_left(&"a".repeat(12), 10), -2);
    }

    #[test]
    fn missing_documents_in_the_order_asked() {
        let required = ["employment_confirmation", "diploma", "diploma"];
        assert_eq!(
            missing_documents(&required, &["other"]),
            vec!["employment_confirmation", "diploma"]
        );
        assert_eq!(
            missing_documents(&required, &["diploma"]),
            vec!["employment_confirmation"]
        );
        assert!(missing_documents(&required, &["diploma", "employment_confirmation"]).is_empty());
    }

    #[test]
    fn priorities_move_one_place_at_a_time() {
        let mut items = vec!["a", "b", "c"];
        move_item(&mut items, 2, true);
        assert_eq!(items, ["a", "c", "b"]);
        move_item(&mut items, 0, true);
        assert_eq!(items, ["a", "c", "b"]);
        move_item(&mut items, 2, false);
        assert_eq!(items, ["a", "c", "b"]);
        move_item(&mut items, 0, false);
        assert_eq!(items, ["c", "a", "b"]);
    }
}
