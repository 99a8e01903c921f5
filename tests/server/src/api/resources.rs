//! The life cycle applications and needs reports share: list, create, read, save, delete a
//! draft, submit (and send a change again) and withdraw, with ETags and Idempotency-Key. What
//! differs between the two kinds is in [`Kind`] and in their content modules.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::application::ApplicationContent;
use super::late_documents::late_documents;
use super::needs_report::NeedsReportContent;
use super::request::{typed, JsonBody, OptionalJsonBody, ResourceId};
use super::session::User;
use super::{json_response, parse_ts, ts, with_etag, ApiResult, S};
use crate::problem::{FieldError, Problem};
use crate::store::{self, Resource};
use crate::AppState;

fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().trim_start_matches("W/").to_string())
}

pub(super) fn check_if_match(
    headers: &HeaderMap,
    r: &Resource,
    required: bool,
) -> Result<(), Problem> {
    match if_match(headers) {
        None if required => Err(Problem::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            "Endringen må sendes med If-Match (ETag fra siste henting)",
        )),
        None => Ok(()),
        Some(v) if v == "*" => Ok(()),
        Some(v) => {
            if v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == r.etag())
            {
                Ok(())
            } else {
                Err(Problem::new(
                    StatusCode::PRECONDITION_FAILED,
                    "etag_mismatch",
                    "Noen andre har endret dette i mellomtiden. Hent siste versjon og prøv igjen.",
                )
                .header(header::ETAG, r.etag()))
            }
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Application,
    NeedsReport,
}

impl Kind {
    fn of(resource: &Resource) -> Kind {
        if resource.kind == "application" {
            Kind::Application
        } else {
            Kind::NeedsReport
        }
    }
    fn name(self) -> &'static str {
        match self {
            Kind::Application => "application",
            Kind::NeedsReport => "needs_report",
        }
    }
    fn prefix(self) -> &'static str {
        match self {
            Kind::Application => "SOK",
            Kind::NeedsReport => "BM",
        }
    }
    /// The collection's path segment under `/api/v1`.
    fn collection(self) -> &'static str {
        match self {
            Kind::Application => "applications",
            Kind::NeedsReport => "needs-reports",
        }
    }
    /// "The deadline has passed" for a change (`act`: "endres", "trekkes her") to this kind.
    fn deadline_passed(self, act: &str) -> Problem {
        let (deadline, it) = match self {
            Kind::Application => ("Søknadsfristen", "søknaden"),
            Kind::NeedsReport => ("Fristen for behovsmeldinger", "behovsmeldingen"),
        };
        Problem::conflict(
            "deadline_passed",
            &format!("{deadline} har gått ut; {it} kan ikke {act}"),
        )
    }
}

/// The life cycle both kinds share: list, create, read, save, delete a draft, submit (and send
/// a change again) and withdraw.
pub(super) fn resource_routes(kind: Kind) -> Router<Arc<AppState>> {
    let base = format!("/{}", kind.collection());
    Router::new()
        .route(
            &base,
            get(move |State(state): S, user: User| async move { list(&state, kind, &user) }).post(
                move |State(state): S, user: User, OptionalJsonBody(body): OptionalJsonBody| async move {
                    create(&state, kind, &user, body)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}"),
            get(
                move |State(state): S, user: User, ResourceId(id): ResourceId| async move {
                    let db = state.db.lock().expect("db lock");
                    let r = load(&db, kind, &user, &id)?;
                    Ok::<_, Problem>(resource_response(&state, &db, StatusCode::OK, &r))
                },
            )
            .delete(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    delete_draft(&state, kind, &user, &id, &headers)
                },
            )
            .put(
                move |State(state): S,
                      user: User,
                      ResourceId(id): ResourceId,
                      headers: HeaderMap,
                      JsonBody(body): JsonBody| async move {
                    put(&state, kind, &user, &id, &headers, body)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}/submit"),
            post(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    submit(&state, kind, &user, &id, &headers)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}/withdraw"),
            post(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    withdraw(&state, kind, &user, &id, &headers)
                },
            ),
        )
}

