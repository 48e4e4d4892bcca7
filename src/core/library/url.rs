//! Safe web addresses: what a person (or a file) may link to, and a web search for the rest.

use crate::core::text::is_word;

/// Longest web address accepted by [`check_url`], in bytes.
pub const MAX_URL_LEN: usize = 2000;

/// Why a web address was refused (`crate::messages` words it for the person).
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Not http:// or https:// (javascript:, data:, file:, //host, bare words, …).
    #[error("not an http(s) address")]
    NotWeb,
    /// Nothing after `http://`.
    #[error("no site name")]
    MissingHost,
    /// The site name (or port) has characters a site name can't have.
    #[error("an invalid site name")]
    BadHost,
    /// Spaces, line breaks, control or invisible characters.
    #[error("spaces or invisible characters")]
    Spaces,
    /// Quotes, angle brackets, backslashes and similar.
    #[error("characters that are not allowed")]
    BadCharacters,
    /// `user:password@` before the site name.
    #[error("a user name or password")]
    Credentials,
    #[error("longer than {MAX_URL_LEN} bytes")]
    TooLong,
}

/// Characters that render as nothing (or reorder text) and are used to disguise addresses.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}')
}

/// Checks a web address a person typed (or a file supplied). Trims it; empty input gives
/// `Ok("")` (callers decide whether an address is required). Only `http://` and `https://`
/// (any letter case) with a site name are accepted; the result has a lowercase scheme.
pub fn check_url(input: &str) -> Result<String, UrlError> {
    let s = input.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    if s.len() > MAX_URL_LEN {
        return Err(UrlError::TooLong);
    }
    if s.chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
    {
        return Err(UrlError::Spaces);
    }
    let Some(colon) = s.find(':') else {
        return Err(UrlError::NotWeb);
    };
    let scheme = s[..colon].to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(UrlError::NotWeb);
    }
    let rest = &s[colon + 1..];
    let Some(after) = rest.strip_prefix("//") else {
        return Err(UrlError::NotWeb);
    };
    if s.chars()
        .any(|c| matches!(c, '<' | '>' | '"' | '`' | '\\' | '{' | '}' | '|' | '^'))
    {
        return Err(UrlError::BadCharacters);
    }
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let authority = &after[..end];
    if authority.is_empty() {
        return Err(UrlError::MissingHost);
    }
    if authority.contains('@') {
        return Err(UrlError::Credentials);
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let Some(close) = v6.find(']') else {
            return Err(UrlError::BadHost);
        };
        let host = &v6[..close];
        if host.is_empty()
            || !host
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
        {
            return Err(UrlError::BadHost);
        }
        match &v6[close + 1..] {
            "" => (host, None),
            p => match p.strip_prefix(':') {
                Some(port) => (host, Some(port)),
                None => return Err(UrlError::BadHost),
            },
        }
    } else {
        match authority.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err(UrlError::MissingHost);
    }
    if !authority.starts_with('[') {
        if !host
            .chars()
            .all(|c| is_word(c) || matches!(c, '-' | '.' | '_'))
        {
            return Err(UrlError::BadHost);
        }
        if !host.chars().any(is_word) {
            return Err(UrlError::BadHost);
        }
    }
    if let Some(p) = port {
        if p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(UrlError::BadHost);
        }
    }
    Ok(format!("{scheme}:{rest}"))
}

/// Checks a web address a person typed, as [`check_url`] does, taking a site name without its
/// scheme ("example.org/news", "www.example.org") as the `https://` address it means.
pub fn check_typed_url(input: &str) -> Result<String, UrlError> {
    let s = input.trim();
    let site = s.split(['/', '?', '#']).next().unwrap_or_default();
    let bare = !site.contains(':')
        && site.contains('.')
        && site.starts_with(|c: char| c.is_alphanumeric());
    if bare {
        check_url(&format!("https://{s}"))
    } else {
        check_url(s)
    }
}

