//! The built app served as a good static host serves it (`scripts/run`): precompressed files
//! where the browser takes them, hashed files cached for good, `index.html` and `config.json`
//! asked for again every time (and compressed as they are sent), and deep links answered with
//! `index.html`.

use reference_backend::{start, temp_data_dir, Config};
use reqwest::header::{HeaderName, ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE};

const WASM: &str = "skoleleder-0123456789abcdef_bg.wasm";
/// Long enough to be worth compressing, as the real ones are (a few KB).
const INDEX: &str = "<!doctype html><title>app</title><main><p>Laster inn. Laster inn. Laster inn. Laster inn. Laster inn.</p></main>";
const CONFIG: &str = r#"{"default_language":"nb","api_base_url":"/api/v1","languages":["nb","nn","en","sv"],"note":"                                        "}"#;

async fn serve_a_build() -> reference_backend::Running {
    let dist = temp_data_dir().join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let files = [
        ("index.html", INDEX),
        ("config.json", CONFIG),
        (WASM, "raw wasm bytes"),
        ("skoleleder-0123456789abcdef_bg.wasm.br", "brotli bytes"),
        ("skoleleder-0123456789abcdef_bg.wasm.gz", "gzip bytes"),
        ("app-fedcba9876543210.css", "body{}"),
    ];
    for (name, content) in files {
        std::fs::write(dist.join(name), content).unwrap();
    }
    start(Config {
        port: 0,
        data_dir: temp_data_dir(),
        static_dir: Some(dist),
        ..Config::default()
    })
    .await
    .unwrap()
}

async fn get(
    server: &reference_backend::Running,
    path: &str,
    encodings: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}{path}", server.base_url))
        .header(ACCEPT_ENCODING, encodings)
        .send()
        .await
        .unwrap()
}

fn header<'a>(response: &'a reqwest::Response, name: reqwest::header::HeaderName) -> &'a str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

