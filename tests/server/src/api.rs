//! HTTP handlers for `/api/v1`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{
    DefaultBodyLimit, FromRequest, FromRequestParts, Multipart, Path, Request, State,
};
use axum::http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::catalogue::{self, Catalogue, Question, ReferenceData};
use crate::problem::{escape_token, FieldError, Problem};
use crate::store::{self, Resource};
use crate::{validate, AppState, MAX_UPLOAD_BYTES, SESSION_IDLE_SECONDS};

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
        .route("/meta", get(meta))
        .route("/test-identities", get(test_identities_handler))
        .route(
            "/session",
            get(get_session).post(create_session).delete(delete_session),
        )
        .route("/catalogue", get(get_catalogue))
        .route("/reference-data", get(get_reference_data))
        .merge(resource_routes(Kind::Application))
        .route("/applications/{id}/late-documents", post(add_late_document))
        .route(
            "/documents",
            get(list_documents)
                .post(upload_document)
                .layer(DefaultBodyLimit::max(
                    MAX_UPLOAD_BYTES as usize + 1024 * 1024,
                )),
        )
        .route("/documents/{id}", axum::routing::delete(delete_document))
        .route("/documents/{id}/content", get(document_content))
        .merge(resource_routes(Kind::NeedsReport))
        .route("/_test/faults", post(set_faults).delete(clear_faults))
        .route("/_test/clock", post(set_clock).delete(clear_clock))
        .route("/_test/reset", post(reset))
        .route("/_test/status", post(set_status))
        .fallback(api_not_found)
        .method_not_allowed_fallback(method_not_allowed);
    let router = Router::new().nest("/api/v1", api);
    let router = match static_dir {
        // index.html and config.json are compressed as they are sent (a deployment edits
        // them after the build); the hashed files come precompressed and pass through as they are.
        Some(dir) => router.fallback_service(
            tower::ServiceBuilder::new()
                .layer(tower_http::compression::CompressionLayer::new())
                .service_fn(move |req: Request| {
                    let dir = dir.clone();
                    async move { Ok::<_, std::convert::Infallible>(serve_static(dir, req).await) }
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
async fn serve_static(dir: PathBuf, req: Request) -> Response {
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

// ---------------------------------------------------------------- request helpers

/// Reads and parses a JSON request body with problem+json errors; `None` when it is empty.
async fn read_json(req: Request) -> Result<Option<Value>, Problem> {
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let bytes = axum::body::to_bytes(req.into_body(), 1024 * 1024)
        .await
        .map_err(|_| {
            Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload_too_large",
                "Forespørselen er for stor",
            )
        })?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(None);
    }
    if !(ct.starts_with("application/json") || ct.contains("+json")) {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "Forespørselen må være JSON (Content-Type: application/json)",
        ));
    }
    serde_json::from_slice(&bytes).map(Some).map_err(|e| {
        Problem::bad_request("malformed_json", "Forespørselen er ikke gyldig JSON")
            .detail(e.to_string())
    })
}

/// A required JSON request body. Refusing an empty one keeps a bodiless PUT from wiping a draft.
pub struct JsonBody(pub Value);

impl<St: Send + Sync> FromRequest<St> for JsonBody {
    type Rejection = Problem;
    async fn from_request(req: Request, _: &St) -> Result<Self, Problem> {
        read_json(req).await?.map(JsonBody).ok_or_else(|| {
            Problem::bad_request(
                "body_required",
                "Forespørselen mangler innhold (et JSON-objekt)",
            )
        })
    }
}

/// An optional JSON request body; an empty one stands for `{}`.
pub struct OptionalJsonBody(pub Value);

impl<St: Send + Sync> FromRequest<St> for OptionalJsonBody {
    type Rejection = Problem;
    async fn from_request(req: Request, _: &St) -> Result<Self, Problem> {
        Ok(OptionalJsonBody(
            read_json(req).await?.unwrap_or_else(|| json!({})),
        ))
    }
}

/// The `{id}` path segment. One that does not decode (e.g. invalid UTF-8) names no resource.
pub struct ResourceId(pub String);

impl<St: Send + Sync> FromRequestParts<St> for ResourceId {
    type Rejection = Problem;
    async fn from_request_parts(parts: &mut Parts, state: &St) -> Result<Self, Problem> {
        Path::<String>::from_request_parts(parts, state)
            .await
            .map(|Path(id)| ResourceId(id))
            .map_err(|_| Problem::not_found())
    }
}

/// A `multipart/form-data` body; anything else is refused as 415.
pub struct UploadForm(pub Multipart);

impl<St: Send + Sync> FromRequest<St> for UploadForm {
    type Rejection = Problem;
    async fn from_request(req: Request, state: &St) -> Result<Self, Problem> {
        Multipart::from_request(req, state)
            .await
            .map(UploadForm)
            .map_err(|_| {
                Problem::new(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Opplastingen må være multipart/form-data",
                )
            })
    }
}

/// Marks the error of an id sent as an empty string, so that [`typed`] can name it.
const EMPTY_ID: &str = "empty id";

/// An id in a request body: never empty, as the contract's `minLength` says. One that names
/// nothing is kept and reported in `findings`; an empty one would break every later read.
struct NonEmptyId(String);

impl<'de> Deserialize<'de> for NonEmptyId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        if id.is_empty() {
            return Err(serde::de::Error::custom(EMPTY_ID));
        }
        Ok(NonEmptyId(id))
    }
}

/// `deserialize_with` helpers for id fields (see [`NonEmptyId`]).
mod id {
    use super::NonEmptyId;
    use serde::{Deserialize, Deserializer};

    pub fn one<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
        NonEmptyId::deserialize(d).map(|id| id.0)
    }
    pub fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Option::<NonEmptyId>::deserialize(d).map(|id| id.map(|id| id.0))
    }
    pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        Vec::<NonEmptyId>::deserialize(d).map(|ids| ids.into_iter().map(|id| id.0).collect())
    }
}

/// Where `sent` has an array and the value read from it an object: serde's derived structs
/// take their fields from an array by position, which the contract does not allow.
fn array_for_object(sent: &Value, read: &Value, pointer: &str) -> Option<String> {
    match (sent, read) {
        (Value::Array(_), Value::Object(_)) => Some(pointer.to_string()),
        (Value::Object(sent), Value::Object(read)) => sent.iter().find_map(|(key, value)| {
            let at = format!("{pointer}/{}", escape_token(key));
            read.get(key)
                .and_then(|read| array_for_object(value, read, &at))
        }),
        (Value::Array(sent), Value::Array(read)) => {
            sent.iter()
                .zip(read)
                .enumerate()
                .find_map(|(i, (value, read))| {
                    array_for_object(value, read, &format!("{pointer}/{i}"))
                })
        }
        _ => None,
    }
}

/// Deserialises a JSON value into `T`, turning the first shape error into a pointer: an unknown
/// field, a wrong JSON type (an array where an object belongs included) or an empty id.
fn typed<T: serde::de::DeserializeOwned + Serialize>(v: Value) -> Result<T, Problem> {
    if !v.is_object() {
        return Err(Problem::field(
            "",
            "invalid_type",
            "Forespørselen må være et JSON-objekt",
        ));
    }
    let read: T = serde_path_to_error::deserialize(&v).map_err(|e| {
        let mut pointer = String::new();
        // The contract has no list of lists: an index right after an index means an object
        // was being read from a list by position, and failed there.
        let mut object_from_list = None;
        let mut after_index = false;
        for seg in e.path().iter() {
            use serde_path_to_error::Segment;
            let index = matches!(seg, Segment::Seq { .. });
            if index && after_index && object_from_list.is_none() {
                object_from_list = Some(pointer.clone());
            }
            after_index = index;
            match seg {
                Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
                Segment::Map { key } => pointer.push_str(&format!("/{}", escape_token(key))),
                Segment::Enum { variant } => {
                    pointer.push_str(&format!("/{}", escape_token(variant)))
                }
                Segment::Unknown => {}
            }
        }
        if let Some(pointer) = object_from_list {
            return Problem::field(
                &pointer,
                "invalid_type",
                "Må være et JSON-objekt, ikke en liste",
            );
        }
        let msg = e.inner().to_string();
        if msg.starts_with("unknown field") {
            let field = msg.split('`').nth(1).unwrap_or("");
            let last = format!("/{}", escape_token(field));
            if !pointer.ends_with(&last) {
                pointer.push_str(&last);
            }
            Problem::field(&pointer, "unknown_field", "Ukjent felt")
        } else if msg.starts_with(EMPTY_ID) {
            Problem::field(&pointer, "invalid_format", "En id kan ikke være tom")
        } else {
            Problem::field(&pointer, "invalid_type", "Feil datatype")
        }
    })?;
    let canonical = serde_json::to_value(&read).map_err(Problem::internal)?;
    match array_for_object(&v, &canonical, "") {
        Some(pointer) => Err(Problem::field(
            &pointer,
            "invalid_type",
            "Må være et JSON-objekt, ikke en liste",
        )),
        None => Ok(read),
    }
}

/// Absolute session lifetime in seconds: activity extends a session up to this long after login,
/// so a stolen token stays useful for a bounded time.
pub const SESSION_MAX_SECONDS: i64 = 12 * 60 * 60;

/// The logged-in user behind a Bearer token; every authenticated call extends the session,
/// up to [`SESSION_MAX_SECONDS`] after login.
pub struct User {
    pub national_id: String,
    pub name: String,
    pub token: String,
    pub expires_at: DateTime<Utc>,
}

