//! The built app, served as a good static host would serve it (`--static-dir`).

use std::path::PathBuf;

use axum::extract::Request;
use axum::http::{header, HeaderValue, Method};
use axum::response::{IntoResponse, Response};

use crate::problem::Problem;

/// What the app's own `<meta>` Content-Security-Policy cannot say, sent with every answer of
/// the static host: no page may frame the app (`frame-ancestors` and, for old browsers,
/// X-Frame-Options), no content-type guessing, no Referer to anyone (the app's addresses carry
/// application and report ids, and it needs no Referer: the API takes Bearer tokens, and
/// fetch still sends Origin), and none of the powerful features the app does not use.
pub const STATIC_SECURITY_HEADERS: [(&str, &str); 5] = [
    ("content-security-policy", "frame-ancestors 'none'"),
    ("x-frame-options", "DENY"),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    (
        "permissions-policy",
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), \
         magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()",
    ),
];

/// Serves the built app as a good static host would: `index.html` for the app's own paths
/// (deep links), the build's precompressed `.br`/`.gz` files where the browser takes them,
/// cache headers that let hashed files be kept for good while `index.html` and `config.json`
/// are asked for again each time (a new build or configuration is seen at once), and
/// [`STATIC_SECURITY_HEADERS`] on every answer.
pub(super) async fn serve_static(dir: PathBuf, req: Request) -> Response {
    let mut response = serve_static_file(dir, req).await;
    for (name, value) in STATIC_SECURITY_HEADERS {
        response
            .headers_mut()
            .insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn serve_static_file(dir: PathBuf, req: Request) -> Response {
    use tower::ServiceExt;
    let path = req.uri().path().to_string();
    if path.starts_with("/api/") || path == "/api" {
        return Problem::not_found().into_response();
    }
    let last = path.rsplit('/').next().unwrap_or("").to_string();
    let served =
        if (req.method() == Method::GET || req.method() == Method::HEAD) && !last.contains('.') {
            tower_http::services::ServeFile::new(dir.join("index.html"))
                .oneshot(req)
                .await
                .map(IntoResponse::into_response)
        } else {
            tower_http::services::ServeDir::new(dir)
                .precompressed_br()
                .precompressed_gzip()
                .oneshot(req)
                .await
                .map(IntoResponse::into_response)
        };
    let mut response = match served {
        Ok(response) => response,
        Err(e) => return Problem::internal(e).into_response(),
    };
    if response.status().is_success() {
        let policy = if is_hashed_asset(&last) {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// A file Trunk names by its content (`app-0123456789abcdef.wasm`): it never changes.
pub fn is_hashed_asset(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}
