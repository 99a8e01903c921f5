//! Proof that the conformance suite fails: it runs against deliberately wrong servers and each
//! wrong behaviour must make a named area fail. Most are the reference backend behind a proxy
//! that really misbehaves (it forwards, so what it accepts is stored); the clock-driven ones
//! switch on the backend's in-process [`reference_backend::misbehave::Misbehaviour`].

mod common;
mod suite;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::body::{Body, Bytes};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::Response;
use reference_backend::misbehave::Misbehaviour;
use serde_json::{json, Value};
use suite::provider::Provider;
use suite::{Outcome, Suite, Target, TestMode, APP_ORIGIN};

/// What the proxy does wrong.
#[derive(Clone, Copy, Debug)]
enum Fault {
    /// Nothing: shows that the proxy alone breaks no area.
    Passthrough,
    NoEtag,
    StaleIfMatchAccepted,
    IdempotencyKeyIgnored,
    ProblemsAsPlainJson,
    ProblemsWithoutFieldErrors,
    NationalIdChecksumUnchecked,
    OrganisationNumberChecksumUnchecked,
    NoCors,
    /// Answers this status where the server says 404 for a resource.
    NotFoundAs(u16),
    /// Advertises a smaller upload limit than it enforces.
    UploadLimitUnenforced,
    /// Serves authenticated operations without a session (it logs in on the caller's behalf).
    SessionNotRequired,
    /// Takes a PUT without a body as an empty draft.
    BodylessPutAccepted,
    /// Names the person in a session by the national id.
    SubjectIsNationalId,
    /// Sends downloads without the headers the contract promises (nosniff, attachment).
    DownloadHeadersDropped,
    /// Ignores If-Match on the actions (submit, withdraw, late documents), where it is optional.
    IfMatchIgnoredOnActions,
    /// Writes 400 as the `status` of every problem, whatever the response's status.
    ProblemStatusWrong,
}

/// A behaviour the backend has only in-process (see `Misbehaviour`).
#[derive(Clone, Copy, Debug)]
enum Misbehaving {
    DeadlinesIgnored,
    IdleLimitUnenforced,
    SessionLifetimeUnenforced,
    RoundsUnlocked,
    LateDocumentsFromAnyone,
    LateDocumentsWhenWithdrawn,
    IdempotencyKeysShared,
    OthersDraftsListed,
}

impl Misbehaving {
    fn switch_on(self, m: &Misbehaviour) {
        let flag = match self {
            Misbehaving::DeadlinesIgnored => &m.ignore_deadlines,
            Misbehaving::IdleLimitUnenforced => &m.ignore_idle_limit,
            Misbehaving::SessionLifetimeUnenforced => &m.ignore_session_lifetime,
            Misbehaving::RoundsUnlocked => &m.unlock_rounds,
            Misbehaving::LateDocumentsFromAnyone => &m.late_documents_from_anyone,
            Misbehaving::LateDocumentsWhenWithdrawn => &m.late_documents_when_withdrawn,
            Misbehaving::IdempotencyKeysShared => &m.shared_idempotency_keys,
            Misbehaving::OthersDraftsListed => &m.list_others_application_drafts,
        };
        flag.store(true, Ordering::Relaxed);
    }
}

#[derive(Debug)]
enum Wrong {
    Proxy(Fault),
    Backend(Misbehaving),
    WithoutTestMode,
}

struct Exchange {
    method: Method,
    path: String,
    headers: HeaderMap,
    body: Bytes,
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn is_problem(&self) -> bool {
        self.headers
            .get(header::CONTENT_TYPE)
            .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"))
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
    fn set_json(&mut self, body: &Value) {
        self.body = Bytes::from(body.to_string());
    }
}

struct Proxy {
    upstream: String,
    client: reqwest::Client,
    fault: Fault,
    next_key: AtomicU64,
}

const RESOURCES: [&str; 3] = [
    "/api/v1/applications/",
    "/api/v1/documents/",
    "/api/v1/needs-reports/",
];

impl Proxy {
    /// `None` when the upstream connection failed (the proxy then fails the same way).
    async fn send(&self, req: &Exchange) -> Option<Answer> {
        let res = self
            .client
            .request(req.method.clone(), format!("{}{}", self.upstream, req.path))
            .headers(req.headers.clone())
            .body(req.body.clone())
            .send()
            .await
            .ok()?;
        Some(Answer {
            status: res.status(),
            headers: res.headers().clone(),
            body: res.bytes().await.ok()?,
        })
    }