impl FromRequestParts<Arc<AppState>> for User {
    type Rejection = Problem;
    async fn from_request_parts(parts: &mut Parts, state: &Arc<AppState>) -> Result<Self, Problem> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim)
            .ok_or_else(|| Problem::unauthorized("unauthenticated"))?;
        let now = state.now();
        let db = state.db.lock().expect("db lock");
        let session =
            store::session(&db, token)?.ok_or_else(|| Problem::unauthorized("unauthenticated"))?;
        let last = parse_ts(&session.last_seen).unwrap_or(now);
        let idle = now - last > chrono::Duration::seconds(SESSION_IDLE_SECONDS)
            && !state.misbehaviour.ignores_idle_limit();
        let lifetime_ends = parse_ts(&session.created_at).unwrap_or(now)
            + chrono::Duration::seconds(SESSION_MAX_SECONDS);
        if idle || (now > lifetime_ends && !state.misbehaviour.ignores_session_lifetime()) {
            db.execute("DELETE FROM sessions WHERE token = ?1", [token])?;
            return Err(Problem::unauthorized("session_expired"));
        }
        let seen = if now > last { now } else { last };
        db.execute(
            "UPDATE sessions SET last_seen = ?2 WHERE token = ?1",
            rusqlite::params![token, ts(seen)],
        )?;
        Ok(User {
            national_id: session.national_id,
            name: session.name,
            token: session.token,
            expires_at: lifetime_ends.min(seen + chrono::Duration::seconds(SESSION_IDLE_SECONDS)),
        })
    }
}

fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.trim().trim_start_matches("W/").to_string())
}

fn check_if_match(headers: &HeaderMap, r: &Resource, required: bool) -> Result<(), Problem> {
    match if_match(headers) {
        None if required => Err(Problem::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition_required",
            "Endringen må sendes med If-Match (ETag fra siste henting)",
        )),
        None => Ok(()),
        Some(v) if v == "*" => Ok(()),
        Some(v) => {
            if v.split(',')
                .any(|t| t.trim().trim_start_matches("W/") == r.etag())
            {
                Ok(())
            } else {
                Err(Problem::new(
                    StatusCode::PRECONDITION_FAILED,
                    "etag_mismatch",
                    "Noen andre har endret dette i mellomtiden. Hent siste versjon og prøv igjen.",
                )
                .header(header::ETAG, r.etag()))
            }
        }
    }
}

// ---------------------------------------------------------------- meta, session

async fn meta() -> Response {
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

/// The synthetic test persons offered by the test login.
pub fn test_identities() -> Vec<(String, String, catalogue::Text)> {
    let people = [
        (
            "Ingrid Testrektor",
            (1971, 3, 14),
            [
                "Rektor i en kommunal grunnskole",
                "Rektor i ein kommunal grunnskule",
                "Head teacher at a municipal primary and lower secondary school",
                "Rektor vid en kommunal grundskola",
            ],
        ),
        (
            "Ola Prøveleder",
            (1980, 11, 2),
            [
                "Avdelingsleder i videregående skole",
                "Avdelingsleiar i vidaregåande skule",
                "Head of department at an upper secondary school",
                "Avdelningschef på en gymnasieskola",
            ],
        ),
        (
            "Amina Syntetisk",
            (1988, 6, 23),
            [
                "Inspektør; søker for første gang",
                "Inspektør; søkjer for første gong",
                "Inspector; applying for the first time",
                "Inspektör; söker för första gången",
            ],
        ),
        (
            "Per Eksempel",
            (1965, 1, 9),
            [
                "Kommunalsjef som fyller ut behovsmelding",
                "Kommunalsjef som fyller ut behovsmelding",
                "Head of education in a municipality, filing a needs report",
                "Skolchef i en kommun som fyller i en behovsanmälan",
            ],
        ),
    ];
    people
        .iter()
        .enumerate()
        .map(|(i, (name, (y, m, d), role))| {
            let date = NaiveDate::from_ymd_opt(*y, *m, *d).expect("date");
            let id = validate::make_synthetic_fodselsnummer(date, 100 + 37 * i as u32)
                .expect("synthetic id");
            let [nb, nn, en, sv] = role;
            (id, name.to_string(), catalogue::t(nb, nn, en, sv))
        })
        .collect()
}

async fn test_identities_handler() -> Response {
    let items: Vec<Value> = test_identities()
        .into_iter()
        .map(|(id, name, role)| json!({"national_id": id, "name": name, "description": role}))
        .collect();
    json_response(StatusCode::OK, &json!({ "items": items }))
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct SessionRequest {
    national_id: Option<String>,
}

fn session_body(db: &rusqlite::Connection, u: &User) -> Result<Value, Problem> {
    Ok(json!({
        "user": {"national_id": u.national_id, "name": u.name},
        "subject": store::subject(db, &u.national_id)?,
        "expires_at": ts(u.expires_at),
    }))
}

async fn create_session(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    let req: SessionRequest = typed(body)?;
    let nid = req.national_id.unwrap_or_default();
    let nid = nid.trim();
    if nid.is_empty() {
        return Err(Problem::field(
            "/national_id",
            "required",
            "Fyll inn fødselsnummer",
        ));
    }
    let now = state.now();
    let id = validate::fodselsnummer(nid, now.date_naive()).map_err(|e| {
        let msg = match e {
            validate::IdError::Format => "Fødselsnummeret må være 11 siffer",
            validate::IdError::Date => "Fødselsnummeret inneholder ikke en gyldig dato",
            validate::IdError::Checksum => "Kontrollsifrene stemmer ikke",
        };
        Problem::field("/national_id", e.code(), msg)
    })?;
    if !id.synthetic {
        return Err(Problem::field(
            "/national_id",
            "not_synthetic",
            "Testinnloggingen godtar bare syntetiske testpersoner (måned + 80)",
        ));
    }
    let name = test_identities()
        .into_iter()
        .find(|(i, _, _)| i == nid)
        .map(|(_, n, _)| n)
        .unwrap_or_else(|| "Syntetisk testperson".to_string());
    let token = store::random_hex(32);
    let db = state.db.lock().expect("db lock");
    db.execute(
        "INSERT INTO sessions (token, national_id, name, last_seen, created_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        rusqlite::params![token, nid, name, ts(now)],
    )?;
    let user = User {
        national_id: nid.to_string(),
        name,
        token: token.clone(),
        expires_at: now + chrono::Duration::seconds(SESSION_IDLE_SECONDS),
    };
    let mut body = session_body(&db, &user)?;
    body["token"] = token.into();
    Ok(json_response(StatusCode::CREATED, &body))
}

async fn get_session(State(state): S, user: User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    Ok(json_response(StatusCode::OK, &session_body(&db, &user)?))
}

async fn delete_session(State(state): S, user: User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    db.execute("DELETE FROM sessions WHERE token = ?1", [&user.token])?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---------------------------------------------------------------- catalogue

async fn get_catalogue(State(state): S) -> Response {
    json_response(
        StatusCode::OK,
        &serde_json::to_value(state.catalogue()).expect("catalogue"),
    )
}

async fn get_reference_data(State(state): S) -> Response {
    json_response(
        StatusCode::OK,
        &serde_json::to_value(state.reference_data()).expect("reference data"),
    )
}

// ---------------------------------------------------------------- resources (shared life cycle)

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Application,
    NeedsReport,
}

impl Kind {
    fn of(resource: &Resource) -> Kind {
        if resource.kind == "application" {
            Kind::Application
        } else {
            Kind::NeedsReport
        }
    }
    fn name(self) -> &'static str {
        match self {
            Kind::Application => "application",
            Kind::NeedsReport => "needs_report",
        }
    }
    fn prefix(self) -> &'static str {
        match self {
            Kind::Application => "SOK",
            Kind::NeedsReport => "BM",
        }
    }
    /// The collection's path segment under `/api/v1`.
    fn collection(self) -> &'static str {
        match self {
            Kind::Application => "applications",
            Kind::NeedsReport => "needs-reports",
        }
    }
    /// "The deadline has passed" for a change (`act`: "endres", "trekkes her") to this kind.
    fn deadline_passed(self, act: &str) -> Problem {
        let (deadline, it) = match self {
            Kind::Application => ("Søknadsfristen", "søknaden"),
            Kind::NeedsReport => ("Fristen for behovsmeldinger", "behovsmeldingen"),
        };
        Problem::conflict(
            "deadline_passed",
            &format!("{deadline} har gått ut; {it} kan ikke {act}"),
        )
    }
}

/// The life cycle both kinds share: list, create, read, save, delete a draft, submit (and send
/// a change again) and withdraw.
fn resource_routes(kind: Kind) -> Router<Arc<AppState>> {
    let base = format!("/{}", kind.collection());
    Router::new()
        .route(
            &base,
            get(move |State(state): S, user: User| async move { list(&state, kind, &user) }).post(
                move |State(state): S, user: User, OptionalJsonBody(body): OptionalJsonBody| async move {
                    create(&state, kind, &user, body)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}"),
            get(
                move |State(state): S, user: User, ResourceId(id): ResourceId| async move {
                    let db = state.db.lock().expect("db lock");
                    let r = load(&db, kind, &user, &id)?;
                    Ok::<_, Problem>(resource_response(&state, &db, StatusCode::OK, &r))
                },
            )
            .delete(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    delete_draft(&state, kind, &user, &id, &headers)
                },
            )
            .put(
                move |State(state): S,
                      user: User,
                      ResourceId(id): ResourceId,
                      headers: HeaderMap,
                      JsonBody(body): JsonBody| async move {
                    put(&state, kind, &user, &id, &headers, body)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}/submit"),
            post(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    submit(&state, kind, &user, &id, &headers)
                },
            ),
        )
        .route(
            &format!("{base}/{{id}}/withdraw"),
            post(
                move |State(state): S, user: User, ResourceId(id): ResourceId, headers: HeaderMap| async move {
                    withdraw(&state, kind, &user, &id, &headers)
                },
            ),
        )
}

