//! An application's content as the contract shapes it, and what its values must be: the
//! values it holds ([`ApplicationContent::check`]) and what a submission needs on top
//! ([`ApplicationContent::check_complete`]).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::fields::{blank, check_len};
use super::request::id;
use crate::catalogue::{Alternative, Catalogue, Question};
use crate::problem::{escape_token, FieldError};
use crate::store;
use crate::validate;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Remarks {
    #[serde(default)]
    job_title: Option<String>,
    #[serde(default)]
    school_owner: Option<String>,
    #[serde(default)]
    remark: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ApplicationContent {
    #[serde(default, deserialize_with = "id::optional")]
    round_id: Option<String>,
    #[serde(default, deserialize_with = "id::list")]
    alternative_ids: Vec<String>,
    #[serde(default)]
    remarks: Remarks,
    #[serde(default)]
    answers: BTreeMap<String, Value>,
    #[serde(default, deserialize_with = "id::list")]
    document_ids: Vec<String>,
}

fn check_answer(q: &Question, v: &Value, today: NaiveDate) -> Option<(&'static str, String)> {
    let as_str = || v.as_str();
    match q.kind.as_str() {
        "yes_no" => (!v.is_boolean()).then(|| ("invalid_type", "Svar ja eller nei".to_string())),
        kind => {
            let Some(s) = as_str() else {
                return Some(("invalid_type", "Svaret må være tekst".into()));
            };
            if let Some(max) = q.limits.max_length {
                if s.chars().count() > max as usize {
                    return Some(("too_long", format!("Høyst {max} tegn")));
                }
            }
            if s.trim().is_empty() {
                return None;
            }
            match kind {
                "choice" => {
                    let ok = q
                        .limits
                        .options
                        .as_ref()
                        .is_some_and(|o| o.iter().any(|o| o.id == s));
                    (!ok).then(|| ("invalid_option", "Velg et av alternativene".into()))
                }
                "date" => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Err(_) => Some(("invalid_date", "Skriv datoen som ÅÅÅÅ-MM-DD".into())),
                    Ok(d) => {
                        let min = q
                            .limits
                            .min_date
                            .as_deref()
                            .and_then(|m| NaiveDate::parse_from_str(m, "%Y-%m-%d").ok());
                        let max = q
                            .limits
                            .max_date
                            .as_deref()
                            .and_then(|m| NaiveDate::parse_from_str(m, "%Y-%m-%d").ok());
                        if min.is_some_and(|m| d < m) || max.is_some_and(|m| d > m) {
                            Some(("out_of_range", "Datoen er utenfor tillatt periode".into()))
                        } else {
                            None
                        }
                    }
                },
                "national_id_no" => validate::fodselsnummer(s, today)
                    .err()
                    .map(|e| (e.code(), "Ugyldig fødselsnummer eller D-nummer".into())),
                "national_id_se" => validate::personnummer(s, today)
                    .err()
                    .map(|e| (e.code(), "Ugyldig svensk personnummer".into())),
                "email" => {
                    (!validate::email(s)).then(|| ("invalid_email", "Ugyldig e-postadresse".into()))
                }
                "phone" => {
                    (!validate::phone(s)).then(|| ("invalid_phone", "Ugyldig telefonnummer".into()))
                }
                _ => None,
            }
        }
    }
}

