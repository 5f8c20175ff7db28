//! The event lexicon: which words name something that happens (verbs and event nouns),
//! which of them mean the same (WordNet senses shared, derivations: "death" ~ "died",
//! "injury" ~ "hurt"), and which are opposites ("rose" / "fell", "guilty" / "innocent").
//! Derived from WordNet 3.1 (`assets/wordnet-events.tsv`, built by
//! `scripts/build_event_lexicon.py`), plus the closed word classes of English grammar that
//! WordNet lacks: irregular verb forms, light and reporting verbs, negation and habitual cues.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One word of the lexicon.
#[derive(Debug)]
pub struct Entry {
    /// Index of the word in the lexicon: a word always matches itself.
    pub id: u32,
    /// Used as a verb or an event noun (else it only carries polarity).
    pub event: bool,
    /// A verb mostly used as a noun ("sign"): an event only in a verb form ("signed").
    pub weak_verb: bool,
    /// Its frequent WordNet senses, shared with synonyms and derivations.
    pub classes: Vec<u32>,
}

pub struct Lexicon {
    words: HashMap<&'static str, Entry>,
    antonyms: HashSet<(u32, u32)>,
    /// Each sense's opposites.
    opposites: HashMap<u32, Vec<u32>>,
    /// Ids of the reporting verbs ([`REPORTING`]).
    reporting: HashSet<u32>,
}

impl Lexicon {
    /// The entry of an inflected word (lower case): "injured" → injure, "rose" → rise.
    pub fn lookup(&self, word: &str) -> Option<&Entry> {
        if let Some(base) = irregular(word) {
            return self.words.get(base);
        }
        let exact = self.words.get(word);
        if exact.is_some_and(|e| e.event) {
            return exact;
        }
        // "injured" is an adjective in WordNet, but in news mostly the verb.
        self.inflected(word).or(exact)
    }

    /// Whether the word itself (not an inflection of it) is in the lexicon: "eruption" is,
    /// "erupts" is not.
    pub fn is_listed(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    fn inflected(&self, word: &str) -> Option<&Entry> {
        let mut cand = String::with_capacity(word.len() + 1);
        for (suffix, repl) in SUFFIXES {
            let Some(stem) = word.strip_suffix(suffix) else {
                continue;
            };
            if stem.len() < 2 {
                continue;
            }
            cand.clear();
            cand.push_str(stem);
            cand.push_str(repl);
            if let Some(e) = self.words.get(cand.as_str()) {
                return Some(e);
            }
            // "stopped" → "stop", "running" → "run".
            // A doubled ASCII letter only: two equal bytes may end a multi-byte character.
            let b = stem.as_bytes();
            if repl.is_empty()
                && b.len() >= 3
                && b[b.len() - 1].is_ascii_alphabetic()
                && b[b.len() - 1] == b[b.len() - 2]
                && let Some(e) = self.words.get(&stem[..stem.len() - 1])
            {
                return Some(e);
            }
        }
        None
    }

    /// A verb that introduces what someone said ("said", "told", "according").
    pub fn is_reporting(&self, e: &Entry) -> bool {
        self.reporting.contains(&e.id)
    }

    /// The senses opposite to `class`.
    pub fn opposites_of(&self, class: u32) -> &[u32] {
        self.opposites.get(&class).map_or(&[], Vec::as_slice)
    }

    /// The two senses are opposites.
    pub fn opposite(&self, a: u32, b: u32) -> bool {
        self.antonyms.contains(&(a.min(b), a.max(b)))
    }
}

/// Inflection endings tried in order (after the exact word), as WordNet's morphy does.
const SUFFIXES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
];

