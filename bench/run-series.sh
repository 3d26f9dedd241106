#!/usr/bin/env bash
# How the time of `zhonghe batch` grows with the ledger: for each DIR, one warm-up, then RUNS
# (default 5) whole-process runs of ./zhonghe batch (JVM start included, page cache warm); prints
# rows, median seconds, records per second, and the peak RSS of one more run.
#   bench/run-series.sh DIR...      (e.g. ledgers made by: zhonghe generate --emissions-only ...)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${RUNS:-5}
cd "$root"
./mvnw -q -B -DskipTests -pl cli -am package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-28s %12s %10s %14s %12s\n' ledger records median_s records_per_s peak_rss_MB
for dir in "$@"; do
  rows=$(($(wc -l < "$dir/emissions.csv") - 1))
  cat "$dir"/*.csv > /dev/null
  ./zhonghe batch "$dir" --out "$out/r.csv" 2>/dev/null || true
  times=()
  for i in $(seq "$runs"); do
    s=$(date +%s%N); ./zhonghe batch "$dir" --out "$out/r.csv" 2>/dev/null || true; e=$(date +%s%N)
    times+=("$(awk -v n=$((e - s)) 'BEGIN { printf "%.3f", n / 1e9 }')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  rss=$( { /usr/bin/time -f '%M' ./zhonghe batch "$dir" --out "$out/r.csv" 2>&1 >/dev/null || true; } | tail -1)
  printf '%-28s %12d %10s %14.0f %12.0f   (rounds: %s)\n' "$dir" "$rows" "$median" "$(awk -v r="$rows" -v t="$median" 'BEGIN { print r / t }')" \
    "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "${times[*]}"
done
