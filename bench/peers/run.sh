#!/usr/bin/env bash
# Builds and runs the peers (Java Lucene 8 from Debian's liblucene8-java, SQLite FTS5 through python3's sqlite3).
#   bench/peers/run.sh search CORPUS.jsonl[.gz] QUERIES.jsonl [REPEAT]   timing lines per peer
#   bench/peers/run.sh relevance DOCS.jsonl QUERIES.jsonl QRELS.tsv [arabic]
#       MAP/P@10/nDCG@10/recall@100 per peer (scored by mirsad bench score); with "arabic" Java Lucene uses its
#       ArabicAnalyzer and FTS5 the unicode61 tokenizer without Porter (remove_diacritics 2)
#   RUNS=DIR keeps each peer's TREC run there (for pooling judgments)
# Needs: apt-get install -y default-jdk-headless liblucene8-java (javac, java) and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp="$(ls /usr/share/java/lucene-core-8*.jar /usr/share/java/lucene-analyzers-common-8*.jar /usr/share/java/lucene-queryparser-8*.jar | tr '\n' ':')"
javac -d "$work" -cp "$cp" "$here/LuceneBench.java"
java_run() { java -Xmx1g -Danalyzer="${analyzer:-english}" -cp "$work:$cp" LuceneBench "$@"; }
mode="$1"; shift
case "$mode" in
  search)
    corpus="$1"; queries="$2"; repeat="${3:-3}"
    python3 "$here/to_tsv.py" "$corpus" "$work/docs.tsv"
    python3 "$here/to_tsv.py" "$queries" "$work/queries.tsv"
    echo "# java-lucene $(basename /usr/share/java/lucene-core-8*.jar .jar), java $(java -version 2>&1 | head -1)"
    java_run search "$work/docs.tsv" "$work/queries.tsv" "$repeat"
    echo "# sqlite-fts5 $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)')"
    python3 "$here/fts5_bench.py" search "$corpus" "$queries" "$repeat"
    ;;
  relevance)
    docs="$1"; queries="$2"; qrels="$3"; analyzer="${4:-english}"
    python3 "$here/to_tsv.py" "$docs" "$work/docs.tsv"
    python3 "$here/to_tsv.py" "$queries" "$work/queries.tsv"
    java_run relevance "$work/docs.tsv" "$work/queries.tsv" 100 > "$work/lucene.run"
    FTS5_TOKENIZE="$([ "$analyzer" = arabic ] && echo 'unicode61 remove_diacritics 2' || echo 'porter unicode61')" \
      python3 "$here/fts5_bench.py" relevance "$docs" "$queries" 100 > "$work/fts5.run"
    if [ -n "${RUNS:-}" ]; then mkdir -p "$RUNS"; cp "$work/lucene.run" "$work/fts5.run" "$RUNS/"; fi
    mirsad=(dotnet run -c Release --no-build --project "$root/src/Mirsad" --)
    echo "java-lucene-$analyzer $("${mirsad[@]}" bench score --qrels "$qrels" --run "$work/lucene.run")"
    echo "sqlite-fts5 $("${mirsad[@]}" bench score --qrels "$qrels" --run "$work/fts5.run")"
    ;;
  *) echo "usage: run.sh search|relevance ..." >&2; exit 2 ;;
esac
