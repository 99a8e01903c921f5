//! What the chosen alternatives decide: which steps the wizard asks, and which of their
//! questions are admission requirements.

use crate::api::types::Alternative;
use crate::domain::wizard::Steps;

/// The steps for the chosen alternatives.
pub fn steps_for(chosen: &[Alternative]) -> Steps {
    Steps {
        requirements: chosen.iter().any(|a| !a.requirements.is_empty()),
        questions: chosen.iter().any(|a| !a.questions.is_empty()),
    }
}

/// Whether `id` is an admission requirement of one of the chosen alternatives.
pub fn is_requirement_of(chosen: &[Alternative], id: &str) -> bool {
    chosen
        .iter()
        .any(|a| a.requirements.iter().any(|q| q.id == id))
}
