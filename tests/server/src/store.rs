//! SQLite storage. Editable content is kept as JSON text; everything the server filters or
//! checks on has its own column.

use std::path::Path;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

pub fn open(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;
         CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
         CREATE TABLE IF NOT EXISTS sessions (
             token TEXT PRIMARY KEY,
             national_id TEXT NOT NULL,
             name TEXT NOT NULL,
             last_seen TEXT NOT NULL,
             created_at TEXT NOT NULL,
             id_token TEXT
         );
         CREATE TABLE IF NOT EXISTS resources (
             id TEXT PRIMARY KEY,
             kind TEXT NOT NULL,
             owner TEXT NOT NULL,
             status TEXT NOT NULL,
             version INTEGER NOT NULL,
             content TEXT NOT NULL,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL,
             submitted_at TEXT,
             withdrawn_at TEXT,
             receipt TEXT,
             submitted_content TEXT
         );
         CREATE INDEX IF NOT EXISTS resources_owner ON resources (owner, kind);
         CREATE TABLE IF NOT EXISTS documents (
             id TEXT PRIMARY KEY,
             owner TEXT NOT NULL,
             filename TEXT NOT NULL,
             content_type TEXT NOT NULL,
             size INTEGER NOT NULL,
             sha256 TEXT NOT NULL,
             document_type TEXT NOT NULL,
             remark TEXT,
             uploaded_at TEXT NOT NULL,
             stored_name TEXT NOT NULL
         );
         CREATE TABLE IF NOT EXISTS subjects (
             national_id TEXT PRIMARY KEY,
             subject TEXT NOT NULL UNIQUE
         );
         CREATE TABLE IF NOT EXISTS idempotency (
             owner TEXT NOT NULL,
             key TEXT NOT NULL,
             resource_id TEXT NOT NULL,
             status INTEGER NOT NULL,
             body TEXT NOT NULL,
             PRIMARY KEY (owner, key)
         );",
    )?;
    // Data directories made before sessions had an absolute lifetime lack `created_at`; their
    // sessions count from their last activity.
    add_column(
        &conn,
        "sessions",
        "created_at",
        "ALTER TABLE sessions ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
         UPDATE sessions SET created_at = last_seen;",
    )?;
    // Before the ID-porten login (contract 1.7.0) no session had an ID token.
    add_column(
        &conn,
        "sessions",
        "id_token",
        "ALTER TABLE sessions ADD COLUMN id_token TEXT;",
    )?;
    // Before sent applications could be changed (contract 1.2.0), what was sent was `content`.
    add_column(
        &conn,
        "resources",
        "submitted_content",
        "ALTER TABLE resources ADD COLUMN submitted_content TEXT;
         UPDATE resources SET submitted_content = content WHERE submitted_at IS NOT NULL;",
    )?;
    Ok(conn)
}

/// Runs `migration` when `table` lacks `column` (a data directory from an older version).
fn add_column(
    conn: &Connection,
    table: &str,
    column: &str,
    migration: &str,
) -> rusqlite::Result<()> {
    let has_column: bool = conn.query_row(
        "SELECT COUNT(*) > 0 FROM pragma_table_info(?1) WHERE name = ?2",
        params![table, column],
        |r| r.get(0),
    )?;
    if !has_column {
        conn.execute_batch(migration)?;
    }
    Ok(())
}

/// Deletes every row (test reset).
pub fn wipe(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "DELETE FROM sessions; DELETE FROM resources; DELETE FROM documents;
         DELETE FROM idempotency; DELETE FROM meta; DELETE FROM subjects;",
    )
}

/// Random bytes as lowercase hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("system random source");
    hex(&buf)
}

pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Increments and returns a named counter.
pub fn next_counter(conn: &Connection, name: &str) -> rusqlite::Result<i64> {
    let key = format!("counter:{name}");
    let current: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()?;
    let next = current.and_then(|v| v.parse::<i64>().ok()).unwrap_or(0) + 1;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, next.to_string()],
    )?;
    Ok(next)
}

#[derive(Debug, Clone)]
pub struct Session {
    pub token: String,
    pub national_id: String,
    pub name: String,
    pub last_seen: String,
    pub created_at: String,
    /// The ID token of a session made by ID-porten (for logging out there too).
    pub id_token: Option<String>,
}