#[tokio::test]
async fn hashed_files_come_precompressed_and_are_cached_for_good() {
    let server = serve_a_build().await;
    let brotli = get(&server, &format!("/{WASM}"), "gzip, deflate, br").await;
    assert_eq!(brotli.status(), 200);
    assert_eq!(header(&brotli, CONTENT_ENCODING), "br");
    assert_eq!(header(&brotli, CONTENT_TYPE), "application/wasm");
    assert_eq!(
        header(&brotli, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(brotli.text().await.unwrap(), "brotli bytes");

    let gzip = get(&server, &format!("/{WASM}"), "gzip").await;
    assert_eq!(header(&gzip, CONTENT_ENCODING), "gzip");
    assert_eq!(gzip.text().await.unwrap(), "gzip bytes");

    let plain = get(&server, &format!("/{WASM}"), "identity").await;
    assert_eq!(header(&plain, CONTENT_ENCODING), "");
    assert_eq!(plain.text().await.unwrap(), "raw wasm bytes");

    let css = get(&server, "/app-fedcba9876543210.css", "br").await;
    assert_eq!(
        header(&css, CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn index_config_and_deep_links_are_asked_for_again_every_time() {
    let server = serve_a_build().await;
    for path in [
        "/",
        "/index.html",
        "/config.json",
        "/soknader/abc/merknader",
    ] {
        let response = get(&server, path, "br").await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(header(&response, CACHE_CONTROL), "no-cache", "{path}");
    }
    let deep = get(&server, "/behovsmelding", "identity").await;
    assert!(deep.text().await.unwrap().contains("<title>app</title>"));
    let missing = get(&server, "/missing-0123456789abcdef.js", "br").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(header(&missing, CACHE_CONTROL), "");
    // A wasm chunk of another build is missing, never answered with the page.
    let chunk = get(&server, "/split_wizard_1-0123456789abcdef.wasm", "br").await;
    assert_eq!(chunk.status(), 404);
    assert!(!chunk.text().await.unwrap().contains("<title>app</title>"));
}

/// The files a deployment edits after the build have no precompressed copies: they are
/// compressed as they are sent, in what the browser takes, and sent plain to one that takes
/// neither.
#[tokio::test]
async fn index_config_and_deep_links_come_compressed() {
    let server = serve_a_build().await;
    for (path, original) in [
        ("/", INDEX),
        ("/config.json", CONFIG),
        ("/soknader/abc/merknader", INDEX),
    ] {
        let brotli = get(&server, path, "gzip, deflate, br").await;
        assert_eq!(header(&brotli, CONTENT_ENCODING), "br", "{path}");
        assert!(
            header(&brotli, reqwest::header::VARY).contains("accept-encoding"),
            "{path}"
        );
        let bytes = brotli.bytes().await.unwrap();
        assert!(
            bytes.len() < original.len(),
            "{path}: {} bytes",
            bytes.len()
        );
        let gzip = get(&server, path, "gzip").await;
        assert_eq!(header(&gzip, CONTENT_ENCODING), "gzip", "{path}");
        let plain = get(&server, path, "identity").await;
        assert_eq!(header(&plain, CONTENT_ENCODING), "", "{path}");
        assert_eq!(plain.text().await.unwrap(), original, "{path}");
    }
}

/// What a `<meta>` Content-Security-Policy cannot say comes as headers, on every answer of the
/// static host (the app's pages, its files, and what is not there): no framing by any page
/// (clickjacking), no content-type guessing, no Referer to other sites (the app's addresses
/// carry application and report ids), and no camera, microphone, location and the like.
#[tokio::test]
async fn every_static_answer_carries_the_security_headers() {
    let server = serve_a_build().await;
    for path in [
        "/",
        "/soknader/abc/merknader",
        "/config.json",
        &format!("/{WASM}"),
        "/missing-0123456789abcdef.js",
    ] {
        let response = get(&server, path, "br").await;
        let h = |name: &'static str| header(&response, HeaderName::from_static(name));
        assert_eq!(
            h("content-security-policy"),
            "frame-ancestors 'none'",
            "{path}"
        );
        assert_eq!(h("x-frame-options"), "DENY", "{path}");
        assert_eq!(h("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(h("referrer-policy"), "no-referrer", "{path}");
        let permissions = h("permissions-policy");
        for feature in ["camera", "microphone", "geolocation", "payment", "usb"] {
            assert!(
                permissions
                    .split(',')
                    .any(|p| p.trim() == format!("{feature}=()")),
                "{path}: Permissions-Policy {permissions:?} leaves {feature} on"
            );
        }
    }
}

/// The API's JSON answers of some size come compressed to a client that asks (the catalogue,
/// 49 KB as it is, is most of what the catalogue page waits for); small ones come as they are.
#[tokio::test]
async fn large_json_answers_come_compressed_when_asked() {
    let server = serve_a_build().await;
    let plain = get(&server, "/api/v1/catalogue", "identity").await;
    assert_eq!(header(&plain, CONTENT_ENCODING), "");
    let original = plain.text().await.unwrap();
    assert!(original.len() > 10_000, "{} bytes", original.len());
    let brotli = get(&server, "/api/v1/catalogue", "gzip, br").await;
    assert_eq!(header(&brotli, CONTENT_ENCODING), "br");
    assert!(header(&brotli, reqwest::header::VARY).contains("accept-encoding"));
    let compressed = brotli.bytes().await.unwrap().len();
    assert!(
        compressed * 4 < original.len(),
        "{compressed} of {} bytes",
        original.len()
    );
    let gzip = get(&server, "/api/v1/catalogue", "gzip").await;
    assert_eq!(header(&gzip, CONTENT_ENCODING), "gzip");
    let small = get(&server, "/api/v1/meta", "gzip, br").await;
    assert_eq!(header(&small, CONTENT_ENCODING), "");
}
