//! Writes each route's first screen into a built `index.html`, so the page shows its header,
//! heading and static text before the wasm has loaded (issue 12, part 1).
//!
//!   first-paint DIST
//!
//! The texts come from the app's own `i18n` module (compiled in here by path), in the
//! `default_language` of `DIST/config.json`; the markup mirrors what the app's components render
//! for a logged-out visitor, so the app replaces it without a layout shift or a change of text
//! (`tests/e2e/first-paint.spec.mjs` holds it to that, route by route). Each route's main
//! content is a `<template>`; a small inline script picks the one for the address (also on a
//! host that serves this file as `404.html` for every path) and, as the app would, offers the
//! browser's language. The app removes all of it when it mounts (`[data-first-paint]`).

#[allow(dead_code)]
#[path = "../../src/i18n/mod.rs"]
mod i18n;
#[allow(dead_code)]
#[path = "../../src/routing.rs"]
mod routing;

use i18n::{Key, Language};
use routing::paths;
use std::fmt::Write;

/// Escapes text for an element's content or a quoted attribute.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Renders the first screens in one language, for an app under `base` (the router base).
struct Screen<'a> {
    language: Language,
    base: &'a str,
}

impl Screen<'_> {
    fn t(&self, key: Key) -> String {
        escape(key.text(self.language))
    }

    fn link(&self, path: &str, class: &str, key: Key) -> String {
        let href = routing::href(self.base, path);
        format!(r#"<a href="{href}" class="{class}">{}</a>"#, self.t(key))
    }

    /// `components::page_heading::PageHeading`.
    fn heading(&self, key: Key) -> String {
        format!(
            r#"<h1 class="ds-heading" data-size="lg" tabindex="-1">{}</h1>"#,
            self.t(key)
        )
    }

    fn paragraph(&self, key: Key) -> String {
        format!(r#"<p class="ds-paragraph">{}</p>"#, self.t(key))
    }

    fn loading(&self) -> String {
        format!(
            r#"<p class="ds-paragraph" role="status">{}</p>"#,
            self.t(Key::Loading)
        )
    }

    /// `components::layout::Header` with `LanguagePicker`, logged out.
    fn header(&self) -> String {
        let buttons: String = Language::ALL
            .into_iter()
            .map(|language| {
                let chosen = language == self.language;
                format!(
                    r#"<li><button class="ds-button" type="button" data-variant="{}" data-size="sm" lang="{}" aria-pressed="{chosen}">{}</button></li>"#,
                    if chosen { "primary" } else { "tertiary" },
                    language.code(),
                    language.native_name(),
                )
            })
            .collect();
        format!(
            r#"<header class="app-header" data-first-paint><div class="app-container app-header__row">{}<div class="app-header__tools"><div class="app-user">{}<span class="ds-sr-only" role="status"></span></div><nav class="app-language" aria-labelledby="language-picker-label"><span class="ds-label" id="language-picker-label" data-weight="regular">{}</span><ul class="app-language__list" role="list">{buttons}</ul></nav></div></div></header>"#,
            self.link(paths::HOME, "app-header__name", Key::AppName),
            self.link(paths::LOGIN, "ds-link", Key::LoginTitle),
            self.t(Key::LanguageLabel),
        )
    }

    /// The logged-in part of `Header`'s user menu; the script puts the name in for `{name}`.
    fn user(&self) -> String {
        format!(
            r#"<span class="ds-paragraph" data-size="sm">{}</span><button type="button" class="ds-button" data-variant="secondary" data-size="sm">{}</button>"#,
            self.t(Key::LoggedInAs),
            self.t(Key::LogOut)
        )
    }

    /// `components::language_picker::LanguageOffer`, in the offered language.
    fn offer(&self) -> String {
        let code = self.language.code();
        format!(
            r#"<p class="ds-paragraph app-container app-language-offer" data-size="sm"><a class="ds-link" lang="{code}" hreflang="{code}">{}</a></p>"#,
            self.t(Key::LanguageOffer)
        )
    }

    /// `components::layout::Footer` before the config has named the support contact.
    fn footer(&self) -> String {
        format!(
            r#"<footer class="app-footer" data-first-paint><div class="app-container"><p class="ds-paragraph">{}</p><p class="ds-paragraph">{}</p></div></footer>"#,
            self.link(
                paths::ACCESSIBILITY,
                "ds-link",
                Key::FooterAccessibilityLink
            ),
            self.link(paths::PRIVACY, "ds-link", Key::PrivacyTitle),
        )
    }

    /// Each route's main content as the page first renders it: `(route pattern, html)`, where
    /// `*` stands for one path segment. The last entry, with no pattern, is the not-found page.
    /// A pattern ending in `/*` is a draft's page: shown only to a logged-in user (anyone else
    /// is sent to login, with an empty page until then).
    fn routes(&self) -> Vec<(&'static str, String)> {
        let way_in = |heading, body, link, path| {
            format!(
                r#"<li class="ds-card app-way-in"><h2 class="ds-heading" data-size="sm">{}</h2>{}{}</li>"#,
                self.t(heading),
                self.paragraph(body),
                self.link(path, "ds-link app-way-in__link", link),
            )
        };
        let section = |heading: Key, texts: &[Key]| {
            let mut html = format!(
                r#"<h2 class="ds-heading" data-size="sm">{}</h2>"#,
                self.t(heading)
            );
            for &key in texts {
                html.push_str(&self.paragraph(key));
            }
            html
        };
        let wrapped = |inner: String| format!(r#"<p class="ds-paragraph">{inner}</p>"#);
        vec![
            (
                paths::HOME,
                format!(
                    r#"{}<p class="ds-paragraph" data-size="lg">{}</p><ul class="app-ways-in" role="list">{}{}</ul>"#,
                    self.heading(Key::HomeHeading),
                    self.t(Key::HomeIntro),
                    way_in(
                        Key::ApplyHeading,
                        Key::ApplyBody,
                        Key::ApplyLink,
                        paths::APPLICATIONS
                    ),
                    way_in(
                        Key::NeedsHeading,
                        Key::NeedsBody,
                        Key::NeedsLink,
                        paths::NEEDS_REPORT
                    ),
                ),
            ),
            (
                paths::APPLY,
                format!(
                    r#"{}<div class="ds-alert" data-color="info">{}{}</div>{}"#,
                    self.heading(Key::CatalogueTitle),
                    self.paragraph(Key::CatalogueNotice),
                    wrapped(self.link(paths::APPLICATIONS, "ds-link", Key::MyApplicationsTitle)),
                    self.loading(),
                ),
            ),
            (
                paths::ACCESSIBILITY,
                [
                    self.heading(Key::AccessibilityTitle),
                    self.paragraph(Key::AccessibilityIntro),
                    self.paragraph(Key::AccessibilityTesting),
                    self.paragraph(Key::AccessibilityKnownGaps),
                ]
                .concat(),
            ),
            (
                paths::PRIVACY,
                [
                    self.heading(Key::PrivacyTitle),
                    self.paragraph(Key::PrivacyIntro),
                    section(
                        Key::PrivacyWhatHeading,
                        &[Key::PrivacyBrowser, Key::PrivacyServer],
                    ),
                    section(Key::PrivacyWhyHeading, &[Key::PrivacyWhy]),
                    section(Key::PrivacyHowLongHeading, &[Key::PrivacyHowLong]),
                    section(Key::PrivacyContactHeading, &[]),
                ]
                .concat(),
            ),
            (
                paths::LOGIN,
                self.heading(Key::LoginTitle)
                    + &wrapped(self.link(paths::PRIVACY, "ds-link", Key::PrivacyLink)),
            ),
            (paths::APPLICATIONS, self.heading(Key::MyApplicationsTitle)),
            (paths::NEEDS_REPORT, self.heading(Key::NeedsTitle)),
            // A draft's pages show "Loading" until the draft has come from the server.
            ("/soknader/*/*", self.loading()),
            ("/behovsmelding/*", self.loading()),
            ("/behovsmelding/*/*", self.loading()),
            (
                "",
                [
                    self.heading(Key::NotFoundTitle),
                    self.paragraph(Key::NotFoundBody),
                    wrapped(self.link(paths::HOME, "ds-link", Key::BackToHome)),
                ]
                .concat(),
            ),
        ]
    }
}

/// Picks the route's template, the user menu of a logged-in user (the name from the session
/// the app keeps in `sessionStorage`, put in as text) and the offer, before the first paint. Kept in step with
/// `i18n::preferred_language` and `state::language` (the e2e tests run both).
const SCRIPT: &str = r#"(function(){var d=document,b=new URL(d.baseURI).pathname,p=location.pathname,s=(p.indexOf(b)?"":p.slice(b.length)).split("/").filter(Boolean),m,o,c,u;d.querySelectorAll("template[data-route]").forEach(function(t){var r=t.getAttribute("data-route").split("/").filter(Boolean);if(!m&&r.length==s.length&&r.every(function(x,i){return x=="*"||x==s[i]}))m=t});m=m||d.querySelector("template[data-not-found]");try{c=localStorage.getItem("skoleleder.language");u=sessionStorage.getItem("skoleleder.session")}catch(e){}if(u){var n=d.querySelector("template[data-user]").content.cloneNode(true),x=n.querySelector("span");try{x.textContent=x.textContent.replace("{name}",JSON.parse(u).name)}catch(e){}d.querySelector("header[data-first-paint] .app-user a").replaceWith(n)}if(u||!m.hasAttribute("data-logged-in"))d.querySelector("main[data-first-paint]").append(m.content.cloneNode(true));(navigator.languages||[]).some(function(l){var q=l.split(/[-_]/)[0].toLowerCase();q=q=="no"?"nb":q;if(["nb","nn","en","sv"].indexOf(q)<0)return false;o=q;return true});if(!c&&o&&o!=d.documentElement.lang){var t=d.querySelector('template[data-offer="'+o+'"]').content.cloneNode(true);t.querySelector("a").href=p;d.querySelector("header[data-first-paint]").append(t)}})()"#;

/// Everything that goes at the start of `<body>`.
fn first_paint(language: Language, base: &str) -> String {
    let screen = Screen { language, base };
    let mut html = screen.header();
    html.push_str(r#"<main class="app-main" data-first-paint></main>"#);
    for (route, main) in screen.routes() {
        match route {
            "" => write!(html, "<template data-first-paint data-not-found>{main}</template>"),
            route if route.ends_with("/*") => write!(
                html,
                r#"<template data-first-paint data-route="{route}" data-logged-in>{main}</template>"#
            ),
            route => write!(
                html,
                r#"<template data-first-paint data-route="{route}">{main}</template>"#
            ),
        }
        .expect("writing to a String");
    }
    write!(
        html,
        "<template data-first-paint data-user>{}</template>",
        screen.user()
    )
    .expect("writing to a String");
    for offered in Language::ALL.into_iter().filter(|&l| l != language) {
        let offer = Screen {
            language: offered,
            base,
        }
        .offer();
        write!(
            html,
            r#"<template data-first-paint data-offer="{}">{offer}</template>"#,
            offered.code()
        )
        .expect("writing to a String");
    }
    write!(html, "<script data-first-paint>{SCRIPT}</script>").expect("writing to a String");
    html.push_str(&screen.footer());
    html
}

fn fail(message: String) -> ! {
    eprintln!("first-paint: {message}");
    std::process::exit(1);
}

fn main() {
    let dist = std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned());
    let dist = std::path::Path::new(&dist);
    let read = |file: &str| {
        std::fs::read_to_string(dist.join(file))
            .unwrap_or_else(|e| fail(format!("{}: {e}", dist.join(file).display())))
    };
    let config: serde_json::Value = serde_json::from_str(&read("config.json"))
        .unwrap_or_else(|e| fail(format!("config.json: {e}")));
    let language = config["default_language"]
        .as_str()
        .and_then(Language::from_code)
        .unwrap_or(Language::Nb);
    let html = read("index.html");
    let public_url = html
        .split_once("<base href=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or("/", |(href, _)| href);
    let base = routing::router_base(public_url);
    let Some((head, body)) = html.split_once("<body>") else {
        fail("index.html has no <body>".to_owned())
    };
    let Some((before_lang, after_lang)) = head.split_once("<html lang=\"") else {
        fail("index.html has no <html lang=\"…\">".to_owned())
    };
    let after_lang = after_lang
        .split_once('"')
        .map_or(after_lang, |(_, rest)| rest);
    let written = format!(
        "{before_lang}<html lang=\"{}\"{after_lang}<body>\n    {}{body}",
        language.code(),
        first_paint(language, &base)
    );
    std::fs::write(dist.join("index.html"), written)
        .unwrap_or_else(|e| fail(format!("index.html: {e}")));
    println!(
        "first-paint: {} routes in {} written into index.html",
        Screen {
            language,
            base: &base
        }
        .routes()
        .len(),
        language.code()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_the_apps_own_escaped_and_complete() {
        for language in Language::ALL {
            let html = first_paint(language, "/soknad");
            for key in [
                Key::AppName,
                Key::HomeHeading,
                Key::CatalogueTitle,
                Key::LoginTitle,
                Key::NotFoundTitle,
            ] {
                assert!(html.contains(&escape(key.text(language))), "{key:?}");
            }
            // No placeholder left unfilled but the user's name, which the script fills in.
            let (screens, _script) = html.split_once("<script").expect("the script");
            assert_eq!(screens.matches('{').count(), 1, "{screens}");
            assert!(screens.contains("{name}"));
            assert!(html.contains(r#"href="/soknad/soknader""#));
            assert!(html.contains(r#"<a href="/soknad/" class="app-header__name">"#));
        }
        assert_eq!(
            escape(r#"a "b" <c> & d"#),
            "a &quot;b&quot; &lt;c&gt; &amp; d"
        );
    }
}
