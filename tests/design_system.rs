//! The app bundles only some Designsystemet components (scripts/design-css.mjs). A class from a
//! component left out would silently render unstyled, so every `ds-*` class used in `src/`
//! must belong to a bundled component (or to the base layer).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// Classes defined by the design system's base layer, always bundled.
const BASE_CLASSES: [&str; 1] = ["ds-sr-only"];

fn bundled_components() -> BTreeSet<String> {
    let script = fs::read_to_string("scripts/design-css.mjs").unwrap();
    let list = script
        .split("const COMPONENTS = [")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("COMPONENTS list");
    list.split(',')
        .map(|item| item.trim().trim_matches('\'').to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

fn used_classes(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            used_classes(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            for (start, _) in text.match_indices("ds-") {
                let preceded_by_word = text[..start]
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_alphanumeric() || c == '-');
                let name: String = text[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                    .collect();
                if !preceded_by_word && name.len() > 3 {
                    found.insert(name);
                }
            }
        }
    }
}

#[test]
fn every_design_system_class_used_is_bundled() {
    let components = bundled_components();
    assert!(
        components.contains("button") && components.contains("error-summary"),
        "{components:?}"
    );
    let mut used = BTreeSet::new();
    used_classes(Path::new("src"), &mut used);
    assert!(used.contains("ds-button"), "the scan found {used:?}");
    let missing: Vec<&String> = used
        .iter()
        .filter(|class| !BASE_CLASSES.contains(&class.as_str()))
        .filter(|class| {
            !components.iter().any(|component| {
                class.as_str() == format!("ds-{component}")
                    || class.starts_with(&format!("ds-{component}__"))
            })
        })
        .collect();
    assert!(
        missing.is_empty(),
        "used in src/ but not bundled by scripts/design-css.mjs: {missing:?}"
    );
}
