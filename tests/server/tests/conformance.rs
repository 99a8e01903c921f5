//! Conformance suite: checks a server against `public/openapi.json`.
//!
//! `CONFORMANCE_BASE_URL=http://host:port cargo test -p reference-backend --test conformance -- --nocapture`
//! runs it against any server; without the variable it starts the reference backend in-process
//! (test mode). Every response is checked against the schema the document declares for its
//! operation and status. Sections that need the test-mode endpoints are skipped (with a note)
//! when the server answers 404 for them.

use std::collections::{BTreeSet, HashMap};
use std::time::Instant;

use reqwest::{header::HeaderMap, Method, StatusCode};
use serde_json::{json, Value};

mod common;
use common::with_control_digits;

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
];

struct Resp {
    status: StatusCode,
    headers: HeaderMap,
    body: Value,
    raw: Vec<u8>,
}

impl Resp {
    fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }
    fn etag(&self) -> String {
        self.header("etag").expect("ETag header")
    }
    fn id(&self) -> String {
        self.body["id"].as_str().expect("id").to_string()
    }
    fn pointers(&self) -> Vec<(String, String)> {
        self.body["errors"]
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
    fn expect_error(&self, status: u16, pointer: &str, code: &str) {
        assert_eq!(self.status.as_u16(), status, "body: {}", self.body);
        assert!(
            self.pointers()
                .iter()
                .any(|(p, c)| p == pointer && c == code),
            "expected error {code} at {pointer}, got {:?}",
            self.pointers()
        );
    }
    #[track_caller]
    fn expect(&self, status: u16) -> &Self {
        assert_eq!(
            self.status.as_u16(),
            status,
            "unexpected status; body: {}",
            self.body
        );
        self
    }
}

enum Body {
    None,
    Json(Value),
    Raw(&'static str, Vec<u8>),
    Multipart(Vec<(&'static str, Part)>),
}

enum Part {
    Text(String),
    File(String, Vec<u8>),
}

struct Ctx {
    base: String,
    client: reqwest::Client,
    doc: Value,
    validators: HashMap<String, jsonschema::Validator>,
    covered: BTreeSet<(String, String)>,
    test_mode: bool,
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

impl Ctx {
    fn op(&self, method: &Method, template: &str) -> &Value {
        let m = method.as_str().to_ascii_lowercase();
        self.doc["paths"][template]
            .get(&m)
            .unwrap_or_else(|| panic!("the contract has no {} {template}", method))
    }

    fn validator(&mut self, key: &str, schema: &Value) -> &jsonschema::Validator {
        if !self.validators.contains_key(key) {
            let root = json!({
                "$schema": "https://json-schema.org/draft/2020-12/schema",
                "components": self.doc["components"].clone(),
                "allOf": [schema],
            });
            let v = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .should_validate_formats(true)
                .build(&root)
                .unwrap_or_else(|e| panic!("schema for {key} does not compile: {e}"));
            self.validators.insert(key.to_string(), v);
        }
        &self.validators[key]
    }

    /// Checks a response against the declared response for (method, template, status).
    fn check(&mut self, method: &Method, template: &str, r: &Resp) {
        let op = self.op(method, template).clone();
        let status = r.status.as_u16().to_string();
        let class = format!("{}XX", &status[..1]);
        let declared = op["responses"]
            .get(&status)
            .or_else(|| op["responses"].get(&class))
            .or_else(|| op["responses"].get("default"))
            .unwrap_or_else(|| panic!("{method} {template}: status {status} is not declared in the contract (body {})", r.body));
        let declared = lookup(&self.doc, declared).clone();
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
                if media.ends_with("json") {
                    let schema = entry["schema"].clone();
                    let key = format!("{method} {template} {status} {media}");
                    let body = r.body.clone();
                    let v = self.validator(&key, &schema);
                    let errors: Vec<String> = v
                        .iter_errors(&body)
                        .map(|e| format!("{} at {}", e, e.instance_path))
                        .collect();
                    assert!(
                        errors.is_empty(),
                        "{key}: response does not match the schema:\n  {}\nbody: {body}",
                        errors.join("\n  ")
                    );
                }
            }
        }
        if let Some(h) = declared.get("headers").and_then(Value::as_object) {
            if h.contains_key("ETag")
                && r.status.is_success()
                && !matches!(method.as_str(), "DELETE")
            {
                assert!(
                    r.header("etag").is_some(),
                    "{method} {template} {status}: ETag header missing"
                );
            }
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

    fn req(&mut self, method: Method, path: &str) -> Call<'_> {
        Call {
            ctx: self,
            method,
            path: path.to_string(),
            token: None,
            headers: vec![],
            body: Body::None,
        }
    }
    fn get(&mut self, path: &str) -> Call<'_> {
        self.req(Method::GET, path)
    }
    fn post(&mut self, path: &str) -> Call<'_> {
        self.req(Method::POST, path)
    }
    fn put(&mut self, path: &str) -> Call<'_> {
        self.req(Method::PUT, path)
    }
    fn delete(&mut self, path: &str) -> Call<'_> {
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
                let mut form = reqwest::multipart::Form::new();
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

