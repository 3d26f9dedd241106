#!/usr/bin/env bash
# Times `zhonghe targets audit` on a generated Net Zero Tracker export of ROWS rows (default 4200, the
# size of the full export), XLSX and CSV, each run a whole process through ./zhonghe (JVM start included):
# one warm-up, then RUNS runs (default 5; the median), with wall time, CPU time (user + sys) and peak
# resident memory (/usr/bin/time); then once more in a 64 MB heap to show that memory does not grow with
# the sheet. With BASELINE=DIR (a checkout of the previous build, e.g. made by
#   git archive REF | tar -x -C DIR   and built by its own ./zhonghe on first use)
# the same runs of DIR/zhonghe alternate with this checkout's, round by round, so both meet the same load.
# Usage: [BASELINE=DIR] [RUNS=n] bench/targets/run-audit.sh [ROWS]
set -euo pipefail
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
cd "$(dirname "$0")/../.."
rows=${1:-4200}
runs=${RUNS:-5}   # RUNS=1 on a busy host
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 bench/targets/nzt-export.py "$rows" "$dir/nzt" --long
ls -l "$dir"/nzt.csv "$dir"/nzt.xlsx | awk '{print $5, $9}'
builds=("$PWD")
[ -n "${BASELINE:-}" ] && builds=("$BASELINE" "$PWD")
for b in "${builds[@]}"; do
  "$b/zhonghe" targets audit "$dir/nzt.csv" --format json >/dev/null   # builds the jar when needed
done
for ext in xlsx csv; do
  for b in "${builds[@]}"; do "$b/zhonghe" targets audit "$dir/nzt.$ext" --format json >/dev/null; done   # warm-up
  declare -A times=()
  for i in $(seq "$runs"); do
    for k in "${!builds[@]}"; do
      /usr/bin/time -f "%e %M %U %S" -o "$dir/time" "${builds[$k]}/zhonghe" targets audit "$dir/nzt.$ext" \
        --format json >"$dir/out-$k.json"
      times[$k]="${times[$k]:-} $(tr ' ' , <"$dir/time")"
    done
  done
  for k in "${!builds[@]}"; do
    median=$(printf '%s\n' ${times[$k]} | tr , ' ' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    read -r wall rss user sys <<<"$median"
    audited=$(python3 -c "import json; print(json.load(open('$dir/out-$k.json'))['summary']['audited'])")
    echo "$ext, ${builds[$k]}: $audited rows audited; median of $runs: $wall s wall," \
      "$(python3 -c "print(round($user + $sys, 2))") s CPU ($user user + $sys sys), peak RSS $rss KB"
    echo "  all runs (wall s, RSS KB, user s, sys s):${times[$k]}"
  done
  if [ -n "${BASELINE:-}" ]; then
    cmp -s "$dir/out-0.json" "$dir/out-1.json" && echo "  the two builds' JSON outputs are identical" \
      || echo "  the two builds' JSON outputs DIFFER"
  fi
  ZHONGHE_JAVA_OPTS=-Xmx64m /usr/bin/time -f "%e %M %U %S" -o "$dir/time" ./zhonghe targets audit "$dir/nzt.$ext" \
    --format json >/dev/null
  echo "  this build, $ext in a 64 MB heap (-Xmx64m): $(cat "$dir/time") (wall s, RSS KB, user s, sys s)"
  unset times
done
