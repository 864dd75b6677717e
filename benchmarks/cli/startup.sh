#!/usr/bin/env bash
# CLI start-up (issue 6): the wall time of whole `kreds` processes against a bare picocli "hello" jar on
# the same JDK, measured in one hyperfine run. Figures in docs/benchmarks.md, "CLI start-up (issue 6)".
#
#   ./mvnw -q -pl app,benchmarks -am package -DskipTests && benchmarks/cli/startup.sh [OUT_DIR]
#
# Needs hyperfine and jq (Debian: apt-get install -y hyperfine jq) and the two jars. Writes the seeded
# databases, the hello jar, the AppCDS archive and the results (startup.md, startup.json, and
# startup-table.md, the rows for docs/benchmarks.md) to OUT_DIR (default benchmarks/target/cli-startup).
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$root/benchmarks/target/cli-startup}
kreds_jar=$root/app/target/kreds.jar
bench_jar=$root/benchmarks/target/benchmarks.jar
for jar in "$kreds_jar" "$bench_jar"; do
  [[ -f $jar ]] || { echo "missing $jar; build: ./mvnw -q -pl app,benchmarks -am package -DskipTests" >&2; exit 2; }
done
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out/hello"

# The data: 1,000 actors; one meeting with 100 invitations (its id is printed).
meeting=$(java --enable-native-access=ALL-UNNAMED -cp "$bench_jar" dk.kreds.benchmarks.cli.SeedCliDatabases "$out" 2>/dev/null | tail -1)

# The baseline: picocli's own jar (Kreds compiles picocli from source; the baseline keeps the jar) and one class.
picocli_version=$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' "$root/pom.xml")
(cd "$root" && ./mvnw -q -N dependency:copy -Dartifact="info.picocli:picocli:$picocli_version" -DoutputDirectory="$out") >&2
picocli=$out/picocli-$picocli_version.jar
javac -d "$out/hello" -cp "$picocli" "$root/benchmarks/cli/Hello.java"
(cd "$out/hello" && unzip -qo "$picocli" -x 'META-INF/*' && jar --create --file "$out/hello.jar" --main-class Hello -C "$out/hello" .)

# The JVM options ./kreds adds to a short command: the AppCDS archive that its training run
# (dk.kreds.app.Training) writes once after a build, and the quick compiler alone with the serial
# collector. The jar itself skips Flyway on a current schema and loads SQLite's native library from
# ~/.cache/kreds.
cds="-Xlog:cds=off -Xlog:cds+dynamic=off"
short="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
java -XX:ArchiveClassesAtExit="$out/kreds.jsa" $cds $short -cp "$kreds_jar" dk.kreds.app.Training >/dev/null 2>&1
launcher="java -XX:SharedArchiveFile=$out/kreds.jsa $cds $short -jar $kreds_jar"

export KREDS_HOME=$out/home
list="--db jdbc:sqlite:$out/actors-1000.db actor list"
show="--db jdbc:sqlite:$out/meeting-100.db meeting show $meeting"
hyperfine --shell=none --warmup 3 --runs "${RUNS:-20}" --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
  -n 'hello (bare picocli)' "java -jar $out/hello.jar" \
  -n 'kreds --help' "java -jar $kreds_jar --help" \
  -n 'kreds actor list (1,000 actors)' "java -jar $kreds_jar $list" \
  -n 'kreds meeting show (100 invitations)' "java -jar $kreds_jar $show" \
  -n 'kreds --help, as ./kreds runs it' "$launcher --help" \
  -n 'kreds actor list, as ./kreds runs it' "$launcher $list" \
  -n 'kreds meeting show, as ./kreds runs it' "$launcher $show"
# The table for docs/benchmarks.md: median, mean and user CPU time, each against the baseline's.
jq -r 'def ratio: (. * 10 | round) as $t | "\($t / 10 | floor).\($t % 10)×";
  .results as $r | $r[0] as $base | $r[]
  | "| \(.command) | \(.median * 1000 | round) | \(.mean * 1000 | round) | \(.user * 1000 | round)"
    + " | \(.median / $base.median | ratio) | \(.user / $base.user | ratio) |"' \
  "$out/startup.json" | tee "$out/startup-table.md"
