//! `/_test/*`, only with `--test-mode` (404 otherwise): fault injection, the test clock, a
//! reset that wipes all data, and statuses only a caseworker could set.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::request::{id, typed, JsonBody};
use super::resources::resource_response;
use super::{json_response, parse_ts, ts, ApiResult, S};
use crate::problem::Problem;
use crate::store::{self, Resource};
use crate::AppState;

fn test_only(state: &AppState) -> Result<(), Problem> {
    if state.test_mode {
        Ok(())
    } else {
        Err(Problem::not_found())
    }
}

pub(super) async fn set_faults(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let f: crate::faults::Faults = typed(body)?;
    f.validate()?;
    *state.faults.lock().expect("faults lock") = Some(f);
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub(super) async fn clear_faults(State(state): S) -> ApiResult {
    test_only(&state)?;
    *state.faults.lock().expect("faults lock") = None;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ClockRequest {
    now: Option<String>,
}

pub(super) async fn set_clock(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let req: ClockRequest = typed(body)?;
    let now = req.now.as_deref().and_then(parse_ts).ok_or_else(|| {
        Problem::field(
            "/now",
            "invalid_format",
            "Oppgi et RFC 3339-tidspunkt med tidssone",
        )
    })?;
    state.set_now(now);
    Ok(json_response(StatusCode::OK, &json!({ "now": ts(now) })))
}

pub(super) async fn clear_clock(State(state): S) -> ApiResult {
    test_only(&state)?;
    state.clear_clock();
    Ok(json_response(
        StatusCode::OK,
        &json!({ "now": ts(state.now()) }),
    ))
}

pub(super) async fn reset(State(state): S) -> ApiResult {
    test_only(&state)?;
    {
        let db = state.db.lock().expect("db lock");
        store::wipe(&db)?;
    }
    if let Ok(entries) = std::fs::read_dir(state.uploads_dir()) {
        for e in entries.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
    *state.faults.lock().expect("faults lock") = None;
    state.set_anchor(state.now());
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct StatusRequest {
    kind: String,
    #[serde(deserialize_with = "id::one")]
    id: String,
    status: String,
}

pub(super) async fn set_status(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let req: StatusRequest = typed(body)?;
    let allowed: &[&str] = match req.kind.as_str() {
        "application" => &["draft", "submitted", "withdrawn", "offer", "rejected"],
        "needs_report" => &["draft", "submitted", "withdrawn", "recommended", "decided"],
        _ => {
            return Err(Problem::field(
                "/kind",
                "invalid_option",
                "application eller needs_report",
            ))
        }
    };
    if !allowed.contains(&req.status.as_str()) {
        return Err(Problem::field(
            "/status",
            "invalid_option",
            "Ugyldig status for denne typen",
        ));
    }
    let db = state.db.lock().expect("db lock");
    let mut r: Resource = db
        .query_row(
            "SELECT owner FROM resources WHERE id = ?1 AND kind = ?2",
            [&req.id, &req.kind],
            |r| r.get::<_, String>(0),
        )
        .ok()
        .and_then(|owner| {
            store::resource(&db, &req.kind, &owner, &req.id)
                .ok()
                .flatten()
        })
        .ok_or_else(Problem::not_found)?;
    r.status = req.status;
    r.version += 1;
    r.updated_at = ts(state.now());
    store::update_resource(&db, &r)?;
    Ok(resource_response(&state, &db, StatusCode::OK, &r))
}
