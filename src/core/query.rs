//! Query strings in the address (`#/library?q=…&pillar=…`): flat `key=value` pairs, encoded as
//! `application/x-www-form-urlencoded` (what `URLSearchParams` reads and writes). Decoding never
//! fails: a malformed escape is kept as it stands.

/// Encodes one component: unreserved characters as they are, a space as `+`, the rest as UTF-8
/// percent escapes.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    out
}

/// Decodes one component (`+` is a space); invalid escapes and invalid UTF-8 are kept, lossily.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' => match (b.get(i + 1).and_then(hex), b.get(i + 2).and_then(hex)) {
                (Some(h), Some(l)) => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: &u8) -> Option<u8> {
    (*c as char).to_digit(16).map(|d| d as u8)
}

/// The pairs of a query string, decoded, in order (a key without `=` has an empty value).
pub fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|p| !p.is_empty()).map(|p| {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        (decode(k), decode(v))
    })
}

/// A query string of the pairs with a non-empty value.
pub fn build<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::new();
    for (k, v) in pairs {
        if v.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_url_search_params_writes() {
        let got: Vec<_> = pairs("q=twitter+chats&pillar=spaces&x&kind=%C3%A9t%C3%A9%20").collect();
        assert_eq!(
            got,
            [
                ("q".into(), "twitter chats".into()),
                ("pillar".into(), "spaces".into()),
                ("x".into(), String::new()),
                ("kind".into(), "été ".into())
            ]
        );
        assert_eq!(
            build([("q", "a&b=c é"), ("pillar", ""), ("kind", "book")]),
            "q=a%26b%3Dc+%C3%A9&kind=book"
        );
    }

    #[test]
    fn malformed_escapes_are_kept() {
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }

    proptest! {
        #[test]
        fn components_round_trip(s in any::<String>()) {
            prop_assert_eq!(decode(&encode(&s)), s);
        }

        #[test]
        fn decoding_never_panics(s in any::<String>()) {
            let _ = pairs(&s).count();
        }
    }
}
