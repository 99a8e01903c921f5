//! `GET /meta`: the contract version and upload limits this server has.

use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;

use super::json_response;
use crate::MAX_UPLOAD_BYTES;

pub(super) async fn meta() -> Response {
    json_response(
        StatusCode::OK,
        &json!({
            "contract_version": crate::CONTRACT_VERSION,
            "auth_modes": ["test"],
            "upload": {
                "max_bytes": MAX_UPLOAD_BYTES,
                "accepted_types": crate::ACCEPTED_TYPES,
            },
        }),
    )
}
