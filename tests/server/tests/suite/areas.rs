//! The areas of the suite: each is one named test.

use std::time::Instant;

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use super::client::{Call, Ctx, Part, Resp};
use super::idporten;
use super::{Area, Needs, Run};
use crate::common::with_control_digits;

pub const COVERAGE: &str = "coverage";

const PDF: &[u8] =
    b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R',
];
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'];

/// Builds the list of areas from `"name": needs, run, body;` rows, with `coverage` last.
macro_rules! areas {
    ($($name:literal: $needs:ident, $run:ident, $body:path;)*) => {
        vec![
            $(Area { name: $name, needs: Needs::$needs, run: Run::$run(|c| Box::pin($body(c))) },)*
            Area { name: COVERAGE, needs: Needs::Nothing, run: Run::Coverage },
        ]
    };
}

/// Every area, in the order they start.
pub(super) fn all() -> Vec<Area> {
    areas! {
        "meta_and_catalogue": Nothing, Shared, meta_and_catalogue;
        "session": Nothing, Shared, session;
        "authentication_required": Nothing, Shared, authentication_required;
        "documents": Nothing, Shared, documents;
        "applications": Nothing, Shared, applications;
        "needs_reports": Nothing, Shared, needs_reports;
        "other_users_get_404": Nothing, Shared, other_users_get_404;
        "unknown_ids_get_404": Nothing, Shared, unknown_ids_get_404;
        "request_bodies": Nothing, Shared, request_bodies;
        "admission_requirements": Nothing, Shared, admission_requirements;
        "programme_questions": Nothing, Shared, programme_questions;
        "cors": AppOrigin, Shared, cors;
        "idporten::request_body": Nothing, Shared, idporten::request_body;
        "idporten::login": IdPorten, Shared, idporten::login;
        "idporten::logout": IdPorten, Shared, idporten::logout;
        "idporten::login_code_refused": IdPorten, Shared, idporten::login_code_refused;
        "idporten::replayed_code": IdPorten, Shared, idporten::replayed_code;
        "idporten::id_token_invalid": IdPorten, Shared, idporten::id_token_invalid;
        "idporten::id_token_expired": IdPorten, Shared, idporten::id_token_expired;
        "idporten::id_token_wrong_audience": IdPorten, Shared, idporten::id_token_wrong_audience;
        "idporten::id_token_wrong_nonce": IdPorten, Shared, idporten::id_token_wrong_nonce;
        "idporten::acr_too_low": IdPorten, Shared, idporten::acr_too_low;
        "idporten::provider_unavailable": IdPorten, Shared, idporten::provider_unavailable;
        "test_mode::status_override": TestMode, Shared, status_override;
        "test_mode::faults": TestMode, Exclusive, faults;
        "test_mode::deadlines": TestMode, Exclusive, deadlines;
        "test_mode::session_idle_limit": TestMode, Exclusive, session_idle_limit;
        "test_mode::session_lifetime": TestMode, Exclusive, session_lifetime;
        "test_mode::reset": TestMode, Exclusive, reset;
    }
}

/// What several areas need from the catalogue.
struct Facts {
    max_upload_bytes: u64,
    round_id: String,
    /// Another round than `round_id`.
    other_round_id: String,
    alternative_id: Value,
    deadline: chrono::DateTime<chrono::FixedOffset>,
    max_alternatives: usize,
    /// Answers that meet every admission requirement of the alternative.
    answers: Value,
}

/// Answers that meet every requirement of `alternative`: the first meeting option, or yes.
fn meeting_answers(alternative: &Value) -> Value {
    let mut answers = serde_json::Map::new();
    for r in alternative["requirements"].as_array().into_iter().flatten() {
        let answer = match r["type"].as_str() {
            Some("yes_no") => json!(true),
            _ => r["limits"]["options"]
                .as_array()
                .and_then(|o| o.iter().find(|o| o["meets_requirement"] == true))
                .map(|o| o["id"].clone())
                .expect("a choice requirement has an option that meets it"),
        };
        answers.insert(
            r["id"].as_str().expect("requirement id").to_string(),
            answer,
        );
    }
    Value::Object(answers)
}

/// The first requirement of `alternative` that an answer can fail, and that answer.
fn unmet_answer(alternative: &Value) -> Option<(String, Value)> {
    alternative["requirements"]
        .as_array()?
        .iter()
        .find_map(|r| {
            let id = r["id"].as_str()?.to_string();
            match r["type"].as_str() {
                Some("yes_no") => Some((id, json!(false))),
                _ => r["limits"]["options"]
                    .as_array()?
                    .iter()
                    .find(|o| o["meets_requirement"] == false)
                    .map(|o| (id, o["id"].clone())),
            }
        })
}

async fn facts(c: &Ctx) -> Facts {
    let meta = c.get("/api/v1/meta").await;
    meta.expect(200);
    let cat = c.get("/api/v1/catalogue").await;
    cat.expect(200);
    let ledl = cat.body["alternatives"]
        .as_array()
        .expect("alternatives")
        .iter()
        .find(|a| a["code"] == "LEDL6000")
        .expect("LEDL6000 in the catalogue")
        .clone();
    let round = cat.body["admission_rounds"]
        .as_array()
        .expect("rounds")
        .iter()
        .find(|r| r["id"] == ledl["round_id"])
        .expect("LEDL6000 round")
        .clone();
    Facts {
        max_upload_bytes: meta.body["upload"]["max_bytes"]
            .as_u64()
            .expect("max_bytes"),
        round_id: round["id"].as_str().expect("round id").to_string(),
        other_round_id: cat.body["admission_rounds"]
            .as_array()
            .expect("rounds")
            .iter()
            .filter_map(|r| r["id"].as_str())
            .find(|id| *id != round["id"])
            .expect("a second round")
            .to_string(),
        alternative_id: ledl["id"].clone(),
        deadline: chrono::DateTime::parse_from_rfc3339(
            round["deadline"]
                .as_str()
                .expect("LEDL round has a deadline"),
        )
        .expect("deadline is RFC 3339"),
        max_alternatives: round["max_alternatives_per_application"]
            .as_u64()
            .expect("max alternatives") as usize,
        answers: meeting_answers(&ledl),
    }
}

