//! The only code that talks HTTP: the runtime config file and the backend's contract
//! (`public/openapi.json`).

pub mod client;
pub mod problem;
pub mod types;
pub mod upload;

use crate::config::{self, ConfigError, RuntimeConfig};
pub use client::Api;
use gloo_net::http::Method;
use gloo_net::http::Request;
pub use problem::ApiError;
use types::{
    Application, Catalogue, IdPortenSessionRequest, ItemList, Meta, OidcDiscovery, Session,
    SessionCreated, SessionEnded, SessionRequest, TestIdentity,
};

/// The contract's major version this app speaks; minor versions only add.
pub const SUPPORTED_CONTRACT_MAJOR: u32 = 1;

/// The lowest minor version it needs: 1.4.0 keeps the ids of list items the app sends (an
/// older backend refuses them as unknown) and names the session's subject.
pub const LOWEST_CONTRACT_MINOR: u32 = 4;

/// Whether the backend's `contract_version` (semantic version) is one this app understands.
pub fn is_supported_contract(version: &str) -> bool {
    let mut parts = version.split('.').map(|part| part.parse::<u32>().ok());
    match (parts.next().flatten(), parts.next().flatten()) {
        (Some(major), Some(minor)) => {
            major == SUPPORTED_CONTRACT_MAJOR && minor >= LOWEST_CONTRACT_MINOR
        }
        _ => false,
    }
}

/// Why this app cannot work with a backend, read from its `meta`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incompatibility {
    /// It speaks another major version of the contract.
    Contract(String),
    /// It does not accept tokens from the login method this deployment is configured for.
    AuthMode(&'static str),
}

pub fn incompatibility(meta: &Meta, configured_auth_mode: &'static str) -> Option<Incompatibility> {
    if !is_supported_contract(&meta.contract_version) {
        Some(Incompatibility::Contract(meta.contract_version.clone()))
    } else if !meta
        .auth_modes
        .iter()
        .any(|mode| mode == configured_auth_mode)
    {
        Some(Incompatibility::AuthMode(configured_auth_mode))
    } else {
        None
    }
}

