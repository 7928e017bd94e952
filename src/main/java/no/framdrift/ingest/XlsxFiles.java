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
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Excel workbooks (.xlsx), read streaming: POI opens the package and finds the parts
 * ({@link XSSFReader}); the sheet XML is pulled row by row with StAX ({@link XlsxSheetSource}),
 * so only the current row and the shared strings are in memory, however large the sheet.
 * A damaged or truncated file gives a {@link FileProblem}, never a stack trace.
 */
public final class XlsxFiles {

    static final String DAMAGED = "problem.xlsx.damaged";

    /**
     * Limits checked before anything is allocated (issue 18), so a small crafted file cannot take
     * gigabytes: the shared strings (all text cells, held in memory) at most 64 MB unpacked and
     * 1 000 000 different texts; a sheet (streamed) at most 1 GB unpacked, and Excel's own
     * 1 048 576 rows and 16 384 columns. The unpacked sizes the ZIP directory states are checked
     * before POI opens the file; as the directory can lie, the shared strings are also counted while
     * they are read, and POI's own limit on any unpacked part ({@link ZipSecureFile#setMaxEntrySize})
     * is set to the sheet limit.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHEET_BYTES = 1024L * 1024 * 1024;
    static final long MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_SHEET_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
        }
    }

    private XlsxFiles() {
    }

    /** "Excel-filen er for stor: …; del den opp eller lagre den som CSV". */
    static FileProblem tooLarge(String what) {
        return new FileProblem(0, null, null, no.framdrift.domain.Message.of("problem.xlsx.tooLarge", what));
    }

    /**
     * POI's own guard tripped while a part was unpacked ({@link ZipSecureFile}: a part that unpacks
     * more than 100 times its packed size, or beyond the largest part allowed).
     */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    static FileProblem zipBomb() {
        return tooLarge("en del av filen pakkes ut til mer enn 100 ganger sin pakkede størrelse eller over "
                + bytes(MAX_SHEET_BYTES) + " (som en «zip-bombe»)");
    }

    static String bytes(long n) {
        return String.format(java.util.Locale.forLanguageTag("nb-NO"), "%,d byte", n).replace('\u00a0', ' ');
    }

    /**
     * Reads only the ZIP directory (no part is unpacked) and refuses a workbook whose shared strings
     * or sheets say they unpack to more than the limits.
     */
    private static void checkUnpackedSizes(Path file) throws FileProblem {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                long size = e.getSize();
                if (name.endsWith("sharedstrings.xml") && size > MAX_SHARED_STRINGS_BYTES) {
                    throw tooLarge("tekstene (" + e.getName() + ") blir " + bytes(size) + " utpakket, grensen er "
                            + bytes(MAX_SHARED_STRINGS_BYTES));
                }
                if (size > MAX_SHEET_BYTES) {
                    throw tooLarge("delen " + e.getName() + " blir " + bytes(size) + " utpakket, grensen er "
                            + bytes(MAX_SHEET_BYTES));
                }
            }
        } catch (IOException e) {
            throw damaged(0);
        }
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
            throw isZipBomb(e) ? zipBomb() : damaged(0);
        }
    }

    private static OPCPackage openPackage(Path file) throws FileProblem {
        checkContainer(file);
        checkUnpackedSizes(file);
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
