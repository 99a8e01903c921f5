//! The backend's sources stay small enough to read: every file under `src/` holds one resource
//! or concern and is at most [`MAX_LINES`] lines long. A file that grows past that is named
//! with its length, so that it can be split where its concerns part.

use std::path::{Path, PathBuf};

/// The most lines a source file under `tests/server/src` may have.
const MAX_LINES: usize = 800;

/// Every file under `dir`, in sorted order.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = vec![];
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// The files (with their line counts) that are longer than `max` lines.
fn too_long(files: &[(String, String)], max: usize) -> Vec<String> {
    files
        .iter()
        .filter_map(|(name, text)| {
            let lines = text.lines().count();
            (lines > max).then(|| format!("{name} has {lines} lines (at most {max})"))
        })
        .collect()
}

#[test]
fn every_source_file_is_at_most_800_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files: Vec<(String, String)> = files_under(&root.join("src"))
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            (format!("tests/server/{name}"), text)
        })
        .collect();
    assert!(
        files.iter().any(|(name, _)| name.ends_with("src/lib.rs")),
        "no sources found under {}",
        root.join("src").display()
    );
    let breaches = too_long(&files, MAX_LINES);
    assert!(
        breaches.is_empty(),
        "split these files where their concerns part:\n{}",
        breaches.join("\n")
    );
}

#[test]
fn a_file_one_line_too_long_is_named() {
    let at_limit = "x\n".repeat(MAX_LINES);
    let over = "x\n".repeat(MAX_LINES + 1);
    let files = vec![
        ("src/fits.rs".to_string(), at_limit),
        ("src/grows.rs".to_string(), over),
    ];
    assert_eq!(
        too_long(&files, MAX_LINES),
        vec!["src/grows.rs has 801 lines (at most 800)".to_string()]
    );
}
