//! The backend's OpenID Connect client for the ID-porten login (contract 1.7.0).
//!
//! The browser runs the authorization code flow (PKCE S256, state, nonce) and hands the backend
//! the code; the backend redeems it at the provider's token endpoint with its own client
//! credentials (`client_secret_basic`) and checks the ID token ([`id_token`]). The provider's
//! discovery document and JWKS are fetched on first use and kept; the JWKS is fetched again once
//! when a token names a key it does not have (the provider rotated its keys).

pub mod id_token;

use std::sync::Arc;
use std::time::Duration;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, Utc};
use rsa::RsaPublicKey;
use serde_json::Value;
use tokio::sync::Mutex;
use url::Url;

pub use id_token::Verified;

/// How long one call to the provider may take.
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// ID-porten's levels of assurance, lowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Acr {
    Low,
    Substantial,
    High,
}

impl Acr {
    pub const ALL: [Acr; 3] = [Acr::Low, Acr::Substantial, Acr::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Acr::Low => "idporten-loa-low",
            Acr::Substantial => "idporten-loa-substantial",
            Acr::High => "idporten-loa-high",
        }
    }
    /// The level an `acr` value names; `None` for any other value.
    pub fn parse(s: &str) -> Option<Acr> {
        Acr::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// What the backend needs to know to trust an OpenID provider.
#[derive(Debug, Clone)]
pub struct OidcConfig {
    /// The provider's issuer identifier, exactly as its ID tokens carry it.
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    /// The lowest `acr` a login may have.
    pub min_acr: Acr,
    /// Where the provider sends the browser after logging out (`post_logout_redirect_uri`).
    pub post_logout_uri: Option<String>,
}

/// The settings as given on the command line or in the environment, before they are checked.
#[derive(Debug, Clone, Default)]
pub struct OidcSettings {
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub min_acr: Option<String>,
    pub post_logout_uri: Option<String>,
}

impl OidcSettings {
    /// `None` when no provider is configured; an error naming what is wrong when the settings
    /// are incomplete (issuer, client id and secret go together) or unsafe (an issuer must be
    /// https, except on a loopback address).
    pub fn check(self) -> Result<Option<OidcConfig>, String> {
        let (issuer, client_id, client_secret) =
            match (self.issuer, self.client_id, self.client_secret) {
                (None, None, None) => {
                    if self.min_acr.is_some() || self.post_logout_uri.is_some() {
                        return Err("--oidc-min-acr and --oidc-post-logout-uri need --oidc-issuer, --oidc-client-id and --oidc-client-secret".into());
                    }
                    return Ok(None);
                }
                (Some(i), Some(c), Some(s)) => (i, c, s),
                _ => {
                    return Err("--oidc-issuer, --oidc-client-id and --oidc-client-secret go together: give all three or none".into())
                }
            };
        check_provider_url("--oidc-issuer", &issuer)?;
        let min_acr = match self.min_acr {
            None => Acr::Substantial,
            Some(s) => Acr::parse(&s).ok_or_else(|| {
                format!(
                    "--oidc-min-acr must be one of {}",
                    Acr::ALL.map(Acr::as_str).join(", ")
                )
            })?,
        };
        if let Some(uri) = &self.post_logout_uri {
            Url::parse(uri)
                .map_err(|e| format!("--oidc-post-logout-uri is not an absolute URL: {e}"))?;
        }
        Ok(Some(OidcConfig {
            issuer,
            client_id,
            client_secret,
            min_acr,
            post_logout_uri: self.post_logout_uri,
        }))
    }
}

/// An address of the provider's: https, or http on a loopback address (a local test provider).
fn check_provider_url(what: &str, url: &str) -> Result<Url, String> {
    let parsed = Url::parse(url).map_err(|e| format!("{what} is not a URL ({url}): {e}"))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if loopback => Ok(parsed),
        _ => Err(format!(
            "{what} must be an https:// URL (http:// only on a loopback address): {url}"
        )),
    }
}

/// Why a login with the provider was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoginError {
    /// The token endpoint refused the code (unknown, used, wrong verifier or redirect URI).
    CodeRefused(String),
    /// The ID token is malformed, wrongly signed, from another issuer, or lacks a valid `pid`.
    Invalid(String),
    Expired,
    WrongAudience,
    WrongNonce,
    AcrTooLow(String),
    /// Discovery, the JWKS or the token endpoint could not be used.
    Unavailable(String),
}

impl LoginError {
    /// The Problem code the contract gives this refusal.
    pub fn code(&self) -> &'static str {
        match self {
            LoginError::CodeRefused(_) => "login_code_refused",
            LoginError::Invalid(_) => "id_token_invalid",
            LoginError::Expired => "id_token_expired",
            LoginError::WrongAudience => "id_token_wrong_audience",
            LoginError::WrongNonce => "id_token_wrong_nonce",
            LoginError::AcrTooLow(_) => "acr_too_low",
            LoginError::Unavailable(_) => "provider_unavailable",
        }
    }
}