    /// Logs in upstream as the first test identity.
    async fn login(&self) -> Option<Answer> {
        let get = |path: &str, body: Option<Value>| Exchange {
            method: if body.is_some() {
                Method::POST
            } else {
                Method::GET
            },
            path: path.to_string(),
            headers: HeaderMap::from_iter([(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )]),
            body: body.map(|b| Bytes::from(b.to_string())).unwrap_or_default(),
        };
        let ids = self.send(&get("/api/v1/test-identities", None)).await?;
        let nid = ids.json()["items"][0]["national_id"].clone();
        self.send(&get("/api/v1/session", Some(json!({"national_id": nid}))))
            .await
    }

    async fn before(&self, req: &mut Exchange) -> Option<()> {
        match self.fault {
            Fault::StaleIfMatchAccepted
                if req.method == Method::PUT && req.headers.contains_key(header::IF_MATCH) =>
            {
                let current = self
                    .send(&Exchange {
                        method: Method::GET,
                        path: req.path.clone(),
                        headers: req.headers.clone(),
                        body: Bytes::new(),
                    })
                    .await?;
                if let Some(etag) = current.headers.get(header::ETAG) {
                    req.headers.insert(header::IF_MATCH, etag.clone());
                }
            }
            Fault::IdempotencyKeyIgnored if req.headers.contains_key("idempotency-key") => {
                let n = self.next_key.fetch_add(1, Ordering::Relaxed);
                req.headers.insert(
                    "idempotency-key",
                    HeaderValue::from_str(&format!("proxy-{n}")).expect("header"),
                );
            }
            Fault::IfMatchIgnoredOnActions if req.method == Method::POST => {
                req.headers.remove(header::IF_MATCH);
            }
            Fault::BodylessPutAccepted if req.method == Method::PUT && req.body.is_empty() => {
                req.body = Bytes::from_static(b"{}");
                req.headers.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
            }
            Fault::SessionNotRequired if !req.headers.contains_key(header::AUTHORIZATION) => {
                let token = self.login().await?.json()["token"].clone();
                let bearer = format!("Bearer {}", token.as_str().unwrap_or_default());
                req.headers.insert(
                    header::AUTHORIZATION,
                    HeaderValue::from_str(&bearer).expect("header"),
                );
            }
            _ => {}
        }
        Some(())
    }

    async fn after(&self, req: &Exchange, mut answer: Answer) -> Option<Answer> {
        match self.fault {
            Fault::NoEtag => {
                answer.headers.remove(header::ETAG);
            }
            Fault::ProblemsAsPlainJson if answer.is_problem() => {
                answer.headers.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
            }
            Fault::ProblemStatusWrong if answer.is_problem() => {
                let mut body = answer.json();
                body["status"] = json!(400);
                answer.set_json(&body);
            }
            Fault::ProblemsWithoutFieldErrors if answer.is_problem() => {
                let mut body = answer.json();
                if let Some(problem) = body.as_object_mut() {
                    problem.remove("errors");
                }
                answer.set_json(&body);
            }
            Fault::NationalIdChecksumUnchecked
                if req.path == "/api/v1/session"
                    && answer.json()["errors"][0]["code"] == "invalid_checksum" =>
            {
                answer = self.login().await?;
            }
            // The suite sends a bad checksum together with other errors, so dropping its entry
            // is exactly what a server without the check answers.
            Fault::OrganisationNumberChecksumUnchecked if answer.is_problem() => {
                let mut body = answer.json();
                if let Some(errors) = body.get_mut("errors").and_then(Value::as_array_mut) {
                    errors.retain(|e| {
                        !(e["code"] == "invalid_checksum"
                            && e["pointer"]
                                .as_str()
                                .is_some_and(|p| p.ends_with("organisation_number")))
                    });
                }
                answer.set_json(&body);
            }
            Fault::DownloadHeadersDropped if req.path.ends_with("/content") => {
                answer.headers.remove(header::X_CONTENT_TYPE_OPTIONS);
                answer.headers.remove(header::CONTENT_DISPOSITION);
            }
            Fault::NoCors => {
                let cors: Vec<_> = answer
                    .headers
                    .keys()
                    .filter(|k| k.as_str().starts_with("access-control-"))
                    .cloned()
                    .collect();
                for name in cors {
                    answer.headers.remove(name);
                }
            }
            Fault::NotFoundAs(status)
                if answer.status == StatusCode::NOT_FOUND
                    && RESOURCES.iter().any(|r| req.path.starts_with(r)) =>
            {
                answer.status = StatusCode::from_u16(status).expect("status");
            }
            Fault::SubjectIsNationalId if req.path == "/api/v1/session" => {
                let mut body = answer.json();
                if body.get("subject").is_some() {
                    body["subject"] = body["user"]["national_id"].clone();
                    answer.set_json(&body);
                }
            }
            Fault::UploadLimitUnenforced if req.path == "/api/v1/meta" => {
                let mut body = answer.json();
                if let Some(limit) = body.pointer_mut("/upload/max_bytes") {
                    *limit = json!(1024 * 1024);
                    answer.set_json(&body);
                }
            }
            _ => {}
        }
        Some(answer)
    }

