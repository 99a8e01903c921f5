//! Words put into the page in the language of the moment they are shown: a switch of language
//! in place changes them too, and nothing needs another language's texts before it is chosen.

use crate::api::types::LocalizedText;
use crate::i18n::{Key, Language};
use std::borrow::Cow;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Words {
    /// Given in all four languages (reference data, the server's texts).
    Data(LocalizedText),
    /// One of the app's texts.
    Text(Key),
    /// One of the app's texts with its `{placeholders}` filled in.
    Filled(Key, Vec<(&'static str, String)>),
    /// The same in every language (a school year, a count, a name).
    Same(String),
    /// Several, one after the other, separated by commas.
    Listed(Vec<Words>),
}

impl Words {
    pub fn get(&self, language: Language) -> Cow<'_, str> {
        match self {
            Words::Data(text) => Cow::Borrowed(text.get(language)),
            Words::Text(key) => Cow::Borrowed(key.text(language)),
            Words::Filled(key, values) => {
                let values: Vec<(&str, &str)> = values
                    .iter()
                    .map(|(name, value)| (*name, value.as_str()))
                    .collect();
                Cow::Owned(key.fill(language, &values))
            }
            Words::Same(text) => Cow::Borrowed(text),
            Words::Listed(parts) => Cow::Owned(
                parts
                    .iter()
                    .map(|part| part.get(language))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_made_in_the_language_asked_for() {
        let year = Words::Filled(Key::NrSchoolYear, vec![("year", "2026–27".to_owned())]);
        let listed = Words::Listed(vec![year, Words::Text(Key::NrSecBudget)]);
        assert_eq!(
            listed.get(Language::Nb),
            format!(
                "{}, {}",
                Key::NrSchoolYear.fill(Language::Nb, &[("year", "2026–27")]),
                Key::NrSecBudget.text(Language::Nb)
            )
        );
        assert_ne!(listed.get(Language::En), listed.get(Language::Nb));
        assert!(listed.get(Language::En).contains("2026–27"));
        assert_eq!(Words::Same("7".to_owned()).get(Language::Sv), "7");
    }
}
