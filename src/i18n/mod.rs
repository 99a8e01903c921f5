//! Translations for nb (default), nn, en and sv.
//!
//! Every string lives in `texts.rs` inside one `translations!` invocation. The macro demands all
//! four languages for every key, so a missing translation is a compile error, not a blank label.
//!
//! The release build made by `tools/wasm-split` (`cfg(split_texts)`) carries only bokmål's texts
//! in the first load; another language's come as a wasm chunk of their own, installed here
//! ([`install`]) before the page shows that language (`state::language`). Every other build
//! (native, the browser tests) has all four compiled in.

mod texts;

pub use texts::Key;
#[cfg(split_texts)]
pub use texts::{EN, NN, SV};

use std::sync::OnceLock;

/// Ends each text in a language's string of texts (`texts.rs`); no text contains it.
const SEPARATOR: char = '\u{1f}';

/// Each language's texts, split into one entry per `Key` the first time they are needed.
static TABLES: [OnceLock<Vec<&'static str>>; 4] = [const { OnceLock::new() }; 4];

/// A language's string of texts, if this build carries it (see the module's note).
fn compiled_in(language: Language) -> Option<&'static str> {
    match language {
        Language::Nb => Some(texts::NB),
        #[cfg(not(split_texts))]
        Language::Nn => Some(texts::NN),
        #[cfg(not(split_texts))]
        Language::En => Some(texts::EN),
        #[cfg(not(split_texts))]
        Language::Sv => Some(texts::SV),
        #[cfg(split_texts)]
        _ => None,
    }
}

fn split(texts: &'static str) -> Vec<&'static str> {
    let mut entries: Vec<&'static str> = texts.split(SEPARATOR).collect();
    // The string ends with a separator: the last piece is empty.
    entries.pop();
    entries
}

/// The language's texts, if they are here (compiled in or installed).
fn table(language: Language) -> Option<&'static [&'static str]> {
    let slot = &TABLES[language as usize];
    if let Some(table) = slot.get() {
        return Some(table);
    }
    let texts = compiled_in(language)?;
    Some(slot.get_or_init(|| split(texts)))
}

/// Whether `language`'s texts are here, so the page may show that language.
pub fn has_texts(language: Language) -> bool {
    table(language).is_some()
}

/// Takes in a language's string of texts, fetched as its own chunk.
pub fn install(language: Language, texts: &'static str) {
    let _ = TABLES[language as usize].set(split(texts));
}

/// The languages the interface is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    Nb,
    Nn,
    En,
    Sv,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Nb, Language::Nn, Language::En, Language::Sv];

    /// BCP 47 tag, as used in `<html lang>`, storage and the runtime config.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::En => "en",
            Language::Sv => "sv",
        }
    }

    /// Exact code as written by `code()`.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// ID-porten's `ui_locales` for this language. Swedish goes as English: ID-porten's `se` is
    /// Northern Sami, and it has no Swedish.
    pub fn id_porten_locale(self) -> &'static str {
        match self {
            Language::Nb => "nb",
            Language::Nn => "nn",
            Language::En | Language::Sv => "en",
        }
    }

    /// "This service is also in …", in this language: the offer of a language the page is not
    /// showing (whose other texts may not have been fetched), so it lives here, not in `texts.rs`.
    pub fn offer_text(self) -> &'static str {
        match self {
            Language::Nb => "Denne tjenesten finnes også på bokmål",
            Language::Nn => "Denne tenesta finst også på nynorsk",
            Language::En => "This service is also in English",
            Language::Sv => "Den här tjänsten finns också på svenska",
        }
    }

    /// The language's own name, so a reader finds it whatever language is showing.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::Nb => "Bokmål",
            Language::Nn => "Nynorsk",
            Language::En => "English",
            Language::Sv => "Svenska",
        }
    }
}

/// The first of the browser's preferred languages (BCP 47 tags, best first) that the app
/// speaks. Norwegian without a written standard ("no") means bokmål, as most readers expect.
pub fn preferred_language<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Language> {
    tags.into_iter().find_map(|tag| {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "no" => Some(Language::Nb),
            "nn" => Some(Language::Nn),
            "en" => Some(Language::En),
            "sv" => Some(Language::Sv),
            _ => None,
        }
    })
}

