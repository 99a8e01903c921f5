//! The only code that talks HTTP: the runtime config file and the backend's contract
//! (`public/openapi.json`).

pub mod client;
pub mod problem;
pub mod types;
pub mod upload;

use crate::config::{self, ConfigError, RuntimeConfig};
pub use client::Api;
use gloo_net::http::Request;
pub use problem::ApiError;
use types::{Catalogue, ItemList, Meta, Session, SessionCreated, SessionRequest, TestIdentity};

/// The contract's major version this app speaks; minor versions only add.
pub const SUPPORTED_CONTRACT_MAJOR: u32 = 1;

/// Whether the backend's `contract_version` (semantic version) is one this app understands.
pub fn is_supported_contract(version: &str) -> bool {
    version
        .split('.')
        .next()
        .and_then(|major| major.parse::<u32>().ok())
        == Some(SUPPORTED_CONTRACT_MAJOR)
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

pub async fn current_session(api: &Api) -> Result<Session, ApiError> {
    api.get("/api/v1/session").await
}

pub async fn log_out(api: &Api) -> Result<(), ApiError> {
    api.delete("/api/v1/session").await
}

pub async fn catalogue(api: &Api) -> Result<Catalogue, ApiError> {
    api.get("/api/v1/catalogue").await
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
        assert_eq!(incompatibility(&meta("1.2.0", &["test"]), "test"), None);
        assert_eq!(
            incompatibility(&meta("2.0.0", &["test"]), "test"),
            Some(Incompatibility::Contract("2.0.0".into()))
        );
        assert_eq!(
            incompatibility(&meta("1.0.0", &["test"]), "idporten"),
            Some(Incompatibility::AuthMode("idporten"))
        );
        assert_eq!(
            incompatibility(&meta("1.0.0", &["test", "idporten"]), "idporten"),
            None
        );
    }

    #[test]
    fn contract_versions() {
        assert!(is_supported_contract("1.0.0"));
        assert!(is_supported_contract("1.7.2"));
        assert!(!is_supported_contract("2.0.0"));
        assert!(!is_supported_contract("0.9.0"));
        assert!(!is_supported_contract("v1"));
        assert!(!is_supported_contract(""));
    }
}
