//! `GET /meta`: the contract version, logins and upload limits this server has.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::{json_response, S};
use crate::MAX_UPLOAD_BYTES;

pub(super) async fn meta(State(state): S) -> Response {
    let auth_modes = if state.oidc.is_some() {
        vec!["test", "idporten"]
    } else {
        vec!["test"]
    };
    json_response(
        StatusCode::OK,
        &json!({
            "contract_version": crate::CONTRACT_VERSION,
            "auth_modes": auth_modes,
            "upload": {
                "max_bytes": MAX_UPLOAD_BYTES,
                "accepted_types": crate::ACCEPTED_TYPES,
            },
        }),
    )
}
