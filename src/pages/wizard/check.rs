//! Check answers: every answer with "Endre" beside it (which comes back here), then one
//! submission, however often the button is pressed.

use super::answers::{self, Asked};
use super::documents::document_type_name;
use super::{finding_message, step_path, StepProgress, WizardData, RECEIPT_SLUG};
use crate::api::types::{Answer, Question};
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::check_answers::{AnswerRow, AnswerValue, CheckAnswers};
use crate::components::error_summary::{ErrorSummary, FieldMessage};
use crate::components::link::use_go_to;
use crate::components::page_heading::PageHeading;
use crate::components::sent::{SendButton, APPLICATION};
use crate::domain::questions::parse_date;
use crate::domain::wizard::Step;
use crate::i18n::{format_date, Key, Language};
use crate::state::action::ActionState;
use crate::state::application::{SendOutcome, SyncState};
use crate::state::language::use_i18n;
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use leptos::prelude::*;

/// The id of the "Endre" link for a step: server errors about that step point there.
fn change_link_id(step: Step) -> &'static str {
    match step {
        Step::Choose | Step::Requirements | Step::Questions => "change-velg",
        Step::Remarks => "change-merknader",
        Step::Documents => "change-dokumenter",
        Step::Check => "submit",
    }
}

/// The id of the "Endre" link of one answer.
fn answer_change_id(question_id: &str) -> String {
    format!("change-answer-{question_id}")
}

/// An answer as check answers shows it: the option's label, "Ja"/"Nei", a date written out,
/// or "Ikke oppgitt", in the language the question was asked in.
pub(super) fn answer_text(
    question: &Question,
    answer: Option<&Answer>,
    language: Language,
) -> String {
    match answer {
        None => Key::NotGiven.text(language).to_owned(),
        Some(Answer::YesNo(yes)) => Key::yes_no(*yes).text(language).to_owned(),
        Some(Answer::Text(text)) => {
            let option = question.limits.options.iter().find(|o| &o.id == text);
            let date = (question.kind == "date")
                .then(|| parse_date(text))
                .flatten();
            match (option, date) {
                (Some(option), _) => option.label.get(language).to_owned(),
                (_, Some(date)) => format_date(language, date),
                _ => text.clone(),
            }
        }
    }
}

/// Where a server's field error belongs, and what to tell the user.
fn message_for_server_error(asked: &[Asked], pointer: &str, code: &str) -> FieldMessage {
    if let Some(mut message) = answers::server_message(asked, pointer, code) {
        let id = pointer
            .trim_start_matches("/answers/")
            .replace("~1", "/")
            .replace("~0", "~");
        message.field_id = answer_change_id(&id).into();
        return message;
    }
    let (step, key) = finding_message(pointer, code, |_| false);
    FieldMessage::new(change_link_id(step), key)
}

