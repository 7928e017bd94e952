#!/bin/bash
# Issue 18, full disk: an import that cannot be written must end with "Ikke nok plass på disken"
# (non-zero exit) and, once space is freed, the folder must reopen with exactly the batches and
# survey rows it had before. Self-checking: exits non-zero with a "full-disk: FAILED: ..." line on
# any failure, 0 with "full-disk: passed ..." otherwise. CI runs it (.ci/run) after `mvn verify`.
#
#   src/test/scripts/full-disk.sh          # from anywhere; uses the repository it lives in
#
# Builds what it needs from the repository's own data: the example workspace (`workspace init
# --sample`), a 32 000-respondent survey with the sample survey's columns (the test class
# no.framdrift.bench.BenchSurvey, fixed seed; years moved to 2011–2014 so it overlaps nothing) and sample-data/profiles/helsepersonellundersokelsen.json.
# The class path: $CP if the caller gives one, else target/test-classes:target/classes plus the
# dependencies (test-compile is run if target/test-classes is missing; the dependency list is made
# with maven-dependency-plugin's build-classpath, which also works on a fresh ~/.m2).
#
# The workspace is copied onto a 40 MB tmpfs, which is then filled so that only the size of the
# pre-import backup plus 1.5 MB stays free: the backup fits, the import does not. Needs root
# (mount); without root it prints "skipped: needs root for mount" and exits 0. The tmpfs is
# unmounted on every exit (trap).
set -u
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
if [ "$(id -u)" != 0 ]; then
    echo "full-disk: skipped: needs root for mount"
    exit 0
fi

W=$(mktemp -d /tmp/framdrift-full-disk.XXXXXX)
T=$W/tmpfs
cleanup() {
    if mountpoint -q "$T"; then umount "$T" || umount -l "$T"; fi
    rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
fail() {
    echo "full-disk: FAILED: $*"
    exit 1
}
start=$(date +%s)

# ---------------------------------------------------------------- class path
if [ -z "${CP:-}" ]; then
    cd "$ROOT" || fail "cannot enter $ROOT"
    if [ ! -d target/test-classes ]; then
        mvn -B -q -ntp test-compile || fail "mvn test-compile failed"
    fi
    mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt >/dev/null \
        || fail "mvn dependency:build-classpath failed"
    CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat target/cp.txt)"
fi
H2=$(tr ':' '\n' <<<"$CP" | grep '/h2-[0-9.]*\.jar$' | head -1)
[ -n "$H2" ] || fail "no H2 jar on the class path"
FD=(java -Xmx1g -cp "$CP" no.framdrift.ui.shell.Main)
PROFILE=$ROOT/sample-data/profiles/helsepersonellundersokelsen.json
[ -f "$PROFILE" ] || fail "missing $PROFILE"

counts() { # "batches=N survey=M" of the folder $1, read with H2's shell (the app is not running)
    java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$1/framdrift" -user sa -sql \
        "SELECT 'batches=' || (SELECT COUNT(*) FROM import_batch) || ' survey=' || (SELECT COUNT(*) FROM survey_cell) AS c" \
        2>/dev/null | grep -o 'batches=[0-9]* survey=[0-9]*' | head -n 1
}
quiet() { grep -v ' INFO \| WARN \|^\s*$' "$@"; }

# ---------------------------------------------------------------- the data
"${FD[@]}" --data-dir "$W/base" workspace init --sample >"$W/init.txt" 2>&1 \
    || { quiet "$W/init.txt"; fail "workspace init --sample exited non-zero"; }
rm -f "$W/base/"*.lock
# the example workspace holds this survey for 2021–2024 and an overlapping import is refused before
# anything is written, so the generated years are moved ten years back (2011–2014)
java -cp "$CP" no.framdrift.bench.BenchSurvey "$W/survey-2021.csv" 32000 18 \
    || fail "could not write the survey with BenchSurvey"
awk 'BEGIN { FS = OFS = ";" } NR > 1 { $2 -= 10 } { print }' "$W/survey-2021.csv" >"$W/survey.csv" \
    || fail "could not move the survey's years"

mkdir -p "$T"
mount -t tmpfs -o size=40m tmpfs "$T" || fail "mount of a 40 MB tmpfs failed"
cp -r "$W/base" "$T/w" || fail "the example workspace does not fit on the 40 MB tmpfs"
"${FD[@]}" --data-dir "$T/w" indicators >/dev/null 2>"$W/open1.txt" \
    || { quiet "$W/open1.txt"; fail "the copied workspace does not open"; }
BEFORE=$(counts "$T/w")
[[ $BEFORE == batches=* ]] || fail "could not count the rows before the import: $BEFORE"

# ---------------------------------------------------------------- fill the disk
"${FD[@]}" --data-dir "$T/w" workspace backup --out "$W/size-probe.zip" >/dev/null 2>&1 \
    || fail "workspace backup (to measure the pre-import backup) failed"
BSIZE=$(stat -c %s "$W/size-probe.zip")
FREE=$(df --output=avail -B1 "$T" | tail -1)
FILL=$((FREE - BSIZE - 1500000))
[ "$FILL" -gt 0 ] || fail "not enough room on the tmpfs to set up the test (free $FREE, backup $BSIZE)"
fallocate -l "$FILL" "$T/filler" 2>/dev/null || dd if=/dev/zero of="$T/filler" bs=1M count=$((FILL / 1048576)) status=none
LEFT=$(df --output=avail -B1 "$T" | tail -1)
echo "full-disk: before: $BEFORE; tmpfs 40 MB, $LEFT bytes free (pre-import backup $BSIZE bytes)"

# ---------------------------------------------------------------- the import that cannot be written
"${FD[@]}" --data-dir "$T/w" import "$W/survey.csv" --profile "$PROFILE" >"$W/import.txt" 2>&1
RC=$?
MSG=$(quiet "$W/import.txt" | head -3 | tr '\n' ' ')
echo "full-disk: import exit $RC: $MSG"
[ "$RC" -ne 0 ] || fail "the import on a full disk exited 0"
grep -q 'Ikke nok plass på disken' "$W/import.txt" || fail "the import's message does not say 'Ikke nok plass på disken'"

# ---------------------------------------------------------------- free space, reopen, count
rm -f "$T/filler"
"${FD[@]}" --data-dir "$T/w" indicators >/dev/null 2>"$W/open2.txt"
RC=$?
MSG=$(quiet "$W/open2.txt" | head -2 | tr '\n' ' ')
echo "full-disk: reopen exit $RC: $MSG"
[ "$RC" -eq 0 ] || fail "the folder does not reopen after space was freed (exit $RC)"
AFTER=$(counts "$T/w")
echo "full-disk: after: $AFTER"
[ "$AFTER" = "$BEFORE" ] || fail "the workspace changed: before $BEFORE, after $AFTER"

# control: with the space back, the same import is accepted, so the refusal above was the disk's
"${FD[@]}" --data-dir "$T/w" import "$W/survey.csv" --profile "$PROFILE" >"$W/import2.txt" 2>&1 \
    || { quiet "$W/import2.txt" | head -3; fail "the same import fails also with free space"; }
echo "full-disk: control: the same import with free space: exit 0, now $(counts "$T/w")"

echo "full-disk: passed in $(($(date +%s) - start)) s (import refused with 'Ikke nok plass på disken', $AFTER as before)"