fn complete_report(start: i64) -> Value {
    let confirmed = json!({"confirmed": true, "explanation": null});
    json!({
        "region_id": "ostfold-buskerud-oslo-akershus",
        "lead_owner": {"name": "Oslo kommune", "organisation_number": "958935420", "owner_type": "kommune"},
        "contact_person": {"name": "Kari Kontakt", "role": "Rådgiver", "email": "kari@example.no", "phone": "+47 22 00 00 00"},
        "co_owners": [{"name": "Brønnøysund testeier", "organisation_number": "974760673"}],
        "schools": [{"name": "Testskolen", "organisation_number": "974760673", "level": "grunnskole", "staff_count": 42}],
        "partner": {
            "partner_type": "university", "institution_id": "oslomet",
            "contact": {"name": "Per Partner", "role": null, "email": "dekomp@example.no", "phone": null},
            "has_read_report": true
        },
        "need": {
            "competence_need": "Bedre begynneropplæring.",
            "analysis": "Kartlagt i personalmøter og med spørreundersøkelse.",
            "staff_involvement": "Tillitsvalgte og lærere var med på å velge tema."
        },
        "topic_ids": ["begynneropplaering", "grunnleggende-ferdigheter"],
        "other_topic": null,
        "measure": {
            "title": "Lesing på 1.–4. trinn", "goal": "Flere elever knekker lesekoden.",
            "description": "Lærende nettverk og utprøving i klasserommet.",
            "collaboration_form": "learning_network", "target_group": "Lærere på 1.–4. trinn",
            "participants": 42
        },
        "anchoring": {
            "staff_participation": confirmed, "tailored": confirmed, "leader_ownership": confirmed,
            "roles_and_trust": confirmed,
            "classroom_trials": {"confirmed": false, "explanation": "Starter i andre skoleår."}
        },
        "period": {"start_school_year": start, "years": 2},
        "budget": [
            {"school_year": start, "own_contribution_nok": 33001, "own_contribution_form": "salary", "rows": [
                {"purpose": "carry_out", "receiver": "owner", "amount_nok": 100001},
                {"purpose": "coordinator", "receiver": "owner", "amount_nok": 10000},
                {"purpose": "carry_out", "receiver": "partner", "amount_nok": 50000}
            ]},
            {"school_year": start + 1, "own_contribution_nok": 27000, "own_contribution_form": "money", "rows": [
                {"purpose": "evaluate", "receiver": "owner", "amount_nok": 90000},
                {"purpose": "evaluate", "receiver": "partner", "amount_nok": 50000}
            ]}
        ]
    })
}

const REPORT_START_YEAR: i64 = 2030;

/// Uploads the two documents an application needs; returns their ids.
async fn required_documents(c: &Ctx, token: &str) -> [String; 2] {
    let pdf = c
        .upload(token, "employment_confirmation", "bekreftelse.pdf", PDF)
        .await;
    let png = c.upload(token, "diploma", "vitnemal.png", PNG).await;
    [pdf.expect(201).id(), png.expect(201).id()]
}

/// Downloads the document `uploaded` (the upload's answer) and checks that the bytes and the
/// headers are what was uploaded: its type, its size, an attachment with its file name (the
/// checked call has already held every declared header to the contract).
async fn downloads_as_uploaded(c: &Ctx, token: &str, uploaded: &Resp, bytes: &[u8]) {
    let document = &uploaded.body;
    let path = format!("/api/v1/documents/{}/content", uploaded.id());
    let got = c.get(&path).auth(token).await;
    assert_eq!(got.expect(200).raw, bytes, "{path}: the bytes");
    let header = |name: &str| got.header(name).unwrap_or_default();
    assert_eq!(header("content-type"), document["content_type"], "{path}");
    assert_eq!(header("content-length"), bytes.len().to_string(), "{path}");
    assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
    let disposition = header("content-disposition");
    let filename = document["filename"].as_str().expect("filename");
    assert!(
        disposition.starts_with("attachment")
            && disposition.contains(&format!("filename=\"{filename}\"")),
        "{path}: Content-Disposition {disposition:?} for {filename}"
    );
}

/// Creates an application that is complete but not submitted; returns its id.
async fn complete_application(c: &Ctx, token: &str, facts: &Facts) -> String {
    let documents = required_documents(c, token).await;
    let created = c
        .post("/api/v1/applications")
        .auth(token)
        .json(json!({
            "round_id": facts.round_id, "alternative_ids": [facts.alternative_id],
            "remarks": {"job_title": "Inspektør", "school_owner": "Bergen kommune"},
            "answers": facts.answers,
            "document_ids": documents,
        }))
        .await;
    created.expect(201).id()
}

/// A complete needs report draft; returns its path.
async fn complete_report_draft(c: &Ctx, token: &str) -> String {
    let nr = c.post("/api/v1/needs-reports").auth(token).await;
    let path = format!("/api/v1/needs-reports/{}", nr.expect(201).id());
    c.put(&path)
        .auth(token)
        .if_match(&nr.etag())
        .json(complete_report(REPORT_START_YEAR))
        .await
        .expect(200);
    path
}

/// Submits twice with one Idempotency-Key: both must succeed with the same receipt, which is
/// returned.
async fn submit_twice(c: &Ctx, token: &str, submit_path: &str, key: &str) -> Value {
    let first = c.post(submit_path).auth(token).idempotency_key(key).await;
    let again = c.post(submit_path).auth(token).idempotency_key(key).await;
    assert_eq!(
        first.expect(200).body,
        again.expect(200).body,
        "the same Idempotency-Key must give the same receipt"
    );
    first.body
}

