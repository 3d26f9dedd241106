#!/usr/bin/env bash
# The memory bound of `zhonghe check` on a large emissions ledger (issue 14 §4, docs/performance.md):
# writes an assessment whose emissions are a CSV of ROWS rows (default 10,000,000: five gases,
# scopes 1-3, amounts with three decimals, t and kg), then checks it with a heap of HEAP (default
# 512m) under /usr/bin/time -v, printing the verdict's first lines, the time and the peak RSS.
#   bench/large-ledger.sh [ROWS] [DIR] [HEAP]
set -euo pipefail
rows=${1:-10000000}
dir=${2:-/tmp/zhonghe-large-ledger}
heap=${3:-512m}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
if [ ! -f "$dir/emissions.csv" ] || [ "$(($(wc -l < "$dir/emissions.csv") - 1))" != "$rows" ]; then
  awk -v n="$rows" 'BEGIN {
    split("CO2 CH4 N2O SF6 HFC-134a", gas, " ");
    print "id,gas,amount,unit,scope";
    x = 12345;
    for (i = 1; i <= n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      printf "e%d,%s,%d.%03d,%s,%d\n", i, gas[x % 5 + 1], x % 100000, x % 1000, (x % 7 == 0 ? "kg" : "t"), x % 3 + 1;
    }
  }' > "$dir/emissions.csv"
fi
cat > "$dir/assessment.yaml" <<'YAML'
version: 1
entity: {id: large-ledger, type: organization}
period: {from: 2024-01-01, to: 2024-12-31}
claim: {concept: net-zero-ghg, profile: ipcc}
emissions: {file: emissions.csv}
removals:
  - {id: r1, kind: daccs, amount: 1000, unit: t, durabilityYears: 1000}
YAML
ls -l "$dir/emissions.csv"
[ -f "$root/cli/target/zhonghe.jar" ] || (cd "$root" && ./mvnw -q -o -pl cli -am package -DskipTests)
for format in json text; do
  /usr/bin/time -v java -Xmx"$heap" -jar "$root/cli/target/zhonghe.jar" check "$dir/assessment.yaml" --format "$format" \
    > "$dir/out.$format" 2> "$dir/time.$format" || true
  echo "--format $format: $(wc -c < "$dir/out.$format") bytes of output; $(head -c 300 "$dir/out.$format" | tr '\n' ' ' | cut -c1-160)"
  grep -E "Elapsed|Maximum resident|Exit status" "$dir/time.$format"
done
echo "independent exact total: $(python3 "$root/bench/large-ledger-sum.py" "$dir/emissions.csv") t CO2e"
