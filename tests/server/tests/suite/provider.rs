//! A mock OpenID provider for the ID-porten areas: discovery, a JWKS and a token endpoint on a
//! loopback port. Each area asks it for a code ([`Provider::grant`]) and says what the token
//! endpoint answers for that code, so that areas running at once do not share a "next token".
//! It signs RS256 with a fixed key, `tests/fixtures/oidc-test-key.pem` (made once with
//! `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`; a test key, trusted by nothing
//! else).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use rsa::pkcs1v15::SigningKey;
use rsa::pkcs8::DecodePrivateKey;
use rsa::signature::{SignatureEncoding, Signer};
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde_json::{json, Value};
use sha2::Sha256;

/// The client the backend must be configured with to trust this provider.
pub const CLIENT_ID: &str = "conformance-suite";
/// Its secret; the odd characters check that the backend form-encodes it for Basic auth.
pub const CLIENT_SECRET: &str = "s3cret: with/odd&chars=%";
/// Where the backend must send the browser after logout (`--oidc-post-logout-uri`).
pub const POST_LOGOUT_URI: &str = "https://app.example.no/logget-ut?fra=idporten";
/// The key id the JWKS publishes at start.
pub const KID: &str = "conformance-key-1";

const KEY_PEM: &str = include_str!("../fixtures/oidc-test-key.pem");

/// How the token is signed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signing {
    Rs256,
    /// RS256 with one bit of the signature flipped.
    Corrupted,
    /// `alg: none` and no signature.
    AlgNone,
    /// `alg: HS256`, "signed" with the client secret.
    Hs256,
}

/// What the token endpoint answers for one code.
#[derive(Clone, Debug)]
pub enum Answer {
    /// An ID token with these claims, this `kid` and signing.
    Token {
        claims: Value,
        kid: String,
        signing: Signing,
    },
    /// This string as the ID token (e.g. one that is not a JWS at all).
    IdToken(String),
    /// 200 with a body that is not JSON.
    Garbage,
    /// This status with an OAuth error body.
    Status(u16),
}

/// A code's grant: what the token request must carry, and the answer.
#[derive(Clone, Debug)]
pub struct Grant {
    pub code_verifier: String,
    pub redirect_uri: String,
    pub answer: Answer,
}

/// A token request as the provider received it.
#[derive(Clone, Debug)]
pub struct TokenRequest {
    /// The client id and secret from HTTP Basic, form-decoded; `None` without Basic auth.
    pub client: Option<(String, String)>,
    pub form: HashMap<String, String>,
    /// The ID token it answered with, if any.
    pub id_token: Option<String>,
}

struct Shared {
    issuer: String,
    key: SigningKey<Sha256>,
    jwk: Value,
    /// Key ids the JWKS publishes (all for the one key).
    kids: Mutex<Vec<String>>,
    grants: Mutex<HashMap<String, Grant>>,
    requests: Mutex<HashMap<String, TokenRequest>>,
    jwks_fetches: Mutex<usize>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

pub struct Provider {
    pub issuer: String,
    shared: Arc<Shared>,
}

impl Provider {
    /// Starts the provider on a free loopback port; its issuer is `http://127.0.0.1:{port}`.
    pub async fn start() -> Provider {
        Provider::start_at("127.0.0.1:0", None).await
    }

