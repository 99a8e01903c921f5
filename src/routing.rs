//! Where the app lives on its host. The public URL is chosen at build time (Trunk writes it into
//! `<base href>`); these helpers turn it into the router's base and into asset URLs.

/// The app's own routes, relative to the router base.
pub mod paths {
    pub const HOME: &str = "/";
    pub const APPLY: &str = "/studier";
    pub const APPLICATIONS: &str = "/soknader";
    pub const NEEDS_REPORT: &str = "/behovsmelding";
    pub const ACCESSIBILITY: &str = "/tilgjengelighet";
    pub const PRIVACY: &str = "/personvern";
    pub const LOGIN: &str = "/logg-inn";

    /// The last page of a sent application or report (both flows use the word).
    pub const RECEIPT_SLUG: &str = "kvittering";

    /// The address of a step of application `id`.
    pub fn application_step(id: &str, slug: &str) -> String {
        format!("{APPLICATIONS}/{id}/{slug}")
    }
}

/// The path part of a public URL, without a trailing slash: `"/soknad/"` gives `"/soknad"`,
/// `"/"` gives `""` (the router's "no base"). An absolute URL keeps only its path.
pub fn router_base(public_url: &str) -> String {
    let path = match public_url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |slash| &rest[slash..]),
        None => public_url,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let trimmed = path.trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// The address of an app route under the router base. leptos_router leaves absolute paths
/// alone, so links must add the base themselves: `href("/soknad", "/studier")` is
/// `"/soknad/studier"`, and the home route keeps its trailing slash (`"/soknad/"`).
pub fn href(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

/// URL of a file deployed beside `index.html`, such as `config.json`.
pub fn asset_url(public_url: &str, file: &str) -> String {
    format!(
        "{}/{}",
        router_base(public_url),
        file.trim_start_matches('/')
    )
}

/// Only web addresses become links: a `javascript:` URL from a broken or hostile backend
/// must never reach an `href`. Browsers ignore leading spaces and control characters, so
/// they are ignored here too before the scheme is read.
pub fn web_link(url: &str) -> Option<&str> {
    let url = url.trim_start_matches(|c: char| c <= ' ');
    let scheme = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (scheme.starts_with("https://") || scheme.starts_with("http://")).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_from_public_url() {
        assert_eq!(router_base("/"), "");
        assert_eq!(router_base(""), "");
        assert_eq!(router_base("/soknad/"), "/soknad");
        assert_eq!(router_base("/soknad"), "/soknad");
        assert_eq!(router_base("soknad/"), "/soknad");
        assert_eq!(router_base("/a/b/"), "/a/b");
        assert_eq!(
            router_base("https://cdn.example.no/skole/app/"),
            "/skole/app"
        );
        assert_eq!(router_base("https://cdn.example.no"), "");
        assert_eq!(router_base("/soknad/?v=2"), "/soknad");
    }

    #[test]
    fn links_under_the_base() {
        assert_eq!(href("", paths::HOME), "/");
        assert_eq!(href("", paths::APPLY), "/studier");
        assert_eq!(href("/soknad", paths::HOME), "/soknad/");
        assert_eq!(
            href("/soknad", paths::ACCESSIBILITY),
            "/soknad/tilgjengelighet"
        );
        assert_eq!(
            href(&router_base("/a/b/"), paths::NEEDS_REPORT),
            "/a/b/behovsmelding"
        );
    }

    #[test]
    fn assets_beside_index() {
        assert_eq!(asset_url("/", "config.json"), "/config.json");
        assert_eq!(asset_url("/soknad/", "config.json"), "/soknad/config.json");
        assert_eq!(
            asset_url("/soknad", "/openapi.json"),
            "/soknad/openapi.json"
        );
    }

    #[test]
    fn route_paths_are_absolute_and_distinct() {
        let all = [
            paths::HOME,
            paths::APPLY,
            paths::NEEDS_REPORT,
            paths::ACCESSIBILITY,
            paths::PRIVACY,
            paths::LOGIN,
        ];
        for (i, path) in all.iter().enumerate() {
            assert!(path.starts_with('/'));
            assert!(!all[i + 1..].contains(path));
        }
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert_eq!(
            web_link("https://www.hvl.no/studier"),
            Some("https://www.hvl.no/studier")
        );
        assert_eq!(web_link("HTTP://example.org"), Some("HTTP://example.org"));
        assert_eq!(
            web_link("  https://example.org"),
            Some("https://example.org")
        );
        for hostile in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "\tjavascript:alert(1)",
            "data:text/html,x",
            "//evil.example",
            "/relative",
            "",
            "http:",
        ] {
            assert_eq!(web_link(hostile), None, "{hostile:?}");
        }
    }
}
