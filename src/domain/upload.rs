//! One file's way through an upload, the checks the browser can make before sending it, and
//! sizes written the way people read them. The server checks the content again.

/// Why a file is refused. Sending it again will not help; another file will.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooLarge,
    WrongType,
    /// The server read the first bytes: not a PDF, JPEG or PNG whatever the name says.
    ContentNotAccepted,
    /// The name holds a character `file_name_char_allowed` refuses; renaming the file helps.
    NameNotAccepted,
}

/// Whether `c` may stand in a file name, as the contract says: no control character
/// (U+0000–U+001F, U+007F–U+009F) and no bidirectional control (U+202A–U+202E, U+2066–U+2069,
/// U+200E, U+200F, U+061C), which would make a name show as something else: "bilde\u{202E}fdp.exe"
/// shows as "bildeexe.pdf".
pub fn file_name_char_allowed(c: char) -> bool {
    !c.is_control()
        && !matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        )
}

/// Where one file is. `F` is why a transfer failed (the caller's error type).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UploadState<F> {
    /// Handed to the network, nothing sent yet.
    Queued,
    Sending,
    /// Stored; the document's id.
    Done(String),
    Refused(Refusal),
    /// The transfer failed (network, server, session): worth another try.
    Failed(F),
    Cancelled,
}

/// Each transition says whether it applied; one that does not fit the state changes nothing.
impl<F> UploadState<F> {
    pub fn is_in_flight(&self) -> bool {
        matches!(self, UploadState::Queued | UploadState::Sending)
    }

    pub fn can_retry(&self) -> bool {
        matches!(self, UploadState::Failed(_) | UploadState::Cancelled)
    }

    /// The first bytes went out.
    pub fn sending(&mut self) -> bool {
        self.become_if(matches!(self, UploadState::Queued), UploadState::Sending)
    }

    /// The transfer ended as `ended`. Only while under way: a cancel wins over an answer
    /// that arrives after it.
    pub fn end(&mut self, ended: Self) -> bool {
        self.become_if(self.is_in_flight(), ended)
    }

    pub fn cancel(&mut self) -> bool {
        self.end(UploadState::Cancelled)
    }

    pub fn retry(&mut self) -> bool {
        self.become_if(self.can_retry(), UploadState::Queued)
    }

    fn become_if(&mut self, allowed: bool, next: Self) -> bool {
        if allowed {
            *self = next;
        }
        allowed
    }
}

/// The file type implied by a file name's extension, for browsers that report none.
fn type_from_extension(name: &str) -> Option<&'static str> {
    let (_, extension) = name.rsplit_once('.')?;
    match extension.to_ascii_lowercase().as_str() {
        "pdf" => Some("application/pdf"),
        "jpg" | "jpeg" => Some("image/jpeg"),
        "png" => Some("image/png"),
        _ => None,
    }
}

/// What the browser can tell before sending: `mime` is the type the browser reports (often
/// guessed from the extension, empty when it has no guess).
pub fn check(
    name: &str,
    mime: &str,
    size: u64,
    max_bytes: u64,
    accepted: &[String],
) -> Result<(), Refusal> {
    let declared = if mime.is_empty() {
        type_from_extension(name)
    } else {
        Some(mime)
    };
    if !name.chars().all(file_name_char_allowed) {
        Err(Refusal::NameNotAccepted)
    } else if size == 0 {
        Err(Refusal::Empty)
    } else if size > max_bytes {
        Err(Refusal::TooLarge)
    } else if !declared.is_some_and(|mime| accepted.iter().any(|a| a == mime)) {
        Err(Refusal::WrongType)
    } else {
        Ok(())
    }
}

/// The short name people know a type by: "PDF", "JPG", "PNG".
pub fn type_label(mime: &str) -> &str {
    match mime {
        "application/pdf" => "PDF",
        "image/jpeg" => "JPG",
        "image/png" => "PNG",
        other => other,
    }
}

/// Whole percent of `total` sent, 0 when the total is unknown.
pub fn percent(sent: u64, total: u64) -> u8 {
    (sent.min(total) * 100).checked_div(total).unwrap_or(0) as u8
}

/// Progress worth saying aloud: each quarter once, so a screen reader is not flooded.
pub fn announced_step(before: u8, after: u8) -> Option<u8> {
    let step = after / 25 * 25;
    (step > before / 25 * 25 && step < 100).then_some(step)
}

