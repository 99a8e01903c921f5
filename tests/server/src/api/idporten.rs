//! `POST /session/idporten`: the ID-porten login (contract 1.7.0). The app sends what came back
//! from the provider's authorization endpoint; the code is redeemed with the backend's own client
//! credentials and the ID token checked ([`crate::oidc`]) before a session is made, the same
//! session the test login gives.

use axum::extract::State;
use axum::http::{header, StatusCode};
use serde::{Deserialize, Serialize};

use super::request::{typed, JsonBody};
use super::session::{start_session, test_person_name};
use super::{ApiResult, S};
use crate::oidc::LoginError;
use crate::problem::{FieldError, Problem};

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct IdPortenRequest {
    code: Option<String>,
    code_verifier: Option<String>,
    nonce: Option<String>,
    redirect_uri: Option<String>,
}

/// A PKCE code verifier (RFC 7636 section 4.1): 43 to 128 unreserved characters.
fn is_code_verifier(v: &str) -> bool {
    (43..=128).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b))
}

/// One required string field between `min` and `max` characters that `valid` accepts.
fn check_field(
    errors: &mut Vec<FieldError>,
    name: &str,
    value: &Option<String>,
    (min, max): (usize, usize),
    valid: fn(&str) -> bool,
) {
    let pointer = format!("/{name}");
    match value.as_deref() {
        None | Some("") => errors.push(FieldError::new(pointer, "required", "Mangler")),
        Some(v) if v.chars().count() > max => errors.push(FieldError::new(
            pointer,
            "too_long",
            format!("Høyst {max} tegn"),
        )),
        Some(v) if v.chars().count() < min => errors.push(FieldError::new(
            pointer,
            "too_short",
            format!("Minst {min} tegn"),
        )),
        Some(v) if !valid(v) => {
            errors.push(FieldError::new(pointer, "invalid_format", "Ugyldig format"))
        }
        Some(_) => {}
    }
}

fn refused(e: LoginError) -> Problem {
    let title = match &e {
        LoginError::CodeRefused(_) => "ID-porten godtok ikke innloggingen. Logg inn på nytt.",
        LoginError::Invalid(_) => "Svaret fra ID-porten kunne ikke godkjennes. Logg inn på nytt.",
        LoginError::Expired => "Innloggingen fra ID-porten er utløpt. Logg inn på nytt.",
        LoginError::WrongAudience => "Innloggingen fra ID-porten var ment for en annen tjeneste",
        LoginError::WrongNonce => {
            "Innloggingen hører ikke til denne innloggingen i nettleseren. Logg inn på nytt."
        }
        LoginError::AcrTooLow(_) => {
            "Innloggingen har for lavt sikkerhetsnivå. Logg inn med et høyere sikkerhetsnivå."
        }
        LoginError::Unavailable(_) => {
            tracing::warn!("ID-porten login: {e:?}");
            return Problem::new(
                StatusCode::BAD_GATEWAY,
                "provider_unavailable",
                "ID-porten svarer ikke som forventet. Prøv igjen senere.",
            );
        }
    };
    tracing::info!("ID-porten login refused: {e:?}");
    let detail = match &e {
        LoginError::CodeRefused(why) | LoginError::Invalid(why) => Some(why.clone()),
        LoginError::AcrTooLow(acr) => Some(format!("acr {acr:?}")),
        _ => None,
    };
    let problem = Problem::new(StatusCode::UNAUTHORIZED, e.code(), title)
        .header(header::WWW_AUTHENTICATE, "Bearer");
    match detail {
        Some(d) => problem.detail(d),
        None => problem,
    }
}

pub(super) async fn create_idporten_session(
    State(state): S,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let req: IdPortenRequest = typed(body)?;
    let mut errors = vec![];
    let any = |_: &str| true;
    check_field(&mut errors, "code", &req.code, (1, 2048), any);
    check_field(
        &mut errors,
        "code_verifier",
        &req.code_verifier,
        (43, 128),
        is_code_verifier,
    );
    check_field(&mut errors, "nonce", &req.nonce, (1, 256), any);
    check_field(
        &mut errors,
        "redirect_uri",
        &req.redirect_uri,
        (1, 2048),
        |u| url::Url::parse(u).is_ok(),
    );
    Problem::unless_field_errors(errors)?;
    let provider = state.oidc.as_ref().ok_or_else(|| {
        Problem::new(
            StatusCode::NOT_FOUND,
            "auth_mode_unavailable",
            "Innlogging med ID-porten er ikke tilgjengelig på denne serveren",
        )
    })?;
    let field = |v: &Option<String>| v.clone().unwrap_or_default();
    let nonce = field(&req.nonce);
    let id_token = provider
        .redeem(
            &field(&req.code),
            &field(&req.code_verifier),
            &field(&req.redirect_uri),
        )
        .await
        .map_err(refused)?;
    let person = provider
        .verify(&id_token, &nonce, state.now())
        .await
        .map_err(refused)?;
    let name = test_person_name(&person.pid).unwrap_or_default();
    start_session(&state, &person.pid, name, Some(&id_token))
}
