//! The app's modules import in one direction only, top to bottom:
//!
//! ```text
//! app → pages → components → state → api → config → routing, i18n, domain
//! ```
//!
//! A module may use its own submodules and any module on a floor below its own, never one on
//! its own floor or above; the bottom floor imports nothing of the app. On top of that,
//! components render and raise events: they may use `api`'s types, but never call one of its
//! functions (only `state` and `pages` talk to the backend). A page never imports another page
//! (each flow must load on its own: what two pages share lives in `components` or `state`, or
//! in `pages/mod.rs` itself). The browser's storage, clock and focus are reached through
//! `browser` alone (one small module, not `web_sys` calls spread over pages). Test modules
//! (`#[cfg(test)]`) may import anything. This test reads the sources and names file and line
//! of every breach.

use std::path::{Path, PathBuf};

/// Top floor first. Each inner list is one floor.
const FLOORS: &[&[&str]] = &[
    &["app"],
    &["pages"],
    &["components"],
    &["state"],
    &["api"],
    &["config"],
    &["routing", "i18n", "domain", "browser"],
];

/// `api`'s submodules: a path through one of these names a type, not a function.
const API_SUBMODULES: &[&str] = &["client", "problem", "types"];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|floor| floor.contains(&module))
}

#[derive(Debug, PartialEq)]
struct Breach {
    file: String,
    line: usize,
    message: String,
}

