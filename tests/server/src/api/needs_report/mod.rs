//! A needs report's content (behovsmelding, DeKomp) as the contract shapes it, and what its
//! values must be: the values it holds ([`NeedsReportContent::check`]) and what a submission
//! needs on top ([`NeedsReportContent::check_complete`], in [`complete`]).

mod complete;

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::fields::{check_code, check_count, check_len, check_orgnr, pointer_token};
use super::request::id;
use crate::catalogue::ReferenceData;
use crate::problem::FieldError;
use crate::validate;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Owner {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
    #[serde(default)]
    owner_type: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Contact {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct OrgRef {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct School {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    staff_count: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Partner {
    #[serde(default)]
    partner_type: Option<String>,
    #[serde(default, deserialize_with = "id::optional")]
    institution_id: Option<String>,
    #[serde(default)]
    contact: Contact,
    #[serde(default)]
    has_read_report: Option<bool>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Need {
    #[serde(default)]
    competence_need: Option<String>,
    #[serde(default)]
    analysis: Option<String>,
    #[serde(default)]
    staff_involvement: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Measure {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    goal: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    collaboration_form: Option<String>,
    #[serde(default)]
    target_group: Option<String>,
    #[serde(default)]
    participants: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Anchoring {
    #[serde(default)]
    confirmed: Option<bool>,
    #[serde(default)]
    explanation: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Period {
    #[serde(default)]
    start_school_year: Option<i64>,
    #[serde(default)]
    years: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct BudgetRow {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    purpose: Option<String>,
    #[serde(default)]
    receiver: Option<String>,
    #[serde(default)]
    amount_nok: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct BudgetYear {
    #[serde(default)]
    school_year: Option<i64>,
    #[serde(default)]
    rows: Vec<BudgetRow>,
    #[serde(default)]
    own_contribution_nok: Option<i64>,
    #[serde(default)]
    own_contribution_form: Option<String>,
}

impl BudgetYear {
    /// The state grant to the owner: its rows, coordinator rows included.
    fn grant_to_owner(&self) -> i64 {
        self.rows
            .iter()
            .filter(|r| r.receiver.as_deref() == Some("owner"))
            .filter_map(|r| r.amount_nok)
            .filter(|a| (0..=MAX_NOK).contains(a))
            .sum()
    }
}

/// What grant money may be used for (the scheme's list).
const PURPOSES: [&str; 5] = [
    "assess_needs",
    "plan",
    "carry_out",
    "evaluate",
    "coordinator",
];
/// Purposes people ask for that the scheme rules out.
const NOT_FUNDABLE: [&str; 1] = ["individual_further_education"];
const RECEIVERS: [&str; 2] = ["owner", "partner"];
const MAX_NOK: i64 = 1_000_000_000;
const MAX_BUDGET_ROWS_PER_YEAR: usize = 10_000;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NeedsReportContent {
    #[serde(default, deserialize_with = "id::optional")]
    region_id: Option<String>,
    #[serde(default)]
    lead_owner: Owner,
    #[serde(default)]
    contact_person: Contact,
    #[serde(default)]
    co_owners: Vec<OrgRef>,
    #[serde(default)]
    schools: Vec<School>,
    #[serde(default)]
    partner: Partner,
    #[serde(default)]
    need: Need,
    #[serde(default, deserialize_with = "id::list")]
    topic_ids: Vec<String>,
    #[serde(default)]
    other_topic: Option<String>,
    #[serde(default)]
    measure: Measure,
    #[serde(default)]
    anchoring: BTreeMap<String, Anchoring>,
    #[serde(default)]
    period: Period,
    #[serde(default)]
    budget: Vec<BudgetYear>,
}

fn check_contact(e: &mut Vec<FieldError>, at: &str, c: &Contact) {
    check_len(e, &format!("{at}/name"), &c.name, 200);
    check_len(e, &format!("{at}/role"), &c.role, 200);
    if let Some(m) = c.email.as_deref().filter(|s| !s.is_empty()) {
        if !validate::email(m) {
            e.push(FieldError::new(
                format!("{at}/email"),
                "invalid_email",
                "Ugyldig e-postadresse",
            ));
        }
    }
    if let Some(p) = c.phone.as_deref().filter(|s| !s.is_empty()) {
        if !validate::phone(p) {
            e.push(FieldError::new(
                format!("{at}/phone"),
                "invalid_phone",
                "Ugyldig telefonnummer",
            ));
        }
    }
}

impl NeedsReportContent {
    /// Wrong values, whatever is still missing.
    pub(super) fn check(&self, rd: &ReferenceData) -> Vec<FieldError> {
        let mut e = vec![];
        if let Some(r) = &self.region_id {
            if !rd.statsforvalter_regions.iter().any(|c| &c.id == r) {
                e.push(FieldError::new(
                    "/region_id",
                    "invalid_option",
                    "Velg en av verdiene i listen",
                ));
            }
        }
        check_len(&mut e, "/lead_owner/name", &self.lead_owner.name, 200);
        check_orgnr(
            &mut e,
            "/lead_owner/organisation_number".into(),
            &self.lead_owner.organisation_number,
        );
        check_code(
            &mut e,
            "/lead_owner/owner_type",
            &self.lead_owner.owner_type,
            &rd.owner_types,
        );
        check_contact(&mut e, "/contact_person", &self.contact_person);
        let orgs = |list: &[OrgRef]| -> Vec<(Option<String>, Option<String>)> {
            list.iter()
                .map(|o| (o.name.clone(), o.organisation_number.clone()))
                .collect()
        };
        let schools: Vec<_> = self
            .schools
            .iter()
            .map(|s| (s.name.clone(), s.organisation_number.clone()))
            .collect();
        for (list, name, max) in [
            (orgs(&self.co_owners), "co_owners", 50usize),
            (schools, "schools", 200),
        ] {
            if list.len() > max {
                e.push(FieldError::new(
                    format!("/{name}"),
                    "limit_exceeded",
                    format!("Høyst {max}"),
                ));
                continue;
            }
            let mut seen = BTreeSet::new();
            for (i, (org_name, orgnr)) in list.iter().enumerate() {
                check_len(&mut e, &format!("/{name}/{i}/name"), org_name, 200);
                check_orgnr(&mut e, format!("/{name}/{i}/organisation_number"), orgnr);
                // "974 760 673" and "974760673" are one organisation.
                if let Some(n) = orgnr.as_deref().filter(|s| !s.trim().is_empty()) {
                    let digits =
                        validate::organisasjonsnummer(n).unwrap_or_else(|_| n.trim().into());
                    if !seen.insert(digits) {
                        e.push(FieldError::new(
                            format!("/{name}/{i}/organisation_number"),
                            "duplicate",
                            "Oppført to ganger",
                        ));
                    }
                }
            }
        }
        for (i, s) in self.schools.iter().enumerate().take(200) {
            check_code(
                &mut e,
                &format!("/schools/{i}/level"),
                &s.level,
                &rd.school_levels,
            );
            check_count(&mut e, &format!("/schools/{i}/staff_count"), s.staff_count);
        }
        check_code(
            &mut e,
            "/partner/partner_type",
            &self.partner.partner_type,
            &rd.partner_types,
        );
        check_code(
            &mut e,
            "/partner/institution_id",
            &self.partner.institution_id,
            &rd.partner_institutions,
        );
        check_contact(&mut e, "/partner/contact", &self.partner.contact);
        for (p, v) in [
            ("/need/competence_need", &self.need.competence_need),
            ("/need/analysis", &self.need.analysis),
            ("/need/staff_involvement", &self.need.staff_involvement),
            ("/measure/goal", &self.measure.goal),
            ("/measure/description", &self.measure.description),
            ("/measure/target_group", &self.measure.target_group),
        ] {
            check_len(&mut e, p, v, 4000);
        }
        check_len(&mut e, "/measure/title", &self.measure.title, 200);
        check_len(&mut e, "/other_topic", &self.other_topic, 500);
        check_code(
            &mut e,
            "/measure/collaboration_form",
            &self.measure.collaboration_form,
            &rd.collaboration_forms,
        );
        check_count(&mut e, "/measure/participants", self.measure.participants);
        let mut seen = BTreeSet::new();
        for (i, t) in self.topic_ids.iter().enumerate() {
            if !rd.topics.iter().any(|c| &c.id == t) {
                e.push(FieldError::new(
                    format!("/topic_ids/{i}"),
                    "invalid_option",
                    "Ukjent tema",
                ));
            } else if !seen.insert(t) {
                e.push(FieldError::new(
                    format!("/topic_ids/{i}"),
                    "duplicate",
                    "Valgt to ganger",
                ));
            }
        }
        for (id, a) in &self.anchoring {
            let at = format!("/anchoring/{}", pointer_token(id));
            if !rd.success_conditions.iter().any(|c| &c.id == id) {
                e.push(FieldError::new(at, "invalid_option", "Ukjent forutsetning"));
            } else {
                check_len(&mut e, &format!("{at}/explanation"), &a.explanation, 2000);
            }
        }
        if self
            .period
            .years
            .is_some_and(|y| !(1..=rd.max_period_years as i64).contains(&y))
        {
            e.push(FieldError::new(
                "/period/years",
                "out_of_range",
                "Perioden kan være 1 til 3 skoleår",
            ));
        }
        if self
            .period
            .start_school_year
            .is_some_and(|y| !(2000..=2100).contains(&y))
        {
            e.push(FieldError::new(
                "/period/start_school_year",
                "out_of_range",
                "Ugyldig skoleår",
            ));
        }
        if self.budget.len() > rd.max_period_years as usize {
            e.push(FieldError::new(
                "/budget",
                "limit_exceeded",
                "Høyst ett budsjettår per skoleår (3)",
            ));
        }
        for (i, year) in self.budget.iter().enumerate() {
            self.check_budget_year(&mut e, rd, i, year);
        }
        e
    }

    fn check_budget_year(
        &self,
        e: &mut Vec<FieldError>,
        rd: &ReferenceData,
        i: usize,
        year: &BudgetYear,
    ) {
        let out_of_range = |v: Option<i64>| v.is_some_and(|n| !(0..=MAX_NOK).contains(&n));
        const AMOUNT: &str = "Beløpet må være hele kroner mellom 0 og 1 000 000 000";
        if year.rows.len() > MAX_BUDGET_ROWS_PER_YEAR {
            e.push(FieldError::new(
                format!("/budget/{i}/rows"),
                "limit_exceeded",
                format!("Høyst {MAX_BUDGET_ROWS_PER_YEAR} linjer per skoleår"),
            ));
            return;
        }
        for (j, row) in year.rows.iter().enumerate() {
            let at = format!("/budget/{i}/rows/{j}");
            if let Some(p) = row.purpose.as_deref() {
                if NOT_FUNDABLE.contains(&p) {
                    e.push(FieldError::new(
                        format!("{at}/purpose"),
                        "not_fundable",
                        "Ordningen finansierer ikke individuell videreutdanning; midlene kan brukes til å vurdere behov, planlegge, gjennomføre og evaluere tiltak og til en avgrenset koordinatorrolle",
                    ));
                } else if !PURPOSES.contains(&p) {
                    e.push(FieldError::new(
                        format!("{at}/purpose"),
                        "invalid_option",
                        "Velg et formål fra listen: vurdere behov, planlegge, gjennomføre, evaluere eller koordinator",
                    ));
                }
            }
            if row
                .receiver
                .as_deref()
                .is_some_and(|r| !RECEIVERS.contains(&r))
            {
                e.push(FieldError::new(
                    format!("{at}/receiver"),
                    "invalid_option",
                    "Mottakeren må være skoleeier eller partner",
                ));
            }
            if out_of_range(row.amount_nok) {
                e.push(FieldError::new(
                    format!("{at}/amount_nok"),
                    "out_of_range",
                    AMOUNT,
                ));
            }
        }
        if out_of_range(year.own_contribution_nok) {
            e.push(FieldError::new(
                format!("/budget/{i}/own_contribution_nok"),
                "out_of_range",
                AMOUNT,
            ));
        }
        check_code(
            e,
            &format!("/budget/{i}/own_contribution_form"),
            &year.own_contribution_form,
            &rd.own_contribution_forms,
        );
        if year
            .school_year
            .is_some_and(|y| !(2000..=2100).contains(&y))
        {
            e.push(FieldError::new(
                format!("/budget/{i}/school_year"),
                "out_of_range",
                "Ugyldig skoleår",
            ));
        }
        if let Some(own) = year
            .own_contribution_nok
            .filter(|n| (0..=MAX_NOK).contains(n))
        {
            let min =
                validate::percent_ceil(year.grant_to_owner(), rd.own_contribution_rate_percent);
            if own < min {
                e.push(FieldError::new(
                    format!("/budget/{i}/own_contribution_nok"),
                    "own_contribution_too_low",
                    format!(
                        "Egenandelen må være minst {} % av tilskuddet til skoleeier: {min} kroner, {} kroner mer enn oppgitt",
                        rd.own_contribution_rate_percent,
                        min - own
                    ),
                ));
            }
        }
    }
}
