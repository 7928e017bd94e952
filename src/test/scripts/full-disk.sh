#!/bin/bash
# Issue 18: an import on a nearly full disk (a 40 MB tmpfs filled to the size of the pre-import
# backup + 1.5 MB) must end with "Ikke nok plass på disken" and the folder exactly as before.
# run from the repository after: mvn -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
# needs root (mount) and: a seeded data folder in $1, a survey CSV in $2 and its profile in $3
set -u
BASE=$1; CSV=$2; PROFILE=$3
CP="$(pwd)/target/test-classes:$(pwd)/target/classes:$(cat target/cp.txt)"
mkdir -p /tmp/tmpfs18 && mount -t tmpfs -o size=40m tmpfs /tmp/tmpfs18
FD="java -cp $CP no.framdrift.ui.shell.Main"
T=/tmp/tmpfs18
rm -rf $T/*; cp -r $BASE $T/w; rm -f $T/w/*.lock
echo "== migrate"; $FD --data-dir $T/w indicators > /dev/null 2>$T/../df-err1.txt; echo "exit $?"
rm -f /tmp/df-b.zip; $FD --data-dir $T/w workspace backup --out /tmp/df-b.zip 2>&1 | grep -v INFO; ls -la /tmp/df-b.zip
BEFORE=$(java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar org.h2.tools.Shell -url "jdbc:h2:file:$T/w/framdrift" -user sa -sql "select count(*) from import_batch; select count(*) from survey_cell" | grep -v COUNT | grep -v row | tr '\n' ' ')
echo "before: $BEFORE"
BSIZE=$(stat -c %s /tmp/df-b.zip)
FREE=$(df --output=avail -B1 $T | tail -1)
FILL=$((FREE - BSIZE - 1500000))
echo "free $FREE backup $BSIZE fill $FILL"
fallocate -l $FILL $T/filler || dd if=/dev/zero of=$T/filler bs=1M count=$((FILL/1048576))
df -h $T | tail -1
echo "== import on a nearly full disk"; $FD --data-dir $T/w import $CSV --profile $PROFILE 2>&1 | grep -v " INFO "; echo "exit ${PIPESTATUS[0]}"
ls -la $T/w $T/w/sikkerhetskopier
rm -f $T/filler
echo "== reopen"; $FD --data-dir $T/w indicators 2>&1 >/dev/null | grep -v " INFO "; echo "exit ${PIPESTATUS[0]}"
AFTER=$(java -cp ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar org.h2.tools.Shell -url "jdbc:h2:file:$T/w/framdrift" -user sa -sql "select count(*) from import_batch; select count(*) from survey_cell" | grep -v COUNT | grep -v row | tr '\n' ' ')
echo "after: $AFTER"
umount /tmp/tmpfs18
