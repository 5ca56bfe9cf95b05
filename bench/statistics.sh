#!/usr/bin/env bash
# The server's VoID statistics pass (run in the background after every start, and before the first
# VoID answer after a change) on the N-article store, RUNS times; with BEFORE=REV also that
# revision's pass on the same store, alternating, for a before/after ratio within one run.
#   N=10000 RUNS=3 [BEFORE=7ac9cee] bench/statistics.sh
source "$(dirname "$0")/lib.sh"
N=${N:-10000}
RUNS=${RUNS:-3}
build
[[ -n ${BEFORE:-} ]] && before_cp="$(build_before "$BEFORE"):${CP#*:}"
data=$(store "$N")
out="$RESULTS/statistics-$N-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# N=$N RUNS=$RUNS BEFORE=${BEFORE:-} JAVA_OPTS=$JAVA_OPTS"
  echo "run,bench,articles,wall_s,articles_per_s,triples,triples_per_s,cpu_cores,peak_rss_mb"; } > "$out"
for run in $(seq 1 "$RUNS"); do
  echo "run $run/$RUNS" >&2
  echo "$run,$(bench_java org.alliancegraph.bench.StatisticsBench --data "$data" --articles "$N" 2>/dev/null)" >> "$out"
  [[ -n ${BEFORE:-} ]] && echo "$run,$(java $JAVA_OPTS -cp "$before_cp" org.alliancegraph.bench.StatisticsBench --data "$data" --articles "$N" 2>/dev/null | sed "s/^statistics/statistics@$BEFORE/")" >> "$out"
done
echo "raw rows: $out" >&2
cat "$out"
