//! The receipt: reference number, time sent, alternatives in priority order, attachments,
//! what happens next and whom to ask; printable. Until the deadline the application can be
//! changed (through check answers, then sent again) or withdrawn.

use super::documents::{field_label, upload_fields};
use super::{step_path, ToMyApplications, WizardData};
use crate::api::types::Document;
use crate::api::{self, ApiError};
use crate::components::api_error::ApiErrorMessage;
use crate::components::link::Link;
use crate::components::page_heading::PageHeading;
use crate::components::upload::FileUpload;
use crate::domain::wizard::{late_documents_open, late_documents_until, RoundState, Step};
use crate::i18n::{format_instant, Key};
use crate::pages::catalogue::browser_now;
use crate::pages::wizard::choose::state_of;
use crate::state::config::use_config;
use crate::state::language::use_i18n;
use crate::state::session::use_session;
use crate::state::upload::Uploader;
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn Receipt(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let config = use_config();
    let session = use_session();
    let draft = data.draft;
    let open = data
        .draft
        .content
        .with_untracked(|c| c.round_id.clone())
        .and_then(|id| data.catalogue.round(&id).map(state_of))
        == Some(RoundState::Open);
    let confirming = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let withdraw = move |_| {
        let Some(api) = session.api() else { return };
        spawn_local(async move {
            match api::withdraw_application(&api, &draft.id()).await {
                Ok((application, _)) => {
                    draft.resource.set(application);
                    confirming.set(false);
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };
    let titles = data.chosen_titles();
    let check_path = step_path(&draft.id(), Step::Check.slug());
    let support = move || config.get().and_then(Result::ok).map(|c| c.support.email);
    move || {
        let application = draft.resource.get();
        let withdrawn = application.status == "withdrawn";
        let changeable = open && application.status == "submitted";
        let unsent = application.unsent_changes;
        let Some(receipt) = application.receipt.clone() else {
            return view! {
                <PageHeading key=Key::ReceiptTitle />
                <p class="ds-paragraph">{i18n.text(Key::ReceiptNotSent)}</p>
                <p class="ds-paragraph"><ToMyApplications /></p>
            }
            .into_any();
        };
        let language = i18n.language();
        let titles = titles.clone();
        view! {
            <PageHeading key=if withdrawn { Key::WithdrawnTitle } else { Key::ReceiptTitle } />
            <div class="ds-alert" data-color="success">
                <p class="ds-paragraph">{i18n.fill(Key::ReceiptReference, &[("reference", &receipt.reference_number)])}</p>
                <p class="ds-paragraph">{i18n.fill(Key::ReceiptSentAt, &[("time", &format_instant(language, receipt.submitted_at))])}</p>
                {(receipt.revision > 1).then(|| view! {
                    <p class="ds-paragraph">{i18n.fill(Key::ReceiptRevision, &[("revision", &receipt.revision.to_string())])}</p>
                })}
            </div>
            {unsent.then(|| view! {
                <div class="ds-alert app-no-print" data-color="warning">
                    <p class="ds-paragraph">{i18n.text(Key::UnsentChangesWarning)}</p>
                    <p class="ds-paragraph"><Link to=check_path.clone() class="ds-link">{i18n.text(Key::ReviewAndSendChanges)}</Link></p>
                </div>
            })}
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptAlternatives)}</h2>
            <ol class="ds-list">{titles.into_iter().map(|title| view! { <li>{title}</li> }).collect_view()}</ol>
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptAttachments)}</h2>
            {if receipt.attachments.is_empty() {
                view! { <p class="ds-paragraph">{i18n.text(Key::NotGiven)}</p> }.into_any()
            } else {
                view! { <ul class="ds-list">{receipt.attachments.iter().map(|a| view! { <li>{a.filename.clone()}</li> }).collect_view()}</ul> }.into_any()
            }}
            <LateDocuments data=data.clone() />
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptNextHeading)}</h2>
            <p class="ds-paragraph">{i18n.text(Key::ReceiptNext)}</p>
            {support().map(|email| view! { <p class="ds-paragraph">{i18n.fill(Key::ReceiptContact, &[("email", &email)])}</p> })}
            <div class="app-actions app-no-print">
                <button type="button" class="ds-button" data-variant="secondary" on:click=|_| { let _ = window().print(); }>
                    {i18n.text(Key::Print)}
                </button>
                {changeable.then(|| view! {
                    <Link to=check_path.clone() class="ds-button" attr:data-variant="secondary">{i18n.text(Key::ChangeApplication)}</Link>
                })}
                {changeable.then(|| view! {
                    <button type="button" class="ds-button" data-variant="secondary" on:click=move |_| confirming.set(true)>{i18n.text(Key::WithdrawApplication)}</button>
                })}
            </div>
            {move || confirming.get().then(|| view! {
                <div class="ds-alert" data-color="warning" role="alert">
                    <p class="ds-paragraph">{i18n.text(Key::WithdrawConfirm)}</p>
                    <button type="button" class="ds-button" data-variant="primary" on:click=withdraw>{i18n.text(Key::WithdrawYes)}</button>
                </div>
            })}
            {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
            <p class="ds-paragraph app-no-print"><ToMyApplications /></p>
        }
        .into_any()
    }
}

