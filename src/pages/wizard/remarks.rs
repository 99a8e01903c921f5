//! Step 2: the applicant's job title and school owner, each its own field (Søknadsweb has
//! them typed into one remarks box), and a free-text remark with a character counter.

use super::{StepFrame, WizardData};
use crate::api::types::Remarks as RemarksContent;
use crate::components::error_summary::{message_for, FieldMessage};
use crate::components::field::TextField;
use crate::domain::wizard::{
    text_problem, Step, TextProblem, REMARK_FIELD_MAX_CHARS, REMARK_MAX_CHARS,
};
use crate::i18n::Key;
use leptos::prelude::*;

const JOB_TITLE_FIELD: &str = "remarks-job-title";
const SCHOOL_OWNER_FIELD: &str = "remarks-school-owner";
const REMARK_FIELD: &str = "remarks-remark";

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
        let check = |value: &Option<String>,
                     field_id: &'static str,
                     required: bool,
                     max: usize,
                     missing: Key,
                     too_long: Key| {
            text_problem(value.as_deref().unwrap_or(""), required, max).map(|problem| {
                let key = match problem {
                    TextProblem::Missing => missing,
                    TextProblem::TooLong { .. } => too_long,
                };
                FieldMessage::new(field_id, key)
            })
        };
        let short = REMARK_FIELD_MAX_CHARS;
        [
            check(
                &remarks.job_title,
                JOB_TITLE_FIELD,
                required,
                short,
                Key::ErrorJobTitleMissing,
                Key::ErrorTooLong200,
            ),
            check(
                &remarks.school_owner,
                SCHOOL_OWNER_FIELD,
                required,
                short,
                Key::ErrorSchoolOwnerMissing,
                Key::ErrorTooLong200,
            ),
            check(
                &remarks.remark,
                REMARK_FIELD,
                false,
                REMARK_MAX_CHARS,
                Key::ErrorRemarkTooLong,
                Key::ErrorRemarkTooLong,
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
    let (remark, set_remark) = field(|r| &r.remark, |r| &mut r.remark);
    view! {
        <StepFrame step=Step::Remarks heading=Key::RemarksTitle data messages validate>
            <TextField id=JOB_TITLE_FIELD label=Key::JobTitleLabel hint=Key::JobTitleHint error=error_for(JOB_TITLE_FIELD)
                value=job_title on_input=set_job_title autocomplete="organization-title" optional=!required />
            <TextField id=SCHOOL_OWNER_FIELD label=Key::SchoolOwnerLabel hint=Key::SchoolOwnerHint error=error_for(SCHOOL_OWNER_FIELD)
                value=school_owner on_input=set_school_owner optional=!required />
            <TextField id=REMARK_FIELD label=Key::RemarkLabel hint=Key::RemarkHint error=error_for(REMARK_FIELD)
                value=remark on_input=set_remark optional=true multiline=true max_chars=REMARK_MAX_CHARS />
        </StepFrame>
    }
}
