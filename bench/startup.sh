#!/usr/bin/env bash
# Start-up benchmark: milliseconds from launching `alliancegraph serve` to the first answered
# query — on an empty store (the seeds are loaded first) and on the N-article store; and stock
# Fuseki on the N-article store for comparison. RUNS times each; rows to bench/results/startup-DATE.csv.
#   N=10000 RUNS=3 bench/startup.sh
source "$(dirname "$0")/lib.sh"
N=${N:-10000}
RUNS=${RUNS:-3}
build
data=$(store "$N")
seeded="$BENCH_DIR/startup-seeds"
out="$RESULTS/startup-$N-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# N=$N RUNS=$RUNS JAVA_OPTS=$JAVA_OPTS"; echo "run,server,store,ms_to_first_answer"; } > "$out"
for run in $(seq 1 "$RUNS"); do
  rm -rf "$seeded"
  t0=$(date +%s%3N); start_ours "$seeded"; echo "$run,ours,seeds,$(wait_answering "$t0")" >> "$out"; stop_server
  t0=$(date +%s%3N); start_ours "$data"; echo "$run,ours,$N,$(wait_answering "$t0")" >> "$out"; stop_server
  t0=$(date +%s%3N); start_stock "$data"; echo "$run,stock,$N,$(wait_answering "$t0")" >> "$out"; stop_server
done
rm -rf "$seeded"
echo "raw rows: $out" >&2
awk -F, '/^#/ || $1 == "run" { next } { k = $2 " " $3; v[k] = v[k] " " $4 } END { for (k in v) print k ":" v[k] " ms" }' "$out" | sort
