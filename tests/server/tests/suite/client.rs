//! The suite's HTTP client: every checked call is validated against the contract and recorded
//! as covered.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use reqwest::{header::HeaderMap, Method, StatusCode};
use serde_json::{json, Value};

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub raw: Vec<u8>,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
    #[track_caller]
    pub fn etag(&self) -> String {
        self.header("etag").expect("ETag header")
    }
    #[track_caller]
    pub fn id(&self) -> String {
        self.body["id"].as_str().expect("id").to_string()
    }
    fn pointers(&self) -> Vec<(String, String)> {
        self.field_errors("errors")
    }
    /// The (pointer, code) pairs of a list of FieldErrors in the body.
    fn field_errors(&self, list: &str) -> Vec<(String, String)> {
        self.body[list]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|e| {
                        (
                            e["pointer"].as_str().unwrap_or("").to_string(),
                            e["code"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
    #[track_caller]
    pub fn expect_error(&self, status: u16, pointer: &str, code: &str) {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.body);
        assert!(
            self.pointers()
                .iter()
                .any(|(p, c)| p == pointer && c == code),
            "expected error {code} at {pointer}, got {:?}",
            self.pointers()
        );
    }
    /// A save that kept the value and reports, in `findings`, what submit will refuse.
    #[track_caller]
    pub fn expect_finding(&self, pointer: &str, code: &str) {
        assert_eq!(self.status.as_u16(), 200, "body: {}", self.body);
        let findings = self.field_errors("findings");
        assert!(
            findings.iter().any(|(p, c)| p == pointer && c == code),
            "expected finding {code} at {pointer}, got {findings:?}"
        );
    }
    #[track_caller]
    pub fn expect(&self, status: u16) -> &Self {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        self
    }
}

pub enum Body {
    None,
    Json(Value),
    Raw(&'static str, Vec<u8>),
    Multipart(Vec<(&'static str, Part)>),
}

pub enum Part {
    Text(String),
    File(String, Vec<u8>),
}

/// What the areas share: the server, the contract, and the operations exercised so far.
pub struct Ctx {
    base: String,
    pub app_origin: Option<String>,
    /// The mock OpenID provider the server trusts, if any (the ID-porten areas).
    pub provider: Option<Arc<super::provider::Provider>>,
    client: reqwest::Client,
    pub doc: Value,
    validators: Mutex<HashMap<String, Arc<jsonschema::Validator>>>,
    covered: Mutex<BTreeSet<(String, String)>>,
    next_key: AtomicU64,
}

fn lookup<'a>(doc: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let ptr = r.trim_start_matches('#');
            lookup(
                doc,
                doc.pointer(ptr).unwrap_or_else(|| panic!("unresolved {r}")),
            )
        }
        None => v,
    }
}

/// A failed area must not poison what the others share.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Ctx {
    pub fn new(base: &str, app_origin: Option<String>) -> Ctx {
        let doc_path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/openapi.json");
        let doc: Value = serde_json::from_str(
            &std::fs::read_to_string(&doc_path).expect("read public/openapi.json"),
        )
        .expect("contract is JSON");
        Ctx {
            base: base.trim_end_matches('/').to_string(),
            app_origin,
            provider: None,
            client: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(20))
                .build()
                .expect("client"),
            doc,
            validators: Mutex::new(HashMap::new()),
            covered: Mutex::new(BTreeSet::new()),
            next_key: AtomicU64::new(0),
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// A value no earlier run against the same server used (for Idempotency-Key).
    pub fn unique(&self, prefix: &str) -> String {
        let n = self.next_key.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default();
        format!("{prefix}-{nanos:x}-{n}")
    }

    /// Every operation in the contract as (METHOD, path template, operation).
    pub fn operations(&self) -> Vec<(Method, String, Value)> {
        let mut ops = vec![];
        for (path, item) in self.doc["paths"].as_object().expect("paths") {
            for (method, op) in item.as_object().expect("path item") {
                if method == "parameters" {
                    continue;
                }
                let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes())
                    .expect("HTTP method");
                ops.push((method, path.clone(), op.clone()));
            }
        }
        ops
    }

    pub fn covered(&self) -> BTreeSet<(String, String)> {
        lock(&self.covered).clone()
    }

    fn op(&self, method: &Method, template: &str) -> &Value {
        let m = method.as_str().to_ascii_lowercase();
        self.doc["paths"][template]
            .get(&m)
            .unwrap_or_else(|| panic!("the contract has no {method} {template}"))
    }

    fn validator(&self, key: &str, schema: &Value) -> Arc<jsonschema::Validator> {
        let mut validators = lock(&self.validators);
        let v = validators.entry(key.to_string()).or_insert_with(|| {
            let root = json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "components": self.doc["components"].clone(),
                "allOf": [schema],
            });
            Arc::new(
                jsonschema::options()
                    .with_draft(jsonschema::Draft::Draft202012)
                    .should_validate_formats(true)
                    .build(&root)
                    .unwrap_or_else(|e| panic!("schema for {key} does not compile: {e}")),
            )
        });
        v.clone()
    }

    /// Checks a response against the declared response for (method, template, status).
    fn check(&self, method: &Method, template: &str, r: &Resp) {
        let op = self.op(method, template);
        let status = r.status.as_u16().to_string();
        let class = format!("{}XX", &status[..1]);
        let declared = op["responses"]
            .get(&status)
            .or_else(|| op["responses"].get(&class))
            .or_else(|| op["responses"].get("default"))
            .unwrap_or_else(|| panic!("{method} {template}: status {status} is not declared in the contract (body {})", r.body));
        let declared = lookup(&self.doc, declared);
        let content = declared.get("content").and_then(Value::as_object);
        let ct = r.header("content-type").unwrap_or_default();
        let media = ct
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match content {
            None => assert!(
                r.raw.is_empty(),
                "{method} {template} {status}: declared without body but got {} bytes",
                r.raw.len()
            ),
            Some(c) => {
                let entry = c.get(&media).unwrap_or_else(|| {
                    panic!(
                        "{method} {template} {status}: content type {media:?} not declared ({:?})",
                        c.keys().collect::<Vec<_>>()
                    )
                });
                if media == "application/problem+json" {
                    assert_eq!(
                        r.body["status"].as_u64(),
                        Some(u64::from(r.status.as_u16())),
                        "{method} {template} {status}: the problem's status is not the response's"
                    );
                }
                if media.ends_with("json") {
                    let key = format!("{method} {template} {status} {media}");
                    let errors: Vec<String> = self
                        .validator(&key, &entry["schema"])
                        .iter_errors(&r.body)
                        .map(|e| format!("{} at {}", e, e.instance_path))
                        .collect();
                    assert!(
                        errors.is_empty(),
                        "{key}: response does not match the schema:\n  {}\nbody: {}",
                        errors.join("\n  "),
                        r.body
                    );
                }
            }
        }
        // Every header the response declares: present when required, and as its schema says.
        for (name, header) in declared
            .get("headers")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let header = lookup(&self.doc, header);
            let Some(value) = r.header(name) else {
                assert!(
                    header["required"] != true,
                    "{method} {template} {status}: {name} header missing"
                );
                continue;
            };
            let key = format!("{method} {template} {status} header {name}");
            let errors: Vec<String> = self
                .validator(&key, &header["schema"])
                .iter_errors(&Value::String(value.clone()))
                .map(|e| e.to_string())
                .collect();
            assert!(
                errors.is_empty(),
                "{key}: {value:?} does not match the contract: {}",
                errors.join("; ")
            );
        }
    }

    /// The contract path template a concrete path belongs to (literal segments win over
    /// parameters); panics for a path the contract does not have.
    fn template(&self, path: &str) -> String {
        let segs: Vec<&str> = path.split('/').collect();
        self.doc["paths"]
            .as_object()
            .expect("paths")
            .keys()
            .filter_map(|t| {
                let tsegs: Vec<&str> = t.split('/').collect();
                let fits = tsegs.len() == segs.len()
                    && tsegs
                        .iter()
                        .zip(&segs)
                        .all(|(t, s)| t == s || (t.starts_with('{') && t.ends_with('}')));
                let literal = tsegs.iter().filter(|t| !t.starts_with('{')).count();
                fits.then_some((literal, t))
            })
            .max()
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| panic!("the contract has no path matching {path}"))
    }

    pub fn req(&self, method: Method, path: &str) -> Call<'_> {
        Call {
            ctx: self,
            method,
            path: path.to_string(),
            token: None,
            headers: vec![],
            body: Body::None,
        }
    }
    pub fn get(&self, path: &str) -> Call<'_> {
        self.req(Method::GET, path)
    }
    pub fn post(&self, path: &str) -> Call<'_> {
        self.req(Method::POST, path)
    }
    pub fn put(&self, path: &str) -> Call<'_> {
        self.req(Method::PUT, path)
    }
    pub fn delete(&self, path: &str) -> Call<'_> {
        self.req(Method::DELETE, path)
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        headers: &[(String, String)],
        body: Body,
    ) -> Result<Resp, reqwest::Error> {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(k, v);
        }
        req = match body {
            Body::None => req,
            Body::Json(v) => req.json(&v),
            Body::Raw(ct, bytes) => req.header("content-type", ct).body(bytes),
            Body::Multipart(parts) => {
                // File names go as UTF-8, as browsers send them (reqwest would percent-encode
                // them, and a server must not be tested on names no browser sends).
                let mut form = reqwest::multipart::Form::new().percent_encode_noop();
                for (name, p) in parts {
                    form = match p {
                        Part::Text(t) => form.text(name, t),
                        Part::File(fname, bytes) => form.part(
                            name,
                            reqwest::multipart::Part::bytes(bytes).file_name(fname),
                        ),
                    };
                }
                req.multipart(form)
            }
        };
        let res = req.send().await?;
        let status = res.status();
        let headers = res.headers().clone();
        let raw = res.bytes().await?.to_vec();
        let body = serde_json::from_slice(&raw).unwrap_or(Value::Null);
        Ok(Resp {
            status,
            headers,
            body,
            raw,
        })
    }

    /// Logs in as the test identity at `index` and returns the token.
    pub async fn login(&self, index: usize) -> String {
        let r = self.login_as(index).await;
        r.body["token"].as_str().expect("token").to_string()
    }

    /// The national id of the test identity at `index`.
    pub async fn national_id(&self, index: usize) -> String {
        let ids = self.get("/api/v1/test-identities").await;
        ids.body["items"][index]["national_id"]
            .as_str()
            .expect("identity")
            .to_string()
    }

    /// Logs in as the test identity at `index`; the session as created.
    pub async fn login_as(&self, index: usize) -> Resp {
        let nid = self.national_id(index).await;
        let r = self
            .post("/api/v1/session")
            .json(json!({ "national_id": nid }))
            .await;
        r.expect(201);
        r
    }

    pub async fn upload(&self, token: &str, doc_type: &str, name: &str, bytes: &[u8]) -> Resp {
        self.post("/api/v1/documents")
            .auth(token)
            .multipart(vec![
                ("document_type", Part::Text(doc_type.into())),
                ("remark", Part::Text("Fra skoleeier".into())),
                ("file", Part::File(name.into(), bytes.to_vec())),
            ])
            .await
    }

    /// Sets a fault (test mode); it must be accepted.
    pub async fn fault(&self, settings: Value) {
        self.post("/api/v1/_test/faults")
            .json(settings)
            .await
            .expect(204);
    }

    /// Sets the server clock (test mode).
    pub async fn set_clock(&self, now: chrono::DateTime<chrono::FixedOffset>) {
        self.post("/api/v1/_test/clock")
            .json(json!({"now": now.to_rfc3339()}))
            .await
            .expect(200);
    }
}