fn unavailable(what: &str) -> impl Fn(reqwest::Error) -> LoginError + '_ {
    move |e| LoginError::Unavailable(format!("{what}: {e}"))
}

/// What the provider's discovery document says that the backend uses.
#[derive(Debug)]
struct Discovery {
    token_endpoint: String,
    jwks_uri: String,
    end_session_endpoint: Option<String>,
}

/// One RSA signing key of the provider's JWKS.
struct Jwk {
    kid: String,
    key: RsaPublicKey,
}

/// The provider the backend trusts, with what it has learned of it.
pub struct Provider {
    pub config: OidcConfig,
    http: reqwest::Client,
    discovery: Mutex<Option<Arc<Discovery>>>,
    keys: Mutex<Option<Arc<Vec<Jwk>>>>,
}

impl Provider {
    pub fn new(config: OidcConfig) -> Provider {
        let http = reqwest::Client::builder()
            .timeout(PROVIDER_TIMEOUT)
            .connect_timeout(PROVIDER_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("HTTP client");
        Provider {
            config,
            http,
            discovery: Mutex::new(None),
            keys: Mutex::new(None),
        }
    }

    async fn get_json(&self, what: &str, url: &str) -> Result<Value, LoginError> {
        let res = self.http.get(url).send().await.map_err(unavailable(what))?;
        if !res.status().is_success() {
            return Err(LoginError::Unavailable(format!(
                "{what} answered {}",
                res.status()
            )));
        }
        let bytes = res.bytes().await.map_err(unavailable(what))?;
        serde_json::from_slice(&bytes)
            .map_err(|e| LoginError::Unavailable(format!("{what} is not JSON: {e}")))
    }

    /// The discovery document, fetched on first use.
    async fn discovery(&self) -> Result<Arc<Discovery>, LoginError> {
        let mut cached = self.discovery.lock().await;
        if let Some(d) = cached.as_ref() {
            return Ok(d.clone());
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            self.config.issuer.trim_end_matches('/')
        );
        let doc = self.get_json("discovery", &url).await?;
        let garbage = |why: &str| LoginError::Unavailable(format!("discovery at {url}: {why}"));
        if doc["issuer"].as_str() != Some(self.config.issuer.as_str()) {
            return Err(garbage(&format!(
                "its issuer {} is not {}",
                doc["issuer"], self.config.issuer
            )));
        }
        let endpoint = |name: &str| -> Result<String, LoginError> {
            let url = doc[name]
                .as_str()
                .ok_or_else(|| garbage(&format!("no {name}")))?;
            check_provider_url(name, url).map_err(|e| garbage(&e))?;
            Ok(url.to_string())
        };
        let discovery = Arc::new(Discovery {
            token_endpoint: endpoint("token_endpoint")?,
            jwks_uri: endpoint("jwks_uri")?,
            end_session_endpoint: endpoint("end_session_endpoint").ok(),
        });
        *cached = Some(discovery.clone());
        Ok(discovery)
    }

    /// The provider's RSA key named `kid`: from the kept JWKS, or else from a fresh one.
    async fn key(&self, kid: &str) -> Result<RsaPublicKey, LoginError> {
        let mut cached = self.keys.lock().await;
        let find = |keys: &[Jwk]| keys.iter().find(|k| k.kid == kid).map(|k| k.key.clone());
        if let Some(key) = cached.as_deref().and_then(|keys| find(keys)) {
            return Ok(key);
        }
        let jwks_uri = self.discovery().await?.jwks_uri.clone();
        let jwks = self.get_json("JWKS", &jwks_uri).await?;
        let keys = jwks["keys"]
            .as_array()
            .ok_or_else(|| LoginError::Unavailable("the JWKS has no keys".into()))?
            .iter()
            .filter_map(id_token::rsa_jwk)
            .map(|(kid, key)| Jwk { kid, key })
            .collect::<Vec<_>>();
        let key = find(&keys);
        *cached = Some(Arc::new(keys));
        key.ok_or_else(|| LoginError::Invalid(format!("no key {kid:?} in the provider's JWKS")))
    }

    /// `Authorization: Basic` with the client id and secret, each form-encoded first
    /// (RFC 6749 section 2.3.1).
    fn client_authorization(&self) -> String {
        let encode = |s: &str| form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
        let pair = format!(
            "{}:{}",
            encode(&self.config.client_id),
            encode(&self.config.client_secret)
        );
        format!("Basic {}", STANDARD.encode(pair))
    }

    /// Redeems an authorization code at the token endpoint; the ID token it gives.
    pub async fn redeem(
        &self,
        code: &str,
        code_verifier: &str,
        redirect_uri: &str,
    ) -> Result<String, LoginError> {
        let endpoint = self.discovery().await?.token_endpoint.clone();
        let res = self
            .http
            .post(&endpoint)
            .header(reqwest::header::AUTHORIZATION, self.client_authorization())
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&[
                ("grant_type", "authorization_code"),
                ("code", code),
                ("redirect_uri", redirect_uri),
                ("code_verifier", code_verifier),
            ])
            .send()
            .await
            .map_err(unavailable("token endpoint"))?;
        let status = res.status();
        let bytes = res.bytes().await.map_err(unavailable("token endpoint"))?;
        let body: Option<Value> = serde_json::from_slice(&bytes).ok();
        if status.is_client_error() {
            let error = body.as_ref().map(|b| b["error"].to_string());
            return Err(LoginError::CodeRefused(format!(
                "the token endpoint answered {status} {}",
                error.unwrap_or_default()
            )));
        }
        if !status.is_success() {
            return Err(LoginError::Unavailable(format!(
                "the token endpoint answered {status}"
            )));
        }
        body.as_ref()
            .and_then(|b| b["id_token"].as_str())
            .map(str::to_string)
            .ok_or_else(|| {
                LoginError::Unavailable("the token endpoint's answer has no id_token".into())
            })
    }

