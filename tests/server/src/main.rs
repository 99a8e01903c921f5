//! Command-line entry point: `reference-backend --port 8080 --data-dir .data ...`.

use std::path::PathBuf;

use reference_backend::oidc::OidcSettings;
use reference_backend::{start, Config};

const HELP: &str = "reference-backend: reference server for the skoleleder JSON contract

Options (each also readable from the environment variable in brackets):
  --port <port>            TCP port, 0 for any free port [PORT] (default 8080)
  --bind <address>         address to listen on [BIND] (default 127.0.0.1)
  --data-dir <dir>         SQLite database and uploads [DATA_DIR] (default .data)
  --static-dir <dir>       serve the built app from here; index.html for other GET paths [STATIC_DIR]
  --allow-origin <origin>  allow CORS from this origin; repeat or comma-separate [ALLOW_ORIGIN]
  --test-mode              enable /api/v1/_test/* (faults, clock, reset) [TEST_MODE=1]
  -h, --help               show this help

The ID-porten login (POST /api/v1/session/idporten; GET /meta then lists idporten). The first
three go together; the issuer must be https:// (http:// only on a loopback address). A real
ID-porten needs a build with `--features tls`.
  --oidc-issuer <url>          the OpenID provider's issuer, e.g. https://test.idporten.no [OIDC_ISSUER]
  --oidc-client-id <id>        this backend's client id at the provider [OIDC_CLIENT_ID]
  --oidc-client-secret <s>     its client secret (sent as HTTP Basic) [OIDC_CLIENT_SECRET]
  --oidc-min-acr <level>       lowest accepted acr: idporten-loa-low, idporten-loa-substantial
                               or idporten-loa-high [OIDC_MIN_ACR] (default idporten-loa-substantial)
  --oidc-post-logout-uri <url> where the provider sends the browser after logging out
                               (post_logout_redirect_uri) [OIDC_POST_LOGOUT_URI]
";

fn main() {
    let mut config = Config::default();
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(v) = env("PORT") {
        config.port = v.parse().unwrap_or_else(|_| fail("PORT must be a number"));
    }
    if let Some(v) = env("BIND") {
        config.bind = v;
    }
    if let Some(v) = env("DATA_DIR") {
        config.data_dir = PathBuf::from(v);
    }
    if let Some(v) = env("STATIC_DIR") {
        config.static_dir = Some(PathBuf::from(v));
    }
    if let Some(v) = env("ALLOW_ORIGIN") {
        config.allow_origin = v
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect();
    }
    if env("TEST_MODE").is_some_and(|v| v != "0" && v != "false") {
        config.test_mode = true;
    }
    let mut oidc = OidcSettings {
        issuer: env("OIDC_ISSUER"),
        client_id: env("OIDC_CLIENT_ID"),
        client_secret: env("OIDC_CLIENT_SECRET"),
        min_acr: env("OIDC_MIN_ACR"),
        post_logout_uri: env("OIDC_POST_LOGOUT_URI"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match name.as_str() {
            "--port" => {
                config.port = value()
                    .parse()
                    .unwrap_or_else(|_| fail("--port must be a number"))
            }
            "--bind" => config.bind = value(),
            "--data-dir" => config.data_dir = PathBuf::from(value()),
            "--static-dir" => config.static_dir = Some(PathBuf::from(value())),
            "--allow-origin" => config.allow_origin.extend(
                value()
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty()),
            ),
            "--test-mode" => config.test_mode = true,
            "--oidc-issuer" => oidc.issuer = Some(value()),
            "--oidc-client-id" => oidc.client_id = Some(value()),
            "--oidc-client-secret" => oidc.client_secret = Some(value()),
            "--oidc-min-acr" => oidc.min_acr = Some(value()),
            "--oidc-post-logout-uri" => oidc.post_logout_uri = Some(value()),
            "-h" | "--help" => {
                print!("{HELP}");
                return;
            }
            other => fail(&format!("unknown option {other}\n\n{HELP}")),
        }
    }
    config.oidc = oidc.check().unwrap_or_else(|e| fail(&e));

    tracing_subscriber::fmt()
        .with_max_level(
            if std::env::var("RUST_LOG").is_ok_and(|v| v.contains("debug")) {
                tracing::Level::DEBUG
            } else {
                tracing::Level::INFO
            },
        )
        .with_target(false)
        .init();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    rt.block_on(async move {
        let test_mode = config.test_mode;
        let running = match start(config).await {
            Ok(r) => r,
            Err(e) => fail(&format!("could not start: {e}")),
        };
        println!("listening on {}", running.base_url);
        if let Some(provider) = &running.state.oidc {
            println!("ID-porten login through {}", provider.config.issuer);
        }
        if test_mode {
            println!("test mode: /api/v1/_test/* is enabled");
        }
        let _ = tokio::signal::ctrl_c().await;
        running.stop().await;
    });
}

fn fail(msg: &str) -> ! {
    eprintln!("reference-backend: {msg}");
    std::process::exit(2)
}
