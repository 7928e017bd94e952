package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV reader's shared field strings and its digest of the bytes read. */
class CsvFieldsTest {

    @TempDir
    Path dir;


    @Test
    void repeatedValuesComeBackAsOneSharedStringAndEveryValueIsExact() throws Exception {
        StringBuilder csv = new StringBuilder("aar;vekt;region;kommentar\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(2021 + i % 4).append(';').append(String.format(java.util.Locale.ROOT, "%d,%04d", 1, i)).append(';')
                    .append(i % 2 == 0 ? "Helse Vest" : "Helse Nord").append(';')
                    .append(i % 1000 == 0 ? "\"en lengre kommentar, med komma og \"\"sitat\"\" som er over førti tegn lang\"" : "")
                    .append('\n');
        }
        Path f = dir.resolve("s.csv");
        Files.writeString(f, csv);

        try (TabularSource s = CsvFiles.open(f, CsvFiles.detect(f))) {
            List<SourceRow> rows = Rows.readAll(s);
            assertThat(rows).hasSize(3000);
            assertThat(rows.get(0).cells()).containsExactly("2021", "1,0000", "Helse Vest",
                    "en lengre kommentar, med komma og \"sitat\" som er over førti tegn lang");
            assertThat(rows.get(2999).cells()).containsExactly("2024", "1,2999", "Helse Nord", "");
            assertThat(rows.get(1234).rowNumber()).isEqualTo(1236);
            // the same value of a column is the same instance: no new string per cell
            assertThat(rows.get(2).cell(2)).isSameAs(rows.get(2998).cell(2));
            assertThat(rows.get(4).cell(0)).isSameAs(rows.get(2996).cell(0));
            // a column of ever new values is read just the same (its cache gives up)
            assertThat(rows).extracting(r -> r.cell(1)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aColumnWithMoreDistinctValuesThanTheCacheHoldsIsReadExactly() throws Exception {
        StringBuilder csv = new StringBuilder("kommune,antall\n");
        for (int i = 0; i < 6000; i++) {
            csv.append("K").append(i % 900).append(',').append(i % 7).append('\n');
        }
        Path f = dir.resolve("k.csv");
        Files.writeString(f, csv);

        try (TabularSource s = CsvFiles.open(f, CsvFiles.detect(f))) {
            List<SourceRow> rows = Rows.readAll(s);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).cells()).containsExactly("K" + i % 900, String.valueOf(i % 7));
            }
        }
    }

    @Test
    void aValueTheCharsetCannotReadIsNamedEvenAfterTheSameColumnWasCached() throws Exception {
        byte[] good = "navn;antall\nBergen;1\nBergen;2\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = "Troms\u00f8;3\n".getBytes(Charset.forName("windows-1252")); // ø as one byte: not UTF-8
        Path f = dir.resolve("bad.csv");
        Files.write(f, concat(good, bad));

        try (TabularSource s = CsvFiles.open(f, new CsvFormat(StandardCharsets.UTF_8, false, ';', ','))) {
            assertThat(s.next().cells()).containsExactly("Bergen", "1");
            assertThat(s.next().cells()).containsExactly("Bergen", "2");
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class, p -> {
                assertThat(p.row()).isEqualTo(4);
                assertThat(p.column()).isEqualTo("navn");
                assertThat(p.reason().norwegian()).contains("UTF-8");
            });
        }
    }

    @Test
    void theDigestOfAFileReadToTheEndIsItsSha256IncludingTheByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] content = concat(bom, ("år;vekt\n" + "2024;1,25\n2025;0,75\n".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("bom.csv");
        Files.write(f, content);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        try (TabularSource s = CsvFiles.open(f, CsvFiles.detect(f))) {
            s.next();
            assertThat(s.sha256()).isEmpty(); // 400 kB: not read to the end after the first row
            Rows.readAll(s);
            assertThat(s.sha256()).contains(expected);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
