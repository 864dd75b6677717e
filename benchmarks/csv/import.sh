#!/usr/bin/env bash
# CSV import (issue 6), end to end: `./kreds actor import` of the seeded 100,000-row file as whole
# processes, each into a fresh KREDS_HOME, with wall and CPU time and the load average before each
# run. Figures in docs/benchmarks.md, "CSV import (issue 6)".
#
#   ./mvnw -q -pl app,benchmarks -am package -DskipTests && benchmarks/csv/import.sh [ROWS] [RUNS]
#
# The first run after a build lets ./kreds write its class archive first (a training run, not timed).
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
rows=${1:-100000}
runs=${2:-3}
bench_jar=$root/benchmarks/target/benchmarks.jar
[[ -f $bench_jar ]] || { echo "missing $bench_jar; build: ./mvnw -q -pl app,benchmarks -am package -DskipTests" >&2; exit 2; }
out=$root/benchmarks/target/csv-import
mkdir -p "$out"
csv=$out/actors-$rows.csv
[[ -f $csv ]] || java -cp "$bench_jar" dk.kreds.benchmarks.csv.SeededActorCsv "$csv" "$rows" 42
KREDS_HOME=$(mktemp -d) "$root/kreds" --help >/dev/null # builds the jar and the class archive if stale

for ((run = 1; run <= runs; run++)); do
  home=$(mktemp -d)
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$out/time" -f "%e s wall, %U s user, %S s sys" env KREDS_HOME="$home" "$root/kreds" actor import "$csv" >"$out/out"
  echo "run $run (load average $load): $(cat "$out/time"); $(cat "$out/out")"
  rm -rf "$home"
done
