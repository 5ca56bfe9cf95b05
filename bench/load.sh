#!/usr/bin/env bash
# Loader benchmark: for each corpus size, RUNS times in turn — extraction alone (no store), our
# loader into a new TDB2 store, and Jena's TDB2 bulk loader on the N-Quads our store holds.
# Each measurement is its own JVM; rows go to bench/results/load-DATE.csv, medians to stdout.
# BENCHES picks the measurements (default "extract load load-bulk bulk"; at 100k "load-bulk bulk" saves hours).
# load-bulk is `alliancegraph load --bulk` (a new store through TDB2's bulk loader) into a new store.
# BEFORE=REV adds extraction and load rows of git revision REV's product (benchmark code of this
# checkout), for before/after ratios within one run.
#   SIZES="1000 10000" RUNS=3 BULK_LOADER=parallel [BEFORE=a92234d] bench/load.sh
source "$(dirname "$0")/lib.sh"
SIZES=${SIZES:-1000 10000}
RUNS=${RUNS:-3}
BENCHES=${BENCHES:-extract load load-bulk bulk}
BULK_LOADER=${BULK_LOADER:-parallel}
build
if [[ -n ${BEFORE:-} ]]; then
  before_jar=$(build_before "$BEFORE")
  BEFORE_CP="$before_jar:${CP#*:}" # the old product first; the benchmark classes and libraries of this run
fi
out="$RESULTS/load-$(date -u +%Y%m%d-%H%M).csv"
{ echo "# $(machine)"; echo "# SIZES=$SIZES RUNS=$RUNS BENCHES=$BENCHES BULK_LOADER=$BULK_LOADER BEFORE=${BEFORE:-} JAVA_OPTS=$JAVA_OPTS"
  echo "run,bench,articles,wall_s,articles_per_s,triples,triples_per_s,cpu_cores,peak_rss_mb"; } > "$out"
for n in $SIZES; do
  dir=$(corpus "$n")
  store="$BENCH_DIR/store-$n" bulkstore="$BENCH_DIR/bulkstore-$n" nq="$BENCH_DIR/ours-$n.nq"
  for run in $(seq 1 "$RUNS"); do
    echo "size $n, run $run/$RUNS" >&2
    [[ " $BENCHES " == *" extract "* ]] && echo "$run,$(bench_java org.alliancegraph.bench.LoadBench extract --corpus "$dir" 2>"$BENCH_DIR/extract-$n.log")" >> "$out"
    # bench/query.sh serves $store: our transactional load's, or load --bulk's when that runs alone.
    if [[ " $BENCHES " == *" load "* ]]; then
      rm -rf "$store" "$store.complete"
      echo "$run,$(bench_java org.alliancegraph.bench.LoadBench load --corpus "$dir" --data "$store" 2>"$BENCH_DIR/load-$n.log")" >> "$out"
      touch "$store.complete"
    fi
    if [[ " $BENCHES " == *" load-bulk "* ]]; then
      target="$store-bulk"; [[ " $BENCHES " == *" load "* ]] || { target=$store; rm -f "$store.complete"; }
      rm -rf "$target"
      echo "$run,$(bench_java org.alliancegraph.bench.LoadBench load-bulk --corpus "$dir" --data "$target" 2>"$BENCH_DIR/load-bulk-$n.log")" >> "$out"
      if [[ $target == "$store" ]]; then touch "$store.complete"; else rm -rf "$target"; fi
    fi
    if [[ -n ${BEFORE:-} ]]; then
      echo "$run,$(java $JAVA_OPTS -cp "$BEFORE_CP" org.alliancegraph.bench.LoadBench extract --corpus "$dir" 2>/dev/null | sed "s/^extract/extract@$BEFORE/")" >> "$out"
      rm -rf "$store-before"
      echo "$run,$(java $JAVA_OPTS -cp "$BEFORE_CP" org.alliancegraph.bench.LoadBench load --corpus "$dir" --data "$store-before" 2>/dev/null | sed "s/^load/load@$BEFORE/")" >> "$out"
      rm -rf "$store-before"
    fi
    # The N-Quads come from the store our loader just wrote (the first run's; every run writes the same).
    [[ -f $nq ]] || bench_java org.alliancegraph.bench.LoadBench dump --data "$store" --out "$nq" >/dev/null
    rm -rf "$bulkstore"
    [[ " $BENCHES " == *" bulk "* ]] && echo "$run,$(bench_java org.alliancegraph.bench.LoadBench bulk --articles "$n" --loader "$BULK_LOADER" --nquads "$nq" --data "$bulkstore" 2>"$BENCH_DIR/bulk-$n.log")" >> "$out"
  done
  rm -rf "$bulkstore"
done
echo "raw rows: $out" >&2
bench/summarise-load.sh "$out"
