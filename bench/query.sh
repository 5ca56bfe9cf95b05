#!/usr/bin/env bash
# Query benchmark on the N-article store: each query's median and p99 latency (one client), then
# throughput of the query mix with 1, 8 and 32 clients — for AllianceGraph's server and for a stock
# Fuseki Main on the same store and configuration, alternating ROUNDS times.
#   N=10000 ROUNDS=2 SECONDS_PER_RUN=15 CLIENTS=1,8,32 [QUERY_EXCLUDE='co-mentions|…'] bench/query.sh
# Queries: every *.rq in $QUERIES (default: the catalogue in queries/ if present, and bench/queries/),
# as published (optional parameters left unbound, so their defaults apply), except federated ones.
source "$(dirname "$0")/lib.sh"
N=${N:-10000}
ROUNDS=${ROUNDS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
ITERATIONS=${ITERATIONS:-30}
CLIENTS=${CLIENTS:-1,8,32}
if [[ -z ${QUERIES:-} ]]; then QUERIES=bench/queries; [[ -d queries ]] && QUERIES="queries $QUERIES"; fi
build
data=$(store "$N")
requests="$BENCH_DIR/requests-queries.tsv"
: > "$requests"
for dir in $QUERIES; do
  for q in "$dir"/*.rq; do
    # Federated queries are left out: they measure the remote endpoint (and need the network).
    grep -q 'SERVICE' "$q" && continue
    name=$(basename "$q" .rq); [[ $dir == bench/queries ]] && name="bench-$name"
    # QUERY_EXCLUDE: a regex of query names to leave out (e.g. ones that hit the 30 s timeout).
    [[ -n ${QUERY_EXCLUDE:-} && $name =~ ^($QUERY_EXCLUDE)$ ]] && continue
    printf '%s\tPOST\tkg/sparql\tapplication/sparql-results+json\t%s\n' "$name" "$ROOT/$q" >> "$requests"
  done
done
out="$RESULTS/query-$N-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# N=$N ROUNDS=$ROUNDS SECONDS_PER_RUN=$SECONDS_PER_RUN ITERATIONS=$ITERATIONS CLIENTS=$CLIENTS JAVA_OPTS=$JAVA_OPTS"
  echo "round,label,mode,group,clients,requests,seconds,req_per_s,median_ms,p99_ms,mean_bytes,errors"; } > "$out"
for round in $(seq 1 "$ROUNDS"); do
  for server in ours stock; do
    echo "round $round/$ROUNDS: $server" >&2
    "start_$server" "$data"
    wait_answering "$(date +%s%3N)" >/dev/null
    http_bench --requests "$requests" --label "$server" --mode latency --iterations "$ITERATIONS" | sed "s/^/$round,/" >> "$out"
    http_bench --requests "$requests" --label "$server" --mode throughput --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" | sed "s/^/$round,/" >> "$out"
    stop_server
  done
done
echo "raw rows: $out" >&2
bench/summarise-http.sh "$out"
