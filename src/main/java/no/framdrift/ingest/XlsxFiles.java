package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Excel workbooks (.xlsx), read streaming: POI opens the package and finds the parts
 * ({@link XSSFReader}); the sheet XML is pulled row by row with StAX ({@link XlsxSheetSource}),
 * so only the current row and the shared strings are in memory, however large the sheet.
 * A damaged or truncated file gives a {@link FileProblem}, never a stack trace.
 */
public final class XlsxFiles {

    static final String DAMAGED = "problem.xlsx.damaged";

    private XlsxFiles() {
    }

    /** The sheet names in workbook order. */
    public static List<String> sheetNames(Path file) throws FileProblem {
        OPCPackage pkg = openPackage(file);
        try {
            return sheetNames(new XSSFReader(pkg));
        } catch (FileProblem e) {
            throw e;
        } catch (Exception e) {
            throw damaged(0);
        } finally {
            revertQuietly(pkg);
        }
    }

    private static List<String> sheetNames(XSSFReader reader) throws Exception {
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            try (InputStream ignored = it.next()) {
                names.add(it.getSheetName());
            }
        }
        return names;
    }

    /**
     * Opens a sheet for streaming. The first row with any content is the header; row numbers
     * are the ones Excel shows.
     */
    public static TabularSource open(Path file, String sheet) throws FileProblem {
        OPCPackage pkg = openPackage(file);
        InputStream sheetData = null;
        try {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = reader.getSheetIterator();
            while (it.hasNext()) {
                InputStream in = it.next();
                if (sheetData == null && it.getSheetName().equals(sheet)) {
                    sheetData = in;
                } else {
                    in.close();
                }
            }
            if (sheetData == null) {
                List<String> quoted = new ArrayList<>();
                for (String n : sheetNames(reader)) {
                    quoted.add("«" + n + "»");
                }
                throw new FileProblem(0, null, sheet, Message.of("problem.xlsx.noSheet", sheet, String.join(", ", quoted)));
            }
            return new XlsxSheetSource(pkg, reader, sheet, sheetData, Files.size(file));
        } catch (FileProblem e) {
            closeQuietly(sheetData);
            revertQuietly(pkg);
            throw e;
        } catch (Exception e) {
            closeQuietly(sheetData);
            revertQuietly(pkg);
            throw damaged(0);
        }
    }

    private static OPCPackage openPackage(Path file) throws FileProblem {
        checkContainer(file);
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw damaged(0);
        }
    }

    /** An old .xls (or an encrypted .xlsx, also OLE2) or a file that is no ZIP at all. */
    private static void checkContainer(Path file) throws FileProblem {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.notFound"), e);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName()), e);
        }
        if (head.length == 0) {
            throw new FileProblem(0, null, null, Message.of("problem.file.empty"));
        }
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            throw new FileProblem(0, null, null, Message.of("problem.xlsx.oldFormat"));
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new FileProblem(0, null, null, Message.of("problem.xlsx.notXlsx"));
        }
    }

    static FileProblem damaged(long row) {
        // no cause kept: POI's and the XML parser's messages may quote cell text, and problems may be logged
        return new FileProblem(row, null, null, Message.of(DAMAGED));
    }

    /** Closes a package opened read-only without writing anything back. */
    static void revertQuietly(OPCPackage pkg) {
        try {
            pkg.revert();
        } catch (RuntimeException e) {
            // already closed, or damaged: either way nothing was written
        }
    }

    static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            // only read; nothing to lose
        }
    }
}
