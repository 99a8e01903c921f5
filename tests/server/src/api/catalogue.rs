//! `GET /catalogue` and `GET /reference-data`: the data files under `data/`, with their
//! deadlines counted from the server's anchor (see [`crate::catalogue`]).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{json_response, S};

pub(super) async fn get_catalogue(State(state): S) -> Response {
    json_response(
        StatusCode::OK,
        &serde_json::to_value(state.catalogue()).expect("catalogue"),
    )
}

pub(super) async fn get_reference_data(State(state): S) -> Response {
    json_response(
        StatusCode::OK,
        &serde_json::to_value(state.reference_data()).expect("reference data"),
    )
}
