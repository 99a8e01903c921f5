//! Step 2: the applicant's job title and school owner, each its own field (Søknadsweb has
//! them typed into one remarks box).

use super::{StepFrame, WizardData};
use crate::api::types::Remarks as RemarksContent;
use crate::components::error_summary::{message_for, FieldMessage};
use crate::components::field::TextField;
use crate::domain::wizard::{text_problem, Step, TextProblem, REMARK_FIELD_MAX_CHARS};
use crate::i18n::Key;
use leptos::prelude::*;

const JOB_TITLE_FIELD: &str = "remarks-job-title";
const SCHOOL_OWNER_FIELD: &str = "remarks-school-owner";

#[component]
pub fn Remarks(data: WizardData) -> impl IntoView {
    let content = data.draft.content;
    let required = {
        let catalogue = data.catalogue.clone();
        let round_id = content.with_untracked(|c| c.round_id.clone());
        round_id
            .and_then(|id| catalogue.round(&id).map(|round| round.requires_remarks))
            .unwrap_or(true)
    };
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let error_for =
        move |field: &'static str| Signal::derive(move || messages.with(|m| message_for(m, field)));
    let validate = Callback::new(move |()| {
        let remarks = content.with_untracked(|c| c.remarks.clone());
        let check = |value: &Option<String>, field_id: &'static str, missing: Key| {
            text_problem(
                value.as_deref().unwrap_or(""),
                required,
                REMARK_FIELD_MAX_CHARS,
            )
            .map(|problem| FieldMessage {
                field_id,
                key: match problem {
                    TextProblem::Missing => missing,
                    TextProblem::TooLong { .. } => Key::ErrorTooLong200,
                },
            })
        };
        [
            check(
                &remarks.job_title,
                JOB_TITLE_FIELD,
                Key::ErrorJobTitleMissing,
            ),
            check(
                &remarks.school_owner,
                SCHOOL_OWNER_FIELD,
                Key::ErrorSchoolOwnerMissing,
            ),
        ]
        .into_iter()
        .flatten()
        .collect()
    });
    let field = move |read: fn(&RemarksContent) -> &Option<String>,
                      write: fn(&mut RemarksContent) -> &mut Option<String>| {
        (
            Signal::derive(move || content.with(|c| read(&c.remarks).clone().unwrap_or_default())),
            Callback::new(move |value: String| {
                content.update(|c| *write(&mut c.remarks) = Some(value))
            }),
        )
    };
    let (job_title, set_job_title) = field(|r| &r.job_title, |r| &mut r.job_title);
    let (school_owner, set_school_owner) = field(|r| &r.school_owner, |r| &mut r.school_owner);
    view! {
        <StepFrame step=Step::Remarks heading=Key::RemarksTitle data messages validate>
            <TextField id=JOB_TITLE_FIELD label=Key::JobTitleLabel hint=Key::JobTitleHint error=error_for(JOB_TITLE_FIELD)
                value=job_title on_input=set_job_title autocomplete="organization-title" optional=!required />
            <TextField id=SCHOOL_OWNER_FIELD label=Key::SchoolOwnerLabel hint=Key::SchoolOwnerHint error=error_for(SCHOOL_OWNER_FIELD)
                value=school_owner on_input=set_school_owner optional=!required />
        </StepFrame>
    }
}
