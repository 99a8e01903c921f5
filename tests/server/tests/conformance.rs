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

    async fn call(
        &mut self,
        method: Method,
        template: &str,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Body,
    ) -> Resp {
        let r = self
            .send(method.clone(), path, token, headers, body)
            .await
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        self.check(&method, template, &r);
        self.covered
            .insert((method.as_str().to_string(), template.to_string()));
        r
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        headers: &[(&str, &str)],
        body: Body,
    ) -> Result<Resp, reqwest::Error> {
        let mut req = self
            .client
            .request(method, format!("{}{}", self.base, path));
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        for (k, v) in headers {
            req = req.header(*k, *v);
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
        let ids = self
            .call(
                Method::GET,
                "/api/v1/test-identities",
                "/api/v1/test-identities",
                None,
                &[],
                Body::None,
            )
            .await;
        let nid = ids.body["items"][index]["national_id"]
            .as_str()
            .expect("identity")
            .to_string();
        let r = self
            .call(
                Method::POST,
                "/api/v1/session",
                "/api/v1/session",
                None,
                &[],
                Body::Json(json!({ "national_id": nid })),
            )
            .await;
        r.expect(201);
        r.body["token"].as_str().expect("token").to_string()
    }

    async fn upload(&mut self, token: &str, doc_type: &str, name: &str, bytes: &[u8]) -> Resp {
        self.call(
            Method::POST,
            "/api/v1/documents",
            "/api/v1/documents",
            Some(token),
            &[],
            Body::Multipart(vec![
                ("document_type", Part::Text(doc_type.into())),
                ("remark", Part::Text("Fra skoleeier".into())),
                ("file", Part::File(name.into(), bytes.to_vec())),
            ]),
        )
        .await
    }
}

