//! The receipt: reference number, time sent, alternatives in priority order, attachments,
//! what happens next and whom to ask; printable. Until the deadline the application can be
//! changed (through check answers, then sent again) or withdrawn.

use super::documents::{field_label, upload_fields};
use super::{step_path, ToMyApplications, WizardData};
use crate::api::types::Document;
use crate::api::{self, ApiError};
use crate::browser::now as browser_now;
use crate::components::api_error::ApiErrorMessage;
use crate::components::page_heading::PageHeading;
use crate::components::sent::{ReceiptActions, ReceiptFacts, UnsentChanges, APPLICATION};
use crate::components::upload::FileUpload;
use crate::domain::sent::{after_sending, AfterSending};
use crate::domain::wizard::{late_documents_open, late_documents_until, Step};
use crate::i18n::{format_instant, Key};
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
    let draft = data.draft;
    // The deadline of the round it was sent in; with rolling admission there is none.
    let round = data.server_round();
    let failure = RwSignal::new(None::<ApiError>);
    let withdraw = Callback::new(move |()| {
        spawn_local(async move {
            if let Err(error) = draft.withdraw().await {
                failure.set(Some(error));
            }
        });
    });
    let titles = {
        let data = data.clone();
        move || {
            let titles = data.chosen_titles(i18n.language());
            titles
                .into_iter()
                .map(|title| view! { <li>{title}</li> })
                .collect_view()
        }
    };
    let check_path = step_path(&draft.id(), Step::Check.slug());
    let support = move || config.get().and_then(Result::ok).map(|c| c.support.email);
    let sent = Memo::new(move |_| draft.resource.with(|a| a.receipt.is_some()));
    // A registration that asked for no documents has no attachments to list or send later.
    let asks_documents = data.steps().includes(Step::Documents);
    let not_sent = move || {
        view! {
            <PageHeading key=Key::ReceiptTitle />
            <p class="ds-paragraph">{i18n.text(Key::ReceiptNotSent)}</p>
            <p class="ds-paragraph"><ToMyApplications /></p>
        }
    };
    // What the application says, drawn anew as it changes.
    let facts = {
        let check_path = check_path.clone();
        move || {
            let application = draft.resource.get();
            let receipt = application.receipt.clone()?;
            let withdrawn = application.status == "withdrawn";
            Some(view! {
                <PageHeading key=if withdrawn { Key::WithdrawnTitle } else { Key::ReceiptTitle } />
                <ReceiptFacts receipt=receipt.clone() />
                {application.unsent_changes.then(|| view! { <UnsentChanges wording=APPLICATION check_path=check_path.clone() /> })}
                <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptAlternatives)}</h2>
                <ol class="ds-list">{titles.clone()}</ol>
                {(asks_documents || !receipt.attachments.is_empty()).then(|| view! {
                    <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptAttachments)}</h2>
                    {if receipt.attachments.is_empty() {
                        view! { <p class="ds-paragraph">{i18n.text(Key::NotGiven)}</p> }.into_any()
                    } else {
                        view! { <ul class="ds-list">{receipt.attachments.iter().map(|a| view! { <li><bdi>{a.filename.clone()}</bdi></li> }).collect_view()}</ul> }.into_any()
                    }}
                })}
            })
        }
    };
    let actions = move || {
        let application = draft.resource.get();
        let changeable = round.as_ref().is_some_and(|round| {
            let deadline = round.deadline.filter(|_| !round.rolling_admission);
            after_sending(
                &application.status,
                browser_now(),
                deadline.map(|d| d.to_utc()),
            ) == AfterSending::Changeable
        });
        view! { <ReceiptActions wording=APPLICATION changeable check_path=check_path.clone() on_withdraw=withdraw failure /> }
    };
    // The late documents stay put while the application changes around them: a document
    // added there must not close the fields (and take the focus) it was added from.
    view! {
        <Show when=move || sent.get() fallback=not_sent>
            {facts.clone()}
            {asks_documents.then(|| view! { <LateDocuments data=data.clone() /> })}
            <h2 class="ds-heading" data-size="sm">{i18n.text(Key::ReceiptNextHeading)}</h2>
            <p class="ds-paragraph">{i18n.text(Key::ReceiptNext)}</p>
            {move || support().map(|email| view! { <p class="ds-paragraph">{i18n.fill(Key::ReceiptContact, &[("email", &email)])}</p> })}
            {actions.clone()}
            <p class="ds-paragraph app-no-print"><ToMyApplications /></p>
        </Show>
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
    let until = data
        .server_round()
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
            <ul class="ds-list">{documents.into_iter().map(|d| view! { <li><bdi>{d.filename}</bdi></li> }).collect_view()}</ul>
        })
    };
    let fields = upload_fields(&data);
    let uploader = Uploader::to_backend(session);
    // The drop zones wait behind a button: right under the reference number, empty zones read
    // as if something were missing.
    let adding = RwSignal::new(false);
    let open_fields = move |_| {
        adding.set(true);
        crate::browser::focus_after_render("late-documents-fields");
    };
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
                <Show when=move || !adding.get()>
                    <p class="ds-paragraph"><button type="button" class="ds-button" data-variant="secondary"
                        aria-controls="late-documents-fields" aria-expanded="false" on:click=open_fields>
                        {i18n.text(Key::LateDocumentsOpen)}
                    </button></p>
                </Show>
                <div id="late-documents-fields" tabindex="-1" hidden=move || !adding.get()>
                    {limits.map(|limits| fields.into_iter().map(|document_type| {
                        let label = field_label(&document_type, i18n);
                        view! { <FileUpload document_type label limits=limits.clone() uploader=uploader.clone() on_uploaded=send /> }
                    }).collect_view())}
                </div>
                {move || failure.get().map(|error| view! { <ApiErrorMessage error /> })}
                </div>
            })}
        </section>
    })
}
