//! Requests a hostile or broken client may send. Each is refused with an RFC 9457 problem that
//! matches the contract, and none of them changes stored data.

mod api_client;

use api_client::{contract_schema, json_of, problem, Api};
use reqwest::Method;
use serde_json::{json, Value};

/// Drafts of both kinds, each with some content to lose.
const DRAFTS: [(&str, &str, &str); 2] = [
    ("applications", "/remarks/job_title", "Rektor"),
    ("needs-reports", "/measure/goal", "Bedre begynneropplæring"),
];

/// A draft whose content has `value` at `pointer`.
fn draft_with(pointer: &str, value: &str) -> Value {
    let mut content = json!({});
    let mut at = &mut content;
    let keys: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    for key in &keys[..keys.len() - 1] {
        at = at.as_object_mut().unwrap().entry(*key).or_insert(json!({}));
    }
    at[keys[keys.len() - 1]] = value.into();
    content
}

/// The draft's content and ETag.
async fn read(api: &Api, path: &str) -> (Value, String) {
    let res = api.call(Method::GET, path).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let etag = res.headers()["etag"].to_str().unwrap().to_string();
    let body: Value = res.json().await.unwrap();
    (body["content"].clone(), etag)
}

#[tokio::test]
async fn malformed_saves_leave_the_draft_as_it_was() {
    let api = Api::start().await;
    for (collection, pointer, value) in DRAFTS {
        let path = api.create(collection, draft_with(pointer, value)).await;
        let (content, etag) = read(&api, &path).await;
        assert_eq!(content.pointer(pointer), Some(&json!(value)));
        // (content type, body, expected status, expected code)
        let attempts: [(Option<&str>, &str, u16, &str); 6] = [
            (None, "", 400, "body_required"),
            (Some("application/json"), "", 400, "body_required"),
            (Some("application/json"), "null", 422, "validation_failed"),
            (
                Some("application/json"),
                "{\"goals\": ",
                400,
                "malformed_json",
            ),
            (Some("text/plain"), "{}", 415, "unsupported_media_type"),
            (None, "{}", 415, "unsupported_media_type"),
        ];
        for (content_type, body, status, code) in attempts {
            let mut req = api
                .call(Method::PUT, &path)
                .header("if-match", &etag)
                .body(body);
            if let Some(content_type) = content_type {
                req = req.header("content-type", content_type);
            }
            problem(req.send().await.unwrap(), status, code).await;
            assert_eq!(
                read(&api, &path).await,
                (content.clone(), etag.clone()),
                "{collection} after {content_type:?} {body:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_draft_must_be_created_from_an_object_or_nothing() {
    let api = Api::start().await;
    for (collection, _, _) in DRAFTS {
        let path = format!("/api/v1/{collection}");
        for body in ["null", "[]", "5", "\"x\""] {
            let res = api
                .call(Method::POST, &path)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap();
            let refused = problem(res, 422, "validation_failed").await;
            assert_eq!(refused["errors"][0]["pointer"], "", "{body}");
            assert_eq!(refused["errors"][0]["code"], "invalid_type", "{body}");
        }
        let empty = api.call(Method::POST, &path).send().await.unwrap();
        assert_eq!(empty.status(), 201, "no body starts an empty draft");
        let list = json_of(api.call(Method::GET, &path)).await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1, "{collection}");
    }
}

/// Requests axum itself would refuse with a text/plain answer.
#[tokio::test]
async fn refusals_outside_the_handlers_are_problems_too() {
    let api = Api::start().await;
    let upload = "/api/v1/documents";
    let cases = [
        (
            api.call(Method::POST, upload),
            415,
            "unsupported_media_type",
        ),
        (
            api.call(Method::POST, upload)
                .json(&json!({"document_type": "diploma"})),
            415,
            "unsupported_media_type",
        ),
        (
            api.call(Method::POST, upload)
                .header("content-type", "multipart/form-data")
                .body("--x\r\n"),
            415,
            "unsupported_media_type",
        ),
        (
            api.call(Method::POST, upload)
                .header("content-type", "multipart/form-data; boundary=x")
                .body("not multipart at all"),
            400,
            "malformed_multipart",
        ),
        (
            api.call(Method::POST, "/api/v1/session")
                .header("content-type", "application/json")
                .body("[1,"),
            400,
            "malformed_json",
        ),
        (
            api.call(Method::POST, "/api/v1/applications")
                .body(vec![b'{'; 2 * 1024 * 1024]),
            413,
            "payload_too_large",
        ),
        (
            api.call(Method::PATCH, "/api/v1/applications"),
            405,
            "method_not_allowed",
        ),
    ];
    for (req, status, code) in cases {
        let sent = format!("{req:?}");
        let res = req.send().await.unwrap();
        assert_eq!(res.status(), status, "{sent}");
        problem(res, status, code).await;
    }
    // Path segments that do not decode to text name no resource.
    for (method, path) in [
        (Method::GET, "/api/v1/applications/%FF%FE"),
        (Method::POST, "/api/v1/needs-reports/%C0/submit"),
        (Method::POST, "/api/v1/applications/%C0/withdraw"),
        (Method::DELETE, "/api/v1/documents/%FF"),
        (Method::GET, "/api/v1/documents/%FF/content"),
    ] {
        let res = api.call(method, path).send().await.unwrap();
        problem(res, 404, "not_found").await;
    }
    // No operation reads a query string, so a garbled one changes nothing.
    let res = api
        .call(Method::GET, "/api/v1/applications?limit=%ZZ&&=&status[]=x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/json");
}

fn upload_form(parts: &[(&str, &str)]) -> reqwest::multipart::Form {
    parts.iter().fold(
        reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(b"%PDF-1.7 test".to_vec()).file_name("cv.pdf"),
        ),
        |form, (name, value)| form.text(name.to_string(), value.to_string()),
    )
}

#[tokio::test]
async fn uploads_take_only_the_documented_parts() {
    let api = Api::start().await;
    let upload = |parts: &[(&str, &str)]| {
        api.call(Method::POST, "/api/v1/documents")
            .multipart(upload_form(parts))
            .send()
    };
    for (parts, pointer, code) in [
        (
            &[("document_type", "diploma"), ("owner", "someone-else")][..],
            "/owner",
            "unknown_field",
        ),
        (
            &[
                ("document_type", "diploma"),
                ("document_type", "employment_confirmation"),
            ][..],
            "/document_type",
            "duplicate",
        ),
        (&[("document_type", "")][..], "/document_type", "required"),
    ] {
        let refused = problem(upload(parts).await.unwrap(), 422, "validation_failed").await;
        assert_eq!(refused["errors"][0]["pointer"], pointer, "{refused}");
        assert_eq!(refused["errors"][0]["code"], code, "{refused}");
        // The contract refuses the same form.
        let mut as_object = json!({"file": "cv.pdf"});
        for (name, value) in parts {
            as_object[*name] = json!(value);
        }
        if code != "duplicate" {
            assert!(!contract_schema("DocumentUpload").is_valid(&as_object));
        }
    }
    let stored = upload(&[("document_type", "diploma"), ("remark", "Oppdatert")])
        .await
        .unwrap();
    assert_eq!(stored.status(), 201);
    let list = json_of(api.call(Method::GET, "/api/v1/documents")).await;
    assert_eq!(
        list["items"].as_array().unwrap().len(),
        1,
        "refused uploads are not stored"
    );
}

/// A save keeps any value of the right JSON type, as the contract says, and reports the values
/// a submission would refuse in `findings`; only a wrong JSON type is refused, by both.
#[tokio::test]
async fn server_and_contract_agree_on_what_a_save_keeps() {
    let api = Api::start().await;
    let path = api.create("needs-reports", json!({})).await;
    let draft = contract_schema("NeedsReportDraft");
    for (content, finding) in [
        (json!({"measure": {"participants": 100_000}}), None),
        (
            json!({"measure": {"participants": 100_001}}),
            Some("/measure/participants"),
        ),
        (
            json!({"measure": {"participants": -1}}),
            Some("/measure/participants"),
        ),
        (
            json!({"budget": [{"rows": [{"purpose": "individual_further_education"}]}]}),
            Some("/budget/0/rows/0/purpose"),
        ),
        (
            json!({"lead_owner": {"organisation_number": "958935420"}}),
            None,
        ),
        (
            json!({"lead_owner": {"organisation_number": "95893542"}}),
            Some("/lead_owner/organisation_number"),
        ),
        (
            json!({"schools": [{"organisation_number": "9589354200"}]}),
            Some("/schools/0/organisation_number"),
        ),
        (
            json!({"schools": [{"organisation_number": "95893542x"}]}),
            Some("/schools/0/organisation_number"),
        ),
    ] {
        assert!(draft.is_valid(&content), "contract on {content}");
        let (_, etag) = read(&api, &path).await;
        let res = api
            .call(Method::PUT, &path)
            .header("if-match", etag)
            .json(&content)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "server on {content}");
        let saved: Value = res.json().await.unwrap();
        let flagged = saved["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| Some(f["pointer"].as_str().unwrap()) == finding);
        assert_eq!(flagged, finding.is_some(), "findings on {content}: {saved}");
    }
    for wrong_type in [
        json!({"measure": {"participants": "many"}}),
        json!({"schools": {}}),
    ] {
        assert!(!draft.is_valid(&wrong_type), "contract on {wrong_type}");
        let (_, etag) = read(&api, &path).await;
        let res = api
            .call(Method::PUT, &path)
            .header("if-match", etag)
            .json(&wrong_type)
            .send()
            .await
            .unwrap();
        problem(res, 422, "validation_failed").await;
    }
    let login = contract_schema("SessionRequest");
    for national_id in ["0181900004", "018190000490", "0181900004x"] {
        let body = json!({ "national_id": national_id });
        assert!(!login.is_valid(&body), "contract on {body}");
        let res = api
            .anonymous(Method::POST, "/api/v1/session")
            .json(&body)
            .send()
            .await
            .unwrap();
        problem(res, 422, "validation_failed").await;
    }
}

#[test]
fn the_contract_refuses_a_validation_problem_without_field_errors() {
    let schema = contract_schema("Problem");
    let base = json!({"type": "https://skoleleder.example/problems/validation_failed",
                      "title": "Noen felt må rettes", "status": 422, "code": "validation_failed"});
    let field = json!({"pointer": "/goals", "code": "required", "message": "Beskriv målene"});
    let with = |errors: Value| {
        let mut p = base.clone();
        p["errors"] = errors;
        p
    };
    assert!(schema.is_valid(&with(json!([field]))));
    assert!(!schema.is_valid(&base), "errors missing");
    assert!(!schema.is_valid(&with(json!([]))), "errors empty");
    let mut deadline = with(json!([]));
    deadline["code"] = "deadline_passed".into();
    assert!(!schema.is_valid(&deadline));
    // Other 422 problems, such as a reused Idempotency-Key, have no field errors.
    let mut reused = base.clone();
    reused["code"] = "idempotency_key_reused".into();
    assert!(schema.is_valid(&reused));
}

/// Checks that `res` refuses a body at `pointer` with the field code `code`.
async fn refused_at(res: reqwest::Response, pointer: &str, code: &str) {
    let refused = problem(res, 422, "validation_failed").await;
    assert_eq!(refused["errors"][0]["pointer"], pointer, "{refused}");
    assert_eq!(refused["errors"][0]["code"], code, "{refused}");
}

const EMPTY_ID: &str = "invalid_format";
const NOT_AN_OBJECT: &str = "invalid_type";

/// Ids are never empty (the contract's `minLength`), and an object is never read from an array
/// (serde would take a struct's fields from it by position): a save or a new draft with either
/// is refused at its pointer, nothing is stored, and what is read back still meets the contract.
#[tokio::test]
async fn empty_ids_and_arrays_for_objects_are_refused() {
    let api = Api::start().await;
    let applications = vec![
        ("/round_id", EMPTY_ID, json!({"round_id": ""})),
        (
            "/alternative_ids/1",
            EMPTY_ID,
            json!({"alternative_ids": ["a", ""]}),
        ),
        ("/document_ids/0", EMPTY_ID, json!({"document_ids": [""]})),
        (
            "/remarks",
            NOT_AN_OBJECT,
            json!({"remarks": ["Rektor", "Oslo", null]}),
        ),
    ];
    let reports = vec![
        ("/region_id", EMPTY_ID, json!({"region_id": ""})),
        (
            "/topic_ids/1",
            EMPTY_ID,
            json!({"topic_ids": ["ledelse", ""]}),
        ),
        (
            "/partner/institution_id",
            EMPTY_ID,
            json!({"partner": {"institution_id": ""}}),
        ),
        (
            "/lead_owner",
            NOT_AN_OBJECT,
            json!({"lead_owner": ["Oslo", "958935420", null]}),
        ),
        (
            "/budget/0/rows/0",
            NOT_AN_OBJECT,
            json!({"budget": [{"rows": [["plan", "owner", 1]]}]}),
        ),
        (
            "/anchoring/tailored",
            NOT_AN_OBJECT,
            json!({"anchoring": {"tailored": [true, null]}}),
        ),
    ];
    for (kind, collection, cases) in [
        ("Application", "applications", applications),
        ("NeedsReport", "needs-reports", reports),
    ] {
        let draft = contract_schema(&format!("{kind}Draft"));
        let listed = contract_schema(&format!("{kind}List"));
        for (pointer, code, body) in cases {
            assert!(!draft.is_valid(&body), "the contract takes {body}");
            let path = api.create(collection, json!({})).await;
            let (content, etag) = read(&api, &path).await;
            let put = api.call(Method::PUT, &path).header("if-match", &etag);
            refused_at(put.json(&body).send().await.unwrap(), pointer, code).await;
            let post = api.call(Method::POST, &format!("/api/v1/{collection}"));
            refused_at(post.json(&body).send().await.unwrap(), pointer, code).await;
            assert_eq!(
                read(&api, &path).await,
                (content, etag),
                "{path} after {body}"
            );
            let list = json_of(api.call(Method::GET, &format!("/api/v1/{collection}"))).await;
            let errors: Vec<String> = listed
                .iter_errors(&list)
                .map(|e| format!("{e} at {}", e.instance_path))
                .collect();
            assert!(errors.is_empty(), "{collection} after {body}: {errors:?}");
        }
    }
    let app = api.create("applications", json!({})).await;
    let late = format!("{app}/late-documents");
    for (pointer, code, body) in [
        ("/document_id", EMPTY_ID, json!({"document_id": ""})),
        ("", NOT_AN_OBJECT, json!(["0123456789abcdef"])),
    ] {
        let req = api.call(Method::POST, &late).json(&body);
        refused_at(req.send().await.unwrap(), pointer, code).await;
    }
    let status = json!({"kind": "application", "id": "", "status": "offer"});
    let req = api
        .anonymous(Method::POST, "/api/v1/_test/status")
        .json(&status);
    refused_at(req.send().await.unwrap(), "/id", EMPTY_ID).await;
}

/// Every operation that takes a JSON body refuses a broken one with a status it declares: a
/// body that is not JSON by its type (415), not JSON at all (400), too large (413), or not an
/// object (422). Derived from the contract, so a new operation is covered at once.
#[tokio::test]
async fn every_refusal_of_a_body_is_declared_by_its_operation() {
    let api = Api::start().await;
    let doc: Value = serde_json::from_str(include_str!("../../../public/openapi.json")).unwrap();
    let ids = [
        (
            "/api/v1/applications/{id}",
            api.create("applications", json!({})).await,
        ),
        (
            "/api/v1/needs-reports/{id}",
            api.create("needs-reports", json!({})).await,
        ),
    ];
    let mut tried = 0;
    for (template, item) in doc["paths"].as_object().unwrap() {
        let path = ids
            .iter()
            .find(|(prefix, _)| template.starts_with(prefix))
            .map(|(prefix, real)| template.replacen(prefix, real, 1))
            .unwrap_or_else(|| template.clone());
        for (method, op) in item.as_object().unwrap() {
            if op["requestBody"]["content"]
                .get("application/json")
                .is_none()
            {
                continue;
            }
            tried += 1;
            let method = Method::from_bytes(method.to_ascii_uppercase().as_bytes()).unwrap();
            let attempts: [(&str, Vec<u8>, u16); 4] = [
                ("text/plain", b"{}".to_vec(), 415),
                ("application/json", b"{\"a\": ".to_vec(), 400),
                ("application/json", vec![b' '; 2 * 1024 * 1024], 413),
                ("application/json", b"[]".to_vec(), 422),
            ];
            for (content_type, body, status) in attempts {
                let res = api
                    .call(method.clone(), &path)
                    .header("if-match", "*")
                    .header("idempotency-key", "k")
                    .header("content-type", content_type)
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                let got = res.status().as_u16();
                assert_eq!(
                    got, status,
                    "{method} {path} with a {content_type} body ({status} expected)"
                );
                assert!(
                    op["responses"].get(got.to_string()).is_some(),
                    "{method} {template} answers {got}, which it does not declare"
                );
            }
        }
    }
    assert!(tried >= 8, "only {tried} operations take a JSON body");
}
