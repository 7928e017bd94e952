#!/bin/bash
# Issue 18: every hostile input of the issue (points 5–9) against the real command line, one row
# each: exit code, wall time, peak memory (max RSS of the JVM, GNU time) and whether the database
# is unchanged (the row count of every table, read with H2's shell, equal before and after).
#
# Run from the repository after building the class path once:
#   mvn -B -q -ntp test-compile
#   mvn -B -q -ntp org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
#       -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
#   src/test/scripts/bad-inputs.sh [work folder]        # prints a Markdown table
# Needs python3 (to craft the files) and /usr/bin/time. The 40 MB XLSX is made on the fly.
set -u
W=${1:-/tmp/bad-inputs}
CP="${CP:-$(pwd)/target/test-classes:$(pwd)/target/classes:$(cat target/cp.txt)}"
H2=$(tr ':' '\n' <<<"$CP" | grep '/h2-[0-9.]*\.jar$' | head -1)
FD=(java -Xmx1g -cp "$CP" no.framdrift.ui.shell.Main)
rm -rf "$W"; mkdir -p "$W/in"
IN=$W/in

exact_counts() { # COUNT(*) of every table that holds data, one H2 shell run
    java -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$1/framdrift" -user sa -sql "SELECT 'batches=' || (SELECT COUNT(*) FROM import_batch) || ' survey=' || (SELECT COUNT(*) FROM survey_cell) || ' registry=' || (SELECT COUNT(*) FROM registry_value) || ' units=' || (SELECT COUNT(*) FROM unit_list_entry) || ' values=' || (SELECT COUNT(*) FROM computed_value) || ' profiles=' || (SELECT COUNT(*) FROM import_profile) || ' indicators=' || (SELECT COUNT(*) FROM indicator)" 2>/dev/null | grep -m1 '^batches='
}

echo "seeding the base folder (example workspace) ..." >&2
"${FD[@]}" --data-dir "$W/base" workspace init --sample >/dev/null 2>&1
rm -f "$W/base/"*.lock

# ---------------------------------------------------------------- the inputs
cat > "$IN/size-1e9.json" <<'EOF'
{"version":"2.0","class":"dataset","label":"Stor","id":["Region","Tid"],"size":[1000000000,1],
 "dimension":{"Region":{"category":{"index":{"0301":0}}},"Tid":{"category":{"index":{"2024":0}}}},
 "value":{"0":1}}
EOF
python3 - "$IN/sparse.json" <<'EOF'
import json, sys
n = 2000
d = {"version": "2.0", "class": "dataset", "label": "Glissen", "id": ["Region", "Tid", "ContentsCode"], "size": [n, n, 1],
     "dimension": {"Region": {"category": {"index": {"K%04d" % i: i for i in range(n)}}},
                   "Tid": {"category": {"index": {str(1000 + i): i for i in range(n)}}},
                   "ContentsCode": {"category": {"index": {"Personer": 0}}}},
     "value": {"0": 1}}
