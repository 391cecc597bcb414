#!/usr/bin/env python3
"""SQLite FTS5 peer for Mirsad's benchmarks: porter unicode61 tokenizer, bm25 with the title weighted 2x,
the reader's words OR-ed (what a newsroom would get from SQLite's full-text search out of the box).
  fts5_bench.py relevance DOCS.jsonl QUERIES.jsonl TOP      -> TREC run on stdout
  fts5_bench.py search CORPUS.jsonl[.gz] QUERIES.jsonl REPEAT -> index + timing lines (same shape as mirsad bench search)"""
import gzip, json, math, os, re, sqlite3, sys, time

def jsonl(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def match(text):
    words = re.findall(r"\w+", text.lower())
    return " OR ".join('"%s"' % w for w in words)

def pct(sorted_us, q):
    return sorted_us[min(len(sorted_us) - 1, math.ceil(q * len(sorted_us)) - 1)]

mode, docs_path, queries_path, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
db = sqlite3.connect(":memory:")
tokenize = os.environ.get("FTS5_TOKENIZE", "porter unicode61")  # run.sh sets "unicode61 remove_diacritics 2" for Arabic
db.execute(f"CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, title, body, tokenize='{tokenize}')")
start = time.perf_counter()
docs = jsonl(docs_path)
with db:
    db.executemany("INSERT INTO t(id, title, body) VALUES (?, ?, ?)",
                   ((str(d["id"]), d.get("title") or d.get("headline") or "", d.get("text") or d.get("body") or "") for d in docs))
db.execute("INSERT INTO t(t) VALUES ('optimize')")
seconds = time.perf_counter() - start
queries = [(str(q["id"]), match(q["text"])) for q in jsonl(queries_path)]
sql = "SELECT id, bm25(t, 0.0, 2.0, 1.0) AS s FROM t WHERE t MATCH ? ORDER BY s LIMIT ?"
if mode == "relevance":
    for qid, m in queries:
        if m:
            for rank, (doc, score) in enumerate(db.execute(sql, (m, n)), 1):
                print(f"{qid} Q0 {doc} {rank} {-score:.4f} fts5")
    sys.exit(0)
print(f"index docs={len(docs)} seconds={seconds:.2f} docs_per_s={len(docs) / seconds:.0f}")
queries = [m for _, m in queries if m]
for m in queries:
    db.execute(sql, (m, 10)).fetchall()  # warm-up pass
lat = []
all_start = time.perf_counter()
for _ in range(n):
    for m in queries:
        t = time.perf_counter()
        db.execute(sql, (m, 10)).fetchall()
        lat.append((time.perf_counter() - t) * 1e6)
elapsed = time.perf_counter() - all_start
lat.sort()
print(f"search queries={len(lat)} qps={len(lat) / elapsed:.0f} p50_us={pct(lat, 0.5):.0f} p99_us={pct(lat, 0.99):.0f}")
