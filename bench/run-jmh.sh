#!/usr/bin/env bash
# JMH benchmarks of the batch hot paths (HotPathBenchmark); extra arguments go to JMH (e.g. -f 1 -wi 2 -i 3).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
./mvnw -q -B -DskipTests -pl bench -am package
exec java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main "$@"
