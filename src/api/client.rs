//! HTTP calls to the backend: base URL from the runtime config, the session token on each
//! call, a time limit, and retries with backoff for calls that are safe to repeat.

use super::problem::{error_from_response, parse_retry_after, ApiError, RetryPolicy};
use gloo_net::http::{Method, Request, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Long enough for a slow mobile connection, short enough that a hung server is reported.
const TIMEOUT_MS: u32 = 20_000;

/// A successful answer: its body and, for resources, the entity tag to send back in `If-Match`.
pub struct Reply {
    pub body: String,
    pub etag: Option<String>,
}

pub(super) const ACCEPT: &str = "application/json, application/problem+json";

/// Told of each authenticated call's outcome, so the session knows when it ends:
/// `Some(sent_at)` (browser clock, ms) after a success, which extended the session; `None`
/// after a 401, which says it has ended.
#[derive(Clone)]
pub struct Observer(pub std::rc::Rc<dyn Fn(Option<i64>)>);

impl PartialEq for Observer {
    fn eq(&self, other: &Observer) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}
impl Eq for Observer {}
impl std::fmt::Debug for Observer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Observer")
    }
}

/// The backend as one caller sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    base_url: String,
    token: Option<String>,
    observer: Option<Observer>,
    /// Sent with `keepalive`: the browser finishes the request after the page has gone.
    keepalive: bool,
}

impl Api {
    pub fn new(base_url: &str, token: Option<String>) -> Api {
        Api {
            base_url: base_url.trim_end_matches('/').to_owned(),
            token,
            observer: None,
            keepalive: false,
        }
    }

    /// For a write sent as the page goes away (a tab closed, say): the browser finishes it
    /// after the page has gone. Browsers refuse such bodies over 64 KB; those stay in the
    /// tab's copy.
    pub fn outliving_page(self) -> Api {
        Api {
            keepalive: true,
            ..self
        }
    }

    pub fn observed(self, observer: Observer) -> Api {
        Api {
            observer: Some(observer),
            ..self
        }
    }

    /// A GET, repeated on transient failures.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let reply = self.with_retries(Method::GET, path).await?;
        parse_body(&reply.body)
    }

    /// A DELETE, repeated on transient failures; its answer read as `T` (`()` or an
    /// `Option` for an empty 204).
    pub async fn delete<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let reply = self.with_retries(Method::DELETE, path).await?;
        parse_body(&reply.body)
    }

    /// A conditional DELETE (`If-Match`), sent once: a repeat after a lost answer would only
    /// find it gone.
    pub async fn delete_if_match(&self, path: &str, etag: &str) -> Result<(), ApiError> {
        self.send(Method::DELETE, path, None, &[("If-Match", etag)])
            .await
            .map(drop)
            .map_err(|(error, _)| error)
    }

    /// A GET that also returns the resource's entity tag.
    pub async fn get_tagged<T: DeserializeOwned>(
        &self,
        path: &str,
    ) -> Result<(T, Option<String>), ApiError> {
        let reply = self.with_retries(Method::GET, path).await?;
        Ok((parse_body(&reply.body)?, reply.etag))
    }

    /// A POST with a JSON body. Never repeated here: the caller decides what is safe.
    pub async fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        self.write(Method::POST, path, Some(body), &[])
            .await
            .map(|(value, _)| value)
    }

    /// A write with optional JSON body and extra headers (`If-Match`, `Idempotency-Key`),
    /// returning the answer and its entity tag. Never repeated here.
    pub async fn write<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
    ) -> Result<(T, Option<String>), ApiError> {
        let json = body
            .map(serde_json::to_string)
            .transpose()
            .map_err(|e| ApiError::Malformed(e.to_string()))?;
        let reply = self
            .send(method, path, json, headers)
            .await
            .map_err(|(error, _)| error)?;
        Ok((parse_body(&reply.body)?, reply.etag))
    }

    /// Tells the observer how an authenticated call sent at `sent` ended.
    pub(super) fn tell(&self, sent: i64, outcome: Result<(), &ApiError>) {
        if let (Some(observer), Some(_)) = (&self.observer, &self.token) {
            match outcome {
                Ok(()) => (observer.0)(Some(sent)),
                Err(error) if error.status() == Some(401) => (observer.0)(None),
                Err(_) => {}
            }
        }
    }

    pub(super) fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// The `Authorization` header's value, when logged in.
    pub(super) fn authorization(&self) -> Option<String> {
        self.token.as_ref().map(|token| format!("Bearer {token}"))
    }

    async fn with_retries(&self, method: Method, path: &str) -> Result<Reply, ApiError> {
        let policy = RetryPolicy::STANDARD;
        let mut failed = 0;
        loop {
            match self.send(method.clone(), path, None, &[]).await {
                Ok(body) => return Ok(body),
                Err((error, retry_after)) => {
                    failed += 1;
                    match policy.delay_ms(failed, &error, retry_after) {
                        Some(delay) => crate::browser::sleep(delay).await,
                        None => return Err(error),
                    }
                }
            }
        }
    }

    /// One attempt. On failure, also the server's `Retry-After` in seconds.
    async fn send(
        &self,
        method: Method,
        path: &str,
        json: Option<String>,
        headers: &[(&str, &str)],
    ) -> Result<Reply, (ApiError, Option<u32>)> {
        let sent = crate::browser::now_millis();
        // The browser's own time limit: no timer of ours holds a closure that could outlive
        // the call (one did: a timer id above i32, as a test clock hands out, was never
        // cleared, and the dropped closure was called when the timer fired).
        let time_limit = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);

        let mut builder = RequestBuilder::new(&self.url(path))
            .method(method)
            .header("Accept", ACCEPT)
            .abort_signal(Some(&time_limit));
        if let Some(authorization) = self.authorization() {
            builder = builder.header("Authorization", &authorization);
        }
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        let request = match json {
            Some(json) => builder
                .header("Content-Type", "application/json")
                .body(json),
            None => builder.build(),
        }
        .map_err(|_| (ApiError::Network, None))?;
        let request = if self.keepalive {
            outliving(request).map_err(|_| (ApiError::Network, None))?
        } else {
            request
        };

        let outcome = async {
            let response = request
                .send()
                .await
                .map_err(|_| (ApiError::Network, None))?;
            let status = response.status();
            let retry_after = response
                .headers()
                .get("retry-after")
                .as_deref()
                .and_then(parse_retry_after);
            let etag = response.headers().get("etag");
            let body = response
                .text()
                .await
                .map_err(|_| (ApiError::Network, retry_after))?;
            if response.ok() {
                Ok(Reply { body, etag })
            } else {
                Err((error_from_response(status, &body), retry_after))
            }
        }
        .await;
        self.tell(sent, outcome.as_ref().map(drop).map_err(|(error, _)| error));
        outcome.map_err(|(error, retry_after)| {
            let timed_out = time_limit.aborted();
            (
                if timed_out { ApiError::Timeout } else { error },
                retry_after,
            )
        })
    }
}

/// The same request with `keepalive` set (gloo's builder has no setter for it).
fn outliving(request: Request) -> Result<Request, JsValue> {
    let init = web_sys::RequestInit::new();
    js_sys::Reflect::set(&init, &JsValue::from_str("keepalive"), &JsValue::TRUE)?;
    web_sys::Request::new_with_request_and_init(&request.into(), &init).map(Request::from)
}

pub(super) fn parse_body<T: DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    // An empty success body (204) reads as JSON null, for callers that expect `()`.
    let body = if body.is_empty() { "null" } else { body };
    serde_json::from_str(body).map_err(|e| ApiError::Malformed(e.to_string()))
}
