#!/usr/bin/env bash
# Where the emission pass of batch spends its time, by ablation (docs/performance.md, session 20).
# Builds this commit with bench/ablate-emission-pass.patch applied, in a temporary copy (the working
# tree is not touched), then runs its batch on DIR in RUNS (default 5) alternating rounds of five
# variants and prints the median of the emission phase (-Dzhonghe.timing) of each:
#   full     the pass as it is
#   rows     lines scanned and split, no row read            (-Dablate.rows)
#   lookups  rows read (gas, unit, scope, amount), no lookup (-Dablate.lookups)
#   classes  entities looked up, rows not classified         (-Dablate.classes)
#   sums     rows classified, not added to the sums          (-Dablate.sums)
# The ablated runs' results are wrong by design; only their times mean something. Each step's cost
# is the difference of two medians.
#   bench/run-ablation.sh [DIR]   (default /tmp/zhonghe-bench/10m, made by bench/run-duckdb-comparison.sh)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-/tmp/zhonghe-bench/10m}
runs=${RUNS:-5}
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
cd "$root"
git archive HEAD | tar -x -C "$copy"
(cd "$copy" && git apply "$root/bench/ablate-emission-pass.patch" && ./mvnw -q -B -DskipTests -pl cli -am package)
cat "$dir"/*.csv >/dev/null # the page cache, warm
run() { # prints the emission phase's seconds of one run with the JVM options $1
  ZHONGHE_JAVA_OPTS="-Dzhonghe.timing $1" "$copy/zhonghe" batch "$dir" --out "$copy/out.csv" 2>&1 \
    | awk '/zhonghe batch: emissions/ { print $4 }'
}
run "" >/dev/null 2>&1 || true # the launcher's first run writes its class archive
variants=(full rows lookups classes sums)
opts=("" -Dablate.rows=true -Dablate.lookups=true -Dablate.classes=true -Dablate.sums=true)
for i in $(seq "$runs"); do
  line="round $i:"
  for v in "${!variants[@]}"; do
    t=$(run "${opts[$v]}")
    echo "${variants[$v]} $t" >>"$copy/times"
    line="$line ${variants[$v]} $t s"
  done
  echo "$line" >&2
done
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for v in "${variants[@]}"; do
  printf '%-8s emission phase median %s s\n' "$v" "$(awk -v v="$v" '$1 == v { print $2 }' "$copy/times" | median)"
done