impl Key {
    /// The text in `lang`. A language whose texts are not here shows bokmål's. The app sets a
    /// language only once its texts have come (`state::language`), and the wizard, which shows
    /// a Swedish institution's questions in Swedish, opens only with the Swedish texts
    /// (`app::flows`); the panic notice of a page built in another language, before its texts
    /// have come, is where bokmål can still show.
    pub fn text(self, lang: Language) -> &'static str {
        let table = table(lang)
            .or_else(|| table(Language::Nb))
            .unwrap_or_default();
        table.get(self as usize).copied().unwrap_or_default()
    }

    /// "Yes" or "No".
    pub fn yes_no(yes: bool) -> Key {
        if yes {
            Key::Yes
        } else {
            Key::No
        }
    }

    /// The text with `{name}` placeholders replaced. Values are inserted as plain text.
    pub fn fill(self, lang: Language, values: &[(&str, &str)]) -> String {
        let mut text = self.text(lang).to_owned();
        for (name, value) in values {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The name of `month` (1-12); bokmål and nynorsk share them.
pub fn month_name(language: Language, month: u32) -> &'static str {
    let names = match language {
        Language::Nb | Language::Nn => &MONTHS_NB,
        Language::En => &MONTHS_EN,
        Language::Sv => &MONTHS_SV,
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

/// A calendar date as people write it: "3. april 2027", "3 April 2027", "3 april 2027".
pub fn format_date(language: Language, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    Key::DateFormat.fill(
        language,
        &[
            ("day", &date.day().to_string()),
            ("month", month_name(language, date.month())),
            ("year", &date.year().to_string()),
        ],
    )
}

/// An instant shown as wall-clock time in the offset it carries (the deadline's own time zone).
pub fn format_instant(
    language: Language,
    instant: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    use chrono::Timelike;
    // By hand rather than `format("%H:%M")`: chrono's formatter costs kilobytes of wasm.
    let time = format!("{:02}:{:02}", instant.hour(), instant.minute());
    Key::DateTimeFormat.fill(
        language,
        &[
            ("date", &format_date(language, instant.date_naive())),
            ("time", &time),
        ],
    )
}

/// The decimal separator of numbers written in `language`.
pub fn decimal_separator(language: Language) -> char {
    match language {
        Language::En => '.',
        _ => ',',
    }
}

/// The `{name}` placeholders a text uses, in order of appearance.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                found.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_asks_id_porten_for_english_not_sami() {
        let locales: Vec<_> = Language::ALL.map(Language::id_porten_locale).into();
        assert_eq!(locales, ["nb", "nn", "en", "en"]);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::from_code("no"), None);
        assert_eq!(Language::from_code("NB"), None);
    }

    #[test]
    fn browser_preferences() {
        assert_eq!(preferred_language(["nb-NO", "en"]), Some(Language::Nb));
        assert_eq!(preferred_language(["no"]), Some(Language::Nb));
        assert_eq!(preferred_language(["NN-no"]), Some(Language::Nn));
        assert_eq!(
            preferred_language(["da-DK", "sv-SE", "en"]),
            Some(Language::Sv)
        );
        assert_eq!(preferred_language(["de", "fr"]), None);
        assert_eq!(preferred_language([]), None);
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for key in Key::ALL {
            for lang in Language::ALL {
                let text = key.text(lang);
                assert!(
                    !text.trim().is_empty(),
                    "{key:?} is empty in {}",
                    lang.code()
                );
                assert_eq!(
                    text,
                    text.trim(),
                    "{key:?} has stray whitespace in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn placeholders_agree_across_languages() {
        for key in Key::ALL {
            let mut expected = placeholders(key.text(Language::Nb));
            expected.sort_unstable();
            for lang in Language::ALL {
                let mut found = placeholders(key.text(lang));
                found.sort_unstable();
                assert_eq!(
                    found,
                    expected,
                    "{key:?} placeholders differ in {}",
                    lang.code()
                );
            }
        }
    }

    /// A copy of the bokmål text is not a translation. Short words that really are the same in
    /// two languages are allowed, but only a few of them.
    #[test]
    fn translations_are_not_copies_of_bokmal() {
        for (lang, max_same_percent) in [(Language::Nn, 35), (Language::Sv, 10), (Language::En, 10)]
        {
            let same: Vec<Key> = Key::ALL
                .iter()
                .copied()
                .filter(|key| key.text(lang) == key.text(Language::Nb))
                .collect();
            assert!(
                same.len() * 100 <= Key::ALL.len() * max_same_percent,
                "{} repeats bokmål for {} of {} keys: {same:?}",
                lang.code(),
                same.len(),
                Key::ALL.len()
            );
        }
    }

    #[test]
    fn each_language_has_one_text_per_key_and_none_holds_the_separator() {
        for texts in [texts::NB, texts::NN, texts::EN, texts::SV] {
            assert_eq!(split(texts).len(), Key::ALL.len());
        }
        // A separator inside a text would shift every later key by one.
        assert_eq!(Key::ALL.last().unwrap().text(Language::Sv), "Nej");
        assert_eq!(Key::AppName.text(Language::En), "Competence in schools");
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        let text = Key::FooterContactEmail.fill(Language::En, &[("email", "a@b.no")]);
        assert!(text.contains("a@b.no"));
        assert!(placeholders(&text).is_empty());
    }

    #[test]
    fn dates_in_each_language() {
        let deadline = chrono::DateTime::parse_from_rfc3339("2027-04-03T23:59:00+02:00").unwrap();
        assert_eq!(
            format_instant(Language::Nb, deadline),
            "3. april 2027 kl. 23:59"
        );
        assert_eq!(
            format_instant(Language::Nn, deadline),
            "3. april 2027 kl. 23:59"
        );
        assert_eq!(
            format_instant(Language::En, deadline),
            "3 April 2027 at 23:59"
        );
        assert_eq!(
            format_instant(Language::Sv, deadline),
            "3 april 2027 kl. 23:59"
        );
        // Winter time: the wall clock of the offset given, not UTC and not the browser's zone.
        let winter = chrono::DateTime::parse_from_rfc3339("2027-02-01T23:59:00+01:00").unwrap();
        assert_eq!(
            format_instant(Language::Sv, winter),
            "1 februari 2027 kl. 23:59"
        );
        assert_eq!(month_name(Language::En, 5), "May");
    }

    #[test]
    fn placeholder_scan() {
        assert_eq!(placeholders("a {x} b {y_z}"), vec!["x", "y_z"]);
        assert!(placeholders("no braces").is_empty());
        assert!(placeholders("open { only").is_empty());
    }
}
