package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSnifferTest {

    @TempDir
    Path dir;

    @Test
    void tellsTheKindFromTheContentNotTheName() throws Exception {
        Path csv = dir.resolve("a.json");
        Files.writeString(csv, "år;andel\n2024;52\n");
        Path json = dir.resolve("b.csv");
        Files.copy(JsonStatFilesTest.SAMPLES.resolve("ssb-29843-v1.json"), json);
        Path xlsx = dir.resolve("c.dat");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("år");
            wb.write(out);
        }
        Path empty = dir.resolve("d.csv");
        Files.writeString(empty, " \r\n\n");
        Path binary = dir.resolve("e.csv");
        Files.write(binary, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Path zip = dir.resolve("f.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w/>".getBytes(StandardCharsets.UTF_8));
        }
        Path truncated = dir.resolve("g.xlsx");
        byte[] whole = Files.readAllBytes(xlsx);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        assertThat(FileSniffer.detect(csv)).isEqualTo(FileKind.CSV);
        assertThat(FileSniffer.detect(json)).isEqualTo(FileKind.JSON_STAT);
        assertThat(FileSniffer.detect(xlsx)).isEqualTo(FileKind.XLSX);
        assertThat(FileSniffer.detect(empty)).isEqualTo(FileKind.EMPTY);
        assertThat(FileSniffer.detect(binary)).isEqualTo(FileKind.BINARY);
        assertThat(FileSniffer.detect(zip)).isEqualTo(FileKind.BINARY);
        assertThat(FileSniffer.detect(truncated)).isEqualTo(FileKind.XLSX);
    }

    @Test
    void aCsvWhoseHeaderStartsWithABracketIsStillCsvWhileJsonIsJson() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sniff");
        String[][] cases = {
                {"[maaned];omraade;teller\n2025-10;Oslo;1\n", "CSV"},
                {"{kode},navn\n1,a\n", "CSV"},
                {"{\"foo\": 1}", "JSON_STAT"},
                {"  \n[ {\"version\": \"2.0\"} ]", "JSON_STAT"},
                {"{ }", "JSON_STAT"},
        };
        for (int k = 0; k < cases.length; k++) {
            java.nio.file.Path f = dir.resolve("f" + k);
            java.nio.file.Files.writeString(f, cases[k][0]);
            assertThat(FileSniffer.detect(f)).as(cases[k][0]).isEqualTo(FileKind.valueOf(cases[k][1]));
        }
    }
}
