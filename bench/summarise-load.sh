#!/usr/bin/env bash
# Medians per (benchmark, size) of a load-*.csv, and the ratios the targets are stated in:
# our load / bulk load (target <= 1.5), time per article at each size / at the smallest (<= 1.3),
# and before / after for rows of an older revision (bench "load@REV").
# Ratios are taken within each run, then the median over runs is shown.
# cpu_s = CPU seconds (cores busy × wall): on a shared machine the steadier measure of work done.
set -euo pipefail
f=${1:?usage: summarise-load.sh bench/results/load-….csv}
awk -F, '
  /^#/ || $1 == "run" { next }
  { key = $2 SUBSEP $3; if (!(key in n)) order[++nk] = key
    n[key]++; wall[key, n[key]] = $4; tps[key, n[key]] = $7; cpu[key, n[key]] = $4 * $8; cores[key, n[key]] = $8; rss[key, n[key]] = $9
    if (!($3 in seen)) { seen[$3]; sizes[++ns] = $3 }
    RW[$2, $3, $1] = $4; RC[$2, $3, $1] = $4 * $8; if ($1 > maxrun) maxrun = $1 }
  # The median over runs of a ratio taken within each run (the two measured minutes apart).
  function runratio(a, b, size, arr,   r, cnt, v, i, j, t) {
    cnt = 0
    for (r = 1; r <= maxrun; r++) if (((a, size, r) in arr) && ((b, size, r) in arr) && arr[b, size, r] > 0) v[++cnt] = arr[a, size, r] / arr[b, size, r]
    if (cnt == 0) return "n/a"
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return sprintf("%.2f", cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2) }
  function med(arr, key, cnt,   i, j, t, v) {
    for (i = 1; i <= cnt; i++) v[i] = arr[key, i] + 0
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2 }
  END {
    printf "%-20s %7s %4s %9s %10s %10s %9s %6s %7s\n", "bench", "size", "runs", "wall_s", "ms/article", "triples/s", "cpu_s", "cores", "rss_mb"
    for (k = 1; k <= nk; k++) { key = order[k]; split(key, p, SUBSEP)
      W[key] = med(wall, key, n[key]); C[key] = med(cpu, key, n[key])
      printf "%-20s %7d %4d %9.2f %10.3f %10.0f %9.1f %6.2f %7d\n", p[1], p[2], n[key], W[key], 1000 * W[key] / p[2], med(tps, key, n[key]), C[key], med(cores, key, n[key]), med(rss, key, n[key]) }
    for (k = 1; k <= nk; k++) { key = order[k]; split(key, p, SUBSEP); l = "load" SUBSEP p[2]
      if (p[1] ~ /^bulk/ && (l in W))
        printf "size %d: load / %s = %s wall, %s cpu (target <= 1.5); extract / load = %s wall, %s cpu\n", p[2], p[1], runratio("load", p[1], p[2], RW), runratio("load", p[1], p[2], RC), runratio("extract", "load", p[2], RW), runratio("extract", "load", p[2], RC)
      if (p[1] ~ /^bulk/ && (("load-bulk" SUBSEP p[2]) in W))
        printf "size %d: load --bulk / %s = %s wall, %s cpu (target <= 1.5); load --bulk / load = %s wall, %s cpu\n", p[2], p[1], runratio("load-bulk", p[1], p[2], RW), runratio("load-bulk", p[1], p[2], RC), runratio("load-bulk", "load", p[2], RW), runratio("load-bulk", "load", p[2], RC)
      if (p[1] ~ /@/) { split(p[1], q, "@"); now = q[1] SUBSEP p[2]
        if (now in W) printf "size %d: %s before / after = %s wall, %s cpu\n", p[2], p[1], runratio(p[1], q[1], p[2], RW), runratio(p[1], q[1], p[2], RC) } }
    for (s = 2; s <= ns; s++) for (li = 1; li <= 2; li++) { L = li == 1 ? "load" : "load-bulk"; a = L SUBSEP sizes[s]; b = L SUBSEP sizes[1]
      if ((a in W) && (b in W))
        printf "%s time per article, size %d / size %d = %.2f (target <= 1.3)\n", L, sizes[s], sizes[1], (W[a] / sizes[s]) / (W[b] / sizes[1]) }
  }' "$f"
