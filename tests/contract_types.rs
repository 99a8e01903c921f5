//! The app's side of the contract: its request types serialize to what `public/openapi.json`
//! accepts, and its response types parse what the reference backend really sends.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use skoleleder::api::problem::error_from_response;
use skoleleder::api::types::{
    Answer, Application, ApplicationContent, Catalogue, Document, ItemList, Meta, Remarks, Session,
    SessionCreated, SessionRequest, TestIdentity,
};
use skoleleder::api::{is_supported_contract, SUPPORTED_CONTRACT_MAJOR};
use skoleleder::i18n::Language;
use skoleleder::pages::catalogue::admission_lines;
use skoleleder::pages::login::server_problem;

fn contract() -> Value {
    serde_json::from_str(include_str!("../public/openapi.json")).expect("the contract is JSON")
}

/// Validates `value` against `#/components/schemas/{name}` of the contract.
fn assert_matches_schema(name: &str, value: &Value) {
    let doc = contract();
    assert!(
        doc["components"]["schemas"][name].is_object(),
        "the contract has no schema {name}"
    );
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": doc["components"],
        "$ref": format!("#/components/schemas/{name}"),
    });
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&root)
        .expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{name} rejects {value}: {errors:?}");
}

#[test]
fn the_app_speaks_the_documented_contract_version() {
    let version = contract()["info"]["version"].as_str().unwrap().to_owned();
    assert!(
        is_supported_contract(&version),
        "contract {version}, app supports {SUPPORTED_CONTRACT_MAJOR}.x"
    );
}

#[test]
fn request_bodies_match_the_contract() {
    let body = serde_json::to_value(SessionRequest {
        national_id: "01819000049".into(),
    })
    .unwrap();
    assert_matches_schema("SessionRequest", &body);

    let content = ApplicationContent {
        round_id: Some("round".into()),
        alternative_ids: vec!["a".into(), "b".into()],
        remarks: Remarks {
            job_title: Some("Rektor".into()),
            school_owner: None,
            remark: Some("Søker sammen med ledergruppen".into()),
        },
        answers: [
            ("q1".to_owned(), Answer::YesNo(true)),
            ("q2".to_owned(), Answer::Text("svar".into())),
        ]
        .into(),
        document_ids: vec!["d".into()],
    };
    assert_matches_schema("ApplicationDraft", &serde_json::to_value(&content).unwrap());
    assert_matches_schema(
        "ApplicationDraft",
        &serde_json::to_value(ApplicationContent::default()).unwrap(),
    );
}

/// The sparsest answers the document allows (every nullable field null, every list empty,
/// rolling admission without a deadline), so the app is known to cope with any conforming
/// backend, not only with what the reference backend happens to send.
#[test]
fn the_app_reads_the_sparsest_answers_the_contract_allows() {
    let text = json!({ "nb": "a", "nn": "a", "en": "a", "sv": "a" });
    let meta = json!({ "contract_version": "1.4.2", "auth_modes": ["idporten"], "upload": { "max_bytes": 1, "accepted_types": ["application/pdf"] } });
    assert_matches_schema("Meta", &meta);
    let meta: Meta = serde_json::from_value(meta).unwrap();
    assert!(is_supported_contract(&meta.contract_version));

    let people = json!({ "items": [] });
    assert_matches_schema("TestIdentityList", &people);
    assert!(serde_json::from_value::<ItemList<TestIdentity>>(people)
        .unwrap()
        .items
        .is_empty());

    let user = json!({ "national_id": "01819000049", "name": "Kari" });
    let created =
        json!({ "token": "t", "user": user, "subject": "s", "expires_at": "2027-01-01T00:00:00Z" });
    assert_matches_schema("SessionCreated", &created);
    serde_json::from_value::<SessionCreated>(created).unwrap();
    let session =
        json!({ "user": user, "subject": "s", "expires_at": "2027-01-01T00:30:00+01:00" });
    assert_matches_schema("Session", &session);
    serde_json::from_value::<Session>(session).unwrap();

    let catalogue = json!({
        "institutions": [{ "id": "i", "name": text, "country": "NO", "website": "https://example.org" }],
        "categories": [{ "id": "c", "name": text }],
        "admission_rounds": [{
            "id": "r", "institution_id": "i", "category_id": "c", "name": text, "deadline": null,
            "time_zone": "Europe/Oslo", "document_deadline": null, "rolling_admission": false,
            "max_alternatives_per_application": 1, "opens_at": null, "requires_remarks": false,
            "accepts_unqualified": false
        }],
        "alternatives": [{
            "id": "a", "round_id": "r", "number": null, "code": null, "name": text, "description": text,
            "admission_requirements": text, "required_document_types": [], "questions": [], "requirements": [], "sessions": [],
            "exam": null, "cost_note": text, "external_application_url": null, "credits": null,
            "certificate_rule": null, "registration_by": "principal"
        }]
    });
    assert_matches_schema("Catalogue", &catalogue);
    let catalogue: Catalogue = serde_json::from_value(catalogue).unwrap();
    let alternative = &catalogue.alternatives[0];
    assert_eq!(alternative.title(Language::Nb), "a");
    assert_eq!(
        admission_lines(&catalogue, alternative, Language::En, chrono::Utc::now()),
        ["The deadline is not announced here – see the institution's own pages"]
    );

    let document = json!({
        "id": "d", "filename": "vitnemål.pdf", "content_type": "application/pdf", "size": 1,
        "sha256": "0".repeat(64), "document_type": "diploma", "remark": null,
        "uploaded_at": "2027-01-01T00:00:00Z"
    });
    assert_matches_schema("Document", &document);
    assert_eq!(
        serde_json::from_value::<Document>(document).unwrap().size,
        1
    );

    let problem = json!({ "type": "about:blank", "title": "Feil", "status": 503 });
    assert_matches_schema("Problem", &problem);
    assert_eq!(
        error_from_response(503, &problem.to_string()).status(),
        Some(503)
    );
}