/// The lexicon, loaded once.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut words = HashMap::new();
        let mut antonyms = HashSet::new();
        for line in include_str!("../../assets/wordnet-events.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(word), Some(kinds), Some(ids)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let ids: Vec<u32> = ids
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            if word == "!" {
                if let (Ok(a), Ok(b)) = (kinds.parse::<u32>(), ids.first().ok_or(())) {
                    antonyms.insert((a.min(*b), a.max(*b)));
                }
                continue;
            }
            let id = words.len() as u32;
            let event = kinds.contains('v') || kinds.contains('n');
            let light = NOT_EVENTS.contains(&word);
            words.insert(
                word,
                Entry {
                    id,
                    event: event && !light,
                    weak_verb: kinds.contains('w') && !light,
                    classes: ids,
                },
            );
        }
        let mut opposites: HashMap<u32, Vec<u32>> = HashMap::new();
        for &(a, b) in &antonyms {
            opposites.entry(a).or_default().push(b);
            opposites.entry(b).or_default().push(a);
        }
        let mut lex = Lexicon {
            words,
            antonyms,
            opposites,
            reporting: HashSet::new(),
        };
        lex.reporting = REPORTING
            .iter()
            .filter_map(|w| lex.lookup(w).map(|e| e.id))
            .collect();
        lex
    })
}

/// Verbs that carry no fact of their own: auxiliaries, light and aspect verbs.
const NOT_EVENTS: &[&str] = &[
    "be",
    "have",
    "do",
    "get",
    "got",
    "make",
    "take",
    "go",
    "come",
    "give",
    "put",
    "set",
    "keep",
    "let",
    "seem",
    "become",
    "remain",
    "include",
    "use",
    "want",
    "need",
    "know",
    "think",
    "believe",
    "see",
    "look",
    "try",
    "begin",
    "start",
    "continue",
    "expect",
    "can",
    "will",
    "may",
    "might",
    "must",
    "shall",
    "should",
    "would",
    "could",
    "like",
    "mean",
    "hold",
    "bring",
    "show",
    "find",
    "call",
    "leave",
    "stay",
    "feel",
    "seek",
    "appear",
    "help",
    "allow",
    "part",
    "time",
    "day",
    "year",
    "week",
    "month",
    "way",
    "thing",
    "case",
    "people",
    "man",
    "woman",
    "back",
    "well",
    "last",
    "late",
    "early",
    "lot",
    "number",
    "end",
    "top",
    "face",
    "second",
    "first",
    "place",
    "point",
    "state",
    "hand",
    "head",
    "home",
    "house",
    "order",
    "side",
    "list",
    "term",
    "view",
    "life",
    "world",
    "tell",
    "step",
    "act",
    "action",
    "process",
    "event",
    "incident",
    "situation",
    "story",
    "news",
    "result",
    "effect",
    "matter",
    "issue",
    "question",
    "fact",
    "sort",
    "kind",
    "type",
    "form",
    "group",
    "set",
    "change",
    "activity",
    "operation",
];

/// Verbs that introduce what someone said: a clause made of them is an attribution.
pub const REPORTING: &[&str] = &[
    "say",
    "tell",
    "report",
    "add",
    "state",
    "note",
    "explain",
    "claim",
    "write",
    "quote",
    "ask",
    "accord",
    "according",
    "insist",
    "comment",
    "announce",
    "confirm",
    "reply",
    "reveal",
    "describe",
    "suggest",
    "indicate",
    "acknowledge",
    "admit",
    "argue",
    "contend",
    "estimate",
    "cite",
    "recall",
    "warn",
    "declare",
    "testify",
    "tweet",
    "post",
    "learn",
    "understand",
    "speak",
    "believe",
    "think",
];

/// Words that negate the clause they stand in.
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "unable", "fail", "failed", "fails", "refuse", "refused", "refuses",
];

/// Adverbs that make a clause habitual or generic ("the region is regularly hit"): not an event.
pub const HABITUAL: &[&str] = &[
    "regularly",
    "often",
    "frequently",
    "usually",
    "routinely",
    "repeatedly",
    "always",
    "sometimes",
    "occasionally",
    "typically",
    "generally",
    "commonly",
    "annually",
    "seldom",
    "rarely",
    "traditionally",
    "periodically",
    "constantly",
    "habitually",
];

/// A form listed among the irregular verbs ("cut", "struck"): most likely a verb.
pub fn is_irregular_form(word: &str) -> bool {
    irregular(word).is_some()
}

/// The base form of an irregular English verb form (general grammar, not story data).
fn irregular(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        IRREGULAR
            .split_whitespace()
            .filter_map(|pair| pair.split_once(':'))
            .flat_map(|(forms, base)| forms.split('/').map(move |f| (f, base)))
            .collect()
    })
    .get(word)
    .copied()
}

