//! HTTP handlers for `/api/v1`, one module a resource; this file wires them into one router
//! and holds the few helpers every handler shares (timestamps, JSON answers, ETags).
//!
//! - [`session`]: the test login, the session and the logged-in [`User`]
//! - [`idporten`]: the ID-porten login (OpenID Connect, with [`crate::oidc`])
//! - [`meta`]: what the server supports (`GET /meta`)
//! - [`catalogue`]: the programme catalogue and the DeKomp reference data
//! - [`resources`]: the life cycle applications and needs reports share (create, save,
//!   submit, change, withdraw), with [`application`] and [`needs_report`] for what their
//!   content may hold and [`fields`] for the checks both use
//! - [`late_documents`]: documents added to a sent application (ettersending)
//! - [`documents`], uploads
//! - [`test_mode`], `/_test/*` (faults, clock, test_mode::reset, status)
//! - [`request`]: reading request bodies and path ids into typed values
//! - [`static_files`]: the built app, served as a static host would

mod application;
mod catalogue;
mod documents;
mod fields;
mod idporten;
mod late_documents;
mod meta;
mod needs_report;
mod request;
mod resources;
mod session;
mod static_files;
mod test_mode;

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;

use crate::problem::Problem;
use crate::{AppState, MAX_UPLOAD_BYTES};

pub use request::{JsonBody, OptionalJsonBody, ResourceId, UploadForm};
pub use session::{test_identities, User, SESSION_MAX_SECONDS};
pub use static_files::{is_hashed_asset, STATIC_SECURITY_HEADERS};

use resources::Kind;

type S = State<Arc<AppState>>;
type ApiResult = Result<Response, Problem>;

fn ts(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn parse_ts(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

/// JSON answers of some size go compressed (brotli or gzip) to a client that asks, as a good
/// host sends them (the catalogue: 49 KB as it is, 6.5 KB in brotli); documents, already
/// compressed images and PDFs, go as they are.
fn compress_json(
) -> tower_http::compression::CompressionLayer<impl tower_http::compression::Predicate> {
    use tower_http::compression::predicate::{Predicate, SizeAbove};
    let json = |_: StatusCode,
                _: axum::http::Version,
                headers: &axum::http::HeaderMap,
                _: &axum::http::Extensions| {
        headers
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| {
                value.starts_with("application/json")
                    || value.starts_with("application/problem+json")
            })
    };
    tower_http::compression::CompressionLayer::new().compress_when(json.and(SizeAbove::new(1024)))
}

fn json_response(status: StatusCode, body: &Value) -> Response {
    let mut res = (status, body.to_string()).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

fn with_etag(mut res: Response, etag: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(etag) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res
}

pub fn router(state: Arc<AppState>, static_dir: Option<PathBuf>) -> Router {
    let api = Router::new()
        .route("/meta", get(meta::meta))
        .route("/test-identities", get(session::test_identities_handler))
        .route(
            "/session",
            get(session::get_session)
                .post(session::create_session)
                .delete(session::delete_session),
        )
        .route("/session/idporten", post(idporten::create_idporten_session))
        .route("/catalogue", get(catalogue::get_catalogue))
        .route("/reference-data", get(catalogue::get_reference_data))
        .merge(resources::resource_routes(Kind::Application))
        .route(
            "/applications/{id}/late-documents",
            post(late_documents::add_late_document),
        )
        .route(
            "/documents",
            get(documents::list_documents)
                .post(documents::upload_document)
                .layer(DefaultBodyLimit::max(
                    MAX_UPLOAD_BYTES as usize + 1024 * 1024,
                )),
        )
        .route(
            "/documents/{id}",
            axum::routing::delete(documents::delete_document),
        )
        .route("/documents/{id}/content", get(documents::document_content))
        .merge(resources::resource_routes(Kind::NeedsReport))
        .route(
            "/_test/faults",
            post(test_mode::set_faults).delete(test_mode::clear_faults),
        )
        .route(
            "/_test/clock",
            post(test_mode::set_clock).delete(test_mode::clear_clock),
        )
        .route("/_test/reset", post(test_mode::reset))
        .route("/_test/status", post(test_mode::set_status))
        .fallback(api_not_found)
        .method_not_allowed_fallback(method_not_allowed);
    let router = Router::new().nest("/api/v1", api.layer(compress_json()));
    let router = match static_dir {
        // index.html and config.json are compressed as they are sent (a deployment edits
        // them after the build); the hashed files come precompressed and pass through as they are.
        Some(dir) => router.fallback_service(
            tower::ServiceBuilder::new()
                .layer(tower_http::compression::CompressionLayer::new())
                .service_fn(move |req: Request| {
                    let dir = dir.clone();
                    async move {
                        Ok::<_, std::convert::Infallible>(
                            static_files::serve_static(dir, req).await,
                        )
                    }
                }),
        ),
        None => router.fallback(api_not_found),
    };
    router.with_state(state)
}

async fn api_not_found() -> Problem {
    Problem::not_found()
}

async fn method_not_allowed() -> Problem {
    Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "Metoden er ikke tillatt her",
    )
}
