#!/usr/bin/env bash
# Times `zhonghe report` (issue 20 item 4; figures in docs/performance.md), PDF and HTML, zh and en:
# 1. the command line, each run a whole process through ./zhonghe (JVM start included): one warm-up
#    (it also writes the launcher's CDS archive), then RUNS runs (default 5; the median) with wall
#    time, CPU time (user + sys) and peak resident memory (/usr/bin/time);
# 2. a warm server: `./zhonghe serve` on a free port of 127.0.0.1 and a temporary database, the same
#    POST /api/v1/report REQUESTS times (default 20): the first, the median of the last 10 (curl's
#    time_total), and the server's CPU time per request over the last 10 (/proc/PID/stat).
# With BASELINE=DIR (a checkout of the previous build, e.g. made by
#   git archive REF | tar -x -C DIR   and built by its own ./zhonghe on first use)
# the same runs of DIR/zhonghe alternate with this checkout's, round by round (the two servers run
# side by side, requests alternate), so both meet the same load; the two builds' PDFs are then
# compared byte for byte apart from their creation date and file ID, and their text (pdftotext).
# Usage: [BASELINE=DIR] [RUNS=n] [REQUESTS=n] bench/run-report.sh [ASSESSMENT]
set -euo pipefail
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
cd "$(dirname "$0")/.."
file=${1:-examples/winter-games-event/assessment.yaml}
runs=${RUNS:-5}
requests=${REQUESTS:-20}
dir=$(mktemp -d)
pids=()
stop() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap stop EXIT
builds=("$PWD")
[ -n "${BASELINE:-}" ] && builds=("$BASELINE" "$PWD")
for b in "${builds[@]}"; do "$b/zhonghe" --version >/dev/null; done   # builds the jar when needed
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

# the same PDF but for its creation date and file ID (both in the Info dictionary and the XMP)
same_pdf() {
  python3 - "$1" "$2" <<'EOF'
import re, sys, zlib
def norm(path):
    d = open(path, 'rb').read()
    def stream(m):
        s = m.group(1)
        try: s = zlib.decompress(s)
        except zlib.error: pass
        return b'stream ' + re.sub(rb'\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)?', b'DATE', s) + b' endstream'
    d = re.sub(rb'stream\r?\n(.*?)\r?\nendstream', stream, d, flags=re.S)
    d = re.sub(rb'D:\d{14}[^)]*', b'D:', d)
    return re.sub(rb'/ID ?\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]', b'/ID', d)
sys.exit(0 if norm(sys.argv[1]) == norm(sys.argv[2]) else 1)
EOF
}

echo "== command line: zhonghe report $file (whole process; median of $runs)"
for format in pdf html; do
  for lang in zh en; do
    for k in "${!builds[@]}"; do
      "${builds[$k]}/zhonghe" report "$file" --lang "$lang" --format "$format" --out "$dir/out-$k.$format" >/dev/null || true
    done
    declare -A times=()
    for _ in $(seq "$runs"); do
      for k in "${!builds[@]}"; do
        /usr/bin/time -f "%e %M %U %S" -o "$dir/time" "${builds[$k]}/zhonghe" report "$file" --lang "$lang" \
          --format "$format" --out "$dir/out-$k.$format" >/dev/null || true
        times[$k]="${times[$k]:-} $(tr ' ' , <"$dir/time")"
      done
    done
    for k in "${!builds[@]}"; do
      wall=$(printf '%s\n' ${times[$k]} | cut -d, -f1 | median)
      cpu=$(printf '%s\n' ${times[$k]} | awk -F, '{printf "%.2f\n", $3 + $4}' | median)
      rss=$(printf '%s\n' ${times[$k]} | cut -d, -f2 | median)
      echo "$format $lang, ${builds[$k]}: $wall s wall, $cpu s CPU, peak RSS $rss KB ($(stat -c %s "$dir/out-$k.$format") bytes)"
      echo "  all runs (wall s, RSS KB, user s, sys s):${times[$k]}"
    done
    if [ -n "${BASELINE:-}" ]; then
      if [ "$format" = pdf ]; then
        pdftotext -layout "$dir/out-0.pdf" "$dir/text-0" && pdftotext -layout "$dir/out-1.pdf" "$dir/text-1"
        cmp -s "$dir/text-0" "$dir/text-1" && echo "  text (pdftotext) identical" || echo "  text (pdftotext) DIFFERS"
        same_pdf "$dir/out-0.pdf" "$dir/out-1.pdf" && echo "  PDFs identical but for the creation date and ID" \
          || echo "  PDFs DIFFER beyond the creation date and ID"
      else
        cmp -s "$dir/out-0.html" "$dir/out-1.html" && echo "  HTML identical" || echo "  HTML DIFFERS"
      fi
    fi
    unset times
  done
done

echo "== warm server: POST /api/v1/report, $requests requests each (first; median of the last 10)"
ports=() tokens=()
for k in "${!builds[@]}"; do
  "${builds[$k]}/zhonghe" serve --port 0 --data-dir "$dir/data-$k" --admin-token-file "$dir/token-$k" \
    >"$dir/serve-$k.log" 2>&1 &
  pids+=($!)
  port=""
  for _ in $(seq 1 240); do
    port=$(sed -n 's|^Listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$dir/serve-$k.log")
    [ -n "$port" ] && break
    kill -0 "${pids[$k]}" 2>/dev/null || { cat "$dir/serve-$k.log"; echo "run-report: the server stopped" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$port" ] || { cat "$dir/serve-$k.log"; echo "run-report: no server within 120 s" >&2; exit 1; }
  ports+=("$port") tokens+=("$(cat "$dir/token-$k")")
done
ticks=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # utime + stime, clock ticks
for format in pdf html; do
  for lang in zh en; do
    declare -A walls=() cpu0=() cpu1=()
    for i in $(seq "$requests"); do
      for k in "${!builds[@]}"; do
        [ "$i" -eq $((requests - 9)) ] && cpu0[$k]=$(cpu_of "${pids[$k]}")
        t=$(curl -sf -X POST -H "Authorization: Bearer ${tokens[$k]}" -H 'Content-Type: application/yaml' \
          --data-binary @"$file" "http://127.0.0.1:${ports[$k]}/api/v1/report?format=$format&lang=$lang" \
          -o "$dir/srv-$k.$format" -w '%{time_total}')
        walls[$k]="${walls[$k]:-} $t"
      done
    done
    for k in "${!builds[@]}"; do
      cpu1[$k]=$(cpu_of "${pids[$k]}")
      first=$(printf '%s\n' ${walls[$k]} | head -1)
      last=$(printf '%s\n' ${walls[$k]} | tail -10 | median)
      cpu=$(awk -v a="${cpu0[$k]}" -v b="${cpu1[$k]}" -v t="$ticks" 'BEGIN {printf "%.3f", (b - a) / t / 10}')
      echo "$format $lang, ${builds[$k]}: first $first s, median of the last 10 $last s, server CPU $cpu s a request"
      echo "  all (s):${walls[$k]}"
    done
    if [ -n "${BASELINE:-}" ] && [ "$format" = pdf ]; then
      same_pdf "$dir/srv-0.pdf" "$dir/srv-1.pdf" && echo "  PDFs identical but for the creation date and ID" \
        || echo "  PDFs DIFFER beyond the creation date and ID"
    fi
    unset walls cpu0 cpu1
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