open(sys.argv[1], "w").write(json.dumps(d))
EOF
cat > "$IN/jsonstat.profile.json" <<'EOF'
{"name":"ssb","kind":"JSON_STAT","jsonStat":{"indicator":"PLL","areaDimension":"Region","areaScheme":"ANY","timeDimension":"Tid","valueRole":"DENOMINATOR"}}
EOF
python3 - "$IN/bomb.xlsx" <<'EOF'
# a real minimal workbook whose shared strings are one text of 2 GB (2^31 letters, one in a hundred
# random, so it packs about 50:1 like the issue's 40 MB file); the ZIP directory states the true size
import random, sys, zipfile
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
wb = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
wbrels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
sheet = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
    z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels)
    z.writestr("xl/workbook.xml", wb); z.writestr("xl/_rels/workbook.xml.rels", wbrels)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    info = zipfile.ZipInfo("xl/sharedStrings.xml")
    info.compress_type = zipfile.ZIP_DEFLATED
    rnd = random.Random(18)
    blocks = []
    for _ in range(16):
        b = bytearray(b"a" * (1 << 20))
        for _ in range(len(b) // 100):
            b[rnd.randrange(len(b))] = rnd.randrange(97, 123)
        blocks.append(bytes(b))
    with z.open(info, "w", force_zip64=True) as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>')
        for i in range(2048):
            f.write(blocks[rnd.randrange(16)])
        f.write(b"</t></si></sst>")
EOF
cat > "$IN/xlsx.profile.json" <<'EOF'
{"name":"bombe","kind":"REGISTRY","file":{"sheet":"Data"},"registry":{"indicator":"PLL","period":"periode","area":"kommunenr","areaScheme":"ANY","numerator":"teller","denominator":"nevner"}}
EOF
printf 'aar;vekt;profesjon;epj_kvalitet;epj_effektiv;tilgang_info;enklere_hverdag\n2024;1e200;Lege;5;5;5;5\n2024;1e308;Lege;4;4;4;4\n' > "$IN/weights.csv"
python3 - "$IN/heavy.csv" <<'EOF'
import sys
rows = ["aar;vekt;profesjon;epj_kvalitet;epj_effektiv;tilgang_info;enklere_hverdag"]
rows += ["2030;1;Lege;2;2;2;2"] * 12 + ["2030;20;Lege;5;5;5;5"]
open(sys.argv[1], "w").write("\n".join(rows) + "\n")
EOF
python3 - "$IN/survey.profile.json" "$IN/path-name.profile.json" "$IN/formula-key.profile.json" <<'EOF'
import json, sys
codes = {"5": "Helt enig", "4": "Ganske enig", "3": "Verken enig eller uenig", "2": "Ganske uenig", "1": "Helt uenig", "9": "Vet ikke"}
ans = ["Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig"]
def q(col, ind):
    return {"column": col, "indicator": ind, "codes": codes, "answers": ans, "positive": ans[:2], "excluded": ["Vet ikke"]}
def prof(name, bgkey):
    return {"name": name, "kind": "SURVEY", "file": {"delimiter": ";", "decimalSeparator": ","},
            "survey": {"year": "aar", "weight": "vekt", "background": {bgkey: "profesjon"},
                       "questions": [q("epj_kvalitet", "EPJ_KVALITET")]}}
json.dump(prof("tung", "profesjon"), open(sys.argv[1], "w"))
json.dump(prof("../../x", "profesjon"), open(sys.argv[2], "w"))
json.dump(prof("formel", "=SUM(9)*cmd"), open(sys.argv[3], "w"))
EOF

# ---------------------------------------------------------------- one run
row() { # label, then the command's arguments after --data-dir; PREPARE runs before, CHECK (if set) replaces the count check
    local label=$1 folder=$W/run; shift
    rm -rf "$folder"; cp -r "$W/base" "$folder"
    [ -n "${PREPARE:-}" ] && eval "$PREPARE"
    local before="" after=""
    [ -z "${CHECK:-}" ] && before=$(exact_counts "$folder")
    /usr/bin/time -f "%e %M" -o "$W/time.txt" "${FD[@]}" --data-dir "$folder" "$@" >"$W/out.txt" 2>"$W/err.txt"
    local rc=$?
    read -r secs kb < <(tail -n 1 "$W/time.txt") || true
    local same
    if [ -n "${CHECK:-}" ]; then
        same=$(eval "$CHECK")
    else
        after=$(exact_counts "$folder")
        same="yes"; [ "$before" != "$after" ] && same="**no**: $before → $after"
    fi
    local msg
    msg=$(cat "$W/err.txt" "$W/out.txt" | grep -v ' INFO \| WARN \|^\s*$' | head -2 | tr '\n' ' ' | cut -c1-240)
    printf '| %s | %s | %s | %s s | %s MB | %s |\n' "$label" "${msg//|/\\|}" "$rc" "$secs" "$((kb / 1024))" "$same"
}

echo "| input | first lines of the output | exit | time | peak RSS | database unchanged |"
echo "| --- | --- | --- | --- | --- | --- |"
row "JSON-stat of $(stat -c %s "$IN/size-1e9.json") bytes, size [1e9, 1]" import "$IN/size-1e9.json" --profile "$IN/jsonstat.profile.json"
row "JSON-stat of $(($(stat -c %s "$IN/sparse.json") / 1024)) KB, size [2000, 2000, 1], one value" import "$IN/sparse.json" --profile "$IN/jsonstat.profile.json"
row "XLSX of $(($(stat -c %s "$IN/bomb.xlsx") / 1024)) KB whose shared strings unpack to 2 GB" import "$IN/bomb.xlsx" --profile "$IN/xlsx.profile.json"
row "survey weights 1e200 and 1e308" import "$IN/weights.csv" --profile "$IN/survey.profile.json"
row "one weight 62 % of its year (20 of 32)" import "$IN/heavy.csv" --profile "$IN/survey.profile.json"
row "profile named ../../x (--save-profile)" import "$IN/heavy.csv" --profile "$IN/path-name.profile.json" --save-profile
row "background key =SUM(9)*cmd (--save-profile)" import "$IN/heavy.csv" --profile "$IN/formula-key.profile.json" --save-profile
row "values --by '=SUM(9)*cmd'" values EPJ_KVALITET --by '=SUM(9)*cmd'
PREPARE='echo x > "$W/protected.png"; chmod a-w "$W/protected.png"' CHECK='echo "file: $(cat "$W/protected.png")"' \
    row "export onto a write-protected file" export chart PLL --out "$W/protected.png"
PREPARE='rm -f "$W/link.png" "$W/target.png"; ln -s "$W/target.png" "$W/link.png"' CHECK='[ -L "$W/link.png" ] && echo "still a link" || echo "**replaced**"' \
    row "export onto a symbolic link" export chart PLL --out "$W/link.png"
PREPARE=': > "$folder/framdrift.mv.db"' CHECK='echo "file kept: $(stat -c %s "$folder/framdrift.mv.db") bytes"' \
    row "framdrift.mv.db of 0 bytes" indicators
PREPARE='truncate -s 4096 "$folder/framdrift.mv.db"' CHECK='echo "file kept: $(stat -c %s "$folder/framdrift.mv.db") bytes"' \
    row "framdrift.mv.db truncated to 4 KB" indicators
PREPARE='chmod a-w "$folder/framdrift.mv.db"' CHECK='chmod u+w "$folder/framdrift.mv.db"; [ "$(id -u)" = 0 ] && echo "n/a: root may write any file" || echo "yes"' \
    row "write-protected framdrift.mv.db" indicators