fn resource_json(state: &AppState, db: &rusqlite::Connection, r: &Resource) -> Value {
    let mut v = json!({
        "id": r.id,
        "status": r.status,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
        "submitted_at": r.submitted_at,
        "receipt": r.receipt,
        "content": r.content,
        "findings": findings(state, db, r),
        "withdrawn_at": r.withdrawn_at,
        "unsent_changes": unsent_changes(r),
    });
    if Kind::of(r) == Kind::Application {
        v["late_documents"] = json!(late_documents(db, r));
    }
    v
}

/// A document as a receipt lists it.
pub(super) fn attachment_json(d: &store::Document) -> Value {
    json!({"document_id": d.id, "filename": d.filename, "document_type": d.document_type,
           "size": d.size, "sha256": d.sha256})
}

pub(super) fn resource_response(
    state: &AppState,
    db: &rusqlite::Connection,
    status: StatusCode,
    r: &Resource,
) -> Response {
    with_etag(
        json_response(status, &resource_json(state, db, r)),
        &r.etag(),
    )
}

/// A sent resource changed since it was last sent.
fn unsent_changes(r: &Resource) -> bool {
    r.status == "submitted" && r.submitted_content.as_ref() != Some(&r.content)
}

/// Reads content as the contract shapes it and returns the canonical JSON to store. Only the
/// shape is refused (unknown fields, wrong JSON types); the values are kept as typed, however
/// wrong or unfinished, and judged by [`findings`].
fn parse_content(kind: Kind, body: Value) -> Result<Value, Problem> {
    let canonical = match kind {
        Kind::Application => serde_json::to_value(typed::<ApplicationContent>(body)?),
        Kind::NeedsReport => serde_json::to_value(typed::<NeedsReportContent>(body)?),
    };
    Ok(canonical.expect("content"))
}

/// What a submission would be refused for now: wrong values and what is still missing. Empty
/// for a resource that can no longer be sent (withdrawn, decided, ...).
fn findings(state: &AppState, db: &rusqlite::Connection, r: &Resource) -> Vec<FieldError> {
    if r.status != "draft" && !unsent_changes(r) {
        return vec![];
    }
    let now = state.now();
    match Kind::of(r) {
        Kind::Application => {
            let Ok(content) = serde_json::from_value::<ApplicationContent>(r.content.clone())
            else {
                return vec![];
            };
            let catalogue = state.catalogue();
            let docs = store::documents(db, &r.owner).unwrap_or_default();
            let mut found = content.check(&catalogue, &docs, now.date_naive());
            found.extend(content.check_complete(&catalogue, &docs, now));
            if r.status == "submitted"
                && r.submitted_content.as_ref().and_then(|c| c.get("round_id"))
                    != r.content.get("round_id")
            {
                found.push(FieldError::new(
                    "/round_id",
                    "not_editable",
                    "Opptaket kan ikke byttes etter innsending",
                ));
            }
            found
        }
        Kind::NeedsReport => {
            let Ok(content) = serde_json::from_value::<NeedsReportContent>(r.content.clone())
            else {
                return vec![];
            };
            let reference = state.reference_data();
            let mut found = content.check(&reference);
            found.extend(content.check_complete(&reference, now));
            found
        }
    }
}

fn list(state: &AppState, kind: Kind, user: &User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let mut listed = store::resources(&db, kind.name(), &user.national_id)?;
    if kind == Kind::Application && state.misbehaviour.lists_others_application_drafts() {
        listed.extend(store::drafts_of_others(
            &db,
            kind.name(),
            &user.national_id,
        )?);
    }
    let items: Vec<Value> = listed
        .iter()
        .map(|r| resource_json(state, &db, r))
        .collect();
    Ok(json_response(StatusCode::OK, &json!({ "items": items })))
}

