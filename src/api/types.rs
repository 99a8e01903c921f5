//! The app's own view of the contract (`public/openapi.json`). Only what the app reads is
//! declared; unknown fields are ignored so a backend may add to its answers. Native tests
//! check these against the document and against the reference backend's real answers.

use super::problem::FieldError;
use crate::i18n::Language;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Deserializer, Serialize};

/// RFC 3339 instants through chrono's dedicated parser: its generic `FromStr`, which serde
/// would use, pulls a whole format-string engine into the wasm.
mod rfc3339 {
    use super::*;

    fn parse<E: serde::de::Error>(text: &str) -> Result<DateTime<FixedOffset>, E> {
        DateTime::parse_from_rfc3339(text).map_err(E::custom)
    }

    pub fn required<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DateTime<FixedOffset>, D::Error> {
        parse(&String::deserialize(deserializer)?)
    }

    pub fn optional<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        Option::<String>::deserialize(deserializer)?
            .as_deref()
            .map(parse)
            .transpose()
    }
}

/// Every list in the contract is wrapped: `{"items": [...]}`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ItemList<T> {
    pub items: Vec<T>,
}

/// Text the server gives in all four languages.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct LocalizedText {
    pub nb: String,
    pub nn: String,
    pub en: String,
    pub sv: String,
}

