#!/usr/bin/env bash
# Medians per (benchmark, size) of a load-*.csv, and the ratios the targets are stated in:
# our load / bulk load (target <= 1.5) and time per article at each size / at the smallest (<= 1.3).
set -euo pipefail
f=${1:?usage: summarise-load.sh bench/results/load-….csv}
awk -F, '
  /^#/ || $1 == "run" { next }
  { key = $2 SUBSEP $3; n[key]++; wall[key, n[key]] = $4; tps[key, n[key]] = $7; cores[key, n[key]] = $8; rss[key, n[key]] = $9
    if ($2 != "bulk-parallel" && $2 != "bulk-phased" && $2 != "bulk-basic") arts[$3] = $3
    if (!($3 in seen)) { seen[$3]; sizes[++ns] = $3 } ; benches[$2] }
  function med(arr, key, cnt,   i, j, t, v) {
    for (i = 1; i <= cnt; i++) v[i] = arr[key, i] + 0
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2 }
  END {
    printf "%-14s %8s %5s %9s %11s %11s %6s %8s\n", "bench", "size", "runs", "wall_s", "ms/article", "triples/s", "cores", "rss_mb"
    for (s = 1; s <= ns; s++) for (b in benches) { key = b SUBSEP sizes[s]; if (!(key in n)) continue
      w = med(wall, key, n[key]); W[b, sizes[s]] = w
      printf "%-14s %8d %5d %9.2f %11.3f %11.0f %6.2f %8d\n", b, sizes[s], n[key], w, 1000 * w / sizes[s], med(tps, key, n[key]), med(cores, key, n[key]), med(rss, key, n[key]) }
    for (s = 1; s <= ns; s++) for (b in benches) if (b ~ /^bulk/ && (("load", sizes[s]) in W))
      printf "size %d: load / %s = %.2f (target <= 1.5); extract / load = %.2f\n", sizes[s], b, W["load", sizes[s]] / W[b, sizes[s]], W["extract", sizes[s]] / W["load", sizes[s]]
    for (s = 2; s <= ns; s++) if ((("load", sizes[s]) in W) && (("load", sizes[1]) in W))
      printf "load time per article, size %d / size %d = %.2f (target <= 1.3)\n", sizes[s], sizes[1], (W["load", sizes[s]] / sizes[s]) / (W["load", sizes[1]] / sizes[1])
  }' "$f"