pub fn session(conn: &Connection, token: &str) -> rusqlite::Result<Option<Session>> {
    conn.query_row(
        "SELECT token, national_id, name, last_seen, created_at, id_token
         FROM sessions WHERE token = ?1",
        [token],
        |r| {
            Ok(Session {
                token: r.get(0)?,
                national_id: r.get(1)?,
                name: r.get(2)?,
                last_seen: r.get(3)?,
                created_at: r.get(4)?,
                id_token: r.get(5)?,
            })
        },
    )
    .optional()
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub id: String,
    pub kind: String,
    pub owner: String,
    pub status: String,
    pub version: i64,
    pub content: Value,
    pub created_at: String,
    pub updated_at: String,
    pub submitted_at: Option<String>,
    pub withdrawn_at: Option<String>,
    pub receipt: Option<Value>,
    /// The content as last sent (a sent application may be changed and sent again).
    pub submitted_content: Option<Value>,
}

impl Resource {
    pub fn etag(&self) -> String {
        format!("\"{}-{}\"", &self.id[..8.min(self.id.len())], self.version)
    }
}

const RESOURCE_COLUMNS: &str = "id, kind, owner, status, version, content, created_at, updated_at, submitted_at, withdrawn_at, receipt, submitted_content";

fn resource_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Resource> {
    let content: String = r.get(5)?;
    let receipt: Option<String> = r.get(10)?;
    let submitted_content: Option<String> = r.get(11)?;
    Ok(Resource {
        id: r.get(0)?,
        kind: r.get(1)?,
        owner: r.get(2)?,
        status: r.get(3)?,
        version: r.get(4)?,
        content: serde_json::from_str(&content).unwrap_or(Value::Null),
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
        submitted_at: r.get(8)?,
        withdrawn_at: r.get(9)?,
        receipt: receipt.and_then(|s| serde_json::from_str(&s).ok()),
        submitted_content: submitted_content.and_then(|s| serde_json::from_str(&s).ok()),
    })
}

pub fn resource(
    conn: &Connection,
    kind: &str,
    owner: &str,
    id: &str,
) -> rusqlite::Result<Option<Resource>> {
    conn.query_row(
        &format!(
            "SELECT {RESOURCE_COLUMNS} FROM resources WHERE id = ?1 AND kind = ?2 AND owner = ?3"
        ),
        params![id, kind, owner],
        resource_row,
    )
    .optional()
}

pub fn resources(conn: &Connection, kind: &str, owner: &str) -> rusqlite::Result<Vec<Resource>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RESOURCE_COLUMNS} FROM resources WHERE kind = ?1 AND owner = ?2 ORDER BY created_at DESC, id"
    ))?;
    let rows = stmt.query_map(params![kind, owner], resource_row)?;
    rows.collect()
}

/// Other users' drafts of `kind` (only a deliberately wrong server asks).
pub fn drafts_of_others(
    conn: &Connection,
    kind: &str,
    owner: &str,
) -> rusqlite::Result<Vec<Resource>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RESOURCE_COLUMNS} FROM resources WHERE kind = ?1 AND owner != ?2 AND status = 'draft'"
    ))?;
    let rows = stmt.query_map(params![kind, owner], resource_row)?;
    rows.collect()
}

pub fn all_resources_of(conn: &Connection, owner: &str) -> rusqlite::Result<Vec<Resource>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {RESOURCE_COLUMNS} FROM resources WHERE owner = ?1"
    ))?;
    let rows = stmt.query_map(params![owner], resource_row)?;
    rows.collect()
}

/// The row values in `RESOURCE_COLUMNS` order, so insert and update bind the same numbers.
fn resource_values(r: &Resource) -> [Box<dyn rusqlite::ToSql + '_>; 12] {
    [
        Box::new(&r.id),
        Box::new(&r.kind),
        Box::new(&r.owner),
        Box::new(&r.status),
        Box::new(r.version),
        Box::new(r.content.to_string()),
        Box::new(&r.created_at),
        Box::new(&r.updated_at),
        Box::new(&r.submitted_at),
        Box::new(&r.withdrawn_at),
        Box::new(r.receipt.as_ref().map(|v| v.to_string())),
        Box::new(r.submitted_content.as_ref().map(|v| v.to_string())),
    ]
}

