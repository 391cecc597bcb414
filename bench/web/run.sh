#!/usr/bin/env bash
# The website under load: starts `mirsad serve` over a data directory, then runs wrk (Debian package)
# for 30 s against /search with the 1,000 varied benchmark queries and 30 s against article pages
# (every article of the data directory), printing one `wrk ...` line each (requests/s, p50, p99, errors).
#   bench/web/run.sh [DATA_DIR] [QUERIES.jsonl] [SECONDS] [CACHE_SECONDS]
# DATA_DIR defaults to a fresh directory with the demo corpus; CACHE_SECONDS=0 turns output caching off.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${1:-$(mktemp -d)}"
queries="${2:-$root/../shared/data/bench/queries-reuters.jsonl}"
seconds="${3:-30}"
cache="${4:-60}"
port=5097
work="$(mktemp -d)"
dotnet build -c Release "$root/src/Mirsad" > /dev/null
# The background keyword refinement is off here: it re-saves every imported article once (a model run
# each), which would expire cached pages and take a core while wrk measures. A site that has caught up
# does no such work.
Mirsad__Keywords__Refine=false Mirsad__Cache__Seconds="$cache" dotnet "$root/src/Mirsad/bin/Release/net10.0/mirsad.dll" --data "$data" serve --urls "http://127.0.0.1:$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/" > /dev/null && break; sleep 0.5; done
python3 - "$queries" "$work/search.txt" <<'PY'
import json, sys, urllib.parse
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for line in f:
        if line.strip():
            out.write("/search?q=" + urllib.parse.quote(json.loads(line)["text"]) + "\n")
PY
page=1
: > "$work/articles.txt"
while [ "$page" -le 500 ]; do
  n=$(curl -fs "http://127.0.0.1:$port/api/articles?page=$page" | python3 -c 'import json,sys; items=json.load(sys.stdin); items=items.get("items", items) if isinstance(items, dict) else items; [print(i["url"]) for i in items]; print(len(items), file=sys.stderr)' 2>&1 >> "$work/articles.txt" | tail -1)
  [ "$n" = "0" ] && break
  page=$((page + 1))
done
echo "# $(wc -l < "$work/search.txt") search paths, $(wc -l < "$work/articles.txt") article paths, cache ${cache}s, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
curl -fs "http://127.0.0.1:$port/search?q=warmup" > /dev/null
echo -n "search   "; wrk -t2 -c16 -d"${seconds}s" -s "$here/paths.lua" "http://127.0.0.1:$port" -- "$work/search.txt" | grep '^wrk'
echo -n "articles "; wrk -t2 -c16 -d"${seconds}s" -s "$here/paths.lua" "http://127.0.0.1:$port" -- "$work/articles.txt" | grep '^wrk'