    async fn forward(&self, req: Request) -> Response {
        let (parts, body) = req.into_parts();
        let mut headers = parts.headers;
        headers.remove(header::HOST);
        headers.remove(header::CONTENT_LENGTH);
        let mut exchange = Exchange {
            method: parts.method,
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or_default(),
            headers,
            body: axum::body::to_bytes(body, usize::MAX)
                .await
                .unwrap_or_default(),
        };
        let answer = match self.before(&mut exchange).await {
            Some(()) => match self.send(&exchange).await {
                Some(answer) => self.after(&exchange, answer).await,
                None => None,
            },
            None => None,
        };
        let Some(answer) = answer else {
            // Upstream dropped the connection: drop ours by failing the body.
            let failing = futures_util::stream::once(async {
                Err::<Bytes, _>(std::io::Error::other("upstream connection dropped"))
            });
            return Response::new(Body::from_stream(failing));
        };
        let mut res = Response::new(Body::from(answer.body));
        *res.status_mut() = answer.status;
        for (name, value) in &answer.headers {
            if name != header::CONTENT_LENGTH && name != header::TRANSFER_ENCODING {
                res.headers_mut().append(name, value.clone());
            }
        }
        res
    }
}

async fn start_proxy(upstream: String, fault: Fault) -> String {
    let proxy = Arc::new(Proxy {
        upstream,
        client: reqwest::Client::new(),
        fault,
        next_key: AtomicU64::new(0),
    });
    let app = axum::Router::new().fallback(move |req: Request| {
        let proxy = proxy.clone();
        async move { proxy.forward(req).await }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind proxy");
    let addr = listener.local_addr().expect("proxy address");
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}")
}

/// Runs every area against the wrong server, as the `conformance` target would (areas in
/// threads, server-wide ones alone, coverage last), and returns each area's outcome.
fn outcomes(wrong: &Wrong, test_mode: TestMode) -> Vec<(&'static str, Outcome)> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let (server, base_url, provider) = runtime.block_on(async {
        let provider = Provider::start().await;
        let server = reference_backend::start(reference_backend::Config {
            port: 0,
            data_dir: reference_backend::temp_data_dir(),
            test_mode: !matches!(wrong, Wrong::WithoutTestMode),
            allow_origin: vec![APP_ORIGIN.to_string()],
            oidc: Some(provider.backend_config()),
            ..reference_backend::Config::default()
        })
        .await
        .expect("start the reference backend");
        let base_url = match wrong {
            Wrong::Proxy(fault) => start_proxy(server.base_url.clone(), *fault).await,
            Wrong::Backend(misbehaving) => {
                misbehaving.switch_on(&server.state.misbehaviour);
                server.base_url.clone()
            }
            Wrong::WithoutTestMode => server.base_url.clone(),
        };
        (server, base_url, provider)
    });
    let suite = Suite::new(
        runtime.handle().clone(),
        Target {
            base_url,
            app_origin: Some(APP_ORIGIN.to_string()),
            test_mode,
            provider: Some(Arc::new(provider)),
        },
    );
    let names = Suite::names();
    suite.expect_areas(&names);
    let outcomes = std::thread::scope(|scope| {
        let running: Vec<_> = names
            .iter()
            .map(|name| (*name, scope.spawn(|| suite.run_area(name))))
            .collect();
        running
            .into_iter()
            .map(|(name, t)| (name, t.join().expect("area thread")))
            .collect::<Vec<_>>()
    });
    println!("{wrong:?} at {}:", suite.base_url());
    for (name, outcome) in &outcomes {
        match outcome {
            Outcome::Passed => println!("  {name}: passed"),
            Outcome::Failed(why) => println!("  {name}: FAILED: {why}"),
            Outcome::Ignored(why) => println!("  {name}: ignored: {why}"),
        }
    }
    let _ = std::fs::remove_dir_all(&server.data_dir);
    outcomes
}

