//! Reference backend for the skoleleder JSON contract (`public/openapi.json`).
//!
//! Start it from the command line (`reference-backend --help`) or in-process with [`start`] /
//! [`start_test_server`].

pub mod api;
pub mod catalogue;
pub mod clock;
pub mod data;
pub mod faults;
pub mod misbehave;
pub mod oidc;
pub mod problem;
pub mod store;
pub mod validate;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Method, Request};
use axum::Router;
use chrono::{DateTime, Utc};
use hyper_util::rt::TokioIo;
use tower::ServiceExt;

/// The contract version this server implements.
pub const CONTRACT_VERSION: &str = "1.7.0";
/// Largest accepted upload, in bytes (15 MiB).
pub const MAX_UPLOAD_BYTES: u64 = 15 * 1024 * 1024;
/// Accepted upload types, detected from the first bytes of the file.
pub const ACCEPTED_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];
/// Inactivity limit for a session, in seconds.
pub const SESSION_IDLE_SECONDS: i64 = 30 * 60;

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    pub port: u16,
    pub bind: String,
    pub data_dir: PathBuf,
    pub static_dir: Option<PathBuf>,
    pub allow_origin: Vec<String>,
    pub test_mode: bool,
    /// The OpenID provider (ID-porten) to log in with, if any.
    pub oidc: Option<oidc::OidcConfig>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            port: 8080,
            bind: "127.0.0.1".into(),
            data_dir: PathBuf::from(".data"),
            static_dir: None,
            allow_origin: vec![],
            test_mode: false,
            oidc: None,
        }
    }
}

/// Shared state behind every handler.
pub struct AppState {
    pub db: Mutex<rusqlite::Connection>,
    pub data_dir: PathBuf,
    pub test_mode: bool,
    clock_offset: Mutex<chrono::Duration>,
    anchor: Mutex<DateTime<Utc>>,
    pub faults: Mutex<Option<faults::Faults>>,
    pub misbehaviour: misbehave::Misbehaviour,
    /// The ID-porten login's provider, when configured.
    pub oidc: Option<oidc::Provider>,
}

impl AppState {
    /// The server's clock: real time plus the test-mode offset.
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + *self.clock_offset.lock().expect("clock lock")
    }
    pub fn set_now(&self, now: DateTime<Utc>) {
        *self.clock_offset.lock().expect("clock lock") = now - Utc::now();
    }
    pub fn clear_clock(&self) {
        *self.clock_offset.lock().expect("clock lock") = chrono::Duration::zero();
    }
    /// The instant catalogue deadlines are computed from.
    pub fn anchor(&self) -> DateTime<Utc> {
        if self.misbehaviour.ignores_deadlines() {
            return self.now();
        }
        *self.anchor.lock().expect("anchor lock")
    }
    pub fn set_anchor(&self, at: DateTime<Utc>) {
        *self.anchor.lock().expect("anchor lock") = at;
    }
    pub fn catalogue(&self) -> catalogue::Catalogue {
        catalogue::build(self.anchor())
    }
    pub fn reference_data(&self) -> catalogue::ReferenceData {
        catalogue::reference_data(self.anchor())
    }
    pub fn uploads_dir(&self) -> PathBuf {
        self.data_dir.join("uploads")
    }
}

/// A running server.
pub struct Running {
    pub addr: SocketAddr,
    pub base_url: String,
    pub data_dir: PathBuf,
    pub state: Arc<AppState>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops accepting connections. Open keep-alive connections end when their clients drop.
    pub async fn stop(self) {
        self.task.abort();
        let _ = self.task.await;
    }
}

/// Opens the data directory and builds the state.
pub fn open_state(config: &Config) -> Result<Arc<AppState>, Box<dyn std::error::Error>> {
    data::load()?;
    std::fs::create_dir_all(config.data_dir.join("uploads"))?;
    let conn = store::open(&config.data_dir.join("data.sqlite3"))?;
    Ok(Arc::new(AppState {
        db: Mutex::new(conn),
        data_dir: config.data_dir.clone(),
        test_mode: config.test_mode,
        clock_offset: Mutex::new(chrono::Duration::zero()),
        anchor: Mutex::new(Utc::now()),
        faults: Mutex::new(None),
        misbehaviour: Default::default(),
        oidc: config.oidc.clone().map(oidc::Provider::new),
    }))
}

/// Builds the HTTP application (router with all layers).
pub fn app(state: Arc<AppState>, config: &Config) -> Router {
    use tower_http::cors::{AllowOrigin, CorsLayer};
    use tower_http::trace::TraceLayer;

    let mut router = api::router(state.clone(), config.static_dir.clone());
    router = router.layer(axum::middleware::from_fn_with_state(
        state.clone(),
        faults::middleware,
    ));
    if !config.allow_origin.is_empty() {
        let origins: Vec<HeaderValue> = config
            .allow_origin
            .iter()
            .filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok())
            .collect();
        let cors = CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::DELETE,
                Method::OPTIONS,
            ])
            .allow_headers([
                axum::http::header::AUTHORIZATION,
                axum::http::header::IF_MATCH,
                axum::http::header::CONTENT_TYPE,
                HeaderName::from_static("idempotency-key"),
            ])
            .expose_headers([
                axum::http::header::ETAG,
                axum::http::header::RETRY_AFTER,
                axum::http::header::LOCATION,
            ])
            .max_age(std::time::Duration::from_secs(600));
        router = router.layer(cors);
    }
    router.layer(TraceLayer::new_for_http())
}

/// Starts a server. Port 0 picks a free port.
pub async fn start(config: Config) -> Result<Running, Box<dyn std::error::Error>> {
    let state = open_state(&config)?;
    let router = app(state.clone(), &config);
    let listener = tokio::net::TcpListener::bind((config.bind.as_str(), config.port)).await?;
    let addr = listener.local_addr()?;
    let host = if addr.ip().is_unspecified() {
        "127.0.0.1".to_string()
    } else if addr.is_ipv6() {
        format!("[{}]", addr.ip())
    } else {
        addr.ip().to_string()
    };
    let base_url = format!("http://{host}:{}", addr.port());
    let task = tokio::spawn(serve(listener, router));
    Ok(Running {
        addr,
        base_url,
        data_dir: config.data_dir,
        state,
        task,
    })
}

/// Marker put into a response's extensions to make the server drop the connection instead.
#[derive(Clone, Copy)]
pub struct DropConnection;

#[derive(Debug)]
struct Dropped;
impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by fault injection")
    }
}
impl std::error::Error for Dropped {}

async fn serve(listener: tokio::net::TcpListener, router: Router) {
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                continue;
            }
        };
        let router = router.clone();
        tokio::spawn(async move {
            let svc = hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                let router = router.clone();
                async move {
                    let res = router
                        .oneshot(req.map(Body::new))
                        .await
                        .unwrap_or_else(|e| match e {});
                    if res.extensions().get::<DropConnection>().is_some() {
                        return Err(Dropped);
                    }
                    Ok::<_, Dropped>(res)
                }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), svc)
                .await;
        });
    }
}

/// Starts an in-process test-mode server on an ephemeral port with a fresh temporary data
/// directory.
pub async fn start_test_server() -> Running {
    let dir = temp_data_dir();
    start(Config {
        port: 0,
        data_dir: dir,
        test_mode: true,
        ..Config::default()
    })
    .await
    .expect("start test server")
}

/// A fresh, unique directory under the system temp directory.
pub fn temp_data_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("reference-backend-{}", store::random_hex(8)));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}
