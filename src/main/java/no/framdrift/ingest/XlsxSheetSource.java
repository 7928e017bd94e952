package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * One sheet as a {@link TabularSource}, pulled row by row from the sheet XML with StAX.
 *
 * <p>Why not POI's XSSFSheetXMLHandler or excel-streaming-reader: both build an XMLBeans
 * rich-text object per string cell and look styles up through XMLBeans per numeric cell; on
 * this machine that read 100,000 rows × 10 columns in 30–48 s. Reading the few cell forms of
 * SpreadsheetML directly, with the date styles worked out once, is two orders faster.
 *
 * <p>Cells become text in one stable form whatever the Excel display format: numbers with '.'
 * and no thousands separators, rounded to Excel's 15 significant digits ("1234.5", "0.121" for
 * a cell shown as 12,1 %); dates as yyyy-MM-dd (with " HH:mm:ss" when they have a time, HH:mm:ss
 * for a time alone); booleans TRUE/FALSE; errors as Excel writes them (#N/A).
 */
final class XlsxSheetSource implements TabularSource {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final OPCPackage pkg;
    private final String sheetName;
    private final InputStream sheetData;
    private final XMLStreamReader xml;
    private final String[] sharedStrings;
    private final boolean[] dateStyles;
    private final boolean date1904;
    private final long fileSize;
    private final List<String> headers;
    /** The last row of the sheet's dimension (1-based), 0 if the sheet does not say. */
    private volatile long lastRow;
    /** The Excel row number of the row last read; volatile as a progress bar reads it from another thread. */
    private volatile long currentRow;
    private boolean done;
    /** Cells of the row being read, by column; grown as needed, reused. */
    private String[] cells = new String[16];
    private int width;

    XlsxSheetSource(OPCPackage pkg, XSSFReader reader, String sheetName, InputStream sheetData, long fileSize)
            throws Exception {
        this.pkg = pkg;
        this.sheetName = sheetName;
        this.sheetData = sheetData;
        this.fileSize = fileSize;
        this.sharedStrings = readSharedStrings(reader);
        StylesTable styles = reader.getStylesTable();
        this.dateStyles = dateStyles(styles);
        this.date1904 = isDate1904(reader);
        this.xml = XML.createXMLStreamReader(sheetData);
        List<String> h;
        try {
            h = readHeaders();
        } catch (FileProblem e) {
            close();
            throw e;
        }
        this.headers = h;
    }

    // ---------------------------------------------------------------- workbook parts

    /** Shared strings as plain text: the &lt;t&gt; runs of each &lt;si&gt;, phonetic runs left out. */
    private static String[] readSharedStrings(XSSFReader reader) throws Exception {
        InputStream in;
        try {
            in = reader.getSharedStringsData();
        } catch (Exception e) {
            return new String[0]; // a workbook with no text cells has no shared strings part
        }
        if (in == null) {
            return new String[0];
        }
        Limited counted = new Limited(in, XlsxFiles.MAX_SHARED_STRINGS_BYTES);
        try (counted) {
            XMLStreamReader x = XML.createXMLStreamReader(counted);
            List<String> out = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int phonetic = 0;
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("si")) {
                        text.setLength(0);
                    } else if (n.equals("rPh")) {
                        phonetic++;
                    } else if (n.equals("t") && phonetic == 0) {
                        text.append(x.getElementText());
                    } else if (n.equals("sst") && x.getAttributeValue(null, "uniqueCount") != null) {
                        long stated = parseLongOr(x.getAttributeValue(null, "uniqueCount"), 16);
                        if (stated > XlsxFiles.MAX_SHARED_STRINGS) {
                            throw tooManyTexts(stated);
                        }
                        ((ArrayList<String>) out).ensureCapacity((int) Math.max(0, stated));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("si")) {
                        if (out.size() >= XlsxFiles.MAX_SHARED_STRINGS) {
                            throw tooManyTexts(out.size() + 1L);
                        }
                        out.add(text.toString());
                    } else if (n.equals("rPh")) {
                        phonetic--;
                    }
                }
            }
            return out.toArray(new String[0]);
        } catch (XMLStreamException | RuntimeException e) {
            if (counted.over) {
                // the ZIP directory understated the size: stopped at the limit
                throw XlsxFiles.tooLarge("tekstene blir mer enn " + XlsxFiles.bytes(XlsxFiles.MAX_SHARED_STRINGS_BYTES)
                        + " utpakket");
            }
            throw e;
        }
    }

    /** Stops with an error once more than {@code limit} bytes have been read (the ZIP directory can lie). */
    private static final class Limited extends java.io.FilterInputStream {

        private final long limit;
        private long count;
        private boolean over;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        private int counted(int n) throws java.io.IOException {
            if (n > 0) {
                count += n;
                if (count > limit) {
                    over = true;
                    throw new java.io.IOException("over the limit");
                }
            }
            return n;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            counted(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            return counted(super.read(b, off, len));
        }

        @Override
        public long skip(long n) throws java.io.IOException {
            long k = super.skip(n);
            counted((int) Math.min(Integer.MAX_VALUE, k));
            return k;
        }
    }

    private static FileProblem tooManyTexts(long n) {
        return XlsxFiles.tooLarge("den har " + String.format(java.util.Locale.forLanguageTag("nb-NO"), "%,d", n)
                .replace('\u00a0', ' ') + " forskjellige tekster eller flere, grensen er "
                + String.format(java.util.Locale.forLanguageTag("nb-NO"), "%,d", XlsxFiles.MAX_SHARED_STRINGS).replace('\u00a0', ' '));
    }

    private static long parseLongOr(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** For each cell style index, whether its number format is a date or time format. */
    private static boolean[] dateStyles(StylesTable styles) {
        if (styles == null) {
            return new boolean[0];
        }
        int n = styles.getNumCellStyles();
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            XSSFCellStyle st = styles.getStyleAt(i);
            if (st != null) {
                out[i] = DateUtil.isADateFormat(st.getDataFormat(), st.getDataFormatString());
            }
        }
        return out;
    }

    private static boolean isDate1904(XSSFReader reader) throws Exception {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader x = XML.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("workbookPr")) {
                        String v = x.getAttributeValue(null, "date1904");
                        return "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                    if (n.equals("sheets")) {
                        return false; // workbookPr comes before sheets
                    }
                }
            }
            return false;
        }
    }

    // ---------------------------------------------------------------- rows

    private List<String> readHeaders() throws FileProblem {
        while (readRow()) {
            if (!blank()) {
                int w = width;
                while (w > 0 && (cells[w - 1] == null || cells[w - 1].isBlank())) {
                    w--;
                }
                List<String> names = new ArrayList<>(w);
                for (int i = 0; i < w; i++) {
                    names.add(cells[i] == null ? "" : cells[i].replace("\uFEFF", "").strip());
                }
                CsvReader.checkDuplicates(names, currentRow);
                return List.copyOf(names);
            }
        }
        throw new FileProblem(0, null, null, Message.of("problem.xlsx.sheetEmpty", sheetName));
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() throws FileProblem {
        while (readRow()) {
            if (blank()) {
                continue;
            }
            int n = headers.size();
            for (int i = n; i < width; i++) {
                if (cells[i] != null && !cells[i].isBlank()) {
                    throw new FileProblem(currentRow, null, cells[i], Message.of("problem.xlsx.cellWithoutHeader",
                            CellReference.convertNumToColString(i)));
                }
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                String c = i < width ? cells[i] : null;
                out[i] = c == null ? "" : c;
            }
            return SourceRow.own(currentRow, out);
        }
        return null;
    }

    private boolean blank() {
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reads the next &lt;row&gt; into {@link #cells}; false after the last one. */
    private boolean readRow() throws FileProblem {
        if (done) {
            return false;
        }
        try {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        currentRow = r == null ? currentRow + 1 : Long.parseLong(r);
                        if (currentRow > XlsxFiles.MAX_ROWS || currentRow < 1) {
                            throw XlsxFiles.tooLarge("rad " + currentRow + " er utenfor Excels " + XlsxFiles.MAX_ROWS + " rader");
                        }
                        readCells();
                        return true;
                    }
                    if (n.equals("dimension")) {
                        lastRow = lastRowOf(xml.getAttributeValue(null, "ref"));
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sheetData")) {
                    done = true;
                    return false;
                }
            }
            // the document ended without closing sheetData: the file was cut
            throw XlsxFiles.damaged(currentRow + 1);
        } catch (XMLStreamException | RuntimeException e) {
            throw XlsxFiles.isZipBomb(e) ? XlsxFiles.zipBomb() : XlsxFiles.damaged(currentRow + 1);
        }
    }

    private void readCells() throws XMLStreamException, FileProblem {
        Arrays.fill(cells, 0, width, null);
        width = 0;
        int nextColumn = 0;
        while (true) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? nextColumn : columnOf(ref);
                if (col < 0) {
                    throw new XMLStreamException("cell reference");
                }
                if (col >= XlsxFiles.MAX_COLUMNS) {
                    throw XlsxFiles.tooLarge("cellen " + (ref == null ? "i kolonne " + (col + 1L) : ref)
                            + " er utenfor Excels " + XlsxFiles.MAX_COLUMNS + " kolonner");
                }
                String type = xml.getAttributeValue(null, "t");
                String style = xml.getAttributeValue(null, "s");
                String text = cellText(type, style);
                put(col, text);
                nextColumn = col + 1;
            } else if (ev == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                return;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("cut");
            }
        }
    }

    private void put(int col, String text) {
        if (col >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(col + 1, cells.length * 2));
        }
        cells[col] = text;
        width = Math.max(width, col + 1);
    }

    /** Reads one &lt;c&gt; to its end and gives its text. */
    private String cellText(String type, String style) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0) {
            int ev = xml.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String n = xml.getLocalName();
                if (n.equals("v")) {
                    value = xml.getElementText();
                } else if (n.equals("rPh")) {
                    phonetic++;
                    depth++;
                } else if (n.equals("t") && phonetic == 0) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                } else {
                    depth++;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                }
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("cut");
            }
        }
        if (type == null || type.equals("n")) {
            if (value == null || value.isBlank()) {
                return "";
            }
            double d = Double.parseDouble(value);
            int s = style == null ? 0 : parseIntOr(style, 0);
            if (s < dateStyles.length && dateStyles[s] && DateUtil.isValidExcelDate(d)) {
                return date(DateUtil.getLocalDateTime(d, date1904, true), d);
            }
            return number(d);
        }
        switch (type) {
            case "s":
                int i = parseIntOr(value, -1);
                if (i < 0 || i >= sharedStrings.length) {
                    throw new XMLStreamException("shared string index");
                }
                return sharedStrings[i];
            case "inlineStr":
                return inline == null ? (value == null ? "" : value) : inline.toString();
            case "b":
                return "1".equals(value) || "true".equalsIgnoreCase(value) ? "TRUE" : "FALSE";
            case "d":
                // ISO 8601 in the file (strict OOXML); keep the date, and the time only when it has one
                return value == null ? "" : value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9)
                        : value.replace('T', ' ');
            case "str":
            case "e":
            default:
                return value == null ? "" : value;
        }
    }

    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && col <= XlsxFiles.MAX_COLUMNS; i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static long lastRowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        String last = ref.substring(ref.indexOf(':') + 1);
        int i = 0;
        while (i < last.length() && Character.isLetter(last.charAt(i))) {
            i++;
        }
        return parseIntOr(last.substring(i), 0);
    }

    private static int parseIntOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
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
            return number(serial);
        }
        if (serial < 1) {
            return TIME.format(t); // a time of day only
        }
        if (t.toLocalTime().toSecondOfDay() == 0) {
            return DATE.format(t);
        }
        return DATE_TIME.format(t);
    }

    @Override
    public Message formatDescription() {
        return Message.of("format.xlsx", sheetName);
    }

    @Override
    public long bytesRead() {
        // the sheet is unzipped as it is read; the share of rows read is the best measure we have
        if (lastRow <= 0) {
            return 0;
        }
        return (long) (fileSize * Math.min(1.0, currentRow / (double) lastRow));
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException | RuntimeException e) {
            // only read; nothing to lose
        }
        XlsxFiles.closeQuietly(sheetData);
        XlsxFiles.revertQuietly(pkg);
    }
}
