#!/usr/bin/env bash
# CLI start-up (issue 6): the wall time of whole `kreds` processes against a bare picocli "hello" jar on
# the same JDK, measured in one hyperfine run. Figures in docs/benchmarks.md, "CLI start-up (issue 6)".
#
#   ./mvnw -q -pl app,benchmarks -am package -DskipTests && benchmarks/cli/startup.sh [OUT_DIR]
#
# Needs hyperfine (Debian: apt-get install -y hyperfine) and the two jars. Writes the seeded databases,
# the hello jar, the AppCDS archive and the results (startup.md, startup.json) to OUT_DIR
# (default benchmarks/target/cli-startup).
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

# The AppCDS archive as ./kreds makes it: dumped at the end of one run (JDK 17), mapped by the next.
# The jar itself skips Flyway on a current schema and loads SQLite's native library from ~/.cache/kreds.
cds="-Xlog:cds=off -Xlog:cds+dynamic=off"
java -XX:ArchiveClassesAtExit="$out/kreds.jsa" $cds -jar "$kreds_jar" --db "jdbc:sqlite:$out/actors-1000.db" actor list >/dev/null

export KREDS_HOME=$out/home
list="--db jdbc:sqlite:$out/actors-1000.db actor list"
show="--db jdbc:sqlite:$out/meeting-100.db meeting show $meeting"
hyperfine --shell=none --warmup 3 --runs "${RUNS:-20}" --export-markdown "$out/startup.md" --export-json "$out/startup.json" \
  -n 'hello (bare picocli)' "java -jar $out/hello.jar" \
  -n 'kreds --help' "java -jar $kreds_jar --help" \
  -n 'kreds actor list (1,000 actors)' "java -jar $kreds_jar $list" \
  -n 'kreds meeting show (100 invitations)' "java -jar $kreds_jar $show" \
  -n 'kreds actor list, AppCDS (./kreds)' "java -XX:SharedArchiveFile=$out/kreds.jsa $cds -jar $kreds_jar $list" \
  -n 'kreds meeting show, AppCDS (./kreds)' "java -XX:SharedArchiveFile=$out/kreds.jsa $cds -jar $kreds_jar $show"
cat "$out/startup.md"
