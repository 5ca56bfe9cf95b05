#!/usr/bin/env bash
# Profiles one loader benchmark with Java Flight Recorder and prints where the CPU time went.
#   bench/profile.sh load 1000     (or: extract 1000)
# The recording stays in $BENCH_DIR/profile-MODE-N.jfr for `jfr print` / `jfr summary` / JDK Mission Control.
source "$(dirname "$0")/lib.sh"
mode=${1:-load} n=${2:-1000}
build
dir=$(corpus "$n")
jfr="$BENCH_DIR/profile-$mode-$n.jfr"
args=(--corpus "$dir")
if [[ $mode == load ]]; then rm -rf "$BENCH_DIR/profile-store"; args+=(--data "$BENCH_DIR/profile-store"); fi
bench_java -XX:StartFlightRecording=filename="$jfr",settings=profile org.alliancegraph.bench.LoadBench "$mode" "${args[@]}" 2>/dev/null
rm -rf "$BENCH_DIR/profile-store"
bench_java org.alliancegraph.bench.JfrTop --jfr "$jfr"