    /// Starts the provider on `addr` with `issuer` (by default `http://{addr}`).
    pub async fn start_at(addr: &str, issuer: Option<String>) -> Provider {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .unwrap_or_else(|e| panic!("mock OpenID provider cannot listen on {addr}: {e}"));
        let issuer =
            issuer.unwrap_or_else(|| format!("http://{}", listener.local_addr().expect("address")));
        let private = RsaPrivateKey::from_pkcs8_pem(KEY_PEM).expect("the fixture key");
        let public = private.to_public_key();
        let b64 = |n: &rsa::BigUint| URL_SAFE_NO_PAD.encode(n.to_bytes_be());
        let shared = Arc::new(Shared {
            issuer: issuer.clone(),
            jwk: json!({"kty": "RSA", "use": "sig", "alg": "RS256", "n": b64(public.n()), "e": b64(public.e())}),
            key: SigningKey::<Sha256>::new(private),
            kids: Mutex::new(vec![KID.to_string()]),
            grants: Mutex::new(HashMap::new()),
            requests: Mutex::new(HashMap::new()),
            jwks_fetches: Mutex::new(0),
        });
        let app = axum::Router::new()
            .route("/.well-known/openid-configuration", get(discovery))
            .route("/jwks", get(jwks))
            .route("/token", post(token))
            .with_state(shared.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Provider { issuer, shared }
    }

    /// What a backend must be started with to trust this provider.
    pub fn backend_config(&self) -> reference_backend::oidc::OidcConfig {
        reference_backend::oidc::OidcConfig {
            issuer: self.issuer.clone(),
            client_id: CLIENT_ID.into(),
            client_secret: CLIENT_SECRET.into(),
            min_acr: reference_backend::oidc::Acr::Substantial,
            post_logout_uri: Some(POST_LOGOUT_URI.into()),
        }
    }

    /// Claims of a good ID token for `pid` with `nonce`, as ID-porten gives them.
    pub fn claims(&self, pid: &str, nonce: &str) -> Value {
        let now = chrono::Utc::now().timestamp();
        json!({
            "iss": self.issuer, "aud": CLIENT_ID, "sub": format!("sub-{pid}"),
            "exp": now + 120, "iat": now, "nonce": nonce, "acr": "idporten-loa-substantial",
            "amr": ["TestID"], "pid": pid, "locale": "nb",
        })
    }

    /// Registers a new code with its grant; returns the code.
    pub fn grant(&self, grant: Grant) -> String {
        let code = format!("code-{}", reference_backend::store::random_hex(12));
        lock(&self.shared.grants).insert(code.clone(), grant);
        code
    }

    /// The token request the backend made with `code`, if it made one.
    pub fn request_for(&self, code: &str) -> Option<TokenRequest> {
        lock(&self.shared.requests).get(code).cloned()
    }

    /// Publishes the key under another key id as well (the provider rotated its keys).
    pub fn add_kid(&self, kid: &str) {
        lock(&self.shared.kids).push(kid.to_string());
    }

    pub fn jwks_fetches(&self) -> usize {
        *lock(&self.shared.jwks_fetches)
    }
}

fn sign(key: &SigningKey<Sha256>, claims: &Value, kid: &str, signing: Signing) -> String {
    let b64 = |v: &Value| URL_SAFE_NO_PAD.encode(v.to_string());
    let alg = match signing {
        Signing::Rs256 | Signing::Corrupted => "RS256",
        Signing::AlgNone => "none",
        Signing::Hs256 => "HS256",
    };
    let input = format!(
        "{}.{}",
        b64(&json!({"alg": alg, "kid": kid, "typ": "JWT"})),
        b64(claims)
    );
    let signature = match signing {
        Signing::AlgNone => vec![],
        Signing::Hs256 => {
            use sha2::Digest;
            Sha256::digest(format!("{CLIENT_SECRET}{input}")).to_vec()
        }
        Signing::Rs256 | Signing::Corrupted => {
            let mut s = key.sign(input.as_bytes()).to_vec();
            if signing == Signing::Corrupted {
                s[10] ^= 0x01;
            }
            s
        }
    };
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

async fn discovery(State(s): State<Arc<Shared>>) -> Json<Value> {
    let i = &s.issuer;
    Json(json!({
        "issuer": i,
        "authorization_endpoint": format!("{i}/authorize"),
        "token_endpoint": format!("{i}/token"),
        "jwks_uri": format!("{i}/jwks"),
        "end_session_endpoint": format!("{i}/endsession?ui_locales=nb"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic"],
        "code_challenge_methods_supported": ["S256"],
    }))
}

async fn jwks(State(s): State<Arc<Shared>>) -> Json<Value> {
    *lock(&s.jwks_fetches) += 1;
    let keys: Vec<Value> = lock(&s.kids)
        .iter()
        .map(|kid| {
            let mut jwk = s.jwk.clone();
            jwk["kid"] = kid.clone().into();
            jwk
        })
        .collect();
    Json(json!({ "keys": keys }))
}

fn oauth_error(status: StatusCode, error: &str) -> Response {
    (status, Json(json!({ "error": error }))).into_response()
}

/// `Basic base64(form(id):form(secret))` read back (RFC 6749 section 2.3.1).
fn basic_client(headers: &HeaderMap) -> Option<(String, String)> {
    let value = headers.get("authorization")?.to_str().ok()?;
    let decoded = STANDARD.decode(value.strip_prefix("Basic ")?).ok()?;
    let (id, secret) = std::str::from_utf8(&decoded).ok()?.split_once(':')?;
    let form = |s: &str| {
        form_urlencoded::parse(format!("x={s}").as_bytes())
            .next()
            .map(|(_, v)| v.into_owned())
    };
    Some((form(id)?, form(secret)?))
}

async fn token(State(s): State<Arc<Shared>>, headers: HeaderMap, body: String) -> Response {
    let form: HashMap<String, String> = form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let code = form.get("code").cloned().unwrap_or_default();
    let client = basic_client(&headers);
    let mut request = TokenRequest {
        client: client.clone(),
        form: form.clone(),
        id_token: None,
    };
    // A code is redeemed once: taking it out refuses a replay as an unknown code.
    let grant = lock(&s.grants).remove(&code);
    let answer = if client != Some((CLIENT_ID.into(), CLIENT_SECRET.into())) {
        oauth_error(StatusCode::UNAUTHORIZED, "invalid_client")
    } else if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type")
    } else {
        match grant {
            Some(g)
                if form.get("code_verifier") == Some(&g.code_verifier)
                    && form.get("redirect_uri") == Some(&g.redirect_uri) =>
            {
                match g.answer {
                    Answer::Token {
                        claims,
                        kid,
                        signing,
                    } => {
                        let id_token = sign(&s.key, &claims, &kid, signing);
                        request.id_token = Some(id_token.clone());
                        Json(json!({
                            "access_token": "not-used", "token_type": "Bearer",
                            "expires_in": 120, "id_token": id_token,
                        }))
                        .into_response()
                    }
                    Answer::IdToken(id_token) => {
                        Json(json!({"token_type": "Bearer", "id_token": id_token})).into_response()
                    }
                    Answer::Garbage => (StatusCode::OK, "<html>Vedlikehold</html>").into_response(),
                    Answer::Status(status) => oauth_error(
                        StatusCode::from_u16(status).expect("status"),
                        "server_error",
                    ),
                }
            }
            _ => oauth_error(StatusCode::BAD_REQUEST, "invalid_grant"),
        }
    };
    lock(&s.requests).insert(code, request);
    answer
}
