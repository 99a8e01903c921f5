//! RFC 9457 problem details.

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// One field-level error: where in the request body, a stable code and a message in bokmål.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FieldError {
    pub pointer: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(pointer: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        FieldError {
            pointer: pointer.into(),
            code: code.into(),
            message: message.into(),
        }
    }
}

/// Escapes one JSON pointer reference token (RFC 6901).
pub fn escape_token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

#[derive(Debug)]
pub struct Problem {
    pub status: StatusCode,
    pub code: &'static str,
    pub title: String,
    pub detail: Option<String>,
    pub errors: Vec<FieldError>,
    pub headers: Vec<(HeaderName, String)>,
}

pub const TYPE_BASE: &str = "https://skoleleder.example/problems/";

impl Problem {
    pub fn new(status: StatusCode, code: &'static str, title: impl Into<String>) -> Self {
        Problem {
            status,
            code,
            title: title.into(),
            detail: None,
            errors: vec![],
            headers: vec![],
        }
    }
    pub fn detail(mut self, d: impl Into<String>) -> Self {
        self.detail = Some(d.into());
        self
    }
    pub fn header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }
    /// `Ok` when there are no field errors, else the 422 listing them. The only way to build a
    /// validation problem, so none is ever sent with an empty `errors` list.
    pub fn unless_field_errors(errors: Vec<FieldError>) -> Result<(), Problem> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Problem::validation(errors))
        }
    }
    fn validation(errors: Vec<FieldError>) -> Self {
        let mut p = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
            "Noen felt må rettes",
        );
        if errors.iter().any(|e| e.code == "deadline_passed") {
            p.code = "deadline_passed";
            p.title = "Fristen har gått ut".into();
        }
        p.errors = errors;
        p
    }
    pub fn field(pointer: &str, code: &str, message: &str) -> Self {
        Problem::validation(vec![FieldError::new(pointer, code, message)])
    }
    pub fn not_found() -> Self {
        Problem::new(StatusCode::NOT_FOUND, "not_found", "Fant ikke ressursen")
    }
    pub fn unauthorized(code: &'static str) -> Self {
        let title = if code == "session_expired" {
            "Økten er utløpt. Logg inn på nytt."
        } else {
            "Du må logge inn"
        };
        Problem::new(StatusCode::UNAUTHORIZED, code, title)
            .header(header::WWW_AUTHENTICATE, "Bearer")
    }
    pub fn bad_request(code: &'static str, title: &str) -> Self {
        Problem::new(StatusCode::BAD_REQUEST, code, title)
    }
    pub fn conflict(code: &'static str, title: &str) -> Self {
        Problem::new(StatusCode::CONFLICT, code, title)
    }
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {detail}");
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal_error",
            "Noe gikk galt på serveren",
        )
    }

    pub fn body(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "type": format!("{TYPE_BASE}{}", self.code),
            "title": self.title,
            "status": self.status.as_u16(),
            "code": self.code,
        });
        if let Some(d) = &self.detail {
            v["detail"] = d.clone().into();
        }
        if !self.errors.is_empty() {
            v["errors"] = serde_json::to_value(&self.errors).expect("errors serialise");
        }
        v
    }
}

impl<E: std::fmt::Display> From<E> for Problem
where
    E: std::error::Error,
{
    fn from(e: E) -> Self {
        Problem::internal(e)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let body = self.body().to_string();
        let mut res = (self.status, body).into_response();
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        for (name, value) in self.headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                res.headers_mut().insert(name, v);
            }
        }
        res
    }
}
