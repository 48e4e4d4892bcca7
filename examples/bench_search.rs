//! Search latency on a synthetic 10,000-resource library, typed keystroke by keystroke.
//!
//! Run with `scripts/bench-search.sh` (a release build). It prints figures; it is not a test.
use pillars::core::library::{Kind, Resource};
use pillars::core::pillar::PillarId;
use pillars::core::search::{Filter, SearchIndex};
use std::hint::black_box;
use std::time::{Duration, Instant};

const RESOURCES: usize = 10_000;
const ROUNDS: usize = 3;
const TARGET_MS: f64 = 16.0;

/// SplitMix64: small, fast and deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    /// Skewed towards the start of a list, like word frequencies.
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize
    }
}

const DOMAIN: &[&str] = &[
    "digital",
    "leadership",
    "school",
    "twitter",
    "chats",
    "branding",
    "learning",
    "teachers",
    "students",
    "parents",
    "community",
    "communication",
    "newsletter",
    "podcast",
    "spaces",
    "classroom",
    "makerspace",
    "professional",
    "network",
    "pln",
    "social",
    "media",
    "story",
    "engagement",
    "opportunity",
    "public",
    "relations",
    "innovation",
    "change",
    "culture",
    "technology",
    "blended",
    "personalized",
    "coaching",
    "mentoring",
    "feedback",
    "video",
    "blog",
    "website",
    "brand",
    "principal",
    "district",
    "equity",
    "access",
    "devices",
    "policy",
    "privacy",
    "safety",
    "citizenship",
    "vision",
    "strategy",
    "growth",
    "mindset",
    "collaboration",
    "conference",
    "edcamp",
    "course",
    "report",
    "standard",
    "article",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ten", "dor", "vi", "sel", "qua", "pen", "tri", "mon", "sa", "ber",
    "gal", "nu", "fer", "ci", "pol", "zan", "el", "or", "im", "as", "tur", "ven", "ly", "sto",
    "bra", "cho", "dra", "fin", "gro", "hal", "jun", "kel", "mar", "nor", "pra", "ros",
];

const NAMES: &[&str] = &[
    "Eric",
    "Jane",
    "Tony",
    "Ann",
    "Sam",
    "Maria",
    "José",
    "Zoë",
    "Liam",
    "Aisha",
    "Chen",
    "Olga",
    "Sheninger",
    "Sinanis",
    "Doe",
    "Müller",
    "García",
    "Nguyen",
    "Okafor",
    "Smith",
];

fn word_pool(rng: &mut Rng) -> Vec<String> {
    let mut pool: Vec<String> = DOMAIN.iter().map(|s| s.to_string()).collect();
    while pool.len() < 20_000 {
        let n = rng.range(2, 4);
        let w: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        pool.push(w);
    }
    pool
}

