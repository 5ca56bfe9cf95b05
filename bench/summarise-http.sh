#!/usr/bin/env bash
# Medians over rounds of a query-*.csv or deref-*.csv, and ours / stock throughput ratios (target >= 0.95).
set -euo pipefail
f=${1:?usage: summarise-http.sh bench/results/query-….csv}
awk -F, '
  /^#/ || $1 == "round" { next }
  { key = $2 SUBSEP $3 SUBSEP $4 SUBSEP $5; if (!(key in n)) order[++nk] = key
    n[key]++; rps[key, n[key]] = $8; med[key, n[key]] = $9; p99[key, n[key]] = $10; bytes[key] = $11; err[key] += $12; cpu[key, n[key]] = ($13 == "" ? "nan" : $13) }
  function median(arr, key, cnt,   i, j, t, v) {
    for (i = 1; i <= cnt; i++) v[i] = arr[key, i] + 0
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2 }
  END {
    printf "%-6s %-10s %-34s %7s %6s %9s %10s %10s %10s %6s %11s\n", "server", "mode", "group", "clients", "runs", "req/s", "median_ms", "p99_ms", "bytes", "errors", "cpu_ms/req"
    for (k = 1; k <= nk; k++) { key = order[k]; split(key, p, SUBSEP)
      R[key] = median(rps, key, n[key]); C[key] = median(cpu, key, n[key])
      printf "%-6s %-10s %-34s %7d %6d %9.1f %10.2f %10.2f %10d %6d %11.1f\n", p[1], p[2], p[3], p[4], n[key], R[key], median(med, key, n[key]), median(p99, key, n[key]), bytes[key], err[key], C[key] }
    for (k = 1; k <= nk; k++) { key = order[k]; split(key, p, SUBSEP)
      if (p[1] == "ours" && p[2] == "throughput") { s = "stock" SUBSEP p[2] SUBSEP p[3] SUBSEP p[4]
        if (s in R && R[s] > 0) printf "throughput ours / stock, %s, %d clients: %.2f (target >= 0.95); server CPU per request ours / stock: %.2f\n", p[3], p[4], R[key] / R[s], (C[s] > 0 ? C[key] / C[s] : 0) } }
  }' "$f"
