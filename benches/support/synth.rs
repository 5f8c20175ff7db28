//! Deterministic synthetic articles for the benchmarks.

/// A small deterministic generator (no dependency needed for reproducible text).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

pub fn vocabulary() -> Vec<&'static str> {
    include_str!("../../assets/wordfreq-en.tsv")
        .lines()
        .filter_map(|l| l.split('\t').next())
        .collect()
}

/// A sentence of Zipf-distributed words.
pub fn sentence(rng: &mut Rng, vocab: &[&str]) -> String {
    let len = 10 + rng.below(16);
    let mut words: Vec<String> = (0..len)
        .map(|_| {
            let u = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
            let rank = ((vocab.len() as f64).ln() * u).exp() as usize;
            vocab[rank.min(vocab.len() - 1)].to_owned()
        })
        .collect();
    let mut first = words[0].chars();
    words[0] = first
        .next()
        .map(|c| c.to_uppercase().chain(first).collect())
        .unwrap_or_default();
    words.join(" ") + "."
}

/// A light paraphrase: drop one word and swap two.
pub fn paraphrase(rng: &mut Rng, s: &str) -> String {
    let mut words: Vec<&str> = s.trim_end_matches('.').split(' ').collect();
    if words.len() > 6 {
        words.remove(1 + rng.below(words.len() - 2));
        let (i, j) = (
            1 + rng.below(words.len() - 1),
            1 + rng.below(words.len() - 1),
        );
        words.swap(i, j);
    }
    words.join(" ") + "."
}

pub fn article(
    rng: &mut Rng,
    vocab: &[&str],
    pool: &[String],
    words: usize,
    shared: f64,
) -> String {
    let mut out = String::new();
    let mut n = 0;
    while n < words {
        let s = if (rng.below(1000) as f64) < shared * 1000.0 {
            let pick = rng.below(pool.len());
            paraphrase(rng, &pool[pick])
        } else {
            sentence(rng, vocab)
        };
        n += s.split(' ').count();
        out.push_str(&s);
        out.push(if rng.below(5) == 0 { '\n' } else { ' ' });
    }
    out
}
