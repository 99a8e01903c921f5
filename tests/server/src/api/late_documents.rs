//! Ettersending: `POST /applications/{id}/late-documents` adds one of the user's documents to
//! a sent application, without sending it again, until the round's document deadline.

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::request::{id, typed, JsonBody, ResourceId};
use super::resources::{attachment_json, check_if_match, load, resource_response, round_of, Kind};
use super::session::User;
use super::{parse_ts, ts, ApiResult, S};
use crate::problem::Problem;
use crate::store::{self, Resource};

/// Documents added to a sent application after its last sending (ettersending): attached to
/// what was sent, but not in the latest receipt.
pub(super) fn late_documents(db: &rusqlite::Connection, r: &Resource) -> Vec<Value> {
    let receipted: Vec<&str> = (r.receipt.as_ref())
        .and_then(|receipt| receipt["attachments"].as_array())
        .into_iter()
        .flatten()
        .filter_map(|attachment| attachment["document_id"].as_str())
        .collect();
    let late: Vec<&str> = (r.submitted_content.as_ref())
        .and_then(|sent| sent["document_ids"].as_array())
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|id| !receipted.contains(id))
        .collect();
    if late.is_empty() {
        return vec![];
    }
    let docs = store::documents(db, &r.owner).unwrap_or_default();
    late.iter()
        .filter_map(|id| docs.iter().find(|d| d.id == *id))
        .map(attachment_json)
        .collect()
}

/// Until when documents may be added to a sent application: the round's document deadline,
/// or its application deadline when it has none; `None` for no limit (rolling admission).
fn late_documents_until(round: &crate::catalogue::AdmissionRound) -> Option<DateTime<Utc>> {
    round
        .document_deadline
        .as_deref()
        .and_then(parse_ts)
        .or(round.deadline_at)
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LateDocument {
    #[serde(deserialize_with = "id::one")]
    document_id: String,
}

/// Ettersending: one of the user's documents added to a sent application, without sending it
/// again, until the round's document deadline.
pub(super) async fn add_late_document(
    State(state): S,
    user: User,
    ResourceId(id): ResourceId,
    headers: HeaderMap,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let mut current = load(&db, Kind::Application, &user, &id)?;
    check_if_match(&headers, &current, false)?;
    let request: LateDocument = typed(body)?;
    let withdrawn_taken =
        current.status == "withdrawn" && state.misbehaviour.takes_late_documents_when_withdrawn();
    if current.status != "submitted" && !withdrawn_taken {
        return Err(Problem::conflict(
            "not_submitted",
            "Dokumenter ettersendes bare til en sendt søknad; legg dem ved utkastet i stedet",
        ));
    }
    let until = round_of(&state, &current)
        .and_then(Value::as_str)
        .and_then(|round_id| {
            state
                .catalogue()
                .round(round_id)
                .and_then(late_documents_until)
        });
    if until.is_some_and(|d| state.now() > d) {
        return Err(Problem::conflict(
            "document_deadline_passed",
            "Fristen for å ettersende dokumenter har gått ut",
        ));
    }
    let owner = match store::document_owner(&db, &request.document_id)? {
        Some(owner) if state.misbehaviour.takes_late_documents_from_anyone() => owner,
        _ => user.national_id.clone(),
    };
    if store::document(&db, &owner, &request.document_id)?.is_none() {
        return Err(Problem::field(
            "/document_id",
            "unknown_document",
            "Fant ikke dokumentet",
        ));
    }
    let document = json!(request.document_id);
    let add_to = |content: &mut Value| -> bool {
        match content
            .get_mut("document_ids")
            .and_then(Value::as_array_mut)
        {
            Some(ids) if ids.contains(&document) => false,
            Some(ids) => {
                ids.push(document.clone());
                true
            }
            None => false,
        }
    };
    let sent = current.submitted_content.get_or_insert_with(|| json!({}));
    if !add_to(sent) {
        return Err(Problem::field(
            "/document_id",
            "duplicate",
            "Dokumentet er allerede sendt med søknaden",
        ));
    }
    // The working copy gets it too, so a later change sent again keeps it.
    add_to(&mut current.content);
    current.version += 1;
    current.updated_at = ts(state.now());
    store::update_resource(&db, &current)?;
    Ok(resource_response(&state, &db, StatusCode::OK, &current))
}
