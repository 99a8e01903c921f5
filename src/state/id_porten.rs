//! The ID-porten login as the browser runs it: send the user to ID-porten with a fresh login
//! remembered in the tab, and on their return check it and let the backend redeem the code.
//! The tab's working copies are untouched throughout: the user comes back to what they typed.

use crate::api::types::IdPortenSessionRequest;
use crate::api::{self, ApiError};
use crate::browser::{leave_for, origin, random_bytes, sha256, tab_storage};
use crate::config::OidcClient;
use crate::domain::oidc::{
    authorization_url, base64url, check_return, redirect_uri, AuthorizationRequest, PendingLogin,
    ReturnProblem,
};
use crate::i18n::Language;
use crate::routing::{paths, web_link};
use crate::state::session::SessionState;

const PENDING_KEY: &str = "skoleleder.login.pending";

/// Why the user is still not logged in.
#[derive(Clone, Debug, PartialEq)]
pub enum LoginFailure {
    /// The return did not belong to a login this tab started (checked here).
    Return(ReturnProblem),
    /// ID-porten, or the backend, could not be asked or refused.
    Api(ApiError),
    /// The browser has no cryptographic random source or Web Crypto.
    NoCrypto,
}

/// Sends the user to ID-porten; returns only if that could not start.
pub async fn start(
    client: &OidcClient,
    router_base: &str,
    language: Language,
    next: String,
) -> Result<(), LoginFailure> {
    let discovery = api::oidc_discovery(&client.issuer)
        .await
        .map_err(LoginFailure::Api)?;
    // A document naming another issuer is not this provider's (OpenID Discovery §4.3).
    let endpoint = Some(discovery.authorization_endpoint.as_str())
        .filter(|_| discovery.issuer.trim_end_matches('/') == client.issuer)
        .and_then(web_link)
        .ok_or_else(|| LoginFailure::Api(ApiError::Malformed("discovery document".into())))?;
    let (Some(state), Some(nonce), Some(verifier)) =
        (random_bytes(), random_bytes(), random_bytes())
    else {
        return Err(LoginFailure::NoCrypto);
    };
    let pending = PendingLogin::from_random(&state, &nonce, &verifier, next);
    let digest = sha256(pending.code_verifier.as_bytes())
        .await
        .ok_or(LoginFailure::NoCrypto)?;
    let storage = tab_storage().ok_or(LoginFailure::NoCrypto)?;
    let json = serde_json::to_string(&pending).map_err(|_| LoginFailure::NoCrypto)?;
    storage
        .set_item(PENDING_KEY, &json)
        .map_err(|_| LoginFailure::NoCrypto)?;
    let url = authorization_url(
        endpoint,
        &AuthorizationRequest {
            client_id: &client.client_id,
            redirect_uri: &return_address(client, router_base),
            scope: &client.scopes,
            acr_values: &client.acr_values,
            ui_locales: language.id_porten_locale(),
        },
        &pending,
        &base64url(&digest),
    );
    leave_for(&url);
    Ok(())
}

/// The redirect URI: this origin, the app's base and the configured return route.
fn return_address(client: &OidcClient, router_base: &str) -> String {
    redirect_uri(&origin(), router_base, &client.redirect_path)
}

/// The tab's started login, forgotten as it is read: a return address works once.
fn take_pending() -> Option<PendingLogin> {
    let storage = tab_storage()?;
    let json = storage.get_item(PENDING_KEY).ok().flatten()?;
    let _ = storage.remove_item(PENDING_KEY);
    serde_json::from_str(&json).ok()
}

/// Finishes a login from ID-porten's answer (`code`, `state`, `error` of the return address).
/// Returns the app path the login was started for (Mine søknader if unknown) and whether the
/// session has started.
pub async fn finish(
    session: SessionState,
    client: &OidcClient,
    router_base: &str,
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
) -> (String, Result<(), LoginFailure>) {
    let pending = take_pending();
    let next = pending
        .as_ref()
        .map_or_else(|| paths::APPLICATIONS.to_owned(), |p| p.next.clone());
    let outcome = async {
        let (code, pending) =
            check_return(pending, code.as_deref(), state.as_deref(), error.as_deref())
                .map_err(LoginFailure::Return)?;
        let api = session
            .backend()
            .await
            .ok_or(LoginFailure::Api(ApiError::Network))?;
        let request = IdPortenSessionRequest {
            code,
            code_verifier: pending.code_verifier,
            nonce: pending.nonce,
            redirect_uri: return_address(client, router_base),
        };
        let created = api::log_in_with_id_porten(&api, &request)
            .await
            .map_err(LoginFailure::Api)?;
        session.start(created);
        Ok(())
    };
    (next, outcome.await)
}
