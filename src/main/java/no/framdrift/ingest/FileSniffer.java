package no.framdrift.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** STAND-IN until the readers branch is merged. */
public final class FileSniffer {
    private FileSniffer() {
    }

    public static FileKind detect(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            return FileKind.EMPTY;
        }
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            return FileKind.XLSX;
        }
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                return FileKind.BINARY;
            }
        }
        int i = 0;
        while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t' || (head[i] & 0xff) == 0xEF || (head[i] & 0xff) == 0xBB || (head[i] & 0xff) == 0xBF)) {
            i++;
        }
        return i < n && head[i] == '{' ? FileKind.JSON_STAT : FileKind.CSV;
    }
}
