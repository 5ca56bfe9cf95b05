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
# The product jar, its libraries and the benchmark classes (compiled with the tests, not run),
# copied to $BENCH_DIR/run-PID so that a rebuild during a long run changes nothing under it.
JAR= CP=
build() {
  if [[ -z ${SKIP_BUILD:-} ]]; then
    mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
  fi
  local snap="$BENCH_DIR/run-$$"
  rm -rf "$snap"; mkdir -p "$snap"
  cp -r "$ROOT/target/alliancegraph.jar" "$ROOT/target/lib" "$ROOT/target/test-classes" "$snap/"
  JAR="$snap/alliancegraph.jar"
  CP="$JAR:$snap/test-classes:$snap/lib/*"
  trap 'stop_server; rm -rf "'"$snap"'"' EXIT
}

# build_before REV: the product jar of git revision REV (built once in a worktree under $BENCH_DIR),
# for before/after rows in the same run; prints its jar.
build_before() {
  local rev; rev=$(git rev-parse --short "$1")
  local tree="$BENCH_DIR/before-$rev"
  if [[ ! -f $tree/target/alliancegraph.jar ]]; then
    git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
    git worktree add --detach "$tree" "$rev" >&2
    (cd "$tree" && { mvn -B -q -o -Dmaven.test.skip=true package 2>/dev/null || mvn -B -q -Dmaven.test.skip=true package; }) >&2
  fi
  echo "$tree/target/alliancegraph.jar"
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
  printf 'date=%s rev=%s host_cores=%s mem=%s java=%s load="%s"\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" \
    "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo +changes)" "$(nproc)" \
    "$(free -g | awk '/Mem:/{print $2 "GiB"}')" "$(java -version 2>&1 | head -1 | tr -d '"')" \
    "$(uptime | sed 's/.*load average: //')"
}

# median of the numbers on stdin
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# ---- servers ---------------------------------------------------------------------------------
PORT=${PORT:-3099}
SERVER_PID=

# store N -> prints a TDB2 directory holding the N-article corpus (loaded once with the product's
# `load` command unless bench/load.sh left one).
store() {
  local n=$1 dir="$BENCH_DIR/store-$1"
  if [[ ! -f $dir.complete ]]; then
    local c; c=$(corpus "$n")
    rm -rf "$dir"
    java $JAVA_OPTS -jar "$JAR" load --data "$dir" "$c" 2>"$BENCH_DIR/store-$n.log" >&2
    touch "$dir.complete"
  fi
  echo "$dir"
}

# start_ours DATA_DIR: `alliancegraph serve` (all modules) in the background.
start_ours() {
  java $JAVA_OPTS -jar "$JAR" serve --data "$1" --port "$PORT" \
    >"$BENCH_DIR/server-ours.log" 2>&1 &
  SERVER_PID=$!
}

# start_stock DATA_DIR: stock Fuseki Main (FusekiServerCmd, only Jena's jars on the class path, so
# no AllianceGraph module) on the same assembler file, pointed at the same store, same logging.
start_stock() {
  sed -e "s|tdb2:location \"data\"|tdb2:location \"$1\"|" -e "s|text:directory \"data/text\"|text:directory \"$1/text\"|" \
    "$ROOT/fuseki-config/alliancegraph.ttl" > "$BENCH_DIR/stock-config.ttl"
  grep -q "tdb2:location \"$1\"" "$BENCH_DIR/stock-config.ttl" || { echo "cannot point the config at $1" >&2; exit 1; }
  java $JAVA_OPTS -Dlog4j2.configurationFile="$ROOT/src/main/resources/log4j2.properties" -cp "${JAR%/*}/lib/*" \
    org.apache.jena.fuseki.main.cmds.FusekiServerCmd --config "$BENCH_DIR/stock-config.ttl" --port "$PORT" \
    >"$BENCH_DIR/server-stock.log" 2>&1 &
  SERVER_PID=$!
}

# Waits until the endpoint answers a query; prints the milliseconds since $1 (epoch ms).
wait_answering() {
  local since=$1
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/kg/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited; see $BENCH_DIR/server-*.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( $(date +%s%3N) - since ))
}

stop_server() {
  if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=
}
trap stop_server EXIT # build() extends it

http_bench() { bench_java org.alliancegraph.bench.HttpBench --base "http://127.0.0.1:$PORT/" --server-pid "${SERVER_PID:--1}" "$@"; }