fn create(state: &AppState, kind: Kind, user: &User, body: Value) -> ApiResult {
    let content = parse_content(kind, body)?;
    let now = ts(state.now());
    let r = Resource {
        id: store::random_hex(16),
        kind: kind.name().into(),
        owner: user.national_id.clone(),
        status: "draft".into(),
        version: 1,
        content,
        created_at: now.clone(),
        updated_at: now,
        submitted_at: None,
        withdrawn_at: None,
        receipt: None,
        submitted_content: None,
    };
    let db = state.db.lock().expect("db lock");
    store::insert_resource(&db, &r)?;
    let mut res = resource_response(state, &db, StatusCode::CREATED, &r);
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/{}/{}", kind.collection(), r.id)) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    Ok(res)
}

/// One of the user's resources; another user's is not found.
pub(super) fn load(
    db: &rusqlite::Connection,
    kind: Kind,
    user: &User,
    id: &str,
) -> Result<Resource, Problem> {
    store::resource(db, kind.name(), &user.national_id, id)?.ok_or_else(Problem::not_found)
}

/// The response stored with an Idempotency-Key, as it was first sent.
fn replayed(status: u16, body: &str) -> Response {
    let body: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    json_response(
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        &body,
    )
}

/// The last instant a resource can be sent, changed or withdrawn: its round's deadline for an
/// application (none with rolling admission), the reference data's for a needs report. A sent
/// application's round is the one it was sent in, whatever its working copy says.
fn deadline(state: &AppState, r: &Resource) -> Option<DateTime<Utc>> {
    match Kind::of(r) {
        Kind::Application => {
            let round_id = round_of(state, r)?.as_str()?;
            state.catalogue().round(round_id)?.deadline_at
        }
        Kind::NeedsReport => parse_ts(&state.reference_data().needs_report_deadline),
    }
}

/// The round an application belongs to: the one it was sent in, once sent.
pub(super) fn round_of<'a>(state: &AppState, r: &'a Resource) -> Option<&'a Value> {
    let sent = r.submitted_content.as_ref();
    let content = match sent {
        Some(sent) if !state.misbehaviour.unlocks_rounds() => sent,
        _ => &r.content,
    };
    content.get("round_id")
}

/// Saves whatever was typed: a draft, or a change to a sent resource before its deadline (sent
/// again by `submit`). The answer's `findings` say what a submission would refuse.
fn put(
    state: &AppState,
    kind: Kind,
    user: &User,
    id: &str,
    headers: &HeaderMap,
    body: Value,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    // Checked and written under one lock, so two writers cannot both pass the ETag check.
    let mut current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, true)?;
    let content = parse_content(kind, body)?;
    match current.status.as_str() {
        "draft" => {}
        "submitted" => {
            if deadline(state, &current).is_some_and(|d| state.now() > d) {
                return Err(kind.deadline_passed("endres"));
            }
            if kind == Kind::Application
                && round_of(state, &current) != content.get("round_id")
                && !state.misbehaviour.unlocks_rounds()
            {
                return Err(Problem::conflict(
                    "round_locked",
                    "En sendt søknad hører til opptaket den ble sendt i; trekk den og søk på nytt i et annet opptak",
                ));
            }
        }
        _ => {
            return Err(Problem::conflict(
                "not_editable",
                "Kan ikke endres i denne statusen",
            ))
        }
    }
    current.content = content;
    current.version += 1;
    current.updated_at = ts(state.now());
    store::update_resource(&db, &current)?;
    Ok(resource_response(state, &db, StatusCode::OK, &current))
}