    async fn login(&mut self, index: usize) -> String {
        let ids = self.get("/api/v1/test-identities").await;
        let nid = ids.body["items"][index]["national_id"]
            .as_str()
            .expect("identity")
            .to_string();
        let r = self
            .post("/api/v1/session")
            .json(json!({ "national_id": nid }))
            .await;
        r.expect(201);
        r.body["token"].as_str().expect("token").to_string()
    }

    async fn upload(&mut self, token: &str, doc_type: &str, name: &str, bytes: &[u8]) -> Resp {
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
    async fn fault(&mut self, settings: Value) {
        self.post("/api/v1/_test/faults")
            .json(settings)
            .await
            .expect(204);
    }
}

/// One request being built. Awaiting it sends it, checks the response against the contract and
/// records the operation as covered; [`Call::unchecked`] only sends.
struct Call<'a> {
    ctx: &'a mut Ctx,
    method: Method,
    path: String,
    token: Option<String>,
    headers: Vec<(String, String)>,
    body: Body,
}

impl<'a> Call<'a> {
    fn auth(mut self, token: &str) -> Self {
        self.token = Some(token.to_string());
        self
    }
    fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
    fn if_match(self, etag: &str) -> Self {
        self.header("if-match", etag)
    }
    fn idempotency_key(self, key: &str) -> Self {
        self.header("idempotency-key", key)
    }
    fn json(mut self, v: Value) -> Self {
        self.body = Body::Json(v);
        self
    }
    fn raw(mut self, content_type: &'static str, bytes: &[u8]) -> Self {
        self.body = Body::Raw(content_type, bytes.to_vec());
        self
    }
    fn multipart(mut self, parts: Vec<(&'static str, Part)>) -> Self {
        self.body = Body::Multipart(parts);
        self
    }

    async fn send(&mut self) -> Result<Resp, reqwest::Error> {
        let body = std::mem::replace(&mut self.body, Body::None);
        let token = self.token.as_deref();
        self.ctx
            .send(self.method.clone(), &self.path, token, &self.headers, body)
            .await
    }

    /// Sends without checking the response, for faults that break it on purpose.
    async fn unchecked(mut self) -> Result<Resp, reqwest::Error> {
        self.send().await
    }

    async fn checked(mut self) -> Resp {
        let template = self.ctx.template(&self.path);
        let r = self
            .send()
            .await
            .unwrap_or_else(|e| panic!("{} {}: {e}", self.method, self.path));
        self.ctx.check(&self.method, &template, &r);
        self.ctx
            .covered
            .insert((self.method.as_str().to_string(), template));
        r
    }
}

impl<'a> std::future::IntoFuture for Call<'a> {
    type Output = Resp;
    type IntoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Resp> + 'a>>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.checked())
    }
}