/// A DuckDuckGo search for a resource that has no verified address.
pub fn web_search_url(title: &str, author: &str) -> String {
    let q = title
        .split_whitespace()
        .chain(author.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::from("https://duckduckgo.com/?q=");
    percent_encode(&q, &mut out);
    out
}

/// Percent-encodes every byte except RFC 3986 unreserved characters.
fn percent_encode(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[(b >> 4) as usize] as char);
            out.push(HEX[(b & 15) as usize] as char);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_url_accepts_web_addresses() {
        assert_eq!(
            check_url("https://example.com").unwrap(),
            "https://example.com"
        );
        assert_eq!(
            check_url("  HTTP://Example.com/a?b=c#d ").unwrap(),
            "http://Example.com/a?b=c#d"
        );
        assert_eq!(
            check_url("hTTpS://x.org:8080/").unwrap(),
            "https://x.org:8080/"
        );
        assert_eq!(
            check_url("https://[::1]:80/p").unwrap(),
            "https://[::1]:80/p"
        );
        assert_eq!(
            check_url("https://münchen.de/%20x").unwrap(),
            "https://münchen.de/%20x"
        );
        assert_eq!(check_url("").unwrap(), "");
        assert_eq!(check_url(" \t\n").unwrap(), "");
    }

    #[test]
    fn check_url_rejects_adversarial_input() {
        use UrlError::*;
        let cases: &[(&str, UrlError)] = &[
            ("JaVaScRiPt:alert(1)", NotWeb),
            (" javascript:alert(document.cookie)", NotWeb),
            ("javascript://example.com/%0Aalert(1)", NotWeb),
            ("data:text/html,<script>alert(1)</script>", NotWeb),
            ("vbscript:msgbox(1)", NotWeb),
            ("file:///etc/passwd", NotWeb),
            ("//evil.example", NotWeb),
            ("example.com", NotWeb),
            ("www.example.com/a:b", NotWeb),
            ("https:example.com", NotWeb),
            ("https:/example.com", NotWeb),
            ("ftp://example.com", NotWeb),
            ("https//example.com", NotWeb),
            (":", NotWeb),
            ("https://", MissingHost),
            ("http:///path", MissingHost),
            ("https://?q", MissingHost),
            ("https://:80", MissingHost),
            ("http://exa mple.com", Spaces),
            ("https://example.com/\u{0}", Spaces),
            ("https://exa\u{200B}mple.com", Spaces),
            ("https://example.com/\u{202E}gpj.exe", Spaces),
            ("https://example.com/\"onmouseover=alert(1)", BadCharacters),
            ("https://example.com/<script>", BadCharacters),
            ("https:\\\\evil.com", NotWeb),
            ("https://good.com\\@evil.com", BadCharacters),
            ("https://user:pass@example.com", Credentials),
            ("https://good.com@evil.com", Credentials),
            ("https://exa%6dple.com", BadHost),
            ("https://example.com:http", BadHost),
            ("https://...", BadHost),
            ("https://[::1", BadHost),
            ("https://[evil]", BadHost),
        ];
        for (input, want) in cases {
            assert_eq!(check_url(input), Err(*want), "{input:?}");
        }
        assert_eq!(
            check_url(&format!("https://e.com/{}", "a".repeat(3000))),
            Err(TooLong)
        );
    }

    #[test]
    fn a_typed_site_name_without_its_scheme_is_taken_as_https() {
        for (typed, want) in [
            ("example.org/newsletter", "https://example.org/newsletter"),
            (" www.example.org ", "https://www.example.org"),
            ("blog.example.org?x=1#y", "https://blog.example.org?x=1#y"),
            ("http://example.org", "http://example.org"),
            ("", ""),
        ] {
            assert_eq!(check_typed_url(typed).as_deref(), Ok(want), "{typed:?}");
        }
        use UrlError::*;
        for (typed, want) in [
            ("javascript:alert(1)", NotWeb),
            ("localhost/x", NotWeb),
            ("//evil.example", NotWeb),
            (".example.org", NotWeb),
            ("example.org@evil.com", Credentials),
            ("exa mple.org", Spaces),
            ("data:text/html,x.y", NotWeb),
        ] {
            assert_eq!(check_typed_url(typed), Err(want), "{typed:?}");
        }
    }

    #[test]
    fn web_search_url_encodes() {
        assert_eq!(
            web_search_url("Digital Leadership", "Eric Sheninger"),
            "https://duckduckgo.com/?q=Digital%20Leadership%20Eric%20Sheninger"
        );
        assert_eq!(
            web_search_url("  A&B=c?#/ ", "Zoë"),
            "https://duckduckgo.com/?q=A%26B%3Dc%3F%23%2F%20Zo%C3%AB"
        );
        assert_eq!(
            web_search_url("a-b_c.d~e", ""),
            "https://duckduckgo.com/?q=a-b_c.d~e"
        );
    }
}