/// Deletes a draft that was never sent; anything sent stays (withdraw it instead).
fn delete_draft(
    state: &AppState,
    kind: Kind,
    user: &User,
    id: &str,
    headers: &HeaderMap,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, true)?;
    if current.status != "draft" {
        return Err(Problem::conflict(
            "not_deletable",
            "Bare utkast som aldri er sendt, kan slettes",
        ));
    }
    store::delete_resource(&db, id)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn submit(state: &AppState, kind: Kind, user: &User, id: &str, headers: &HeaderMap) -> ApiResult {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            Problem::bad_request(
                "idempotency_key_required",
                "Innsending må ha headeren Idempotency-Key",
            )
        })?
        .to_string();
    if key.len() > 255 {
        return Err(Problem::bad_request(
            "idempotency_key_invalid",
            "Idempotency-Key er for lang (høyst 255 tegn)",
        ));
    }
    // One lock from the key's check to the write: two requests with one key (a double click,
    // a retry) cannot both send.
    let mut db = state.db.lock().expect("db lock");
    let owner =
        (!state.misbehaviour.shares_idempotency_keys()).then_some(user.national_id.as_str());
    if let Some((rid, status, body)) = store::idempotent(&db, owner, &key)? {
        if rid != id {
            return Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "Idempotency-Key er allerede brukt for en annen innsending",
            ));
        }
        let r = load(&db, kind, user, id)?;
        let mut res = replayed(status, &body);
        res.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
        return Ok(with_etag(res, &r.etag()));
    }
    let r = load(&db, kind, user, id)?;
    check_if_match(headers, &r, false)?;
    // A sent application is sent again only when it has changed since.
    if r.status != "draft" && !unsent_changes(&r) {
        return Err(Problem::conflict(
            "already_submitted",
            "Dette er allerede sendt inn",
        ));
    }
    Problem::unless_field_errors(findings(state, &db, &r))?;
    let now = state.now();
    let mut current = r;
    // A change keeps the reference number; only a first sending takes a new one (outside the
    // submission's transaction: a crash after this leaves a gap, never a duplicate).
    let previous = current.receipt.as_ref();
    let revision = previous.and_then(|p| p["revision"].as_i64()).unwrap_or(0) + 1;
    let reference_number = match previous.and_then(|p| p["reference_number"].as_str()) {
        Some(reference) => reference.to_owned(),
        None => {
            let seq = store::next_counter(&db, kind.name())?;
            let year = crate::clock::to_cet(now).format("%Y");
            format!("{}-{year}-{seq:06}", kind.prefix())
        }
    };
    let attachments: Vec<Value> = match kind {
        Kind::Application => {
            let docs = store::documents(&db, &user.national_id)?;
            current
                .content
                .get("document_ids")
                .and_then(Value::as_array)
                .map(|ids| {
                    ids.iter()
                        .filter_map(|i| docs.iter().find(|d| Some(d.id.as_str()) == i.as_str()))
                        .map(attachment_json)
                        .collect()
                })
                .unwrap_or_default()
        }
        Kind::NeedsReport => vec![],
    };
    let receipt = json!({
        "reference_number": reference_number,
        "resource_id": current.id,
        "submitted_at": ts(now),
        "revision": revision,
        "attachments": attachments,
    });
    current.status = "submitted".into();
    current.version += 1;
    current.submitted_at = Some(ts(now));
    current.updated_at = ts(now);
    current.receipt = Some(receipt.clone());
    current.submitted_content = Some(current.content.clone());
    store::record_submission(&mut db, &current, &key, &receipt.to_string())?;
    Ok(with_etag(
        json_response(StatusCode::OK, &receipt),
        &current.etag(),
    ))
}

/// Withdraws a draft, or a sent resource before its deadline; after that nothing about it can
/// be changed or sent.
fn withdraw(state: &AppState, kind: Kind, user: &User, id: &str, headers: &HeaderMap) -> ApiResult {
    // Checked and written under one lock, so a concurrent submit, save or withdraw cannot
    // change the status between the check and the write.
    let db = state.db.lock().expect("db lock");
    let mut current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, false)?;
    if current.status != "draft" && current.status != "submitted" {
        return Err(Problem::conflict(
            "not_withdrawable",
            "Kan ikke trekkes i denne statusen",
        ));
    }
    if current.status == "submitted" && deadline(state, &current).is_some_and(|d| state.now() > d) {
        return Err(kind.deadline_passed("trekkes her"));
    }
    let now = ts(state.now());
    current.status = "withdrawn".into();
    current.version += 1;
    current.withdrawn_at = Some(now.clone());
    current.updated_at = now;
    store::update_resource(&db, &current)?;
    Ok(resource_response(state, &db, StatusCode::OK, &current))
}
