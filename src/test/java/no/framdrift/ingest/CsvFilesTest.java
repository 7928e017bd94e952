package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }


    @Test
    void utf8WithBomSemicolonAndDecimalComma() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path f = write("bom.csv", concat(bom, "år;vekt;kjønn\r\n2024;1,25;Kvinne\r\n2024;0,75;Mann\r\n"
                .getBytes(StandardCharsets.UTF_8)));

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format).isEqualTo(new CsvFormat(StandardCharsets.UTF_8, true, ';', ','));
        assertThat(format.describe().norwegian()).isEqualTo("CSV, UTF-8 med BOM, skilletegn semikolon, desimalkomma");
        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThat(s.headers()).containsExactly("år", "vekt", "kjønn");
            List<SourceRow> rows = Rows.readAll(s);
            assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2L, 3L);
            assertThat(rows.get(0).cells()).containsExactly("2024", "1,25", "Kvinne");
            assertThat(Numbers.parse(rows.get(1).cell(1), s.decimalSeparator())).hasValue(0.75);
            assertThat(s.bytesRead()).isEqualTo(Files.size(f));
        }
    }

    @Test
    void utf8WithoutBomCommaAndDecimalPoint() throws Exception {
        Path f = write("plain.csv", "kommune,teller,nevner\n4601 Bergen,1.5,2\n5001 Trondheim,12.25,40\n",
                StandardCharsets.UTF_8);

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format).isEqualTo(new CsvFormat(StandardCharsets.UTF_8, false, ',', '.'));
        assertThat(format.describe().norwegian()).isEqualTo("CSV, UTF-8 uten BOM, skilletegn komma, desimalpunktum");
    }

    @Test
    void windows1252IsDetectedAndNorwegianLettersSurvive() throws Exception {
        Path f = write("ansi.csv", "fylke;andel\nMøre og Romsdal;12,1\nTrøndelag;9,5\nÆrlig Å;1,0\n", WINDOWS_1252);

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format.charset()).isEqualTo(WINDOWS_1252);
        assertThat(format.describe().norwegian()).isEqualTo("CSV, Windows-1252, skilletegn semikolon, desimalkomma");
        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThat(Rows.readAll(s)).extracting(r -> r.cell(0)).containsExactly("Møre og Romsdal", "Trøndelag", "Ærlig Å");
        }
    }

    @Test
    void tabDelimiterIsDetected() throws Exception {
        Path f = write("tab.txt", "periode\tteller\tnevner\n2025-04\t55 943\t5 594 340\n2025-05\t61 000\t5 594 340\n",
                StandardCharsets.UTF_8);

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format.delimiter()).isEqualTo('\t');
        try (TabularSource s = CsvFiles.open(f, format)) {
            SourceRow first = s.next();
            assertThat(first.cells()).containsExactly("2025-04", "55 943", "5 594 340");
            assertThat(Numbers.parse(first.cell(2), s.decimalSeparator())).hasValue(5_594_340);
        }
    }

    @Test
    void delimiterInsideQuotesDoesNotFoolTheDetection() throws Exception {
        // the header has more commas than semicolons, but only inside quotes
        Path f = write("q.csv", "\"Andel, prosent\";\"Område, navn\";år\n\"12,1\";\"Bergen, Vest\";2025\n"
                + "\"5,2\";\"Helse Nord, RHF\";2025\n", StandardCharsets.UTF_8);

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format.delimiter()).isEqualTo(';');
        assertThat(format.decimalSeparator()).isEqualTo(',');
        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThat(s.headers()).containsExactly("Andel, prosent", "Område, navn", "år");
            assertThat(s.next().cells()).containsExactly("12,1", "Bergen, Vest", "2025");
        }
    }

    @Test
    void quotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws Exception {
        Path f = write("multi.csv", "id;kommentar;svar\n"
                + "1;\"Sa \"\"nei\"\"; ikke enig\";Helt uenig\n"
                + "2;\"første linje\r\nandre linje\ntredje linje\";Ganske enig\n"
                + "3;vanlig;Helt enig\n", StandardCharsets.UTF_8);

        try (TabularSource s = CsvFiles.open(f, CsvFiles.detect(f))) {
            List<SourceRow> rows = Rows.readAll(s);
            assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2L, 3L, 6L);
            assertThat(rows.get(0).cell(1)).isEqualTo("Sa \"nei\"; ikke enig");
            assertThat(rows.get(1).cell(1)).isEqualTo("første linje\r\nandre linje\ntredje linje");
            assertThat(rows.get(2).cells()).containsExactly("3", "vanlig", "Helt enig");
        }
    }

    @Test
    void blankLinesAndEmptyRowsAreSkippedButRowNumbersStayPhysical() throws Exception {
        Path f = write("blank.csv", "a;b\n1;2\n\n;\n3;4\n", StandardCharsets.UTF_8);

        try (TabularSource s = CsvFiles.open(f, CsvFiles.detect(f))) {
            assertThat(Rows.readAll(s)).extracting(SourceRow::rowNumber).containsExactly(2L, 5L);
        }
    }

    @Test
    void excelsSepLineNamesTheDelimiterAndIsNotTheHeader() throws Exception {
        Path f = write("sep.csv", "sep=,\nkommune,andel\nBergen,\"12,1\"\n", StandardCharsets.UTF_8);

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format.delimiter()).isEqualTo(',');
        assertThat(format.decimalSeparator()).isEqualTo(',');
        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThat(s.headers()).containsExactly("kommune", "andel");
            SourceRow r = s.next();
            assertThat(r.rowNumber()).isEqualTo(3);
            assertThat(r.cells()).containsExactly("Bergen", "12,1");
        }
    }

    @Test
    void everyDetectedSettingCanBeOverridden() throws Exception {
        Path f = write("o.csv", "a;b,c\n1;2,3\n4;5,6\n", StandardCharsets.UTF_8);
        CsvFormat detected = CsvFiles.detect(f);
        assertThat(detected.delimiter()).isEqualTo(';');

        try (TabularSource s = CsvFiles.open(f, detected.withDelimiter(',').withDecimalSeparator('.'))) {
            assertThat(s.headers()).containsExactly("a;b", "c");
            assertThat(s.next().cells()).containsExactly("1;2", "3");
            assertThat(s.decimalSeparator()).isEqualTo('.');
            assertThat(s.formatDescription().norwegian()).isEqualTo("CSV, UTF-8 uten BOM, skilletegn komma, desimalpunktum");
        }
    }

    @Test
    void utf8ChosenForAWindows1252FileNamesTheRow() throws Exception {
        Path f = write("wrong.csv", "fylke;n\nOslo;1\nTrøndelag;2\n", WINDOWS_1252);
        CsvFormat wrong = new CsvFormat(StandardCharsets.UTF_8, false, ';', ',');

        try (TabularSource s = CsvFiles.open(f, wrong)) {
            assertThat(s.next().cells()).containsExactly("Oslo", "1");
            assertThatThrownBy(s::next)
                    .isInstanceOfSatisfying(FileProblem.class, p -> {
                        assertThat(p.row()).isEqualTo(3);
                        assertThat(p.column()).isEqualTo("fylke");
                        assertThat(p.getMessage()).isEqualTo(
                                "Rad 3, kolonne «fylke»: Teksten kan ikke leses som UTF-8 – velg et annet tegnsett");
                    });
        }
    }

    @Test
    void emptyFileIsAProblemOfTheWholeFile() throws Exception {
        Path empty = write("empty.csv", new byte[0]);
        Path onlyBom = write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\r', '\n'});

        for (Path f : List.of(empty, onlyBom)) {
            assertThatThrownBy(() -> CsvFiles.detect(f))
                    .isInstanceOfSatisfying(FileProblem.class, p -> {
                        assertThat(p.row()).isZero();
                        assertThat(p.getMessage()).isEqualTo("Filen er tom");
                    });
        }
        assertThatThrownBy(() -> CsvFiles.open(empty, new CsvFormat(StandardCharsets.UTF_8, false, ';', ',')))
                .hasMessage("Filen er tom");
    }

    @Test
    void binaryFileIsRefused() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        Path f = write("bilde.csv", png);

        assertThatThrownBy(() -> CsvFiles.detect(f))
                .isInstanceOf(FileProblem.class)
                .hasMessage("Filen ser ikke ut som en tekstfil (CSV)");
    }

    @Test
    void duplicateHeadersNameBothColumns() throws Exception {
        Path f = write("dup.csv", "år;vekt;Vekt ;svar\n2024;1;1;Helt enig\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CsvFiles.open(f, CsvFiles.detect(f)))
                .isInstanceOfSatisfying(FileProblem.class, p -> {
                    assertThat(p.row()).isEqualTo(1);
                    assertThat(p.column()).isEqualTo("Vekt");
                    assertThat(p.getMessage()).isEqualTo(
                            "Rad 1, kolonne «Vekt»: Kolonne 2 «vekt» og kolonne 3 «Vekt» har samme overskrift");
                });
    }

    @Test
    void rowsWithTooManyOrTooFewCellsNameTheRow() throws Exception {
        Path many = write("many.csv", "a;b;c\n1;2;3\n\"x\ny\";2;3\n1;2;3;4\n", StandardCharsets.UTF_8);
        Path few = write("few.csv", "a;b;c\n1;2;3\n1;2\n", StandardCharsets.UTF_8);

        try (TabularSource s = CsvFiles.open(many, CsvFiles.detect(many))) {
            s.next();
            s.next();
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class, p -> {
                assertThat(p.row()).isEqualTo(5);
                assertThat(p.getMessage()).isEqualTo(
                        "Rad 5: Raden har 4 celler, men overskriften har 3 kolonner (skilletegn semikolon)");
            });
        }
        try (TabularSource s = CsvFiles.open(few, CsvFiles.detect(few))) {
            s.next();
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class,
                    p -> assertThat(p.row()).isEqualTo(3));
        }
    }

    @Test
    void aFiftyMegabyteSingleLineIsACleanProblemNotOutOfMemory() throws Exception {
        Path f = dir.resolve("line.csv");
        byte[] chunk = "abcdefghij;".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("a;b\n".getBytes(StandardCharsets.US_ASCII));
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        CsvFormat format = CsvFiles.detect(f);

        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class, p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.getMessage()).isEqualTo("Rad 2: Raden har mer enn 16 384 celler – er dette en CSV-fil?");
            });
        }
    }

    @Test
    void aFileThatIsOneHugeLineFailsOnItsFirstRow() throws Exception {
        Path f = dir.resolve("oneline.csv");
        byte[] chunk = "1234567890,".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int i = 0; i < 30; i++) {
                out.write(chunk);
            }
        }

        assertThatThrownBy(() -> CsvFiles.open(f, CsvFiles.detect(f)))
                .isInstanceOfSatisfying(FileProblem.class, p -> {
                    assertThat(p.row()).isEqualTo(1);
                    assertThat(p.reason().norwegian()).isEqualTo("Raden har mer enn 16 384 celler – er dette en CSV-fil?");
                });
    }

    @Test
    void aLongQuotedFieldNeverClosedIsAlsoCapped() throws Exception {
        Path f = dir.resolve("quote.csv");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("a;b\n1;\"".getBytes(StandardCharsets.US_ASCII));
            byte[] line = "tekst uten slutt;\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 200; i++) {
                out.write(line);
            }
        }

        try (TabularSource s = CsvFiles.open(f, new CsvFormat(StandardCharsets.UTF_8, false, ';', ','))) {
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class,
                    p -> assertThat(p.row()).isEqualTo(2));
        }
    }

    @Test
    void utf16WithBomFromExcelUnicodeTextIsRead() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        Path f = write("unicode.txt", concat(bom, "år\tandel\n2024\t52,0\n".getBytes(StandardCharsets.UTF_16LE)));

        CsvFormat format = CsvFiles.detect(f);

        assertThat(format.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(format.delimiter()).isEqualTo('\t');
        try (TabularSource s = CsvFiles.open(f, format)) {
            assertThat(s.headers()).containsExactly("år", "andel");
            assertThat(s.next().cells()).containsExactly("2024", "52,0");
        }
    }

    @Test
    void decimalSeparatorFollowsTheNumbersNotOnlyTheDelimiter() throws Exception {
        Path semicolonWithPoints = write("sp.csv", "a;b\nx;1.25\ny;12.5\n", StandardCharsets.UTF_8);
        Path commaWithQuotedCommas = write("cc.csv", "a,b\nx,\"1,25\"\ny,\"12,5\"\n", StandardCharsets.UTF_8);

        assertThat(CsvFiles.detect(semicolonWithPoints).decimalSeparator()).isEqualTo('.');
        assertThat(CsvFiles.detect(commaWithQuotedCommas).decimalSeparator()).isEqualTo(',');
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        assertThatThrownBy(() -> CsvFiles.detect(dir.resolve("finnes-ikke.csv")))
                .isInstanceOf(FileProblem.class).hasMessage("Filen finnes ikke");
    }
}
