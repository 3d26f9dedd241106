#!/usr/bin/env bash
# How `zhonghe batch` grows with the ledger (issue 20 item 5; table in docs/performance.md):
# for each size N (millions of records) and each kind of ledger — emissions only, and the full mix
# of emissions, removals and credits — a ledger made by `zhonghe generate --seed 1` with N/10
# entities (and, with FIXED_ENTITIES=k, a second series with k entities whatever N, to show memory
# flat in records), all made (and synced to disk) before the first is measured; then per ledger
# one warm-up and RUNS (default 3) whole-process runs of ./zhonghe batch (JVM start included,
# page cache warm). Prints per ledger: records (every ledger file), entities, the
# median wall time, records per second, the median peak RSS; then per series the least-squares line
# time = a + b × records and each point's distance from it in per cent (linear within 10 %: every
# distance at most 10 %).
# With PASS_MB=n, each series of the mixed kind is run a second time with `--pass-mb n` (removals
# and credits read in passes of at most n MB each: memory flat in records; docs/batch.md), named
# with "-p"; the rounds of the two alternate per ledger.
#   [RUNS=n] [SIZES="1 2 4 8 10"] [KINDS="emissions mixed"] [FIXED_ENTITIES=100000] [PASS_MB=n] bench/run-growth.sh [DATA_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
data=${1:-/tmp/zhonghe-bench/growth}
runs=${RUNS:-3}
sizes=${SIZES:-1 2 4 8 10}
cd "$root"
./mvnw -q -B -DskipTests -pl cli -am package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"

ledger() { # kind millions entities -> the directory, generated when missing
  local kind=$1 m=$2 e=$3 d="$data/$1-${2}m-$3"
  if [ ! -f "$d/entities.csv" ]; then
    local flag=(); [ "$kind" = emissions ] && flag=(--emissions-only)
    java -jar cli/target/zhonghe.jar generate "${flag[@]}" --entities "$e" --records $((m * 1000000)) --seed 1 "$d" >&2
  fi
  echo "$d"
}

series() { # name kind [fixed entities]; with PASS_MB, the series "name-p" with --pass-mb beside, rounds alternating
  local name=$1 kind=$2 fixed=${3:-}
  local names=("$name")
  [ -n "${PASS_MB:-}" ] && [ "$kind" = mixed ] && names+=("$name-p")
  for n in "${names[@]}"; do : >"$out/$n"; done
  for m in $sizes; do
    local e=${fixed:-$((m * 100000))}
    local d; d=$(ledger "$kind" "$m" "$e")
    local records=0 f
    for f in emissions removals credits activities; do
      [ -f "$d/$f.csv" ] && records=$((records + $(wc -l <"$d/$f.csv") - 1))
    done
    cat "$d"/*.csv >/dev/null
    ./zhonghe batch "$d" --out "$out/r.csv" 2>/dev/null || true
    local -A times=() rss=()
    for i in $(seq "$runs"); do
      for n in "${names[@]}"; do
        local args=(); [ "$n" != "$name" ] && args=(--pass-mb "$PASS_MB")
        /usr/bin/time -f '%e %M' -o "$out/t" ./zhonghe batch "$d" --out "$out/r.csv" "${args[@]}" 2>/dev/null || true
        times[$n]+="$(cut -d' ' -f1 "$out/t") "; rss[$n]+="$(cut -d' ' -f2 "$out/t") "
      done
    done
    for n in "${names[@]}"; do
      local median mrss
      median=$(printf '%s\n' ${times[$n]} | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
      mrss=$(printf '%s\n' ${rss[$n]} | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
      printf '%-10s %11d records %9d entities  median %7.2f s  %6.2f M records/s  peak RSS %5.0f MB  (rounds: %s)\n' \
        "$n" "$records" "$e" "$median" "$(awk -v r="$records" -v t="$median" 'BEGIN { print r / t / 1e6 }')" \
        "$(awk -v k="$mrss" 'BEGIN { print k / 1024 }')" "${times[$n]% }"
      echo "$records $median $mrss" >>"$out/$n"
    done
  done
  for n in "${names[@]}"; do fit "$n"; done
}

fit() { # name: the least-squares line of its series and each point's distance from it
  local name=$1
  awk -v name="$name" '{ x[NR] = $1 / 1e6; y[NR] = $2; m = $3 / 1024; if (NR == 1 || m < lo) lo = m; if (m > hi) hi = m
                        sx += x[NR]; sy += y[NR]; sxx += x[NR] * x[NR]; sxy += x[NR] * y[NR] }
    END { n = NR; b = (n * sxy - sx * sy) / (n * sxx - sx * sx); a = (sy - b * sx) / n; worst = 0
          printf "%-10s line: %.3f s + %.3f s per million records; distance from it:", name, a, b
          for (i = 1; i <= n; i++) { d = 100 * (y[i] - (a + b * x[i])) / (a + b * x[i]); printf " %+.1f%%", d; if (d < 0) d = -d; if (d > worst) worst = d }
          printf "  (largest %.1f%%: %s); peak RSS %.0f-%.0f MB, largest / smallest %.3f\n", worst,
                 worst <= 10 ? "linear within 10%" : "NOT within 10%", lo, hi, hi / lo }' "$out/$name"
}

# every ledger made first, and written back to disk, before any is measured: a ledger made just
# before its runs was measured while the kernel still wrote it back (session 12: the emissions
# series 17.7 % and 23.0 % off their lines that way, within 6 % with the ledgers made first)
for kind in ${KINDS:-emissions mixed}; do
  for m in $sizes; do
    ledger "$kind" "$m" $((m * 100000)) >/dev/null
    [ -n "${FIXED_ENTITIES:-}" ] && ledger "$kind" "$m" "$FIXED_ENTITIES" >/dev/null
  done
done
sync
for kind in ${KINDS:-emissions mixed}; do
  series "$kind" "$kind"
  [ -n "${FIXED_ENTITIES:-}" ] && series "$kind-k" "$kind" "$FIXED_ENTITIES"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