impl LocalizedText {
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Nb => &self.nb,
            Language::Nn => &self.nn,
            Language::En => &self.en,
            Language::Sv => &self.sv,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Meta {
    pub contract_version: String,
    /// Login kinds the backend accepts tokens from (`test`, `idporten`).
    pub auth_modes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TestIdentity {
    pub national_id: String,
    pub name: String,
    pub description: LocalizedText,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SessionRequest {
    pub national_id: String,
}

/// What the app hands the backend after ID-porten sent the user back (contract 1.7.0): the
/// backend redeems the code with its own client credentials and checks the ID token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct IdPortenSessionRequest {
    pub code: String,
    pub code_verifier: String,
    pub nonce: String,
    pub redirect_uri: String,
}

/// The part of an OpenID provider's discovery document the browser needs (not the contract's:
/// ID-porten publishes it at `{issuer}/.well-known/openid-configuration`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct OidcDiscovery {
    pub issuer: String,
    pub authorization_endpoint: String,
}

/// The answer to logging out of an ID-porten session: where to end the provider's session.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SessionEnded {
    pub end_session_url: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub national_id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct SessionCreated {
    pub token: String,
    pub user: User,
    /// The person's opaque, stable id (contract 1.4.0); working copies are kept under it.
    #[serde(default)]
    pub subject: String,
    #[serde(deserialize_with = "rfc3339::required")]
    pub expires_at: DateTime<FixedOffset>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Session {
    pub user: User,
    /// The person's opaque, stable id (contract 1.4.0); working copies are kept under it.
    #[serde(default)]
    pub subject: String,
    #[serde(deserialize_with = "rfc3339::required")]
    pub expires_at: DateTime<FixedOffset>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Catalogue {
    pub institutions: Vec<Institution>,
    pub categories: Vec<Category>,
    pub admission_rounds: Vec<AdmissionRound>,
    pub alternatives: Vec<Alternative>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Institution {
    pub id: String,
    pub name: LocalizedText,
    /// `NO` or `SE`: a Swedish institution's questions are asked in Swedish.
    #[serde(default)]
    pub country: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Category {
    pub id: String,
    pub name: LocalizedText,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct AdmissionRound {
    pub id: String,
    pub institution_id: String,
    pub category_id: String,
    pub name: LocalizedText,
    /// An instant with the offset of `time_zone`; `None` for rolling admission.
    #[serde(deserialize_with = "rfc3339::optional")]
    pub deadline: Option<DateTime<FixedOffset>>,
    pub time_zone: String,
    #[serde(deserialize_with = "rfc3339::optional")]
    pub document_deadline: Option<DateTime<FixedOffset>>,
    pub rolling_admission: bool,
    pub max_alternatives_per_application: u32,
    /// Whether the job title and school owner must be given.
    pub requires_remarks: bool,
    #[serde(deserialize_with = "rfc3339::optional")]
    pub opens_at: Option<DateTime<FixedOffset>>,
    /// Whether an applicant who does not meet the admission requirements may still send
    /// (contract 1.2.0); the institution then assesses the application.
    #[serde(default)]
    pub accepts_unqualified: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Alternative {
    pub id: String,
    pub round_id: String,
    /// Søknadsweb's alternative number, e.g. "3393"; it changes from term to term.
    pub number: Option<String>,
    /// Course code, e.g. "LEDL6000".
    pub code: Option<String>,
    pub name: LocalizedText,
    pub description: LocalizedText,
    pub admission_requirements: LocalizedText,
    pub cost_note: LocalizedText,
    /// Set where the institution takes applications itself.
    pub external_application_url: Option<String>,
    /// Document types an application for this alternative must carry.
    pub required_document_types: Vec<String>,
    /// Programme-specific questions, asked in the wizard as data, not code.
    pub questions: Vec<Question>,
    /// Admission requirements asked as questions (contract 1.2.0).
    #[serde(default)]
    pub requirements: Vec<Question>,
}

impl Alternative {
    /// "3393 LEDL6000 Ledelse av lærings- og læreplanarbeid", as Søknadsweb lists it.
    pub fn title(&self, language: Language) -> String {
        [
            self.number.as_deref(),
            self.code.as_deref(),
            Some(self.name.get(language)),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

/// A programme question, or an admission requirement (which has `not_met`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Question {
    pub id: String,
    /// `text`, `long_text`, `choice`, `yes_no`, `date`, `national_id_no`, `national_id_se`,
    /// `email` or `phone`.
    #[serde(rename = "type")]
    pub kind: String,
    pub label: LocalizedText,
    pub help: Option<LocalizedText>,
    pub required: bool,
    #[serde(default)]
    pub limits: QuestionLimits,
    /// A requirement's reason why an applicant who does not meet it does not qualify.
    #[serde(default)]
    pub not_met: Option<LocalizedText>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct QuestionLimits {
    #[serde(default)]
    pub max_length: Option<u32>,
    #[serde(default)]
    pub options: Vec<ChoiceOption>,
    #[serde(default)]
    pub min_date: Option<String>,
    #[serde(default)]
    pub max_date: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label: LocalizedText,
    /// On a requirement's options: whether this answer meets it.
    #[serde(default)]
    pub meets_requirement: bool,
}

/// An application as the server keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Application {
    pub id: String,
    /// `draft`, `submitted`, `withdrawn`, `offer` or `rejected`.
    pub status: String,
    #[serde(deserialize_with = "rfc3339::required")]
    pub updated_at: DateTime<FixedOffset>,
    pub receipt: Option<Receipt>,
    pub content: ApplicationContent,
    /// What a submission would refuse now (contract 1.2.0; older backends refuse on save).
    #[serde(default)]
    pub findings: Vec<FieldError>,
    /// Sent, then changed: the change counts once it is sent again (contract 1.2.0).
    #[serde(default)]
    pub unsent_changes: bool,
    /// Documents added after the last sending (ettersending, contract 1.2.0).
    #[serde(default)]
    pub late_documents: Vec<ReceiptAttachment>,
}

/// What the applicant writes; sent back whole on every save.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationContent {
    pub round_id: Option<String>,
    /// In priority order, first choice first.
    pub alternative_ids: Vec<String>,
    pub remarks: Remarks,
    #[serde(deserialize_with = "answers_given")]
    pub answers: std::collections::BTreeMap<String, Answer>,
    pub document_ids: Vec<String>,
}

/// The answers given: the contract allows `null` for a question not answered (another client
/// may store one), which the app keeps as no entry at all, as it does itself.
fn answers_given<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<std::collections::BTreeMap<String, Answer>, D::Error> {
    let answers = std::collections::BTreeMap::<String, Option<Answer>>::deserialize(deserializer)?;
    Ok(answers
        .into_iter()
        .filter_map(|(question, answer)| answer.map(|answer| (question, answer)))
        .collect())
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remarks {
    pub job_title: Option<String>,
    pub school_owner: Option<String>,
    /// Free text to the institution (contract 1.1.0); absent from older backends' answers.
    #[serde(default)]
    pub remark: Option<String>,
}

/// An answer to a programme question: yes/no questions take a boolean, all others text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    YesNo(bool),
    Text(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Receipt {
    pub reference_number: String,
    #[serde(deserialize_with = "rfc3339::required")]
    pub submitted_at: DateTime<FixedOffset>,
    /// 1 when first sent; each change sent again adds one (contract 1.2.0).
    #[serde(default = "first_revision")]
    pub revision: u32,
    pub attachments: Vec<ReceiptAttachment>,
}

fn first_revision() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ReceiptAttachment {
    pub filename: String,
    pub document_type: String,
}

/// The body of `addLateDocument`.
#[derive(Serialize)]
pub struct LateDocument<'a> {
    pub document_id: &'a str,
}

/// A stored upload.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Document {
    pub id: String,
    /// The name as the server stored it (path and control characters removed).
    pub filename: String,
    pub size: u64,
    pub document_type: String,
}

impl super::Resource for Application {
    type Content = ApplicationContent;
    const COLLECTION: &'static str = "/api/v1/applications";
    fn id(&self) -> &str {
        &self.id
    }
    fn content(&self) -> &ApplicationContent {
        &self.content
    }
    fn status(&self) -> &str {
        &self.status
    }
    fn findings(&self) -> &[FieldError] {
        &self.findings
    }
}

/// A DeKomp needs report (behovsmelding) as the server keeps it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct NeedsReport {
    pub id: String,
    /// `draft`, `submitted`, `withdrawn` (contract 1.3.0), `recommended` or `decided`.
    pub status: String,
    #[serde(deserialize_with = "rfc3339::required")]
    pub updated_at: DateTime<FixedOffset>,
    pub receipt: Option<Receipt>,
    pub content: NeedsReportContent,
    #[serde(default)]
    pub findings: Vec<FieldError>,
    /// Sent, then changed: the change counts once it is sent again (contract 1.3.0).
    #[serde(default)]
    pub unsent_changes: bool,
}

impl super::Resource for NeedsReport {
    type Content = NeedsReportContent;
    const COLLECTION: &'static str = "/api/v1/needs-reports";
    fn id(&self) -> &str {
        &self.id
    }
    fn content(&self) -> &NeedsReportContent {
        &self.content
    }
    fn status(&self) -> &str {
        &self.status
    }
    fn findings(&self) -> &[FieldError] {
        &self.findings
    }
}

/// What the school owner writes (contract 1.2.0); sent back whole on every save.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NeedsReportContent {
    pub region_id: Option<String>,
    pub lead_owner: LeadOwner,
    pub contact_person: ContactPerson,
    pub co_owners: Vec<OrganisationRef>,
    pub schools: Vec<School>,
    pub partner: Partner,
    pub need: Need,
    pub topic_ids: Vec<String>,
    pub other_topic: Option<String>,
    pub measure: Measure,
    pub anchoring: std::collections::BTreeMap<String, Anchoring>,
    pub period: Period,
    pub budget: Vec<BudgetYear>,
}

impl NeedsReportContent {
    /// Writes every valid organisation number as its nine digits alone ("974 760 673" becomes
    /// "974760673"), so the report stores one form of each; a number that is not valid stays
    /// as typed, for its finding to name. Whether anything changed.
    pub fn tidy_organisation_numbers(&mut self) -> bool {
        let numbers = std::iter::once(&mut self.lead_owner.organisation_number)
            .chain(
                self.co_owners
                    .iter_mut()
                    .map(|o| &mut o.organisation_number),
            )
            .chain(self.schools.iter_mut().map(|s| &mut s.organisation_number));
        let mut changed = false;
        for number in numbers.flatten() {
            if let Ok(digits) = crate::domain::organisation_number::parse(number) {
                if *number != digits {
                    *number = digits;
                    changed = true;
                }
            }
        }
        changed
    }

    /// Gives every owner, school and budget row that has none an id (items from before contract
    /// 1.4.0). The id follows from the item's place, so every tab that opens the same old report
    /// gives its items the same ids, and two versions of it still merge item by item. Whether
    /// anything changed.
    pub fn give_item_ids(&mut self) -> bool {
        let mut changed = false;
        changed |= give_ids(self.co_owners.iter_mut().map(|o| &mut o.id), "owner");
        changed |= give_ids(self.schools.iter_mut().map(|s| &mut s.id), "school");
        for (y, year) in self.budget.iter_mut().enumerate() {
            changed |= give_ids(year.rows.iter_mut().map(|r| &mut r.id), &format!("row-{y}"));
        }
        changed
    }
}

/// Fills the empty ids of one list with `{kind}-{place}`, skipping any the list already uses.
fn give_ids<'a>(ids: impl Iterator<Item = &'a mut Option<String>>, kind: &str) -> bool {
    let mut ids: Vec<&mut Option<String>> = ids.collect();
    let taken: Vec<String> = ids.iter().filter_map(|id| (**id).clone()).collect();
    let mut changed = false;
    for (place, id) in ids.iter_mut().enumerate() {
        if id.is_none() {
            let mut candidate = format!("{kind}-{place}");
            while taken.contains(&candidate) {
                candidate.push('+');
            }
            **id = Some(candidate);
            changed = true;
        }
    }
    changed
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadOwner {
    pub name: Option<String>,
    pub organisation_number: Option<String>,
    pub owner_type: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactPerson {
    pub name: Option<String>,
    pub role: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OrganisationRef {
    /// The item's own id (contract 1.4.0), so that two versions merge item by item.
    pub id: Option<String>,
    pub name: Option<String>,
    pub organisation_number: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct School {
    /// The item's own id (contract 1.4.0), so that two versions merge item by item.
    pub id: Option<String>,
    pub name: Option<String>,
    pub organisation_number: Option<String>,
    pub level: Option<String>,
    pub staff_count: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Partner {
    pub partner_type: Option<String>,
    pub institution_id: Option<String>,
    pub contact: ContactPerson,
    pub has_read_report: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Need {
    pub competence_need: Option<String>,
    pub analysis: Option<String>,
    pub staff_involvement: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Measure {
    pub title: Option<String>,
    pub goal: Option<String>,
    pub description: Option<String>,
    pub collaboration_form: Option<String>,
    pub target_group: Option<String>,
    pub participants: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Anchoring {
    pub confirmed: Option<bool>,
    pub explanation: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Period {
    pub start_school_year: Option<i64>,
    pub years: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetYear {
    pub school_year: Option<i64>,
    pub rows: Vec<BudgetRow>,
    pub own_contribution_nok: Option<i64>,
    pub own_contribution_form: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BudgetRow {
    /// The item's own id (contract 1.4.0), so that two versions merge item by item.
    pub id: Option<String>,
    pub purpose: Option<String>,
    pub receiver: Option<String>,
    pub amount_nok: Option<i64>,
}

/// A coded value with its name in four languages.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CodedValue {
    pub id: String,
    pub name: LocalizedText,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: LocalizedText,
    pub cooperation_forum: LocalizedText,
}

/// The DeKomp reference data.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ReferenceData {
    pub topics: Vec<CodedValue>,
    pub partner_types: Vec<CodedValue>,
    pub owner_types: Vec<CodedValue>,
    pub statsforvalter_regions: Vec<Region>,
    pub own_contribution_forms: Vec<CodedValue>,
    pub partner_institutions: Vec<CodedValue>,
    pub success_conditions: Vec<CodedValue>,
    pub collaboration_forms: Vec<CodedValue>,
    pub school_levels: Vec<CodedValue>,
    pub own_contribution_rate_percent: u32,
    /// 1 to `domain::budget::MAX_YEARS`: the Period page offers one choice per year, so an
    /// answer outside the contract's range is refused as not understood, not built.
    #[serde(deserialize_with = "period_years")]
    pub max_period_years: u32,
    /// The last instant a report can be sent, changed or withdrawn, with the offset of
    /// Europe/Oslo, in which it is shown.
    #[serde(deserialize_with = "rfc3339::required")]
    pub needs_report_deadline: DateTime<FixedOffset>,
}

fn period_years<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let years = u32::deserialize(deserializer)?;
    let most = crate::domain::budget::MAX_YEARS as u32;
    if (1..=most).contains(&years) {
        Ok(years)
    } else {
        Err(serde::de::Error::custom(format!(
            "max_period_years {years} is outside 1 to {most}"
        )))
    }
}

impl Catalogue {
    pub fn round(&self, id: &str) -> Option<&AdmissionRound> {
        self.admission_rounds.iter().find(|round| round.id == id)
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institutions
            .iter()
            .find(|institution| institution.id == id)
    }

    pub fn alternative(&self, id: &str) -> Option<&Alternative> {
        self.alternatives
            .iter()
            .find(|alternative| alternative.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_numbers_are_stored_as_digits_alone() {
        let org = |n: &str| Some(n.to_owned());
        let mut content = NeedsReportContent {
            lead_owner: LeadOwner {
                organisation_number: org("974 760 673"),
                ..Default::default()
            },
            co_owners: vec![
                OrganisationRef {
                    organisation_number: org("958\u{a0}935\u{a0}420"),
                    ..Default::default()
                },
                OrganisationRef::default(),
            ],
            schools: vec![School {
                organisation_number: org("958 935 421"),
                ..Default::default()
            }],
            ..Default::default()
        };
        assert!(content.tidy_organisation_numbers());
        assert_eq!(content.lead_owner.organisation_number, org("974760673"));
        assert_eq!(content.co_owners[0].organisation_number, org("958935420"));
        assert_eq!(content.co_owners[1].organisation_number, None);
        // Not valid: kept as typed, for the server's finding to name.
        assert_eq!(content.schools[0].organisation_number, org("958 935 421"));
        assert!(!content.tidy_organisation_numbers());
    }

    #[test]
    fn a_period_longer_than_the_scheme_allows_is_not_understood() {
        let reference = |years: &str| {
            let mut json: serde_json::Value = serde_json::from_str(
                r#"{"topics":[],"partner_types":[],"owner_types":[],"statsforvalter_regions":[],
                    "own_contribution_forms":[],"partner_institutions":[],"success_conditions":[],
                    "collaboration_forms":[],"school_levels":[],"own_contribution_rate_percent":30,
                    "needs_report_deadline":"2027-02-01T23:59:00+01:00"}"#,
            )
            .unwrap();
            json["max_period_years"] = serde_json::from_str(years).unwrap();
            serde_json::from_value::<ReferenceData>(json).map(|r| r.max_period_years)
        };
        assert_eq!(reference("1").unwrap(), 1);
        assert_eq!(reference("3").unwrap(), 3);
        for bad in ["0", "4", "4294967295", "-1"] {
            assert!(reference(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn owners_schools_and_rows_without_ids_are_given_ids_by_their_place() {
        let old = NeedsReportContent {
            co_owners: vec![OrganisationRef::default()],
            schools: vec![
                School {
                    id: Some("school-1".into()),
                    ..Default::default()
                },
                School::default(),
            ],
            budget: vec![BudgetYear {
                rows: vec![BudgetRow::default(); 2],
                ..Default::default()
            }],
            ..Default::default()
        };
        let mut content = old.clone();
        assert!(content.give_item_ids());
        assert_eq!(content.co_owners[0].id.as_deref(), Some("owner-0"));
        let schools: Vec<_> = content
            .schools
            .iter()
            .map(|s| s.id.clone().unwrap())
            .collect();
        assert_eq!(schools, ["school-1", "school-1+"]);
        let rows: Vec<_> = content.budget[0]
            .rows
            .iter()
            .map(|r| r.id.clone().unwrap())
            .collect();
        assert_eq!(rows, ["row-0-0", "row-0-1"]);
        // Another tab opening the same old report gives the same ids.
        let mut elsewhere = old;
        elsewhere.give_item_ids();
        assert_eq!(elsewhere, content);
        assert!(!content.give_item_ids());
    }

    fn round(deadline: &str) -> serde_json::Result<AdmissionRound> {
        let name = r#"{"nb":"a","nn":"a","en":"a","sv":"a"}"#;
        serde_json::from_str(&format!(
            r#"{{"id":"r","institution_id":"i","category_id":"c","name":{name},"deadline":{deadline},
                "time_zone":"Europe/Oslo","document_deadline":null,"rolling_admission":false,
                "max_alternatives_per_application":1,"opens_at":null,"requires_remarks":true}}"#
        ))
    }

    #[test]
    fn instants_keep_their_offset() {
        let parsed = round(r#""2027-04-03T23:59:00+02:00""#)
            .unwrap()
            .deadline
            .unwrap();
        assert_eq!(parsed.to_rfc3339(), "2027-04-03T23:59:00+02:00");
        assert_eq!(round("null").unwrap().deadline, None);
    }

    #[test]
    fn malformed_instants_are_rejected() {
        for bad in [
            r#""2027-04-03""#,
            r#""3. april 2027""#,
            r#""2027-04-03T23:59:00""#,
            "17",
        ] {
            assert!(round(bad).is_err(), "{bad}");
        }
    }
}
