//! Sessions end after an absolute lifetime; a withdrawal cannot race another change; a
//! submission and its Idempotency-Key are stored together or not at all.

mod api_client;

use api_client::{json_of, problem, Api};
use chrono::{DateTime, Duration, TimeZone, Utc};
use reference_backend::store::{self, Resource};
use reqwest::Method;
use serde_json::{json, Value};

async fn set_clock(api: &Api, now: DateTime<Utc>) {
    let res = api
        .anonymous(Method::POST, "/api/v1/_test/clock")
        .json(&json!({ "now": now.to_rfc3339() }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn an_active_session_still_ends_12_hours_after_login() {
    let mut api = Api::start().await;
    let login = Utc.with_ymd_and_hms(2030, 1, 7, 8, 0, 0).unwrap();
    set_clock(&api, login).await;
    api.token = api.login().await;
    let lifetime_ends = login + Duration::hours(12);
    // Steps shorter than the 30-minute idle limit keep the session alive by activity alone.
    let mut at = login;
    while at + Duration::minutes(25) < lifetime_ends {
        at += Duration::minutes(25);
        set_clock(&api, at).await;
        let res = api
            .call(Method::GET, "/api/v1/session")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "at {at}");
        let session: Value = res.json().await.unwrap();
        let expires_at: DateTime<Utc> = session["expires_at"].as_str().unwrap().parse().unwrap();
        assert_eq!(
            expires_at,
            lifetime_ends.min(at + Duration::minutes(30)),
            "at {at}"
        );
    }
    assert!(at > login + Duration::hours(11), "the loop reached the end");
    set_clock(&api, lifetime_ends + Duration::seconds(5)).await;
    let res = api
        .call(Method::GET, "/api/v1/session")
        .send()
        .await
        .unwrap();
    problem(res, 401, "session_expired").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_of_two_concurrent_withdrawals_wins() {
    let api = Api::start().await;
    for round in 0..20 {
        let path = api.create("applications", json!({})).await;
        let withdraw = || api.call(Method::POST, &format!("{path}/withdraw")).send();
        let (first, second) = tokio::join!(withdraw(), withdraw());
        let mut statuses = [first.unwrap().status(), second.unwrap().status()];
        statuses.sort();
        assert_eq!(statuses, [200, 409], "round {round}");
    }
}

fn draft(id: &str) -> Resource {
    Resource {
        id: id.into(),
        kind: "needs_report".into(),
        owner: "01819000049".into(),
        status: "draft".into(),
        version: 1,
        content: json!({}),
        created_at: "2030-01-07T08:00:00Z".into(),
        updated_at: "2030-01-07T08:00:00Z".into(),
        submitted_at: None,
        withdrawn_at: None,
        receipt: None,
        submitted_content: None,
    }
}

#[test]
fn a_submission_is_stored_with_its_key_or_not_at_all() {
    let dir = reference_backend::temp_data_dir();
    let mut conn = store::open(&dir.join("data.sqlite3")).unwrap();
    let submitted = |r: Resource| Resource {
        status: "submitted".into(),
        version: r.version + 1,
        ..r
    };
    for id in ["first", "second"] {
        store::insert_resource(&conn, &draft(id)).unwrap();
    }
    store::record_submission(&mut conn, &submitted(draft("first")), "key", "{}").unwrap();
    // The key is taken, so storing it fails after the resource row was written; that write
    // must be undone.
    assert!(store::record_submission(&mut conn, &submitted(draft("second")), "key", "{}").is_err());
    let status = |id| {
        store::resource(&conn, "needs_report", "01819000049", id)
            .unwrap()
            .unwrap()
            .status
    };
    assert_eq!(
        (status("first"), status("second")),
        ("submitted".into(), "draft".into())
    );
    let (resource_id, _, _) = store::idempotent(&conn, Some("01819000049"), "key")
        .unwrap()
        .unwrap();
    assert_eq!(resource_id, "first");
    drop(conn);
    let _ = std::fs::remove_dir_all(dir);
}

/// A sent application's deadline is the one of the round it was sent in, even where its working
/// copy names another round (stored by a server before contract 1.4.0, which let it move): past
/// that deadline a change and a withdrawal are refused.
#[tokio::test]
async fn a_sent_application_keeps_the_deadline_of_its_round() {
    let mut api = Api::start().await;
    let catalogue = json_of(api.anonymous(Method::GET, "/api/v1/catalogue")).await;
    let rounds = catalogue["admission_rounds"].as_array().unwrap();
    let with_deadline = rounds.iter().find(|r| r["deadline"].is_string()).unwrap();
    let without = rounds.iter().find(|r| r["deadline"].is_null()).unwrap();
    let session = json_of(api.call(Method::GET, "/api/v1/session")).await;
    let path = api.create("applications", json!({})).await;
    let id = path.rsplit('/').next().unwrap();
    {
        let db = api.server.state.db.lock().unwrap();
        let owner = session["user"]["national_id"].as_str().unwrap();
        let mut sent = store::resource(&db, "application", owner, id)
            .unwrap()
            .unwrap();
        sent.status = "submitted".into();
        sent.submitted_at = Some(sent.created_at.clone());
        sent.submitted_content = Some(json!({"round_id": with_deadline["id"]}));
        sent.content["round_id"] = without["id"].clone();
        store::update_resource(&db, &sent).unwrap();
    }
    let deadline: DateTime<Utc> = with_deadline["deadline"].as_str().unwrap().parse().unwrap();
    set_clock(&api, deadline + Duration::minutes(1)).await;
    api.token = api.login().await;
    let current = api.call(Method::GET, &path).send().await.unwrap();
    let etag = current.headers()["etag"].to_str().unwrap().to_string();
    let content = current.json::<Value>().await.unwrap()["content"].clone();
    let change = api.call(Method::PUT, &path).header("if-match", &etag);
    problem(
        change.json(&content).send().await.unwrap(),
        409,
        "deadline_passed",
    )
    .await;
    let withdraw = api.call(Method::POST, &format!("{path}/withdraw"));
    problem(withdraw.send().await.unwrap(), 409, "deadline_passed").await;
}
