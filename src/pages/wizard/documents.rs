//! Step 3, "Mine dokumenter": the documents the chosen programmes require, uploaded here or
//! taken from earlier applications, and any others the applicant wants to add.

use super::{StepFrame, WizardData};
use crate::api::types::Document;
use crate::api::{self, ApiError};
use crate::components::error_summary::{message_for, FieldMessage};
use crate::components::upload::FileUpload;
use crate::components::words::Words;
use crate::domain::wizard::{missing_documents, Step};
use crate::i18n::{Key, Language};
use crate::state::config::use_config;
use crate::state::language::{use_i18n, I18n};
use crate::state::loadable::Loadable;
use crate::state::session::use_session;
use crate::state::upload::Uploader;
use leptos::prelude::*;

/// Optional documents of any kind go under this type.
const OTHER: &str = "other";

/// The name of a document type, in whatever language it is shown in; the catalogue's own
/// codes for unknown ones.
fn document_type_words(document_type: &str) -> Words {
    match document_type {
        "employment_confirmation" => Words::Text(Key::DocumentEmployment),
        "diploma" => Words::Text(Key::DocumentDiploma),
        OTHER => Words::Text(Key::DocumentOther),
        other => Words::Same(other.to_owned()),
    }
}

/// The name of a document type in `language`.
pub fn document_type_name(document_type: &str, language: Language) -> String {
    document_type_words(document_type)
        .get(language)
        .into_owned()
}

#[component]
pub fn Documents(data: WizardData) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let config = use_config();
    let content = data.draft.content;
    let uploader = Uploader::to_backend(session);
    let busy = uploader.busy();
    let uploader = StoredValue::new_local(uploader);
    let stored = RwSignal::new(Vec::<Document>::new());
    let earlier = Loadable::new(move || async move {
        api::documents(&session.api().ok_or(ApiError::Network)?).await
    });
    Effect::new(move |_| {
        // Merged, not replaced: files uploaded while the list was loading are already here.
        if let Some(Ok(documents)) = earlier.get() {
            stored.update(|known| documents.into_iter().for_each(|d| remember(known, d)));
        }
    });
    let required = required_types(&data);
    // With a separate document deadline (ettersending), documents may follow later.
    let may_follow = content
        .with_untracked(|c| c.round_id.clone())
        .and_then(|id| {
            data.catalogue
                .round(&id)
                .and_then(|round| round.document_deadline)
        })
        .is_some();
    let attached_types = move || {
        let ids = content.with(|c| c.document_ids.clone());
        stored.with(|docs| {
            docs.iter()
                .filter(|doc| ids.contains(&doc.id))
                .map(|doc| doc.document_type.clone())
                .collect::<Vec<_>>()
        })
    };
    let messages = RwSignal::new(Vec::<FieldMessage>::new());
    let validate = {
        let required = required.clone();
        Callback::new(move |()| {
            if busy.get_untracked() {
                return vec![FieldMessage::new("upload-wait", Key::UploadsInFlight)];
            }
            if may_follow {
                return Vec::new();
            }
            let attached = attached_types();
            let wanted: Vec<&str> = required.iter().map(String::as_str).collect();
            let have: Vec<&str> = attached.iter().map(String::as_str).collect();
            missing_documents(&wanted, &have)
                .into_iter()
                .map(|missing| FieldMessage {
                    // Named in the summary: two missing documents are two different lines.
                    label: Some(document_type_words(missing)),
                    ..FieldMessage::new(field_for(missing), Key::ErrorDocumentMissing)
                })
                .collect()
        })
    };
    let attach = move |document: Document| {
        stored.update(|known| remember(known, document.clone()));
        content.update(|c| {
            if !c.document_ids.contains(&document.id) {
                c.document_ids.push(document.id);
            }
        });
    };
    // Files uploaded on this visit are listed by their upload fields; the list below shows
    // the rest, so no file is shown twice.
    let uploaded_here = RwSignal::new(Vec::<String>::new());
    let attach_uploaded = move |document: Document| {
        uploaded_here.update(|ids| ids.push(document.id.clone()));
        attach(document);
    };
    let detach = move |id: String| content.update(|c| c.document_ids.retain(|d| *d != id));
    let limits = config
        .get_untracked()
        .and_then(Result::ok)
        .map(|c| c.upload);
    let fields = upload_fields(&data);
    view! {
        <StepFrame step=Step::Documents heading=Key::DocumentsTitle data messages validate>
            <p class="ds-paragraph">{i18n.text(if may_follow { Key::DocumentsMayFollow } else { Key::DocumentsIntro })}</p>
            {limits.map(|limits| fields.into_iter().map(|document_type| {
                let error = {
                    let id = field_for(&document_type);
                    move || messages.with(|m| message_for(m, id))
                };
                let label = field_label(&document_type, i18n);
                view! {
                    <div class="app-document-type">
                        {move || error().map(|key| view! { <p class="ds-validation-message" data-color="danger">{i18n.text(key)}</p> })}
                        <FileUpload document_type=document_type label limits=limits.clone() uploader=uploader.get_value()
                            on_uploaded=Callback::new(attach_uploaded) on_removed=Callback::new(detach) />
                    </div>
                }
            }).collect_view())}
            <AttachedAndEarlier content stored uploaded_here attach=Callback::new(attach) detach=Callback::new(detach) />
            <p class="ds-paragraph" id="upload-wait" role="status">{move || busy.get().then(|| i18n.t(Key::UploadsInFlight))}</p>
        </StepFrame>
    }
}