fn resource_json(state: &AppState, db: &rusqlite::Connection, r: &Resource) -> Value {
    let mut v = json!({
        "id": r.id,
        "status": r.status,
        "created_at": r.created_at,
        "updated_at": r.updated_at,
        "submitted_at": r.submitted_at,
        "receipt": r.receipt,
        "content": r.content,
        "findings": findings(state, db, r),
        "withdrawn_at": r.withdrawn_at,
        "unsent_changes": unsent_changes(r),
    });
    if Kind::of(r) == Kind::Application {
        v["late_documents"] = json!(late_documents(db, r));
    }
    v
}

/// Documents added to a sent application after its last sending (ettersending): attached to
/// what was sent, but not in the latest receipt.
fn late_documents(db: &rusqlite::Connection, r: &Resource) -> Vec<Value> {
    let receipted: Vec<&str> = (r.receipt.as_ref())
        .and_then(|receipt| receipt["attachments"].as_array())
        .into_iter()
        .flatten()
        .filter_map(|attachment| attachment["document_id"].as_str())
        .collect();
    let late: Vec<&str> = (r.submitted_content.as_ref())
        .and_then(|sent| sent["document_ids"].as_array())
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|id| !receipted.contains(id))
        .collect();
    if late.is_empty() {
        return vec![];
    }
    let docs = store::documents(db, &r.owner).unwrap_or_default();
    late.iter()
        .filter_map(|id| docs.iter().find(|d| d.id == *id))
        .map(attachment_json)
        .collect()
}

/// A document as a receipt lists it.
fn attachment_json(d: &store::Document) -> Value {
    json!({"document_id": d.id, "filename": d.filename, "document_type": d.document_type,
           "size": d.size, "sha256": d.sha256})
}

/// Until when documents may be added to a sent application: the round's document deadline,
/// or its application deadline when it has none; `None` for no limit (rolling admission).
fn late_documents_until(round: &crate::catalogue::AdmissionRound) -> Option<DateTime<Utc>> {
    round
        .document_deadline
        .as_deref()
        .and_then(parse_ts)
        .or(round.deadline_at)
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct LateDocument {
    #[serde(deserialize_with = "id::one")]
    document_id: String,
}

/// Ettersending: one of the user's documents added to a sent application, without sending it
/// again, until the round's document deadline.
async fn add_late_document(
    State(state): S,
    user: User,
    ResourceId(id): ResourceId,
    headers: HeaderMap,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let mut current = load(&db, Kind::Application, &user, &id)?;
    check_if_match(&headers, &current, false)?;
    let request: LateDocument = typed(body)?;
    let withdrawn_taken =
        current.status == "withdrawn" && state.misbehaviour.takes_late_documents_when_withdrawn();
    if current.status != "submitted" && !withdrawn_taken {
        return Err(Problem::conflict(
            "not_submitted",
            "Dokumenter ettersendes bare til en sendt søknad; legg dem ved utkastet i stedet",
        ));
    }
    let until = round_of(&state, &current)
        .and_then(Value::as_str)
        .and_then(|round_id| {
            state
                .catalogue()
                .round(round_id)
                .and_then(late_documents_until)
        });
    if until.is_some_and(|d| state.now() > d) {
        return Err(Problem::conflict(
            "document_deadline_passed",
            "Fristen for å ettersende dokumenter har gått ut",
        ));
    }
    let owner = match store::document_owner(&db, &request.document_id)? {
        Some(owner) if state.misbehaviour.takes_late_documents_from_anyone() => owner,
        _ => user.national_id.clone(),
    };
    if store::document(&db, &owner, &request.document_id)?.is_none() {
        return Err(Problem::field(
            "/document_id",
            "unknown_document",
            "Fant ikke dokumentet",
        ));
    }
    let document = json!(request.document_id);
    let add_to = |content: &mut Value| -> bool {
        match content
            .get_mut("document_ids")
            .and_then(Value::as_array_mut)
        {
            Some(ids) if ids.contains(&document) => false,
            Some(ids) => {
                ids.push(document.clone());
                true
            }
            None => false,
        }
    };
    let sent = current.submitted_content.get_or_insert_with(|| json!({}));
    if !add_to(sent) {
        return Err(Problem::field(
            "/document_id",
            "duplicate",
            "Dokumentet er allerede sendt med søknaden",
        ));
    }
    // The working copy gets it too, so a later change sent again keeps it.
    add_to(&mut current.content);
    current.version += 1;
    current.updated_at = ts(state.now());
    store::update_resource(&db, &current)?;
    Ok(resource_response(&state, &db, StatusCode::OK, &current))
}

fn resource_response(
    state: &AppState,
    db: &rusqlite::Connection,
    status: StatusCode,
    r: &Resource,
) -> Response {
    with_etag(
        json_response(status, &resource_json(state, db, r)),
        &r.etag(),
    )
}

/// A sent resource changed since it was last sent.
fn unsent_changes(r: &Resource) -> bool {
    r.status == "submitted" && r.submitted_content.as_ref() != Some(&r.content)
}

/// Reads content as the contract shapes it and returns the canonical JSON to store. Only the
/// shape is refused (unknown fields, wrong JSON types); the values are kept as typed, however
/// wrong or unfinished, and judged by [`findings`].
fn parse_content(kind: Kind, body: Value) -> Result<Value, Problem> {
    let canonical = match kind {
        Kind::Application => serde_json::to_value(typed::<ApplicationContent>(body)?),
        Kind::NeedsReport => serde_json::to_value(typed::<NeedsReportContent>(body)?),
    };
    Ok(canonical.expect("content"))
}

/// What a submission would be refused for now: wrong values and what is still missing. Empty
/// for a resource that can no longer be sent (withdrawn, decided, ...).
fn findings(state: &AppState, db: &rusqlite::Connection, r: &Resource) -> Vec<FieldError> {
    if r.status != "draft" && !unsent_changes(r) {
        return vec![];
    }
    let now = state.now();
    match Kind::of(r) {
        Kind::Application => {
            let Ok(content) = serde_json::from_value::<ApplicationContent>(r.content.clone())
            else {
                return vec![];
            };
            let catalogue = state.catalogue();
            let docs = store::documents(db, &r.owner).unwrap_or_default();
            let mut found = content.check(&catalogue, &docs, now.date_naive());
            found.extend(content.check_complete(&catalogue, &docs, now));
            if r.status == "submitted"
                && r.submitted_content.as_ref().and_then(|c| c.get("round_id"))
                    != r.content.get("round_id")
            {
                found.push(FieldError::new(
                    "/round_id",
                    "not_editable",
                    "Opptaket kan ikke byttes etter innsending",
                ));
            }
            found
        }
        Kind::NeedsReport => {
            let Ok(content) = serde_json::from_value::<NeedsReportContent>(r.content.clone())
            else {
                return vec![];
            };
            let reference = state.reference_data();
            let mut found = content.check(&reference);
            found.extend(content.check_complete(&reference, now));
            found
        }
    }
}

fn list(state: &AppState, kind: Kind, user: &User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let mut listed = store::resources(&db, kind.name(), &user.national_id)?;
    if kind == Kind::Application && state.misbehaviour.lists_others_application_drafts() {
        listed.extend(store::drafts_of_others(
            &db,
            kind.name(),
            &user.national_id,
        )?);
    }
    let items: Vec<Value> = listed
        .iter()
        .map(|r| resource_json(state, &db, r))
        .collect();
    Ok(json_response(StatusCode::OK, &json!({ "items": items })))
}

fn create(state: &AppState, kind: Kind, user: &User, body: Value) -> ApiResult {
    let content = parse_content(kind, body)?;
    let now = ts(state.now());
    let r = Resource {
        id: store::random_hex(16),
        kind: kind.name().into(),
        owner: user.national_id.clone(),
        status: "draft".into(),
        version: 1,
        content,
        created_at: now.clone(),
        updated_at: now,
        submitted_at: None,
        withdrawn_at: None,
        receipt: None,
        submitted_content: None,
    };
    let db = state.db.lock().expect("db lock");
    store::insert_resource(&db, &r)?;
    let mut res = resource_response(state, &db, StatusCode::CREATED, &r);
    if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/{}/{}", kind.collection(), r.id)) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    Ok(res)
}

/// One of the user's resources; another user's is not found.
fn load(db: &rusqlite::Connection, kind: Kind, user: &User, id: &str) -> Result<Resource, Problem> {
    store::resource(db, kind.name(), &user.national_id, id)?.ok_or_else(Problem::not_found)
}

/// The response stored with an Idempotency-Key, as it was first sent.
fn replayed(status: u16, body: &str) -> Response {
    let body: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    json_response(
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        &body,
    )
}

/// The last instant a resource can be sent, changed or withdrawn: its round's deadline for an
/// application (none with rolling admission), the reference data's for a needs report. A sent
/// application's round is the one it was sent in, whatever its working copy says.
fn deadline(state: &AppState, r: &Resource) -> Option<DateTime<Utc>> {
    match Kind::of(r) {
        Kind::Application => {
            let round_id = round_of(state, r)?.as_str()?;
            state.catalogue().round(round_id)?.deadline_at
        }
        Kind::NeedsReport => parse_ts(&state.reference_data().needs_report_deadline),
    }
}

/// The round an application belongs to: the one it was sent in, once sent.
fn round_of<'a>(state: &AppState, r: &'a Resource) -> Option<&'a Value> {
    let sent = r.submitted_content.as_ref();
    let content = match sent {
        Some(sent) if !state.misbehaviour.unlocks_rounds() => sent,
        _ => &r.content,
    };
    content.get("round_id")
}

