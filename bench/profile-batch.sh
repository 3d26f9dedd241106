#!/usr/bin/env bash
# Where a batch run's CPU goes, by phase and by method, sampled by Linux perf (docs/performance.md,
# session 11). JFR's samples of code compiled by the client compiler (which batch runs a ledger of
# whole entities with) land on the wrong methods; perf samples every thread, the kernel's zeroing of
# fresh memory and the collector included, and names JIT-compiled frames from the map the JVM
# writes at exit (-XX:+DumpPerfMapAtExit), walking stacks by frame pointers (-XX:+PreserveFramePointer).
# Needs perf (Debian: linux-perf) and python3.
#   bench/profile-batch.sh [LEDGER_DIR] [METHOD ...]
# Prints the share of samples per phase, then for each METHOD (a fully qualified name, such as
# org.zhonghe.batch.EntityEvaluation.whole) its samples and those of the methods it calls.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dir=${1:-/tmp/zhonghe-bench/10m-mixed}
shift || true
command -v perf >/dev/null || { echo "perf is not installed (Debian: apt-get install linux-perf)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$root"
ZHONGHE_JAVA_OPTS="${ZHONGHE_JAVA_OPTS:-} -XX:+PreserveFramePointer -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit" \
  perf record -q -F 1999 -g -o "$out/perf.data" ./zhonghe batch "$dir" --out "$out/results.csv" >/dev/null 2>&1
perf script -i "$out/perf.data" 2>/dev/null >"$out/stacks.txt"
python3 - "$out/stacks.txt" "$@" <<'EOF'
import collections, re, sys

events = [e for e in open(sys.argv[1]).read().split('\n\n') if e.strip()]
frame = re.compile(r'\s*[0-9a-f]+ (.*) \(.*\)$')

def frames(event):  # leaf first, each a method's qualified name
    out = []
    for line in event.strip().split('\n')[1:]:
        m = frame.match(line)
        if m:
            out.append(re.sub(r'\(.*', '', m.group(1)).split(' ')[-1])
    return out

PHASES = [('EmissionRows', 'emission rows'), ('RemovalRows', 'removal rows'), ('CreditRows', 'credit rows'),
          ('EntityRows', 'entity rows'), ('EntityEvaluation', 'evaluation'), ('GenCollectedHeap', 'collector'),
          ('CompileBroker', 'compiler'), ('Entities.build', 'entity index'), ('FileScan', 'scan (lines, I/O)')]
phases = collections.Counter()
stacks = [frames(e) for e in events]
for fr in stacks:
    joined = ' '.join(fr)
    phases[next((name for key, name in PHASES if key in joined), 'other (start, class loading, writing)')] += 1
total = len(stacks)
print(f'{total} samples')
for name, n in phases.most_common():
    print(f'{100 * n / total:5.1f} %  {name}')
for target in sys.argv[2:]:
    callees = collections.Counter()
    n = own = 0
    for fr in stacks:
        for i, f in enumerate(fr):
            if f == target:
                n += 1
                if i == 0:
                    own += 1
                else:
                    callees[fr[i - 1]] += 1
                break
    print(f'\n{target}: {100 * n / total:.1f} % of samples, {100 * own / max(n, 1):.0f} % in itself; of its samples:')
    for f, k in callees.most_common(15):
        print(f'  {100 * k / max(n, 1):5.1f} %  {f}')
EOF
