//! A logged-in client of an in-process test server, and the problem+json check, shared by the
//! request-level test crates.

use reference_backend::{start_test_server, Running};
use reqwest::{Method, RequestBuilder, Response};
use serde_json::{json, Value};

pub struct Api {
    pub server: Running,
    pub http: reqwest::Client,
    pub token: String,
}

impl Api {
    /// Starts a test server and logs in as the first test identity.
    pub async fn start() -> Api {
        let server = start_test_server().await;
        let mut api = Api {
            server,
            http: reqwest::Client::new(),
            token: String::new(),
        };
        api.token = api.login().await;
        api
    }

    /// A new session for the first test identity.
    pub async fn login(&self) -> String {
        let ids = json_of(self.anonymous(Method::GET, "/api/v1/test-identities")).await;
        let res = self
            .anonymous(Method::POST, "/api/v1/session")
            .json(&json!({ "national_id": ids["items"][0]["national_id"] }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let session: Value = res.json().await.unwrap();
        session["token"].as_str().unwrap().to_string()
    }

    pub fn anonymous(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.server.base_url))
    }

    /// A request with the session's Bearer token.
    pub fn call(&self, method: Method, path: &str) -> RequestBuilder {
        self.anonymous(method, path).bearer_auth(&self.token)
    }

    /// Creates a draft with `content`; returns its path.
    pub async fn create(&self, collection: &str, content: Value) -> String {
        let res = self
            .call(Method::POST, &format!("/api/v1/{collection}"))
            .json(&content)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let created: Value = res.json().await.unwrap();
        format!("/api/v1/{collection}/{}", created["id"].as_str().unwrap())
    }
}

/// Sends a request that must succeed and reads its JSON body.
pub async fn json_of(req: RequestBuilder) -> Value {
    let res = req.send().await.unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    res.json().await.unwrap()
}

/// Checks that `res` is an RFC 9457 problem with this status and code; returns its body.
pub async fn problem(res: Response, status: u16, code: &str) -> Value {
    let content_type = res
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let got_status = res.status().as_u16();
    let text = res.text().await.unwrap();
    assert_eq!(
        (got_status, content_type.as_str()),
        (status, "application/problem+json"),
        "{text}"
    );
    let body: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    assert_eq!(body["code"], code, "{body}");
    assert_eq!(body["status"], status, "{body}");
    let schema_errors: Vec<String> = contract_schema("Problem")
        .iter_errors(&body)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(schema_errors.is_empty(), "{body}: {schema_errors:?}");
    body
}

/// A validator for `#/components/schemas/{name}` of the contract, `public/openapi.json`.
pub fn contract_schema(name: &str) -> jsonschema::Validator {
    let doc: Value = serde_json::from_str(include_str!("../../../../public/openapi.json"))
        .expect("the contract is JSON");
    assert!(
        doc["components"]["schemas"][name].is_object(),
        "no schema {name}"
    );
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": doc["components"],
        "$ref": format!("#/components/schemas/{name}"),
    });
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&root)
        .expect("schema compiles")
}