/// Fetches and validates the runtime configuration deployed beside `index.html`.
pub async fn load_config(url: &str) -> Result<RuntimeConfig, ConfigError> {
    // Not from the HTTP cache: operators replace this file in place to reconfigure a build.
    let response = Request::get(url)
        .cache(web_sys::RequestCache::NoCache)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    if !response.ok() {
        return Err(ConfigError::Unreachable(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response
        .text()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    config::parse(&text)
}

pub async fn meta(api: &Api) -> Result<Meta, ApiError> {
    api.get("/api/v1/meta").await
}

pub async fn test_identities(api: &Api) -> Result<Vec<TestIdentity>, ApiError> {
    api.get::<ItemList<TestIdentity>>("/api/v1/test-identities")
        .await
        .map(|list| list.items)
}

pub async fn log_in(api: &Api, national_id: &str) -> Result<SessionCreated, ApiError> {
    api.post(
        "/api/v1/session",
        &SessionRequest {
            national_id: national_id.to_owned(),
        },
    )
    .await
}

/// The provider's discovery document, fetched from the issuer (the config names it).
pub async fn oidc_discovery(issuer: &str) -> Result<OidcDiscovery, ApiError> {
    Api::new(issuer, None)
        .get("/.well-known/openid-configuration")
        .await
}

/// Hands the code ID-porten sent back to the backend, which redeems it and answers with a
/// session like the test login's.
pub async fn log_in_with_id_porten(
    api: &Api,
    request: &IdPortenSessionRequest,
) -> Result<SessionCreated, ApiError> {
    api.post("/api/v1/session/idporten", request).await
}

pub async fn current_session(api: &Api) -> Result<Session, ApiError> {
    api.get("/api/v1/session").await
}

/// Ends the session at the backend; for an ID-porten session, also where to end the
/// provider's (`None` for a test login's 204).
pub async fn log_out(api: &Api) -> Result<Option<SessionEnded>, ApiError> {
    api.delete("/api/v1/session").await
}

pub async fn catalogue(api: &Api) -> Result<Catalogue, ApiError> {
    api.get("/api/v1/catalogue").await
}

/// An application with the entity tag its next change must carry.
pub type Tagged<T> = (T, Option<String>);

/// The user's stored documents, whichever application they were uploaded for.
pub async fn documents(api: &Api) -> Result<Vec<types::Document>, ApiError> {
    api.get::<ItemList<types::Document>>("/api/v1/documents")
        .await
        .map(|list| list.items)
}

/// A kind of resource with the shared life cycle (create, read, save with an ETag, submit
/// once and send a change again, delete a draft, withdraw): applications and needs reports.
pub trait Resource:
    Clone + PartialEq + serde::de::DeserializeOwned + Send + Sync + 'static
{
    type Content: Clone
        + Default
        + PartialEq
        + serde::Serialize
        + serde::de::DeserializeOwned
        + Send
        + Sync
        + 'static;
    /// The collection's address, e.g. `/api/v1/applications`.
    const COLLECTION: &'static str;
    fn id(&self) -> &str;
    fn content(&self) -> &Self::Content;
    fn status(&self) -> &str;
    fn findings(&self) -> &[problem::FieldError];
}

pub async fn list<R: Resource>(api: &Api) -> Result<Vec<R>, ApiError> {
    api.get::<ItemList<R>>(R::COLLECTION)
        .await
        .map(|list| list.items)
}

pub async fn create<R: Resource>(api: &Api) -> Result<Tagged<R>, ApiError> {
    let empty = serde_json::Map::new();
    api.write(Method::POST, R::COLLECTION, Some(&empty), &[])
        .await
}

/// Reads one resource with its entity tag, which the contract promises with every read: later
/// writes need it, so an answer without one is malformed.
pub async fn read<R: Resource>(api: &Api, id: &str) -> Result<(R, String), ApiError> {
    let (resource, etag) = api.get_tagged(&format!("{}/{id}", R::COLLECTION)).await?;
    let etag = etag.ok_or_else(|| ApiError::Malformed("no ETag".into()))?;
    Ok((resource, etag))
}

/// Saves the whole content; a 412 means someone else saved since `etag`.
pub async fn save<R: Resource>(
    api: &Api,
    id: &str,
    content: &R::Content,
    etag: &str,
) -> Result<Tagged<R>, ApiError> {
    let path = format!("{}/{id}", R::COLLECTION);
    api.write(Method::PUT, &path, Some(content), &[("If-Match", etag)])
        .await
}

/// Sends the resource. The same `idempotency_key` never makes a second submission, so a
/// retry after a lost answer is safe.
pub async fn submit<R: Resource>(
    api: &Api,
    id: &str,
    idempotency_key: &str,
) -> Result<types::Receipt, ApiError> {
    let path = format!("{}/{id}/submit", R::COLLECTION);
    let headers = [("Idempotency-Key", idempotency_key)];
    api.write::<(), _>(Method::POST, &path, None, &headers)
        .await
        .map(|(receipt, _)| receipt)
}

/// Deletes a draft that was never sent, as of `etag`.
pub async fn delete<R: Resource>(api: &Api, id: &str, etag: &str) -> Result<(), ApiError> {
    api.delete_if_match(&format!("{}/{id}", R::COLLECTION), etag)
        .await
}

pub async fn reference_data(api: &Api) -> Result<types::ReferenceData, ApiError> {
    api.get("/api/v1/reference-data").await
}

/// Adds a stored document to a sent application without sending it again (ettersending).
pub async fn add_late_document(
    api: &Api,
    id: &str,
    document_id: &str,
) -> Result<Tagged<Application>, ApiError> {
    let path = format!("/api/v1/applications/{id}/late-documents");
    let body = types::LateDocument { document_id };
    api.write(Method::POST, &path, Some(&body), &[]).await
}

/// Withdraws a draft, or a sent resource before its deadline.
pub async fn withdraw<R: Resource>(api: &Api, id: &str) -> Result<Tagged<R>, ApiError> {
    let path = format!("{}/{id}/withdraw", R::COLLECTION);
    api.write::<(), _>(Method::POST, &path, None, &[]).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(version: &str, modes: &[&str]) -> Meta {
        Meta {
            contract_version: version.into(),
            auth_modes: modes.iter().map(|m| m.to_string()).collect(),
        }
    }

    #[test]
    fn backend_compatibility() {
        assert_eq!(incompatibility(&meta("1.4.0", &["test"]), "test"), None);
        assert_eq!(
            incompatibility(&meta("2.0.0", &["test"]), "test"),
            Some(Incompatibility::Contract("2.0.0".into()))
        );
        assert_eq!(
            incompatibility(&meta("1.4.0", &["test"]), "idporten"),
            Some(Incompatibility::AuthMode("idporten"))
        );
        assert_eq!(
            incompatibility(&meta("1.4.0", &["test", "idporten"]), "idporten"),
            None
        );
    }

    #[test]
    fn contract_versions() {
        assert!(is_supported_contract("1.4.0"));
        assert!(is_supported_contract("1.7.2"));
        assert!(!is_supported_contract("1.3.0"));
        assert!(!is_supported_contract("2.0.0"));
        assert!(!is_supported_contract("0.9.0"));
        assert!(!is_supported_contract("v1"));
        assert!(!is_supported_contract(""));
    }
}