pub fn insert_resource(conn: &Connection, r: &Resource) -> rusqlite::Result<()> {
    conn.execute(
        &format!("INSERT INTO resources ({RESOURCE_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
        rusqlite::params_from_iter(resource_values(r)),
    )?;
    Ok(())
}

/// Writes the mutable columns; kind, owner and created_at (?2, ?3, ?7) never change.
pub fn update_resource(conn: &Connection, r: &Resource) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE resources SET status = ?4, version = ?5, content = ?6, updated_at = ?8,
             submitted_at = ?9, withdrawn_at = ?10, receipt = ?11, submitted_content = ?12
         WHERE id = ?1",
        rusqlite::params_from_iter(resource_values(r)),
    )?;
    Ok(())
}

pub fn delete_resource(conn: &Connection, id: &str) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM resources WHERE id = ?1", params![id])?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub owner: String,
    pub filename: String,
    pub content_type: String,
    pub size: i64,
    pub sha256: String,
    pub document_type: String,
    pub remark: Option<String>,
    pub uploaded_at: String,
    pub stored_name: String,
}

impl Document {
    pub fn json(&self) -> Value {
        serde_json::json!({
            "id": self.id,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "document_type": self.document_type,
            "remark": self.remark,
            "uploaded_at": self.uploaded_at,
        })
    }
}

fn document_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: r.get(0)?,
        owner: r.get(1)?,
        filename: r.get(2)?,
        content_type: r.get(3)?,
        size: r.get(4)?,
        sha256: r.get(5)?,
        document_type: r.get(6)?,
        remark: r.get(7)?,
        uploaded_at: r.get(8)?,
        stored_name: r.get(9)?,
    })
}

const DOCUMENT_COLUMNS: &str =
    "id, owner, filename, content_type, size, sha256, document_type, remark, uploaded_at, stored_name";

pub fn documents(conn: &Connection, owner: &str) -> rusqlite::Result<Vec<Document>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {DOCUMENT_COLUMNS} FROM documents WHERE owner = ?1 ORDER BY uploaded_at DESC, id"
    ))?;
    let rows = stmt.query_map([owner], document_row)?;
    rows.collect()
}

pub fn document(conn: &Connection, owner: &str, id: &str) -> rusqlite::Result<Option<Document>> {
    conn.query_row(
        &format!("SELECT {DOCUMENT_COLUMNS} FROM documents WHERE owner = ?1 AND id = ?2"),
        params![owner, id],
        document_row,
    )
    .optional()
}

/// Who owns the document `id`, for any user (only a deliberately wrong server asks).
pub fn document_owner(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT owner FROM documents WHERE id = ?1", [id], |r| {
        r.get(0)
    })
    .optional()
}

pub fn insert_document(conn: &Connection, d: &Document) -> rusqlite::Result<()> {
    conn.execute(
        &format!("INSERT INTO documents ({DOCUMENT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        params![
            d.id,
            d.owner,
            d.filename,
            d.content_type,
            d.size,
            d.sha256,
            d.document_type,
            d.remark,
            d.uploaded_at,
            d.stored_name
        ],
    )?;
    Ok(())
}

/// The person's opaque subject: a random id made at the first login and kept, so it is the same
/// at every login and after a restart, and says nothing about the national id.
pub fn subject(conn: &Connection, national_id: &str) -> rusqlite::Result<String> {
    conn.execute(
        "INSERT OR IGNORE INTO subjects (national_id, subject) VALUES (?1, ?2)",
        params![national_id, random_hex(16)],
    )?;
    conn.query_row(
        "SELECT subject FROM subjects WHERE national_id = ?1",
        params![national_id],
        |r| r.get(0),
    )
}

/// A stored idempotent response: the owner's (any user's only for a deliberately wrong server).
pub fn idempotent(
    conn: &Connection,
    owner: Option<&str>,
    key: &str,
) -> rusqlite::Result<Option<(String, u16, String)>> {
    conn.query_row(
        "SELECT resource_id, status, body FROM idempotency
         WHERE (?1 IS NULL OR owner = ?1) AND key = ?2 LIMIT 1",
        params![owner, key],
        |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u16, r.get(2)?)),
    )
    .optional()
}

/// Stores a submitted resource and the 200 response under its Idempotency-Key in one
/// transaction: a crash in between must leave neither a submission without its key nor a key
/// without its submission.
pub fn record_submission(
    conn: &mut Connection,
    submitted: &Resource,
    key: &str,
    receipt: &str,
) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    update_resource(&tx, submitted)?;
    tx.execute(
        "INSERT INTO idempotency (owner, key, resource_id, status, body) VALUES (?1, ?2, ?3, 200, ?4)",
        params![submitted.owner, key, submitted.id, receipt],
    )?;
    tx.commit()
}