/// The ids a collection lists for the holder of `token`.
async fn listed_ids(c: &Ctx, token: &str, collection: &str) -> Vec<String> {
    let list = c.get(collection).auth(token).await;
    list.expect(200).body["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_string())
        .collect()
}

async fn submit(c: &Ctx, token: &str, path: &str) -> Resp {
    c.post(&format!("{path}/submit"))
        .auth(token)
        .idempotency_key(&c.unique("submit"))
        .await
}

// ---------------------------------------------------------------- areas

/// Admission requirements (1.2.0): every one must be answered at submission; an unmet one is
/// refused with `not_eligible` at its answer, unless the round accepts unqualified applicants.
async fn admission_requirements(c: &Ctx) {
    let cat = c.get("/api/v1/catalogue").await;
    cat.expect(200);
    let rounds = cat.body["admission_rounds"]
        .as_array()
        .expect("rounds")
        .clone();
    let round_of = |a: &Value| rounds.iter().find(|r| r["id"] == a["round_id"]).cloned();
    let now = chrono::Utc::now();
    let open = |r: &Value| {
        let at = |key: &str| {
            r[key]
                .as_str()
                .map(|t| chrono::DateTime::parse_from_rfc3339(t).expect("RFC 3339"))
        };
        at("opens_at").is_none_or(|o| o < now) && at("deadline").is_none_or(|d| d > now)
    };
    // One alternative each in a strict and in a lenient open round, both with a requirement
    // an answer can fail.
    let pick = |lenient: bool| {
        cat.body["alternatives"]
            .as_array()
            .expect("alternatives")
            .iter()
            .find_map(|a| {
                let round = round_of(a)?;
                let fits = a["external_application_url"].is_null()
                    && round["accepts_unqualified"] == lenient
                    && open(&round)
                    && unmet_answer(a).is_some();
                fits.then(|| (a.clone(), round))
            })
    };
    let alice = c.login(0).await;
    let documents = required_documents(c, &alice).await;
    let mut checked = 0;
    for lenient in [false, true] {
        let Some((alternative, round)) = pick(lenient) else {
            continue;
        };
        checked += 1;
        let (id, failing) = unmet_answer(&alternative).expect("a failing answer");
        let mut answers = meeting_answers(&alternative);
        let body = |answers: &Value| {
            json!({
                "round_id": round["id"], "alternative_ids": [alternative["id"]],
                "remarks": {"job_title": "Lærer", "school_owner": "Bergen kommune"},
                "answers": answers, "document_ids": documents,
            })
        };
        // Unanswered: required at submission.
        let mut unanswered = answers.clone();
        unanswered.as_object_mut().expect("answers").remove(&id);
        let draft = c
            .post("/api/v1/applications")
            .auth(&alice)
            .json(body(&unanswered))
            .await;
        let path = format!("/api/v1/applications/{}", draft.expect(201).id());
        let pointer = format!("/answers/{id}");
        submit(c, &alice, &path)
            .await
            .expect_error(422, &pointer, "required");
        // Answered as not met: the draft is kept (every save accepts it) ...
        answers[&id] = failing;
        let etag = c.get(&path).auth(&alice).await.expect(200).etag();
        c.put(&path)
            .auth(&alice)
            .if_match(&etag)
            .json(body(&answers))
            .await
            .expect(200);
        let sent = submit(c, &alice, &path).await;
        if lenient {
            // ... and sent where the institution assesses unqualified applicants ...
            sent.expect(200);
        } else {
            // ... and refused where it does not.
            sent.expect_error(422, &pointer, "not_eligible");
        }
    }
    assert!(
        checked > 0,
        "no open round with an admission requirement to test"
    );
}

/// A programme question of type national_id_se takes only a valid Swedish personnummer: a
/// wrong one is refused when saved, so a submission can never carry it.
async fn programme_questions(c: &Ctx) {
    let cat = c.get("/api/v1/catalogue").await;
    cat.expect(200);
    let Some((alternative, question)) = cat.body["alternatives"]
        .as_array()
        .expect("alternatives")
        .iter()
        .find_map(|a| {
            let q = a["questions"]
                .as_array()?
                .iter()
                .find(|q| q["type"] == "national_id_se")?;
            Some((a.clone(), q["id"].as_str()?.to_string()))
        })
    else {
        panic!("no alternative asks for a Swedish personnummer");
    };
    let alice = c.login(1).await;
    let body = |answer: &str| {
        json!({
            "round_id": alternative["round_id"], "alternative_ids": [alternative["id"]],
            "answers": { question.as_str(): answer },
        })
    };
    let pointer = format!("/answers/{question}");
    // Skatteverket's example number with its check digit changed, then an impossible date:
    // kept as typed, reported as findings, refused at submission.
    for (wrong, code) in [
        ("811218-9875", "invalid_checksum"),
        ("810230-9872", "invalid_date"),
    ] {
        let created = c
            .post("/api/v1/applications")
            .auth(&alice)
            .json(body(wrong))
            .await;
        assert_eq!(
            created.expect(201).body["content"]["answers"][&question],
            wrong
        );
        assert!(
            created.body["findings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|f| f["pointer"] == pointer.as_str() && f["code"] == code),
            "{code} at {pointer}: {}",
            created.body
        );
        let path = format!("/api/v1/applications/{}", created.id());
        submit(c, &alice, &path)
            .await
            .expect_error(422, &pointer, code);
    }
    let draft = c
        .post("/api/v1/applications")
        .auth(&alice)
        .json(body("811218-9876"))
        .await;
    let path = format!("/api/v1/applications/{}", draft.expect(201).id());
    let etag = c.get(&path).auth(&alice).await.expect(200).etag();
    let wrong = c
        .put(&path)
        .auth(&alice)
        .if_match(&etag)
        .json(body("811218-9875"))
        .await;
    wrong.expect_finding(&pointer, "invalid_checksum");
    // Without an answer, the submission is refused at the answer.
    c.put(&path)
        .auth(&alice)
        .if_match(&wrong.etag())
        .json(json!({"round_id": alternative["round_id"], "alternative_ids": [alternative["id"]]}))
        .await
        .expect(200);
    submit(c, &alice, &path)
        .await
        .expect_error(422, &pointer, "required");
}

async fn meta_and_catalogue(c: &Ctx) {
    let meta = c.get("/api/v1/meta").await;
    meta.expect(200);
    assert!(
        meta.body["contract_version"]
            .as_str()
            .is_some_and(|v| v.starts_with("1.")),
        "contract_version must be 1.x"
    );
    let facts = facts(c).await;
    assert!(facts.max_alternatives >= 1);
    let rd = c.get("/api/v1/reference-data").await;
    rd.expect(200);
    assert_eq!(rd.body["topics"].as_array().map(Vec::len), Some(11));
    assert_eq!(rd.body["own_contribution_rate_percent"], 30);
    let ids = c.get("/api/v1/test-identities").await;
    assert!(ids.expect(200).body["items"]
        .as_array()
        .is_some_and(|a| a.len() >= 2));
}

async fn session(c: &Ctx) {
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
    let token = c.login(0).await;
    c.get("/api/v1/session").auth(&token).await.expect(200);
    c.delete("/api/v1/session").auth(&token).await.expect(204);
    c.get("/api/v1/session").auth(&token).await.expect(401);
    subject(c).await;
}

/// The session names its person by `subject` (1.4.0): opaque, the same at every login and in
/// `GET /session`, another for another person, and never the national id.
async fn subject(c: &Ctx) {
    let subject_of = |r: &Resp| -> String {
        let subject = r.body["subject"].as_str().unwrap_or_default().to_string();
        assert!(!subject.is_empty(), "no subject in {}", r.body);
        subject
    };
    let first = c.login_as(0).await;
    let again = c.login_as(0).await;
    let other = c.login_as(1).await;
    let token = first.body["token"].as_str().expect("token");
    let session = c.get("/api/v1/session").auth(token).await;
    let subject = subject_of(&first);
    assert_eq!(subject_of(&again), subject, "two logins of one person");
    assert_eq!(subject_of(session.expect(200)), subject, "GET /session");
    assert_ne!(subject_of(&other), subject, "two persons");
    for (index, login) in [(0, &first), (1, &other)] {
        let nid = c.national_id(index).await;
        assert!(
            !subject_of(login).contains(&nid),
            "the subject {} carries the national id",
            subject_of(login)
        );
    }
}

/// Every operation the contract protects (a non-empty `security`, its own or the document's),
/// called without a session and with an unknown token. Derived from the document, so a new
/// operation is covered at once.
async fn authentication_required(c: &Ctx) {
    let default_security = c.doc["security"].clone();
    let protected: Vec<(Method, String, Value)> = c
        .operations()
        .into_iter()
        .filter(|(_, _, op)| {
            op.get("security")
                .unwrap_or(&default_security)
                .as_array()
                .is_some_and(|s| !s.is_empty())
        })
        .collect();
    assert!(
        !protected.is_empty(),
        "the contract marks no operation as authenticated"
    );
    for (method, template, op) in protected {
        let path = template.replace("{id}", "0123456789abcdef");
        let anonymous = otherwise_correct(c, &method, &path, &op);
        expect_status(anonymous, StatusCode::UNAUTHORIZED, "without a session").await;
        let unknown = otherwise_correct(c, &method, &path, &op).auth("not-a-token");
        expect_status(unknown, StatusCode::UNAUTHORIZED, "with an unknown token").await;
    }
}

/// A request for the operation `op` that carries everything a correct one would (If-Match, an
/// Idempotency-Key, a body of the declared kind), so that only what a test leaves out or gets
/// wrong can refuse it.
fn otherwise_correct<'a>(c: &'a Ctx, method: &Method, path: &str, op: &Value) -> Call<'a> {
    let call = c
        .req(method.clone(), path)
        .if_match("*")
        .idempotency_key(&c.unique("otherwise-correct"));
    let content = &op["requestBody"]["content"];
    if content.get("multipart/form-data").is_some() {
        call.multipart(vec![
            ("document_type", Part::Text("diploma".into())),
            ("file", Part::File("a.pdf".into(), PDF.to_vec())),
        ])
    } else if content.get("application/json").is_some() {
        call.json(json!({}))
    } else {
        call
    }
}

