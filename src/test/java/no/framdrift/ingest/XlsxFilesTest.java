package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFilesTest {

    @TempDir
    Path dir;

    /** A small survey workbook: a notes sheet, then the data sheet with every kind of cell. */
    private Path survey() throws IOException {
        Path f = dir.resolve("undersokelse.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("Om filen").createRow(0).createCell(0).setCellValue("Laget av analytikeren");
            Sheet s = wb.createSheet("Data");
            CellStyle thousands = wb.createCellStyle();
            thousands.setDataFormat(wb.createDataFormat().getFormat("#,##0.0"));
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));

            Row h = s.createRow(0);
            String[] headers = {"kommune", "innbyggere", "andel", "dato", "dobbel", "aktiv", "merknad"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(i == 0 ? " kommune " : headers[i]);
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("Bergen");
            r.createCell(1).setCellValue(291189.5);
            r.getCell(1).setCellStyle(thousands);
            r.createCell(2).setCellValue(0.121);
            r.getCell(2).setCellStyle(percent);
            r.createCell(3).setCellValue(LocalDate.of(2025, 10, 31));
            r.getCell(3).setCellStyle(date);
            r.createCell(4).setCellFormula("B2*2");
            r.createCell(5).setCellValue(true);
            // merknad left empty: a missing cell becomes ""
            // row 3 left out entirely, row 4 only blanks: both skipped, numbers stay Excel's
            Row blank = s.createRow(3);
            blank.createCell(0).setCellValue("  ");
            Row r5 = s.createRow(4);
            r5.createCell(0).setCellValue("Tromsø");
            r5.createCell(1).setCellValue(78745);
            r5.createCell(3).setCellValue(LocalDateTime.of(2025, 3, 1, 14, 30));
            r5.getCell(3).setCellStyle(dateTime);
            r5.createCell(4).setCellValue(0.1 + 0.2);
            r5.createCell(6).setCellValue("«sitat»");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return f;
    }


    @Test
    void sheetNamesInWorkbookOrder() throws Exception {
        assertThat(XlsxFiles.sheetNames(survey())).containsExactly("Om filen", "Data");
    }

    @Test
    void cellsAreReadAsStableTextWithExcelRowNumbers() throws Exception {
        Path f = survey();

        try (TabularSource s = XlsxFiles.open(f, "Data")) {
            assertThat(s.headers()).containsExactly("kommune", "innbyggere", "andel", "dato", "dobbel", "aktiv", "merknad");
            assertThat(s.formatDescription().norwegian()).isEqualTo("Excel (.xlsx), ark «Data»");
            assertThat(s.decimalSeparator()).isEqualTo('.');
            List<SourceRow> rows = Rows.readAll(s);

            assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2L, 5L);
            assertThat(rows.get(0).cells()).containsExactly("Bergen", "291189.5", "0.121", "2025-10-31", "582379", "TRUE", "");
            assertThat(rows.get(1).cells()).containsExactly("Tromsø", "78745", "", "2025-03-01 14:30:00", "0.3", "", "«sitat»");
            assertThat(Numbers.parse(rows.get(0).cell(1), s.decimalSeparator())).hasValue(291189.5);
            assertThat(s.bytesRead()).isPositive().isLessThanOrEqualTo(Files.size(f));
        }
    }

    @Test
    void aWrongSheetNameListsTheSheets() throws Exception {
        Path f = survey();

        assertThatThrownBy(() -> XlsxFiles.open(f, "Ark1"))
                .isInstanceOfSatisfying(FileProblem.class, p -> {
                    assertThat(p.row()).isZero();
                    assertThat(p.getMessage()).isEqualTo("Arket «Ark1» finnes ikke i Excel-filen; arkene er «Om filen», «Data»");
                });
    }

    @Test
    void aTruncatedWorkbookIsDamagedNeverAStackTrace() throws Exception {
        byte[] whole = Files.readAllBytes(survey());

        for (int cut : new int[] {whole.length / 10, whole.length / 3, whole.length / 2, whole.length * 4 / 5, whole.length - 30}) {
            Path f = dir.resolve("kuttet-" + cut + ".xlsx");
            Files.write(f, Arrays.copyOf(whole, cut));
            Throwable t = catchThrowable(() -> {
                List<String> sheets = XlsxFiles.sheetNames(f);
                try (TabularSource s = XlsxFiles.open(f, sheets.get(sheets.size() - 1))) {
                    Rows.readAll(s);
                }
            });
            assertThat(t).as("cut at %d of %d bytes", cut, whole.length).isInstanceOf(FileProblem.class);
            assertThat(((FileProblem) t).reason().norwegian()).isEqualTo("Excel-filen er skadet eller ufullstendig");
        }
    }

    @Test
    void aTruncatedLargeSheetFailsWhileStreamingWithTheMessage() throws Exception {
        Path f = dir.resolve("stor.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("id");
            for (int i = 1; i <= 5_000; i++) {
                s.createRow(i).createCell(0).setCellValue("rad nummer " + i + " med litt tekst som fyller");
            }
            wb.write(out);
        }
        Path cut = dir.resolve("stor-kuttet.xlsx");
        byte[] whole = Files.readAllBytes(f);
        Files.write(cut, Arrays.copyOf(whole, whole.length - 200));

        try (TabularSource s = XlsxFiles.open(f, "Data")) {
            assertThat(Rows.readAll(s)).hasSize(5_000).last().satisfies(r -> {
                assertThat(r.rowNumber()).isEqualTo(5_001);
                assertThat(r.cell(0)).isEqualTo("rad nummer 5000 med litt tekst som fyller");
            });
        }
        Throwable t = catchThrowable(() -> {
            try (TabularSource s = XlsxFiles.open(cut, "Data")) {
                Rows.readAll(s);
            }
        });
        assertThat(t).isInstanceOf(FileProblem.class).hasMessageContaining("Excel-filen er skadet eller ufullstendig");
    }

    @Test
    void duplicateHeadersAndDataWithoutHeaderAreProblems() throws Exception {
        Path f = dir.resolve("feil.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet dup = wb.createSheet("Dobbel");
            Row h = dup.createRow(0);
            h.createCell(0).setCellValue("år");
            h.createCell(1).setCellValue("År");
            Sheet extra = wb.createSheet("Ekstra");
            extra.createRow(0).createCell(0).setCellValue("år");
            Row r = extra.createRow(1);
            r.createCell(0).setCellValue(2024);
            r.createCell(2).setCellValue("uten overskrift");
            wb.createSheet("Tom");
            wb.write(out);
        }

        assertThatThrownBy(() -> XlsxFiles.open(f, "Dobbel"))
                .hasMessage("Rad 1, kolonne «År»: Kolonne 1 «år» og kolonne 2 «År» har samme overskrift");
        try (TabularSource s = XlsxFiles.open(f, "Ekstra")) {
            assertThatThrownBy(s::next).isInstanceOfSatisfying(FileProblem.class, p -> {
                assertThat(p.getMessage()).isEqualTo("Rad 2: Cellen i kolonne C har innhold, men kolonnen har ingen overskrift");
                assertThat(p.value()).isEqualTo("uten overskrift");
            });
        }
        assertThatThrownBy(() -> XlsxFiles.open(f, "Tom")).hasMessage("Arket «Tom» er tomt");
    }

    @Test
    void notAnXlsxFile() throws Exception {
        Path xls = dir.resolve("gammel.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        Path text = dir.resolve("tekst.xlsx");
        Files.writeString(text, "a;b\n1;2\n");
        Path empty = dir.resolve("tom.xlsx");
        Files.write(empty, new byte[0]);

        assertThatThrownBy(() -> XlsxFiles.sheetNames(xls)).isInstanceOf(FileProblem.class)
                .hasMessageStartingWith("Filen er i det gamle Excel-formatet (.xls) eller passordbeskyttet");
        assertThatThrownBy(() -> XlsxFiles.sheetNames(text)).hasMessage("Filen er ikke en Excel-fil (.xlsx)");
        assertThatThrownBy(() -> XlsxFiles.open(empty, "Data")).hasMessage("Filen er tom");
    }

    @Test
    void formulaTextErrorsRichTextAnd1904Dates() throws Exception {
        Path f = dir.resolve("former.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSX);
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet s = wb.createSheet("Data");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("tekst");
            h.createCell(1).setCellValue("feil");
            h.createCell(2).setCellValue("rik");
            h.createCell(3).setCellValue("dato");
            Row r = s.createRow(1);
            r.createCell(0).setCellFormula("\"Helse \"&\"Nord\"");
            r.createCell(1).setCellFormula("1/0");
            org.apache.poi.xssf.usermodel.XSSFRichTextString rich = new org.apache.poi.xssf.usermodel.XSSFRichTextString("Helt enig");
            org.apache.poi.xssf.usermodel.XSSFFont bold = wb.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            r.createCell(2).setCellValue(rich);
            r.createCell(3).setCellValue(LocalDate.of(2025, 6, 30));
            r.getCell(3).setCellStyle(date);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        try (TabularSource s = XlsxFiles.open(f, "Data")) {
            assertThat(s.next().cells()).containsExactly("Helse Nord", "#DIV/0!", "Helt enig", "2025-06-30");
            assertThat(s.next()).isNull();
        }
    }

    @Test
    void numbersKeepExcelsFifteenDigitsWithoutSeparators() {
        assertThat(XlsxSheetSource.number(1234567.0)).isEqualTo("1234567");
        assertThat(XlsxSheetSource.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(XlsxSheetSource.number(-5.25)).isEqualTo("-5.25");
        assertThat(XlsxSheetSource.number(1e-7)).isEqualTo("0.0000001");
        assertThat(XlsxSheetSource.number(5_594_340.0 * 1000)).isEqualTo("5594340000");
    }
    // ---------------------------------------------------------------- limits (issue 18)

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /** Bytes this thread allocated while running the action (not a timing: what it took from the heap). */
    private static long allocated(org.junit.jupiter.api.function.ThrowingSupplier<?> action) throws Throwable {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        try {
            action.get();
        } catch (FileProblem expected) {
            // the refusal is what is measured
        }
        return mx.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void sharedStringsThatUnpackBeyondTheLimitAreRefusedFromTheZipDirectoryWithoutUnpacking() throws Throwable {
        Path small = CraftedXlsx.base(dir.resolve("liten.xlsx"), new String[] {"kommune", "svar"}, new String[] {"Bergen", "Ja"});
        long huge = XlsxFiles.MAX_SHARED_STRINGS_BYTES + 1_000_000;
        Path f = CraftedXlsx.replace(small, "xl/sharedStrings.xml", CraftedXlsx.oneHugeText(huge), dir.resolve("bombe.xlsx"));
        assertThat(Files.size(f)).isLessThan(1_000_000); // 68 MB of text packs to well under a megabyte

        Throwable t = catchThrowable(() -> XlsxFiles.open(f, "Data"));
        assertThat(t).isInstanceOf(FileProblem.class);
        assertThat(((FileProblem) t).reason().norwegian()).contains("Excel-filen er for stor: tekstene (xl/sharedStrings.xml) blir 68 109 021 byte utpakket, grensen er 67 108 864 byte")
                .contains("del den opp eller lagre arket som CSV");
        assertThat(allocated(() -> XlsxFiles.open(f, "Data"))).as("bytes allocated to refuse").isLessThan(20_000_000L);
    }

    @Test
    void aZipDirectoryThatUnderstatesTheSharedStringsStopsAtTheLimitWhileReading() throws Throwable {
        Path small = CraftedXlsx.base(dir.resolve("liten.xlsx"), new String[] {"kommune", "svar"}, new String[] {"Bergen", "Ja"});
        // letters that pack only about 2:1, so POI's own inflate-ratio guard (100:1) does not stop it first
        Path f = CraftedXlsx.replace(small, "xl/sharedStrings.xml", out -> {
            out.write((SST + " count=\"1\" uniqueCount=\"1\"><si><t>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            java.util.Random random = new java.util.Random(18);
            byte[] block = new byte[1 << 16];
            for (long left = XlsxFiles.MAX_SHARED_STRINGS_BYTES + 8_000_000; left > 0; left -= block.length) {
                for (int i = 0; i < block.length; i++) {
                    block[i] = (byte) ('a' + random.nextInt(16));
                }
                out.write(block);
            }
            out.write("</t></si></sst>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }, dir.resolve("lyver.xlsx"));
        CraftedXlsx.understate(f, "xl/sharedStrings.xml", 2000);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
            assertThat(z.getEntry("xl/sharedStrings.xml").getSize()).isEqualTo(2000);
        }
        Throwable t = catchThrowable(() -> XlsxFiles.open(f, "Data"));
        assertThat(t).isInstanceOf(FileProblem.class);
        assertThat(((FileProblem) t).reason().norwegian()).contains("Excel-filen er for stor: tekstene blir mer enn 67 108 864 byte utpakket");
        assertThat(allocated(() -> XlsxFiles.open(f, "Data"))).as("bytes allocated to refuse").isLessThan(400_000_000L);
    }

    @Test
    void aPartThatPacksMoreTightlyThanPoiAllowsIsNamedAsTooLargeNotDamaged() throws Throwable {
        // 68 MB of one letter packs about 1000:1; the ZIP directory understates it, so POI's ratio guard stops it
        Path small = CraftedXlsx.base(dir.resolve("liten.xlsx"), new String[] {"kommune", "svar"}, new String[] {"Bergen", "Ja"});
        Path f = CraftedXlsx.replace(small, "xl/sharedStrings.xml", CraftedXlsx.oneHugeText(XlsxFiles.MAX_SHARED_STRINGS_BYTES + 1_000_000),
                dir.resolve("tett.xlsx"));
        CraftedXlsx.understate(f, "xl/sharedStrings.xml", 2000);
        Throwable t = catchThrowable(() -> XlsxFiles.open(f, "Data"));
        assertThat(((FileProblem) t).reason().norwegian()).contains("Excel-filen er for stor: en del av filen pakkes ut til mer enn 100 ganger");
    }

    @Test
    void aStatedOrRealCountOfTextsAboveTheLimitIsRefusedBeforeTheListIsAllocated() throws Throwable {
        Path small = CraftedXlsx.base(dir.resolve("liten.xlsx"), new String[] {"kommune", "svar"}, new String[] {"Bergen", "Ja"});
        Path stated = CraftedXlsx.replace(small, "xl/sharedStrings.xml",
                CraftedXlsx.text(SST + " count=\"4\" uniqueCount=\"2000000000\"><si><t>kommune</t></si><si><t>svar</t></si>"
                        + "<si><t>Bergen</t></si><si><t>Ja</t></si></sst>"), dir.resolve("teller.xlsx"));
        Throwable t = catchThrowable(() -> XlsxFiles.open(stated, "Data"));
        assertThat(((FileProblem) t).reason().norwegian()).contains("den har 2 000 000 000 forskjellige tekster eller flere, grensen er 1 000 000");
        assertThat(allocated(() -> XlsxFiles.open(stated, "Data"))).isLessThan(20_000_000L);

        Path real = CraftedXlsx.replace(small, "xl/sharedStrings.xml", out -> {
            out.write((SST + ">").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // different texts (1 000 001 of them), so the part packs well below POI's 100:1 guard
            for (int i = 0; i <= XlsxFiles.MAX_SHARED_STRINGS; i++) {
                out.write(("<si><t>" + Integer.toString(i * 7919, 36) + "</t></si>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            out.write("</sst>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }, dir.resolve("mange.xlsx"));
        assertThat(((FileProblem) catchThrowable(() -> XlsxFiles.open(real, "Data"))).reason().norwegian())
                .contains("den har 1 000 001 forskjellige tekster eller flere");
    }

    @Test
    void rowsAndColumnsBeyondExcelsOwnLimitsAreRefusedNotAllocated() throws Throwable {
        Path small = CraftedXlsx.base(dir.resolve("liten.xlsx"), new String[] {"kommune", "svar"}, new String[] {"Bergen", "Ja"});
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kommune</t></is></c></row>%s</sheetData></worksheet>";
        Path farRow = CraftedXlsx.replace(small, "xl/worksheets/sheet1.xml", CraftedXlsx.text(String.format(sheet,
                "<row r=\"1048577\"><c r=\"A1048577\" t=\"inlineStr\"><is><t>Bergen</t></is></c></row>")), dir.resolve("rad.xlsx"));
        try (TabularSource s = XlsxFiles.open(farRow, "Data")) {
            assertThat(((FileProblem) catchThrowable(s::next)).reason().norwegian()).contains("rad 1048577 er utenfor Excels 1048576 rader");
        }
        Path farColumn = CraftedXlsx.replace(small, "xl/worksheets/sheet1.xml", CraftedXlsx.text(String.format(sheet,
                "<row r=\"2\"><c r=\"ZZZZZZZ2\" t=\"inlineStr\"><is><t>Bergen</t></is></c></row>")), dir.resolve("kolonne.xlsx"));
        try (TabularSource s = XlsxFiles.open(farColumn, "Data")) {
            Throwable t = catchThrowable(s::next);
            assertThat(((FileProblem) t).reason().norwegian()).contains("cellen ZZZZZZZ2 er utenfor Excels 16384 kolonner");
            assertThat(allocated(() -> {
                try (TabularSource again = XlsxFiles.open(farColumn, "Data")) {
                    return again.next();
                }
            })).isLessThan(20_000_000L);
        }
    }
}