#[component]
pub fn Check(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let go_to = use_go_to();
    let draft = data.draft;
    let id = draft.id();
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let action = ActionState::new();
    let ActionState { pending, failure } = action;
    // The user's stored files, for the names of those attached.
    let session = use_session();
    let documents = Loadable::new(move || async move {
        api::documents(&session.api().ok_or(ApiError::Network)?).await
    });
    let change = {
        let id = id.clone();
        move |step: Step| format!("{}?fra=kontroll", step_path(&id, step.slug()))
    };
    let rows = {
        let data = data.clone();
        move || {
            let language = i18n.language();
            let content = draft.content.get();
            let round = content
                .round_id
                .as_deref()
                .and_then(|id| data.catalogue.round(id))
                .map(|round| round.name.get(language).to_owned());
            let not_given = || i18n.t(Key::NotGiven).to_owned();
            let text = |value: &Option<String>| {
                value
                    .clone()
                    .filter(|v| !v.trim().is_empty())
                    .unwrap_or_else(not_given)
            };
            let alternatives = data.chosen_titles(language);
            let row =
                |label: String, lang, values: Vec<String>, step, change_id: String| AnswerRow {
                    label,
                    lang,
                    values: values.into_iter().map(AnswerValue::from).collect(),
                    change: change(step),
                    change_id,
                };
            let fixed = |key: Key, values, step, change_id: &str| {
                row(
                    i18n.t(key).to_owned(),
                    None,
                    values,
                    step,
                    change_id.to_owned(),
                )
            };
            let mut rows = vec![
                fixed(
                    Key::ChooseRoundLegend,
                    vec![round.unwrap_or_else(not_given)],
                    Step::Choose,
                    change_link_id(Step::Choose),
                ),
                fixed(
                    Key::ChooseAlternativeLegend,
                    if alternatives.is_empty() {
                        vec![not_given()]
                    } else {
                        alternatives
                    },
                    Step::Choose,
                    "change-velg-alternatives",
                ),
            ];
            // Every requirement and question asked, in the language it was asked in.
            for (step, requirements) in [(Step::Requirements, true), (Step::Questions, false)] {
                for asked in answers::asked(&data, requirements) {
                    let lang = asked.language.unwrap_or(language);
                    let q = &asked.question;
                    let value = answer_text(q, content.answers.get(&q.id), lang);
                    rows.push(row(
                        q.label.get(lang).to_owned(),
                        asked.language.filter(|l| *l != language),
                        vec![value],
                        step,
                        answer_change_id(&q.id),
                    ));
                }
            }
            // Only the steps that were asked: a registration asks no remarks, and documents
            // only when its course requires them.
            let steps = data.steps();
            if steps.includes(Step::Remarks) {
                rows.extend([
                    fixed(
                        Key::JobTitleLabel,
                        vec![text(&content.remarks.job_title)],
                        Step::Remarks,
                        change_link_id(Step::Remarks),
                    ),
                    fixed(
                        Key::SchoolOwnerLabel,
                        vec![text(&content.remarks.school_owner)],
                        Step::Remarks,
                        "change-merknader-owner",
                    ),
                    fixed(
                        Key::RemarkLabel,
                        vec![text(&content.remarks.remark)],
                        Step::Remarks,
                        "change-merknader-remark",
                    ),
                ]);
            }
            if !steps.includes(Step::Documents) {
                return rows;
            }
            let attached: Vec<AnswerValue> = match documents.get() {
                Some(Ok(stored)) => (content.document_ids.iter())
                    .filter_map(|id| stored.iter().find(|d| &d.id == id))
                    .map(|d| AnswerValue {
                        text: d.filename.clone(),
                        note: Some(document_type_name(&d.document_type, language)),
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let mut documents_row = fixed(
                Key::DocumentsTitle,
                vec![not_given()],
                Step::Documents,
                change_link_id(Step::Documents),
            );
            if !attached.is_empty() {
                documents_row.values = attached;
            }
            rows.push(documents_row);
            rows
        }
    };
    let submit = {
        let data = data.clone();
        move |()| {
            if action.busy() {
                return;
            }
            let go_to = go_to.clone();
            let id = draft.id();
            let asked = [answers::asked(&data, true), answers::asked(&data, false)].concat();
            action.run(async move {
                match draft.send(|| None).await {
                    SendOutcome::Sent => go_to(&step_path(&id, RECEIPT_SLUG)),
                    SendOutcome::Conflict => {}
                    SendOutcome::Refused(found) => messages.set(
                        found
                            .iter()
                            .map(|(pointer, code)| message_for_server_error(&asked, pointer, code))
                            .collect(),
                    ),
                    SendOutcome::Failed(error) => {
                        messages.set(Vec::new());
                        action.fail(error);
                    }
                }
            });
        }
    };
    view! {
        <StepProgress step=Step::Check data=data.clone() />
        <ErrorSummary messages=messages.read_only() />
        <PageHeading key=Key::CheckTitle />
        <CheckAnswers rows=Signal::derive(rows) />
        <h2 class="ds-heading" data-size="sm">{i18n.text(Key::SubmitHeading)}</h2>
        <p class="ds-paragraph">{i18n.text(Key::SubmitDeclaration)}</p>
        {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        <p class="ds-paragraph" role="status">{move || pending.get().then(|| i18n.t(Key::Sending))}</p>
        <SendButton id="submit" wording=APPLICATION sent=Signal::derive(move || draft.resource.with(|a| a.status != "draft"))
            changed=Signal::derive(move || draft.resource.with(|a| a.unsent_changes) || draft.sync_state() != SyncState::Saved)
            pending on_send=UnsyncCallback::new(submit) />
    }
}
