//! The search index: an inverted index over a resource list, matching and ranking.
use super::distance::{char_bag, within_k, within_one};
use super::fold::tokenize;
use super::{kind_count_list, Filter, SearchResults};
use crate::core::library::{Kind, Resource};
use crate::core::pillar::{PerPillar, PillarId, PillarSet};
use std::collections::HashMap;

const F_TITLE: u8 = 1;
const F_TAGS: u8 = 2;
const F_AUTHOR: u8 = 4;
const F_DESCRIPTION: u8 = 8;

/// Weight of the best field a term occurs in, plus a little for each further field.
fn field_weight(mask: u8) -> f32 {
    let mut best = 0.0f32;
    let mut count = 0.0f32;
    for (bit, w) in [
        (F_TITLE, 10.0),
        (F_TAGS, 5.0),
        (F_AUTHOR, 3.0),
        (F_DESCRIPTION, 1.0),
    ] {
        if mask & bit != 0 {
            best = best.max(w);
            count += 1.0;
        }
    }
    best + 0.1 * (count - 1.0).max(0.0)
}

const Q_EXACT: f32 = 1.0;
const Q_TYPO1: f32 = 0.5;
const Q_TYPO2: f32 = 0.3;
const BONUS_TITLE_EQUALS: f32 = 50.0;
const BONUS_TITLE_STARTS: f32 = 20.0;
/// Longer queries are cut here; later words are ignored.
const MAX_QUERY_CHARS: usize = 256;
const MAX_QUERY_TOKENS: usize = 16;

/// Quality of a prefix match: better the more of the word has been typed (always below exact).
fn prefix_quality(typed: usize, word: usize) -> f32 {
    0.55 + 0.35 * typed as f32 / word.max(1) as f32
}

pub(crate) struct Query {
    /// Distinct tokens, in order.
    tokens: Vec<(String, Vec<char>)>,
    /// All tokens joined by single spaces (for the title bonus).
    pub(crate) norm: String,
}

impl Query {
    pub(crate) fn new(q: &str) -> Query {
        let q: String = q.chars().take(MAX_QUERY_CHARS).collect();
        let mut toks = Vec::new();
        tokenize(&q, &mut toks);
        let norm = toks.join(" ");
        let mut tokens: Vec<(String, Vec<char>)> = Vec::new();
        for t in toks {
            if tokens.len() == MAX_QUERY_TOKENS {
                break;
            }
            if !tokens.iter().any(|(s, _)| *s == t) {
                let chars = t.chars().collect();
                tokens.push((t, chars));
            }
        }
        Query { tokens, norm }
    }
}

/// An inverted index over a resource list, built once (e.g. when the library page opens).
///
/// Vocabulary terms are sorted, so prefix matches are a binary search plus a short scan; typo
/// candidates are looked up by length; each term has a posting list of (resource, fields).
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Sorted distinct tokens.
    terms: Vec<Box<str>>,
    /// Characters of every term, back to back; `spans[t]` = (start, len).
    chars: Vec<char>,
    spans: Vec<(u32, u32)>,
    /// Which characters each term contains (see [`char_bag`]): a cheap typo pre-filter.
    bags: Vec<u64>,
    /// Term ids by character length.
    by_len: Vec<Vec<u32>>,
    /// Postings of term `t` are `postings[post_start[t]..post_start[t + 1]]`.
    post_start: Vec<u32>,
    postings: Vec<(u32, u8)>,
    /// Normalised title of each resource.
    titles: Vec<Box<str>>,
    pillar_masks: Vec<PillarSet>,
    kinds: Vec<Kind>,
}