fn words(rng: &mut Rng, pool: &[String], n: usize) -> Vec<String> {
    (0..n)
        .map(|_| pool[rng.skewed(pool.len())].clone())
        .collect()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn synthetic_library(n: usize) -> Vec<Resource> {
    let mut rng = Rng(0x5EED_2024);
    let pool = word_pool(&mut rng);
    (0..n)
        .map(|i| {
            let tn = rng.range(2, 6);
            let title = words(&mut rng, &pool, tn)
                .iter()
                .map(|w| capitalise(w))
                .collect::<Vec<_>>()
                .join(" ");
            let author = format!(
                "{} {}",
                NAMES[rng.below(NAMES.len())],
                NAMES[rng.below(NAMES.len())]
            );
            let dn = rng.range(15, 40);
            let description = words(&mut rng, &pool, dn).join(" ") + ".";
            let tags = (0..rng.range(1, 4))
                .map(|_| DOMAIN[rng.skewed(DOMAIN.len())].to_string())
                .collect();
            let all: Vec<PillarId> = PillarId::all().collect();
            let mut pillars: Vec<PillarId> = Vec::new();
            for _ in 0..rng.range(1, 3) {
                let p = all[rng.below(all.len())];
                if !pillars.contains(&p) {
                    pillars.push(p);
                }
            }
            Resource {
                id: format!("r{i}"),
                title,
                author: Some(author),
                kind: Kind::ALL[rng.below(Kind::ALL.len())],
                pillars,
                description: Some(description),
                minutes: rng.range(5, 600) as u32,
                url: String::new(),
                tags,
                source: String::new(),
            }
        })
        .collect()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Stats {
    mean: f64,
    p50: f64,
    p95: f64,
    max: f64,
    n: usize,
}

fn stats(mut v: Vec<f64>) -> Stats {
    v.sort_by(f64::total_cmp);
    let pct = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
    Stats {
        mean: v.iter().sum::<f64>() / v.len() as f64,
        p50: pct(0.50),
        p95: pct(0.95),
        max: v[v.len() - 1],
        n: v.len(),
    }
}

fn report(label: &str, s: &Stats) {
    println!(
        "{label:<34} n={:<4} mean {:>7.3} ms   p50 {:>7.3} ms   p95 {:>7.3} ms   max {:>7.3} ms",
        s.n, s.mean, s.p50, s.p95, s.max
    );
}

fn main() {
    let t = Instant::now();
    let resources = synthetic_library(RESOURCES);
    println!(
        "synthetic library: {} resources generated in {:.1} ms",
        resources.len(),
        ms(t.elapsed())
    );

    let t = Instant::now();
    let index = SearchIndex::new(black_box(&resources));
    println!(
        "index build: {:.1} ms ({} distinct words)",
        ms(t.elapsed()),
        index.vocabulary_len()
    );

    let queries: [(&str, &str, &str); 6] = [
        ("digital leadership", "", ""),
        ("twiter chats", "", ""),
        ("brandng school", "", ""),
        ("leadreship podcast", "", ""),
        ("parent comunication newsletter", "", ""),
        ("professional learning", "professional-learning", "course"),
    ];

    let mut search_only = Vec::new();
    let mut with_counts = Vec::new();
    let mut together = Vec::new();
    let mut slowest: Vec<(f64, String)> = Vec::new();
    for round in 0..ROUNDS {
        for (q, pillar, kind) in queries {
            let chars: Vec<char> = q.chars().collect();
            for end in 1..=chars.len() {
                let filter = Filter {
                    q: chars[..end].iter().collect(),
                    pillar: pillar.to_string(),
                    kind: kind.to_string(),
                };
                let t = Instant::now();
                let hits = index.search(black_box(&resources), black_box(&filter));
                let searched = t.elapsed();
                black_box(&hits);
                // What the library page does on every keystroke: results plus filter counts.
                let by_pillar = index.counts_by_pillar(&resources, &filter);
                let by_kind = index.counts_by_kind(&resources, &filter);
                let total = t.elapsed();
                black_box((&by_pillar, &by_kind));
                // The same in one pass, as the page should do it.
                let t = Instant::now();
                let results = index.search_with_counts(black_box(&resources), black_box(&filter));
                let one_pass = t.elapsed();
                assert_eq!(results.hits, hits);
                assert_eq!((results.by_pillar, results.by_kind), (by_pillar, by_kind));
                search_only.push(ms(searched));
                with_counts.push(ms(total));
                together.push(ms(one_pass));
                slowest.push((ms(one_pass), filter.q.clone()));
                if round == 0 && end == chars.len() {
                    let top = hits
                        .first()
                        .map(|&i| resources[i].title.as_str())
                        .unwrap_or("-");
                    println!(
                        "  {:<32} {:>5} results; top: {}",
                        format!("{q:?}{}", if pillar.is_empty() { "" } else { " +filters" }),
                        hits.len(),
                        top
                    );
                }
            }
        }
    }

    println!();
    let s = stats(search_only);
    report("per keystroke, search", &s);
    let c = stats(with_counts);
    report("per keystroke, search + 2 counts", &c);
    let w = stats(together);
    report("per keystroke, search_with_counts", &w);
    slowest.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut seen = std::collections::HashSet::new();
    let worst: Vec<String> = slowest
        .iter()
        .filter(|(_, q)| seen.insert(q.clone()))
        .take(5)
        .map(|(t, q)| format!("{q:?} {t:.2} ms"))
        .collect();
    println!(
        "slowest keystrokes (search_with_counts): {}",
        worst.join(", ")
    );
    println!();
    for (label, st) in [
        ("search", &s),
        ("search + 2 counts", &c),
        ("search_with_counts", &w),
    ] {
        println!(
            "p95 {} {:.3} ms is {} the {TARGET_MS} ms target",
            label,
            st.p95,
            if st.p95 < TARGET_MS { "under" } else { "OVER" }
        );
    }
}
