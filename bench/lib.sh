# Shared by the bench/*.sh commands (sourced, not run). Settings by environment:
#   BENCH_DIR   work directory for corpora, stores and logs (default target/bench; never committed)
#   RESULTS     directory the raw result rows go to (default bench/results)
#   JAVA_OPTS   extra JVM options for every measured process (default none: what users get)
#   SEED        corpus seed (default the generator's)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
RESULTS=${RESULTS:-$ROOT/bench/results}
JAVA_OPTS=${JAVA_OPTS:-}
SEED=${SEED:-20241016}
mkdir -p "$BENCH_DIR" "$RESULTS"
CP="$ROOT/target/alliancegraph.jar:$ROOT/target/test-classes:$ROOT/target/lib/*"

# The product jar, its libraries and the benchmark classes (compiled with the tests, not run).
build() {
  if [[ -z ${SKIP_BUILD:-} ]]; then
    mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
  fi
}

bench_java() { java $JAVA_OPTS -cp "$CP" "$@"; }

# corpus N -> prints the corpus directory, generating it once (same seed, same bytes).
corpus() {
  local n=$1 dir="$BENCH_DIR/corpus-$1-seed$SEED"
  if [[ ! -f $dir/.complete ]]; then
    rm -rf "$dir"
    bench_java org.alliancegraph.bench.CorpusGenerator --count "$n" --seed "$SEED" --out "$dir" >&2
    touch "$dir/.complete"
  fi
  echo "$dir"
}

# One line describing where and when a result was measured.
machine() {
  printf 'date=%s host_cores=%s mem=%s java=%s load="%s"\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(nproc)" \
    "$(free -g | awk '/Mem:/{print $2 "GiB"}')" "$(java -version 2>&1 | head -1 | tr -d '"')" \
    "$(uptime | sed 's/.*load average: //')"
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
