//! What the chosen alternatives decide: which steps the wizard asks, and which of their
//! questions are admission requirements.

use crate::api::types::{AdmissionRound, Alternative};
use crate::domain::wizard::Steps;

/// The steps for the chosen alternatives in `round` (a round not chosen yet asks for remarks,
/// as most do).
pub fn steps_for(round: Option<&AdmissionRound>, chosen: &[Alternative]) -> Steps {
    Steps {
        requirements: chosen.iter().any(|a| !a.requirements.is_empty()),
        questions: chosen.iter().any(|a| !a.questions.is_empty()),
        registration: round.is_some_and(|round| !round.requires_remarks),
        documents_required: chosen.iter().any(|a| !a.required_document_types.is_empty()),
    }
}

/// Whether `id` is an admission requirement of one of the chosen alternatives.
pub fn is_requirement_of(chosen: &[Alternative], id: &str) -> bool {
    chosen
        .iter()
        .any(|a| a.requirements.iter().any(|q| q.id == id))
}
