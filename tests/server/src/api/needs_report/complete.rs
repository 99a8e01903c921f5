//! What a needs report must hold before it can be sent: everything required filled in, the
//! deadline not passed. The values themselves are checked in [`super::NeedsReportContent::check`].

use chrono::{DateTime, Utc};

use super::NeedsReportContent;
use crate::api::fields::{blank, pointer_token, require, require_some};
use crate::api::parse_ts;
use crate::catalogue::ReferenceData;
use crate::problem::FieldError;

impl NeedsReportContent {
    /// What is still missing.
    pub(in crate::api) fn check_complete(
        &self,
        rd: &ReferenceData,
        now: DateTime<Utc>,
    ) -> Vec<FieldError> {
        let mut e = vec![];
        if parse_ts(&rd.needs_report_deadline).is_some_and(|d| now > d) {
            e.push(FieldError::new(
                "",
                "deadline_passed",
                "Fristen for behovsmeldinger har gått ut",
            ));
        }
        require(&mut e, "/region_id", &self.region_id, "Velg statsforvalter");
        let o = &self.lead_owner;
        require(
            &mut e,
            "/lead_owner/name",
            &o.name,
            "Skriv navnet på skoleeieren",
        );
        require(
            &mut e,
            "/lead_owner/organisation_number",
            &o.organisation_number,
            "Skriv organisasjonsnummeret",
        );
        require(
            &mut e,
            "/lead_owner/owner_type",
            &o.owner_type,
            "Velg type skoleeier",
        );
        let c = &self.contact_person;
        require(
            &mut e,
            "/contact_person/name",
            &c.name,
            "Skriv navnet på kontaktpersonen",
        );
        require(
            &mut e,
            "/contact_person/role",
            &c.role,
            "Skriv rollen til kontaktpersonen",
        );
        require(
            &mut e,
            "/contact_person/email",
            &c.email,
            "Skriv e-postadressen",
        );
        require(
            &mut e,
            "/contact_person/phone",
            &c.phone,
            "Skriv telefonnummeret",
        );
        for (i, o) in self.co_owners.iter().enumerate() {
            require(
                &mut e,
                &format!("/co_owners/{i}/name"),
                &o.name,
                "Skriv navnet",
            );
            require(
                &mut e,
                &format!("/co_owners/{i}/organisation_number"),
                &o.organisation_number,
                "Skriv organisasjonsnummeret",
            );
        }
        if self.schools.is_empty() {
            e.push(FieldError::new(
                "/schools",
                "required",
                "Legg til minst én skole",
            ));
        }
        for (i, s) in self.schools.iter().enumerate() {
            let at = format!("/schools/{i}");
            require(
                &mut e,
                &format!("{at}/name"),
                &s.name,
                "Skriv navnet på skolen",
            );
            require(
                &mut e,
                &format!("{at}/organisation_number"),
                &s.organisation_number,
                "Skriv organisasjonsnummeret",
            );
            require(&mut e, &format!("{at}/level"), &s.level, "Velg skoleslag");
            require_some(
                &mut e,
                &format!("{at}/staff_count"),
                &s.staff_count,
                "Skriv hvor mange ansatte som deltar",
            );
        }
        let p = &self.partner;
        require(
            &mut e,
            "/partner/partner_type",
            &p.partner_type,
            "Velg type partner",
        );
        require(
            &mut e,
            "/partner/institution_id",
            &p.institution_id,
            "Velg partner",
        );
        require(
            &mut e,
            "/partner/contact/name",
            &p.contact.name,
            "Skriv navnet på kontaktpersonen hos partneren",
        );
        require(
            &mut e,
            "/partner/contact/email",
            &p.contact.email,
            "Skriv e-postadressen til kontaktpersonen hos partneren",
        );
        if p.has_read_report != Some(true) {
            e.push(FieldError::new(
                "/partner/has_read_report",
                "required",
                "Partneren må ha lest behovsmeldingen",
            ));
        }
        let n = &self.need;
        require(
            &mut e,
            "/need/competence_need",
            &n.competence_need,
            "Beskriv kompetansebehovet",
        );
        require(
            &mut e,
            "/need/analysis",
            &n.analysis,
            "Beskriv hvordan behovet er kartlagt",
        );
        require(
            &mut e,
            "/need/staff_involvement",
            &n.staff_involvement,
            "Beskriv hvordan de ansatte var med på å finne behovet",
        );
        if self.topic_ids.is_empty() && blank(&self.other_topic) {
            e.push(FieldError::new(
                "/topic_ids",
                "required",
                "Velg minst ett tema, eller beskriv et annet",
            ));
        }
        let m = &self.measure;
        require(
            &mut e,
            "/measure/title",
            &m.title,
            "Skriv tittelen på tiltaket",
        );
        require(&mut e, "/measure/goal", &m.goal, "Beskriv målet");
        require(
            &mut e,
            "/measure/description",
            &m.description,
            "Beskriv tiltaket",
        );
        require(
            &mut e,
            "/measure/collaboration_form",
            &m.collaboration_form,
            "Velg samarbeidsform",
        );
        require(
            &mut e,
            "/measure/target_group",
            &m.target_group,
            "Beskriv målgruppen",
        );
        require_some(
            &mut e,
            "/measure/participants",
            &m.participants,
            "Skriv antall deltakere",
        );
        for cond in &rd.success_conditions {
            let a = self.anchoring.get(&cond.id);
            let confirmed = a.is_some_and(|a| a.confirmed == Some(true));
            let explained = a.is_some_and(|a| !blank(&a.explanation));
            if !confirmed && !explained {
                e.push(FieldError::new(
                    format!("/anchoring/{}", pointer_token(&cond.id)),
                    "required",
                    "Bekreft forutsetningen, eller forklar hvorfor den ikke er oppfylt",
                ));
            }
        }
        let (Some(start), Some(years)) = (self.period.start_school_year, self.period.years) else {
            require_some(
                &mut e,
                "/period/start_school_year",
                &self.period.start_school_year,
                "Velg første skoleår",
            );
            require_some(
                &mut e,
                "/period/years",
                &self.period.years,
                "Velg antall skoleår",
            );
            return e;
        };
        let expected: Vec<Option<i64>> = (start..start + years).map(Some).collect();
        let got: Vec<Option<i64>> = self.budget.iter().map(|r| r.school_year).collect();
        if got != expected {
            e.push(FieldError::new(
                "/budget",
                "budget_years_mismatch",
                format!(
                    "Budsjettet må ha ett år per skoleår i perioden ({}–{}), i rekkefølge",
                    start,
                    start + years - 1
                ),
            ));
        }
        for (i, year) in self.budget.iter().enumerate() {
            if year.rows.is_empty() {
                e.push(FieldError::new(
                    format!("/budget/{i}/rows"),
                    "required",
                    "Legg til minst én budsjettlinje",
                ));
            }
            for (j, row) in year.rows.iter().enumerate() {
                let at = format!("/budget/{i}/rows/{j}");
                require(
                    &mut e,
                    &format!("{at}/purpose"),
                    &row.purpose,
                    "Velg formål",
                );
                require(
                    &mut e,
                    &format!("{at}/receiver"),
                    &row.receiver,
                    "Velg mottaker",
                );
                require_some(
                    &mut e,
                    &format!("{at}/amount_nok"),
                    &row.amount_nok,
                    "Fyll inn beløpet",
                );
            }
            require_some(
                &mut e,
                &format!("/budget/{i}/own_contribution_nok"),
                &year.own_contribution_nok,
                "Fyll inn egenandelen (0 hvis ingen)",
            );
            require(
                &mut e,
                &format!("/budget/{i}/own_contribution_form"),
                &year.own_contribution_form,
                "Velg form for egenandelen",
            );
        }
        e
    }
}
