#!/usr/bin/env bash
# Query benchmark on the N-article store: each query's median and p99 latency (one client), then
# throughput of the query mix with 1, 8 and 32 clients — for AllianceGraph's server and for a stock
# Fuseki Main on the same store and configuration, alternating ROUNDS times.
#   N=10000 ROUNDS=2 SECONDS_PER_RUN=15 CLIENTS=1,8,32 [QUERY_EXCLUDE='co-mentions|…'] bench/query.sh
# Queries: every *.rq in $QUERIES (default: the catalogue in queries/ if present, and bench/queries/),
# as published (optional parameters left unbound, so their defaults apply), except federated ones;
# plus the catalogue queries with a parameter bound as in BOUND (NAME:VAR=<IRI>, space-separated),
# named NAME@VALUE. More settings:
#   QUERY_EXCLUDE  a regex of query names to leave out (e.g. ones that hit the 30 s timeout)
#   MIX            a regex of the query names that make up the throughput mix (default: all of them)
#   SERVERS        "ours stock" (default), or one of them
#   WARMUP         unmeasured requests per query before the ITERATIONS measured ones (5)
#   SETTLE=0       measure our server at once, while its start-up statistics pass runs (default: after it)
#   BEFORE=REV     also the catalogue queries of git revision REV, named before-NAME, on our server,
#                  latency only, BEFORE_ITERATIONS (3) requests each after one warm-up: old and new
#                  query texts in the same run
source "$(dirname "$0")/lib.sh"
N=${N:-10000}
ROUNDS=${ROUNDS:-2}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
ITERATIONS=${ITERATIONS:-30}
WARMUP=${WARMUP:-5}
CLIENTS=${CLIENTS:-1,8,32}
SERVERS=${SERVERS:-ours stock}
BOUND=${BOUND-co-mentions:entity=<http://localhost:3030/id/person/mark-rutte> statements-by-person:speaker=<http://localhost:3030/id/person/mark-rutte>}
if [[ -z ${QUERIES:-} ]]; then QUERIES=bench/queries; [[ -d queries ]] && QUERIES="queries $QUERIES"; fi
build
data=$(store "$N")

# request NAME FILE [TSV]: one line of the HttpBench request file, unless excluded.
request() {
  [[ -n ${QUERY_EXCLUDE:-} && $1 =~ ^($QUERY_EXCLUDE)$ ]] && return 0
  printf '%s\tPOST\tkg/sparql\tapplication/sparql-results+json\t%s\n' "$1" "$2" >> "$3"
}
requests="$BENCH_DIR/requests-queries.tsv" mix="$BENCH_DIR/requests-mix.tsv" before="$BENCH_DIR/requests-before.tsv"
bound="$BENCH_DIR/queries-bound"
rm -rf "$bound"; mkdir -p "$bound"
: > "$requests"; : > "$mix"; : > "$before"
for dir in $QUERIES; do
  for q in "$dir"/*.rq; do
    # Federated queries are left out: they measure the remote endpoint (and need the network).
    grep -q 'SERVICE' "$q" && continue
    name=$(basename "$q" .rq); [[ $dir == bench/queries ]] && name="bench-$name"
    request "$name" "$ROOT/$q" "$requests"
  done
done
for b in $BOUND; do # NAME:VAR=VALUE, substituted as ParameterizedSparqlString does (the variable's every use)
  name=${b%%:*} var=${b#*:}; value=${var#*=}; var=${var%%=*}
  [[ -f queries/$name.rq ]] || continue
  file="$bound/$name@${value##*/}.rq"; file=${file%>.rq}.rq
  sed "s|?$var\b|$value|g" "queries/$name.rq" > "$file"
  request "$(basename "$file" .rq)" "$file" "$requests"
done
awk -F'\t' -v mix="^(${MIX:-.*})\$" '$1 ~ mix' "$requests" > "$mix"
if [[ -n ${BEFORE:-} ]]; then
  rev=$(git rev-parse --short "$BEFORE") dir="$BENCH_DIR/queries-$rev"
  rm -rf "$dir"; mkdir -p "$dir"
  for f in $(git ls-tree --name-only "$rev" queries/ | grep '\.rq$'); do
    git show "$rev:$f" > "$dir/$(basename "$f")"
    grep -q 'SERVICE' "$dir/$(basename "$f")" || request "before-$(basename "$f" .rq)" "$dir/$(basename "$f")" "$before"
  done
fi
# Our server computes the VoID statistics of the store in the background once after starting (one
# pass over the union graph, logged as "store statistics"): measured after it, so that the rows
# compare steady states; the pass's duration is recorded as a comment.
settle() {
  [[ $1 == ours && ${SETTLE:-1} == 1 ]] || return 0
  for _ in $(seq 1 3600); do
    grep -q 'store statistics for version' "$BENCH_DIR/server-ours.log" && return 0
    sleep 0.5
  done
}
out="$RESULTS/query-$N-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# N=$N ROUNDS=$ROUNDS SECONDS_PER_RUN=$SECONDS_PER_RUN ITERATIONS=$ITERATIONS WARMUP=$WARMUP CLIENTS=$CLIENTS SERVERS=$SERVERS MIX=${MIX:-} BEFORE=${BEFORE:-} QUERY_EXCLUDE=${QUERY_EXCLUDE:-} JAVA_OPTS=$JAVA_OPTS"
  echo "round,label,mode,group,clients,requests,seconds,req_per_s,median_ms,p99_ms,mean_bytes,errors,server_cpu_ms"; } > "$out"
for round in $(seq 1 "$ROUNDS"); do
  for server in $SERVERS; do
    echo "round $round/$ROUNDS: $server" >&2
    "start_$server" "$data"
    wait_answering "$(date +%s%3N)" >/dev/null
    settle "$server"
    { echo "# $(machine) server=$server round=$round"
      [[ $server == ours ]] && grep -h 'store statistics for version' "$BENCH_DIR/server-ours.log" | sed 's/^/# /' 
      if [[ $ITERATIONS -gt 0 ]]; then
        http_bench --requests "$requests" --label "$server" --mode latency --warmup "$WARMUP" --iterations "$ITERATIONS"
      fi
      if [[ $server == ours && -s $before ]]; then
        http_bench --requests "$before" --label "$server" --mode latency --warmup 1 --iterations "${BEFORE_ITERATIONS:-3}"
      fi
      if [[ -s $mix && $SECONDS_PER_RUN -gt 0 ]]; then
        http_bench --requests "$mix" --label "$server" --mode throughput --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN"
      fi
    } | sed "/^#/!s/^/$round,/" >> "$out"
    stop_server
  done
done
echo "raw rows: $out" >&2
bench/summarise-http.sh "$out"
