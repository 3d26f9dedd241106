#!/usr/bin/env bash
# zhonghe batch against DuckDB (JDBC) on the same emissions.csv, as docs/performance.md and
# ../shared/spec/performance.md say: whole processes (JVM start included), warm page cache, one
# warm-up, then RUNS (default 5) rounds of batch / DuckDB DOUBLE / DuckDB DECIMAL(38,6); prints
# the median of each and the median of the per-round ratios.
#   bench/run-duckdb-comparison.sh [DIR] [RECORDS] [ENTITIES]   (default /tmp/zhonghe-bench/10m 10000000 1000000)
# With BASELINE=DIR (a checkout of an earlier build, e.g. made by  git archive REF | tar -x -C DIR,
# built by its own ./zhonghe on first use) each round also runs DIR/zhonghe batch, so the two builds
# meet the same load; it prints their medians, the median of the per-round ratios and whether the
# two result files are byte-identical.
# With MIXED=DIR (a ledger of every kind: zhonghe generate --entities 1000000 --records 10000000 --seed 1)
# each round also runs batch on it and DuckDB's closest SQL (DuckDbQuery mixed-double / mixed-decimal:
# emissions × GWP, removals and credits summed by their eligibility columns; it does less work).
# Each round also runs FloorScan: DuckDB's DOUBLE query written as the leanest Java (no entities.csv,
# no checks, no rules, binary doubles), with the launcher's JVM flags for batch; it prints its scan
# time. It is the floor a JVM process reaches on this host for the peer's work alone (session 20).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-/tmp/zhonghe-bench/10m}
records=${2:-10000000}
entities=${3:-1000000}
runs=${RUNS:-5}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
./mvnw -q -B -DskipTests -pl cli,bench -am package
if [ ! -f "$dir/emissions.csv" ]; then
  echo "generating $records emission records over $entities entities in $dir ..." >&2
  java -jar cli/target/zhonghe.jar generate --emissions-only --entities "$entities" --records "$records" --seed 1 "$dir"
fi
echo "files: $(du -b "$dir/emissions.csv" | cut -f1) bytes emissions.csv, $(du -b "$dir/entities.csv" | cut -f1) bytes entities.csv" >&2
cat "$dir"/*.csv > /dev/null # the page cache, warm
cp="bench/target/classes:bench/target/lib/*"
batch=(./zhonghe batch "$dir" --out "$out/batch.csv") # as users run it: the launcher and its JVM flags
base=()
[ -n "${BASELINE:-}" ] && base=("$BASELINE/zhonghe" batch "$dir" --out "$out/base.csv")
double=(java -cp "$cp" org.zhonghe.bench.DuckDbQuery "$dir" double "$out/double.csv")
decimal=(java -cp "$cp" org.zhonghe.bench.DuckDbQuery "$dir" decimal "$out/decimal.csv")
floor=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dbatched=true -cp bench/target/classes org.zhonghe.bench.FloorScan "$dir" "$out/floor.csv")

seconds() { # runs a command, prints its wall time in seconds
  local s e
  s=$(date +%s%N); "$@" >>"$out/log" 2>&1; e=$(date +%s%N)
  awk -v n=$((e - s)) 'BEGIN { printf "%.3f\n", n / 1e9 }'
}
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

mixed=()
if [ -n "${MIXED:-}" ]; then
  mixed=(./zhonghe batch "$MIXED" --out "$out/mixed.csv")
  mdouble=(java -cp "$cp" org.zhonghe.bench.DuckDbQuery "$MIXED" mixed-double "$out/mdouble.csv")
  mdecimal=(java -cp "$cp" org.zhonghe.bench.DuckDbQuery "$MIXED" mixed-decimal "$out/mdecimal.csv")
  cat "$MIXED"/*.csv > /dev/null
fi
echo "warm-up ..." >&2
seconds "${batch[@]}" >/dev/null; seconds "${double[@]}" >/dev/null; seconds "${decimal[@]}" >/dev/null
seconds "${floor[@]}" >/dev/null
[ ${#base[@]} -gt 0 ] && seconds "${base[@]}" >/dev/null
[ ${#mixed[@]} -gt 0 ] && { seconds "${mixed[@]}" >/dev/null; seconds "${mdouble[@]}" >/dev/null; seconds "${mdecimal[@]}" >/dev/null; }
: >"$out/rounds"
: >"$out/mrounds"
for i in $(seq "$runs"); do
  b=$(seconds "${batch[@]}"); d=$(seconds "${double[@]}"); x=$(seconds "${decimal[@]}")
  p=0; [ ${#base[@]} -gt 0 ] && p=$(seconds "${base[@]}")
  f=$(seconds "${floor[@]}")
  echo "round $i: batch $b s, duckdb double $d s, duckdb decimal $x s, java floor $f s$([ ${#base[@]} -gt 0 ] && echo ", baseline batch $p s")" >&2
  echo "$b $d $x $p $f" >>"$out/rounds"
  if [ ${#mixed[@]} -gt 0 ]; then
    mb=$(seconds "${mixed[@]}"); md=$(seconds "${mdouble[@]}"); mx=$(seconds "${mdecimal[@]}")
    echo "round $i, mixed ledger: batch $mb s, duckdb double $md s, duckdb decimal $mx s" >&2
    echo "$mb $md $mx" >>"$out/mrounds"
  fi
done
col() { awk -v c="$1" '{ print $c }' "$out/rounds" | median; }
ratio() { awk -v c="$1" '{ printf "%.3f\n", $1 / $c }' "$out/rounds" | median; }
echo "zhonghe batch         median $(col 1) s"
echo "duckdb DOUBLE         median $(col 2) s   batch/duckdb ratio (median of rounds) $(ratio 2)"
echo "duckdb DECIMAL(38,6)  median $(col 3) s   batch/duckdb ratio (median of rounds) $(ratio 3)"
echo "java floor (FloorScan) median $(col 5) s   batch/floor ratio (median of rounds) $(ratio 5)   floor/duckdb DOUBLE $(awk '{ printf "%.3f\n", $5 / $2 }' "$out/rounds" | median)"
echo "  the floor's scan alone: $(grep '^floor: scan' "$out/log" | awk '{ print $3 }' | median) s (median of its runs)"
if [ ${#base[@]} -gt 0 ]; then
  echo "baseline batch        median $(col 4) s   this/baseline ratio (median of rounds) $(ratio 4)   ($BASELINE)"
  cmp -s "$out/batch.csv" "$out/base.csv" && echo "  the two builds' results are byte-identical" \
    || echo "  the two builds' results DIFFER"
fi
grep -E '^(duckdb|floor: [0-9])' "$out/log" | sort | uniq -c | sed 's/^/  /'
if [ ${#mixed[@]} -gt 0 ]; then
  mcol() { awk -v c="$1" '{ print $c }' "$out/mrounds" | median; }
  mratio() { awk -v c="$1" '{ printf "%.3f\n", $1 / $c }' "$out/mrounds" | median; }
  echo "mixed ledger ($MIXED):"
  echo "  zhonghe batch         median $(mcol 1) s"
  echo "  duckdb DOUBLE         median $(mcol 2) s   batch/duckdb ratio (median of rounds) $(mratio 2)   (DuckDB does less: no rules, no verdict)"
  echo "  duckdb DECIMAL(38,6)  median $(mcol 3) s   batch/duckdb ratio (median of rounds) $(mratio 3)"
fi
