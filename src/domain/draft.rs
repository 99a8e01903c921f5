//! A draft kept in two places, the browser (at once, on every change) and the server (on
//! continue): which copy wins when the user comes back.

/// The browser's copy: what the user typed, and the server version it was based on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalCopy<T> {
    pub base_etag: String,
    pub content: T,
    /// Whether it held typing the server had not taken when it was last written. A copy the
    /// server had all of is nothing to keep, even when the server has moved on since.
    pub unsent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution<T> {
    /// Nothing unsaved here: show the server's version.
    Server,
    /// Changes typed here on top of the server's current version (a reload before they were
    /// sent): keep them, and send them with the next save.
    Local(T),
    /// Changes typed here, but the server's version has moved on (another tab or device saved
    /// meanwhile). Neither may silently win: the user chooses.
    Conflict { local: T },
}

pub fn reconcile<T: PartialEq>(
    local: Option<LocalCopy<T>>,
    server_etag: &str,
    server_content: &T,
) -> Resolution<T> {
    match local {
        None => Resolution::Server,
        Some(copy) if copy.content == *server_content || !copy.unsent => Resolution::Server,
        Some(copy) if copy.base_etag == server_etag => Resolution::Local(copy.content),
        Some(copy) => Resolution::Conflict {
            local: copy.content,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(etag: &str, content: &str) -> Option<LocalCopy<String>> {
        Some(LocalCopy {
            base_etag: etag.into(),
            content: content.into(),
            unsent: true,
        })
    }

    #[test]
    fn no_local_copy_shows_the_server() {
        assert_eq!(
            reconcile(None, "\"1\"", &"a".to_owned()),
            Resolution::Server
        );
    }

    #[test]
    fn a_copy_equal_to_the_server_is_nothing_to_keep() {
        let server = "same".to_owned();
        assert_eq!(
            reconcile(copy("\"1\"", "same"), "\"2\"", &server),
            Resolution::Server
        );
    }

    #[test]
    fn a_copy_the_server_had_gives_way_to_a_newer_version() {
        // Saved here, then changed in another tab or on another device: no conflict to choose.
        let saved = LocalCopy {
            unsent: false,
            ..copy("\"1\"", "saved here").unwrap()
        };
        let server = "changed elsewhere".to_owned();
        assert_eq!(reconcile(Some(saved), "\"2\"", &server), Resolution::Server);
    }

    #[test]
    fn unsaved_changes_on_the_current_version_are_kept() {
        let server = "old".to_owned();
        assert_eq!(
            reconcile(copy("\"1\"", "typed"), "\"1\"", &server),
            Resolution::Local("typed".to_owned())
        );
    }

    #[test]
    fn changes_on_an_older_version_are_a_conflict_never_a_loss() {
        let server = "saved elsewhere".to_owned();
        assert_eq!(
            reconcile(copy("\"1\"", "typed"), "\"2\"", &server),
            Resolution::Conflict {
                local: "typed".to_owned()
            }
        );
    }
}
