//! The chosen interface language: a signal in context, remembered in `localStorage`, and
//! mirrored into `<html lang>` so screen readers pronounce the page right.
//!
//! A language is set only once its texts are here: in the split release build only bokmål's
//! come with the first load, and another language's are fetched (a wasm chunk each) when the
//! page first needs them (`i18n`'s module note).

use crate::browser::lasting_storage;
use crate::i18n::{has_texts, Key, Language};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;

const STORAGE_KEY: &str = "skoleleder.language";

/// Handle to the current language. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<Language>,
    /// Whether the user has chosen a language (now or on an earlier visit).
    chosen: RwSignal<bool>,
    /// The first of the browser's languages that the app has.
    browser: Option<Language>,
    /// The language last asked for: texts that arrive after another was asked for are only
    /// kept, not shown.
    wanted: StoredValue<Language>,
    /// A language whose texts could not be fetched, said beside the picker until the next try.
    not_loaded: RwSignal<Option<Language>>,
}

impl I18n {
    /// Creates the signal and keeps `<html lang>` in step with it. `wanted` counts only if its
    /// texts are here ([`after_initial_texts`]); otherwise the page starts in bokmål and says
    /// why beside the picker.
    pub fn new(wanted: Language) -> I18n {
        let missing = (!has_texts(wanted)).then_some(wanted);
        let initial = if missing.is_none() {
            wanted
        } else {
            Language::Nb
        };
        let language = RwSignal::new(initial);
        Effect::new(move |_| {
            let code = language.get().code();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", code);
            }
        });
        I18n {
            language,
            chosen: RwSignal::new(stored_language().is_some()),
            browser: browser_language(),
            wanted: StoredValue::new(initial),
            not_loaded: RwSignal::new(missing),
        }
    }

    pub fn language(self) -> Language {
        self.language.get()
    }

    /// The text for `key` in the current language (reactive when read inside a closure).
    pub fn t(self, key: Key) -> &'static str {
        key.text(self.language.get())
    }

    /// A closure that renders `key` and follows language changes.
    pub fn text(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    pub fn fill(self, key: Key, values: &[(&str, &str)]) -> String {
        key.fill(self.language.get(), values)
    }

    /// `named` with the person's `{name}`, or `nameless` when there is none (ID-porten gives
    /// no name, and a backend may not know it).
    pub fn about_person(self, named: Key, nameless: Key, name: &str) -> String {
        if name.is_empty() {
            self.t(nameless).to_owned()
        } else {
            self.fill(named, &[("name", name)])
        }
    }

    /// A choice made by the user: remembered for the next visit at once (a reload before the
    /// texts have come still honours it), and shown as soon as its texts are here.
    pub fn choose(self, language: Language) {
        if let Some(storage) = lasting_storage() {
            let _ = storage.set_item(STORAGE_KEY, language.code());
        }
        self.chosen.set(true);
        self.switch(language, true);
    }

    /// Applies the deployment's default unless the user has chosen a language.
    pub fn apply_default(self, default: Language) {
        if !self.chosen.get_untracked() {
            self.switch(default, false);
        }
    }

    /// The language whose texts could not be fetched on the last try (tracked).
    pub fn not_loaded(self) -> Option<Language> {
        self.not_loaded.get()
    }

    /// Shows `language` once its texts are here, unless another has been asked for since.
    /// `chosen_now`: the user asked for it, so a failure to fetch its texts is said.
    fn switch(self, language: Language, chosen_now: bool) {
        self.wanted.set_value(language);
        self.not_loaded.set(None);
        let show = move || {
            if self.wanted.get_value() == language {
                self.not_loaded.set(None);
                self.language.set(language);
            }
        };
        if has_texts(language) {
            return show();
        }
        leptos::task::spawn_local(async move {
            match load_texts(language).await {
                Ok(()) => show(),
                // Not if another try of the same language has brought its texts meanwhile.
                Err(_)
                    if chosen_now
                        && self.wanted.get_value() == language
                        && !has_texts(language) =>
                {
                    self.not_loaded.set(Some(language))
                }
                Err(_) => {}
            }
        });
    }

    /// Without a config there is no deployment default: the browser's language, unless the
    /// user has chosen one, is the best guess for explaining that.
    pub fn apply_browser_language(self) {
        if let Some(browser) = self.browser {
            self.apply_default(browser);
        }
    }

    /// The language to offer with one link: the browser's, when the app has it, the page is
    /// in another and the user has not chosen (tracked).
    pub fn offer(self) -> Option<Language> {
        self.browser
            .filter(|browser| !self.chosen.get() && *browser != self.language.get())
    }
}

