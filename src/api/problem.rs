//! What can go wrong with a call, read from RFC 9457 problem+json where the server sends it.
//! Pure Rust, so the rules for retrying and for reading errors are tested natively.

use serde::Deserialize;

/// One field's verdict from the server: `pointer` is a JSON pointer into the request body.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct FieldError {
    pub pointer: String,
    pub code: String,
    pub message: String,
}

/// The parts of a problem document the app uses.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Problem {
    pub status: u16,
    pub title: String,
    #[serde(default)]
    pub detail: Option<String>,
    /// Stable machine-readable code (the contract's extension), e.g. `session_expired`.
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// No answer at all: offline, refused, dropped, or blocked by CORS.
    Network,
    /// No answer within the time limit.
    Timeout,
    /// A problem+json answer.
    Problem(Problem),
    /// An error status without a readable problem body (a proxy's HTML page, say).
    Status(u16),
    /// A success status whose body is not what the contract promises.
    Malformed(String),
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Problem(problem) => Some(problem.status),
            ApiError::Status(status) => Some(*status),
            _ => None,
        }
    }

    /// Worth trying again for a call that is safe to repeat: the failure is likely to pass.
    pub fn is_transient(&self) -> bool {
        match self {
            ApiError::Network | ApiError::Timeout => true,
            ApiError::Malformed(_) => false,
            _ => matches!(self.status(), Some(429 | 500 | 502 | 503 | 504)),
        }
    }

    pub fn is_unauthorized(&self) -> bool {
        self.status() == Some(401)
    }

    /// The server's per-field verdicts, empty for other failures.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Problem(problem) => &problem.errors,
            _ => &[],
        }
    }
}

/// Reads an error response. A problem body is used when it parses, whatever the content type
/// says; otherwise the status alone tells what happened.
pub fn error_from_response(status: u16, body: &str) -> ApiError {
    match serde_json::from_str::<Problem>(body) {
        Ok(problem) => ApiError::Problem(Problem { status, ..problem }),
        Err(_) => ApiError::Status(status),
    }
}

/// `Retry-After` in seconds. The HTTP-date form is not used by the contract and is ignored.
pub fn parse_retry_after(header: &str) -> Option<u32> {
    header.trim().parse().ok()
}

/// How often and how patiently idempotent calls are repeated.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    pub max_attempts: u32,
    pub first_delay_ms: u32,
    pub max_delay_ms: u32,
}

impl RetryPolicy {
    pub const STANDARD: RetryPolicy = RetryPolicy {
        max_attempts: 3,
        first_delay_ms: 400,
        max_delay_ms: 8_000,
    };

    /// Wait before the next try after `failed_attempts` failures, or `None` to give up.
    /// The server's `Retry-After` wins over the backoff, within the same ceiling.
    pub fn delay_ms(
        self,
        failed_attempts: u32,
        error: &ApiError,
        retry_after_s: Option<u32>,
    ) -> Option<u32> {
        if failed_attempts >= self.max_attempts || !error.is_transient() {
            return None;
        }
        let backoff = self
            .first_delay_ms
            .saturating_mul(3u32.saturating_pow(failed_attempts.saturating_sub(1)));
        let wanted = retry_after_s.map_or(backoff, |seconds| seconds.saturating_mul(1000));
        Some(wanted.min(self.max_delay_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VALIDATION: &str = r#"{
        "type": "about:blank", "title": "Ugyldige felt", "status": 422, "code": "validation_failed",
        "errors": [{"pointer": "/national_id", "code": "invalid_checksum", "message": "Kontrollsifrene stemmer ikke."}]
    }"#;

    #[test]
    fn reads_field_errors_from_a_problem() {
        let error = error_from_response(422, VALIDATION);
        assert_eq!(error.status(), Some(422));
        assert_eq!(
            error.field_errors(),
            [FieldError {
                pointer: "/national_id".into(),
                code: "invalid_checksum".into(),
                message: "Kontrollsifrene stemmer ikke.".into()
            }]
        );
        assert!(!error.is_transient());
    }

    #[test]
    fn the_http_status_wins_over_the_body() {
        let error = error_from_response(400, VALIDATION);
        assert_eq!(error.status(), Some(400));
    }

    #[test]
    fn a_body_that_is_not_a_problem_keeps_the_status() {
        assert_eq!(
            error_from_response(502, "<html>Bad gateway</html>"),
            ApiError::Status(502)
        );
        assert_eq!(error_from_response(503, ""), ApiError::Status(503));
        assert_eq!(
            error_from_response(500, r#"{"message": "oops"}"#),
            ApiError::Status(500)
        );
    }

    #[test]
    fn which_failures_are_transient() {
        for status in [429, 500, 502, 503, 504] {
            assert!(ApiError::Status(status).is_transient(), "{status}");
        }
        for status in [400, 401, 403, 404, 409, 412, 413, 415, 422, 428] {
            assert!(!ApiError::Status(status).is_transient(), "{status}");
        }
        assert!(ApiError::Network.is_transient());
        assert!(ApiError::Timeout.is_transient());
        assert!(!ApiError::Malformed("x".into()).is_transient());
        assert!(ApiError::Status(401).is_unauthorized());
    }

    #[test]
    fn backoff_grows_and_stops() {
        let policy = RetryPolicy::STANDARD;
        let error = ApiError::Status(503);
        assert_eq!(policy.delay_ms(1, &error, None), Some(400));
        assert_eq!(policy.delay_ms(2, &error, None), Some(1200));
        assert_eq!(policy.delay_ms(3, &error, None), None);
        assert_eq!(policy.delay_ms(1, &ApiError::Status(422), None), None);
    }

    #[test]
    fn retry_after_is_honoured_within_the_ceiling() {
        let policy = RetryPolicy::STANDARD;
        let error = ApiError::Status(503);
        assert_eq!(policy.delay_ms(1, &error, Some(2)), Some(2000));
        assert_eq!(policy.delay_ms(1, &error, Some(3600)), Some(8000));
        assert_eq!(parse_retry_after(" 5 "), Some(5));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"), None);
    }
}
