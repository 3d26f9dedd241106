#!/usr/bin/env bash
# A bounded load on the API, loopback only (issue 14 §6; figures in docs/security.md):
# starts `./zhonghe serve` on a temporary H2 database (127.0.0.1, a free port), makes a tenant,
# a viewer and their tokens as docs/api.md describes, imports and evaluates the bundled examples in
# that tenant, then drives POST /check and the listings one route after another with
# bench/src/main/java/org/zhonghe/bench/LoadDriver.java (JDK HttpClient, fixed concurrency, at most
# LOAD_REQUESTS requests or LOAD_SECONDS seconds per route after LOAD_WARMUP seconds of warm-up).
# Prints one line per route: req/s, p50 and p99 latency (ms), errors. Stops the server at exit.
#
#   bench/run-load.sh                                  # 8 workers, 30 s per route
#   LOAD_CONCURRENCY=4 LOAD_SECONDS=10 bench/run-load.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
concurrency=${LOAD_CONCURRENCY:-8}
seconds=${LOAD_SECONDS:-30}
warmup=${LOAD_WARMUP:-5}
requests=${LOAD_REQUESTS:-1000000}

work=$(mktemp -d)
server_pid=""
stop() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap stop EXIT

./zhonghe --version >/dev/null   # builds the command line first when a source changed
./zhonghe serve --port 0 --data-dir "$work/data" --admin-token-file "$work/admin-token" >"$work/serve.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 240); do
  port=$(sed -n 's|^Listening on http://127.0.0.1:\([0-9]*\)$|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; echo "run-load: the server stopped" >&2; exit 1; }
  sleep 0.5
done
[ -n "$port" ] || { cat "$work/serve.log"; echo "run-load: the server did not listen within 120 s" >&2; exit 1; }
ZH="http://127.0.0.1:$port"
OPERATOR=$(cat "$work/admin-token")
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

# a tenant of its own with its admin, and a viewer of that tenant (docs/api.md)
ADMIN=$(curl -sf -X POST -H "Authorization: Bearer $OPERATOR" -H 'Content-Type: application/json' \
  -d '{"name": "load"}' "$ZH/api/v1/tenants" | field token)
VIEWER=$(curl -sf -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name": "load-viewer", "role": "viewer"}' "$ZH/api/v1/users" | field token)
# the tenant's assessments, each evaluated: the listings have something to list
imported=0
first=""
for f in examples/*/assessment.yaml examples/*/assessment.json; do
  case "$f" in *.json) type=application/json ;; *) type=application/yaml ;; esac
  answer=$(curl -s -X POST -H "Authorization: Bearer $ADMIN" -H "Content-Type: $type" --data-binary @"$f" "$ZH/api/v1/assessments") || continue
  id=$(printf '%s' "$answer" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))' 2>/dev/null || true)
  [ -n "$id" ] || continue   # examples that are invalid on purpose, or need files beside them
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" "$ZH/api/v1/assessments/$id/evaluate" || true
  imported=$((imported + 1))
  [ -n "$first" ] || first=$id
done
[ -n "$first" ] || { echo "run-load: no example imported" >&2; exit 1; }
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" "$ZH/api/v1/assessments/$first/evaluate"
echo "run-load: server on $ZH (H2 in $work/data); tenant 'load' with $imported assessments, each evaluated"
echo "run-load: $concurrency workers, at most $requests requests or $seconds s per route after $warmup s of warm-up; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

driver=bench/src/main/java/org/zhonghe/bench/LoadDriver.java
status=0
load() {
  java "$driver" --concurrency "$concurrency" --requests "$requests" --seconds "$seconds" --warmup "$warmup" "$@" || status=1
}
load --label "POST /check (winter-games-event)" --method POST --token "$VIEWER" --type application/yaml \
  --body examples/winter-games-event/assessment.yaml --url "$ZH/api/v1/check"
load --label "GET /assessments" --token "$VIEWER" --url "$ZH/api/v1/assessments"
load --label "GET /assessments/$first/evaluations" --token "$VIEWER" --url "$ZH/api/v1/assessments/$first/evaluations"
load --label "GET /entities" --token "$VIEWER" --url "$ZH/api/v1/entities"
load --label "GET /credits/conflicts (operator)" --token "$OPERATOR" --url "$ZH/api/v1/credits/conflicts"
# a look-up is limited to 60 a minute per user: past them the answer is 429, which is what this measures
load --label "GET /credits look-up (429 past 60)" --token "$VIEWER" --expect 429 \
  --url "$ZH/api/v1/credits?registry=VCS&serial=VCS-1234-2023-001"
exit $status