/// The document types the chosen alternatives require, each once, in the order asked.
fn required_types(data: &WizardData) -> Vec<String> {
    let mut types: Vec<String> = Vec::new();
    for alternative in data.chosen() {
        for wanted in alternative.required_document_types {
            if !types.contains(&wanted) {
                types.push(wanted);
            }
        }
    }
    types
}

/// The upload fields for an application: each required type, then any other (optional).
pub fn upload_fields(data: &WizardData) -> Vec<String> {
    let mut types = required_types(data);
    types.push(OTHER.to_owned());
    types
}

/// An upload field's label in the current language: the type's name, "(valgfritt)" for others.
pub fn field_label(document_type: &str, i18n: I18n) -> Signal<String> {
    let document_type = document_type.to_owned();
    Signal::derive(move || {
        let name = document_type_name(&document_type, i18n.language());
        if document_type == OTHER {
            format!("{name} {}", i18n.t(Key::Optional))
        } else {
            name
        }
    })
}

/// Adds `document` to the documents known here, once.
fn remember(known: &mut Vec<Document>, document: Document) {
    if !known.iter().any(|d| d.id == document.id) {
        known.push(document);
    }
}

/// The id of a document type's file input (see `FileUpload`), for the error summary.
fn field_for(document_type: &str) -> &'static str {
    match document_type {
        "employment_confirmation" => "upload-employment_confirmation-input",
        "diploma" => "upload-diploma-input",
        _ => "upload-other-input",
    }
}

/// Documents attached to this application, each removable, and documents from earlier
/// applications, each attachable again.
#[component]
fn AttachedAndEarlier(
    content: RwSignal<crate::api::types::ApplicationContent>,
    stored: RwSignal<Vec<Document>>,
    uploaded_here: RwSignal<Vec<String>>,
    attach: Callback<Document>,
    detach: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let language = i18n.language();
        let ids = content.with(|c| c.document_ids.clone());
        let (attached, earlier): (Vec<Document>, Vec<Document>) = stored
            .get()
            .into_iter()
            .filter(|doc| !uploaded_here.with(|here| here.contains(&doc.id)))
            .partition(|doc| ids.contains(&doc.id));
        let row = move |doc: Document, is_attached: bool| {
            // The file name isolated, so that a right-to-left override in it cannot turn the
            // type after it around.
            let kind = format!(" ({})", document_type_name(&doc.document_type, language));
            let name = doc.filename.clone();
            let action_label = i18n.fill(
                if is_attached {
                    Key::DetachDocument
                } else {
                    Key::AttachDocument
                },
                &[("name", &doc.filename)],
            );
            let action_text = i18n.t(if is_attached {
                Key::UploadRemove
            } else {
                Key::Attach
            });
            let act = move |_| {
                if is_attached {
                    detach.run(doc.id.clone())
                } else {
                    attach.run(doc.clone())
                }
            };
            view! {
                <li class="app-priority">
                    <span><bdi>{name}</bdi>{kind}</span>
                    <button type="button" class="ds-button" data-variant="tertiary" data-size="sm" aria-label=action_label on:click=act>{action_text}</button>
                </li>
            }
        };
        view! {
            {(!attached.is_empty()).then(|| view! {
                <h2 class="ds-heading" data-size="xs">{i18n.text(Key::AttachedDocuments)}</h2>
                <ul class="ds-list app-priorities">{attached.into_iter().map(|doc| row(doc, true)).collect_view()}</ul>
            })}
            {(!earlier.is_empty()).then(|| view! {
                <h2 class="ds-heading" data-size="xs">{i18n.text(Key::EarlierDocuments)}</h2>
                <ul class="ds-list app-priorities">{earlier.into_iter().map(|doc| row(doc, false)).collect_view()}</ul>
            })}
        }
    }
}
