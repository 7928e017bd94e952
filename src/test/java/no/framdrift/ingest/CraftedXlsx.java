package no.framdrift.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile workbooks for the limit tests (issue 18): a real workbook written by POI whose parts are
 * then replaced with crafted ones, so everything but the crafted part is what Excel would write.
 */
public final class CraftedXlsx {

    /** Writes the crafted part's content (unpacked) to the stream. */
    @FunctionalInterface
    public interface Part {
        void write(OutputStream out) throws IOException;
    }

    private CraftedXlsx() {
    }

    /** A workbook with a sheet "Data": a header row and one row, all text (so it has shared strings). */
    public static Path base(Path file, String[]... rows) throws IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Data");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** A copy of the workbook with one part (e.g. "xl/sharedStrings.xml") replaced. */
    public static Path replace(Path workbook, String partName, Part content, Path out) throws IOException {
        try (ZipFile in = new ZipFile(workbook.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            var entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(partName)) {
                    content.write(zip);
                } else {
                    try (var part = in.getInputStream(e)) {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /** Shared strings of one text of {@code bytes} letters: tiny packed, {@code bytes} unpacked. */
    public static Part oneHugeText(long bytes) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 16];
            java.util.Arrays.fill(block, (byte) 'a');
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
        };
    }

    /** Text as a part's content. */
    public static Part text(String xml) {
        return out -> out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes the ZIP directory understate a part's unpacked size (as a crafted file may): the
     * directory entry's "uncompressed size" of that part is set to {@code claimed}.
     */
    public static void understate(Path zip, String partName, int claimed) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        byte[] name = partName.getBytes(StandardCharsets.UTF_8);
        for (int i = b.length - 46; i >= 0; i--) {
            if (b[i] == 0x50 && b[i + 1] == 0x4b && b[i + 2] == 0x01 && b[i + 3] == 0x02) {
                int nameLength = (b[i + 28] & 0xff) | (b[i + 29] & 0xff) << 8;
                if (nameLength == name.length && java.util.Arrays.equals(b, i + 46, i + 46 + nameLength, name, 0, name.length)) {
                    for (int k = 0; k < 4; k++) {
                        b[i + 24 + k] = (byte) (claimed >>> (8 * k));
                    }
                    Files.write(zip, b);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("no part " + partName);
    }
}
