#!/usr/bin/env bash
# Times `zhonghe targets audit` on a generated Net Zero Tracker export of ROWS rows (default 4200, the
# size of the full export), XLSX and CSV, each run a whole process (JVM start included): one warm-up,
# then the median of 5 runs (RUNS=n to change), and the peak resident memory; then once more in a 64 MB heap to show that
# memory does not grow with the sheet. Usage: bench/targets/run-audit.sh [ROWS]
set -euo pipefail
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
cd "$(dirname "$0")/../.."
rows=${1:-4200}
runs=${RUNS:-5}   # RUNS=1 on a busy host
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/targets/nzt-export.py "$rows" "$dir/nzt" --long
ls -l "$dir"/nzt.csv "$dir"/nzt.xlsx | awk '{print $5, $9}'
./zhonghe targets audit "$dir/nzt.csv" --format json >/dev/null   # builds the jar when needed
for ext in xlsx csv; do
  ./zhonghe targets audit "$dir/nzt.$ext" --format json >/dev/null   # warm-up
  times=()
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M %U %S" -o "$dir/time" ./zhonghe targets audit "$dir/nzt.$ext" --format json >"$dir/out.json"
    times+=("$(cat "$dir/time")")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  read -r wall rss user sys <<<"$median"
  audited=$(python3 -c "import json,sys; print(json.load(open('$dir/out.json'))['summary']['audited'])")
  echo "$ext: $audited rows audited; median of $runs: $wall s wall, $user s user + $sys s sys CPU, peak RSS $rss KB"
  echo "  all runs (wall s, RSS KB, user s, sys s): ${times[*]}"
  ZHONGHE_JAVA_OPTS=-Xmx64m /usr/bin/time -f "%e %M %U %S" -o "$dir/time" ./zhonghe targets audit "$dir/nzt.$ext" --format json >/dev/null
  echo "  $ext in a 64 MB heap (-Xmx64m): $(cat "$dir/time") (wall s, RSS KB, user s, sys s)"
done