impl SearchIndex {
    pub fn new(resources: &[Resource]) -> SearchIndex {
        let mut map: HashMap<String, Vec<(u32, u8)>> = HashMap::new();
        let mut titles = Vec::with_capacity(resources.len());
        let mut pillar_masks = Vec::with_capacity(resources.len());
        let mut kinds = Vec::with_capacity(resources.len());
        let mut toks: Vec<String> = Vec::new();
        let mut local: Vec<(String, u8)> = Vec::new();
        for (ri, r) in resources.iter().enumerate() {
            let ri = ri as u32;
            local.clear();
            tokenize(&r.title, &mut toks);
            titles.push(toks.join(" ").into_boxed_str());
            local.extend(toks.drain(..).map(|t| (t, F_TITLE)));
            for tag in &r.tags {
                tokenize(tag, &mut toks);
            }
            local.extend(toks.drain(..).map(|t| (t, F_TAGS)));
            tokenize(r.author.as_deref().unwrap_or(""), &mut toks);
            local.extend(toks.drain(..).map(|t| (t, F_AUTHOR)));
            tokenize(r.description.as_deref().unwrap_or(""), &mut toks);
            local.extend(toks.drain(..).map(|t| (t, F_DESCRIPTION)));
            local.sort_unstable();
            let mut i = 0;
            while i < local.len() {
                let mut mask = local[i].1;
                let mut j = i + 1;
                while j < local.len() && local[j].0 == local[i].0 {
                    mask |= local[j].1;
                    j += 1;
                }
                let tok = std::mem::take(&mut local[i].0);
                match map.get_mut(tok.as_str()) {
                    Some(list) => list.push((ri, mask)),
                    None => {
                        map.insert(tok, vec![(ri, mask)]);
                    }
                }
                i = j;
            }
            pillar_masks.push(r.pillar_set());
            kinds.push(r.kind);
        }
        let mut entries: Vec<(String, Vec<(u32, u8)>)> = map.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut index = SearchIndex {
            titles,
            pillar_masks,
            kinds,
            ..SearchIndex::default()
        };
        index.post_start.push(0);
        for (t, (term, list)) in entries.into_iter().enumerate() {
            let start = index.chars.len() as u32;
            index.chars.extend(term.chars());
            let len = index.chars.len() as u32 - start;
            index.spans.push((start, len));
            index.bags.push(char_bag(&index.chars[start as usize..]));
            if index.by_len.len() <= len as usize {
                index.by_len.resize(len as usize + 1, Vec::new());
            }
            index.by_len[len as usize].push(t as u32);
            index.postings.extend(list);
            index.post_start.push(index.postings.len() as u32);
            index.terms.push(term.into_boxed_str());
        }
        index
    }

    /// Number of resources indexed.
    pub fn len(&self) -> usize {
        self.titles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
    }

    /// Number of distinct words in the index.
    pub fn vocabulary_len(&self) -> usize {
        self.terms.len()
    }

    fn term_chars(&self, t: u32) -> &[char] {
        let (s, l) = self.spans[t as usize];
        &self.chars[s as usize..(s + l) as usize]
    }

    fn term_postings(&self, t: u32) -> &[(u32, u8)] {
        let t = t as usize;
        &self.postings[self.post_start[t] as usize..self.post_start[t + 1] as usize]
    }

    /// Vocabulary terms matching one query token, with match quality.
    fn term_matches(&self, q: &str, qc: &[char], out: &mut Vec<(u32, f32)>, buf: &mut Vec<usize>) {
        out.clear();
        let mut i = self.terms.partition_point(|t| &**t < q);
        if i < self.terms.len() && &*self.terms[i] == q {
            out.push((i as u32, Q_EXACT));
            i += 1;
        }
        if qc.len() >= 2 {
            while i < self.terms.len() && self.terms[i].starts_with(q) {
                let len = self.spans[i].1 as usize;
                out.push((i as u32, prefix_quality(qc.len(), len)));
                i += 1;
            }
        }
        let k = match qc.len() {
            0..=3 => return,
            4..=7 => 1,
            _ => 2,
        };
        let qbag = char_bag(qc);
        for len in qc.len() - k..=qc.len() + k {
            let Some(ids) = self.by_len.get(len) else {
                continue;
            };
            for &t in ids {
                // Each edit adds or removes at most one distinct character.
                let bag = self.bags[t as usize];
                if (qbag & !bag).count_ones() as usize > k
                    || (bag & !qbag).count_ones() as usize > k
                {
                    continue;
                }
                let tc = self.term_chars(t);
                if tc.starts_with(qc) {
                    continue; // already an exact or prefix match
                }
                let d = if k == 1 {
                    within_one(qc, tc)
                } else {
                    within_k(qc, tc, k, buf)
                };
                match d {
                    Some(1) => out.push((t, Q_TYPO1)),
                    Some(2) => out.push((t, Q_TYPO2)),
                    _ => {}
                }
            }
        }
    }

