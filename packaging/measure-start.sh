#!/usr/bin/env bash
# Cold start of `indicators`: java -jar vs the packaged launchers, interleaved so a busy machine's
# changing load hits all alike; prints each command's median wall time of ROUNDS runs (default 5).
# Run from the project root after `mvn -B -Ppackage package` (docs/PERFORMANCE.md, "Installers").
set -euo pipefail
rounds="${ROUNDS:-5}"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
cmds=("java -jar target/framdrift.jar" "target/jpackage/Framdrift/bin/Framdrift")
if [ -x /usr/bin/framdrift ]; then cmds+=("/usr/bin/framdrift"); fi
java -jar target/framdrift.jar --data-dir "$data" indicators > /dev/null 2>&1   # fill the folder once
results="$(mktemp)"
for _ in $(seq "$rounds"); do
  for i in "${!cmds[@]}"; do
    t0=$(date +%s%N)
    ${cmds[$i]} --data-dir "$data" indicators > /dev/null 2>&1
    echo "$i $(( ($(date +%s%N) - t0) / 1000000 ))" >> "$results"
  done
done
for i in "${!cmds[@]}"; do
  mapfile -t ms < <(awk -v i="$i" '$1 == i { print $2 }' "$results" | sort -n)
  echo "${cmds[$i]}: median ${ms[$(( ${#ms[@]} / 2 ))]} ms (runs: ${ms[*]})"
done
rm -f "$results"
