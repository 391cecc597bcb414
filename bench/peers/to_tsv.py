#!/usr/bin/env python3
"""Flattens JSON Lines (plain or .gz) to TSV for the Java peer: id, title, text (tabs/newlines become spaces).
Documents: fields id, title|headline, text|body. Queries: id, text (title column left empty)."""
import gzip, json, sys

def open_any(path):
    return gzip.open(path, "rt", encoding="utf-8") if path.endswith(".gz") else open(path, encoding="utf-8")

def clean(s):
    return " ".join(str(s or "").split())

with open_any(sys.argv[1]) as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        if not line.strip():
            continue
        d = json.loads(line)
        out.write(f"{d['id']}\t{clean(d.get('title') or d.get('headline'))}\t{clean(d.get('text') or d.get('body'))}\n")
