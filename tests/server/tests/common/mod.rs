//! Helpers shared by the test crates.

/// Appends both control digits (old rule) to nine digits, when they exist. Written apart from
/// `validate` so the tests do not check the library against itself.
pub fn with_control_digits(base9: &str) -> Option<String> {
    let d: Vec<u32> = base9.bytes().map(|b| (b - b'0') as u32).collect();
    let k = |digits: &[u32], w: &[u32]| -> Option<u32> {
        let s: u32 = digits.iter().zip(w).map(|(a, b)| a * b).sum();
        match 11 - s % 11 {
            11 => Some(0),
            10 => None,
            x => Some(x),
        }
    };
    let k1 = k(&d, &[3, 7, 6, 1, 8, 9, 4, 5, 2])?;
    let mut d10 = d.clone();
    d10.push(k1);
    let k2 = k(&d10, &[5, 4, 3, 2, 7, 6, 5, 4, 3, 2])?;
    Some(format!("{base9}{k1}{k2}"))
}