const IRREGULAR: &str = "
arose/arisen:arise awoke/awoken:awake was/were/been/is/are/am:be bore/borne:bear beat/beaten:beat
became:become began/begun:begin bent:bend bet:bet bit/bitten:bite bled:bleed blew/blown:blow
broke/broken:break bred:breed brought:bring built:build burnt:burn burst:burst bought:buy
caught:catch chose/chosen:choose clung:cling came:come cost:cost crept:creep cut:cut dealt:deal
dug:dig did/done/does:do drew/drawn:draw dreamt:dream drank/drunk:drink drove/driven:drive
ate/eaten:eat fell/fallen:fall fed:feed felt:feel fought:fight found:find fled:flee flung:fling
flew/flown:fly forbade/forbidden:forbid forgot/forgotten:forget forgave/forgiven:forgive
froze/frozen:freeze got/gotten:get gave/given:give went/gone:go ground:grind grew/grown:grow
hung:hang had/has:have heard:hear hid/hidden:hide hit:hit held:hold hurt:hurt kept:keep
knelt:kneel knew/known:know laid:lay led:lead leapt:leap learnt:learn left:leave lent:lend
let:let lay/lain:lie lit:light lost:lose made:make meant:mean met:meet paid:pay proved/proven:prove
put:put quit:quit read:read rode/ridden:ride rang/rung:ring rose/risen:rise ran:run said:say
saw/seen:see sought:seek sold:sell sent:send set:set shook/shaken:shake shed:shed shone:shine
shot:shoot showed/shown:show shrank/shrunk:shrink shut:shut sang/sung:sing sank/sunk:sink sat:sit
slept:sleep slid:slide slung:sling slit:slit spoke/spoken:speak sped:speed spent:spend spun:spin
spat:spit split:split spread:spread sprang/sprung:spring stood:stand stole/stolen:steal
stuck:stick stung:sting stank/stunk:stink strode/stridden:stride struck/stricken:strike
strove/striven:strive swore/sworn:swear swept:sweep swam/swum:swim swung:swing took/taken:take
taught:teach tore/torn:tear told:tell thought:think threw/thrown:throw thrust:thrust trod:tread
understood:understand upset:upset woke/woken:wake wore/worn:wear wove/woven:weave wept:weep
won:win wound:wind withdrew/withdrawn:withdraw wrote/written:write overtook/overtaken:overtake
undertook/undertaken:undertake oversaw/overseen:oversee overthrew/overthrown:overthrow
slain/slew:slay sworn:swear forecast:forecast broadcast:broadcast
";

#[cfg(test)]
mod tests {
    #[test]
    fn inflections_of_non_latin_words_never_split_a_character() {
        // Found by the property test: '𒐐' ends in two equal bytes before "ed".
        for w in ["ⷘ𑧞0𒐐ed", "𒐐𒐐ing", "ééed"] {
            let _ = super::lexicon().lookup(w);
        }
    }

    use super::*;

    #[test]
    fn inflections_synonyms_derivations_and_opposites() {
        let lex = lexicon();
        let ids = |w: &str| lex.lookup(w).map(|e| e.classes.clone()).unwrap_or_default();
        let share = |a: &str, b: &str| ids(a).iter().any(|c| ids(b).contains(c));
        assert!(lex.lookup("injured").is_some_and(|e| e.event));
        assert!(share("injured", "hurt"), "synonyms");
        assert!(share("death", "died"), "derivation");
        assert!(share("quake", "earthquake"));
        assert!(!share("died", "arrested"));
        assert!(
            lex.lookup("police")
                .is_some_and(|e| !e.event && e.weak_verb),
            "a noun first"
        );
        assert!(lex.lookup("said").is_some_and(|e| e.event));
        let opposite = |a: &str, b: &str| {
            ids(a)
                .iter()
                .any(|&x| ids(b).iter().any(|&y| lex.opposite(x, y)))
        };
        assert!(opposite("rose", "fell"));
        assert!(opposite("guilty", "innocent"));
        assert!(!opposite("rose", "climbed"));
    }
}