/// Saves whatever was typed: a draft, or a change to a sent resource before its deadline (sent
/// again by `submit`). The answer's `findings` say what a submission would refuse.
fn put(
    state: &AppState,
    kind: Kind,
    user: &User,
    id: &str,
    headers: &HeaderMap,
    body: Value,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    // Checked and written under one lock, so two writers cannot both pass the ETag check.
    let mut current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, true)?;
    let content = parse_content(kind, body)?;
    match current.status.as_str() {
        "draft" => {}
        "submitted" => {
            if deadline(state, &current).is_some_and(|d| state.now() > d) {
                return Err(kind.deadline_passed("endres"));
            }
            if kind == Kind::Application
                && round_of(state, &current) != content.get("round_id")
                && !state.misbehaviour.unlocks_rounds()
            {
                return Err(Problem::conflict(
                    "round_locked",
                    "En sendt søknad hører til opptaket den ble sendt i; trekk den og søk på nytt i et annet opptak",
                ));
            }
        }
        _ => {
            return Err(Problem::conflict(
                "not_editable",
                "Kan ikke endres i denne statusen",
            ))
        }
    }
    current.content = content;
    current.version += 1;
    current.updated_at = ts(state.now());
    store::update_resource(&db, &current)?;
    Ok(resource_response(state, &db, StatusCode::OK, &current))
}

/// Deletes a draft that was never sent; anything sent stays (withdraw it instead).
fn delete_draft(
    state: &AppState,
    kind: Kind,
    user: &User,
    id: &str,
    headers: &HeaderMap,
) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, true)?;
    if current.status != "draft" {
        return Err(Problem::conflict(
            "not_deletable",
            "Bare utkast som aldri er sendt, kan slettes",
        ));
    }
    store::delete_resource(&db, id)?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

fn submit(state: &AppState, kind: Kind, user: &User, id: &str, headers: &HeaderMap) -> ApiResult {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .ok_or_else(|| {
            Problem::bad_request(
                "idempotency_key_required",
                "Innsending må ha headeren Idempotency-Key",
            )
        })?
        .to_string();
    if key.len() > 255 {
        return Err(Problem::bad_request(
            "idempotency_key_invalid",
            "Idempotency-Key er for lang (høyst 255 tegn)",
        ));
    }
    // One lock from the key's check to the write: two requests with one key (a double click,
    // a retry) cannot both send.
    let mut db = state.db.lock().expect("db lock");
    let owner =
        (!state.misbehaviour.shares_idempotency_keys()).then_some(user.national_id.as_str());
    if let Some((rid, status, body)) = store::idempotent(&db, owner, &key)? {
        if rid != id {
            return Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "idempotency_key_reused",
                "Idempotency-Key er allerede brukt for en annen innsending",
            ));
        }
        let r = load(&db, kind, user, id)?;
        let mut res = replayed(status, &body);
        res.headers_mut()
            .insert("idempotent-replayed", HeaderValue::from_static("true"));
        return Ok(with_etag(res, &r.etag()));
    }
    let r = load(&db, kind, user, id)?;
    check_if_match(headers, &r, false)?;
    // A sent application is sent again only when it has changed since.
    if r.status != "draft" && !unsent_changes(&r) {
        return Err(Problem::conflict(
            "already_submitted",
            "Dette er allerede sendt inn",
        ));
    }
    Problem::unless_field_errors(findings(state, &db, &r))?;
    let now = state.now();
    let mut current = r;
    // A change keeps the reference number; only a first sending takes a new one (outside the
    // submission's transaction: a crash after this leaves a gap, never a duplicate).
    let previous = current.receipt.as_ref();
    let revision = previous.and_then(|p| p["revision"].as_i64()).unwrap_or(0) + 1;
    let reference_number = match previous.and_then(|p| p["reference_number"].as_str()) {
        Some(reference) => reference.to_owned(),
        None => {
            let seq = store::next_counter(&db, kind.name())?;
            let year = crate::clock::to_cet(now).format("%Y");
            format!("{}-{year}-{seq:06}", kind.prefix())
        }
    };
    let attachments: Vec<Value> = match kind {
        Kind::Application => {
            let docs = store::documents(&db, &user.national_id)?;
            current
                .content
                .get("document_ids")
                .and_then(Value::as_array)
                .map(|ids| {
                    ids.iter()
                        .filter_map(|i| docs.iter().find(|d| Some(d.id.as_str()) == i.as_str()))
                        .map(attachment_json)
                        .collect()
                })
                .unwrap_or_default()
        }
        Kind::NeedsReport => vec![],
    };
    let receipt = json!({
        "reference_number": reference_number,
        "resource_id": current.id,
        "submitted_at": ts(now),
        "revision": revision,
        "attachments": attachments,
    });
    current.status = "submitted".into();
    current.version += 1;
    current.submitted_at = Some(ts(now));
    current.updated_at = ts(now);
    current.receipt = Some(receipt.clone());
    current.submitted_content = Some(current.content.clone());
    store::record_submission(&mut db, &current, &key, &receipt.to_string())?;
    Ok(with_etag(
        json_response(StatusCode::OK, &receipt),
        &current.etag(),
    ))
}

/// Withdraws a draft, or a sent resource before its deadline; after that nothing about it can
/// be changed or sent.
fn withdraw(state: &AppState, kind: Kind, user: &User, id: &str, headers: &HeaderMap) -> ApiResult {
    // Checked and written under one lock, so a concurrent submit, save or withdraw cannot
    // change the status between the check and the write.
    let db = state.db.lock().expect("db lock");
    let mut current = load(&db, kind, user, id)?;
    check_if_match(headers, &current, false)?;
    if current.status != "draft" && current.status != "submitted" {
        return Err(Problem::conflict(
            "not_withdrawable",
            "Kan ikke trekkes i denne statusen",
        ));
    }
    if current.status == "submitted" && deadline(state, &current).is_some_and(|d| state.now() > d) {
        return Err(kind.deadline_passed("trekkes her"));
    }
    let now = ts(state.now());
    current.status = "withdrawn".into();
    current.version += 1;
    current.withdrawn_at = Some(now.clone());
    current.updated_at = now;
    store::update_resource(&db, &current)?;
    Ok(resource_response(state, &db, StatusCode::OK, &current))
}

// ---------------------------------------------------------------- application content

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Remarks {
    #[serde(default)]
    job_title: Option<String>,
    #[serde(default)]
    school_owner: Option<String>,
    #[serde(default)]
    remark: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ApplicationContent {
    #[serde(default, deserialize_with = "id::optional")]
    round_id: Option<String>,
    #[serde(default, deserialize_with = "id::list")]
    alternative_ids: Vec<String>,
    #[serde(default)]
    remarks: Remarks,
    #[serde(default)]
    answers: BTreeMap<String, Value>,
    #[serde(default, deserialize_with = "id::list")]
    document_ids: Vec<String>,
}

fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|v| v.trim().is_empty())
}

fn check_len(errors: &mut Vec<FieldError>, pointer: &str, v: &Option<String>, max: usize) {
    if let Some(s) = v {
        if s.chars().count() > max {
            errors.push(FieldError::new(
                pointer,
                "too_long",
                format!("Høyst {max} tegn"),
            ));
        }
    }
}

fn check_answer(q: &Question, v: &Value, today: NaiveDate) -> Option<(&'static str, String)> {
    let as_str = || v.as_str();
    match q.kind.as_str() {
        "yes_no" => (!v.is_boolean()).then(|| ("invalid_type", "Svar ja eller nei".to_string())),
        kind => {
            let Some(s) = as_str() else {
                return Some(("invalid_type", "Svaret må være tekst".into()));
            };
            if let Some(max) = q.limits.max_length {
                if s.chars().count() > max as usize {
                    return Some(("too_long", format!("Høyst {max} tegn")));
                }
            }
            if s.trim().is_empty() {
                return None;
            }
            match kind {
                "choice" => {
                    let ok = q
                        .limits
                        .options
                        .as_ref()
                        .is_some_and(|o| o.iter().any(|o| o.id == s));
                    (!ok).then(|| ("invalid_option", "Velg et av alternativene".into()))
                }
                "date" => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                    Err(_) => Some(("invalid_date", "Skriv datoen som ÅÅÅÅ-MM-DD".into())),
                    Ok(d) => {
                        let min = q
                            .limits
                            .min_date
                            .as_deref()
                            .and_then(|m| NaiveDate::parse_from_str(m, "%Y-%m-%d").ok());
                        let max = q
                            .limits
                            .max_date
                            .as_deref()
                            .and_then(|m| NaiveDate::parse_from_str(m, "%Y-%m-%d").ok());
                        if min.is_some_and(|m| d < m) || max.is_some_and(|m| d > m) {
                            Some(("out_of_range", "Datoen er utenfor tillatt periode".into()))
                        } else {
                            None
                        }
                    }
                },
                "national_id_no" => validate::fodselsnummer(s, today)
                    .err()
                    .map(|e| (e.code(), "Ugyldig fødselsnummer eller D-nummer".into())),
                "national_id_se" => validate::personnummer(s, today)
                    .err()
                    .map(|e| (e.code(), "Ugyldig svensk personnummer".into())),
                "email" => {
                    (!validate::email(s)).then(|| ("invalid_email", "Ugyldig e-postadresse".into()))
                }
                "phone" => {
                    (!validate::phone(s)).then(|| ("invalid_phone", "Ugyldig telefonnummer".into()))
                }
                _ => None,
            }
        }
    }
}