/// Fetches `language`'s texts unless they are here already.
pub async fn load_texts(language: Language) -> Result<(), SplitLoaderError> {
    if has_texts(language) {
        return Ok(());
    }
    #[cfg(split_texts)]
    crate::i18n::install(
        language,
        match language {
            Language::Nn => nn_texts().await?,
            Language::En => en_texts().await?,
            Language::Sv => sv_texts().await?,
            Language::Nb => return Ok(()),
        },
    );
    Ok(())
}

// One chunk per language but bokmål, each holding nothing but that language's texts.
#[cfg(split_texts)]
#[leptos::wasm_split::wasm_split(texts_nn, wasm_split_path = ::leptos::wasm_split, fallible)]
fn nn_texts() -> Result<&'static str, SplitLoaderError> {
    Ok(crate::i18n::NN)
}

#[cfg(split_texts)]
#[leptos::wasm_split::wasm_split(texts_en, wasm_split_path = ::leptos::wasm_split, fallible)]
fn en_texts() -> Result<&'static str, SplitLoaderError> {
    Ok(crate::i18n::EN)
}

#[cfg(split_texts)]
#[leptos::wasm_split::wasm_split(texts_sv, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sv_texts() -> Result<&'static str, SplitLoaderError> {
    Ok(crate::i18n::SV)
}

/// Calls `start` once the texts of the language the page starts in are here: at once for
/// bokmål (and in every build that carries all four). If they cannot be fetched, the page
/// starts in bokmål ([`I18n::new`]).
pub fn after_initial_texts(start: impl FnOnce() + 'static) {
    let language = initial_language();
    if has_texts(language) {
        return start();
    }
    wasm_bindgen_futures::spawn_local(async move {
        let _ = load_texts(language).await;
        start();
    });
}

/// The language to start in: the user's earlier choice, else the language the page was built
/// in (the deployment's default, in `<html lang>`), never the browser's, which would flip to
/// the default once the config arrives.
pub fn initial_language() -> Language {
    stored_language()
        .or_else(|| {
            let root = document().document_element()?;
            Language::from_code(&root.get_attribute("lang")?)
        })
        .unwrap_or(Language::Nb)
}

fn browser_language() -> Option<Language> {
    let tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    crate::i18n::preferred_language(tags.iter().map(String::as_str))
}

/// The language remembered from an earlier visit, if any.
pub fn stored_language() -> Option<Language> {
    lasting_storage()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .as_deref()
        .and_then(Language::from_code)
}

/// The language context. Panics only if a component is mounted outside the app shell, which
/// is a programming error.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Whether the page shows an error summary; its title then starts with "Feil: ".
/// Provided once by the app; the error summary sets it.
#[derive(Clone, Copy)]
pub struct PageHasErrors(pub RwSignal<bool>);

/// Sets `document.title` to "page – product" ("Feil: page – product" while the page has
/// errors) and follows language changes. The one place the title is written.
pub fn use_page_title(page: Key) {
    let i18n = use_i18n();
    let has_errors = use_context::<PageHasErrors>();
    Effect::new(move |_| {
        let title = format!("{} – {}", i18n.t(page), i18n.t(Key::AppName));
        let title = match has_errors.is_some_and(|flag| flag.0.get()) {
            true => format!("{}: {title}", i18n.t(Key::ErrorTitlePrefix)),
            false => title,
        };
        document().set_title(&title);
    });
}

/// A polite announcement for screen readers. It is said in the language of the moment and not
/// kept: after a language switch nothing stays behind in the old language (a page loaded
/// fresh in the new one has nothing there either), and nothing is said again.
#[derive(Clone, Copy)]
pub struct Spoken {
    said: RwSignal<Option<(Language, String)>>,
    i18n: I18n,
}

impl Spoken {
    pub fn new(i18n: I18n) -> Spoken {
        Spoken {
            said: RwSignal::new(None),
            i18n,
        }
    }

    /// Says `text`, which the caller wrote in the current language.
    pub fn say(self, text: String) {
        let language = self.i18n.language.get_untracked();
        self.said.set(Some((language, text)));
    }

    /// The live region's text (tracked): what was said, while its language is showing.
    pub fn text(self) -> String {
        let language = self.i18n.language();
        self.said.with(|said| match said {
            Some((said_in, text)) if *said_in == language => text.clone(),
            _ => String::new(),
        })
    }
}