/// Ettersending: documents added to the sent application without sending it again, until the
/// round's document deadline (or its deadline), and those already added.
#[component]
fn LateDocuments(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = use_config();
    let draft = data.draft;
    let until = draft
        .content
        .with_untracked(|c| c.round_id.clone())
        .and_then(|id| data.catalogue.round(&id).cloned())
        .and_then(|round| late_documents_until(round.document_deadline, round.deadline));
    let open = draft.resource.with_untracked(|a| a.status == "submitted")
        && late_documents_open(browser_now(), until.map(|t| t.with_timezone(&Utc)));
    let limits = config
        .get_untracked()
        .and_then(Result::ok)
        .map(|c| c.upload);
    let failure = RwSignal::new(None::<ApiError>);
    let send = Callback::new(move |document: Document| {
        let Some(api) = session.api() else { return };
        spawn_local(async move {
            match api::add_late_document(&api, &draft.id(), &document.id).await {
                Ok((application, etag)) => draft.accept(application, etag),
                Err(error) => failure.set(Some(error)),
            }
        });
    });
    let sent_later = move || {
        let documents = draft.resource.with(|a| a.late_documents.clone());
        (!documents.is_empty()).then(|| view! {
            <h3 class="ds-heading" data-size="xs">{i18n.text(Key::LateDocumentsSent)}</h3>
            <ul class="ds-list">{documents.into_iter().map(|d| view! { <li>{d.filename}</li> }).collect_view()}</ul>
        })
    };
    let fields = upload_fields(&data);
    let uploader = Uploader::to_backend(session);
    (open || draft.resource.with_untracked(|a| !a.late_documents.is_empty())).then(|| view! {
        <section aria-labelledby="late-documents">
            <h2 class="ds-heading" data-size="sm" id="late-documents">{i18n.text(Key::LateDocumentsHeading)}</h2>
            {sent_later}
            {open.then(|| view! {
                <div class="app-no-print">
                <p class="ds-paragraph">{move || match until {
                    Some(until) => i18n.fill(Key::LateDocumentsUntil, &[("date", &format_instant(i18n.language(), until))]),
                    None => i18n.t(Key::LateDocumentsAnyTime).to_owned(),
                }}</p>
                {limits.map(|limits| fields.into_iter().map(|document_type| {
                    let label = field_label(&document_type, i18n);
                    view! { <FileUpload document_type label limits=limits.clone() uploader=uploader.clone() on_uploaded=send /> }
                }).collect_view())}
                {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
                </div>
            })}
        </section>
    })
}