async fn expect_status(call: Call<'_>, status: StatusCode, case: &str) {
    let what = call.to_string();
    let r = call.await;
    assert_eq!(r.status, status, "{what} {case}: body {}", r.body);
}

async fn documents(c: &Ctx) {
    let facts = facts(c).await;
    let alice = c.login(0).await;
    let pdf = c
        .upload(&alice, "employment_confirmation", "arbeidsgiver.pdf", PDF)
        .await;
    pdf.expect(201);
    assert_eq!(pdf.body["content_type"], "application/pdf");
    assert_eq!(pdf.body["size"], PDF.len());
    let pdf_id = pdf.id();
    let png = c.upload(&alice, "diploma", "vitnemal.png", PNG).await;
    assert_eq!(png.expect(201).body["content_type"], "image/png");
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
    big.resize(facts.max_upload_bytes as usize + 1, b' ');
    c.upload(&alice, "diploma", "stor.pdf", &big)
        .await
        .expect(413);
    // The stored name takes the extension of what the bytes are, not of what the name said.
    let renamed = c.upload(&alice, "diploma", "bilde.pdf", PNG).await;
    assert_eq!(renamed.expect(201).body["filename"], "bilde.png");
    downloads_as_uploaded(c, &alice, &renamed, PNG).await;
    // Control and bidirectional characters make a name lie about itself: refused by field.
    let refused = [
        "Navn \u{202E}gnp.exe\u{202C}.pdf",
        "tab\there.pdf",
        "c1\u{85}.pdf",
        "\u{2067}isolert.pdf",
        "merke\u{200F}.pdf",
    ];
    for name in refused {
        c.upload(&alice, "diploma", name, PDF).await.expect_error(
            422,
            "/file",
            "file_name_invalid",
        );
    }
    // Other areas upload as the same person meanwhile: look for the names, not a count.
    let documents = c.get("/api/v1/documents").auth(&alice).await;
    let items = documents.expect(200).body["items"].clone();
    let names: Vec<&str> = (items.as_array().expect("items").iter())
        .filter_map(|item| item["filename"].as_str())
        .collect();
    for part in ["gnp", "here", "c1", "isolert", "merke"] {
        assert!(
            names.iter().all(|name| !name.contains(part)),
            "{part} was stored: {names:?}"
        );
    }
    let listed = listed_ids(c, &alice, "/api/v1/documents").await;
    assert!(listed.contains(&pdf_id) && listed.contains(&png.id()));
    downloads_as_uploaded(c, &alice, &pdf, PDF).await;
    let spare = c.upload(&alice, "other", "kladd.jpg", JPEG).await;
    let spare_path = format!("/api/v1/documents/{}", spare.expect(201).id());
    c.delete(&spare_path).auth(&alice).await.expect(204);
    c.delete(&spare_path).auth(&alice).await.expect(404);
}