/// An 11-digit number with valid control digits for the 9 leading digits, if one exists.
fn with_control_digits(base9: &str) -> Option<String> {
    let d: Vec<u32> = base9.bytes().map(|b| (b - b'0') as u32).collect();
    let k = |digits: &[u32], w: &[u32]| -> Option<u32> {
        let s: u32 = digits.iter().zip(w).map(|(a, b)| a * b).sum();
        match 11 - s % 11 {
            11 => Some(0),
            10 => None,
            x => Some(x),
        }
    };
    let k1 = k(&d, &[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
    let mut d10 = d.clone();
    d10.push(k1);
    let k2 = k(&d10, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
    Some(format!("{base9}{k1}{k2}"))
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
        .send(
            Method::DELETE,
            "/api/v1/_test/faults",
            None,
            &[],
            Body::None,
        )
        .await
        .expect("server reachable");
    c.test_mode = probe.status == StatusCode::NO_CONTENT;
    if c.test_mode {
        c.call(
            Method::DELETE,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(204);
        c.call(
            Method::DELETE,
            "/api/v1/_test/clock",
            "/api/v1/_test/clock",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(200);
    } else {
        println!("note: the server has no test-mode endpoints (404); fault, clock and reset sections are skipped");
    }

    // ------------------------------------------------------------ meta and catalogue
    let meta = c
        .call(
            Method::GET,
            "/api/v1/meta",
            "/api/v1/meta",
            None,
            &[],
            Body::None,
        )
        .await;
    meta.expect(200);
    assert_eq!(meta.body["contract_version"], "1.0.0");
    let max_bytes = meta.body["upload"]["max_bytes"]
        .as_u64()
        .expect("max_bytes");
    let cat = c
        .call(
            Method::GET,
            "/api/v1/catalogue",
            "/api/v1/catalogue",
            None,
            &[],
            Body::None,
        )
        .await;
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
    let rd = c
        .call(
            Method::GET,
            "/api/v1/reference-data",
            "/api/v1/reference-data",
            None,
            &[],
            Body::None,
        )
        .await;
    rd.expect(200);
    assert_eq!(rd.body["topics"].as_array().map(Vec::len), Some(11));
    assert_eq!(rd.body["own_contribution_rate_percent"], 30);
    println!("  ok meta, catalogue, reference data");

    // ------------------------------------------------------------ session
    let bad = c
        .call(
            Method::POST,
            "/api/v1/session",
            "/api/v1/session",
            None,
            &[],
            Body::Json(json!({"national_id": "14837110035"})),
        )
        .await;
    bad.expect_error(422, "/national_id", "invalid_checksum");
    let real = (100..200)
        .find_map(|i| with_control_digits(&format!("010180{i:03}")))
        .expect("a real-looking number");
    c.call(
        Method::POST,
        "/api/v1/session",
        "/api/v1/session",
        None,
        &[],
        Body::Json(json!({ "national_id": real })),
    )
    .await
    .expect_error(422, "/national_id", "not_synthetic");
    c.call(
        Method::POST,
        "/api/v1/session",
        "/api/v1/session",
        None,
        &[],
        Body::Json(json!({})),
    )
    .await
    .expect_error(422, "/national_id", "required");
    c.call(
        Method::POST,
        "/api/v1/session",
        "/api/v1/session",
        None,
        &[],
        Body::Raw("application/json", b"{\"national_id\": ".to_vec()),
    )
    .await
    .expect(400);
    c.call(
        Method::GET,
        "/api/v1/session",
        "/api/v1/session",
        None,
        &[],
        Body::None,
    )
    .await
    .expect(401);
    c.call(
        Method::GET,
        "/api/v1/session",
        "/api/v1/session",
        Some("not-a-token"),
        &[],
        Body::None,
    )
    .await
    .expect(401);
    let t0 = c.login(0).await;
    let s = c
        .call(
            Method::GET,
            "/api/v1/session",
            "/api/v1/session",
            Some(&t0),
            &[],
            Body::None,
        )
        .await;
    s.expect(200);
    c.call(
        Method::DELETE,
        "/api/v1/session",
        "/api/v1/session",
        Some(&t0),
        &[],
        Body::None,
    )
    .await
    .expect(204);
    c.call(
        Method::GET,
        "/api/v1/session",
        "/api/v1/session",
        Some(&t0),
        &[],
        Body::None,
    )
    .await
    .expect(401);
    println!("  ok session");

    let alice = c.login(0).await;
    let bob = c.login(1).await;

    // ------------------------------------------------------------ 401 on every authenticated operation
    for (m, t, p) in [
        (Method::GET, "/api/v1/applications", "/api/v1/applications"),
        (Method::POST, "/api/v1/applications", "/api/v1/applications"),
        (
            Method::GET,
            "/api/v1/applications/{id}",
            "/api/v1/applications/x",
        ),
        (
            Method::PUT,
            "/api/v1/applications/{id}",
            "/api/v1/applications/x",
        ),
        (
            Method::POST,
            "/api/v1/applications/{id}/submit",
            "/api/v1/applications/x/submit",
        ),
        (
            Method::POST,
            "/api/v1/applications/{id}/withdraw",
            "/api/v1/applications/x/withdraw",
        ),
        (Method::GET, "/api/v1/documents", "/api/v1/documents"),
        (
            Method::GET,
            "/api/v1/documents/{id}/content",
            "/api/v1/documents/x/content",
        ),
        (
            Method::DELETE,
            "/api/v1/documents/{id}",
            "/api/v1/documents/x",
        ),
        (
            Method::GET,
            "/api/v1/needs-reports",
            "/api/v1/needs-reports",
        ),
        (
            Method::GET,
            "/api/v1/needs-reports/{id}",
            "/api/v1/needs-reports/x",
        ),
    ] {
        let r = c.call(m.clone(), t, p, None, &[], Body::None).await;
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
    let pdf_id = pdf.body["id"].as_str().unwrap().to_string();
    let png = c.upload(&alice, "diploma", "vitnemal.png", PNG).await;
    png.expect(201);
    assert_eq!(png.body["content_type"], "image/png");
    let png_id = png.body["id"].as_str().unwrap().to_string();
    c.upload(&alice, "diploma", "virus.pdf", b"MZ\x90\x00 not a pdf")
        .await
        .expect(415);
    c.upload(&alice, "diploma", "tom.pdf", b"")
        .await
        .expect(415);
    c.upload(&alice, "ukjent_type", "a.pdf", PDF)
        .await
        .expect_error(422, "/document_type", "invalid_option");
    let no_type = c
        .call(
            Method::POST,
            "/api/v1/documents",
            "/api/v1/documents",
            Some(&alice),
            &[],
            Body::Multipart(vec![("file", Part::File("a.pdf".into(), PDF.to_vec()))]),
        )
        .await;
    no_type.expect_error(422, "/document_type", "required");
    let mut big = PDF.to_vec();
    big.resize(max_bytes as usize + 1, b' ');
    c.upload(&alice, "diploma", "stor.pdf", &big)
        .await
        .expect(413);
    let list = c
        .call(
            Method::GET,
            "/api/v1/documents",
            "/api/v1/documents",
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    list.expect(200);
    assert_eq!(list.body["items"].as_array().unwrap().len(), 2);
    let content = c
        .call(
            Method::GET,
            "/api/v1/documents/{id}/content",
            &format!("/api/v1/documents/{pdf_id}/content"),
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    content.expect(200);
    assert_eq!(content.raw, PDF);
    c.call(
        Method::GET,
        "/api/v1/documents/{id}/content",
        &format!("/api/v1/documents/{pdf_id}/content"),
        Some(&bob),
        &[],
        Body::None,
    )
    .await
    .expect(404);
    let spare = c
        .upload(
            &alice,
            "other",
            "kladd.jpg",
            &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'],
        )
        .await;
    spare.expect(201);
    let spare_id = spare.body["id"].as_str().unwrap().to_string();
    c.call(
        Method::DELETE,
        "/api/v1/documents/{id}",
        &format!("/api/v1/documents/{spare_id}"),
        Some(&alice),
        &[],
        Body::None,
    )
    .await
    .expect(204);
    c.call(
        Method::DELETE,
        "/api/v1/documents/{id}",
        &format!("/api/v1/documents/{spare_id}"),
        Some(&alice),
        &[],
        Body::None,
    )
    .await
    .expect(404);
    println!("  ok documents (upload, signature check, size limit, list, content, delete)");

    // ------------------------------------------------------------ applications
    let created = c
        .call(
            Method::POST,
            "/api/v1/applications",
            "/api/v1/applications",
            Some(&alice),
            &[],
            Body::Json(json!({})),
        )
        .await;
    created.expect(201);
    assert_eq!(created.body["status"], "draft");
    let app_id = created.body["id"].as_str().unwrap().to_string();
    let app_path = format!("/api/v1/applications/{app_id}");
    let got = c
        .call(
            Method::GET,
            "/api/v1/applications/{id}",
            &app_path,
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    got.expect(200);
    let etag = got.etag();
    c.call(
        Method::GET,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&bob),
        &[],
        Body::None,
    )
    .await
    .expect(404);
    let draft = json!({
        "round_id": round_id,
        "alternative_ids": [ledl["id"]],
        "remarks": {"job_title": "Rektor", "school_owner": null},
        "answers": {},
        "document_ids": [pdf_id],
    });
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[],
        Body::Json(draft.clone()),
    )
    .await
    .expect(428);
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", "\"stale\"")],
        Body::Json(draft.clone()),
    )
    .await
    .expect(412);
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&bob),
        &[("if-match", &etag)],
        Body::Json(draft.clone()),
    )
    .await
    .expect(404);
    let mut long = draft.clone();
    long["remarks"]["job_title"] = json!("x".repeat(201));
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", &etag)],
        Body::Json(long),
    )
    .await
    .expect_error(422, "/remarks/job_title", "too_long");
    let mut too_many = draft.clone();
    too_many["alternative_ids"] = json!(vec![ledl["id"].clone(); max_alts + 1]);
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", &etag)],
        Body::Json(too_many),
    )
    .await
    .expect_error(422, "/alternative_ids", "limit_exceeded");
    let mut unknown = draft.clone();
    unknown["remarks"]["favourite_colour"] = json!("blå");
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", &etag)],
        Body::Json(unknown),
    )
    .await
    .expect_error(422, "/remarks/favourite_colour", "unknown_field");
    let mut wrong_type = draft.clone();
    wrong_type["alternative_ids"] = json!("oslomet-3393");
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", &etag)],
        Body::Json(wrong_type),
    )
    .await
    .expect_error(422, "/alternative_ids", "invalid_type");
    let saved = c
        .call(
            Method::PUT,
            "/api/v1/applications/{id}",
            &app_path,
            Some(&alice),
            &[("if-match", &etag)],
            Body::Json(draft.clone()),
        )
        .await;
    saved.expect(200);
    let etag2 = saved.etag();
    assert_ne!(etag, etag2, "a write must change the ETag");
    c.call(
        Method::PUT,
        "/api/v1/applications/{id}",
        &app_path,
        Some(&alice),
        &[("if-match", &etag)],
        Body::Json(draft.clone()),
    )
    .await
    .expect(412);
    let submit_path = format!("{app_path}/submit");
    c.call(
        Method::POST,
        "/api/v1/applications/{id}/submit",
        &submit_path,
        Some(&alice),
        &[],
        Body::None,
    )
    .await
    .expect(400);
    let incomplete = c
        .call(
            Method::POST,
            "/api/v1/applications/{id}/submit",
            &submit_path,
            Some(&alice),
            &[("idempotency-key", "k-incomplete")],
            Body::None,
        )
        .await;
    incomplete.expect_error(422, "/remarks/school_owner", "required");
    incomplete.expect_error(422, "/document_ids", "missing_document");
    let mut full = draft.clone();
    full["remarks"]["school_owner"] = json!("Oslo kommune");
    full["document_ids"] = json!([pdf_id, png_id]);
    let saved = c
        .call(
            Method::PUT,
            "/api/v1/applications/{id}",
            &app_path,
            Some(&alice),
            &[("if-match", &etag2)],
            Body::Json(full),
        )
        .await;
    saved.expect(200);
    let key = format!("conf-{}", std::process::id());
    let hdr = [("idempotency-key", key.as_str())];
    let receipt = c
        .call(
            Method::POST,
            "/api/v1/applications/{id}/submit",
            &submit_path,
            Some(&alice),
            &hdr,
            Body::None,
        )
        .await;
    receipt.expect(200);
    assert_eq!(receipt.body["attachments"].as_array().unwrap().len(), 2);
    let again = c
        .call(
            Method::POST,
            "/api/v1/applications/{id}/submit",
            &submit_path,
            Some(&alice),
            &hdr,
            Body::None,
        )
        .await;
    again.expect(200);
    assert_eq!(
        receipt.body, again.body,
        "the same Idempotency-Key must give the same receipt"
    );
    c.call(
        Method::POST,
        "/api/v1/applications/{id}/submit",
        &submit_path,
        Some(&alice),
        &[("idempotency-key", "another")],
        Body::None,
    )
    .await
    .expect(409);
    let list = c
        .call(
            Method::GET,
            "/api/v1/applications",
            "/api/v1/applications",
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
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
    let bob_list = c
        .call(
            Method::GET,
            "/api/v1/applications",
            "/api/v1/applications",
            Some(&bob),
            &[],
            Body::None,
        )
        .await;
    assert!(bob_list.body["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["id"] != app_id.as_str()));
    c.call(
        Method::DELETE,
        "/api/v1/documents/{id}",
        &format!("/api/v1/documents/{pdf_id}"),
        Some(&alice),
        &[],
        Body::None,
    )
    .await
    .expect(409);
    let withdrawn = c
        .call(
            Method::POST,
            "/api/v1/applications/{id}/withdraw",
            &format!("{app_path}/withdraw"),
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    withdrawn.expect(200);
    assert_eq!(withdrawn.body["status"], "withdrawn");
    c.call(
        Method::POST,
        "/api/v1/applications/{id}/withdraw",
        &format!("{app_path}/withdraw"),
        Some(&alice),
        &[],
        Body::None,
    )
    .await
    .expect(409);
    println!("  ok applications (ETag, 412, 428, pointers, idempotent submit, withdraw)");

    // ------------------------------------------------------------ needs reports
    let start_year: i64 = 2030;
    let nr = c
        .call(
            Method::POST,
            "/api/v1/needs-reports",
            "/api/v1/needs-reports",
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    nr.expect(201);
    let nr_path = format!("/api/v1/needs-reports/{}", nr.body["id"].as_str().unwrap());
    let mut etag = nr.etag();
    let mut bad = complete_report(start_year);
    bad["lead_owner"]["organisation_number"] = json!("958935421");
    bad["schools"][0]["organisation_number"] = json!("12345");
    bad["period"]["years"] = json!(4);
    let r = c
        .call(
            Method::PUT,
            "/api/v1/needs-reports/{id}",
            &nr_path,
            Some(&alice),
            &[("if-match", &etag)],
            Body::Json(bad),
        )
        .await;
    r.expect_error(422, "/lead_owner/organisation_number", "invalid_checksum");
    r.expect_error(422, "/schools/0/organisation_number", "invalid_format");
    r.expect_error(422, "/period/years", "out_of_range");
    c.call(
        Method::PUT,
        "/api/v1/needs-reports/{id}",
        &nr_path,
        Some(&alice),
        &[],
        Body::Json(json!({})),
    )
    .await
    .expect(428);
    let mut low = complete_report(start_year);
    low["budget"][0]["own_contribution_nok"] = json!(30000); // 30 % of 100 001 rounds up to 30 001
    let r = c
        .call(
            Method::PUT,
            "/api/v1/needs-reports/{id}",
            &nr_path,
            Some(&alice),
            &[("if-match", &etag)],
            Body::Json(low),
        )
        .await;
    r.expect(200);
    etag = r.etag();
    let nr_submit = format!("{nr_path}/submit");
    c.call(
        Method::POST,
        "/api/v1/needs-reports/{id}/submit",
        &nr_submit,
        Some(&alice),
        &[("idempotency-key", "nr-1")],
        Body::None,
    )
    .await
    .expect_error(
        422,
        "/budget/0/own_contribution_nok",
        "own_contribution_too_low",
    );
    let mut mismatch = complete_report(start_year);
    mismatch["budget"].as_array_mut().unwrap().pop();
    let r = c
        .call(
            Method::PUT,
            "/api/v1/needs-reports/{id}",
            &nr_path,
            Some(&alice),
            &[("if-match", &etag)],
            Body::Json(mismatch),
        )
        .await;
    etag = r.expect(200).etag();
    c.call(
        Method::POST,
        "/api/v1/needs-reports/{id}/submit",
        &nr_submit,
        Some(&alice),
        &[("idempotency-key", "nr-1")],
        Body::None,
    )
    .await
    .expect_error(422, "/budget", "budget_years_mismatch");
    let r = c
        .call(
            Method::PUT,
            "/api/v1/needs-reports/{id}",
            &nr_path,
            Some(&alice),
            &[("if-match", &etag)],
            Body::Json(complete_report(start_year)),
        )
        .await;
    r.expect(200);
    let receipt = c
        .call(
            Method::POST,
            "/api/v1/needs-reports/{id}/submit",
            &nr_submit,
            Some(&alice),
            &[("idempotency-key", "nr-1")],
            Body::None,
        )
        .await;
    receipt.expect(200);
    let again = c
        .call(
            Method::POST,
            "/api/v1/needs-reports/{id}/submit",
            &nr_submit,
            Some(&alice),
            &[("idempotency-key", "nr-1")],
            Body::None,
        )
        .await;
    assert_eq!(receipt.body, again.expect(200).body);
    c.call(
        Method::GET,
        "/api/v1/needs-reports/{id}",
        &nr_path,
        Some(&bob),
        &[],
        Body::None,
    )
    .await
    .expect(404);
    let got = c
        .call(
            Method::GET,
            "/api/v1/needs-reports/{id}",
            &nr_path,
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    assert_eq!(got.expect(200).body["status"], "submitted");
    let list = c
        .call(
            Method::GET,
            "/api/v1/needs-reports",
            "/api/v1/needs-reports",
            Some(&alice),
            &[],
            Body::None,
        )
        .await;
    list.expect(200);
    c.call(
        Method::PUT,
        "/api/v1/needs-reports/{id}",
        &nr_path,
        Some(&alice),
        &[("if-match", &got.etag())],
        Body::Json(complete_report(start_year)),
    )
    .await
    .expect(409);
    println!("  ok needs reports (orgnr, budget rule, idempotent submit)");

    // ------------------------------------------------------------ test-mode sections
    if c.test_mode {
        // Faults: 503 with Retry-After.
        c.call(Method::POST, "/api/v1/_test/faults", "/api/v1/_test/faults", None, &[], Body::Json(json!({"path_prefix": "/api/v1/catalogue", "status": 503, "retry_after_seconds": 7, "remaining": 1})))
            .await
            .expect(204);
        let r = c
            .call(
                Method::GET,
                "/api/v1/catalogue",
                "/api/v1/catalogue",
                None,
                &[],
                Body::None,
            )
            .await;
        r.expect(503);
        assert_eq!(r.header("retry-after").as_deref(), Some("7"));
        c.call(
            Method::GET,
            "/api/v1/catalogue",
            "/api/v1/catalogue",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(200);
        // Malformed JSON.
        c.call(
            Method::POST,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::Json(
                json!({"path_prefix": "/api/v1/meta", "malformed_json": true, "remaining": 1}),
            ),
        )
        .await
        .expect(204);
        let r = c
            .send(Method::GET, "/api/v1/meta", None, &[], Body::None)
            .await
            .expect("response");
        assert!(
            serde_json::from_slice::<Value>(&r.raw).is_err(),
            "expected a malformed body"
        );
        // Dropped connection.
        c.call(
            Method::POST,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::Json(
                json!({"path_prefix": "/api/v1/meta", "drop_connection": true, "remaining": 1}),
            ),
        )
        .await
        .expect(204);
        assert!(
            c.send(Method::GET, "/api/v1/meta", None, &[], Body::None)
                .await
                .is_err(),
            "expected a dropped connection"
        );
        // Latency.
        c.call(
            Method::POST,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::Json(json!({"path_prefix": "/api/v1/meta", "latency_ms": 300, "remaining": 1})),
        )
        .await
        .expect(204);
        let t = Instant::now();
        c.call(
            Method::GET,
            "/api/v1/meta",
            "/api/v1/meta",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(200);
        assert!(t.elapsed().as_millis() >= 300);
        // Session expiring after N requests.
        c.call(
            Method::POST,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::Json(json!({"path_prefix": "/api/v1/session", "unauthorized_after_requests": 1})),
        )
        .await
        .expect(204);
        c.call(
            Method::GET,
            "/api/v1/session",
            "/api/v1/session",
            Some(&alice),
            &[],
            Body::None,
        )
        .await
        .expect(200);
        let r = c
            .call(
                Method::GET,
                "/api/v1/session",
                "/api/v1/session",
                Some(&alice),
                &[],
                Body::None,
            )
            .await;
        r.expect(401);
        assert_eq!(r.body["code"], "session_expired");
        c.call(
            Method::DELETE,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(204);
        c.call(
            Method::POST,
            "/api/v1/_test/faults",
            "/api/v1/_test/faults",
            None,
            &[],
            Body::Json(json!({"status": 404})),
        )
        .await
        .expect_error(422, "/status", "invalid_option");
        c.call(
            Method::GET,
            "/api/v1/session",
            "/api/v1/session",
            Some(&alice),
            &[],
            Body::None,
        )
        .await
        .expect(200);
        println!("  ok faults (503 + Retry-After, malformed JSON, dropped connection, latency, session expiry)");

        // Test-only status override (e.g. an offer).
        let app = c
            .call(
                Method::POST,
                "/api/v1/applications",
                "/api/v1/applications",
                Some(&alice),
                &[],
                Body::Json(json!({"round_id": round_id})),
            )
            .await;
        let id = app.expect(201).body["id"].as_str().unwrap().to_string();
        let r = c
            .call(
                Method::POST,
                "/api/v1/_test/status",
                "/api/v1/_test/status",
                None,
                &[],
                Body::Json(json!({"kind": "application", "id": id, "status": "offer"})),
            )
            .await;
        assert_eq!(r.expect(200).body["status"], "offer");

        // Deadlines with an overridden clock.
        let deadline = ledl_round["deadline"]
            .as_str()
            .expect("LEDL round has a deadline");
        let app = c.call(Method::POST, "/api/v1/applications", "/api/v1/applications", Some(&alice), &[], Body::Json(json!({
            "round_id": round_id, "alternative_ids": [ledl["id"]],
            "remarks": {"job_title": "Inspektør", "school_owner": "Bergen kommune"}, "document_ids": [pdf_id, png_id]
        }))).await;
        let late_id = app.expect(201).body["id"].as_str().unwrap().to_string();
        let after =
            chrono::DateTime::parse_from_rfc3339(deadline).unwrap() + chrono::Duration::minutes(1);
        c.call(
            Method::POST,
            "/api/v1/_test/clock",
            "/api/v1/_test/clock",
            None,
            &[],
            Body::Json(json!({"now": after.to_rfc3339()})),
        )
        .await
        .expect(200);
        let late = c.login(0).await; // the clock jump ends older sessions
        c.call(
            Method::POST,
            "/api/v1/applications/{id}/submit",
            &format!("/api/v1/applications/{late_id}/submit"),
            Some(&late),
            &[("idempotency-key", "late-1")],
            Body::None,
        )
        .await
        .expect_error(422, "/round_id", "deadline_passed");
        c.call(
            Method::DELETE,
            "/api/v1/_test/clock",
            "/api/v1/_test/clock",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(200);
        println!("  ok clock override and deadline");

        // Reset wipes data.
        c.call(
            Method::POST,
            "/api/v1/_test/reset",
            "/api/v1/_test/reset",
            None,
            &[],
            Body::None,
        )
        .await
        .expect(204);
        c.call(
            Method::GET,
            "/api/v1/session",
            "/api/v1/session",
            Some(&alice),
            &[],
            Body::None,
        )
        .await
        .expect(401);
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
