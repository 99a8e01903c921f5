//! The test login: the synthetic test persons, the session (`/session`) and the logged-in
//! [`User`] every authenticated handler takes. The ID-porten login (`idporten`) makes its
//! sessions here too.

use std::sync::Arc;

use axum::extract::{FromRequestParts, State};
use axum::http::{header, request::Parts, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::request::{typed, JsonBody};
use super::{json_response, parse_ts, ts, ApiResult, S};
use crate::catalogue;
use crate::problem::Problem;
use crate::store;
use crate::{validate, AppState, SESSION_IDLE_SECONDS};

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
    /// Set for a session made by ID-porten.
    pub id_token: Option<String>,
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
            id_token: session.id_token,
        })
    }
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

pub(super) async fn test_identities_handler() -> Response {
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

pub(super) async fn create_session(State(state): S, JsonBody(body): JsonBody) -> ApiResult {
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
    let name = test_person_name(nid).unwrap_or_else(|| "Syntetisk testperson".to_string());
    start_session(&state, nid, name, None)
}

/// The synthetic test person's name for `national_id`, if it is one of [`test_identities`].
pub(super) fn test_person_name(national_id: &str) -> Option<String> {
    test_identities()
        .into_iter()
        .find(|(i, _, _)| i == national_id)
        .map(|(_, n, _)| n)
}

/// Makes a session for the person (the test login's and ID-porten's alike, the latter with its
/// ID token) and answers with it.
pub(super) fn start_session(
    state: &AppState,
    national_id: &str,
    name: String,
    id_token: Option<&str>,
) -> ApiResult {
    let now = state.now();
    let token = store::random_hex(32);
    let db = state.db.lock().expect("db lock");
    db.execute(
        "INSERT INTO sessions (token, national_id, name, last_seen, created_at, id_token)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        rusqlite::params![token, national_id, name, ts(now), id_token],
    )?;
    let user = User {
        national_id: national_id.to_string(),
        name,
        token: token.clone(),
        expires_at: now + chrono::Duration::seconds(SESSION_IDLE_SECONDS),
        id_token: id_token.map(str::to_string),
    };
    let mut body = session_body(&db, &user)?;
    body["token"] = token.into();
    Ok(json_response(StatusCode::CREATED, &body))
}

pub(super) async fn get_session(State(state): S, user: User) -> ApiResult {
    let db = state.db.lock().expect("db lock");
    Ok(json_response(StatusCode::OK, &session_body(&db, &user)?))
}

/// Logs out: 204, or for a session made by ID-porten 200 with where the provider's session ends.
pub(super) async fn delete_session(State(state): S, user: User) -> ApiResult {
    {
        let db = state.db.lock().expect("db lock");
        db.execute("DELETE FROM sessions WHERE token = ?1", [&user.token])?;
    }
    let end_session_url = match (&state.oidc, &user.id_token) {
        (Some(provider), Some(id_token)) => provider.end_session_url(id_token).await,
        _ => None,
    };
    Ok(match end_session_url {
        Some(url) => json_response(StatusCode::OK, &json!({ "end_session_url": url })),
        None => StatusCode::NO_CONTENT.into_response(),
    })
}
