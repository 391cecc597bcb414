#!/usr/bin/env python3
"""Builds Mirsad's demo corpus (fakes.jsonl) from the FA-KES dataset.

Run from the repository root with the shared data next to it:
    python3 data/demo/prepare.py ../shared/data/fakes/articles.jsonl > data/demo/fakes.jsonl

What it changes (all listed in ATTRIBUTION.md): the scraped date line and repeated headline at the
start of each text are removed; the text is split into paragraphs of about three sentences; the
first sentence becomes the standfirst; each article gets a section and a credit line citing the
dataset. Words, spelling and facts are left exactly as the dataset has them.
"""
import json
import re
import sys

MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
DAYS = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*"
DATE_PATTERNS = [
    rf"^(?:published\s+)?(?:{DAYS}\.?,?\s+)?\d{{1,2}}\s+{MONTHS}\.?,?\s+\d{{4}}(?:\s+at\s+\d{{3,4}})?\s*",
    rf"^(?:published\s+)?(?:{DAYS}\.?,?\s+)?{MONTHS}\.?\s+\d{{1,2}},?\s+\d{{4}}(?:\s+by\s+[A-Z][^\"]*?(?=\s[\"A-Z][a-z]*\s))?\s*",
    r"^\d{1,2}\.\d{1,2}\.\d{4}\s*",
    r"^\d{1,2}-\d{1,2}-\d{4}\s*",
    r"^\d{1,2}:\d{2}\s+",
    r"^date of publication\s+",
    r"^(?:AFP|Reuters|AP|SANA)\s+(?=[A-Z])",
    r"^jordan times \| last updated at \w+ \d+\s*",
]
FOREIGN = re.compile(r"\b(Russia|Russian|Moscow|Iran|Iranian|Turkey|Turkish|Ankara|Israel|Israeli|US|U\.S\.|American|Washington|France|French|Britain|British|Saudi|Qatar|Hezbollah|coalition)\b")


def strip_prefix(title, text):
    t = text.strip()
    for _ in range(3):
        before = t
        for pattern in DATE_PATTERNS:
            t = re.sub(pattern, "", t, flags=re.IGNORECASE)
        if title and t.lower().startswith(title.lower()):
            t = t[len(title):].lstrip(" .:-")
        elif len(title) > 40 and t.lower().startswith(title.lower()[:40]):
            # headlines in the dataset are cut at 60 characters; the text carries the whole one
            end = t.find(". ")
            if 0 < end < len(title) + 80:
                t = t[end + 2:]
        if t == before:
            break
    return t.strip()


def sentences(text):
    return [s.strip() for s in re.split(r'(?<=[.!?])\s+(?=["A-Z0-9])', text) if s.strip()]


def main(path):
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        body = strip_prefix(d["title"], d["text"])
        parts = sentences(body)
        standfirst = None
        if parts and 60 <= len(parts[0]) <= 320:
            standfirst = parts.pop(0)
            while parts and parts[0] == standfirst:
                parts.pop(0)  # some texts repeat their lead
        if not parts and standfirst:
            parts, standfirst = [standfirst], None
        paragraphs = [" ".join(parts[i:i + 3]) for i in range(0, len(parts), 3)]
        section = "Foreign Actors" if FOREIGN.search(d["title"]) else "News"
        out = {
            "id": d["id"],
            "title": d["title"],
            "standfirst": standfirst,
            "blocks": [{"type": "paragraph", "text": p} for p in paragraphs],
            "source": d["source"],
            "source_name": d["source_name"],
            "date": d["date"],
            "language": "en",
            "section": section,
            "credit": "From the FA-KES dataset (Abu Salem et al., ICWSM 2019), CC BY 4.0; text as published by the outlet.",
            "label": d["label"],
        }
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