impl ApplicationContent {
    fn chosen<'a>(&self, catalogue: &'a Catalogue) -> Vec<&'a crate::catalogue::Alternative> {
        self.alternative_ids
            .iter()
            .filter_map(|id| catalogue.alternative(id))
            .collect()
    }

    fn check(
        &self,
        catalogue: &Catalogue,
        docs: &[store::Document],
        today: NaiveDate,
    ) -> Vec<FieldError> {
        let mut e = vec![];
        let round = self.round_id.as_deref().and_then(|id| catalogue.round(id));
        if let Some(id) = &self.round_id {
            if round.is_none() {
                e.push(FieldError::new(
                    "/round_id",
                    "unknown_round",
                    format!("Ukjent opptak: {id}"),
                ));
            }
        } else if !self.alternative_ids.is_empty() {
            e.push(FieldError::new(
                "/round_id",
                "required",
                "Velg opptak før studiealternativ",
            ));
        }
        if let Some(round) = round {
            if self.alternative_ids.len() > round.max_alternatives_per_application as usize {
                e.push(FieldError::new(
                    "/alternative_ids",
                    "limit_exceeded",
                    format!(
                        "Du kan velge høyst {} studiealternativ i dette opptaket",
                        round.max_alternatives_per_application
                    ),
                ));
            } else {
                let mut seen = BTreeSet::new();
                for (i, id) in self.alternative_ids.iter().enumerate() {
                    let p = format!("/alternative_ids/{i}");
                    match catalogue.alternative(id) {
                        None => e.push(FieldError::new(
                            p,
                            "unknown_alternative",
                            "Ukjent studiealternativ",
                        )),
                        Some(a) if a.round_id != round.id => e.push(FieldError::new(
                            p,
                            "not_in_round",
                            "Studiealternativet hører ikke til dette opptaket",
                        )),
                        Some(_) if !seen.insert(id) => {
                            e.push(FieldError::new(p, "duplicate", "Valgt to ganger"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        check_len(&mut e, "/remarks/job_title", &self.remarks.job_title, 200);
        check_len(&mut e, "/remarks/remark", &self.remarks.remark, 1500);
        check_len(
            &mut e,
            "/remarks/school_owner",
            &self.remarks.school_owner,
            200,
        );
        let chosen = self.chosen(catalogue);
        for (qid, v) in &self.answers {
            let p = format!("/answers/{}", escape_token(qid));
            let q = chosen
                .iter()
                .flat_map(|a| {
                    a.questions
                        .iter()
                        .chain(a.requirements.iter().map(|r| &r.question))
                })
                .find(|q| &q.id == qid);
            match q {
                None => e.push(FieldError::new(
                    p,
                    "unknown_question",
                    "Spørsmålet hører ikke til valgt studiealternativ",
                )),
                Some(_) if v.is_null() => {}
                Some(q) => {
                    if let Some((code, msg)) = check_answer(q, v, today) {
                        e.push(FieldError::new(p, code, msg));
                    }
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (i, id) in self.document_ids.iter().enumerate() {
            let p = format!("/document_ids/{i}");
            if !docs.iter().any(|d| &d.id == id) {
                e.push(FieldError::new(
                    p,
                    "unknown_document",
                    "Fant ikke dokumentet",
                ));
            } else if !seen.insert(id) {
                e.push(FieldError::new(p, "duplicate", "Lagt ved to ganger"));
            }
        }
        e
    }

    fn check_complete(
        &self,
        catalogue: &Catalogue,
        docs: &[store::Document],
        now: DateTime<Utc>,
    ) -> Vec<FieldError> {
        let mut e = vec![];
        let Some(round) = self.round_id.as_deref().and_then(|id| catalogue.round(id)) else {
            return vec![FieldError::new("/round_id", "required", "Velg opptak")];
        };
        if let Some(d) = round.deadline_at {
            if now > d {
                e.push(FieldError::new(
                    "/round_id",
                    "deadline_passed",
                    "Søknadsfristen har gått ut",
                ));
            }
        }
        if round.opens_at_at.is_some_and(|o| now < o) {
            e.push(FieldError::new(
                "/round_id",
                "not_open",
                "Opptaket er ikke åpnet ennå",
            ));
        }
        if self.alternative_ids.is_empty() {
            e.push(FieldError::new(
                "/alternative_ids",
                "required",
                "Velg minst ett studiealternativ",
            ));
        }
        let chosen = self.chosen(catalogue);
        for (i, a) in chosen.iter().enumerate() {
            if a.external_application_url.is_some() {
                e.push(FieldError::new(
                    format!("/alternative_ids/{i}"),
                    "external_application",
                    "Dette studiet søker du på hos institusjonen selv",
                ));
            }
        }
        if round.requires_remarks {
            if blank(&self.remarks.job_title) {
                e.push(FieldError::new(
                    "/remarks/job_title",
                    "required",
                    "Skriv stillingstittelen din",
                ));
            }
            if blank(&self.remarks.school_owner) {
                e.push(FieldError::new(
                    "/remarks/school_owner",
                    "required",
                    "Skriv navnet på skoleeieren",
                ));
            }
        }
        let mut asked = BTreeSet::new();
        for q in chosen.iter().flat_map(|a| a.questions.iter()) {
            if !asked.insert(&q.id) || !q.required {
                continue;
            }
            let answered = match self.answers.get(&q.id) {
                None | Some(Value::Null) => false,
                Some(Value::String(s)) => !s.trim().is_empty(),
                Some(_) => true,
            };
            if !answered {
                e.push(FieldError::new(
                    format!("/answers/{}", escape_token(&q.id)),
                    "required",
                    "Svar på spørsmålet",
                ));
            }
        }
        // Every admission requirement answered; unmet ones refused unless the round lets the
        // institution assess applicants who do not meet them.
        let mut asked = BTreeSet::new();
        for r in chosen.iter().flat_map(|a| a.requirements.iter()) {
            if !asked.insert(&r.question.id) {
                continue;
            }
            let pointer = format!("/answers/{}", escape_token(&r.question.id));
            match self.answers.get(&r.question.id) {
                None | Some(Value::Null) => e.push(FieldError::new(
                    pointer,
                    "required",
                    "Svar på opptakskravet",
                )),
                Some(Value::String(s)) if s.trim().is_empty() => e.push(FieldError::new(
                    pointer,
                    "required",
                    "Svar på opptakskravet",
                )),
                Some(v) if !round.accepts_unqualified && !r.is_met_by(v) => e.push(
                    FieldError::new(pointer, "not_eligible", r.not_met.nb.clone()),
                ),
                Some(_) => {}
            }
        }
        let attached: Vec<&store::Document> = self
            .document_ids
            .iter()
            .filter_map(|id| docs.iter().find(|d| &d.id == id))
            .collect();
        let mut needed = BTreeSet::new();
        for a in &chosen {
            needed.extend(a.required_document_types.iter().cloned());
        }
        if round.document_deadline.is_none() {
            for t in needed {
                if !attached.iter().any(|d| d.document_type == t) {
                    e.push(FieldError::new(
                        "/document_ids",
                        "missing_document",
                        format!("Mangler dokument av typen {t}"),
                    ));
                }
            }
        }
        e
    }
}

// ---------------------------------------------------------------- needs report content

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Owner {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
    #[serde(default)]
    owner_type: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Contact {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct OrgRef {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct School {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    organisation_number: Option<String>,
    #[serde(default)]
    level: Option<String>,
    #[serde(default)]
    staff_count: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Partner {
    #[serde(default)]
    partner_type: Option<String>,
    #[serde(default, deserialize_with = "id::optional")]
    institution_id: Option<String>,
    #[serde(default)]
    contact: Contact,
    #[serde(default)]
    has_read_report: Option<bool>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Need {
    #[serde(default)]
    competence_need: Option<String>,
    #[serde(default)]
    analysis: Option<String>,
    #[serde(default)]
    staff_involvement: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Measure {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    goal: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    collaboration_form: Option<String>,
    #[serde(default)]
    target_group: Option<String>,
    #[serde(default)]
    participants: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Anchoring {
    #[serde(default)]
    confirmed: Option<bool>,
    #[serde(default)]
    explanation: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Period {
    #[serde(default)]
    start_school_year: Option<i64>,
    #[serde(default)]
    years: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct BudgetRow {
    /// The client's own id for the item (contract 1.4.0), kept as sent.
    #[serde(default, deserialize_with = "id::optional")]
    id: Option<String>,
    #[serde(default)]
    purpose: Option<String>,
    #[serde(default)]
    receiver: Option<String>,
    #[serde(default)]
    amount_nok: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct BudgetYear {
    #[serde(default)]
    school_year: Option<i64>,
    #[serde(default)]
    rows: Vec<BudgetRow>,
    #[serde(default)]
    own_contribution_nok: Option<i64>,
    #[serde(default)]
    own_contribution_form: Option<String>,
}

impl BudgetYear {
    /// The state grant to the owner: its rows, coordinator rows included.
    fn grant_to_owner(&self) -> i64 {
        self.rows
            .iter()
            .filter(|r| r.receiver.as_deref() == Some("owner"))
            .filter_map(|r| r.amount_nok)
            .filter(|a| (0..=MAX_NOK).contains(a))
            .sum()
    }
}

/// What grant money may be used for (the scheme's list).
const PURPOSES: [&str; 5] = [
    "assess_needs",
    "plan",
    "carry_out",
    "evaluate",
    "coordinator",
];
/// Purposes people ask for that the scheme rules out.
const NOT_FUNDABLE: [&str; 1] = ["individual_further_education"];
const RECEIVERS: [&str; 2] = ["owner", "partner"];
const MAX_NOK: i64 = 1_000_000_000;
const MAX_BUDGET_ROWS_PER_YEAR: usize = 10_000;

#[derive(Debug, Default, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct NeedsReportContent {
    #[serde(default, deserialize_with = "id::optional")]
    region_id: Option<String>,
    #[serde(default)]
    lead_owner: Owner,
    #[serde(default)]
    contact_person: Contact,
    #[serde(default)]
    co_owners: Vec<OrgRef>,
    #[serde(default)]
    schools: Vec<School>,
    #[serde(default)]
    partner: Partner,
    #[serde(default)]
    need: Need,
    #[serde(default, deserialize_with = "id::list")]
    topic_ids: Vec<String>,
    #[serde(default)]
    other_topic: Option<String>,
    #[serde(default)]
    measure: Measure,
    #[serde(default)]
    anchoring: BTreeMap<String, Anchoring>,
    #[serde(default)]
    period: Period,
    #[serde(default)]
    budget: Vec<BudgetYear>,
}

fn check_orgnr(e: &mut Vec<FieldError>, pointer: String, v: &Option<String>) {
    if let Some(s) = v.as_deref().filter(|s| !s.trim().is_empty()) {
        if let Err(err) = validate::organisasjonsnummer(s) {
            let msg = match err {
                validate::IdError::Format => "Organisasjonsnummeret må være 9 siffer",
                _ => "Kontrollsifferet i organisasjonsnummeret stemmer ikke",
            };
            e.push(FieldError::new(pointer, err.code(), msg));
        }
    }
}

fn check_code(
    e: &mut Vec<FieldError>,
    pointer: &str,
    v: &Option<String>,
    allowed: &[crate::catalogue::Coded],
) {
    if let Some(s) = v {
        if !allowed.iter().any(|c| &c.id == s) {
            e.push(FieldError::new(
                pointer,
                "invalid_option",
                "Velg en av verdiene i listen",
            ));
        }
    }
}

fn check_contact(e: &mut Vec<FieldError>, at: &str, c: &Contact) {
    check_len(e, &format!("{at}/name"), &c.name, 200);
    check_len(e, &format!("{at}/role"), &c.role, 200);
    if let Some(m) = c.email.as_deref().filter(|s| !s.is_empty()) {
        if !validate::email(m) {
            e.push(FieldError::new(
                format!("{at}/email"),
                "invalid_email",
                "Ugyldig e-postadresse",
            ));
        }
    }
    if let Some(p) = c.phone.as_deref().filter(|s| !s.is_empty()) {
        if !validate::phone(p) {
            e.push(FieldError::new(
                format!("{at}/phone"),
                "invalid_phone",
                "Ugyldig telefonnummer",
            ));
        }
    }
}

fn check_count(e: &mut Vec<FieldError>, pointer: &str, v: Option<i64>) {
    if v.is_some_and(|n| !(0..=100_000).contains(&n)) {
        e.push(FieldError::new(
            pointer,
            "out_of_range",
            "Antallet må være mellom 0 og 100 000",
        ));
    }
}

fn require(e: &mut Vec<FieldError>, pointer: &str, v: &Option<String>, msg: &str) {
    if blank(v) {
        e.push(FieldError::new(pointer, "required", msg));
    }
}

fn require_some<T>(e: &mut Vec<FieldError>, pointer: &str, v: &Option<T>, msg: &str) {
    if v.is_none() {
        e.push(FieldError::new(pointer, "required", msg));
    }
}

impl NeedsReportContent {
    /// Wrong values, whatever is still missing.
    fn check(&self, rd: &ReferenceData) -> Vec<FieldError> {
        let mut e = vec![];
        if let Some(r) = &self.region_id {
            if !rd.statsforvalter_regions.iter().any(|c| &c.id == r) {
                e.push(FieldError::new(
                    "/region_id",
                    "invalid_option",
                    "Velg en av verdiene i listen",
                ));
            }
        }
        check_len(&mut e, "/lead_owner/name", &self.lead_owner.name, 200);
        check_orgnr(
            &mut e,
            "/lead_owner/organisation_number".into(),
            &self.lead_owner.organisation_number,
        );
        check_code(
            &mut e,
            "/lead_owner/owner_type",
            &self.lead_owner.owner_type,
            &rd.owner_types,
        );
        check_contact(&mut e, "/contact_person", &self.contact_person);
        let orgs = |list: &[OrgRef]| -> Vec<(Option<String>, Option<String>)> {
            list.iter()
                .map(|o| (o.name.clone(), o.organisation_number.clone()))
                .collect()
        };
        let schools: Vec<_> = self
            .schools
            .iter()
            .map(|s| (s.name.clone(), s.organisation_number.clone()))
            .collect();
        for (list, name, max) in [
            (orgs(&self.co_owners), "co_owners", 50usize),
            (schools, "schools", 200),
        ] {
            if list.len() > max {
                e.push(FieldError::new(
                    format!("/{name}"),
                    "limit_exceeded",
                    format!("Høyst {max}"),
                ));
                continue;
            }
            let mut seen = BTreeSet::new();
            for (i, (org_name, orgnr)) in list.iter().enumerate() {
                check_len(&mut e, &format!("/{name}/{i}/name"), org_name, 200);
                check_orgnr(&mut e, format!("/{name}/{i}/organisation_number"), orgnr);
                // "974 760 673" and "974760673" are one organisation.
                if let Some(n) = orgnr.as_deref().filter(|s| !s.trim().is_empty()) {
                    let digits =
                        validate::organisasjonsnummer(n).unwrap_or_else(|_| n.trim().into());
                    if !seen.insert(digits) {
                        e.push(FieldError::new(
                            format!("/{name}/{i}/organisation_number"),
                            "duplicate",
                            "Oppført to ganger",
                        ));
                    }
                }
            }
        }
        for (i, s) in self.schools.iter().enumerate().take(200) {
            check_code(
                &mut e,
                &format!("/schools/{i}/level"),
                &s.level,
                &rd.school_levels,
            );
            check_count(&mut e, &format!("/schools/{i}/staff_count"), s.staff_count);
        }
        check_code(
            &mut e,
            "/partner/partner_type",
            &self.partner.partner_type,
            &rd.partner_types,
        );
        check_code(
            &mut e,
            "/partner/institution_id",
            &self.partner.institution_id,
            &rd.partner_institutions,
        );
        check_contact(&mut e, "/partner/contact", &self.partner.contact);
        for (p, v) in [
            ("/need/competence_need", &self.need.competence_need),
            ("/need/analysis", &self.need.analysis),
            ("/need/staff_involvement", &self.need.staff_involvement),
            ("/measure/goal", &self.measure.goal),
            ("/measure/description", &self.measure.description),
            ("/measure/target_group", &self.measure.target_group),
        ] {
            check_len(&mut e, p, v, 4000);
        }
        check_len(&mut e, "/measure/title", &self.measure.title, 200);
        check_len(&mut e, "/other_topic", &self.other_topic, 500);
        check_code(
            &mut e,
            "/measure/collaboration_form",
            &self.measure.collaboration_form,
            &rd.collaboration_forms,
        );
        check_count(&mut e, "/measure/participants", self.measure.participants);
        let mut seen = BTreeSet::new();
        for (i, t) in self.topic_ids.iter().enumerate() {
            if !rd.topics.iter().any(|c| &c.id == t) {
                e.push(FieldError::new(
                    format!("/topic_ids/{i}"),
                    "invalid_option",
                    "Ukjent tema",
                ));
            } else if !seen.insert(t) {
                e.push(FieldError::new(
                    format!("/topic_ids/{i}"),
                    "duplicate",
                    "Valgt to ganger",
                ));
            }
        }
        for (id, a) in &self.anchoring {
            let at = format!("/anchoring/{}", pointer_token(id));
            if !rd.success_conditions.iter().any(|c| &c.id == id) {
                e.push(FieldError::new(at, "invalid_option", "Ukjent forutsetning"));
            } else {
                check_len(&mut e, &format!("{at}/explanation"), &a.explanation, 2000);
            }
        }
        if self
            .period
            .years
            .is_some_and(|y| !(1..=rd.max_period_years as i64).contains(&y))
        {
            e.push(FieldError::new(
                "/period/years",
                "out_of_range",
                "Perioden kan være 1 til 3 skoleår",
            ));
        }
        if self
            .period
            .start_school_year
            .is_some_and(|y| !(2000..=2100).contains(&y))
        {
            e.push(FieldError::new(
                "/period/start_school_year",
                "out_of_range",
                "Ugyldig skoleår",
            ));
        }
        if self.budget.len() > rd.max_period_years as usize {
            e.push(FieldError::new(
                "/budget",
                "limit_exceeded",
                "Høyst ett budsjettår per skoleår (3)",
            ));
        }
        for (i, year) in self.budget.iter().enumerate() {
            self.check_budget_year(&mut e, rd, i, year);
        }
        e
    }

    fn check_budget_year(
        &self,
        e: &mut Vec<FieldError>,
        rd: &ReferenceData,
        i: usize,
        year: &BudgetYear,
    ) {
        let out_of_range = |v: Option<i64>| v.is_some_and(|n| !(0..=MAX_NOK).contains(&n));
        const AMOUNT: &str = "Beløpet må være hele kroner mellom 0 og 1 000 000 000";
        if year.rows.len() > MAX_BUDGET_ROWS_PER_YEAR {
            e.push(FieldError::new(
                format!("/budget/{i}/rows"),
                "limit_exceeded",
                format!("Høyst {MAX_BUDGET_ROWS_PER_YEAR} linjer per skoleår"),
            ));
            return;
        }
        for (j, row) in year.rows.iter().enumerate() {
            let at = format!("/budget/{i}/rows/{j}");
            if let Some(p) = row.purpose.as_deref() {
                if NOT_FUNDABLE.contains(&p) {
                    e.push(FieldError::new(
                        format!("{at}/purpose"),
                        "not_fundable",
                        "Ordningen finansierer ikke individuell videreutdanning; midlene kan brukes til å vurdere behov, planlegge, gjennomføre og evaluere tiltak og til en avgrenset koordinatorrolle",
                    ));
                } else if !PURPOSES.contains(&p) {
                    e.push(FieldError::new(
                        format!("{at}/purpose"),
                        "invalid_option",
                        "Velg et formål fra listen: vurdere behov, planlegge, gjennomføre, evaluere eller koordinator",
                    ));
                }
            }
            if row
                .receiver
                .as_deref()
                .is_some_and(|r| !RECEIVERS.contains(&r))
            {
                e.push(FieldError::new(
                    format!("{at}/receiver"),
                    "invalid_option",
                    "Mottakeren må være skoleeier eller partner",
                ));
            }
            if out_of_range(row.amount_nok) {
                e.push(FieldError::new(
                    format!("{at}/amount_nok"),
                    "out_of_range",
                    AMOUNT,
                ));
            }
        }
        if out_of_range(year.own_contribution_nok) {
            e.push(FieldError::new(
                format!("/budget/{i}/own_contribution_nok"),
                "out_of_range",
                AMOUNT,
            ));
        }
        check_code(
            e,
            &format!("/budget/{i}/own_contribution_form"),
            &year.own_contribution_form,
            &rd.own_contribution_forms,
        );
        if year
            .school_year
            .is_some_and(|y| !(2000..=2100).contains(&y))
        {
            e.push(FieldError::new(
                format!("/budget/{i}/school_year"),
                "out_of_range",
                "Ugyldig skoleår",
            ));
        }
        if let Some(own) = year
            .own_contribution_nok
            .filter(|n| (0..=MAX_NOK).contains(n))
        {
            let min =
                validate::percent_ceil(year.grant_to_owner(), rd.own_contribution_rate_percent);
            if own < min {
                e.push(FieldError::new(
                    format!("/budget/{i}/own_contribution_nok"),
                    "own_contribution_too_low",
                    format!(
                        "Egenandelen må være minst {} % av tilskuddet til skoleeier: {min} kroner, {} kroner mer enn oppgitt",
                        rd.own_contribution_rate_percent,
                        min - own
                    ),
                ));
            }
        }
    }

    /// What is still missing.
    fn check_complete(&self, rd: &ReferenceData, now: DateTime<Utc>) -> Vec<FieldError> {
        let mut e = vec![];
        if parse_ts(&rd.needs_report_deadline).is_some_and(|d| now > d) {
            e.push(FieldError::new(
                "",
                "deadline_passed",
                "Fristen for behovsmeldinger har gått ut",
            ));
        }
        require(&mut e, "/region_id", &self.region_id, "Velg statsforvalter");
        let o = &self.lead_owner;
        require(
            &mut e,
            "/lead_owner/name",
            &o.name,
            "Skriv navnet på skoleeieren",
        );
        require(
            &mut e,
            "/lead_owner/organisation_number",
            &o.organisation_number,
            "Skriv organisasjonsnummeret",
        );
        require(
            &mut e,
            "/lead_owner/owner_type",
            &o.owner_type,
            "Velg type skoleeier",
        );
        let c = &self.contact_person;
        require(
            &mut e,
            "/contact_person/name",
            &c.name,
            "Skriv navnet på kontaktpersonen",
        );
        require(
            &mut e,
            "/contact_person/role",
            &c.role,
            "Skriv rollen til kontaktpersonen",
        );
        require(
            &mut e,
            "/contact_person/email",
            &c.email,
            "Skriv e-postadressen",
        );
        require(
            &mut e,
            "/contact_person/phone",
            &c.phone,
            "Skriv telefonnummeret",
        );
        for (i, o) in self.co_owners.iter().enumerate() {
            require(
                &mut e,
                &format!("/co_owners/{i}/name"),
                &o.name,
                "Skriv navnet",
            );
            require(
                &mut e,
                &format!("/co_owners/{i}/organisation_number"),
                &o.organisation_number,
                "Skriv organisasjonsnummeret",
            );
        }
        if self.schools.is_empty() {
            e.push(FieldError::new(
                "/schools",
                "required",
                "Legg til minst én skole",
            ));
        }
        for (i, s) in self.schools.iter().enumerate() {
            let at = format!("/schools/{i}");
            require(
                &mut e,
                &format!("{at}/name"),
                &s.name,
                "Skriv navnet på skolen",
            );
            require(
                &mut e,
                &format!("{at}/organisation_number"),
                &s.organisation_number,
                "Skriv organisasjonsnummeret",
            );
            require(&mut e, &format!("{at}/level"), &s.level, "Velg skoleslag");
            require_some(
                &mut e,
                &format!("{at}/staff_count"),
                &s.staff_count,
                "Skriv hvor mange ansatte som deltar",
            );
        }
        let p = &self.partner;
        require(
            &mut e,
            "/partner/partner_type",
            &p.partner_type,
            "Velg type partner",
        );
        require(
            &mut e,
            "/partner/institution_id",
            &p.institution_id,
            "Velg partner",
        );
        require(
            &mut e,
            "/partner/contact/name",
            &p.contact.name,
            "Skriv navnet på kontaktpersonen hos partneren",
        );
        require(
            &mut e,
            "/partner/contact/email",
            &p.contact.email,
            "Skriv e-postadressen til kontaktpersonen hos partneren",
        );
        if p.has_read_report != Some(true) {
            e.push(FieldError::new(
                "/partner/has_read_report",
                "required",
                "Partneren må ha lest behovsmeldingen",
            ));
        }
        let n = &self.need;
        require(
            &mut e,
            "/need/competence_need",
            &n.competence_need,
            "Beskriv kompetansebehovet",
        );
        require(
            &mut e,
            "/need/analysis",
            &n.analysis,
            "Beskriv hvordan behovet er kartlagt",
        );
        require(
            &mut e,
            "/need/staff_involvement",
            &n.staff_involvement,
            "Beskriv hvordan de ansatte var med på å finne behovet",
        );
        if self.topic_ids.is_empty() && blank(&self.other_topic) {
            e.push(FieldError::new(
                "/topic_ids",
                "required",
                "Velg minst ett tema, eller beskriv et annet",
            ));
        }
        let m = &self.measure;
        require(
            &mut e,
            "/measure/title",
            &m.title,
            "Skriv tittelen på tiltaket",
        );
        require(&mut e, "/measure/goal", &m.goal, "Beskriv målet");
        require(
            &mut e,
            "/measure/description",
            &m.description,
            "Beskriv tiltaket",
        );
        require(
            &mut e,
            "/measure/collaboration_form",
            &m.collaboration_form,
            "Velg samarbeidsform",
        );
        require(
            &mut e,
            "/measure/target_group",
            &m.target_group,
            "Beskriv målgruppen",
        );
        require_some(
            &mut e,
            "/measure/participants",
            &m.participants,
            "Skriv antall deltakere",
        );
        for cond in &rd.success_conditions {
            let a = self.anchoring.get(&cond.id);
            let confirmed = a.is_some_and(|a| a.confirmed == Some(true));
            let explained = a.is_some_and(|a| !blank(&a.explanation));
            if !confirmed && !explained {
                e.push(FieldError::new(
                    format!("/anchoring/{}", pointer_token(&cond.id)),
                    "required",
                    "Bekreft forutsetningen, eller forklar hvorfor den ikke er oppfylt",
                ));
            }
        }
        let (Some(start), Some(years)) = (self.period.start_school_year, self.period.years) else {
            require_some(
                &mut e,
                "/period/start_school_year",
                &self.period.start_school_year,
                "Velg første skoleår",
            );
            require_some(
                &mut e,
                "/period/years",
                &self.period.years,
                "Velg antall skoleår",
            );
            return e;
        };
        let expected: Vec<Option<i64>> = (start..start + years).map(Some).collect();
        let got: Vec<Option<i64>> = self.budget.iter().map(|r| r.school_year).collect();
        if got != expected {
            e.push(FieldError::new(
                "/budget",
                "budget_years_mismatch",
                format!(
                    "Budsjettet må ha ett år per skoleår i perioden ({}–{}), i rekkefølge",
                    start,
                    start + years - 1
                ),
            ));
        }
        for (i, year) in self.budget.iter().enumerate() {
            if year.rows.is_empty() {
                e.push(FieldError::new(
                    format!("/budget/{i}/rows"),
                    "required",
                    "Legg til minst én budsjettlinje",
                ));
            }
            for (j, row) in year.rows.iter().enumerate() {
                let at = format!("/budget/{i}/rows/{j}");
                require(
                    &mut e,
                    &format!("{at}/purpose"),
                    &row.purpose,
                    "Velg formål",
                );
                require(
                    &mut e,
                    &format!("{at}/receiver"),
                    &row.receiver,
                    "Velg mottaker",
                );
                require_some(
                    &mut e,
                    &format!("{at}/amount_nok"),
                    &row.amount_nok,
                    "Fyll inn beløpet",
                );
            }
            require_some(
                &mut e,
                &format!("/budget/{i}/own_contribution_nok"),
                &year.own_contribution_nok,
                "Fyll inn egenandelen (0 hvis ingen)",
            );
            require(
                &mut e,
                &format!("/budget/{i}/own_contribution_form"),
                &year.own_contribution_form,
                "Velg form for egenandelen",
            );
        }
        e
    }
}

/// A JSON Pointer reference token (RFC 6901): `~` as `~0`, `/` as `~1`.
fn pointer_token(s: &str) -> String {
    s.replace('~', "~0").replace('/', "~1")
}

// ---------------------------------------------------------------- documents

fn sniff(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if head.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// The name to keep: its last path segment (some browsers send the whole path), at most 200
/// characters. Names holding characters `validate::file_name_char_allowed` refuses never get
/// here.
fn clean_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base.chars().take(200).collect();
    let cleaned = cleaned.trim().to_string();
    if cleaned.is_empty() {
        "dokument".into()
    } else {
        cleaned
    }
}

fn too_large() -> Problem {
    Problem::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "file_too_large",
        format!(
            "Filen er for stor. Største tillatte størrelse er {} MB.",
            MAX_UPLOAD_BYTES / 1024 / 1024
        ),
    )
}

fn multipart_error(e: axum::extract::multipart::MultipartError) -> Problem {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        too_large()
    } else {
        Problem::bad_request("malformed_multipart", "Opplastingen kunne ikke leses")
            .detail(e.body_text())
    }
}

async fn upload_document(
    State(state): S,
    user: User,
    UploadForm(mut multipart): UploadForm,
) -> ApiResult {
    let stored_name = store::random_hex(16);
    let path = state.uploads_dir().join(&stored_name);
    let result = async {
        let mut file_info: Option<(String, String, i64, String)> = None;
        // A file part was sent but its name refused: no "required" error on top.
        let mut file_name_refused = false;
        let mut document_type: Option<String> = None;
        let mut remark: Option<String> = None;
        let mut errors = vec![];
        let mut seen = BTreeSet::new();
        while let Some(mut field) = multipart.next_field().await.map_err(multipart_error)? {
            // Unread data of a part that is not used is skipped by the next `next_field`.
            let name = field.name().unwrap_or("").to_string();
            let pointer = format!("/{}", escape_token(&name));
            if !seen.insert(name.clone()) {
                errors.push(FieldError::new(pointer, "duplicate", "Sendt to ganger"));
                continue;
            }
            match name.as_str() {
                "file" => {
                    let sent_name = field.file_name().unwrap_or("");
                    if !sent_name.chars().all(validate::file_name_char_allowed) {
                        errors.push(FieldError::new(
                            "/file",
                            "file_name_invalid",
                            "Filnavnet inneholder kontrolltegn eller tegn som endrer skriveretningen. Gi filen et annet navn.",
                        ));
                        file_name_refused = true;
                        continue;
                    }
                    let filename = clean_filename(sent_name);
                    let mut out = tokio::fs::File::create(&path).await?;
                    let mut hasher = Sha256::new();
                    let mut size: u64 = 0;
                    let mut head: Vec<u8> = Vec::with_capacity(8);
                    while let Some(chunk) = field.chunk().await.map_err(multipart_error)? {
                        size += chunk.len() as u64;
                        if size > MAX_UPLOAD_BYTES {
                            return Err(too_large());
                        }
                        if head.len() < 8 {
                            let take = (8 - head.len()).min(chunk.len());
                            head.extend_from_slice(&chunk[..take]);
                        }
                        hasher.update(&chunk);
                        out.write_all(&chunk).await?;
                    }
                    out.flush().await?;
                    let Some(ct) = sniff(&head) else {
                        return Err(Problem::new(
                            StatusCode::UNSUPPORTED_MEDIA_TYPE,
                            "unsupported_file_type",
                            "Filtypen støttes ikke. Last opp PDF, JPG eller PNG.",
                        ));
                    };
                    file_info = Some((
                        validate::file_name_for_type(&filename, ct),
                        ct.to_string(),
                        size as i64,
                        store::hex(&hasher.finalize()),
                    ));
                }
                "document_type" => {
                    document_type = Some(field.text().await.map_err(multipart_error)?)
                }
                "remark" => remark = Some(field.text().await.map_err(multipart_error)?),
                // Refused like unknown JSON fields, as the contract's additionalProperties says.
                _ => errors.push(FieldError::new(pointer, "unknown_field", "Ukjent felt")),
            }
        }
        let rd = state.reference_data();
        match document_type.as_deref().map(str::trim) {
            None | Some("") => errors.push(FieldError::new(
                "/document_type",
                "required",
                "Velg dokumenttype",
            )),
            Some(t) if !rd.document_types.iter().any(|c| c.id == t) => errors.push(
                FieldError::new("/document_type", "invalid_option", "Ukjent dokumenttype"),
            ),
            _ => {}
        }
        let remark = remark
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        check_len(&mut errors, "/remark", &remark, 500);
        if file_info.is_none() && !file_name_refused {
            errors.push(FieldError::new("/file", "required", "Velg en fil"));
        }
        Problem::unless_field_errors(errors)?;
        let (filename, content_type, size, sha256) = file_info.expect("checked");
        let doc = store::Document {
            id: store::random_hex(16),
            owner: user.national_id.clone(),
            filename,
            content_type,
            size,
            sha256,
            document_type: document_type.expect("checked").trim().to_string(),
            remark,
            uploaded_at: ts(state.now()),
            stored_name: stored_name.clone(),
        };
        let db = state.db.lock().expect("db lock");
        store::insert_document(&db, &doc)?;
        Ok(doc)
    }
    .await;
    match result {
        Ok(doc) => {
            let mut res = json_response(StatusCode::CREATED, &doc.json());
            if let Ok(v) = HeaderValue::from_str(&format!("/api/v1/documents/{}", doc.id)) {
                res.headers_mut().insert(header::LOCATION, v);
            }
            Ok(res)
        }
        Err(p) => {
            let _ = tokio::fs::remove_file(&path).await;
            Err(p)
        }
    }
}

async fn list_documents(State(state): S, user: User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let items: Vec<Value> = store::documents(&db, &user.national_id)?
        .iter()
        .map(|d| d.json())
        .collect();
    Ok(json_response(StatusCode::OK, &json!({ "items": items })))
}

async fn document_content(State(state): S, user: User, ResourceId(id): ResourceId) -> ApiResult {
    let doc = {
        let db = state.db.lock().expect("db lock");
        store::document(&db, &user.national_id, &id)?.ok_or_else(Problem::not_found)?
    };
    let bytes = tokio::fs::read(state.uploads_dir().join(&doc.stored_name)).await?;
    let mut res = (StatusCode::OK, Bytes::from(bytes)).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&doc.content_type).expect("content type"),
    );
    let ascii: String = doc
        .filename
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", doc.sha256)) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(res)
}

async fn delete_document(State(state): S, user: User, ResourceId(id): ResourceId) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    let doc = store::document(&db, &user.national_id, &id)?.ok_or_else(Problem::not_found)?;
    let mut owned = store::all_resources_of(&db, &user.national_id)?;
    let uses = |r: &Resource| {
        r.content
            .get("document_ids")
            .and_then(Value::as_array)
            .is_some_and(|ids| ids.iter().any(|i| i.as_str() == Some(id.as_str())))
    };
    if owned
        .iter()
        .any(|r| r.status != "draft" && r.status != "withdrawn" && uses(r))
    {
        return Err(Problem::conflict(
            "document_in_use",
            "Dokumentet er lagt ved en innsendt søknad og kan ikke slettes",
        ));
    }
    let now = ts(state.now());
    for r in owned.iter_mut().filter(|r| uses(r)) {
        if let Some(ids) = r
            .content
            .get_mut("document_ids")
            .and_then(Value::as_array_mut)
        {
            ids.retain(|i| i.as_str() != Some(id.as_str()));
        }
        r.version += 1;
        r.updated_at = now.clone();
        store::update_resource(&db, r)?;
    }
    db.execute("DELETE FROM documents WHERE id = ?1", [&doc.id])?;
    let _ = std::fs::remove_file(state.uploads_dir().join(&doc.stored_name));
    Ok(StatusCode::NO_CONTENT.into_response())
}

// ---------------------------------------------------------------- test mode

fn test_only(state: &AppState) -> Result<(), Problem> {
    if state.test_mode {
        Ok(())
    } else {
        Err(Problem::not_found())
    }
}

async fn set_faults(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let f: crate::faults::Faults = typed(body)?;
    f.validate()?;
    *state.faults.lock().expect("faults lock") = Some(f);
    Ok(StatusCode::NO_CONTENT.into_response())
}

async fn clear_faults(State(state): S) -> ApiResult {
    test_only(&state)?;
    *state.faults.lock().expect("faults lock") = None;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct ClockRequest {
    now: Option<String>,
}

async fn set_clock(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let req: ClockRequest = typed(body)?;
    let now = req.now.as_deref().and_then(parse_ts).ok_or_else(|| {
        Problem::field(
            "/now",
            "invalid_format",
            "Oppgi et RFC 3339-tidspunkt med tidssone",
        )
    })?;
    state.set_now(now);
    Ok(json_response(StatusCode::OK, &json!({ "now": ts(now) })))
}

async fn clear_clock(State(state): S) -> ApiResult {
    test_only(&state)?;
    state.clear_clock();
    Ok(json_response(
        StatusCode::OK,
        &json!({ "now": ts(state.now()) }),
    ))
}

async fn reset(State(state): S) -> ApiResult {
    test_only(&state)?;
    {
        let db = state.db.lock().expect("db lock");
        store::wipe(&db)?;
    }
    if let Ok(entries) = std::fs::read_dir(state.uploads_dir()) {
        for e in entries.flatten() {
            let _ = std::fs::remove_file(e.path());
        }
    }
    *state.faults.lock().expect("faults lock") = None;
    state.set_anchor(state.now());
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct StatusRequest {
    kind: String,
    #[serde(deserialize_with = "id::one")]
    id: String,
    status: String,
}

async fn set_status(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
    test_only(&state)?;
    let req: StatusRequest = typed(body)?;
    let allowed: &[&str] = match req.kind.as_str() {
        "application" => &["draft", "submitted", "withdrawn", "offer", "rejected"],
        "needs_report" => &["draft", "submitted", "withdrawn", "recommended", "decided"],
        _ => {
            return Err(Problem::field(
                "/kind",
                "invalid_option",
                "application eller needs_report",
            ))
        }
    };
    if !allowed.contains(&req.status.as_str()) {
        return Err(Problem::field(
            "/status",
            "invalid_option",
            "Ugyldig status for denne typen",
        ));
    }
    let db = state.db.lock().expect("db lock");
    let mut r: Resource = db
        .query_row(
            "SELECT owner FROM resources WHERE id = ?1 AND kind = ?2",
            [&req.id, &req.kind],
            |r| r.get::<_, String>(0),
        )
        .ok()
        .and_then(|owner| {
            store::resource(&db, &req.kind, &owner, &req.id)
                .ok()
                .flatten()
        })
        .ok_or_else(Problem::not_found)?;
    r.status = req.status;
    r.version += 1;
    r.updated_at = ts(state.now());
    store::update_resource(&db, &r)?;
    Ok(resource_response(&state, &db, StatusCode::OK, &r))
}