    /// Resources (in index order) passing the filters and matching every query token, with scores.
    fn matches(
        &self,
        resources_len: usize,
        query: &Query,
        pillar: Option<PillarId>,
        kind: Option<Kind>,
    ) -> Vec<(usize, f32)> {
        let n = self.len().min(resources_len);
        let passes = |r: usize| {
            pillar.is_none_or(|p| self.pillar_masks[r].contains(p))
                && kind.is_none_or(|k| self.kinds[r] == k)
        };
        if query.tokens.is_empty() {
            return (0..n).filter(|&r| passes(r)).map(|r| (r, 0.0)).collect();
        }
        let mut total = vec![0f32; n];
        let mut hits = vec![0u8; n];
        let mut best = vec![0f32; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut cands = Vec::new();
        let mut buf = Vec::new();
        for (ti, (tok, chars)) in query.tokens.iter().enumerate() {
            let ti = ti as u8;
            self.term_matches(tok, chars, &mut cands, &mut buf);
            for &(t, quality) in &cands {
                for &(r, mask) in self.term_postings(t) {
                    let r = r as usize;
                    // Only resources that matched every earlier token (and the filters) count.
                    if r >= n || hits[r] != ti || (ti == 0 && !passes(r)) {
                        continue;
                    }
                    let s = field_weight(mask) * quality;
                    if best[r] == 0.0 {
                        touched.push(r);
                    }
                    if s > best[r] {
                        best[r] = s;
                    }
                }
            }
            if touched.is_empty() {
                return Vec::new();
            }
            for r in touched.drain(..) {
                hits[r] += 1;
                total[r] += best[r];
                best[r] = 0.0;
            }
        }
        let need = query.tokens.len() as u8;
        (0..n)
            .filter(|&r| hits[r] == need)
            .map(|r| (r, total[r]))
            .collect()
    }

    /// Indices into `resources` (the slice this index was built from) matching `filter`, best
    /// first. With no query words: every resource passing the filters, in original order.
    ///
    /// Every query word must match a word of the title, tags, author or description, in any
    /// order: exactly, as a prefix (words of 2+ letters) or with a typo (one edit for words of
    /// 4+ letters, two for 8+).
    pub fn search(&self, resources: &[Resource], filter: &Filter) -> Vec<usize> {
        let query = Query::new(&filter.q);
        let found = self.matches(resources.len(), &query, filter.pillar_id(), filter.kind());
        self.rank(&query, found)
    }

    /// [`search`](Self::search), [`counts_by_pillar`](Self::counts_by_pillar) and
    /// [`counts_by_kind`](Self::counts_by_kind) together, matching the query only once: what the
    /// library page needs on every keystroke.
    pub fn search_with_counts(&self, resources: &[Resource], filter: &Filter) -> SearchResults {
        let query = Query::new(&filter.q);
        let (pillar, kind) = (filter.pillar_id(), filter.kind());
        let mut pillar_counts = PerPillar::new(0);
        let mut kind_counts = [0usize; 8];
        let mut found = self.matches(resources.len(), &query, None, None);
        found.retain(|&(r, _)| {
            let pillar_ok = pillar.is_none_or(|p| self.pillar_masks[r].contains(p));
            let kind_ok = kind.is_none_or(|k| self.kinds[r] == k);
            if kind_ok {
                pillar_counts.count(self.pillar_masks[r]);
            }
            if pillar_ok {
                kind_counts[self.kinds[r] as usize] += 1;
            }
            pillar_ok && kind_ok
        });
        SearchResults {
            hits: self.rank(&query, found),
            by_pillar: pillar_counts,
            by_kind: kind_count_list(kind_counts),
        }
    }

    /// Adds the title bonus and sorts best first (or keeps index order for an empty query).
    fn rank(&self, query: &Query, mut found: Vec<(usize, f32)>) -> Vec<usize> {
        if query.tokens.is_empty() {
            return found.into_iter().map(|(r, _)| r).collect();
        }
        for (r, score) in &mut found {
            let title = &*self.titles[*r];
            if title == query.norm {
                *score += BONUS_TITLE_EQUALS;
            } else if title.starts_with(&query.norm) {
                *score += BONUS_TITLE_STARTS;
            }
        }
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.into_iter().map(|(r, _)| r).collect()
    }

    /// For each pillar: how many results there would be if that pillar were chosen (the
    /// filter's own pillar is ignored).
    pub fn counts_by_pillar(&self, resources: &[Resource], filter: &Filter) -> PerPillar<usize> {
        let query = Query::new(&filter.q);
        let mut counts = PerPillar::new(0);
        for (r, _) in self.matches(resources.len(), &query, None, filter.kind()) {
            counts.count(self.pillar_masks[r]);
        }
        counts
    }

    /// For each kind in [`Kind::ALL`] order (by id): how many results there would be if that
    /// kind were chosen (the filter's own kind is ignored).
    pub fn counts_by_kind(&self, resources: &[Resource], filter: &Filter) -> Vec<(String, usize)> {
        let query = Query::new(&filter.q);
        let mut counts = [0usize; 8];
        for (r, _) in self.matches(resources.len(), &query, filter.pillar_id(), None) {
            counts[self.kinds[r] as usize] += 1;
        }
        kind_count_list(counts)
    }
}
