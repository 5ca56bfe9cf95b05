#!/usr/bin/env bash
# Bounded load run (docs/reliability.md): builds the jar, loads the seeds, the five test articles
# and 200 generated articles into a fresh store, serves it on 127.0.0.1 and runs LoadRun
# (CLIENTS clients for DURATION seconds, default 32 and 60). Only ever against this machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-60}
PORT=${PORT:-3399}
mvn -B -q -o -DskipTests package 2>/dev/null || mvn -B -q -DskipTests package
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
java -cp target/test-classes org.alliancegraph.reliability.GeneratedArticles "$work/articles" 200
java -jar target/alliancegraph.jar load seeds src/test/resources/articles "$work/articles" --data "$work/data" 2>&1 | tail -1
java -jar target/alliancegraph.jar serve --host 127.0.0.1 --port "$PORT" --data "$work/data" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/\$/ping" >/dev/null && break
  sleep 1
done
java bench/load/LoadRun.java "http://127.0.0.1:$PORT" "$CLIENTS" "$DURATION"
# Fuseki logs its own endpoints (queries, graph reads, ping), not the linked-data servlets.
echo "server log: $(grep -c '\] 200 OK' "$work/serve.log") Fuseki requests answered 200; other statuses:"
grep -E '\] [0-9]{3} ' "$work/serve.log" | grep -v '\] 200 OK' || echo "  none"
