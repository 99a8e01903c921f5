//! Which sections of a needs report the user has gone on from ("Save and continue" or "Save
//! and go back"), kept in the tab's session storage beside the report's working copy: a section
//! left with answers missing shows as having errors on the task list, also after a reload. The
//! server cannot tell that (it knows what is missing, not whether the user is still writing),
//! so this is the browser's, and, like the working copy, it goes when the tab closes or the user
//! logs out.

use crate::browser::tab_storage;
use crate::domain::needs_report::{left_from_text, left_to_text, Section};
use leptos::prelude::*;

/// Where the sections left are kept, per report: the prefix, then the report's id.
pub const LEFT_PREFIX: &str = "skoleleder.needs-left.";

fn key(id: &str) -> String {
    format!("{LEFT_PREFIX}{id}")
}

/// The sections of report `id` left so far, read from the tab and written back on each change.
pub fn left_sections(id: &str) -> RwSignal<Vec<Section>> {
    let key = key(id);
    let stored = tab_storage()
        .and_then(|s| s.get_item(&key).ok().flatten())
        .map(|text| left_from_text(&text))
        .unwrap_or_default();
    let left = RwSignal::new(stored);
    Effect::new(move |_| {
        let text = left.with(|l| left_to_text(l));
        if let Some(storage) = tab_storage() {
            let _ = storage.set_item(&key, &text);
        }
    });
    left
}