fn failed(outcomes: &[(&'static str, Outcome)]) -> Vec<&'static str> {
    outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Failed(_)))
        .map(|(n, _)| *n)
        .collect()
}

/// The wrong server must make each of `areas` fail.
fn assert_caught(wrong: Wrong, areas: &[&str]) {
    let outcomes = outcomes(&wrong, TestMode::Required);
    let failed = failed(&outcomes);
    for area in areas {
        assert!(
            failed.contains(area),
            "{wrong:?} was not caught by {area} (failed: {failed:?})"
        );
    }
}

#[test]
fn the_proxy_alone_breaks_nothing() {
    let outcomes = outcomes(&Wrong::Proxy(Fault::Passthrough), TestMode::Required);
    assert!(outcomes.iter().all(|(_, o)| matches!(o, Outcome::Passed)));
}

/// One test per row `name: wrong server => [areas];`: each area must catch that server.
macro_rules! caught {
    ($($name:ident: $wrong:expr => [$($area:expr),+];)*) => {
        $(
            #[test]
            fn $name() {
                assert_caught($wrong, &[$($area),+]);
            }
        )*
    };
}

caught! {
    missing_etag: Wrong::Proxy(Fault::NoEtag) => ["applications", "needs_reports"];
    stale_if_match_accepted: Wrong::Proxy(Fault::StaleIfMatchAccepted) => ["applications"];
    idempotency_key_ignored: Wrong::Proxy(Fault::IdempotencyKeyIgnored) => ["applications", "needs_reports"];
    problems_as_plain_json: Wrong::Proxy(Fault::ProblemsAsPlainJson) => ["session", "documents", "applications", "needs_reports"];
    problem_status_wrong: Wrong::Proxy(Fault::ProblemStatusWrong) => ["session", "applications", "other_users_get_404"];
    problems_without_field_errors: Wrong::Proxy(Fault::ProblemsWithoutFieldErrors) => ["session", "documents", "applications", "needs_reports"];
    national_id_checksum_unchecked: Wrong::Proxy(Fault::NationalIdChecksumUnchecked) => ["session"];
    organisation_number_checksum_unchecked: Wrong::Proxy(Fault::OrganisationNumberChecksumUnchecked) => ["needs_reports"];
    cors_headers_missing: Wrong::Proxy(Fault::NoCors) => ["cors"];
    upload_limit_unenforced: Wrong::Proxy(Fault::UploadLimitUnenforced) => ["documents"];
    session_not_required: Wrong::Proxy(Fault::SessionNotRequired) => ["authentication_required"];
    deadlines_ignored: Wrong::Backend(Misbehaving::DeadlinesIgnored) => ["test_mode::deadlines"];
    idle_limit_unenforced: Wrong::Backend(Misbehaving::IdleLimitUnenforced) => ["test_mode::session_idle_limit"];
    session_lifetime_unenforced: Wrong::Backend(Misbehaving::SessionLifetimeUnenforced) => ["test_mode::session_lifetime"];
    bodyless_put_accepted: Wrong::Proxy(Fault::BodylessPutAccepted) => ["request_bodies"];
    if_match_ignored_on_actions: Wrong::Proxy(Fault::IfMatchIgnoredOnActions) => ["applications", "needs_reports"];
    download_headers_dropped: Wrong::Proxy(Fault::DownloadHeadersDropped) => ["documents"];
    subject_is_the_national_id: Wrong::Proxy(Fault::SubjectIsNationalId) => ["session"];
    late_documents_from_anyone: Wrong::Backend(Misbehaving::LateDocumentsFromAnyone) => ["other_users_get_404"];
    late_documents_when_withdrawn: Wrong::Backend(Misbehaving::LateDocumentsWhenWithdrawn) => ["applications"];
    idempotency_keys_shared_by_users: Wrong::Backend(Misbehaving::IdempotencyKeysShared) => ["other_users_get_404"];
    others_drafts_listed: Wrong::Backend(Misbehaving::OthersDraftsListed) => ["other_users_get_404"];
    sent_application_changes_round: Wrong::Backend(Misbehaving::RoundsUnlocked) => ["applications"];
}

#[test]
fn wrong_status_for_missing_ids() {
    for status in [403, 200, 500] {
        assert_caught(
            Wrong::Proxy(Fault::NotFoundAs(status)),
            &["other_users_get_404", "unknown_ids_get_404"],
        );
    }
}

/// Runs the suite against a server without test mode, checks that each test-mode area ended
/// as `expected`, and returns the areas that failed.
fn without_test_mode(mode: TestMode, expected: fn(&Outcome) -> bool) -> Vec<&'static str> {
    let outcomes = outcomes(&Wrong::WithoutTestMode, mode);
    let test_mode: Vec<&Outcome> = outcomes
        .iter()
        .filter(|(n, _)| n.starts_with("test_mode::"))
        .map(|(_, o)| o)
        .collect();
    assert!(!test_mode.is_empty(), "the suite has no test-mode areas");
    assert!(test_mode.into_iter().all(expected));
    failed(&outcomes)
}

#[test]
fn in_process_without_test_mode_fails() {
    without_test_mode(TestMode::Required, |o| matches!(o, Outcome::Failed(_)));
}

#[test]
fn outside_server_without_test_mode_is_ignored_not_passed() {
    let failed = without_test_mode(TestMode::IfAvailable, |o| matches!(o, Outcome::Ignored(_)));
    assert_eq!(failed, Vec::<&str>::new());
}
