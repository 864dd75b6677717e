#!/usr/bin/env bash
# CLI start-up (issue 6), robust to a machine whose speed drifts: each round runs the bare picocli
# hello and the three kreds commands once each, in a rotating order, and each command's time is set
# against the hello's of the same round. Prints the medians and quartiles of the times and of those
# ratios. Run benchmarks/cli/startup.sh first (it seeds the databases and builds the hello jar).
#
#   benchmarks/cli/interleaved.sh [ROUNDS] [OUT_DIR]      # JAVA_HOME picks the JDK, as for ./kreds
#
# VARIANTS compares builds in the same rounds instead of running ./kreds alone: words JAR or
# JAR@LAUNCHER (a copy of a ./kreds script, e.g. git show REV:kreds >/tmp/kreds-REV), each run as
# that launcher runs it, from a checkout of its own under OUT_DIR/variants with an archive of its own:
#
#   VARIANTS="/tmp/old/kreds.jar@/tmp/kreds-old app/target/kreds.jar" benchmarks/cli/interleaved.sh 40
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
rounds=${1:-41}
out=${2:-$root/benchmarks/target/cli-startup}
[[ -f $out/hello.jar && -f $out/meeting-id ]] || { echo "run benchmarks/cli/startup.sh first" >&2; exit 2; }
java=java
[[ -n ${JAVA_HOME:-} ]] && java=$JAVA_HOME/bin/java
export KREDS_HOME=$out/home
names=("hello (bare picocli)")
commands=("$java -jar $out/hello.jar")
# Adds the three commands as the launcher $1 runs them, their names prefixed with $2.
add_commands() {
  "$1" --version >/dev/null # trains the archive now, not in a measured run
  local launcher
  mapfile -t launcher < <(KREDS_SHOW_JAVA=1 "$1")
  names+=("${2}kreds --help" "${2}kreds actor list (1,000 actors)" "${2}kreds meeting show (100 invitations)")
  commands+=("${launcher[*]} --help"
    "${launcher[*]} --db jdbc:sqlite:$out/actors-1000.db actor list"
    "${launcher[*]} --db jdbc:sqlite:$out/meeting-100.db meeting show $(cat "$out/meeting-id")")
}
if [[ -z ${VARIANTS:-} ]]; then
  add_commands "$root/kreds" ""
else
  n=0
  for variant in $VARIANTS; do
    n=$((n + 1))
    dir=$out/variants/$n
    rm -rf "$dir" && mkdir -p "$dir/app/target"
    script=$root/kreds
    [[ $variant == *@* ]] && script=${variant#*@}
    cp "$script" "$dir/kreds" && chmod +x "$dir/kreds"
    cp "${variant%%@*}" "$dir/app/target/kreds.jar" # newer than the script: the launcher builds nothing
    add_commands "$dir/kreds" "$n ($variant): "
  done
fi
times=$out/interleaved.tsv
: >"$times"
for ((round = 0; round < rounds; round++)); do
  row=()
  for ((k = 0; k < ${#commands[@]}; k++)); do
    i=$(((k + round) % ${#commands[@]}))
    start=$(date +%s%N)
    # shellcheck disable=SC2086 # the command is words without spaces inside them
    ${commands[$i]} >/dev/null 2>&1 || { echo "failed: ${commands[$i]}" >&2; exit 1; }
    row[i]=$((($(date +%s%N) - start) / 1000000))
  done
  (IFS=$'\t'; echo "${row[*]}") >>"$times"
done
# The median and quartiles of the numbers on stdin, as "median<TAB>q1<TAB>q3".
quantiles() {
  sort -g | awk '{ v[NR] = $1 } END { printf "%s\t%s\t%s\n", v[int((NR - 1) * .5) + 1], v[int((NR - 1) * .25) + 1], v[int((NR - 1) * .75) + 1] }'
}
# Per command: its times, and its time over the same round's hello.
echo "| command | median ms | quartiles ms | median of ratios | quartiles of ratios |"
echo "|---|---|---|---|---|"
for ((i = 0; i < ${#commands[@]}; i++)); do
  IFS=$'\t' read -r t t1 t3 < <(cut -f$((i + 1)) "$times" | quantiles)
  IFS=$'\t' read -r r r1 r3 < <(awk -F'\t' -v c=$((i + 1)) '{ printf "%.3f\n", $c / $1 }' "$times" | quantiles)
  printf '| %s | %s | %s–%s | %.2f× | %.2f–%.2f× |\n' "${names[$i]}" "$t" "$t1" "$t3" "$r" "$r1" "$r3"
done
