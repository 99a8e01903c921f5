//! A deliberately plain e-mail check: one `@`, a local part, and a domain with a dot and no
//! empty labels. It catches typing slips; only a sent message proves an address exists.

pub fn is_valid(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let labels_ok = domain.split('.').all(|label| {
        !label.is_empty()
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    !local.is_empty()
        && local.len() <= 64
        && address.len() <= 254
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c == '@' || c.is_control())
        && domain.contains('.')
        && labels_ok
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    #[test]
    fn accepts_ordinary_addresses() {
        for address in [
            "ola.nordmann@kommune.no",
            "a@b.co",
            "kari+skole@oslo.kommune.no",
            "rektor@skåla.no",
        ] {
            assert!(is_valid(address), "{address}");
        }
    }

    #[test]
    fn rejects_slips() {
        for address in [
            "",
            "ola",
            "ola@",
            "@kommune.no",
            "ola@kommune",
            "ola@@kommune.no",
            "ola @kommune.no",
            "ola@kommune..no",
            "ola@-kommune.no",
            "ola@kommune.no.",
        ] {
            assert!(!is_valid(address), "{address}");
        }
        assert!(!is_valid(&format!("{}@kommune.no", "a".repeat(65))));
    }
}
