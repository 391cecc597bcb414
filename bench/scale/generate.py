#!/usr/bin/env python3
"""Synthetic news corpus for scale tests: N articles recombined from real sentences.

Every headline is a real headline and every body a run of real sentences (5 to 25, a news-length
spread) drawn from the shared corpora (Reuters, AG News, FA-KES, DUC-2001 in English; SaudiNewsNet in
Arabic, about a tenth of articles), so word frequencies, document lengths and vocabulary growth stay
those of real news. Sources, sections and dates (2015-2025) are assigned at random. Deterministic for
a seed. The output is a Mirsad import file (JSON Lines, gzip).

  bench/scale/generate.py N OUT.jsonl.gz [--data ../shared/data] [--seed 7]
"""
import argparse, gzip, json, os, random, re
from datetime import datetime, timezone

SPLIT = re.compile(r"(?<=[.!?؟])\s+")

def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)

def pools(data):
    english = [("reuters/articles.jsonl.gz", "en"), ("agnews/articles.jsonl.gz", "en"),
               ("fakes/articles.jsonl", "en"), ("duc2001/duc2001.jsonl", "en"), ("arabic/articles.jsonl.gz", "ar")]
    titles = {"en": [], "ar": []}
    sentences = {"en": [], "ar": []}
    for name, lang in english:
        path = os.path.join(data, name)
        if not os.path.exists(path):
            continue
        for doc in read(path):
            if doc.get("title"):
                titles[lang].append(" ".join(doc["title"].split()))
            for s in SPLIT.split(" ".join((doc.get("text") or "").split())):
                if 30 <= len(s) <= 400:
                    sentences[lang].append(s)
    return titles, sentences

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    titles, sentences = pools(args.data)
    sources = [f"outlet-{i:02d}" for i in range(40)]
    sections = ["News", "Politics", "Economy", "World", "Analysis", "Opinion", "Society"]
    start = 1420070400  # 2015-01-01
    span = 11 * 365 * 86400
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=3) as out:
        for i in range(args.n):
            lang = "ar" if titles["ar"] and rng.random() < 0.1 else "en"
            body = " ".join(rng.choice(sentences[lang]) for _ in range(rng.randint(5, 25)))
            seconds = start + rng.randrange(span)
            source = rng.choice(sources)
            out.write(json.dumps({
                "id": f"syn-{i:08d}",
                "title": rng.choice(titles[lang]),
                "text": body,
                "language": lang,
                "source": source,
                "section": rng.choice(sections),
                "date": datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