    /// Checks an ID token from [`Provider::redeem`]: signature, issuer, audience, times, nonce,
    /// level of assurance and `pid`.
    pub async fn verify(
        &self,
        token: &str,
        nonce: &str,
        now: DateTime<Utc>,
    ) -> Result<Verified, LoginError> {
        let parts = id_token::Parts::split(token)?;
        let key = self.key(&parts.kid).await?;
        parts.verify_signature(&key)?;
        id_token::check_claims(
            &parts.claims,
            &id_token::Expected {
                issuer: &self.config.issuer,
                client_id: &self.config.client_id,
                nonce,
                now,
                min_acr: self.config.min_acr,
            },
        )
    }

    /// Where the browser ends the provider's session for a login whose ID token is `id_token`;
    /// `None` when the provider has no `end_session_endpoint` (or cannot be asked now).
    pub async fn end_session_url(&self, id_token: &str) -> Option<String> {
        let discovery = match self.discovery().await {
            Ok(d) => d,
            Err(e) => {
                tracing::warn!("no end_session_endpoint: {e:?}");
                return None;
            }
        };
        let mut url = Url::parse(discovery.end_session_endpoint.as_deref()?).ok()?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("id_token_hint", id_token);
            if let Some(uri) = &self.config.post_logout_uri {
                query.append_pair("post_logout_redirect_uri", uri);
            }
        }
        Some(url.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(issuer: &str) -> OidcSettings {
        OidcSettings {
            issuer: Some(issuer.into()),
            client_id: Some("client".into()),
            client_secret: Some("secret".into()),
            ..OidcSettings::default()
        }
    }

    #[test]
    fn none_or_all_three() {
        assert!(OidcSettings::default().check().unwrap().is_none());
        let partial = OidcSettings {
            client_secret: None,
            ..settings("https://idporten.no")
        };
        assert!(partial.check().unwrap_err().contains("go together"));
        let stray = OidcSettings {
            min_acr: Some("idporten-loa-high".into()),
            ..OidcSettings::default()
        };
        assert!(stray.check().is_err());
    }

    #[test]
    fn https_or_loopback_http() {
        for ok in [
            "https://idporten.no",
            "http://127.0.0.1:9000",
            "http://localhost:1",
            "http://[::1]:2",
        ] {
            assert!(settings(ok).check().is_ok(), "{ok}");
        }
        for bad in [
            "http://idporten.no",
            "http://10.0.0.1",
            "ftp://x",
            "idporten.no",
        ] {
            assert!(settings(bad).check().is_err(), "{bad}");
        }
    }

    #[test]
    fn minimum_level_defaults_to_substantial() {
        let config = settings("https://idporten.no").check().unwrap().unwrap();
        assert_eq!(config.min_acr, Acr::Substantial);
        let high = OidcSettings {
            min_acr: Some("idporten-loa-high".into()),
            ..settings("https://idporten.no")
        };
        assert_eq!(high.check().unwrap().unwrap().min_acr, Acr::High);
        let unknown = OidcSettings {
            min_acr: Some("Level4".into()),
            ..settings("https://idporten.no")
        };
        assert!(unknown.check().is_err());
        assert!(Acr::Low < Acr::Substantial && Acr::Substantial < Acr::High);
    }

    #[test]
    fn client_credentials_are_form_encoded_before_basic() {
        let provider = Provider::new(OidcConfig {
            issuer: "https://idporten.no".into(),
            client_id: "my client".into(),
            client_secret: "a:b/c&d".into(),
            min_acr: Acr::Substantial,
            post_logout_uri: None,
        });
        let header = provider.client_authorization();
        let decoded = STANDARD
            .decode(header.strip_prefix("Basic ").unwrap())
            .unwrap();
        assert_eq!(
            String::from_utf8(decoded).unwrap(),
            "my+client:a%3Ab%2Fc%26d"
        );
    }
}