/// The source with comments, string and char literals blanked out (newlines kept, so line
/// numbers stay right), and `#[cfg(test)]` items removed.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    // Keeps newlines of skipped text so that line numbers do not move.
    let blank = |out: &mut String, skipped: &[char]| {
        out.extend(skipped.iter().filter(|c| **c == '\n'));
    };
    while i < chars.len() {
        let rest = &chars[i..];
        let starts = |s: &str| rest.iter().take(s.len()).copied().eq(s.chars());
        if starts("//") {
            let end = rest.iter().position(|c| *c == '\n').unwrap_or(rest.len());
            i += end;
        } else if starts("/*") {
            let mut depth = 0;
            let mut j = 0;
            while j < rest.len() {
                if rest[j..].starts_with(&['/', '*']) {
                    depth += 1;
                    j += 2;
                } else if rest[j..].starts_with(&['*', '/']) {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, &rest[..j.min(rest.len())]);
            i += j;
        } else if let Some(hashes) = raw_string_start(rest) {
            let open = 2 + hashes + usize::from(rest[0] == 'b');
            let close: Vec<char> = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            let end = (open..rest.len())
                .find(|j| rest[*j..].starts_with(&close))
                .map_or(rest.len(), |j| j + close.len());
            blank(&mut out, &rest[..end]);
            out.push_str("\"\"");
            i += end;
        } else if rest[0] == '"' || starts("b\"") {
            let mut j = if rest[0] == 'b' { 2 } else { 1 };
            while j < rest.len() && rest[j] != '"' {
                j += if rest[j] == '\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(rest.len());
            blank(&mut out, &rest[..end]);
            out.push_str("\"\"");
            i += end;
        } else if rest[0] == '\'' {
            // A char literal ('x', '\n', '\u{..}'), or else a lifetime ('a), kept as is.
            let end = if rest.get(1) == Some(&'\\') {
                rest.iter().skip(2).position(|c| *c == '\'').map(|p| p + 3)
            } else if rest.get(2) == Some(&'\'') {
                Some(3)
            } else {
                None
            };
            match end {
                Some(end) => {
                    out.push_str("' '");
                    i += end;
                }
                None => {
                    out.push('\'');
                    i += 1;
                }
            }
        } else {
            out.push(rest[0]);
            i += 1;
        }
    }
    without_test_items(&out)
}

/// `r"`, `r#"`, `br"`...: the number of `#`s, if a raw string starts here.
fn raw_string_start(rest: &[char]) -> Option<usize> {
    let after_prefix = match rest {
        ['r', ..] => &rest[1..],
        ['b', 'r', ..] => &rest[2..],
        _ => return None,
    };
    let hashes = after_prefix.iter().take_while(|c| **c == '#').count();
    (after_prefix.get(hashes) == Some(&'"')).then_some(hashes)
}

/// Removes each item marked `#[cfg(test)]` (up to its closing brace or semicolon).
fn without_test_items(code: &str) -> String {
    let mut out = code.to_owned();
    while let Some(start) = out.find("#[cfg(test)]") {
        let after = start + "#[cfg(test)]".len();
        let body_start = out[after..].find(['{', ';']).map(|p| after + p);
        let end = match body_start {
            Some(open) if out.as_bytes()[open] == b'{' => {
                let mut depth = 0;
                let mut end = out.len();
                for (offset, c) in out[open..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = open + offset + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            Some(semicolon) => semicolon + 1,
            None => out.len(),
        };
        let newlines = out[start..end].matches('\n').count();
        out.replace_range(start..end, &"\n".repeat(newlines));
    }
    out
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path through the crate root: `crate::a::b`, `crate::{a, b::c}`, and `super::x` from a
/// top-level file. Each comes with its line and its segments after `crate`.
fn crate_paths(code: &str, top_level_file: bool) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut roots = vec!["crate::"];
    if top_level_file {
        roots.push("super::");
    }
    for root in roots {
        let mut from = 0;
        while let Some(pos) = code[from..].find(root).map(|p| from + p) {
            from = pos + root.len();
            let preceded_by_ident = code[..pos].chars().next_back().is_some_and(is_ident_char);
            if preceded_by_ident {
                continue;
            }
            let line = code[..pos].matches('\n').count() + 1;
            for path in expand(&code[from..]) {
                found.push((line, path));
            }
        }
    }
    found
}

/// The paths a `use` tree (or an inline path) starting at `text` names, as segments.
fn expand(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start();
    if let Some(group) = text.strip_prefix('{') {
        let mut depth = 0;
        let mut items = Vec::new();
        let mut start = 0;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    items.push(&group[start..i]);
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    items.push(&group[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return items
            .into_iter()
            .filter(|item| !item.trim().is_empty())
            .flat_map(expand)
            .collect();
    }
    let ident: String = text.chars().take_while(|c| is_ident_char(*c)).collect();
    if ident.is_empty() {
        return vec![Vec::new()];
    }
    let rest = text[ident.len()..].trim_start();
    match rest.strip_prefix("::") {
        Some(more) => expand(more)
            .into_iter()
            .map(|mut tail| {
                tail.insert(0, ident.clone());
                tail
            })
            .collect(),
        None => vec![vec![ident]],
    }
}

/// The breaches of the rule in one file of module `module`.
fn check_file(file: &str, module: &str, source: &str, top_level_file: bool) -> Vec<Breach> {
    let code = code_only(source);
    let Some(own_floor) = floor_of(module) else {
        return vec![Breach {
            file: file.to_owned(),
            line: 1,
            message: format!("module `{module}` is on no floor: add it to FLOORS"),
        }];
    };
    let mut breaches = Vec::new();
    for (line, path) in crate_paths(&code, top_level_file) {
        let Some(target) = path.first() else { continue };
        if target == module {
            continue;
        }
        let Some(target_floor) = floor_of(target) else {
            continue;
        };
        if target_floor <= own_floor {
            breaches.push(Breach {
                file: file.to_owned(),
                line,
                message: format!(
                    "`{module}` may not import `crate::{}`: `{target}` is {} (the order is {})",
                    path.join("::"),
                    if target_floor == own_floor {
                        "on its own floor"
                    } else {
                        "on a floor above"
                    },
                    order()
                ),
            });
        }
    }
    if module == "pages" {
        breaches.extend(other_pages(file, &code));
    }
    if module != "browser" {
        breaches.extend(browser_calls(file, &code));
    }
    if module == "components" {
        breaches.extend(api_calls(&code).into_iter().map(|(line, function)| Breach {
            file: file.to_owned(),
            line,
            message: format!(
                "a component calls `api::{function}`: components get data and callbacks; \
                 only `state` or a page calls `api`"
            ),
        }));
    }
    breaches
}

/// What only `browser` may call: storage, the clock, focus.
const BROWSER_ONLY: &[&str] = &[
    "session_storage()",
    "local_storage()",
    "Date::now",
    "Date::new_0",
    ".focus()",
];

fn browser_calls(file: &str, code: &str) -> Vec<Breach> {
    let mut breaches = Vec::new();
    for (index, text) in code.lines().enumerate() {
        for call in BROWSER_ONLY.iter().filter(|call| text.contains(*call)) {
            breaches.push(Breach {
                file: file.to_owned(),
                line: index + 1,
                message: format!("`{call}` outside `browser`: storage, clock and focus go through `crate::browser`"),
            });
        }
    }
    breaches
}

/// The page a file under `src/pages/` belongs to: `wizard` for `src/pages/wizard/check.rs`,
/// `catalogue` for `src/pages/catalogue.rs`; `None` for `src/pages/mod.rs` (shared by all).
fn page_of(file: &str) -> Option<&str> {
    let rest = file.split("pages/").nth(1)?;
    let page = rest.split('/').next()?.trim_end_matches(".rs");
    (page != "mod").then_some(page)
}

/// Each path from a page into another page's module: `crate::pages::other::…`, or the same
/// through `super` (`super::other::…` from `pages/x.rs`, `super::super::other::…` below).
/// An item of `pages/mod.rs` itself (`crate::pages::draft_pages`) is shared and allowed.
fn other_pages(file: &str, code: &str) -> Vec<Breach> {
    let Some(own) = page_of(file) else {
        return Vec::new();
    };
    let nested = file
        .split("pages/")
        .nth(1)
        .is_some_and(|rest| rest.contains('/'));
    let through_super = if nested { "super::super::" } else { "super::" };
    let mut breaches = Vec::new();
    for root in ["crate::pages::", through_super] {
        let mut from = 0;
        while let Some(pos) = code[from..].find(root).map(|p| from + p) {
            from = pos + root.len();
            if code[..pos].chars().next_back().is_some_and(is_ident_char) {
                continue;
            }
            // `super::super::` also contains `super::`: only the longest root counts.
            if root == "super::" && code[from..].starts_with("super::") {
                continue;
            }
            let line = code[..pos].matches('\n').count() + 1;
            for path in expand(&code[from..]) {
                let (Some(page), true) = (path.first(), path.len() > 1) else {
                    continue;
                };
                if page != own && page != "self" {
                    breaches.push(Breach {
                        file: file.to_owned(),
                        line,
                        message: format!(
                            "page `{own}` may not import `{root}{}` from page `{page}`: \
                             move what both need to `components` or `state`",
                            path.join("::")
                        ),
                    });
                }
            }
        }
    }
    breaches
}

fn order() -> String {
    FLOORS
        .iter()
        .map(|floor| floor.join(", "))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Each `api::function` named in the code (a lowercase segment that is not a submodule),
/// however `api` was brought into scope.
fn api_calls(code: &str) -> Vec<(usize, String)> {
    let mut calls = Vec::new();
    let mut from = 0;
    while let Some(pos) = code[from..].find("api::").map(|p| from + p) {
        from = pos + "api::".len();
        if code[..pos].chars().next_back().is_some_and(is_ident_char) {
            continue;
        }
        let line = code[..pos].matches('\n').count() + 1;
        for path in expand(&code[from..]) {
            let Some(first) = path.first() else { continue };
            let function = match API_SUBMODULES.contains(&first.as_str()) {
                true => path
                    .get(1)
                    .filter(|_| first == "client" || first == "problem"),
                false => Some(first),
            };
            if let Some(function) = function {
                let lowercase = function.starts_with(|c: char| c.is_ascii_lowercase());
                if lowercase && function != "self" && !API_SUBMODULES.contains(&function.as_str()) {
                    calls.push((line, path.join("::")));
                }
            }
        }
    }
    calls
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn imports_go_one_way() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut breaches = Vec::new();
    let mut checked = 0;
    for path in &files {
        let relative = path.strip_prefix(&src).unwrap();
        let first = relative.components().next().unwrap().as_os_str();
        let first = first.to_string_lossy();
        let module = first.trim_end_matches(".rs");
        // The crate root and the binary declare and mount modules; they are not floors.
        if module == "lib" || module == "main" {
            continue;
        }
        let source = std::fs::read_to_string(path).unwrap();
        let display = format!("src/{}", relative.display());
        let top_level_file = relative.components().count() == 1;
        breaches.extend(check_file(&display, module, &source, top_level_file));
        checked += 1;
    }
    assert!(
        checked > 20,
        "only {checked} files found under {}",
        src.display()
    );
    let report: Vec<String> = breaches
        .iter()
        .map(|b| format!("{}:{}: {}", b.file, b.line, b.message))
        .collect();
    assert!(
        report.is_empty(),
        "imports against the direction:\n{}",
        report.join("\n")
    );
}

// The checker itself, on sources written to break each rule.

fn breaches_in(module: &str, source: &str) -> Vec<String> {
    check_file("x.rs", module, source, false)
        .into_iter()
        .map(|b| format!("{}: {}", b.line, b.message))
        .collect()
}

#[test]
fn an_import_from_above_is_named_with_its_line() {
    let found = breaches_in(
        "components",
        "use leptos::prelude::*;\nuse crate::app::RouterBase;\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("2: `components` may not import `crate::app::RouterBase`"));
}

#[test]
fn grouped_and_inline_paths_count_too() {
    let grouped = breaches_in("state", "use crate::{api::Api, pages::home::Home};");
    assert_eq!(grouped.len(), 1, "{grouped:?}");
    assert!(grouped[0].contains("crate::pages::home::Home"));
    let inline = breaches_in("api", "fn f() { crate::state::session::use_session(); }");
    assert_eq!(inline.len(), 1, "{inline:?}");
    let nested = breaches_in(
        "pages",
        "use crate::{state::{config::X, language::Y}, app::Z};",
    );
    assert_eq!(nested.len(), 1, "{nested:?}");
    assert!(nested[0].contains("crate::app::Z"));
}

#[test]
fn the_bottom_floor_imports_nothing_of_the_app() {
    assert_eq!(breaches_in("domain", "use crate::i18n::Language;").len(), 1);
    assert_eq!(breaches_in("routing", "use crate::domain::email;").len(), 1);
    assert!(breaches_in("domain", "use crate::domain::email;").is_empty());
    assert!(breaches_in(
        "config",
        "use crate::domain::email;\nuse crate::i18n::Language;"
    )
    .is_empty());
}

#[test]
fn downward_imports_are_fine() {
    let source = "use crate::state::session::use_session;\nuse crate::api::{self, ApiError};\nuse crate::components::link::Link;\nfn f() { api::catalogue(); }";
    assert!(breaches_in("pages", source).is_empty());
}

#[test]
fn components_may_use_api_types_but_not_call_it() {
    assert!(breaches_in(
        "components",
        "use crate::api::{ApiError, Incompatibility};\nuse crate::api::types::User;"
    )
    .is_empty());
    let call = breaches_in(
        "components",
        "use crate::api;\nfn f() { let _ = api::log_out(&x); }",
    );
    assert_eq!(call.len(), 1, "{call:?}");
    assert!(call[0].starts_with("2: a component calls `api::log_out`"));
    assert_eq!(
        breaches_in("components", "use crate::api::{meta, Api};").len(),
        1
    );
    assert_eq!(
        breaches_in("components", "fn f() { crate::api::client::send(); }").len(),
        1
    );
}

#[test]
fn tests_comments_and_strings_are_not_imports() {
    let source = r##"
        // use crate::app::X;
        /* use crate::pages::Y; /* nested */ crate::app::Z */
        const A: &str = "crate::app::App";
        const B: &str = r#"crate::pages::x"#;
        const C: char = '"';
        fn f<'a>(x: &'a str) {}
        #[cfg(test)]
        mod tests {
            use crate::app::App;
            fn g() { if true { crate::pages::home::Home; } }
        }
        use crate::app::Late;
    "##;
    let found = breaches_in("components", source);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("13: `components` may not import `crate::app::Late`"));
}

#[test]
fn super_in_a_top_level_file_is_the_crate_root() {
    let found = check_file("src/config.rs", "config", "use super::api::Api;", true);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(check_file(
        "src/pages/wizard/x.rs",
        "pages",
        "use super::choose::Choose;",
        false
    )
    .is_empty());
}

#[test]
fn storage_clock_and_focus_only_through_browser() {
    let found = breaches_in(
        "components",
        "fn f(e: &HtmlElement) {\n    let _ = e.focus();\n    let t = js_sys::Date::now();\n}\nfn g() { window().session_storage(); }",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(
        found[0].starts_with("2: `.focus()` outside `browser`"),
        "{found:?}"
    );
    assert!(found[1].starts_with("3: `Date::now`"), "{found:?}");
    assert!(found[2].starts_with("5: `session_storage()`"), "{found:?}");
    // `browser` itself, comments and strings are fine.
    assert!(breaches_in("browser", "fn f(e: &HtmlElement) { let _ = e.focus(); }").is_empty());
    assert!(breaches_in("state", "// e.focus()\nfn f() { let s = \"Date::now\"; }").is_empty());
}

#[test]
fn a_page_never_imports_another_page() {
    let check = |file: &str, source: &str| check_file(file, "pages", source, false);
    let across = check(
        "src/pages/needs/mod.rs",
        "use crate::pages::wizard::SyncLine;\nfn f() { crate::pages::catalogue::browser_now(); }",
    );
    assert_eq!(across.len(), 2, "{across:?}");
    assert!(across[0]
        .message
        .contains("page `needs` may not import `crate::pages::wizard::SyncLine`"));
    assert_eq!(across[1].line, 2);
    let through_super = check(
        "src/pages/applications.rs",
        "use super::wizard::{step_path, RECEIPT_SLUG};",
    );
    assert_eq!(through_super.len(), 2, "{through_super:?}");
    let nested = check(
        "src/pages/wizard/check.rs",
        "use super::super::needs::NrData;",
    );
    assert_eq!(nested.len(), 1, "{nested:?}");
    // Its own page, its own submodules and what `pages/mod.rs` shares are fine.
    assert!(check("src/pages/wizard/check.rs", "use super::{answers, WizardData};\nuse crate::pages::wizard::Step;\nfn f() { crate::pages::draft_pages(); }").is_empty());
    assert!(check("src/pages/mod.rs", "pub mod wizard;\nuse crate::api::Api;").is_empty());
}
