//! The programme catalogue and the DeKomp reference data: their types, and the dates in them
//! counted from the server's anchor.
//!
//! The data itself is in `data/catalogue.json` and `data/reference.json` (see [`crate::data`]),
//! written in the contract's shapes as the server would serve them on 1 January 2027. Some
//! dates move with the server's anchor (the clock when the data directory was opened or last
//! reset), so that development data stays open for applications:
//!
//! - a round's `deadline` and the reference data's `needs_report_deadline`: the next time after
//!   the anchor that falls on the month, day, hour and minute written (Central European time);
//! - a round's `opens_at` and `document_deadline`: moved by as many years as its deadline (kept
//!   as written when the round has no deadline);
//! - a question's `min_date` and `max_date`: moved to the year the anchor is in.

use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveDate, NaiveDateTime, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::clock::{cet_local, next_occurrence, rfc3339, to_cet};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Text {
    pub nb: String,
    pub nn: String,
    pub en: String,
    pub sv: String,
}

pub fn t(nb: &str, nn: &str, en: &str, sv: &str) -> Text {
    Text {
        nb: nb.into(),
        nn: nn.into(),
        en: en.into(),
        sv: sv.into(),
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Institution {
    pub id: String,
    pub name: Text,
    pub country: String,
    pub website: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Category {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdmissionRound {
    pub id: String,
    pub institution_id: String,
    pub category_id: String,
    pub name: Text,
    pub deadline: Option<String>,
    pub time_zone: String,
    pub document_deadline: Option<String>,
    pub rolling_admission: bool,
    pub max_alternatives_per_application: u32,
    pub opens_at: Option<String>,
    pub requires_remarks: bool,
    /// Whether an applicant who does not meet the admission requirements may still submit.
    pub accepts_unqualified: bool,
    #[serde(skip)]
    pub deadline_at: Option<DateTime<Utc>>,
    #[serde(skip)]
    pub opens_at_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label: Text,
    /// Set on the options of an admission requirement only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meets_requirement: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Limits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceOption>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_date: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: Text,
    pub help: Option<Text>,
    pub required: bool,
    pub limits: Limits,
}

/// An admission requirement asked as a question (`choice` or `yes_no`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Requirement {
    #[serde(flatten)]
    pub question: Question,
    pub not_met: Text,
}

impl Requirement {
    /// Whether `answer` meets the requirement: a meeting option, or yes.
    pub fn is_met_by(&self, answer: &serde_json::Value) -> bool {
        match answer {
            serde_json::Value::Bool(yes) => self.question.kind == "yes_no" && *yes,
            serde_json::Value::String(id) => self
                .question
                .limits
                .options
                .iter()
                .flatten()
                .any(|o| &o.id == id && o.meets_requirement == Some(true)),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DateRange {
    pub start_date: String,
    pub end_date: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Exam {
    pub start_date: String,
    pub end_date: String,
    pub form: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CertificateRule {
    pub min_days_attended: u32,
    pub of_days: u32,
    pub text: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alternative {
    pub id: String,
    pub round_id: String,
    pub number: Option<String>,
    pub code: Option<String>,
    pub name: Text,
    pub description: Text,
    pub admission_requirements: Text,
    pub required_document_types: Vec<String>,
    pub questions: Vec<Question>,
    pub requirements: Vec<Requirement>,
    pub sessions: Vec<DateRange>,
    pub exam: Option<Exam>,
    pub cost_note: Text,
    pub external_application_url: Option<String>,
    pub credits: Option<f64>,
    pub certificate_rule: Option<CertificateRule>,
    pub registration_by: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Catalogue {
    pub institutions: Vec<Institution>,
    pub categories: Vec<Category>,
    pub admission_rounds: Vec<AdmissionRound>,
    pub alternatives: Vec<Alternative>,
}

impl Catalogue {
    pub fn round(&self, id: &str) -> Option<&AdmissionRound> {
        self.admission_rounds.iter().find(|r| r.id == id)
    }
    pub fn alternative(&self, id: &str) -> Option<&Alternative> {
        self.alternatives.iter().find(|a| a.id == id)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Coded {
    pub id: String,
    pub name: Text,
}

/// A Statsforvalter region and its cooperation forum (samarbeidsforum), which recommends the
/// region's needs reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: Text,
    /// Added in 1.2.0.
    pub cooperation_forum: Text,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReferenceData {
    pub topics: Vec<Coded>,
    pub partner_types: Vec<Coded>,
    pub owner_types: Vec<Coded>,
    pub statsforvalter_regions: Vec<Region>,
    pub document_types: Vec<Coded>,
    pub own_contribution_forms: Vec<Coded>,
    /// Added in 1.2.0.
    pub partner_institutions: Vec<Coded>,
    /// The five conditions for success (seed 004). Added in 1.2.0.
    pub success_conditions: Vec<Coded>,
    /// Added in 1.2.0.
    pub collaboration_forms: Vec<Coded>,
    /// Added in 1.2.0.
    pub school_levels: Vec<Coded>,
    pub own_contribution_rate_percent: i64,
    pub max_period_years: u32,
    pub needs_report_deadline: String,
}

/// The catalogue with its dates counted from `anchor` (see the module's documentation).
pub fn build(anchor: DateTime<Utc>) -> Catalogue {
    let mut catalogue = crate::data::get().catalogue.clone();
    for round in &mut catalogue.admission_rounds {
        round.count_from(anchor);
    }
    for alternative in &mut catalogue.alternatives {
        let requirements = alternative.requirements.iter_mut().map(|r| &mut r.question);
        for question in alternative.questions.iter_mut().chain(requirements) {
            question.limits.count_from(anchor);
        }
    }
    catalogue
}

/// The DeKomp reference data with its deadline counted from `anchor`: the next 1 February.
pub fn reference_data(anchor: DateTime<Utc>) -> ReferenceData {
    let mut reference = crate::data::get().reference.clone();
    reference.needs_report_deadline =
        rfc3339(&next_after(anchor, &reference.needs_report_deadline));
    reference
}

impl AdmissionRound {
    fn count_from(&mut self, anchor: DateTime<Utc>) {
        let Some(written) = self.deadline.as_deref() else {
            self.opens_at_at = self.opens_at.as_deref().map(|at| instant(at).to_utc());
            return;
        };
        let deadline = next_after(anchor, written);
        let years = deadline.year() - local_time(written).year();
        self.deadline = Some(rfc3339(&deadline));
        self.deadline_at = Some(deadline.to_utc());
        if let Some(opens) = self.opens_at.as_deref().map(|at| years_later(at, years)) {
            self.opens_at = Some(rfc3339(&opens));
            self.opens_at_at = Some(opens.to_utc());
        }
        if let Some(documents) = self.document_deadline.as_deref() {
            self.document_deadline = Some(rfc3339(&years_later(documents, years)));
        }
    }
}

impl Limits {
    fn count_from(&mut self, anchor: DateTime<Utc>) {
        let year = to_cet(anchor).year();
        for date in [&mut self.min_date, &mut self.max_date]
            .into_iter()
            .flatten()
        {
            *date = in_year(date, year);
        }
    }
}

/// An instant written in a data file; the files are checked when the server starts.
fn instant(written: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(written).expect("a date-time checked at start")
}

/// The Central European wall-clock time of an instant written in a data file.
fn local_time(written: &str) -> NaiveDateTime {
    to_cet(instant(written).to_utc()).naive_local()
}

/// The first instant after `anchor` on the month, day, hour and minute `written` has.
fn next_after(anchor: DateTime<Utc>, written: &str) -> DateTime<FixedOffset> {
    let local = local_time(written);
    next_occurrence(
        anchor,
        local.month(),
        local.day(),
        local.hour(),
        local.minute(),
    )
}

/// The same wall-clock time `years` years later (or earlier); 29 February becomes the 28th.
fn years_later(written: &str, years: i32) -> DateTime<FixedOffset> {
    let local = local_time(written);
    let months = Months::new(12 * years.unsigned_abs());
    let moved = if years >= 0 {
        local.checked_add_months(months)
    } else {
        local.checked_sub_months(months)
    };
    cet_local(moved.expect("a date within chrono's range"))
}

/// A `YYYY-MM-DD` date moved to `year`; 29 February becomes the 28th.
fn in_year(written: &str, year: i32) -> String {
    let date = NaiveDate::parse_from_str(written, "%Y-%m-%d").expect("a date checked at start");
    let moved = date
        .with_year(year)
        .or_else(|| date.pred_opt().and_then(|d| d.with_year(year)))
        .expect("a date within chrono's range");
    moved.format("%Y-%m-%d").to_string()
}
