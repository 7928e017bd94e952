package no.framdrift.ingest;

import com.github.pjfanning.xlsx.StreamingReader;
import com.github.pjfanning.xlsx.exceptions.MissingSheetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Excel workbooks (.xlsx), read streaming with excel-streaming-reader (a pull API over POI's
 * XSSF event reader): only a small window of rows is in memory, however large the sheet.
 * A damaged or truncated file gives a {@link FileProblem}, never a stack trace.
 */
public final class XlsxFiles {

    static final String DAMAGED = "Excel-filen er skadet eller ufullstendig";

    private XlsxFiles() {
    }

    /** The sheet names in workbook order. */
    public static List<String> sheetNames(Path file) throws FileProblem {
        try (Workbook wb = openWorkbook(file)) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            return names;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /**
     * Opens a sheet for streaming. The first row with any content is the header; row numbers
     * are the ones Excel shows.
     */
    public static TabularSource open(Path file, String sheet) throws FileProblem {
        Workbook wb = openWorkbook(file);
        try {
            Sheet s = findSheet(wb, sheet);
            return new XlsxSheetSource(file, wb, s);
        } catch (FileProblem e) {
            closeQuietly(wb);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(wb);
            throw damaged(e);
        }
    }

    private static Sheet findSheet(Workbook wb, String name) throws FileProblem {
        Sheet s = null;
        if (name != null) {
            try {
                s = wb.getSheet(name);
            } catch (MissingSheetException e) {
                s = null;
            }
        }
        if (s == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add("«" + wb.getSheetName(i) + "»");
            }
            throw new FileProblem(0, null, name, "arket «" + name + "» finnes ikke i Excel-filen; arkene er "
                    + String.join(", ", names));
        }
        return s;
    }

    static Workbook openWorkbook(Path file) throws FileProblem {
        checkContainer(file);
        try {
            return StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(8192)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    /** An old .xls (or an encrypted .xlsx, also OLE2) or a file that is no ZIP at all. */
    private static void checkContainer(Path file) throws FileProblem {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, "filen finnes ikke", e);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, "filen kan ikke leses (" + e.getClass().getSimpleName() + ")", e);
        }
        if (head.length == 0) {
            throw new FileProblem(0, null, null, "Filen er tom");
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new FileProblem(0, null, null, "Filen er i det gamle Excel-formatet (.xls) eller passordbeskyttet;"
                    + " åpne den i Excel og lagre den som .xlsx uten passord");
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new FileProblem(0, null, null, "Filen er ikke en Excel-fil (.xlsx)");
        }
    }

    static FileProblem damaged(Exception e) {
        return damaged(0, e);
    }

    static FileProblem damaged(long row, Exception e) {
        // no cause kept: POI's messages may quote cell text, and problems may be logged
        return new FileProblem(row, null, null, DAMAGED);
    }

    static void closeQuietly(Workbook wb) {
        try {
            wb.close();
        } catch (IOException | RuntimeException e) {
            // only read; nothing to lose
        }
    }
}
