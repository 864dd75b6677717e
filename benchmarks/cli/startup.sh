#!/usr/bin/env bash
# CLI start-up (issue 6): the wall time of whole `kreds` processes against a bare picocli "hello" jar on
# the same JDK, measured in one hyperfine run per JDK. Figures in docs/benchmarks.md, "CLI start-up
# (issue 6)".
#
#   ./mvnw -q -pl app,benchmarks -am package -DskipTests && benchmarks/cli/startup.sh [OUT_DIR]
#
# Needs hyperfine and jq (Debian: apt-get install -y hyperfine jq) and the two jars. Runs on the java of
# JAVA_HOME or PATH, and again on JDK25_HOME when that names a JDK 25 (default: the first
# /usr/lib/jvm/*25*). Writes the seeded databases, the hello jar and the results (startup-JDK.md,
# startup-JDK.json, and startup-table.md, the rows for docs/benchmarks.md) to OUT_DIR (default
# benchmarks/target/cli-startup).
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
echo "$meeting" >"$out/meeting-id" # for benchmarks/cli/interleaved.sh

# The baseline: picocli's own jar (Kreds compiles picocli from source; the baseline keeps the jar) and one class.
picocli_version=$(sed -n 's:.*<picocli.version>\(.*\)</picocli.version>.*:\1:p' "$root/pom.xml")
(cd "$root" && ./mvnw -q -N dependency:copy -Dartifact="info.picocli:picocli:$picocli_version" -DoutputDirectory="$out") >&2
picocli=$out/picocli-$picocli_version.jar
javac --release 17 -d "$out/hello" -cp "$picocli" "$root/benchmarks/cli/Hello.java"
(cd "$out/hello" && unzip -qo "$picocli" -x 'META-INF/*' && jar --create --file "$out/hello.jar" --main-class Hello -C "$out/hello" .)

export KREDS_HOME=$out/home
list="--db jdbc:sqlite:$out/actors-1000.db actor list"
show="--db jdbc:sqlite:$out/meeting-100.db meeting show $meeting"

# One hyperfine run on the JDK in $1 (empty: JAVA_HOME or PATH), named $2. "As ./kreds runs it" is the
# java command that ./kreds prints with KREDS_SHOW_JAVA=1: its archive or AOT cache (trained by ./kreds
# once for the jar and this JDK), the quick compiler alone, the serial collector. The last row runs the
# script itself, with its check whether the jar needs a build (the poms and the modules' src/main) and
# its look at the JDK's version: what a person typing ./kreds waits for.
measure() {
  local home=$1 name=$2 java=java launcher
  [[ -n $home ]] && java=$home/bin/java
  launcher=$(JAVA_HOME=$home KREDS_SHOW_JAVA=1 "$root/kreds" | tr '\n' ' ')
  JAVA_HOME=$home "$root/kreds" --version >/dev/null # trains the archive now, not in the first measured run
  hyperfine --shell=none --warmup 3 --runs "${RUNS:-20}" --export-markdown "$out/startup-$name.md" \
    --export-json "$out/startup-$name.json" \
    -n "hello (bare picocli), $name" "$java -jar $out/hello.jar" \
    -n "kreds --help, $name" "$java -jar $kreds_jar --help" \
    -n "kreds actor list (1,000 actors), $name" "$java -jar $kreds_jar $list" \
    -n "kreds meeting show (100 invitations), $name" "$java -jar $kreds_jar $show" \
    -n "kreds --help, as ./kreds runs it, $name" "$launcher --help" \
    -n "kreds actor list, as ./kreds runs it, $name" "$launcher $list" \
    -n "kreds meeting show, as ./kreds runs it, $name" "$launcher $show" \
    -n "./kreds meeting show, the script itself, $name" "env JAVA_HOME=$home $root/kreds $show"
  # The table for docs/benchmarks.md: median, mean and user CPU time, each against the baseline's.
  jq -r 'def ratio: (. * 10 | round) as $t | "\($t / 10 | floor).\($t % 10)×";
    .results as $r | $r[0] as $base | $r[]
    | "| \(.command) | \(.median * 1000 | round) | \(.mean * 1000 | round) | \(.user * 1000 | round)"
      + " | \(.median / $base.median | ratio) | \(.user / $base.user | ratio) |"' \
    "$out/startup-$name.json" | tee -a "$out/startup-table.md"
}

measure "${JAVA_HOME:-}" "JDK $(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')"
jdk25=${JDK25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -1)}
if [[ -n $jdk25 && -x $jdk25/bin/java ]]; then
  measure "$jdk25" "JDK 25"
fi
