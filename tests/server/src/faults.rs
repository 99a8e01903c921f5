//! Fault injection for test mode: latency, error statuses, dropped connections, malformed
//! bodies, expiring sessions and slow uploads.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};

use crate::problem::Problem;
use crate::{AppState, DropConnection};

/// The fault settings posted to `/api/v1/_test/faults`.
#[derive(Debug, Clone, Deserialize, Serialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Faults {
    pub path_prefix: Option<String>,
    pub latency_ms: Option<u64>,
    pub status: Option<u16>,
    pub retry_after_seconds: Option<u64>,
    #[serde(default)]
    pub drop_connection: bool,
    #[serde(default)]
    pub malformed_json: bool,
    pub unauthorized_after_requests: Option<u64>,
    pub slow_upload_bytes_per_second: Option<u64>,
    pub remaining: Option<u64>,
    #[serde(skip)]
    pub seen: u64,
}

impl Faults {
    pub fn validate(&self) -> Result<(), Problem> {
        if let Some(s) = self.status {
            if s != 500 && s != 503 {
                return Err(Problem::field(
                    "/status",
                    "invalid_option",
                    "Status må være 500 eller 503",
                ));
            }
        }
        if let Some(p) = &self.path_prefix {
            if !p.starts_with('/') {
                return Err(Problem::field(
                    "/path_prefix",
                    "invalid_format",
                    "Prefikset må starte med /",
                ));
            }
        }
        if self.slow_upload_bytes_per_second == Some(0) {
            return Err(Problem::field(
                "/slow_upload_bytes_per_second",
                "out_of_range",
                "Må være minst 1",
            ));
        }
        if self.latency_ms.is_some_and(|l| l > 120_000) {
            return Err(Problem::field(
                "/latency_ms",
                "out_of_range",
                "Høyst 120000 ms",
            ));
        }
        Ok(())
    }
}

/// What one request should suffer, decided under the lock.
struct Applied {
    latency: Option<Duration>,
    status: Option<(u16, Option<u64>)>,
    drop: bool,
    malformed: bool,
    unauthorized: bool,
    slow: Option<u64>,
}

fn decide(state: &AppState, path: &str) -> Option<Applied> {
    let mut guard = state.faults.lock().expect("faults lock");
    let f = guard.as_mut()?;
    let prefix = f.path_prefix.as_deref().unwrap_or("/api/");
    if !path.starts_with(prefix) {
        return None;
    }
    if let Some(rem) = f.remaining.as_mut() {
        if *rem == 0 {
            *guard = None;
            return None;
        }
        *rem -= 1;
    }
    f.seen += 1;
    let applied = Applied {
        latency: f.latency_ms.map(Duration::from_millis),
        status: f.status.map(|s| (s, f.retry_after_seconds)),
        drop: f.drop_connection,
        malformed: f.malformed_json,
        unauthorized: f.unauthorized_after_requests.is_some_and(|n| f.seen > n),
        slow: f.slow_upload_bytes_per_second,
    };
    if f.remaining == Some(0) {
        *guard = None;
    }
    Some(applied)
}

fn throttle(body: Body, bytes_per_second: u64) -> Body {
    let stream = body.into_data_stream().then(move |chunk| async move {
        if let Ok(c) = &chunk {
            let ms = (c.len() as u64).saturating_mul(1000) / bytes_per_second;
            tokio::time::sleep(Duration::from_millis(ms)).await;
        }
        chunk
    });
    Body::from_stream(stream)
}

/// Axum middleware applying the active faults (never to the `/api/v1/_test/` endpoints).
pub async fn middleware(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if !state.test_mode || path.starts_with("/api/v1/_test/") {
        return next.run(req).await;
    }
    let Some(applied) = decide(&state, &path) else {
        return next.run(req).await;
    };
    if let Some(l) = applied.latency {
        tokio::time::sleep(l).await;
    }
    if applied.drop {
        let mut res = StatusCode::INTERNAL_SERVER_ERROR.into_response();
        res.extensions_mut().insert(DropConnection);
        return res;
    }
    if let Some((status, retry)) = applied.status {
        let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut p = if status == 503 {
            Problem::new(
                code,
                "service_unavailable",
                "Tjenesten er midlertidig utilgjengelig",
            )
        } else {
            Problem::new(code, "internal_error", "Noe gikk galt på serveren")
        };
        if let Some(r) = retry {
            p = p.header(header::RETRY_AFTER, r.to_string());
        }
        return p.detail("Feil fremprovosert i testmodus").into_response();
    }
    // Only a request with a session has one to expire; an operation without one declares no 401.
    if applied.unauthorized && req.headers().contains_key(header::AUTHORIZATION) {
        return Problem::unauthorized("session_expired").into_response();
    }
    let req = match applied.slow {
        Some(rate) => req.map(|b| throttle(b, rate)),
        None => req,
    };
    let mut res = next.run(req).await;
    if applied.malformed {
        let (mut parts, _) = res.into_parts();
        parts.headers.remove(header::CONTENT_LENGTH);
        // The body below goes as it is, whatever the real answer's compression was.
        parts.headers.remove(header::CONTENT_ENCODING);
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        res = Response::from_parts(parts, Body::from("{\"truncated\": [1, 2,"));
    }
    res
}
