//! The ID-porten login's configuration: a backend without it says so (404
//! `auth_mode_unavailable`, `auth_modes` without `idporten`), the command line refuses
//! incomplete or unsafe settings, and a data directory from before 1.7.0 gains the sessions'
//! `id_token` column. The login itself is tested by the conformance suite's `idporten::*`
//! areas, against a mock provider.

use std::process::Command;

use serde_json::{json, Value};

const VERIFIER: &str = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

#[tokio::test]
async fn a_backend_without_oidc_settings_offers_only_the_test_login() {
    let server = reference_backend::start_test_server().await;
    let client = reqwest::Client::new();
    let meta: Value = client
        .get(format!("{}/api/v1/meta", server.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(meta["auth_modes"], json!(["test"]));
    let res = client
        .post(format!("{}/api/v1/session/idporten", server.base_url))
        .json(&json!({
            "code": "c", "code_verifier": VERIFIER, "nonce": "n",
            "redirect_uri": "https://app.example.no/logg-inn/idporten"
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let problem: Value = res.json().await.unwrap();
    assert_eq!(problem["code"], "auth_mode_unavailable");
    let res = client
        .post(format!("{}/api/v1/session/idporten", server.base_url))
        .json(&json!({"code": "c", "code_verifier": "short", "nonce": "n", "redirect_uri": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 422, "the body is checked first");
    let problem: Value = res.json().await.unwrap();
    let pointers: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["pointer"].as_str())
        .collect();
    assert_eq!(pointers, ["/code_verifier", "/redirect_uri"]);
    server.stop().await;
}

/// Runs the binary with `args` and no OIDC variables; its exit code and standard error.
fn run(args: &[String]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_reference-backend"))
        .args(["--port", "0", "--data-dir"])
        .arg(reference_backend::temp_data_dir())
        .args(args)
        .env_remove("OIDC_ISSUER")
        .env_remove("OIDC_CLIENT_ID")
        .env_remove("OIDC_CLIENT_SECRET")
        .env_remove("OIDC_MIN_ACR")
        .env_remove("OIDC_POST_LOGOUT_URI")
        .output()
        .expect("run the backend");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn incomplete_or_unsafe_oidc_settings_stop_the_start() {
    let with = |issuer: &str, extra: &[&'static str]| {
        let mut args = vec!["--oidc-issuer", issuer];
        args.extend(["--oidc-client-id", "c", "--oidc-client-secret", "s"]);
        args.extend(extra);
        run(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    };
    for ((code, err), says) in [
        (
            run(&["--oidc-issuer".into(), "https://idporten.no".into()]),
            "go together",
        ),
        (with("http://idporten.example", &[]), "https://"),
        (
            with("https://idporten.no", &["--oidc-min-acr", "Level4"]),
            "idporten-loa-substantial",
        ),
    ] {
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(says), "{err}");
    }
}

#[tokio::test]
async fn sessions_from_before_the_id_token_column_survive() {
    let dir = reference_backend::temp_data_dir();
    {
        let conn = rusqlite::Connection::open(dir.join("data.sqlite3")).unwrap();
        conn.execute_batch(
            "CREATE TABLE sessions (token TEXT PRIMARY KEY, national_id TEXT NOT NULL,
                 name TEXT NOT NULL, last_seen TEXT NOT NULL, created_at TEXT NOT NULL);",
        )
        .unwrap();
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        conn.execute(
            "INSERT INTO sessions VALUES ('old-token', '14838197836', 'Gammel', ?1, ?1)",
            [now],
        )
        .unwrap();
    }
    let server = reference_backend::start(reference_backend::Config {
        port: 0,
        data_dir: dir,
        ..reference_backend::Config::default()
    })
    .await
    .unwrap();
    let client = reqwest::Client::new();
    let url = format!("{}/api/v1/session", server.base_url);
    let res = client
        .get(&url)
        .bearer_auth("old-token")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let res = client
        .delete(&url)
        .bearer_auth("old-token")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204, "a session without an ID token");
    server.stop().await;
}