async fn applications(c: &Ctx) {
    let facts = facts(c).await;
    let alice = c.login(0).await;
    let [pdf_id, png_id] = required_documents(c, &alice).await;
    let created = c
        .post("/api/v1/applications")
        .auth(&alice)
        .json(json!({}))
        .await;
    assert_eq!(created.expect(201).body["status"], "draft");
    let app_id = created.id();
    let app_path = format!("/api/v1/applications/{app_id}");
    let etag = c.get(&app_path).auth(&alice).await.expect(200).etag();
    let draft = json!({
        "round_id": facts.round_id,
        "alternative_ids": [facts.alternative_id],
        "remarks": {"job_title": "Rektor", "school_owner": null},
        "answers": facts.answers,
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
    // Wrong values are kept as typed and reported as findings; submit refuses them.
    let mut long = draft.clone();
    long["remarks"]["job_title"] = json!("x".repeat(201));
    let mut too_many = draft.clone();
    too_many["alternative_ids"] = json!(vec![
        facts.alternative_id.clone();
        facts.max_alternatives + 1
    ]);
    let mut etag = etag;
    for (body, pointer, code) in [
        (long, "/remarks/job_title", "too_long"),
        (too_many, "/alternative_ids", "limit_exceeded"),
    ] {
        let saved = c
            .put(&app_path)
            .auth(&alice)
            .if_match(&etag)
            .json(body.clone())
            .await;
        saved.expect_finding(pointer, code);
        assert_eq!(
            saved.body["content"].pointer(pointer),
            body.pointer(pointer),
            "a save keeps what was typed"
        );
        etag = saved.etag();
        submit(c, &alice, &app_path)
            .await
            .expect_error(422, pointer, code);
    }
    // Only the shape is refused: an unknown field or a wrong JSON type.
    let mut unknown = draft.clone();
    unknown["remarks"]["favourite_colour"] = json!("blå");
    let mut wrong_type = draft.clone();
    wrong_type["alternative_ids"] = json!("oslomet-3393");
    for (body, pointer, code) in [
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
    let etag2 = saved.expect(200).etag();
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
        .idempotency_key(&c.unique("incomplete"))
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
    let stale = c.post(&submit_path).idempotency_key(&c.unique("stale"));
    refuses_stale_if_match(c, &alice, &app_path, stale).await;
    let key = c.unique("application");
    let receipt = submit_twice(c, &alice, &submit_path, &key).await;
    assert_eq!(receipt["attachments"].as_array().unwrap().len(), 2);
    c.post(&submit_path)
        .auth(&alice)
        .idempotency_key(&c.unique("another"))
        .await
        .expect(409);
    let list = c.get("/api/v1/applications").auth(&alice).await;
    let mine: Vec<&Value> = list.expect(200).body["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"] == app_id.as_str())
        .collect();
    assert_eq!(mine.len(), 1, "exactly one application, submitted once");
    assert_eq!(mine[0]["status"], "submitted");
    assert_eq!(
        mine[0]["receipt"]["reference_number"],
        receipt["reference_number"]
    );
    c.delete(&format!("/api/v1/documents/{pdf_id}"))
        .auth(&alice)
        .await
        .expect(409);
    round_stays(c, &alice, &app_path, &facts).await;
    change_and_send_again(c, &alice, &app_path, &receipt).await;
    delete_draft(c, &alice).await;
    withdraw_and_lock(c, &alice, &app_path).await;
    // Withdrawn, it takes no documents later either.
    let spare = c.upload(&alice, "other", "etter.pdf", PDF).await;
    late_document_refused(c, &alice, &app_path, &spare, 409, "not_submitted").await;
}

/// A sent application keeps the round it was sent in, and that round's deadline: a save that
/// moves it to another round, or clears it, is refused with 409 round_locked and changes
/// nothing (1.4.0).
async fn round_stays(c: &Ctx, token: &str, app_path: &str, facts: &Facts) {
    let sent = c.get(app_path).auth(token).await;
    assert_eq!(sent.expect(200).body["status"], "submitted");
    for round in [json!(facts.other_round_id), Value::Null] {
        let mut moved = sent.body["content"].clone();
        moved["round_id"] = round;
        let put = c.put(app_path).if_match(&sent.etag()).json(moved);
        refused_unchanged(c, token, app_path, &sent, put, 409, "round_locked").await;
    }
}

/// Sends `call` as the holder of `token`: it must be refused with `status` and `code`, and the
/// resource at `path` must still be `before`. Returns the refusal.
async fn refused_unchanged(
    c: &Ctx,
    token: &str,
    path: &str,
    before: &Resp,
    call: Call<'_>,
    status: u16,
    code: &str,
) -> Resp {
    let what = call.to_string();
    let r = call.auth(token).await;
    assert_eq!(r.expect(status).body["code"], code, "{what}");
    let after = c.get(path).auth(token).await;
    assert_eq!(
        after.expect(200).body,
        before.body,
        "{what} (refused) changed {path}"
    );
    r
}

/// A sent application changed before the deadline, with a document sent later meanwhile:
/// the next receipt lists that document too.
async fn change_and_send_again(c: &Ctx, token: &str, app_path: &str, receipt: &Value) {
    let late_id = send_a_document_later(c, token, app_path).await;
    let again = send_a_change(c, token, app_path, receipt, |content| {
        content["remarks"]["job_title"] = json!("Assisterende rektor");
    })
    .await;
    assert!(
        again["attachments"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["document_id"] == late_id.as_str()),
        "a document sent later is in the next receipt"
    );
    let after = c.get(app_path).auth(token).await;
    assert_eq!(after.expect(200).body["late_documents"], json!([]));
}

/// A sent resource changed before its deadline: the change waits beside what was sent
/// (`unsent_changes`) until it is sent again, with the same reference number and the next
/// revision; sent, it cannot be sent again unchanged or deleted. Returns the new receipt.
async fn send_a_change(
    c: &Ctx,
    token: &str,
    path: &str,
    receipt: &Value,
    change: impl FnOnce(&mut Value),
) -> Value {
    let sent = c.get(path).auth(token).await;
    assert_eq!(sent.expect(200).body["unsent_changes"], false);
    let revision = receipt["revision"].as_i64().expect("revision");
    let mut changed = sent.body["content"].clone();
    change(&mut changed);
    let saved = c
        .put(path)
        .auth(token)
        .if_match(&sent.etag())
        .json(changed.clone())
        .await;
    assert_eq!(saved.expect(200).body["status"], "submitted");
    assert_eq!(saved.body["unsent_changes"], true);
    assert_eq!(
        saved.body["receipt"], sent.body["receipt"],
        "a change not sent again leaves the receipt as it was"
    );
    let again = submit(c, token, path).await;
    assert_eq!(
        again.expect(200).body["reference_number"],
        receipt["reference_number"]
    );
    assert_eq!(again.body["revision"], revision + 1);
    let after = c.get(path).auth(token).await;
    assert_eq!(after.expect(200).body["unsent_changes"], false);
    assert_eq!(after.body["receipt"]["revision"], revision + 1);
    assert_eq!(after.body["content"], changed, "the change sent is kept");
    submit(c, token, path).await.expect(409);
    let delete = c.delete(path).auth(token).if_match(&after.etag()).await;
    assert_eq!(delete.expect(409).body["code"], "not_deletable");
    again.body
}

/// An action (submit, withdraw, late documents) sent with an If-Match that no longer matches
/// is refused with 412 etag_mismatch naming the current ETag, and changes nothing at `path`.
async fn refuses_stale_if_match(c: &Ctx, token: &str, path: &str, action: Call<'_>) {
    let before = c.get(path).auth(token).await;
    let stale = action.if_match("\"stale\"");
    let r = refused_unchanged(
        c,
        token,
        path,
        before.expect(200),
        stale,
        412,
        "etag_mismatch",
    )
    .await;
    assert_eq!(
        r.header("etag"),
        Some(before.etag()),
        "the 412 names the current ETag"
    );
}

/// Withdraws a sent resource before its deadline; withdrawn, it can no longer be changed,
/// sent or withdrawn again.
async fn withdraw_and_lock(c: &Ctx, token: &str, path: &str) {
    let withdraw_path = format!("{path}/withdraw");
    refuses_stale_if_match(c, token, path, c.post(&withdraw_path)).await;
    let withdrawn = c.post(&withdraw_path).auth(token).await;
    assert_eq!(withdrawn.expect(200).body["status"], "withdrawn");
    assert!(
        withdrawn.body["withdrawn_at"].is_string(),
        "withdrawn_at: {}",
        withdrawn.body["withdrawn_at"]
    );
    let content = withdrawn.body["content"].clone();
    let change = c
        .put(path)
        .auth(token)
        .if_match(&withdrawn.etag())
        .json(content)
        .await;
    assert_eq!(change.expect(409).body["code"], "not_editable");
    let resend = submit(c, token, path).await;
    assert_eq!(resend.expect(409).body["code"], "already_submitted");
    let again = c.post(&withdraw_path).auth(token).await;
    assert_eq!(again.expect(409).body["code"], "not_withdrawable");
    let now = c.get(path).auth(token).await;
    assert_eq!(now.expect(200).body["status"], "withdrawn");
}

/// The document `uploaded` (an upload's answer), sent later with the application at `app_path`
/// by the holder of `token`, is refused with `status` and `code`, and nothing changes.
async fn late_document_refused(
    c: &Ctx,
    token: &str,
    app_path: &str,
    uploaded: &Resp,
    status: u16,
    code: &str,
) -> Resp {
    let body = json!({ "document_id": uploaded.expect(201).id() });
    let late = c.post(&format!("{app_path}/late-documents")).json(body);
    let before = c.get(app_path).auth(token).await;
    refused_unchanged(c, token, app_path, before.expect(200), late, status, code).await
}

/// Ettersending: a document added to a sent application without sending it again; it is
/// listed as sent later, once. Returns its id.
async fn send_a_document_later(c: &Ctx, token: &str, app_path: &str) -> String {
    let later = c.upload(token, "other", "attest.pdf", PDF).await;
    let document_id = later.expect(201).id();
    let late_path = format!("{app_path}/late-documents");
    let body = json!({ "document_id": document_id });
    let stale = c.post(&late_path).json(body.clone());
    refuses_stale_if_match(c, token, app_path, stale).await;
    let added = c.post(&late_path).auth(token).json(body.clone()).await;
    assert_eq!(added.expect(200).body["status"], "submitted");
    assert_eq!(added.body["unsent_changes"], false);
    assert_eq!(
        added.body["late_documents"][0]["document_id"],
        document_id.as_str()
    );
    assert_eq!(added.body["late_documents"][0]["filename"], "attest.pdf");
    c.post(&late_path)
        .auth(token)
        .json(body)
        .await
        .expect_error(422, "/document_id", "duplicate");
    c.post(&late_path)
        .auth(token)
        .json(json!({ "document_id": "0000000000000000" }))
        .await
        .expect_error(422, "/document_id", "unknown_document");
    document_id
}

/// A draft that was never sent can be deleted, with its ETag; then it is gone.
async fn delete_draft(c: &Ctx, token: &str) {
    let created = c.post("/api/v1/applications").auth(token).await;
    let path = format!("/api/v1/applications/{}", created.expect(201).id());
    let spare = c.upload(token, "other", "kladd.jpg", JPEG).await;
    let not_sent = c
        .post(&format!("{path}/late-documents"))
        .auth(token)
        .json(json!({ "document_id": spare.expect(201).id() }))
        .await;
    assert_eq!(not_sent.expect(409).body["code"], "not_submitted");
    c.delete(&path).auth(token).await.expect(428);
    c.delete(&path)
        .auth(token)
        .if_match("\"stale\"")
        .await
        .expect(412);
    c.delete(&path)
        .auth(token)
        .if_match(&created.etag())
        .await
        .expect(204);
    c.get(&path).auth(token).await.expect(404);
}

async fn needs_reports(c: &Ctx) {
    let alice = c.login(0).await;
    let nr = c.post("/api/v1/needs-reports").auth(&alice).await;
    nr.expect(201);
    let nr_path = format!("/api/v1/needs-reports/{}", nr.id());
    let mut etag = nr.etag();
    let mut bad = complete_report(REPORT_START_YEAR);
    bad["lead_owner"]["organisation_number"] = json!("958935421");
    bad["schools"][0]["organisation_number"] = json!("12345");
    bad["period"]["years"] = json!(4);
    // Spaces between the digits are ignored: the same co-owner written in groups is a twin.
    bad["co_owners"]
        .as_array_mut()
        .unwrap()
        .push(json!({"name": "Samme eier", "organisation_number": "974 760 673"}));
    let r = c.put(&nr_path).auth(&alice).if_match(&etag).json(bad).await;
    r.expect_finding("/lead_owner/organisation_number", "invalid_checksum");
    r.expect_finding("/schools/0/organisation_number", "invalid_format");
    r.expect_finding("/co_owners/1/organisation_number", "duplicate");
    r.expect_finding("/period/years", "out_of_range");
    etag = r.etag();
    let refused = submit(c, &alice, &nr_path).await;
    refused.expect_error(422, "/lead_owner/organisation_number", "invalid_checksum");
    refused.expect_error(422, "/period/years", "out_of_range");
    c.put(&nr_path)
        .auth(&alice)
        .json(json!({}))
        .await
        .expect(428);
    // Year one's grant to the owner is 110 001 kroner (the coordinator row counts): 30 % rounds
    // up to 33 001, so 33 000 is one krone short.
    let mut low = complete_report(REPORT_START_YEAR);
    low["budget"][0]["own_contribution_nok"] = json!(33000);
    let mut mismatch = complete_report(REPORT_START_YEAR);
    mismatch["budget"].as_array_mut().unwrap().pop();
    let mut not_fundable = complete_report(REPORT_START_YEAR);
    not_fundable["budget"][1]["rows"][1]["purpose"] = json!("individual_further_education");
    let mut unconfirmed = complete_report(REPORT_START_YEAR);
    unconfirmed["anchoring"]["classroom_trials"]["explanation"] = json!(" ");
    let mut unread = complete_report(REPORT_START_YEAR);
    unread["partner"]["has_read_report"] = json!(false);
    // Each saves as a draft but may not be submitted.
    let nr_submit = format!("{nr_path}/submit");
    let key = c.unique("needs-report");
    for (draft, pointer, code) in [
        (
            low,
            "/budget/0/own_contribution_nok",
            "own_contribution_too_low",
        ),
        (mismatch, "/budget", "budget_years_mismatch"),
        (not_fundable, "/budget/1/rows/1/purpose", "not_fundable"),
        (unconfirmed, "/anchoring/classroom_trials", "required"),
        (unread, "/partner/has_read_report", "required"),
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
            .idempotency_key(&key)
            .await
            .expect_error(422, pointer, code);
    }
    // An organisation number written in groups, as people write it, is accepted.
    let mut grouped = complete_report(REPORT_START_YEAR);
    grouped["lead_owner"]["organisation_number"] = json!("958 935 420");
    c.put(&nr_path)
        .auth(&alice)
        .if_match(&etag)
        .json(grouped)
        .await
        .expect(200);
    let stale = c.post(&nr_submit).idempotency_key(&c.unique("stale"));
    refuses_stale_if_match(c, &alice, &nr_path, stale).await;
    let receipt = submit_twice(c, &alice, &nr_submit, &key).await;
    assert_eq!(receipt["revision"], 1);
    assert!(receipt["reference_number"]
        .as_str()
        .is_some_and(|r| r.starts_with("BM-")));
    let got = c.get(&nr_path).auth(&alice).await;
    assert_eq!(got.expect(200).body["status"], "submitted");
    assert!(listed_ids(c, &alice, "/api/v1/needs-reports")
        .await
        .contains(&nr.id()));
    // Until the deadline a sent report can be changed and sent again, then withdrawn (1.3.0).
    send_a_change(c, &alice, &nr_path, &receipt, |content| {
        content["measure"]["title"] = json!("Lesing og skriving på 1.–4. trinn");
    })
    .await;
    // A change the server would refuse is kept and reported, and cannot be sent.
    let sent = c.get(&nr_path).auth(&alice).await;
    let mut wrong = sent.expect(200).body["content"].clone();
    wrong["budget"][0]["own_contribution_nok"] = json!(1);
    c.put(&nr_path)
        .auth(&alice)
        .if_match(&sent.etag())
        .json(wrong)
        .await
        .expect_finding("/budget/0/own_contribution_nok", "own_contribution_too_low");
    submit(c, &alice, &nr_path).await.expect_error(
        422,
        "/budget/0/own_contribution_nok",
        "own_contribution_too_low",
    );
    withdraw_and_lock(c, &alice, &nr_path).await;
    let listed = c.get("/api/v1/needs-reports").auth(&alice).await;
    let mine = listed.expect(200).body["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == nr.id().as_str())
        .cloned()
        .expect("the withdrawn report is listed");
    assert_eq!(mine["status"], "withdrawn");
    assert_eq!(mine["receipt"]["revision"], 2, "what was last sent stays");
}

/// Calls every operation of the contract that takes an `{id}` with the id `id_for` gives for
/// the collection the path belongs to, as the holder of `token`, and expects 404 from each.
async fn each_id_operation_gets_404(c: &Ctx, token: &str, id_for: impl Fn(&str) -> String) {
    let with_id: Vec<(Method, String, Value)> = c
        .operations()
        .into_iter()
        .filter(|(_, t, op)| t.contains("{id}") && op.get("x-test-mode-only").is_none())
        .collect();
    assert!(
        !with_id.is_empty(),
        "the contract has no operation with an id"
    );
    for (method, template, op) in with_id {
        let collection = &template[..template.find("/{id}").expect("id segment")];
        let path = template.replace("{id}", &id_for(collection));
        let call = otherwise_correct(c, &method, &path, &op).auth(token);
        expect_status(call, StatusCode::NOT_FOUND, "").await;
    }
}

/// Another user's resources do not exist for you: every operation with an id, writes included,
/// answers 404 and changes nothing; an Idempotency-Key is per user.
async fn other_users_get_404(c: &Ctx) {
    let facts = facts(c).await;
    let alice = c.login(0).await;
    let bob = c.login(1).await;
    let app_id = complete_application(c, &alice, &facts).await;
    let app_path = format!("/api/v1/applications/{app_id}");
    let key = c.unique("alice");
    let receipt = c
        .post(&format!("{app_path}/submit"))
        .auth(&alice)
        .idempotency_key(&key)
        .await;
    receipt.expect(200);
    let document = c.upload(&alice, "other", "notat.pdf", PDF).await;
    let document_id = document.expect(201).id();
    let report_path = complete_report_draft(c, &alice).await;
    let report_id = report_path.rsplit('/').next().expect("id").to_string();
    // A draft of each kind, and a sent application: none is listed for bob.
    let draft = c.post("/api/v1/applications").auth(&alice).await;
    let draft_id = draft.expect(201).id();
    let app_etag = c.get(&app_path).auth(&alice).await.expect(200).etag();
    let report_etag = c.get(&report_path).auth(&alice).await.expect(200).etag();
    // Nor can another user's document be sent later with one's own application.
    let bobs = c.upload(&bob, "other", "bob.pdf", PDF).await;
    late_document_refused(c, &alice, &app_path, &bobs, 422, "validation_failed")
        .await
        .expect_error(422, "/document_id", "unknown_document");

    each_id_operation_gets_404(c, &bob, |collection| match collection {
        "/api/v1/applications" => app_id.clone(),
        "/api/v1/documents" => document_id.clone(),
        "/api/v1/needs-reports" => report_id.clone(),
        other => panic!("the suite has no resource in {other} to try"),
    })
    .await;
    c.post(&format!("{app_path}/submit"))
        .auth(&bob)
        .idempotency_key(&key)
        .await
        .expect(404);
    // Keys are per user: bob's own submittable draft, sent with alice's key, gets bob's own
    // receipt, neither alice's nor a refusal.
    let bobs = complete_application(c, &bob, &facts).await;
    let reused = c
        .post(&format!("/api/v1/applications/{bobs}/submit"))
        .auth(&bob)
        .idempotency_key(&key)
        .await;
    assert_eq!(
        reused.expect(200).body["resource_id"],
        bobs.as_str(),
        "bob's submission with alice's Idempotency-Key"
    );
    assert_ne!(
        reused.body["reference_number"], receipt.body["reference_number"],
        "another user's Idempotency-Key gave that user's receipt"
    );

    // Nothing changed for alice.
    assert_eq!(
        c.get(&app_path).auth(&alice).await.expect(200).etag(),
        app_etag
    );
    assert_eq!(
        c.get(&report_path).auth(&alice).await.expect(200).etag(),
        report_etag
    );
    downloads_as_uploaded(c, &alice, &document, PDF).await;
    for collection in [
        "/api/v1/applications",
        "/api/v1/documents",
        "/api/v1/needs-reports",
    ] {
        let ids = listed_ids(c, &bob, collection).await;
        for id in [&app_id, &draft_id, &document_id, &report_id] {
            assert!(!ids.contains(id), "{collection} shows another user's {id}");
        }
    }
}

async fn unknown_ids_get_404(c: &Ctx) {
    let alice = c.login(0).await;
    let unknown = c.unique("unknown");
    each_id_operation_gets_404(c, &alice, |_| unknown.clone()).await;
}

/// Writes without a usable body are refused with a problem and change nothing.
async fn request_bodies(c: &Ctx) {
    let alice = c.login(0).await;
    let r = c
        .post("/api/v1/documents")
        .auth(&alice)
        .json(json!({"file": "a.pdf"}))
        .await;
    assert_eq!(r.expect(415).body["code"], "unsupported_media_type");
    let mut drafts = vec![];
    for collection in ["/api/v1/applications", "/api/v1/needs-reports"] {
        c.post(collection)
            .auth(&alice)
            .raw("application/json", b"null")
            .await
            .expect_error(422, "", "invalid_type");
        let created = c.post(collection).auth(&alice).await;
        let path = format!("{collection}/{}", created.expect(201).id());
        drafts.push((collection, path.clone()));
        let r = c.put(&path).auth(&alice).if_match(&created.etag()).await;
        assert_eq!(r.expect(400).body["code"], "body_required");
        let after = c.get(&path).auth(&alice).await;
        assert_eq!(
            after.expect(200).etag(),
            created.etag(),
            "a PUT without a body changed {path}"
        );
    }
    // Every operation that takes JSON refuses a body sent as another type with 415, which it
    // must declare (a checked call fails on a status its operation does not declare).
    for (method, template, op) in c.operations() {
        if op["requestBody"]["content"]
            .get("application/json")
            .is_none()
            || op.get("x-test-mode-only").is_some()
        {
            continue;
        }
        let path = drafts
            .iter()
            .find(|(collection, _)| template.starts_with(&format!("{collection}/{{id}}")))
            .map(|(collection, path)| template.replacen(&format!("{collection}/{{id}}"), path, 1))
            .unwrap_or(template);
        let r = c
            .req(method, &path)
            .auth(&alice)
            .if_match("*")
            .raw("text/plain", b"{}")
            .await;
        assert_eq!(
            r.expect(415).body["code"],
            "unsupported_media_type",
            "{path}"
        );
    }
}

/// The app's origin may call the API from a browser: preflight and responses carry the CORS
/// headers it needs (ETag must be readable); another origin gets no permission.
async fn cors(c: &Ctx) {
    let origin = c.app_origin.clone().expect("app origin");
    let allows_origin = |r: &Resp, what: &str| {
        assert_eq!(
            r.header("access-control-allow-origin").as_deref(),
            Some(origin.as_str()),
            "{what}: Access-Control-Allow-Origin"
        );
    };
    let lists = |r: &Resp, header: &str, items: &[&str], what: &str| {
        let list: Vec<String> = r
            .header(header)
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_ascii_lowercase())
            .collect();
        for item in items {
            assert!(
                list.iter()
                    .any(|x| x == "*" || x.eq_ignore_ascii_case(item)),
                "{what}: {header} is {list:?}, without {item}"
            );
        }
    };
    let requested = [
        "authorization",
        "content-type",
        "if-match",
        "idempotency-key",
    ];
    for (method, path) in [
        ("PUT", "/api/v1/applications/0123456789abcdef"),
        ("POST", "/api/v1/applications/0123456789abcdef/submit"),
        ("DELETE", "/api/v1/documents/0123456789abcdef"),
    ] {
        let pre = c
            .req(Method::OPTIONS, path)
            .header("origin", &origin)
            .header("access-control-request-method", method)
            .header("access-control-request-headers", &requested.join(","))
            .unchecked()
            .await
            .expect("preflight answered");
        let what = format!("preflight {method} {path}");
        assert!(pre.status.is_success(), "{what}: {}", pre.status);
        allows_origin(&pre, &what);
        lists(&pre, "access-control-allow-methods", &[method], &what);
        lists(&pre, "access-control-allow-headers", &requested, &what);
    }
    let alice = c.login(0).await;
    let nr = c
        .post("/api/v1/needs-reports")
        .auth(&alice)
        .header("origin", &origin)
        .await;
    nr.expect(201);
    allows_origin(&nr, "a response to the app");
    // The app must be able to read the ETag it sends back in If-Match.
    lists(
        &nr,
        "access-control-expose-headers",
        &["etag"],
        "a response to the app",
    );
    let foreign = "https://not-the-app.example";
    let r = c.get("/api/v1/meta").header("origin", foreign).await;
    assert_ne!(
        r.header("access-control-allow-origin").as_deref(),
        Some(foreign),
        "an unknown origin was allowed"
    );
}

async fn status_override(c: &Ctx) {
    let alice = c.login(0).await;
    let app = c
        .post("/api/v1/applications")
        .auth(&alice)
        .json(json!({}))
        .await;
    let id = app.expect(201).id();
    let r = c
        .post("/api/v1/_test/status")
        .json(json!({"kind": "application", "id": id, "status": "offer"}))
        .await;
    assert_eq!(r.expect(200).body["status"], "offer");
    let got = c
        .get(&format!("/api/v1/applications/{id}"))
        .auth(&alice)
        .await;
    assert_eq!(got.expect(200).body["status"], "offer");
    c.post("/api/v1/_test/status")
        .json(json!({"kind": "application", "id": id, "status": "decided"}))
        .await
        .expect_error(422, "/status", "invalid_option");
}

async fn faults(c: &Ctx) {
    let alice = c.login(0).await;
    // 503 with Retry-After, once.
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
    downloads_as_uploaded(c, &alice, &up, &slow).await;
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
}

/// After a deadline nothing that depends on it is accepted, and the records stay as they were.
async fn deadlines(c: &Ctx) {
    let facts = facts(c).await;
    let alice = c.login(0).await;
    let late_app = complete_application(c, &alice, &facts).await;
    let late_path = format!("/api/v1/applications/{late_app}");
    let submitted = complete_application(c, &alice, &facts).await;
    let submitted_path = format!("/api/v1/applications/{submitted}");
    submit(c, &alice, &submitted_path).await.expect(200);
    let submitted_body = c.get(&submitted_path).auth(&alice).await;
    let report_path = complete_report_draft(c, &alice).await;
    let sent_report = complete_report_draft(c, &alice).await;
    submit(c, &alice, &sent_report).await.expect(200);
    let sent_report_body = c.get(&sent_report).auth(&alice).await;
    let report_deadline = c.get("/api/v1/reference-data").await.expect(200).body
        ["needs_report_deadline"]
        .as_str()
        .map(|d| chrono::DateTime::parse_from_rfc3339(d).expect("RFC 3339"))
        .expect("needs_report_deadline");

    c.set_clock(facts.deadline + chrono::Duration::minutes(1))
        .await;
    let alice = c.login(0).await; // the clock jump ends older sessions
    submit(c, &alice, &late_path)
        .await
        .expect_error(422, "/round_id", "deadline_passed");
    locked_after_deadline(
        c,
        &alice,
        &submitted_path,
        &submitted_body.body,
        |content| {
            content["remarks"]["job_title"] = json!("Etter fristen");
        },
    )
    .await;
    let late = c.get(&late_path).auth(&alice).await;
    assert_eq!(late.expect(200).body["status"], "draft");
    // Without a document deadline of its own, documents follow until the application deadline.
    let spare = c.upload(&alice, "other", "for-sent.pdf", PDF).await;
    let too_late = c
        .post(&format!("{submitted_path}/late-documents"))
        .auth(&alice)
        .json(json!({ "document_id": spare.expect(201).id() }))
        .await;
    assert_eq!(
        too_late.expect(409).body["code"],
        "document_deadline_passed"
    );

    c.set_clock(report_deadline + chrono::Duration::minutes(1))
        .await;
    let alice = c.login(0).await;
    submit(c, &alice, &report_path)
        .await
        .expect_error(422, "", "deadline_passed");
    let report = c.get(&report_path).auth(&alice).await;
    assert_eq!(report.expect(200).body["status"], "draft");
    locked_after_deadline(c, &alice, &sent_report, &sent_report_body.body, |content| {
        content["measure"]["title"] = json!("Etter fristen");
    })
    .await;
    c.delete("/api/v1/_test/clock").await.expect(200);
}

/// After its deadline a sent resource is locked: a change and a withdrawal are refused with
/// 409 deadline_passed, and it stays as `before`.
async fn locked_after_deadline(
    c: &Ctx,
    token: &str,
    path: &str,
    before: &Value,
    change: impl FnOnce(&mut Value),
) {
    let etag = c.get(path).auth(token).await.expect(200).etag();
    let mut changed = before["content"].clone();
    change(&mut changed);
    let put = c.put(path).auth(token).if_match(&etag).json(changed).await;
    assert_eq!(put.expect(409).body["code"], "deadline_passed");
    let withdraw = c.post(&format!("{path}/withdraw")).auth(token).await;
    assert_eq!(withdraw.expect(409).body["code"], "deadline_passed");
    let after = c.get(path).auth(token).await;
    assert_eq!(
        &after.expect(200).body,
        before,
        "{path} changed after its deadline"
    );
}

/// Sessions end after 30 minutes without a request; each request starts the 30 minutes anew.
/// Driven by the test clock, not the fault injector, so the server's own rule is tested.
async fn session_idle_limit(c: &Ctx) {
    let start = real_time(c).await;
    let active = c.login(0).await;
    let idle = c.login(1).await;
    let minutes = |m| start + chrono::Duration::minutes(m);
    c.set_clock(minutes(29)).await;
    c.get("/api/v1/session").auth(&active).await.expect(200);
    c.set_clock(minutes(58)).await;
    c.get("/api/v1/session").auth(&active).await.expect(200);
    assert_ended(c, &idle, "idle for 58 minutes").await;
    c.set_clock(minutes(58 + 31)).await;
    assert_ended(c, &active, "idle for 31 minutes").await;
    c.delete("/api/v1/_test/clock").await.expect(200);
}

/// A session ends 12 hours after login, however active it is.
async fn session_lifetime(c: &Ctx) {
    let start = real_time(c).await;
    let token = c.login(0).await;
    let step = 29; // minutes: within the idle limit
    let mut minutes = step;
    while minutes <= 12 * 60 {
        c.set_clock(start + chrono::Duration::minutes(minutes))
            .await;
        c.get("/api/v1/session").auth(&token).await.expect(200);
        minutes += step;
    }
    c.set_clock(start + chrono::Duration::minutes(minutes))
        .await;
    assert_ended(c, &token, &format!("active, {minutes} minutes after login")).await;
    c.delete("/api/v1/_test/clock").await.expect(200);
}

async fn assert_ended(c: &Ctx, token: &str, why: &str) {
    let r = c.get("/api/v1/session").auth(token).await;
    assert_eq!(
        r.status,
        StatusCode::UNAUTHORIZED,
        "a session {why} still works"
    );
}

/// Puts the server clock back to real time and returns it.
async fn real_time(c: &Ctx) -> chrono::DateTime<chrono::FixedOffset> {
    let now = c.delete("/api/v1/_test/clock").await;
    chrono::DateTime::parse_from_rfc3339(now.expect(200).body["now"].as_str().expect("now"))
        .expect("RFC 3339")
}

async fn reset(c: &Ctx) {
    let alice = c.login(0).await;
    c.upload(&alice, "other", "notat.pdf", PDF)
        .await
        .expect(201);
    c.post("/api/v1/_test/reset").await.expect(204);
    c.get("/api/v1/session").auth(&alice).await.expect(401);
    let alice = c.login(0).await;
    let list = c.get("/api/v1/documents").auth(&alice).await;
    assert_eq!(list.expect(200).body["items"], json!([]));
}

/// Puts back what the exclusive areas change server-wide (faults, clock); test mode only.
pub(super) async fn restore_server(c: &Ctx) {
    let _ = c.delete("/api/v1/_test/faults").unchecked().await;
    let _ = c.delete("/api/v1/_test/clock").unchecked().await;
}

/// Every operation in the contract was exercised (and matched it) by the areas that ran.
pub(super) fn coverage(c: &Ctx, test_mode: bool) {
    let covered = c.covered();
    let missing: Vec<String> = c
        .operations()
        .into_iter()
        .filter(|(_, _, op)| test_mode || op.get("x-test-mode-only") != Some(&json!(true)))
        .filter(|(m, t, _)| !covered.contains(&(m.to_string(), t.clone())))
        .map(|(m, t, _)| format!("{m} {t}"))
        .collect();
    assert!(missing.is_empty(), "operations not exercised: {missing:?}");
}