/// One request being built. Awaiting it sends it, checks the response against the contract and
/// records the operation as covered; [`Call::unchecked`] only sends.
pub struct Call<'a> {
    ctx: &'a Ctx,
    method: Method,
    path: String,
    token: Option<String>,
    headers: Vec<(String, String)>,
    body: Body,
}

impl<'a> Call<'a> {
    pub fn auth(mut self, token: &str) -> Self {
        self.token = Some(token.to_string());
        self
    }
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
    pub fn if_match(self, etag: &str) -> Self {
        self.header("if-match", etag)
    }
    pub fn idempotency_key(self, key: &str) -> Self {
        self.header("idempotency-key", key)
    }
    pub fn json(mut self, v: Value) -> Self {
        self.body = Body::Json(v);
        self
    }
    pub fn raw(mut self, content_type: &'static str, bytes: &[u8]) -> Self {
        self.body = Body::Raw(content_type, bytes.to_vec());
        self
    }
    pub fn multipart(mut self, parts: Vec<(&'static str, Part)>) -> Self {
        self.body = Body::Multipart(parts);
        self
    }

    async fn send(&mut self) -> Result<Resp, reqwest::Error> {
        let body = std::mem::replace(&mut self.body, Body::None);
        self.ctx
            .send(
                self.method.clone(),
                &self.path,
                self.token.as_deref(),
                &self.headers,
                body,
            )
            .await
    }

    /// Sends without checking the response, for faults that break it on purpose and for
    /// requests outside the contract (CORS preflight).
    pub async fn unchecked(mut self) -> Result<Resp, reqwest::Error> {
        self.send().await
    }

    async fn checked(mut self) -> Resp {
        let template = self.ctx.template(&self.path);
        let r = self
            .send()
            .await
            .unwrap_or_else(|e| panic!("{} {}: {e}", self.method, self.path));
        self.ctx.check(&self.method, &template, &r);
        lock(&self.ctx.covered).insert((self.method.as_str().to_string(), template));
        r
    }
}

impl std::fmt::Display for Call<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

impl<'a> std::future::IntoFuture for Call<'a> {
    type Output = Resp;
    type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Resp> + Send + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.checked())
    }
}