struct Backend {
    base: String,
    http: reqwest::Client,
}

impl Backend {
    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (u16, String) {
        let mut request = self.http.request(method, format!("{}{path}", self.base));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        let response = request.send().await.expect("the reference backend answers");
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, path: &str, token: Option<&str>) -> T {
        let (status, body) = self.call(reqwest::Method::GET, path, token, None).await;
        assert_eq!(status, 200, "GET {path}: {body}");
        serde_json::from_str(&body)
            .unwrap_or_else(|e| panic!("the app cannot read GET {path}: {e}\n{body}"))
    }
}

#[tokio::test]
async fn the_app_reads_what_the_reference_backend_sends() {
    let server = reference_backend::start_test_server().await;
    let backend = Backend {
        base: server.base_url.trim_end_matches('/').to_owned(),
        http: reqwest::Client::new(),
    };

    let meta: Meta = backend.get("/api/v1/meta", None).await;
    assert!(is_supported_contract(&meta.contract_version));

    let people: ItemList<TestIdentity> = backend.get("/api/v1/test-identities", None).await;
    assert!(!people.items.is_empty());

    // Log in as the first test person with the body the app sends.
    let request = serde_json::to_value(SessionRequest {
        national_id: people.items[0].national_id.clone(),
    })
    .unwrap();
    let (status, body) = backend
        .call(
            reqwest::Method::POST,
            "/api/v1/session",
            None,
            Some(request),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let created: SessionCreated = serde_json::from_str(&body).unwrap();
    assert_eq!(created.user.national_id, people.items[0].national_id);
    let session: Session = backend.get("/api/v1/session", Some(&created.token)).await;
    assert_eq!(session.user, created.user);

    // The server's verdict on a bad number lands on the login field, in the app's words.
    let bad = json!({ "national_id": "01819000048" });
    let (status, body) = backend
        .call(reqwest::Method::POST, "/api/v1/session", None, Some(bad))
        .await;
    assert_eq!(status, 422);
    assert_eq!(
        server_problem(&error_from_response(status, &body)),
        Some(skoleleder::i18n::Key::ErrorNationalIdChecksum)
    );

    let catalogue: Catalogue = backend.get("/api/v1/catalogue", None).await;
    let titles: Vec<String> = catalogue
        .alternatives
        .iter()
        .map(|a| a.title(Language::Nb))
        .collect();
    assert!(
        titles.contains(&"3393 LEDL6000 Ledelse av lærings- og læreplanarbeid".to_owned()),
        "{titles:?}"
    );
    assert!(
        titles.iter().any(|t| t.starts_with("3343 SLED6000")),
        "{titles:?}"
    );
    let now = chrono::Utc::now();
    for alternative in &catalogue.alternatives {
        let lines = admission_lines(&catalogue, alternative, Language::En, now);
        assert!(
            !lines.is_empty(),
            "{} has no admission line",
            alternative.id
        );
    }
    let ledl = catalogue
        .alternatives
        .iter()
        .find(|a| a.code.as_deref() == Some("LEDL6000"))
        .unwrap();
    // Admission requirements (1.2.0): each with options that say whether they meet it, and a
    // reason for those that do not; the SLED6000 round refuses unqualified applicants.
    let sled = catalogue
        .alternatives
        .iter()
        .find(|a| a.code.as_deref() == Some("SLED6000"))
        .unwrap();
    assert_eq!(sled.requirements.len(), 3);
    for requirement in &sled.requirements {
        assert!(requirement.not_met.is_some(), "{}", requirement.id);
        let options = &requirement.limits.options;
        assert!(
            options.iter().any(|o| o.meets_requirement)
                && options.iter().any(|o| !o.meets_requirement)
        );
    }
    assert!(!catalogue.round(&sled.round_id).unwrap().accepts_unqualified);
    assert!(catalogue.round(&ledl.round_id).unwrap().accepts_unqualified);
    let swedish = catalogue.alternative("mdu-kollegialt-larande").unwrap();
    let round = catalogue.round(&swedish.round_id).unwrap();
    assert_eq!(
        catalogue
            .institution(&round.institution_id)
            .unwrap()
            .country,
        "SE"
    );
    assert!(swedish.questions.iter().any(|q| q.kind == "national_id_se"));
    let lines = admission_lines(&catalogue, ledl, Language::Nb, now);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Søknadsfrist: 3. april ") && l.ends_with(" kl. 23:59")),
        "{lines:?}"
    );
    // A round that is neither rolling nor dated must not be called rolling admission.
    let undated: Vec<_> = catalogue
        .admission_rounds
        .iter()
        .filter(|r| !r.rolling_admission && r.deadline.is_none())
        .collect();
    assert!(
        !undated.is_empty(),
        "the seeds have rounds run in the institutions' own systems"
    );
    for round in undated {
        let alternative = catalogue
            .alternatives
            .iter()
            .find(|a| a.round_id == round.id)
            .unwrap();
        assert_eq!(
            admission_lines(&catalogue, alternative, Language::Nb, now),
            ["Søknadsfristen er ikke kunngjort her – se institusjonens egne sider"]
        );
    }
    let rolling = catalogue
        .admission_rounds
        .iter()
        .find(|r| r.rolling_admission)
        .expect("a rolling round");
    let rolling_alternative = catalogue
        .alternatives
        .iter()
        .find(|a| a.round_id == rolling.id)
        .unwrap();
    assert_eq!(
        admission_lines(&catalogue, rolling_alternative, Language::Sv, now),
        ["Löpande antagning – kontakta lärosätet direkt"]
    );

    // A draft made, saved with the content the app sends and read back by the app's types.
    let (status, body) = backend
        .call(
            reqwest::Method::POST,
            "/api/v1/applications",
            Some(&created.token),
            Some(json!({})),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let draft: Application = serde_json::from_str(&body).unwrap();
    let round = catalogue.round(&ledl.round_id).unwrap();
    let content = ApplicationContent {
        round_id: Some(round.id.clone()),
        alternative_ids: vec![ledl.id.clone()],
        remarks: Remarks {
            job_title: Some("Rektor".into()),
            school_owner: Some("Bergen kommune".into()),
            remark: Some("Søker sammen med ledergruppen".into()),
        },
        ..ApplicationContent::default()
    };
    let etag = backend
        .http
        .get(format!("{}/api/v1/applications/{}", backend.base, draft.id))
        .bearer_auth(&created.token)
        .send()
        .await
        .unwrap()
        .headers()["etag"]
        .to_str()
        .unwrap()
        .to_owned();
    let saved = backend
        .http
        .put(format!("{}/api/v1/applications/{}", backend.base, draft.id))
        .bearer_auth(&created.token)
        .header("If-Match", etag)
        .json(&content)
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), 200);
    let mine: ItemList<Application> = backend
        .get("/api/v1/applications", Some(&created.token))
        .await;
    assert_eq!(mine.items.len(), 1);
    assert_eq!(mine.items[0].content, content);
    assert_eq!(mine.items[0].status, "draft");
    assert!(round.requires_remarks);

    let (status, _) = backend
        .call(
            reqwest::Method::DELETE,
            "/api/v1/session",
            Some(&created.token),
            None,
        )
        .await;
    assert_eq!(status, 204);
    server.stop().await;
}
