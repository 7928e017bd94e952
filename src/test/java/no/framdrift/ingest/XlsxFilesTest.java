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
}
