#!/usr/bin/env python3
"""Builds src/Mirsad.Core/Keywords/Resources/lexicon-en.txt.gz from Princeton WordNet 3.0
(Debian package wordnet-base, /usr/share/wordnet; WordNet licence, see the resource's header).

One line per single-word lower-case lemma: WORD<TAB>CLASSES, the classes it can take among
n (noun), v (verb), a (adjective), r (adverb), most frequent first by the sense counts WordNet
gives from the SemCor corpus (cntlist.rev); ties keep the order n, v, a, r. Irregular inflections
(noun.exc, verb.exc, adj.exc) follow as lines 'FORM<TAB>=LEMMA<TAB>CLASS'.
"""
import collections, gzip, re, sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = sys.argv[2] if len(sys.argv) > 2 else "src/Mirsad.Core/Keywords/Resources/lexicon-en.txt.gz"
WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")
classes = collections.defaultdict(set)
counts = collections.Counter()
for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
    for line in open(f"{WN}/index.{pos}", encoding="latin-1"):
        if line.startswith(" "):
            continue
        lemma = line.split(" ", 1)[0]
        if WORD.match(lemma):
            classes[lemma].add(letter)
for line in open(f"{WN}/cntlist.rev", encoding="latin-1"):
    key, _, count = line.split()
    lemma, rest = key.split("%", 1)
    letter = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[rest[0]]
    if lemma in classes:
        counts[(lemma, letter)] += int(count)
order = "nvar"
lines = ["# Derived from Princeton WordNet 3.0 by tools/make-english-lexicon.py. WordNet Release 3.0 (c) 2006 by",
         "# Princeton University; used under the WordNet licence (permission to use, copy, modify and distribute",
         "# with this notice). WORD<TAB>classes most frequent first (n noun, v verb, a adjective, r adverb)."]
for lemma in sorted(classes):
    cs = sorted(classes[lemma], key=lambda c: (-counts[(lemma, c)], order.index(c)))
    lines.append(f"{lemma}\t{''.join(cs)}")
for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a")):
    for line in open(f"{WN}/{pos}.exc", encoding="latin-1"):
        parts = line.split()
        if len(parts) >= 2 and WORD.match(parts[0]) and WORD.match(parts[1]):
            lines.append(f"{parts[0]}\t={parts[1]}\t{letter}")
data = ("\n".join(lines) + "\n").encode()
with gzip.GzipFile(OUT, "wb", mtime=0) as f:
    f.write(data)
print(f"{len(classes)} lemmas, {len(data)} bytes raw -> {OUT}")
