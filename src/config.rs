//! The runtime configuration read from `config.json` at start, so one build serves any backend
//! and any host. Parsing is by hand over `serde_json::Value` so that every problem names the
//! field it concerns: an operator fixing a broken file needs that more than a parser's message.

use crate::domain::email;
use crate::i18n::Language;
use crate::routing::paths;
use serde_json::{Map, Value};

/// Upper bound for an advertised upload limit; anything larger is a typo, not a policy.
const MAX_UPLOAD_LIMIT_BYTES: u64 = 100 * 1024 * 1024;

/// File types the app knows how to recognise by their first bytes.
pub const KNOWN_UPLOAD_TYPES: [&str; 3] = ["application/pdf", "image/jpeg", "image/png"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeConfig {
    /// Where the contract's `/api/v1/...` paths live: an absolute http(s) URL, or a path on
    /// the app's own origin. Stored without a trailing slash.
    pub api_base_url: String,
    pub auth: AuthConfig,
    pub upload: UploadLimits,
    pub default_language: Language,
    pub support: SupportContact,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuthConfig {
    /// The placeholder ID-porten login with synthetic test identities.
    Test,
    /// ID-porten over OpenID Connect: the app starts the authorization code flow (PKCE S256),
    /// the backend redeems the code (`POST /session/idporten`).
    IdPorten(OidcClient),
}

/// What the app needs to send a user to ID-porten and take them back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OidcClient {
    /// The provider's issuer (its discovery document is under it), without a trailing slash.
    pub issuer: String,
    pub client_id: String,
    /// Space-separated, always with `openid`.
    pub scopes: String,
    /// The security level asked for: `idporten-loa-substantial` or `idporten-loa-high`.
    pub acr_values: String,
    /// The app route ID-porten sends the user back to (registered as the redirect URI).
    pub redirect_path: String,
}

/// The levels ID-porten offers a service to ask for.
pub const ACR_LEVELS: [&str; 2] = ["idporten-loa-substantial", "idporten-loa-high"];
/// The return route when the config names none.
pub const DEFAULT_REDIRECT_PATH: &str = "/logg-inn/idporten";

impl AuthConfig {
    /// The name the contract uses in `Meta.auth_modes`.
    pub fn mode(&self) -> &'static str {
        match self {
            AuthConfig::Test => "test",
            AuthConfig::IdPorten { .. } => "idporten",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UploadLimits {
    pub max_file_bytes: u64,
    pub accepted_types: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupportContact {
    pub email: String,
    pub phone: Option<String>,
}

/// The JSON type a field should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    Number,
    List,
    Object,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    Missing,
    WrongType(Expected),
    Invalid,
}

/// One thing wrong with one field, named by its dotted path (`upload.max_file_bytes`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigProblem {
    pub field: String,
    pub kind: ProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The file could not be fetched (network failure or an HTTP error status).
    Unreachable(String),
    /// The body is not JSON at all.
    NotJson(String),
    /// JSON, but with the listed problems.
    Invalid(Vec<ConfigProblem>),
}

/// Parses and validates the text of `config.json`.
pub fn parse(text: &str) -> Result<RuntimeConfig, ConfigError> {
    let value: Value =
        serde_json::from_str(text).map_err(|e| ConfigError::NotJson(e.to_string()))?;
    let mut reader = Reader::default();
    let config = reader.config(&value);
    match config {
        Some(config) if reader.problems.is_empty() => Ok(config),
        _ => Err(ConfigError::Invalid(reader.problems)),
    }
}

/// Collects every problem instead of stopping at the first, so one round of fixes suffices.
#[derive(Default)]
struct Reader {
    problems: Vec<ConfigProblem>,
}

impl Reader {
    fn report(&mut self, field: &str, kind: ProblemKind) {
        self.problems.push(ConfigProblem {
            field: field.to_owned(),
            kind,
        });
    }

    fn field<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        path: &str,
        required: bool,
    ) -> Option<&'v Value> {
        let name = path.rsplit('.').next().unwrap_or(path);
        match object.get(name) {
            None | Some(Value::Null) => {
                if required {
                    self.report(path, ProblemKind::Missing);
                }
                None
            }
            Some(value) => Some(value),
        }
    }

    fn object<'v>(
        &mut self,
        object: &'v Map<String, Value>,
        path: &str,
    ) -> Option<&'v Map<String, Value>> {
        let value = self.field(object, path, true)?;
        let found = value.as_object();
        if found.is_none() {
            self.report(path, ProblemKind::WrongType(Expected::Object));
        }
        found
    }

    fn text(&mut self, object: &Map<String, Value>, path: &str, required: bool) -> Option<String> {
        let value = self.field(object, path, required)?;
        match value.as_str() {
            Some(text) if !text.trim().is_empty() => Some(text.trim().to_owned()),
            Some(_) => {
                self.report(path, ProblemKind::Missing);
                None
            }
            None => {
                self.report(path, ProblemKind::WrongType(Expected::Text));
                None
            }
        }
    }

    /// A text that must also pass `valid`.
    fn checked_text(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        valid: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let text = self.text(object, path, true)?;
        if valid(&text) {
            Some(text)
        } else {
            self.report(path, ProblemKind::Invalid);
            None
        }
    }

    /// An optional text: `Some(None)` when absent, `None` when present and wrong (reported).
    fn optional_checked_text(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        valid: impl Fn(&str) -> bool,
    ) -> Option<Option<String>> {
        if self.field(object, path, false).is_none() {
            return Some(None);
        }
        self.checked_text(object, path, valid).map(Some)
    }

    fn config(&mut self, value: &Value) -> Option<RuntimeConfig> {
        let Some(root) = value.as_object() else {
            self.report("(config)", ProblemKind::WrongType(Expected::Object));
            return None;
        };
        let api_base_url = self.checked_text(root, "api_base_url", is_valid_api_base);
        let auth = self.auth(root);
        let upload = self.upload(root);
        let default_language = self.checked_text(root, "default_language", |code| {
            Language::from_code(code).is_some()
        });
        let support = self.support(root);
        Some(RuntimeConfig {
            api_base_url: api_base_url?.trim_end_matches('/').to_owned(),
            auth: auth?,
            upload: upload?,
            default_language: Language::from_code(&default_language?)?,
            support: support?,
        })
    }

    fn auth(&mut self, root: &Map<String, Value>) -> Option<AuthConfig> {
        let auth = self.object(root, "auth")?;
        match self.text(auth, "auth.mode", true)?.as_str() {
            "test" => Some(AuthConfig::Test),
            "idporten" => {
                let issuer = self.checked_text(auth, "auth.issuer", is_secure_or_loopback);
                let client_id = self.text(auth, "auth.client_id", true);
                let scopes = self.optional_checked_text(auth, "auth.scopes", |scopes| {
                    scopes.split(' ').any(|scope| scope == "openid")
                });
                let acr_values = self.optional_checked_text(auth, "auth.acr_values", |acr| {
                    ACR_LEVELS.contains(&acr)
                });
                let redirect_path =
                    self.optional_checked_text(auth, "auth.redirect_path", is_return_route);
                Some(AuthConfig::IdPorten(OidcClient {
                    issuer: issuer?.trim_end_matches('/').to_owned(),
                    client_id: client_id?,
                    scopes: scopes?.unwrap_or_else(|| "openid profile".to_owned()),
                    acr_values: acr_values?.unwrap_or_else(|| ACR_LEVELS[0].to_owned()),
                    redirect_path: redirect_path?
                        .unwrap_or_else(|| DEFAULT_REDIRECT_PATH.to_owned()),
                }))
            }
            _ => {
                self.report("auth.mode", ProblemKind::Invalid);
                None
            }
        }
    }

    fn upload(&mut self, root: &Map<String, Value>) -> Option<UploadLimits> {
        let upload = self.object(root, "upload")?;
        let max_file_bytes = self
            .field(upload, "upload.max_file_bytes", true)
            .and_then(|value| match value.as_u64() {
                Some(bytes) if (1..=MAX_UPLOAD_LIMIT_BYTES).contains(&bytes) => Some(bytes),
                Some(_) => {
                    self.report("upload.max_file_bytes", ProblemKind::Invalid);
                    None
                }
                None => {
                    self.report(
                        "upload.max_file_bytes",
                        ProblemKind::WrongType(Expected::Number),
                    );
                    None
                }
            });
        let accepted_types = self.accepted_types(upload);
        Some(UploadLimits {
            max_file_bytes: max_file_bytes?,
            accepted_types: accepted_types?,
        })
    }

    fn accepted_types(&mut self, upload: &Map<String, Value>) -> Option<Vec<String>> {
        const PATH: &str = "upload.accepted_types";
        let Some(list) = self.field(upload, PATH, true)?.as_array() else {
            self.report(PATH, ProblemKind::WrongType(Expected::List));
            return None;
        };
        let types: Option<Vec<String>> = list
            .iter()
            .map(|item| {
                item.as_str()
                    .filter(|t| KNOWN_UPLOAD_TYPES.contains(t))
                    .map(str::to_owned)
            })
            .collect();
        match types {
            Some(types) if !types.is_empty() => Some(types),
            _ => {
                self.report(PATH, ProblemKind::Invalid);
                None
            }
        }
    }

    fn support(&mut self, root: &Map<String, Value>) -> Option<SupportContact> {
        let support = self.object(root, "support")?;
        let email = self.checked_text(support, "support.email", email::is_valid);
        let phone = self.text(support, "support.phone", false);
        Some(SupportContact {
            email: email?,
            phone,
        })
    }
}