impl ApplicationContent {
    fn chosen<'a>(&self, catalogue: &'a Catalogue) -> Vec<&'a Alternative> {
        self.alternative_ids
            .iter()
            .filter_map(|id| catalogue.alternative(id))
            .collect()
    }

    pub(super) fn check(
        &self,
        catalogue: &Catalogue,
        docs: &[store::Document],
        today: NaiveDate,
    ) -> Vec<FieldError> {
        let mut e = vec![];
        let round = self.round_id.as_deref().and_then(|id| catalogue.round(id));
        if let Some(id) = &self.round_id {
            if round.is_none() {
                e.push(FieldError::new(
                    "/round_id",
                    "unknown_round",
                    format!("Ukjent opptak: {id}"),
                ));
            }
        } else if !self.alternative_ids.is_empty() {
            e.push(FieldError::new(
                "/round_id",
                "required",
                "Velg opptak før studiealternativ",
            ));
        }
        if let Some(round) = round {
            if self.alternative_ids.len() > round.max_alternatives_per_application as usize {
                e.push(FieldError::new(
                    "/alternative_ids",
                    "limit_exceeded",
                    format!(
                        "Du kan velge høyst {} studiealternativ i dette opptaket",
                        round.max_alternatives_per_application
                    ),
                ));
            } else {
                let mut seen = BTreeSet::new();
                for (i, id) in self.alternative_ids.iter().enumerate() {
                    let p = format!("/alternative_ids/{i}");
                    match catalogue.alternative(id) {
                        None => e.push(FieldError::new(
                            p,
                            "unknown_alternative",
                            "Ukjent studiealternativ",
                        )),
                        Some(a) if a.round_id != round.id => e.push(FieldError::new(
                            p,
                            "not_in_round",
                            "Studiealternativet hører ikke til dette opptaket",
                        )),
                        Some(_) if !seen.insert(id) => {
                            e.push(FieldError::new(p, "duplicate", "Valgt to ganger"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        check_len(&mut e, "/remarks/job_title", &self.remarks.job_title, 200);
        check_len(&mut e, "/remarks/remark", &self.remarks.remark, 1500);
        check_len(
            &mut e,
            "/remarks/school_owner",
            &self.remarks.school_owner,
            200,
        );
        let chosen = self.chosen(catalogue);
        for (qid, v) in &self.answers {
            let p = format!("/answers/{}", escape_token(qid));
            let q = chosen
                .iter()
                .flat_map(|a| {
                    a.questions
                        .iter()
                        .chain(a.requirements.iter().map(|r| &r.question))
                })
                .find(|q| &q.id == qid);
            match q {
                None => e.push(FieldError::new(
                    p,
                    "unknown_question",
                    "Spørsmålet hører ikke til valgt studiealternativ",
                )),
                Some(_) if v.is_null() => {}
                Some(q) => {
                    if let Some((code, msg)) = check_answer(q, v, today) {
                        e.push(FieldError::new(p, code, msg));
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (i, id) in self.document_ids.iter().enumerate() {
            let p = format!("/document_ids/{i}");
            if !docs.iter().any(|d| &d.id == id) {
                e.push(FieldError::new(
                    p,
                    "unknown_document",
                    "Fant ikke dokumentet",
                ));
            } else if !seen.insert(id) {
                e.push(FieldError::new(p, "duplicate", "Lagt ved to ganger"));
            }
        }
        e
    }

    pub(super) fn check_complete(
        &self,
        catalogue: &Catalogue,
        docs: &[store::Document],
        now: DateTime<Utc>,
    ) -> Vec<FieldError> {
        let mut e = vec![];
        let Some(round) = self.round_id.as_deref().and_then(|id| catalogue.round(id)) else {
            return vec![FieldError::new("/round_id", "required", "Velg opptak")];
        };
        if let Some(d) = round.deadline_at {
            if now > d {
                e.push(FieldError::new(
                    "/round_id",
                    "deadline_passed",
                    "Søknadsfristen har gått ut",
                ));
            }
        }
        if round.opens_at_at.is_some_and(|o| now < o) {
            e.push(FieldError::new(
                "/round_id",
                "not_open",
                "Opptaket er ikke åpnet ennå",
            ));
        }
        if self.alternative_ids.is_empty() {
            e.push(FieldError::new(
                "/alternative_ids",
                "required",
                "Velg minst ett studiealternativ",
            ));
        }
        let chosen = self.chosen(catalogue);
        for (i, a) in chosen.iter().enumerate() {
            if a.external_application_url.is_some() {
                e.push(FieldError::new(
                    format!("/alternative_ids/{i}"),
                    "external_application",
                    "Dette studiet søker du på hos institusjonen selv",
                ));
            }
        }
        if round.requires_remarks {
            if blank(&self.remarks.job_title) {
                e.push(FieldError::new(
                    "/remarks/job_title",
                    "required",
                    "Skriv stillingstittelen din",
                ));
            }
            if blank(&self.remarks.school_owner) {
                e.push(FieldError::new(
                    "/remarks/school_owner",
                    "required",
                    "Skriv navnet på skoleeieren",
                ));
            }
        }
        let mut asked = BTreeSet::new();
        for q in chosen.iter().flat_map(|a| a.questions.iter()) {
            if !asked.insert(&q.id) || !q.required {
                continue;
            }
            let answered = match self.answers.get(&q.id) {
                None | Some(Value::Null) => false,
                Some(Value::String(s)) => !s.trim().is_empty(),
                Some(_) => true,
            };
            if !answered {
                e.push(FieldError::new(
                    format!("/answers/{}", escape_token(&q.id)),
                    "required",
                    "Svar på spørsmålet",
                ));
            }
        }
        // Every admission requirement answered; unmet ones refused unless the round lets the
        // institution assess applicants who do not meet them.
        let mut asked = BTreeSet::new();
        for r in chosen.iter().flat_map(|a| a.requirements.iter()) {
            if !asked.insert(&r.question.id) {
                continue;
            }
            let pointer = format!("/answers/{}", escape_token(&r.question.id));
            match self.answers.get(&r.question.id) {
                None | Some(Value::Null) => e.push(FieldError::new(
                    pointer,
                    "required",
                    "Svar på opptakskravet",
                )),
                Some(Value::String(s)) if s.trim().is_empty() => e.push(FieldError::new(
                    pointer,
                    "required",
                    "Svar på opptakskravet",
                )),
                Some(v) if !round.accepts_unqualified && !r.is_met_by(v) => e.push(
                    FieldError::new(pointer, "not_eligible", r.not_met.nb.clone()),
                ),
                Some(_) => {}
            }
        }
        let attached: Vec<&store::Document> = self
            .document_ids
            .iter()
            .filter_map(|id| docs.iter().find(|d| &d.id == id))
            .collect();
        let mut needed = BTreeSet::new();
        for a in &chosen {
            needed.extend(a.required_document_types.iter().cloned());
        }
        if round.document_deadline.is_none() {
            for t in needed {
                if !attached.iter().any(|d| d.document_type == t) {
                    e.push(FieldError::new(
                        "/document_ids",
                        "missing_document",
                        format!("Mangler dokument av typen {t}"),
                    ));
                }
            }
        }
        e
    }
}
