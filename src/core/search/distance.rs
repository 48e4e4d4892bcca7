//! Bounded edit distance (optimal string alignment: insert, delete, substitute, swap neighbours).

/// `Some(d)` when the distance between `a` and `b` is `d <= 1`. Linear time.
pub(crate) fn within_one(a: &[char], b: &[char]) -> Option<usize> {
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return None;
    }
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    if i == la && i == lb {
        return Some(0);
    }
    let one = match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            a[i + 1..] == b[i + 1..]
                || (i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a[i + 2..] == b[i + 2..])
        }
        std::cmp::Ordering::Less => a[i..] == b[i + 1..],
        std::cmp::Ordering::Greater => a[i + 1..] == b[i..],
    };
    one.then_some(1)
}

/// `Some(d)` when the distance between `a` and `b` is `d <= k`: a banded dynamic programme that
/// gives up as soon as a whole row exceeds `k`. `buf` is scratch space reused between calls.
pub(crate) fn within_k(a: &[char], b: &[char], k: usize, buf: &mut Vec<usize>) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n.abs_diff(m) > k {
        return None;
    }
    let inf = k + 1;
    let w = m + 1;
    buf.clear();
    buf.resize(3 * w, inf);
    // Offsets of rows i-2, i-1 and i inside `buf`.
    let (mut r0, mut r1, mut r2) = (0, w, 2 * w);
    for j in 0..=m {
        buf[r1 + j] = j.min(inf);
    }
    for i in 1..=n {
        buf[r2..r2 + w].fill(inf);
        buf[r2] = i.min(inf);
        let mut row_min = buf[r2];
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(m);
        for j in lo..=hi {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (buf[r1 + j] + 1)
                .min(buf[r2 + j - 1] + 1)
                .min(buf[r1 + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(buf[r0 + j - 2] + 1);
            }
            let v = v.min(inf);
            buf[r2 + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > k {
            return None;
        }
        (r0, r1, r2) = (r1, r2, r0);
    }
    let d = buf[r1 + m];
    (d <= k).then_some(d)
}

/// A 64-bit set of the characters in a word (letters and digits exactly, others hashed).
/// If two words are within `k` edits, each has at most `k` bits the other lacks.
pub(crate) fn char_bag(word: &[char]) -> u64 {
    word.iter().fold(0u64, |bag, &c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            _ => 36 + c as u32 % 28,
        };
        bag | 1 << bit
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn osa(a: &[char], b: &[char]) -> usize {
        let (n, m) = (a.len(), b.len());
        let mut d = vec![vec![0usize; m + 1]; n + 1];
        for (i, row) in d.iter_mut().enumerate() {
            row[0] = i;
        }
        for (j, cell) in d[0].iter_mut().enumerate() {
            *cell = j;
        }
        for i in 1..=n {
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                d[i][j] = (d[i - 1][j] + 1)
                    .min(d[i][j - 1] + 1)
                    .min(d[i - 1][j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
                }
            }
        }
        d[n][m]
    }

    #[test]
    fn distance_examples() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        let mut buf = Vec::new();
        assert_eq!(within_one(&c("twiter"), &c("twitter")), Some(1));
        assert_eq!(within_one(&c("brandng"), &c("branding")), Some(1));
        assert_eq!(within_one(&c("leadreship"), &c("leadership")), Some(1));
        assert_eq!(
            within_k(&c("leadreship"), &c("leadership"), 2, &mut buf),
            Some(1)
        );
        assert_eq!(
            within_k(&c("ledaership"), &c("leadership"), 2, &mut buf),
            Some(1)
        );
        assert_eq!(
            within_k(&c("leedrship"), &c("leadership"), 2, &mut buf),
            Some(2)
        );
        assert_eq!(
            within_k(&c("laedresihp"), &c("leadership"), 2, &mut buf),
            None
        );
        assert_eq!(within_one(&c("cat"), &c("dog")), None);
    }

    proptest! {
        #[test]
        fn char_bag_never_rejects_a_close_pair(a in "[a-fé0-2]{0,9}", b in "[a-fé0-2]{0,9}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let d = osa(&a, &b);
            let (x, y) = (char_bag(&a), char_bag(&b));
            prop_assert!((x & !y).count_ones() as usize <= d);
            prop_assert!((y & !x).count_ones() as usize <= d);
        }

        #[test]
        fn bounded_distances_agree_with_reference(a in "[abc]{0,9}", b in "[abc]{0,9}") {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            let d = osa(&a, &b);
            let mut buf = Vec::new();
            prop_assert_eq!(within_one(&a, &b), (d <= 1).then_some(d));
            for k in 0..=3 {
                prop_assert_eq!(within_k(&a, &b, k, &mut buf), (d <= k).then_some(d));
            }
        }
    }
}
