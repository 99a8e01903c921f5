//! Check answers: every answer with "Endre" beside it (which comes back here), then one
//! submission, however often the button is pressed.

use super::{finding_message, step_path, StepProgress, WizardData, RECEIPT_SLUG};
use crate::api::ApiError;
use crate::components::api_error::ApiErrorMessage;
use crate::components::check_answers::{AnswerRow, CheckAnswers};
use crate::components::error_summary::{ErrorSummary, FieldMessage};
use crate::components::link::use_go_to;
use crate::components::page_heading::PageHeading;
use crate::domain::wizard::Step;
use crate::i18n::Key;
use crate::state::application::{SaveOutcome, SyncState};
use crate::state::language::use_i18n;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The id of the "Endre" link for a step: server errors about that step point there.
fn change_link_id(step: Step) -> &'static str {
    match step {
        Step::Choose => "change-velg",
        Step::Remarks => "change-merknader",
        Step::Documents => "change-dokumenter",
        Step::Check => "submit",
    }
}

/// Where a server's field error belongs on this page, and what to tell the user.
fn message_for_server_error(pointer: &str, code: &str) -> FieldMessage {
    let (step, key) = finding_message(pointer, code);
    FieldMessage {
        field_id: change_link_id(step),
        key,
    }
}

#[component]
pub fn Check(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let go_to = use_go_to();
    let draft = data.draft;
    let id = draft.id();
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let pending = RwSignal::new(false);
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
                    .map_or_else(not_given, |v| v)
            };
            let alternatives = data.chosen_titles();
            vec![
                AnswerRow {
                    label: Key::ChooseRoundLegend,
                    values: vec![round.unwrap_or_else(not_given)],
                    change: change(Step::Choose),
                    change_id: change_link_id(Step::Choose),
                },
                AnswerRow {
                    label: Key::ChooseAlternativeLegend,
                    values: if alternatives.is_empty() {
                        vec![not_given()]
                    } else {
                        alternatives
                    },
                    change: change(Step::Choose),
                    change_id: "change-velg-alternatives",
                },
                AnswerRow {
                    label: Key::JobTitleLabel,
                    values: vec![text(&content.remarks.job_title)],
                    change: change(Step::Remarks),
                    change_id: change_link_id(Step::Remarks),
                },
                AnswerRow {
                    label: Key::SchoolOwnerLabel,
                    values: vec![text(&content.remarks.school_owner)],
                    change: change(Step::Remarks),
                    change_id: "change-merknader-owner",
                },
                AnswerRow {
                    label: Key::RemarkLabel,
                    values: vec![text(&content.remarks.remark)],
                    change: change(Step::Remarks),
                    change_id: "change-merknader-remark",
                },
            ]
        }
    };
    let submit = move |_| {
        if pending.get_untracked() {
            return;
        }
        pending.set(true);
        failure.set(None);
        let go_to = go_to.clone();
        let id = draft.id();
        spawn_local(async move {
            // Unsent changes go first; the submission then covers exactly what was checked.
            let saved = draft.save().await;
            let outcome = match saved {
                SaveOutcome::Saved => draft.submit().await,
                other => other,
            };
            match outcome {
                SaveOutcome::Saved => go_to(&step_path(&id, RECEIPT_SLUG)),
                SaveOutcome::Conflict => {}
                SaveOutcome::Failed(error) => {
                    let found: Vec<FieldMessage> = error
                        .field_errors()
                        .iter()
                        .map(|e| message_for_server_error(&e.pointer, &e.code))
                        .collect();
                    if found.is_empty() {
                        failure.set(Some(error));
                    }
                    messages.set(found);
                }
            }
            pending.set(false);
        });
    };
    view! {
        <StepProgress step=Step::Check />
        <ErrorSummary messages=messages.read_only() />
        <PageHeading key=Key::CheckTitle />
        <CheckAnswers rows=Signal::derive(rows) />
        <h2 class="ds-heading" data-size="sm">{i18n.text(Key::SubmitHeading)}</h2>
        <p class="ds-paragraph">{i18n.text(Key::SubmitDeclaration)}</p>
        {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
        <p class="ds-paragraph" role="status">{move || pending.get().then(|| i18n.t(Key::Sending))}</p>
        {move || {
            let sent = draft.application.with(|a| a.status != "draft");
            let changed = draft.application.with(|a| a.unsent_changes) || draft.sync_state() != SyncState::Saved;
            if sent && !changed {
                view! { <p class="ds-paragraph" id="submit" tabindex="-1">{i18n.text(Key::NoUnsentChanges)}</p> }.into_any()
            } else {
                view! {
                    <button type="button" id="submit" class="ds-button" data-variant="primary" on:click=submit.clone() aria-disabled=move || pending.get().then_some("true")>
                        {i18n.text(if sent { Key::SendChanges } else { Key::SubmitApplication })}
                    </button>
                }.into_any()
            }
        }}
    }
}
