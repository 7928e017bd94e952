package no.framdrift.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet as a {@link TabularSource}. Cells become text in one stable form whatever the
 * Excel display format: numbers with '.' and no thousands separators, rounded to Excel's 15
 * significant digits ("1234.5", "0.121" for a cell shown as 12,1 %); dates as yyyy-MM-dd
 * (with " HH:mm:ss" when they have a time); booleans TRUE/FALSE; errors as Excel writes them.
 */
final class XlsxSheetSource implements TabularSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final Workbook workbook;
    private final String sheetName;
    private final Iterator<Row> rows;
    private final List<String> headers;
    private final long fileSize;
    private final int lastRow;
    private int currentRow;

    XlsxSheetSource(Path file, Workbook workbook, Sheet sheet) throws FileProblem {
        this.workbook = workbook;
        this.sheetName = sheet.getSheetName();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        this.fileSize = size;
        this.lastRow = Math.max(0, sheet.getLastRowNum());
        this.rows = sheet.rowIterator();
        this.headers = readHeaders();
    }

    private List<String> readHeaders() throws FileProblem {
        while (hasNextRow()) {
            Row r = nextRow();
            String[] cells = cellsOf(r, -1);
            if (!isBlank(cells)) {
                int width = cells.length;
                while (width > 0 && cells[width - 1].isBlank()) {
                    width--;
                }
                List<String> names = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    names.add(cells[i].strip().replace("\uFEFF", ""));
                }
                CsvReader.checkDuplicates(names, r.getRowNum() + 1L);
                return List.copyOf(names);
            }
        }
        throw new FileProblem(0, null, null, "arket «" + sheetName + "» er tomt");
    }

    private boolean hasNextRow() throws FileProblem {
        try {
            return rows.hasNext();
        } catch (RuntimeException e) {
            throw XlsxFiles.damaged(currentRow + 1L, e);
        }
    }

    private Row nextRow() throws FileProblem {
        try {
            Row r = rows.next();
            currentRow = r.getRowNum() + 1;
            return r;
        } catch (RuntimeException e) {
            throw XlsxFiles.damaged(currentRow + 1L, e);
        }
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() throws FileProblem {
        while (hasNextRow()) {
            Row r = nextRow();
            String[] cells = cellsOf(r, headers.size());
            if (!isBlank(cells)) {
                return new SourceRow(r.getRowNum() + 1L, Arrays.asList(cells));
            }
        }
        return null;
    }

    /**
     * The row's cells as text; with {@code width} ≥ 0 exactly that many, and content beyond the
     * last header is a problem (data in a column nobody named).
     */
    private String[] cellsOf(Row r, int width) throws FileProblem {
        long rowNumber = r.getRowNum() + 1L;
        try {
            int n = width >= 0 ? width : Math.max(0, r.getLastCellNum());
            String[] out = new String[n];
            Arrays.fill(out, "");
            for (Cell c : r) {
                int col = c.getColumnIndex();
                String text = text(c);
                if (col < n) {
                    out[col] = text;
                } else if (!text.isBlank()) {
                    throw new FileProblem(rowNumber, null, text, "cellen i kolonne "
                            + CellReference.convertNumToColString(col) + " har innhold, men kolonnen har ingen overskrift");
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw XlsxFiles.damaged(rowNumber, e);
        }
    }

    private static String text(Cell c) {
        CellType type = c.getCellType();
        if (type == CellType.FORMULA) {
            type = c.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return c.getStringCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(c)) {
                    return date(c.getLocalDateTimeCellValue(), c.getNumericCellValue());
                }
                return number(c.getNumericCellValue());
            case BOOLEAN:
                return c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR:
                try {
                    return FormulaError.forInt(c.getErrorCellValue()).getString();
                } catch (RuntimeException e) {
                    return "#FEIL";
                }
            default:
                return "";
        }
    }

    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new BigDecimal(d).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime t, double serial) {
        if (t == null) {
            return "";
        }
        if (serial < 1) {
            return TIME.format(t); // a time of day only
        }
        if (t.toLocalTime().toSecondOfDay() == 0) {
            return DATE.format(t);
        }
        return DATE_TIME.format(t);
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String formatDescription() {
        return "Excel (.xlsx), ark «" + sheetName + "»";
    }

    @Override
    public long bytesRead() {
        // rows are unzipped as they are read; the share of rows read is the best measure we have
        if (lastRow <= 0) {
            return 0;
        }
        return (long) (fileSize * Math.min(1.0, currentRow / (double) (lastRow + 1)));
    }

    @Override
    public void close() {
        XlsxFiles.closeQuietly(workbook);
    }
}