/// A path on the app's own origin, an `https://` URL, or plain `http://` to this machine only
/// (a developer's backend): tokens and drafts must not cross a network unencrypted.
fn is_valid_api_base(url: &str) -> bool {
    let path_only = url.starts_with('/') && !url.starts_with("//");
    (path_only && !url.contains(char::is_whitespace)) || is_secure_or_loopback(url)
}

/// The app's route for returns from ID-porten: one segment under `/logg-inn/`, in plain path
/// characters.
fn is_return_route(path: &str) -> bool {
    let segment = path
        .strip_prefix(paths::LOGIN)
        .and_then(|rest| rest.strip_prefix('/'));
    segment.is_some_and(|segment| {
        !segment.is_empty()
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c))
    })
}

/// An `https://` URL, or `http://` to this machine only; no white space.
fn is_secure_or_loopback(url: &str) -> bool {
    let host_of = |scheme: &str| {
        url.strip_prefix(scheme)
            .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""))
            .filter(|authority| !authority.is_empty())
            .map(|authority| authority.split(':').next().unwrap_or(""))
    };
    let secure = host_of("https://").is_some();
    let local = host_of("http://").is_some_and(|host| host == "localhost" || host == "127.0.0.1");
    (secure || local) && !url.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"{
        "api_base_url": "http://localhost:8080/",
        "auth": { "mode": "test" },
        "upload": { "max_file_bytes": 15728640, "accepted_types": ["application/pdf", "image/jpeg"] },
        "default_language": "nn",
        "support": { "email": "support@example.org", "phone": "+47 22 00 00 00" }
    }"#;

    fn with(edit: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(GOOD).unwrap();
        edit(&mut value);
        value.to_string()
    }

    fn problems(text: &str) -> Vec<ConfigProblem> {
        match parse(text) {
            Err(ConfigError::Invalid(problems)) => problems,
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    fn problem(field: &str, kind: ProblemKind) -> ConfigProblem {
        ConfigProblem {
            field: field.into(),
            kind,
        }
    }

    #[test]
    fn good_config_parses() {
        let config = parse(GOOD).unwrap();
        assert_eq!(config.api_base_url, "http://localhost:8080");
        assert_eq!(config.auth, AuthConfig::Test);
        assert_eq!(config.upload.max_file_bytes, 15_728_640);
        assert_eq!(
            config.upload.accepted_types,
            vec!["application/pdf", "image/jpeg"]
        );
        assert_eq!(config.default_language, Language::Nn);
        assert_eq!(config.support.phone.as_deref(), Some("+47 22 00 00 00"));
    }

    #[test]
    fn shipped_config_is_valid() {
        let shipped = include_str!("../public/config.json");
        parse(shipped).expect("public/config.json must be valid");
    }

    #[test]
    fn idporten_needs_issuer_and_client() {
        let text = with(|v| {
            v["auth"] = serde_json::json!({"mode": "idporten", "issuer": "http://idporten.example"})
        });
        assert_eq!(
            problems(&text),
            vec![
                problem("auth.issuer", ProblemKind::Invalid),
                problem("auth.client_id", ProblemKind::Missing)
            ]
        );
        let text = with(
            |v| v["auth"] = serde_json::json!({"mode": "idporten", "issuer": "https://idporten.example/", "client_id": "abc"}),
        );
        assert_eq!(
            parse(&text).unwrap().auth,
            AuthConfig::IdPorten(OidcClient {
                issuer: "https://idporten.example".into(),
                client_id: "abc".into(),
                scopes: "openid profile".into(),
                acr_values: "idporten-loa-substantial".into(),
                redirect_path: "/logg-inn/idporten".into(),
            }),
            "defaults for what is left out"
        );
    }

    #[test]
    fn idporten_settings_are_checked() {
        let text = with(|v| {
            v["auth"] = serde_json::json!({
                "mode": "idporten", "issuer": "http://127.0.0.1:4620", "client_id": "abc",
                "scopes": "openid", "acr_values": "idporten-loa-high", "redirect_path": "/logg-inn/retur"
            })
        });
        let AuthConfig::IdPorten(client) = parse(&text).unwrap().auth else {
            panic!("not ID-porten")
        };
        assert_eq!(
            client.issuer, "http://127.0.0.1:4620",
            "a loopback issuer for tests"
        );
        assert_eq!(
            (
                client.scopes.as_str(),
                client.acr_values.as_str(),
                client.redirect_path.as_str()
            ),
            ("openid", "idporten-loa-high", "/logg-inn/retur")
        );
        let text = with(|v| {
            v["auth"] = serde_json::json!({
                "mode": "idporten", "issuer": "https://idporten.example", "client_id": "abc",
                "scopes": "profile", "acr_values": "idporten-loa-low", "redirect_path": "/inn"
            })
        });
        assert_eq!(
            problems(&text),
            vec![
                problem("auth.scopes", ProblemKind::Invalid),
                problem("auth.acr_values", ProblemKind::Invalid),
                problem("auth.redirect_path", ProblemKind::Invalid),
            ]
        );
    }

    #[test]
    fn missing_fields_are_all_reported() {
        assert_eq!(
            problems("{}"),
            vec![
                problem("api_base_url", ProblemKind::Missing),
                problem("auth", ProblemKind::Missing),
                problem("upload", ProblemKind::Missing),
                problem("default_language", ProblemKind::Missing),
                problem("support", ProblemKind::Missing),
            ]
        );
        let text = with(|v| {
            v["upload"]
                .as_object_mut()
                .unwrap()
                .remove("max_file_bytes");
            v["support"]["email"] = Value::Null;
        });
        assert_eq!(
            problems(&text),
            vec![
                problem("upload.max_file_bytes", ProblemKind::Missing),
                problem("support.email", ProblemKind::Missing)
            ]
        );
    }

    #[test]
    fn wrong_types_are_reported() {
        let text = with(|v| {
            v["api_base_url"] = serde_json::json!(8080);
            v["upload"]["max_file_bytes"] = serde_json::json!("15 MB");
            v["upload"]["accepted_types"] = serde_json::json!("application/pdf");
            v["auth"] = serde_json::json!("test");
        });
        assert_eq!(
            problems(&text),
            vec![
                problem("api_base_url", ProblemKind::WrongType(Expected::Text)),
                problem("auth", ProblemKind::WrongType(Expected::Object)),
                problem(
                    "upload.max_file_bytes",
                    ProblemKind::WrongType(Expected::Number)
                ),
                problem(
                    "upload.accepted_types",
                    ProblemKind::WrongType(Expected::List)
                ),
            ]
        );
        assert_eq!(
            problems("[]"),
            vec![problem(
                "(config)",
                ProblemKind::WrongType(Expected::Object)
            )]
        );
    }

    #[test]
    fn bad_values_are_reported() {
        let text = with(|v| {
            v["api_base_url"] = serde_json::json!("ftp://example.org");
            v["auth"]["mode"] = serde_json::json!("password");
            v["upload"]["max_file_bytes"] = serde_json::json!(0);
            v["upload"]["accepted_types"] = serde_json::json!(["application/x-msdownload"]);
            v["default_language"] = serde_json::json!("de");
            v["support"]["email"] = serde_json::json!("not an address");
        });
        assert_eq!(
            problems(&text),
            vec![
                problem("api_base_url", ProblemKind::Invalid),
                problem("auth.mode", ProblemKind::Invalid),
                problem("upload.max_file_bytes", ProblemKind::Invalid),
                problem("upload.accepted_types", ProblemKind::Invalid),
                problem("default_language", ProblemKind::Invalid),
                problem("support.email", ProblemKind::Invalid),
            ]
        );
    }

    #[test]
    fn upload_limit_has_a_ceiling_and_types_may_not_be_empty() {
        let text =
            with(|v| v["upload"]["max_file_bytes"] = serde_json::json!(MAX_UPLOAD_LIMIT_BYTES + 1));
        assert_eq!(
            problems(&text),
            vec![problem("upload.max_file_bytes", ProblemKind::Invalid)]
        );
        let text = with(|v| v["upload"]["accepted_types"] = serde_json::json!([]));
        assert_eq!(
            problems(&text),
            vec![problem("upload.accepted_types", ProblemKind::Invalid)]
        );
    }

    #[test]
    fn not_json_is_its_own_error() {
        assert!(matches!(parse("<html>"), Err(ConfigError::NotJson(_))));
        assert!(matches!(parse(""), Err(ConfigError::NotJson(_))));
    }

    #[test]
    fn api_base_forms() {
        for good in [
            "/",
            "/backend",
            "https://api.example.no",
            "https://api.example.no:8443/v",
            "http://127.0.0.1:8080/",
            "http://localhost",
            "http://localhost:8080/backend",
        ] {
            assert!(is_valid_api_base(good), "{good}");
        }
        for bad in [
            "",
            "api",
            "//evil.example",
            "https://",
            "https:///x",
            "javascript:alert(1)",
            "/a b",
            "http://api.example.no",
            "http://192.168.1.10:8080/",
            "http://localhost.example.no/",
            "http://127.0.0.1.example.no/",
            "http://",
        ] {
            assert!(!is_valid_api_base(bad), "{bad}");
        }
    }
}
