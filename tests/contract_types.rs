//! The app's side of the contract: its request types serialize to what `public/openapi.json`
//! accepts, and its response types parse what the reference backend really sends. One table,
//! `SCHEMAS`, names for every schema of the document how the app meets it (or why it never
//! does), and a schema without a row fails.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use skoleleder::api::problem::{error_from_response, FieldError};
use skoleleder::api::types::{
    AdmissionRound, Alternative, Anchoring, Answer, Application, ApplicationContent, BudgetRow,
    BudgetYear, Catalogue, Category, ChoiceOption, CodedValue, ContactPerson, Document,
    IdPortenSessionRequest, Institution, ItemList, LateDocument, LeadOwner, LocalizedText, Measure,
    Meta, Need, NeedsReport, NeedsReportContent, OrganisationRef, Partner, Period, Question,
    QuestionLimits, Receipt, ReceiptAttachment, ReferenceData, Region, Remarks, School, Session,
    SessionCreated, SessionEnded, SessionRequest, TestIdentity, User,
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

/// Every link (1.6.0) names an operation that exists and only parameters that operation takes,
/// so a tool that follows them from one answer to the next never lands nowhere.
#[test]
fn every_link_leads_to_an_operation_and_its_parameters() {
    let doc = contract();
    let parameter_name = |parameter: &Value| -> String {
        let resolved = match parameter["$ref"].as_str() {
            Some(pointer) => doc.pointer(pointer.trim_start_matches('#')).unwrap(),
            None => parameter,
        };
        resolved["name"].as_str().unwrap().to_owned()
    };
    let mut operations = std::collections::HashMap::new();
    for item in doc["paths"].as_object().unwrap().values() {
        let shared: Vec<String> = item["parameters"]
            .as_array()
            .map(|list| list.iter().map(parameter_name).collect())
            .unwrap_or_default();
        for (method, operation) in item.as_object().unwrap() {
            if method == "parameters" {
                continue;
            }
            let mut names = shared.clone();
            if let Some(list) = operation["parameters"].as_array() {
                names.extend(list.iter().map(parameter_name));
            }
            operations.insert(operation["operationId"].as_str().unwrap().to_owned(), names);
        }
    }
    let links = doc["components"]["links"].as_object().unwrap();
    assert!(links.len() >= 20, "only {} links", links.len());
    for (name, link) in links {
        let target = link["operationId"].as_str().unwrap();
        let taken = operations
            .get(target)
            .unwrap_or_else(|| panic!("link {name} names no operation: {target}"));
        for parameter in link["parameters"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            assert!(
                taken.contains(parameter),
                "link {name}: {target} takes no parameter {parameter}"
            );
        }
    }
}

/// How the app meets one schema of the document.
enum Use {
    /// The app reads it: the schema's [`sample`] is accepted by the schema and parses into the
    /// app's type.
    Reads(fn(&Value) -> Result<(), String>),
    /// The app sends it: every value the app makes of it, serialized, is accepted by the schema.
    Sends(fn() -> Vec<Value>),
    /// The app neither sends nor reads it, for this reason.
    Never(&'static str),
}

fn reads<T: serde::de::DeserializeOwned>(value: &Value) -> Result<(), String> {
    serde_json::from_value::<T>(value.clone())
        .map(drop)
        .map_err(|e| e.to_string())
}

fn reads_problem(value: &Value) -> Result<(), String> {
    let status = value["status"].as_u64().unwrap() as u16;
    let error = error_from_response(status, &value.to_string());
    match (error.status(), error.field_errors().len()) {
        (Some(s), 1) if s == status => Ok(()),
        other => Err(format!("read as {other:?}")),
    }
}

const TEST_MODE: &str = "test mode only: the end-to-end tests set it up, the app never calls it";
const ALTERNATIVE_PART: &str =
    "a part of Alternative the app does not show: its type declares no such field, so serde skips it";

/// Every schema in `components.schemas`, and how the app meets it. A schema added to the
/// document without a row here fails `every_schema_is_met_by_the_app_or_excused`.
const SCHEMAS: &[(&str, Use)] = &[
    ("AdmissionRound", Use::Reads(reads::<AdmissionRound>)),
    ("Alternative", Use::Reads(reads::<Alternative>)),
    ("AnchoringContent", Use::Reads(reads::<Anchoring>)),
    ("AnchoringDraft", Use::Sends(|| sent_item(|r| to_json(&r.anchoring["c1"])))),
    ("Application", Use::Reads(reads::<Application>)),
    ("ApplicationContent", Use::Reads(reads::<ApplicationContent>)),
    ("ApplicationDraft", Use::Sends(application_drafts)),
    ("ApplicationList", Use::Reads(reads::<ItemList<Application>>)),
    ("BudgetRowContent", Use::Reads(reads::<BudgetRow>)),
    ("BudgetRowDraft", Use::Sends(|| sent_item(|r| to_json(&r.budget[0].rows[0])))),
    ("BudgetYearContent", Use::Reads(reads::<BudgetYear>)),
    ("BudgetYearDraft", Use::Sends(|| sent_item(|r| to_json(&r.budget[0])))),
    ("Catalogue", Use::Reads(reads::<Catalogue>)),
    ("Category", Use::Reads(reads::<Category>)),
    ("CertificateRule", Use::Never(ALTERNATIVE_PART)),
    ("ChoiceOption", Use::Reads(reads::<ChoiceOption>)),
    ("ClockRequest", Use::Never(TEST_MODE)),
    ("ClockResponse", Use::Never(TEST_MODE)),
    ("CodedValue", Use::Reads(reads::<CodedValue>)),
    ("ContactPersonContent", Use::Reads(reads::<ContactPerson>)),
    ("ContactPersonDraft", Use::Sends(|| sent(|r| to_json(&r.contact_person)))),
    ("DateRange", Use::Never(ALTERNATIVE_PART)),
    ("Document", Use::Reads(reads::<Document>)),
    ("DocumentList", Use::Reads(reads::<ItemList<Document>>)),
    ("DocumentUpload", Use::Never("sent, but as multipart/form-data the browser builds from a File (src/api/upload.rs, wasm only), not from a serde type: the end-to-end upload tests and the conformance suite cover it")),
    ("Exam", Use::Never(ALTERNATIVE_PART)),
    ("FaultSettings", Use::Never(TEST_MODE)),
    ("FieldError", Use::Reads(reads::<FieldError>)),
    ("IdPortenSessionRequest", Use::Sends(|| vec![to_json(&IdPortenSessionRequest {
        code: "c0de-from-the-redirect".into(),
        code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into(),
        nonce: "n-0S6_WzA2Mj".into(),
        redirect_uri: "https://app.example.no/logg-inn/idporten".into(),
    })])),
    ("Institution", Use::Reads(reads::<Institution>)),
    ("LateDocument", Use::Sends(|| vec![to_json(&LateDocument { document_id: "d1" })])),
    ("LeadOwnerContent", Use::Reads(reads::<LeadOwner>)),
    ("LeadOwnerDraft", Use::Sends(|| sent(|r| to_json(&r.lead_owner)))),
    ("LocalizedText", Use::Reads(reads::<LocalizedText>)),
    ("MeasureContent", Use::Reads(reads::<Measure>)),
    ("MeasureDraft", Use::Sends(|| sent(|r| to_json(&r.measure)))),
    ("Meta", Use::Reads(reads::<Meta>)),
    ("NeedContent", Use::Reads(reads::<Need>)),
    ("NeedDraft", Use::Sends(|| sent(|r| to_json(&r.need)))),
    ("NeedsReport", Use::Reads(reads::<NeedsReport>)),
    ("NeedsReportContent", Use::Reads(reads::<NeedsReportContent>)),
    ("NeedsReportDraft", Use::Sends(|| sent(to_json))),
    ("NeedsReportList", Use::Reads(reads::<ItemList<NeedsReport>>)),
    ("OrganisationRefContent", Use::Reads(reads::<OrganisationRef>)),
    ("OrganisationRefDraft", Use::Sends(|| sent_item(|r| to_json(&r.co_owners[0])))),
    ("PartnerContent", Use::Reads(reads::<Partner>)),
    ("PartnerDraft", Use::Sends(|| sent(|r| to_json(&r.partner)))),
    ("PeriodContent", Use::Reads(reads::<Period>)),
    ("PeriodDraft", Use::Sends(|| sent(|r| to_json(&r.period)))),
    ("Problem", Use::Reads(reads_problem)),
    ("Question", Use::Reads(reads::<Question>)),
    ("QuestionLimits", Use::Reads(reads::<QuestionLimits>)),
    ("ReceiptAttachment", Use::Reads(reads::<ReceiptAttachment>)),
    ("ReferenceData", Use::Reads(reads::<ReferenceData>)),
    ("Region", Use::Reads(reads::<Region>)),
    ("RemarksContent", Use::Reads(reads::<Remarks>)),
    ("RemarksDraft", Use::Sends(|| application_drafts().into_iter().map(|d| d["remarks"].clone()).collect())),
    // The app reads an alternative's requirements as questions (they are questions one must
    // answer in a certain way).
    ("Requirement", Use::Reads(reads::<Question>)),
    ("SchoolContent", Use::Reads(reads::<School>)),
    ("SchoolDraft", Use::Sends(|| sent_item(|r| to_json(&r.schools[0])))),
    ("Session", Use::Reads(reads::<Session>)),
    ("SessionCreated", Use::Reads(reads::<SessionCreated>)),
    ("SessionEnded", Use::Reads(reads::<SessionEnded>)),
    ("SessionRequest", Use::Sends(|| vec![to_json(&SessionRequest { national_id: "01819000049".into() })])),
    ("StatusOverride", Use::Never(TEST_MODE)),
    ("SubmissionReceipt", Use::Reads(reads::<Receipt>)),
    ("TestIdentity", Use::Reads(reads::<TestIdentity>)),
    ("TestIdentityList", Use::Reads(reads::<ItemList<TestIdentity>>)),
    ("User", Use::Reads(reads::<User>)),
];

fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap()
}

/// What the app sends of an application: an empty draft and a filled one.
fn application_drafts() -> Vec<Value> {
    let filled = ApplicationContent {
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
    vec![to_json(&ApplicationContent::default()), to_json(&filled)]
}

/// A needs report with every field the app can fill, filled (and one item in every list).
fn filled_needs_report() -> NeedsReportContent {
    let text = |s: &str| Some(s.to_owned());
    let contact = ContactPerson {
        name: text("Kari Nordmann"),
        role: text("Rådgiver"),
        email: text("kari@example.org"),
        phone: text("+47 22 00 00 00"),
    };
    NeedsReportContent {
        region_id: text("oslo-viken"),
        lead_owner: LeadOwner {
            name: text("Bergen kommune"),
            organisation_number: text("964338531"),
            owner_type: text("municipality"),
        },
        contact_person: contact.clone(),
        co_owners: vec![OrganisationRef {
            id: text("owner-0"),
            name: text("Askøy kommune"),
            organisation_number: text("964338442"),
        }],
        schools: vec![School {
            id: text("school-0"),
            name: text("Nordnes skole"),
            organisation_number: text("974760673"),
            level: text("primary"),
            staff_count: Some(40),
        }],
        partner: Partner {
            partner_type: text("university"),
            institution_id: text("uib"),
            contact,
            has_read_report: Some(true),
        },
        need: Need {
            competence_need: text("Vurdering for læring"),
            analysis: text("Kartlegging"),
            staff_involvement: text("Alle lærere"),
        },
        topic_ids: vec!["assessment".into()],
        other_topic: None,
        measure: Measure {
            title: text("Lærende nettverk"),
            goal: text("Bedre vurdering"),
            description: text("Samlinger"),
            collaboration_form: text("network"),
            target_group: text("Lærere"),
            participants: Some(40),
        },
        anchoring: [(
            "c1".to_owned(),
            Anchoring {
                confirmed: Some(false),
                explanation: text("Forankres i høst"),
            },
        )]
        .into(),
        period: Period {
            start_school_year: Some(2027),
            years: Some(2),
        },
        budget: vec![BudgetYear {
            school_year: Some(2027),
            rows: vec![BudgetRow {
                id: text("row-0-0"),
                purpose: text("plan"),
                receiver: text("owner"),
                amount_nok: Some(100_000),
            }],
            own_contribution_nok: Some(30_000),
            own_contribution_form: text("salary"),
        }],
    }
}

/// One part of what the app sends of a needs report, from an empty report and a filled one.
fn sent(part: fn(&NeedsReportContent) -> Value) -> Vec<Value> {
    vec![
        part(&NeedsReportContent::default()),
        part(&filled_needs_report()),
    ]
}

/// An item of a list (or map) of what the app sends of a needs report, from the filled one:
/// an empty report has none.
fn sent_item(part: fn(&NeedsReportContent) -> Value) -> Vec<Value> {
    vec![part(&filled_needs_report())]
}

/// An answer the document allows for each schema the app reads.
fn sample(name: &str) -> Value {
    let text = json!({ "nb": "a", "nn": "a", "en": "a", "sv": "a" });
    let at = "2027-01-01T00:00:00+01:00";
    let sha = "0".repeat(64);
    let attachment = json!({ "document_id": "d1", "filename": "vitnemål.pdf", "document_type": "diploma", "size": 1, "sha256": sha });
    let receipt = json!({ "reference_number": "SOK-2027-000001", "resource_id": "r1", "submitted_at": at, "revision": 1, "attachments": [attachment] });
    let field_error =
        json!({ "pointer": "/round_id", "code": "required", "message": "Velg et opptak" });
    let user = json!({ "national_id": "01819000049", "name": "Kari" });
    let choice = json!({ "id": "o1", "label": text, "meets_requirement": true });
    let limits = json!({ "max_length": 100, "options": [choice], "min_date": "2027-01-01", "max_date": "2027-12-31" });
    let question = json!({ "id": "q1", "type": "choice", "label": text, "help": null, "required": true, "limits": limits });
    let mut requirement = question.clone();
    requirement["not_met"] = text.clone();
    let content = |name: &str| sample(name);
    match name {
        "LocalizedText" => text,
        "AdmissionRound" => json!({
            "id": "r", "institution_id": "i", "category_id": "c", "name": text, "deadline": at,
            "time_zone": "Europe/Oslo", "document_deadline": null, "rolling_admission": false,
            "max_alternatives_per_application": 3, "opens_at": null, "requires_remarks": true,
            "accepts_unqualified": false
        }),
        "Alternative" => json!({
            "id": "a", "round_id": "r", "number": "3393", "code": "LEDL6000", "name": text, "description": text,
            "admission_requirements": text, "required_document_types": ["diploma"], "questions": [question],
            "requirements": [requirement], "sessions": [{ "start_date": "2027-09-01", "end_date": "2027-09-03" }], "exam": null,
            "cost_note": text, "external_application_url": null, "credits": 30, "certificate_rule": null,
            "registration_by": "principal"
        }),
        "AnchoringContent" => json!({ "confirmed": true, "explanation": null }),
        "Application" => json!({
            "id": "a1", "status": "submitted", "created_at": at, "updated_at": at, "submitted_at": at,
            "withdrawn_at": null, "late_documents": [attachment], "unsent_changes": false, "receipt": receipt,
            "content": content("ApplicationContent"), "findings": [field_error]
        }),
        "ApplicationContent" => json!({
            "round_id": "r", "alternative_ids": ["a"], "remarks": content("RemarksContent"),
            "answers": { "q1": true, "q2": "svar", "q3": null }, "document_ids": ["d1"]
        }),
        "ApplicationList" => json!({ "items": [content("Application")] }),
        "BudgetRowContent" => {
            json!({ "id": "row-0-0", "purpose": "plan", "receiver": "owner", "amount_nok": 100000 })
        }
        "BudgetYearContent" => json!({
            "school_year": 2027, "rows": [content("BudgetRowContent")], "own_contribution_nok": 30000,
            "own_contribution_form": "salary"
        }),
        "Catalogue" => json!({
            "institutions": [content("Institution")], "categories": [content("Category")],
            "admission_rounds": [content("AdmissionRound")], "alternatives": [content("Alternative")]
        }),
        "Category" | "CodedValue" => json!({ "id": "c", "name": text }),
        "ChoiceOption" => choice,
        "ContactPersonContent" => {
            json!({ "name": "Kari", "role": null, "email": "kari@example.org", "phone": null })
        }
        "Document" => json!({
            "id": "d1", "filename": "vitnemål.pdf", "content_type": "application/pdf", "size": 1, "sha256": sha,
            "document_type": "diploma", "remark": null, "uploaded_at": at
        }),
        "DocumentList" => json!({ "items": [content("Document")] }),
        "FieldError" => field_error,
        "Institution" => {
            json!({ "id": "i", "name": text, "country": "NO", "website": "https://example.org" })
        }
        "LeadOwnerContent" => {
            json!({ "name": "Bergen kommune", "organisation_number": "964338531", "owner_type": null })
        }
        "MeasureContent" => json!({
            "title": "Nettverk", "goal": null, "description": null, "collaboration_form": "network",
            "target_group": null, "participants": 40
        }),
        "Meta" => {
            json!({ "contract_version": "1.6.0", "auth_modes": ["test"], "upload": { "max_bytes": 15728640, "accepted_types": ["application/pdf"] } })
        }
        "NeedContent" => {
            json!({ "competence_need": "Vurdering", "analysis": null, "staff_involvement": null })
        }
        "NeedsReport" => json!({
            "id": "n1", "status": "draft", "created_at": at, "updated_at": at, "submitted_at": null,
            "withdrawn_at": null, "unsent_changes": false, "receipt": null,
            "content": content("NeedsReportContent"), "findings": []
        }),
        "NeedsReportContent" => json!({
            "region_id": "oslo-viken", "lead_owner": content("LeadOwnerContent"),
            "contact_person": content("ContactPersonContent"), "co_owners": [content("OrganisationRefContent")],
            "schools": [content("SchoolContent")], "partner": content("PartnerContent"), "need": content("NeedContent"),
            "topic_ids": ["assessment"], "other_topic": null, "measure": content("MeasureContent"),
            "anchoring": { "c1": content("AnchoringContent") }, "period": content("PeriodContent"),
            "budget": [content("BudgetYearContent")]
        }),
        "NeedsReportList" => json!({ "items": [content("NeedsReport")] }),
        "OrganisationRefContent" => {
            json!({ "id": "owner-0", "name": "Askøy kommune", "organisation_number": null })
        }
        "PartnerContent" => json!({
            "partner_type": "university", "institution_id": "uib", "contact": content("ContactPersonContent"),
            "has_read_report": null
        }),
        "PeriodContent" => json!({ "start_school_year": 2027, "years": 2 }),
        "Problem" => json!({
            "type": "about:blank", "title": "Ugyldig", "status": 422, "code": "validation_failed",
            "errors": [field_error]
        }),
        "Question" => question,
        "QuestionLimits" => limits,
        "ReceiptAttachment" => attachment,
        "ReferenceData" => {
            let coded = json!([content("CodedValue")]);
            json!({
                "topics": coded, "partner_types": coded, "owner_types": coded,
                "statsforvalter_regions": [content("Region")], "document_types": coded,
                "own_contribution_forms": coded, "partner_institutions": coded, "success_conditions": coded,
                "collaboration_forms": coded, "school_levels": coded, "own_contribution_rate_percent": 30,
                "max_period_years": 3, "needs_report_deadline": at
            })
        }
        "Region" => json!({ "id": "oslo-viken", "name": text, "cooperation_forum": text }),
        "RemarksContent" => json!({ "job_title": "Rektor", "school_owner": null, "remark": null }),
        "Requirement" => requirement,
        "SchoolContent" => {
            json!({ "id": null, "name": "Nordnes skole", "organisation_number": "974760673", "level": null, "staff_count": 40 })
        }
        "Session" => json!({ "user": user, "subject": "s", "expires_at": at }),
        "SessionCreated" => json!({ "token": "t", "user": user, "subject": "s", "expires_at": at }),
        "SessionEnded" => json!({
            "end_session_url": "https://login.idporten.no/logout?id_token_hint=eyJ&post_logout_redirect_uri=https%3A%2F%2Fapp.example.no%2F"
        }),
        "SubmissionReceipt" => receipt,
        "TestIdentity" => {
            json!({ "national_id": "01819000049", "name": "Kari", "description": text })
        }
        "TestIdentityList" => json!({ "items": [content("TestIdentity")] }),
        "User" => user,
        other => panic!("no sample for {other}"),
    }
}

#[test]
fn every_schema_is_met_by_the_app_or_excused() {
    let doc = contract();
    let documented: std::collections::BTreeSet<&str> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let listed: std::collections::BTreeSet<&str> = SCHEMAS.iter().map(|(name, _)| *name).collect();
    let unlisted: Vec<_> = documented.difference(&listed).collect();
    assert!(
        unlisted.is_empty(),
        "schemas in the contract with no row in SCHEMAS (tests/contract_types.rs): {unlisted:?}; \
         name the app type that sends or reads each, or why the app never does"
    );
    let gone: Vec<_> = listed.difference(&documented).collect();
    assert!(
        gone.is_empty(),
        "SCHEMAS lists schemas the contract no longer has: {gone:?}"
    );
    assert_eq!(listed.len(), SCHEMAS.len(), "a schema is listed twice");

    for (name, how) in SCHEMAS {
        match how {
            Use::Reads(parse) => {
                let value = sample(name);
                assert_matches_schema(name, &value);
                parse(&value).unwrap_or_else(|e| panic!("the app cannot read {name} {value}: {e}"));
            }
            Use::Sends(values) => {
                for value in values() {
                    assert_matches_schema(name, &value);
                }
            }
            Use::Never(reason) => assert!(!reason.is_empty(), "{name}: say why"),
        }
    }
}
