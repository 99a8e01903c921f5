//! The ID-porten login (`POST /session/idporten`, contract 1.7.0) against the suite's mock
//! OpenID provider ([`super::provider`]): one area for a good login, one for logging out, and
//! one for each code a refusal can have.

use serde_json::{json, Value};

use super::client::{Ctx, Resp};
use super::provider::{
    Answer, Grant, Provider, Signing, CLIENT_ID, CLIENT_SECRET, KID, POST_LOGOUT_URI,
};
use crate::common::with_control_digits;

const PATH: &str = "/api/v1/session/idporten";
/// The PKCE verifier of RFC 7636's example (43 characters).
const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const REDIRECT_URI: &str = "https://app.example.no/logg-inn/idporten";
const NONCE: &str = "n-0S6_WzA2Mj";

/// Why the ID-porten areas cannot run against this server, if they cannot.
pub(super) async fn missing(c: &Ctx) -> Option<String> {
    if c.provider.is_none() {
        return Some(format!(
            "no mock OpenID provider for {}: set CONFORMANCE_OIDC_ISSUER and configure the server as the doc comment of tests/server/tests/conformance.rs says",
            c.base()
        ));
    }
    let meta = c.get("/api/v1/meta").unchecked().await.ok()?;
    let modes = meta.body["auth_modes"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    (!modes.contains(&json!("idporten"))).then(|| {
        format!(
            "{} does not list idporten in GET /meta's auth_modes: start it with --oidc-issuer, --oidc-client-id {CLIENT_ID}, --oidc-client-secret and --oidc-post-logout-uri as the doc comment of tests/server/tests/conformance.rs says",
            c.base()
        )
    })
}

fn provider(c: &Ctx) -> &Provider {
    c.provider.as_deref().expect("a mock OpenID provider")
}

/// A synthetic fødselsnummer (month + 80) that is none of the test identities; with
/// `d_number` a synthetic D-nummer (day + 40).
fn unknown_pid(d_number: bool) -> String {
    let day = if d_number { 55 } else { 15 };
    (100..999)
        .find_map(|i| with_control_digits(&format!("{day}8590{i:03}")))
        .expect("a synthetic number")
}

fn signed(claims: Value) -> Answer {
    Answer::Token {
        claims,
        kid: KID.into(),
        signing: Signing::Rs256,
    }
}

/// The claims of a good token for `pid`, with `change` applied (a null removes a claim).
fn claims_with(c: &Ctx, pid: &str, change: Value) -> Value {
    let mut claims = provider(c).claims(pid, NONCE);
    for (k, v) in change.as_object().expect("an object of changes") {
        if v.is_null() {
            claims.as_object_mut().expect("claims").remove(k);
        } else {
            claims[k] = v.clone();
        }
    }
    claims
}

fn request(code: &str) -> Value {
    json!({"code": code, "code_verifier": VERIFIER, "nonce": NONCE, "redirect_uri": REDIRECT_URI})
}

/// Registers `answer` for a new code at the provider and logs in with it.
async fn login_with(c: &Ctx, answer: Answer) -> (String, Resp) {
    let code = provider(c).grant(Grant {
        code_verifier: VERIFIER.into(),
        redirect_uri: REDIRECT_URI.into(),
        answer,
    });
    let r = c.post(PATH).json(request(&code)).await;
    (code, r)
}

#[track_caller]
fn assert_refused(r: &Resp, status: u16, code: &str, case: &str) {
    assert!(
        r.status.as_u16() == status && r.body["code"] == code,
        "{case}: expected {status} {code}, got {} {}",
        r.status.as_u16(),
        r.body
    );
}

/// Logs in with a good token changed by `change`; it must be refused with `code`.
async fn refused(c: &Ctx, change: Value, code: &str, case: &str) {
    let claims = claims_with(c, &unknown_pid(false), change);
    let (_, r) = login_with(c, signed(claims)).await;
    assert_refused(&r, 401, code, case);
}

/// Logs in with a good token changed by `change`; it must be accepted.
async fn accepted(c: &Ctx, pid: &str, change: Value, case: &str) -> Resp {
    let (_, r) = login_with(c, signed(claims_with(c, pid, change))).await;
    assert_eq!(r.status.as_u16(), 201, "{case}: body {}", r.body);
    r
}

/// Any server: a body of the wrong shape is 422, and a server without ID-porten says so (404).
pub(super) async fn request_body(c: &Ctx) {
    let mut short = request("a-code");
    short["code_verifier"] = json!("too-short");
    c.post(PATH)
        .json(short)
        .await
        .expect_error(422, "/code_verifier", "too_short");
    let mut odd = request("a-code");
    odd["code_verifier"] = json!(format!("{VERIFIER}+/"));
    c.post(PATH)
        .json(odd)
        .await
        .expect_error(422, "/code_verifier", "invalid_format");
    let mut no_nonce = request("a-code");
    no_nonce.as_object_mut().expect("object").remove("nonce");
    c.post(PATH)
        .json(no_nonce)
        .await
        .expect_error(422, "/nonce", "required");
    let meta = c.get("/api/v1/meta").await;
    let offered = meta.body["auth_modes"]
        .as_array()
        .is_some_and(|m| m.contains(&json!("idporten")));
    if !offered {
        let r = c.post(PATH).json(request("a-code")).await;
        assert_refused(
            &r,
            404,
            "auth_mode_unavailable",
            "a server without ID-porten",
        );
    }
}

pub(super) async fn login(c: &Ctx) {
    let p = provider(c);
    let pid = c.national_id(0).await;
    let ids = c.get("/api/v1/test-identities").await;
    let (code, first) = login_with(c, signed(p.claims(&pid, NONCE))).await;
    first.expect(201);
    assert_eq!(first.body["user"]["national_id"], pid.as_str());
    assert_eq!(first.body["user"]["name"], ids.body["items"][0]["name"]);
    let sent = p.request_for(&code).expect("the backend redeemed the code");
    assert_eq!(
        sent.client,
        Some((CLIENT_ID.to_string(), CLIENT_SECRET.to_string())),
        "client_secret_basic with the form-encoded id and secret"
    );
    for (name, value) in [
        ("grant_type", "authorization_code"),
        ("code", code.as_str()),
        ("code_verifier", VERIFIER),
        ("redirect_uri", REDIRECT_URI),
    ] {
        assert_eq!(
            sent.form.get(name).map(String::as_str),
            Some(value),
            "{name} in the token request {:?}",
            sent.form
        );
    }
    let token = first.body["token"].as_str().expect("token");
    let session = c.get("/api/v1/session").auth(token).await;
    assert_eq!(
        session.expect(200).body["user"]["national_id"],
        pid.as_str()
    );
    let (_, again) = login_with(c, signed(p.claims(&pid, NONCE))).await;
    assert_eq!(
        again.expect(201).body["subject"],
        first.body["subject"],
        "two logins of one person"
    );

    let unknown = accepted(c, &unknown_pid(false), json!({}), "an unknown person").await;
    assert_eq!(unknown.body["user"]["name"], "", "ID-porten gives no name");
    assert_ne!(unknown.body["subject"], first.body["subject"]);
    accepted(c, &unknown_pid(true), json!({}), "a D-nummer").await;
    accepted(
        c,
        &pid,
        json!({"acr": "idporten-loa-high"}),
        "acr above the minimum",
    )
    .await;
    accepted(
        c,
        &pid,
        json!({"aud": [CLIENT_ID, "another-client"], "azp": CLIENT_ID}),
        "several audiences with azp the client",
    )
    .await;

    // Key rotation: a key id the backend has not seen makes it fetch the JWKS again.
    let rotated = format!("rotated-{}", c.unique("kid"));
    p.add_kid(&rotated);
    let before = p.jwks_fetches();
    let claims = p.claims(&pid, NONCE);
    let (_, r) = login_with(
        c,
        Answer::Token {
            claims,
            kid: rotated,
            signing: Signing::Rs256,
        },
    )
    .await;
    assert_eq!(r.status.as_u16(), 201, "a rotated key: body {}", r.body);
    assert!(p.jwks_fetches() > before, "the JWKS was not fetched again");
}

pub(super) async fn logout(c: &Ctx) {
    let p = provider(c);
    let (code, r) = login_with(c, signed(p.claims(&unknown_pid(false), NONCE))).await;
    let token = r.expect(201).body["token"]
        .as_str()
        .expect("token")
        .to_string();
    let id_token = p
        .request_for(&code)
        .and_then(|t| t.id_token)
        .expect("the provider gave an ID token");
    let ended = c.delete("/api/v1/session").auth(&token).await;
    let url = ended.expect(200).body["end_session_url"]
        .as_str()
        .expect("end_session_url")
        .to_string();
    let parsed = url::Url::parse(&url).expect("an absolute URL");
    assert!(
        url.starts_with(&format!("{}/endsession?", p.issuer)),
        "not the provider's end_session_endpoint: {url}"
    );
    let query: Vec<(String, String)> = parsed.query_pairs().into_owned().collect();
    let has = |name: &str, value: &str| query.iter().any(|(k, v)| k == name && v == value);
    assert!(
        has("id_token_hint", &id_token),
        "no id_token_hint of the session's ID token in {url}"
    );
    assert!(
        has("post_logout_redirect_uri", POST_LOGOUT_URI),
        "no post_logout_redirect_uri in {url}"
    );
    assert!(
        has("ui_locales", "nb"),
        "the endpoint's own query was lost: {url}"
    );
    c.get("/api/v1/session").auth(&token).await.expect(401);
    c.delete("/api/v1/session").auth(&token).await.expect(401);

    let test_login = c.login(1).await;
    c.delete("/api/v1/session")
        .auth(&test_login)
        .await
        .expect(204);
}

pub(super) async fn login_code_refused(c: &Ctx) {
    let p = provider(c);
    let claims = p.claims(&unknown_pid(false), NONCE);
    for (case, verifier, redirect_uri) in [
        (
            "another code_verifier",
            format!("{VERIFIER}x"),
            REDIRECT_URI,
        ),
        (
            "another redirect_uri",
            VERIFIER.to_string(),
            "https://app.example.no/annet",
        ),
    ] {
        let code = p.grant(Grant {
            code_verifier: verifier,
            redirect_uri: redirect_uri.into(),
            answer: signed(claims.clone()),
        });
        let r = c.post(PATH).json(request(&code)).await;
        assert_refused(&r, 401, "login_code_refused", case);
    }
    let r = c.post(PATH).json(request("a-code-never-issued")).await;
    assert_refused(&r, 401, "login_code_refused", "an unknown code");
    let (_, r) = login_with(c, Answer::Status(400)).await;
    assert_refused(
        &r,
        401,
        "login_code_refused",
        "the token endpoint answers 400",
    );
}

pub(super) async fn replayed_code(c: &Ctx) {
    let (code, first) = login_with(c, signed(provider(c).claims(&unknown_pid(false), NONCE))).await;
    let token = first.expect(201).body["token"]
        .as_str()
        .expect("token")
        .to_string();
    let again = c.post(PATH).json(request(&code)).await;
    assert_refused(&again, 401, "login_code_refused", "the same code again");
    c.get("/api/v1/session").auth(&token).await.expect(200);
}

pub(super) async fn id_token_invalid(c: &Ctx) {
    let p = provider(c);
    let claims = p.claims(&unknown_pid(false), NONCE);
    for (case, signing, kid) in [
        ("a corrupted signature", Signing::Corrupted, KID),
        ("alg none", Signing::AlgNone, KID),
        ("alg HS256", Signing::Hs256, KID),
        ("a kid not in the JWKS", Signing::Rs256, "no-such-key"),
    ] {
        let answer = Answer::Token {
            claims: claims.clone(),
            kid: kid.into(),
            signing,
        };
        let (_, r) = login_with(c, answer).await;
        assert_refused(&r, 401, "id_token_invalid", case);
    }
    let (_, r) = login_with(c, Answer::IdToken("not.a-jws".into())).await;
    assert_refused(&r, 401, "id_token_invalid", "a token that is not a JWS");
    let now = chrono::Utc::now().timestamp();
    let bad_pid = {
        let good = unknown_pid(false);
        let last = (good.as_bytes()[10] - b'0' + 1) % 10;
        format!("{}{last}", &good[..10])
    };
    for (case, change) in [
        (
            "another issuer",
            json!({"iss": "https://idporten.example.invalid"}),
        ),
        ("iat ten minutes ahead", json!({"iat": now + 600})),
        ("no pid", json!({"pid": null})),
        ("a pid with a wrong control digit", json!({"pid": bad_pid})),
    ] {
        refused(c, change, "id_token_invalid", case).await;
    }
}

pub(super) async fn id_token_expired(c: &Ctx) {
    let now = chrono::Utc::now().timestamp();
    let expired = json!({"iat": now - 300, "exp": now - 5});
    refused(c, expired, "id_token_expired", "exp five seconds ago").await;
}

pub(super) async fn id_token_wrong_audience(c: &Ctx) {
    for (case, change) in [
        ("another audience", json!({"aud": "another-client"})),
        (
            "several audiences, no azp",
            json!({"aud": [CLIENT_ID, "another-client"]}),
        ),
        (
            "several audiences, azp another",
            json!({"aud": [CLIENT_ID, "another-client"], "azp": "another-client"}),
        ),
    ] {
        refused(c, change, "id_token_wrong_audience", case).await;
    }
}

pub(super) async fn id_token_wrong_nonce(c: &Ctx) {
    refused(
        c,
        json!({"nonce": "another-nonce"}),
        "id_token_wrong_nonce",
        "another nonce",
    )
    .await;
    refused(
        c,
        json!({"nonce": null}),
        "id_token_wrong_nonce",
        "no nonce",
    )
    .await;
}

pub(super) async fn acr_too_low(c: &Ctx) {
    for (case, acr) in [
        ("idporten-loa-low", json!("idporten-loa-low")),
        ("an unknown acr", json!("Level4")),
        ("no acr", Value::Null),
    ] {
        refused(c, json!({ "acr": acr }), "acr_too_low", case).await;
    }
}

pub(super) async fn provider_unavailable(c: &Ctx) {
    let (_, r) = login_with(c, Answer::Garbage).await;
    assert_refused(
        &r,
        502,
        "provider_unavailable",
        "a token endpoint answering HTML",
    );
    let (_, r) = login_with(c, Answer::Status(503)).await;
    assert_refused(
        &r,
        502,
        "provider_unavailable",
        "a token endpoint answering 503",
    );
}