fn complete_report(start: i64) -> Value {
    json!({
        "region_id": "ostfold-buskerud-oslo-akershus",
        "lead_owner": {"name": "Oslo kommune", "organisation_number": "958935420", "owner_type": "kommune"},
        "contact_person": {"name": "Kari Kontakt", "role": "Rådgiver", "email": "kari@example.no", "phone": "+47 22 00 00 00"},
        "co_owners": [{"name": "Brønnøysund testeier", "organisation_number": "974760673"}],
        "schools": [{"name": "Testskolen", "organisation_number": "974760673"}],
        "partner": {"partner_type": "university", "institution": "OsloMet", "contact": "dekomp@example.no"},
        "needs_analysis": "Kartlagt i personalmøter og med spørreundersøkelse.",
        "goals": "Bedre begynneropplæring.",
        "measures": "Lærende nettverk og utprøving i klasserommet.",
        "topic_ids": ["begynneropplaering", "grunnleggende-ferdigheter"],
        "target_group": "Lærere på 1.–4. trinn",
        "staff_count": 42,
        "staff_involvement": "Tillitsvalgte og lærere var med på å velge tema.",
        "period": {"start_school_year": start, "years": 2},
        "budget": [
            {"school_year": start, "grant_owner_nok": 100001, "grant_partner_nok": 50000, "own_contribution_nok": 30001, "own_contribution_form": "salary", "coordinator_nok": 10000},
            {"school_year": start + 1, "grant_owner_nok": 90000, "grant_partner_nok": 50000, "own_contribution_nok": 27000, "own_contribution_form": "money", "coordinator_nok": 0}
        ]
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conformance_suite() {
    let started = Instant::now();
    let (base, _server) = match std::env::var("CONFORMANCE_BASE_URL")
        .ok()
        .filter(|s| !s.is_empty())
    {
        Some(url) => (url.trim_end_matches('/').to_string(), None),
        None => {
            let s = reference_backend::start_test_server().await;
            (s.base_url.clone(), Some(s))
        }
    };
    let doc_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/openapi.json");
    let doc: Value = serde_json::from_str(
        &std::fs::read_to_string(&doc_path).expect("read public/openapi.json"),
    )
    .expect("contract is JSON");
    let mut c = Ctx {
        base: base.clone(),
        client: reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .expect("client"),
        doc,
        validators: HashMap::new(),
        covered: BTreeSet::new(),
        test_mode: false,
    };
    println!("conformance against {base}");

    // Is this a test-mode server? (DELETE faults is harmless.)
    let probe = c
        .delete("/api/v1/_test/faults")
        .unchecked()
        .await
        .expect("server reachable");
    c.test_mode = probe.status == StatusCode::NO_CONTENT;
    if c.test_mode {
        c.delete("/api/v1/_test/faults").await.expect(204);
        c.delete("/api/v1/_test/clock").await.expect(200);
    } else {
        println!("note: the server has no test-mode endpoints (404); fault, clock and reset sections are skipped");
    }

    // ------------------------------------------------------------ meta and catalogue
    let meta = c.get("/api/v1/meta").await;
    meta.expect(200);
    assert_eq!(meta.body["contract_version"], "1.0.0");
    let max_bytes = meta.body["upload"]["max_bytes"]
        .as_u64()
        .expect("max_bytes");
    let cat = c.get("/api/v1/catalogue").await;
    cat.expect(200);
    let alts = cat.body["alternatives"]
        .as_array()
        .expect("alternatives")
        .clone();
    let rounds = cat.body["admission_rounds"]
        .as_array()
        .expect("rounds")
        .clone();
    let ledl = alts
        .iter()
        .find(|a| a["code"] == "LEDL6000")
        .expect("LEDL6000 in the catalogue")
        .clone();
    let ledl_round = rounds
        .iter()
        .find(|r| r["id"] == ledl["round_id"])
        .expect("LEDL6000 round")
        .clone();
    let round_id = ledl_round["id"].as_str().unwrap().to_string();
    let max_alts = ledl_round["max_alternatives_per_application"]
        .as_u64()
        .unwrap() as usize;
    let rd = c.get("/api/v1/reference-data").await;
    rd.expect(200);
    assert_eq!(rd.body["topics"].as_array().map(Vec::len), Some(11));
    assert_eq!(rd.body["own_contribution_rate_percent"], 30);
    println!("  ok meta, catalogue, reference data");

    // ------------------------------------------------------------ session
    c.post("/api/v1/session")
        .json(json!({"national_id": "14837110035"}))
        .await
        .expect_error(422, "/national_id", "invalid_checksum");
    let real = (100..200)
        .find_map(|i| with_control_digits(&format!("010180{i:03}")))
        .expect("a real-looking number");
    c.post("/api/v1/session")
        .json(json!({ "national_id": real }))
        .await
        .expect_error(422, "/national_id", "not_synthetic");
    c.post("/api/v1/session")
        .json(json!({}))
        .await
        .expect_error(422, "/national_id", "required");
    c.post("/api/v1/session")
        .raw("application/json", b"{\"national_id\": ")
        .await
        .expect(400);
    c.get("/api/v1/session").await.expect(401);
    c.get("/api/v1/session")
        .auth("not-a-token")
        .await
        .expect(401);
    let t0 = c.login(0).await;
    c.get("/api/v1/session").auth(&t0).await.expect(200);
    c.delete("/api/v1/session").auth(&t0).await.expect(204);
    c.get("/api/v1/session").auth(&t0).await.expect(401);
    println!("  ok session");

    let alice = c.login(0).await;
    let bob = c.login(1).await;

    // ------------------------------------------------------------ 401 on every authenticated operation
    for (m, p) in [
        (Method::GET, "/api/v1/applications"),
        (Method::POST, "/api/v1/applications"),
        (Method::GET, "/api/v1/applications/x"),
        (Method::PUT, "/api/v1/applications/x"),
        (Method::POST, "/api/v1/applications/x/submit"),
        (Method::POST, "/api/v1/applications/x/withdraw"),
        (Method::GET, "/api/v1/documents"),
        (Method::GET, "/api/v1/documents/x/content"),
        (Method::DELETE, "/api/v1/documents/x"),
        (Method::GET, "/api/v1/needs-reports"),
        (Method::GET, "/api/v1/needs-reports/x"),
    ] {
        let r = c.req(m.clone(), p).await;
        assert_eq!(
            r.status,
            StatusCode::UNAUTHORIZED,
            "{m} {p} without a token"
        );
    }
    println!("  ok 401 without token");

    // ------------------------------------------------------------ documents
    let pdf = c
        .upload(
            &alice,
            "employment_confirmation",
            "arbeidsgiverbekreftelse.pdf",
            PDF,
        )
        .await;
    pdf.expect(201);
    assert_eq!(pdf.body["content_type"], "application/pdf");
    assert_eq!(pdf.body["size"], PDF.len());
    let pdf_id = pdf.id();
    let png = c.upload(&alice, "diploma", "vitnemal.png", PNG).await;
    png.expect(201);
    assert_eq!(png.body["content_type"], "image/png");
    let png_id = png.id();
    c.upload(&alice, "diploma", "virus.pdf", b"MZ\x90\x00 not a pdf")
        .await
        .expect(415);
    c.upload(&alice, "diploma", "tom.pdf", b"")
        .await
        .expect(415);
    c.upload(&alice, "ukjent_type", "a.pdf", PDF)
        .await
        .expect_error(422, "/document_type", "invalid_option");
    c.post("/api/v1/documents")
        .auth(&alice)
        .multipart(vec![("file", Part::File("a.pdf".into(), PDF.to_vec()))])
        .await
        .expect_error(422, "/document_type", "required");
    let mut big = PDF.to_vec();
    big.resize(max_bytes as usize + 1, b' ');
    c.upload(&alice, "diploma", "stor.pdf", &big)
        .await
        .expect(413);
    let list = c.get("/api/v1/documents").auth(&alice).await;
    list.expect(200);
    assert_eq!(list.body["items"].as_array().unwrap().len(), 2);
    let content_path = format!("/api/v1/documents/{pdf_id}/content");
    let content = c.get(&content_path).auth(&alice).await;
    content.expect(200);
    assert_eq!(content.raw, PDF);
    c.get(&content_path).auth(&bob).await.expect(404);
    let spare = c
        .upload(
            &alice,
            "other",
            "kladd.jpg",
            &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'],
        )
        .await;
    spare.expect(201);
    let spare_path = format!("/api/v1/documents/{}", spare.id());
    c.delete(&spare_path).auth(&alice).await.expect(204);
    c.delete(&spare_path).auth(&alice).await.expect(404);
    println!("  ok documents (upload, signature check, size limit, list, content, delete)");

    // ------------------------------------------------------------ applications
    let created = c
        .post("/api/v1/applications")
        .auth(&alice)
        .json(json!({}))
        .await;
    created.expect(201);
    assert_eq!(created.body["status"], "draft");
    let app_id = created.id();
    let app_path = format!("/api/v1/applications/{app_id}");
    let got = c.get(&app_path).auth(&alice).await;
    got.expect(200);
    let etag = got.etag();
    c.get(&app_path).auth(&bob).await.expect(404);
    let draft = json!({
        "round_id": round_id,
        "alternative_ids": [ledl["id"]],
        "remarks": {"job_title": "Rektor", "school_owner": null},
        "answers": {},
        "document_ids": [pdf_id],
    });
    c.put(&app_path)
        .auth(&alice)
        .json(draft.clone())
        .await
        .expect(428);
    c.put(&app_path)
        .auth(&alice)
        .if_match("\"stale\"")
        .json(draft.clone())
        .await
        .expect(412);
    c.put(&app_path)
        .auth(&bob)
        .if_match(&etag)
        .json(draft.clone())
        .await
        .expect(404);
    // Each invalid variant of the draft, and the error it must give.
    let mut long = draft.clone();
    long["remarks"]["job_title"] = json!("x".repeat(201));
    let mut too_many = draft.clone();
    too_many["alternative_ids"] = json!(vec![ledl["id"].clone(); max_alts + 1]);
    let mut unknown = draft.clone();
    unknown["remarks"]["favourite_colour"] = json!("blå");
    let mut wrong_type = draft.clone();
    wrong_type["alternative_ids"] = json!("oslomet-3393");
    for (body, pointer, code) in [
        (long, "/remarks/job_title", "too_long"),
        (too_many, "/alternative_ids", "limit_exceeded"),
        (unknown, "/remarks/favourite_colour", "unknown_field"),
        (wrong_type, "/alternative_ids", "invalid_type"),
    ] {
        c.put(&app_path)
            .auth(&alice)
            .if_match(&etag)
            .json(body)
            .await
            .expect_error(422, pointer, code);
    }
    let saved = c
        .put(&app_path)
        .auth(&alice)
        .if_match(&etag)
        .json(draft.clone())
        .await;
    saved.expect(200);
    let etag2 = saved.etag();
    assert_ne!(etag, etag2, "a write must change the ETag");
    c.put(&app_path)
        .auth(&alice)
        .if_match(&etag)
        .json(draft.clone())
        .await
        .expect(412);
    let submit_path = format!("{app_path}/submit");
    c.post(&submit_path).auth(&alice).await.expect(400);
    let incomplete = c
        .post(&submit_path)
        .auth(&alice)
        .idempotency_key("k-incomplete")
        .await;
    incomplete.expect_error(422, "/remarks/school_owner", "required");
    incomplete.expect_error(422, "/document_ids", "missing_document");
    let mut full = draft.clone();
    full["remarks"]["school_owner"] = json!("Oslo kommune");
    full["document_ids"] = json!([pdf_id, png_id]);
    c.put(&app_path)
        .auth(&alice)
        .if_match(&etag2)
        .json(full)
        .await
        .expect(200);
    let key = format!("conf-{}", std::process::id());
    let receipt = c
        .post(&submit_path)
        .auth(&alice)
        .idempotency_key(&key)
        .await;
    receipt.expect(200);
    assert_eq!(receipt.body["attachments"].as_array().unwrap().len(), 2);
    let again = c
        .post(&submit_path)
        .auth(&alice)
        .idempotency_key(&key)
        .await;
    again.expect(200);
    assert_eq!(
        receipt.body, again.body,
        "the same Idempotency-Key must give the same receipt"
    );
    c.post(&submit_path)
        .auth(&alice)
        .idempotency_key("another")
        .await
        .expect(409);
    let list = c.get("/api/v1/applications").auth(&alice).await;
    list.expect(200);
    let mine: Vec<&Value> = list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"] == app_id.as_str())
        .collect();
    assert_eq!(mine.len(), 1, "exactly one application, submitted once");
    assert_eq!(mine[0]["status"], "submitted");
    assert_eq!(
        mine[0]["receipt"]["reference_number"],
        receipt.body["reference_number"]
    );
    let bob_list = c.get("/api/v1/applications").auth(&bob).await;
    assert!(bob_list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["id"] != app_id.as_str()));
    c.delete(&format!("/api/v1/documents/{pdf_id}"))
        .auth(&alice)
        .await
        .expect(409);
    let withdraw_path = format!("{app_path}/withdraw");
    let withdrawn = c.post(&withdraw_path).auth(&alice).await;
    withdrawn.expect(200);
    assert_eq!(withdrawn.body["status"], "withdrawn");
    c.post(&withdraw_path).auth(&alice).await.expect(409);
    println!("  ok applications (ETag, 412, 428, pointers, idempotent submit, withdraw)");

    // ------------------------------------------------------------ needs reports
    let start_year: i64 = 2030;
    let nr = c.post("/api/v1/needs-reports").auth(&alice).await;
    nr.expect(201);
    let nr_path = format!("/api/v1/needs-reports/{}", nr.id());
    let mut etag = nr.etag();
    let mut bad = complete_report(start_year);
    bad["lead_owner"]["organisation_number"] = json!("958935421");
    bad["schools"][0]["organisation_number"] = json!("12345");
    bad["period"]["years"] = json!(4);
    let r = c.put(&nr_path).auth(&alice).if_match(&etag).json(bad).await;
    r.expect_error(422, "/lead_owner/organisation_number", "invalid_checksum");
    r.expect_error(422, "/schools/0/organisation_number", "invalid_format");
    r.expect_error(422, "/period/years", "out_of_range");
    c.put(&nr_path)
        .auth(&alice)
        .json(json!({}))
        .await
        .expect(428);
    let mut low = complete_report(start_year);
    low["budget"][0]["own_contribution_nok"] = json!(30000); // 30 % of 100 001 rounds up to 30 001
    let mut mismatch = complete_report(start_year);
    mismatch["budget"].as_array_mut().unwrap().pop();
    // Each saves as a draft but may not be submitted.
    let nr_submit = format!("{nr_path}/submit");
    for (draft, pointer, code) in [
        (
            low,
            "/budget/0/own_contribution_nok",
            "own_contribution_too_low",
        ),
        (mismatch, "/budget", "budget_years_mismatch"),
    ] {
        etag = c
            .put(&nr_path)
            .auth(&alice)
            .if_match(&etag)
            .json(draft)
            .await
            .expect(200)
            .etag();
        c.post(&nr_submit)
            .auth(&alice)
            .idempotency_key("nr-1")
            .await
            .expect_error(422, pointer, code);
    }
    c.put(&nr_path)
        .auth(&alice)
        .if_match(&etag)
        .json(complete_report(start_year))
        .await
        .expect(200);
    let receipt = c
        .post(&nr_submit)
        .auth(&alice)
        .idempotency_key("nr-1")
        .await;
    receipt.expect(200);
    let again = c
        .post(&nr_submit)
        .auth(&alice)
        .idempotency_key("nr-1")
        .await;
    assert_eq!(receipt.body, again.expect(200).body);
    c.get(&nr_path).auth(&bob).await.expect(404);
    let got = c.get(&nr_path).auth(&alice).await;
    assert_eq!(got.expect(200).body["status"], "submitted");
    c.get("/api/v1/needs-reports")
        .auth(&alice)
        .await
        .expect(200);
    c.put(&nr_path)
        .auth(&alice)
        .if_match(&got.etag())
        .json(complete_report(start_year))
        .await
        .expect(409);
    println!("  ok needs reports (orgnr, budget rule, idempotent submit)");

    // ------------------------------------------------------------ test-mode sections
    if c.test_mode {
        // Faults: 503 with Retry-After.
        c.fault(json!({"path_prefix": "/api/v1/catalogue", "status": 503, "retry_after_seconds": 7, "remaining": 1}))
            .await;
        let r = c.get("/api/v1/catalogue").await;
        r.expect(503);
        assert_eq!(r.header("retry-after").as_deref(), Some("7"));
        c.get("/api/v1/catalogue").await.expect(200);
        // Malformed JSON.
        c.fault(json!({"path_prefix": "/api/v1/meta", "malformed_json": true, "remaining": 1}))
            .await;
        let r = c.get("/api/v1/meta").unchecked().await.expect("response");
        assert!(
            serde_json::from_slice::<Value>(&r.raw).is_err(),
            "expected a malformed body"
        );
        // Dropped connection.
        c.fault(json!({"path_prefix": "/api/v1/meta", "drop_connection": true, "remaining": 1}))
            .await;
        assert!(
            c.get("/api/v1/meta").unchecked().await.is_err(),
            "expected a dropped connection"
        );
        // Latency.
        c.fault(json!({"path_prefix": "/api/v1/meta", "latency_ms": 300, "remaining": 1}))
            .await;
        let t = Instant::now();
        c.get("/api/v1/meta").await.expect(200);
        assert!(t.elapsed().as_millis() >= 300);
        // Slow upload: the body is throttled to the rate but arrives whole.
        let rate = 10_000;
        let mut slow = PDF.to_vec();
        slow.resize(2_000, b' ');
        c.fault(json!({"path_prefix": "/api/v1/documents", "slow_upload_bytes_per_second": rate, "remaining": 1}))
            .await;
        let t = Instant::now();
        let up = c.upload(&alice, "diploma", "treg.pdf", &slow).await;
        let took = t.elapsed();
        up.expect(201);
        let min_ms = slow.len() as u128 * 1000 / rate as u128;
        assert!(
            took.as_millis() >= min_ms,
            "a throttled upload of {} bytes at {rate} B/s took {took:?}",
            slow.len()
        );
        assert_eq!(up.body["size"], slow.len());
        let stored = c
            .get(&format!("/api/v1/documents/{}/content", up.id()))
            .auth(&alice)
            .await;
        assert_eq!(stored.expect(200).raw, slow);
        // Session expiring after N requests.
        c.fault(json!({"path_prefix": "/api/v1/session", "unauthorized_after_requests": 1}))
            .await;
        c.get("/api/v1/session").auth(&alice).await.expect(200);
        let r = c.get("/api/v1/session").auth(&alice).await;
        r.expect(401);
        assert_eq!(r.body["code"], "session_expired");
        c.delete("/api/v1/_test/faults").await.expect(204);
        c.post("/api/v1/_test/faults")
            .json(json!({"status": 404}))
            .await
            .expect_error(422, "/status", "invalid_option");
        c.post("/api/v1/_test/faults")
            .json(json!({"slow_upload_bytes_per_second": 0}))
            .await
            .expect_error(422, "/slow_upload_bytes_per_second", "out_of_range");
        c.get("/api/v1/session").auth(&alice).await.expect(200);
        println!("  ok faults (503 + Retry-After, malformed JSON, dropped connection, latency, slow upload, session expiry)");

        // Test-only status override (e.g. an offer).
        let app = c
            .post("/api/v1/applications")
            .auth(&alice)
            .json(json!({"round_id": round_id}))
            .await;
        let id = app.expect(201).id();
        let r = c
            .post("/api/v1/_test/status")
            .json(json!({"kind": "application", "id": id, "status": "offer"}))
            .await;
        assert_eq!(r.expect(200).body["status"], "offer");

        // Deadlines with an overridden clock.
        let deadline = ledl_round["deadline"]
            .as_str()
            .expect("LEDL round has a deadline");
        let app = c
            .post("/api/v1/applications")
            .auth(&alice)
            .json(json!({
                "round_id": round_id, "alternative_ids": [ledl["id"]],
                "remarks": {"job_title": "Inspektør", "school_owner": "Bergen kommune"}, "document_ids": [pdf_id, png_id]
            }))
            .await;
        let late_id = app.expect(201).id();
        let after =
            chrono::DateTime::parse_from_rfc3339(deadline).unwrap() + chrono::Duration::minutes(1);
        c.post("/api/v1/_test/clock")
            .json(json!({"now": after.to_rfc3339()}))
            .await
            .expect(200);
        let late = c.login(0).await; // the clock jump ends older sessions
        c.post(&format!("/api/v1/applications/{late_id}/submit"))
            .auth(&late)
            .idempotency_key("late-1")
            .await
            .expect_error(422, "/round_id", "deadline_passed");
        c.delete("/api/v1/_test/clock").await.expect(200);
        println!("  ok clock override and deadline");

        // Reset wipes data.
        c.post("/api/v1/_test/reset").await.expect(204);
        c.get("/api/v1/session").auth(&alice).await.expect(401);
        println!("  ok reset");
    }

    // ------------------------------------------------------------ coverage of the contract
    let mut missing = vec![];
    for (path, item) in c.doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            if op.get("x-test-mode-only") == Some(&json!(true)) && !c.test_mode {
                continue;
            }
            if !c
                .covered
                .contains(&(method.to_ascii_uppercase(), path.clone()))
            {
                missing.push(format!("{} {path}", method.to_ascii_uppercase()));
            }
        }
    }
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
    println!(
        "conformance: {} operations exercised, all responses matched the contract, {:.1?}",
        c.covered.len(),
        started.elapsed()
    );
}
