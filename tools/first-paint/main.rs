//! Writes each route's first screen into a built `index.html`, so the page shows its header,
//! heading and static text before the wasm has loaded (issue 12, part 1).
//!
//!   first-paint DIST
//!
//! The texts come from the app's own `i18n` module (compiled in here by path), in the
//! `default_language` of `DIST/config.json`; the markup mirrors what the app's components render
//! for a logged-out visitor, so the app replaces it without a layout shift or a change of text
//! (`tests/e2e/first-paint.spec.mjs` holds it to that, route by route). Header, footer and each
//! route's main content are `<template>`s in `<head>`; a small inline script at the start of
//! `<body>` builds the screen for the address (also on a host that serves this file as
//! `404.html` for every path) in one go and, as the app would, offers the browser's language.
//! The app removes all of it when it mounts (`[data-first-paint]`).

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

    /// The logged-in part of `Header`'s user menu; the script puts the name in for `{name}`,
    /// or the words of `data-nameless` for a session without a name (ID-porten gives none).
    fn user(&self) -> String {
        format!(
            r#"<span class="ds-paragraph" data-size="sm" data-nameless="{}">{}</span><button type="button" class="ds-button" data-variant="secondary" data-size="sm">{}</button>"#,
            self.t(Key::LoggedInNameless),
            self.t(Key::LoggedInAs),
            self.t(Key::LogOut)
        )
    }

    /// `components::language_picker::LanguageOffer`, in the offered language.
    fn offer(&self) -> String {
        let code = self.language.code();
        format!(
            r#"<p class="ds-paragraph app-container app-language-offer" data-size="sm"><a class="ds-link" lang="{code}" hreflang="{code}">{}</a></p>"#,
            escape(self.language.offer_text())
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
            // The return from ID-porten, finishing the login.
            (
                "/logg-inn/*",
                self.heading(Key::LoginTitle) + &self.paragraph(Key::LoginReturning),
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

/// The split points (`src/app/flows.rs`) a deep link to a route loads before the app mounts:
/// the script preloads their files beside the main wasm (the map of files is written by
/// `tools/wasm-split`). The wizard comes with the Swedish texts (`src/app/flows.rs`).
const SPLITS: [(&str, &str); 7] = [
    (paths::LOGIN, "login"),
    ("/logg-inn/*", "login"),
    (paths::APPLICATIONS, "applications"),
    (paths::NEEDS_REPORT, "needs"),
    ("/behovsmelding/*", "needs"),
    ("/behovsmelding/*/*", "needs"),
    ("/soknader/*/*", "wizard texts_sv"),
];

/// Picks the route's template, the user menu of a logged-in user (the name from the session
/// the app keeps in `sessionStorage`, put in as text) and the offer, before the first paint;
/// preloads the chunks the route needs and the texts of the language the app will start in
/// (the remembered one, else the build's), each file once. Kept in step with
/// `i18n::preferred_language` and `state::language` (the e2e tests run both).
const SCRIPT: &str = r#"(function(){var d=document,T=function(n){return d.querySelector("template[data-"+n+"]").content.cloneNode(true)},b=new URL(d.baseURI).pathname,p=location.pathname,s=(p.indexOf(b)?"":p.slice(b.length)).split("/").filter(Boolean),h=T("header"),M=d.createElement("main"),m,o,c,u;M.className="app-main";M.setAttribute("data-first-paint","");d.querySelectorAll("template[data-route]").forEach(function(t){var r=t.getAttribute("data-route").split("/").filter(Boolean);if(!m&&r.length==s.length&&r.every(function(x,i){return x=="*"||x==s[i]}))m=t});m=m||d.querySelector("template[data-not-found]");try{c=localStorage.getItem("skoleleder.language");u=sessionStorage.getItem("skoleleder.session")}catch(e){}if(u){var n=T("user"),x=n.querySelector("span");try{var N=JSON.parse(u).name;x.textContent=N?x.textContent.replace("{name}",N):x.getAttribute("data-nameless")}catch(e){}h.querySelector(".app-user a").replaceWith(n)}if(u||!m.hasAttribute("data-logged-in"))M.append(m.content.cloneNode(true));(function(){var j=d.getElementById("split-files"),F=j?JSON.parse(j.textContent):{},S={};((m.getAttribute("data-split")||"")+" texts_"+(c||d.documentElement.lang)).split(" ").forEach(function(n){(F[n]||[]).forEach(function(f){if(S[f])return;S[f]=1;var l=d.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=f;d.head.append(l)})})})();(navigator.languages||[]).some(function(l){var q=l.split(/[-_]/)[0].toLowerCase();q=q=="no"?"nb":q;if(["nb","nn","en","sv"].indexOf(q)<0)return false;o=q;return true});if(!c&&o&&o!=d.documentElement.lang){var t=T('offer="'+o+'"');t.querySelector("a").href=p;h.querySelector("header").append(t)}d.body.append(h,M,T("footer"))})()"#;

/// The templates, for `<head>`, and the script that builds the first screen from them, for the
/// start of `<body>`: all in one go, so the first paint has all of it.
fn first_paint(language: Language, base: &str) -> (String, String) {
    let screen = Screen { language, base };
    let mut templates = String::new();
    let mut template = |attributes: &str, content: &str| {
        write!(
            templates,
            "<template data-first-paint {attributes}>{content}</template>"
        )
        .expect("writing to a String")
    };
    template("data-header", &screen.header());
    template("data-footer", &screen.footer());
    template("data-user", &screen.user());
    for (route, main) in screen.routes() {
        let split = SPLITS
            .iter()
            .find(|(of, _)| *of == route)
            .map(|(_, splits)| format!(r#" data-split="{splits}""#))
            .unwrap_or_default();
        match route {
            "" => template("data-not-found", &main),
            route if route.ends_with("/*") => template(
                &format!(r#"data-route="{route}" data-logged-in{split}"#),
                &main,
            ),
            route => template(&format!(r#"data-route="{route}"{split}"#), &main),
        }
    }
    for offered in Language::ALL.into_iter().filter(|&l| l != language) {
        let offer = Screen {
            language: offered,
            base,
        }
        .offer();
        template(&format!(r#"data-offer="{}""#, offered.code()), &offer);
    }
    (
        templates,
        format!("<script data-first-paint>{SCRIPT}</script>"),
    )
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
    let Some((head, body)) = html.split_once("</head>") else {
        fail("index.html has no </head>".to_owned())
    };
    let Some((between, body)) = body.split_once("<body>") else {
        fail("index.html has no <body>".to_owned())
    };
    let Some((before_lang, after_lang)) = head.split_once("<html lang=\"") else {
        fail("index.html has no <html lang=\"…\">".to_owned())
    };
    let after_lang = after_lang
        .split_once('"')
        .map_or(after_lang, |(_, rest)| rest);
    let (templates, script) = first_paint(language, &base);
    let written = format!(
        "{before_lang}<html lang=\"{}\"{after_lang}{templates}\n  </head>{between}<body>\n    {script}{body}",
        language.code(),
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
            let (html, script) = first_paint(language, "/soknad");
            assert!(script.starts_with("<script data-first-paint>"));
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
            assert_eq!(html.matches('{').count(), 1, "{html}");
            assert!(html.contains("{name}"));
            assert!(html.contains(r#"href="/soknad/soknader""#));
            assert!(html.contains(r#"<a href="/soknad/" class="app-header__name">"#));
            assert!(html.contains(r#"data-route="/logg-inn" data-split="login">"#));
            assert!(html.contains(
                r#"data-route="/soknader/*/*" data-logged-in data-split="wizard texts_sv">"#
            ));
        }
        assert_eq!(
            escape(r#"a "b" <c> & d"#),
            "a &quot;b&quot; &lt;c&gt; &amp; d"
        );
    }
}