/// `bytes` in binary units as people write them: "15 MB", "15,2 MB", "340 kB", "12 B". One
/// decimal unless it is 0, so a file just over the limit does not read as the limit.
pub fn format_size(bytes: u64, decimal_separator: char) -> String {
    const UNITS: [&str; 4] = ["B", "kB", "MB", "GB"];
    let mut unit = 0;
    let mut tenths = bytes * 10;
    while tenths >= 10 * 1024 && unit < UNITS.len() - 1 {
        tenths = (tenths + 512) / 1024;
        unit += 1;
    }
    let (whole, fraction) = (tenths / 10, tenths % 10);
    if fraction == 0 || unit == 0 {
        format!("{whole} {}", UNITS[unit])
    } else {
        format!("{whole}{decimal_separator}{fraction} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type State = UploadState<&'static str>;

    fn accepted() -> Vec<String> {
        ["application/pdf", "image/jpeg", "image/png"]
            .map(String::from)
            .to_vec()
    }

    #[test]
    fn a_file_goes_through_and_is_done() {
        let mut state = State::Queued;
        assert!(state.is_in_flight());
        assert!(state.sending());
        assert_eq!(state, State::Sending);
        assert!(!state.sending(), "only the first bytes change the state");
        assert!(state.is_in_flight());
        assert!(state.end(State::Done("d1".into())));
        assert_eq!(state, State::Done("d1".into()));
        assert!(!state.is_in_flight() && !state.can_retry());
        assert!(!state.cancel(), "a stored file is not cancelled");
        assert!(!state.retry());
        assert_eq!(state, State::Done("d1".into()));
    }

    #[test]
    fn a_failed_or_cancelled_file_can_be_tried_again() {
        let mut state = State::Sending;
        assert!(state.end(State::Failed("network")));
        assert!(state.can_retry() && !state.is_in_flight());
        assert!(state.retry());
        assert_eq!(state, State::Queued);

        assert!(state.cancel());
        assert_eq!(state, State::Cancelled);
        assert!(state.retry());
        assert_eq!(state, State::Queued);
    }

    #[test]
    fn an_answer_after_a_cancel_is_ignored() {
        let mut state = State::Sending;
        assert!(state.cancel());
        assert!(!state.end(State::Done("late".into())));
        assert!(!state.end(State::Failed("aborted")));
        assert!(!state.sending());
        assert_eq!(state, State::Cancelled);
    }

    #[test]
    fn a_refused_file_is_not_retried() {
        let mut state = State::Sending;
        assert!(state.end(State::Refused(Refusal::ContentNotAccepted)));
        assert!(!state.can_retry());
        assert!(!state.retry());
        assert_eq!(state, State::Refused(Refusal::ContentNotAccepted));
    }

    #[test]
    fn the_browser_checks_size_then_type() {
        let check = |name, mime, size| check(name, mime, size, 1000, &accepted());
        assert_eq!(check("a.pdf", "application/pdf", 1000), Ok(()));
        assert_eq!(check("a.png", "image/png", 1), Ok(()));
        assert_eq!(check("a.pdf", "application/pdf", 0), Err(Refusal::Empty));
        assert_eq!(check("a.txt", "text/plain", 0), Err(Refusal::Empty));
        assert_eq!(
            check("a.pdf", "application/pdf", 1001),
            Err(Refusal::TooLarge)
        );
        assert_eq!(check("a.txt", "text/plain", 5), Err(Refusal::WrongType));
        assert_eq!(
            check("a.docx", "application/msword", 5),
            Err(Refusal::WrongType)
        );
        // No type from the browser: the extension decides, in any case.
        assert_eq!(check("SCAN.JPEG", "", 5), Ok(()));
        assert_eq!(check("scan", "", 5), Err(Refusal::WrongType));
        // Only the types this deployment accepts.
        let pdf_only = ["application/pdf".to_owned()];
        assert_eq!(
            super::check("a.png", "image/png", 5, 1000, &pdf_only),
            Err(Refusal::WrongType)
        );
    }

    #[test]
    fn a_name_with_control_or_bidi_characters_is_refused_before_sending() {
        let check = |name: &str| check(name, "application/pdf", 5, 1000, &accepted());
        for name in [
            "vitnemål.pdf",
            "CV – Åse (2).pdf",
            "شهادة.pdf",
            "a\u{200B}b.pdf",
        ] {
            assert_eq!(check(name), Ok(()), "{name:?}");
        }
        for refused in [
            '\u{0}', '\t', '\n', '\u{1F}', '\u{7F}', '\u{85}', '\u{9F}', '\u{202A}', '\u{202B}',
            '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            '\u{200E}', '\u{200F}', '\u{061C}',
        ] {
            let name = format!("Navn {refused}gnp.exe.pdf");
            assert_eq!(check(&name), Err(Refusal::NameNotAccepted), "{refused:?}");
        }
    }

    #[test]
    fn types_by_the_names_people_know() {
        assert_eq!(type_label("application/pdf"), "PDF");
        assert_eq!(type_label("image/jpeg"), "JPG");
        assert_eq!(type_label("image/png"), "PNG");
        assert_eq!(type_label("image/gif"), "image/gif");
    }

    #[test]
    fn percent_and_coarse_announcements() {
        assert_eq!(percent(0, 0), 0);
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(5, 4), 100);
        assert_eq!(announced_step(0, 10), None);
        assert_eq!(announced_step(10, 26), Some(25));
        assert_eq!(announced_step(26, 49), None);
        assert_eq!(
            announced_step(20, 80),
            Some(75),
            "a jump says only the latest"
        );
        assert_eq!(announced_step(80, 100), None, "done is said in words");
    }

    #[test]
    fn sizes_as_people_read_them() {
        assert_eq!(format_size(15 * 1024 * 1024, ','), "15 MB");
        assert_eq!(format_size(100 * 1024 * 1024, ','), "100 MB");
        assert_eq!(format_size(2_621_440, ','), "2,5 MB");
        assert_eq!(format_size(2_621_440, '.'), "2.5 MB");
        assert_eq!(format_size(1024 * 1024, ','), "1 MB");
        assert_eq!(format_size(348_160, ','), "340 kB");
        assert_eq!(format_size(1536, '.'), "1.5 kB");
        assert_eq!(format_size(12, ','), "12 B");
        assert_eq!(format_size(1023, ','), "1023 B");
        assert_eq!(format_size(10_235, ','), "10 kB");
        assert_eq!(format_size(15_938_355, ','), "15,2 MB");
    }
}
