//! Data survives a restart on the same data directory; concurrent submits with one key give one
//! submission.

use reference_backend::{start, temp_data_dir, Config};
use serde_json::{json, Value};

/// Sends a request and reads its JSON body.
async fn json(req: reqwest::RequestBuilder) -> Value {
    req.send().await.unwrap().json().await.unwrap()
}

async fn login(client: &reqwest::Client, base: &str) -> String {
    let ids = json(client.get(format!("{base}/api/v1/test-identities"))).await;
    let nid = ids["items"][0]["national_id"].as_str().unwrap();
    let s = json(
        client
            .post(format!("{base}/api/v1/session"))
            .json(&json!({ "national_id": nid })),
    )
    .await;
    s["token"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn restart_keeps_data() {
    let dir = temp_data_dir();
    let config = Config {
        port: 0,
        data_dir: dir.clone(),
        ..Config::default()
    };
    let server = start(config.clone()).await.unwrap();
    let client = reqwest::Client::new();
    let token = login(&client, &server.base_url).await;
    let session = |client: &reqwest::Client, base: &str| {
        client
            .get(format!("{base}/api/v1/session"))
            .bearer_auth(&token)
    };
    let subject = json(session(&client, &server.base_url)).await["subject"].clone();
    assert!(subject.is_string(), "{subject}");
    let created = json(
        client
            .post(format!("{}/api/v1/applications", server.base_url))
            .bearer_auth(&token)
            .json(&json!({"round_id": "oslomet-lui-oppdrag", "remarks": {"job_title": "Rektor"}})),
    )
    .await;
    let id = created["id"].as_str().unwrap().to_string();
    let doc = client
        .post(format!("{}/api/v1/documents", server.base_url))
        .bearer_auth(&token)
        .multipart(
            reqwest::multipart::Form::new()
                .text("document_type", "diploma")
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(b"%PDF-1.7 test".to_vec()).file_name("v.pdf"),
                ),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(doc.status(), 201);
    drop(client);
    server.stop().await;

    let server = start(config).await.unwrap();
    let client = reqwest::Client::new();
    // The session is stored too.
    let got = client
        .get(format!("{}/api/v1/applications/{id}", server.base_url))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    let got: Value = got.json().await.unwrap();
    assert_eq!(got["content"]["remarks"]["job_title"], "Rektor");
    // So is the person's subject.
    let again = json(session(&client, &server.base_url)).await;
    assert_eq!(again["subject"], subject);
    let docs = json(
        client
            .get(format!("{}/api/v1/documents", server.base_url))
            .bearer_auth(&token),
    )
    .await;
    let doc_id = docs["items"][0]["id"].as_str().unwrap();
    let bytes = client
        .get(format!(
            "{}/api/v1/documents/{doc_id}/content",
            server.base_url
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&bytes[..], b"%PDF-1.7 test");
    server.stop().await;
    let _ = std::fs::remove_dir_all(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_submits_with_one_key_submit_once() {
    let server = reference_backend::start_test_server().await;
    let base = server.base_url.clone();
    let client = reqwest::Client::new();
    let token = login(&client, &base).await;
    let body = json!({
        "round_id": "skolverket-kollegialt-larande",
        "alternative_ids": ["mdu-kollegialt-larande"],
        "answers": {
            "participant_name": "Sara Exempel", "participant_personnummer": "121212-1212",
            "participant_email": "sara@example.se", "school": "Exempelskolan", "huvudman": "Västerås stad",
            "module_area": "Läslyftet", "school_form": "grundskola", "principal_name": "Rut Rektor", "principal_phone": "+46 21 10 10 10",
            "principal_email": "rektor@example.se", "principal_certified": true
        }
    });
    // Open the registration window: the middle of the next window.
    let cat = json(client.get(format!("{base}/api/v1/catalogue"))).await;
    let round = cat["admission_rounds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "skolverket-kollegialt-larande")
        .unwrap();
    let opens = chrono::DateTime::parse_from_rfc3339(round["opens_at"].as_str().unwrap()).unwrap();
    let now = opens + chrono::Duration::days(1);
    let r = client
        .post(format!("{base}/api/v1/_test/clock"))
        .json(&json!({"now": now.to_rfc3339()}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let token =
        if chrono::Utc::now() < now - chrono::Duration::minutes(30) || chrono::Utc::now() > now {
            login(&client, &base).await
        } else {
            token
        };
    let created = json(
        client
            .post(format!("{base}/api/v1/applications"))
            .bearer_auth(&token)
            .json(&body),
    )
    .await;
    let id = created["id"].as_str().expect("created").to_string();
    let mut tasks = vec![];
    for _ in 0..6 {
        let (client, base, token, id) = (client.clone(), base.clone(), token.clone(), id.clone());
        tasks.push(tokio::spawn(async move {
            let r = client
                .post(format!("{base}/api/v1/applications/{id}/submit"))
                .bearer_auth(&token)
                .header("Idempotency-Key", "same-key")
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }));
    }
    let mut receipts = vec![];
    for t in tasks {
        let (status, body) = t.await.unwrap();
        assert_eq!(status, 200, "{body}");
        receipts.push(body);
    }
    assert!(
        receipts.windows(2).all(|w| w[0] == w[1]),
        "all replies carry the same receipt"
    );
    let list = json(
        client
            .get(format!("{base}/api/v1/applications"))
            .bearer_auth(&token),
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    server.stop().await;
}
