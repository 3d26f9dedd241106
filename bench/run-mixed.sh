#!/usr/bin/env bash
# A ledger of every kind against emissions alone (issue 20 item 1; docs/performance.md): the full mix
# (`zhonghe generate --entities 1000000 --records 10000000 --seed 1`: emissions, removals, credits)
# and the emissions-only ledger of the same size, through ./zhonghe batch as users run it (whole
# processes, JVM start included, page cache warm), one warm-up each, then RUNS (default 5) rounds of
# mixed / emissions-only (/ BASELINE mixed, when BASELINE=DIR names an earlier build's checkout,
# made by  git archive REF | tar -x -C DIR  and built by its own ./zhonghe on first use). Prints the
# median wall time and peak RSS of each, the median of the per-round ratios mixed ÷ emissions-only
# (the issue's target: at most 2, on wall time), the same of CPU time (user + sys: the work done,
# less moved by other load on the host than wall time, and higher for the mix, whose evaluation
# keeps both cores busy), and whether the builds' results are byte-identical.
#   [BASELINE=DIR] [RUNS=n] bench/run-mixed.sh [MIXED_DIR] [EMISSIONS_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mixed=${1:-/tmp/zhonghe-bench/10m-mixed}
plain=${2:-/tmp/zhonghe-bench/10m}
runs=${RUNS:-5}
cd "$root"
./mvnw -q -B -DskipTests -pl cli -am package
[ -f "$mixed/entities.csv" ] || java -jar cli/target/zhonghe.jar generate --entities 1000000 --records 10000000 --seed 1 "$mixed"
[ -f "$plain/entities.csv" ] || java -jar cli/target/zhonghe.jar generate --emissions-only --entities 1000000 --records 10000000 --seed 1 "$plain"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
cat "$mixed"/*.csv "$plain"/*.csv >/dev/null
run() { # label command... -> "seconds KB user sys" appended to $out/label
  local label=$1; shift
  /usr/bin/time -f '%e %M %U %S' -o "$out/t" "$@" >/dev/null 2>&1 || { echo "$label failed" >&2; exit 1; }
  cat "$out/t" >>"$out/$label"
}
[ -n "${BASELINE:-}" ] && "$BASELINE/zhonghe" --version >/dev/null
echo "warm-up ..." >&2
run warm ./zhonghe batch "$mixed" --out "$out/mixed.csv"
run warm ./zhonghe batch "$plain" --out "$out/plain.csv"
[ -n "${BASELINE:-}" ] && run warm "$BASELINE/zhonghe" batch "$mixed" --out "$out/base.csv"
for i in $(seq "$runs"); do
  run mixed ./zhonghe batch "$mixed" --out "$out/mixed.csv"
  run plain ./zhonghe batch "$plain" --out "$out/plain.csv"
  [ -n "${BASELINE:-}" ] && run base "$BASELINE/zhonghe" batch "$mixed" --out "$out/base.csv"
  echo "round $i: mixed $(tail -1 "$out/mixed" | cut -d' ' -f1) s, emissions only $(tail -1 "$out/plain" | cut -d' ' -f1) s$([ -n "${BASELINE:-}" ] && echo ", baseline mixed $(tail -1 "$out/base" | cut -d' ' -f1) s")" >&2
done
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
col() { cut -d' ' -f"$2" "$out/$1" | median; }
ratio() { paste -d' ' "$out/$1" "$out/$2" | awk '{ printf "%.3f\n", $1 / $5 }' | median; }
cpu() { paste -d' ' "$out/$1" "$out/$2" | awk '{ printf "%.3f\n", ($3 + $4) / ($7 + $8) }' | median; }
cpucol() { awk '{ print $3 + $4 }' "$out/$1" | median; }
printf 'mixed (this build)         median %6.2f s   peak RSS %5.0f MB\n' "$(col mixed 1)" "$(awk -v k="$(col mixed 2)" 'BEGIN { print k / 1024 }')"
printf 'emissions only (this)      median %6.2f s   peak RSS %5.0f MB\n' "$(col plain 1)" "$(awk -v k="$(col plain 2)" 'BEGIN { print k / 1024 }')"
echo "mixed ÷ emissions only, median of rounds: $(ratio mixed plain)   (target: at most 2)"
echo "  CPU time (user + sys), for reference: mixed $(cpucol mixed) s, emissions only $(cpucol plain) s, ratio of rounds $(cpu mixed plain)"
if [ -n "${BASELINE:-}" ]; then
  printf 'mixed (baseline)           median %6.2f s   peak RSS %5.0f MB   (%s)\n' "$(col base 1)" "$(awk -v k="$(col base 2)" 'BEGIN { print k / 1024 }')" "$BASELINE"
  echo "this ÷ baseline on the mix, median of rounds: $(ratio mixed base)"
  cmp -s "$out/mixed.csv" "$out/base.csv" && echo "  the two builds' results are byte-identical" || echo "  the two builds' results DIFFER"
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
