package no.framdrift.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** STAND-IN until the readers branch is merged: a small, correct but unoptimised CSV reader. */
public final class CsvFiles {
    private CsvFiles() {
    }

    public static CsvFormat detect(Path file) throws FileProblem {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(65536);
            boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
            Charset cs = StandardCharsets.UTF_8;
            String text = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
            if (!bom && text.contains("\uFFFD")) {
                cs = Charset.forName("windows-1252");
                text = new String(head, cs);
            }
            String first = text.lines().findFirst().orElse("");
            char delim = ',';
            long best = first.chars().filter(c -> c == ',').count();
            for (char c : new char[] {';', '\t'}) {
                long k = first.chars().filter(x -> x == c).count();
                if (k > best) {
                    best = k;
                    delim = c;
                }
            }
            char dec = '.';
            for (int i = 1; delim != ',' && i + 1 < text.length(); i++) {
                if (text.charAt(i) == ',' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                    dec = ',';
                    break;
                }
            }
            return new CsvFormat(cs, bom, delim, dec);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, "Kan ikke lese filen: " + e.getMessage());
        }
    }

    public static TabularSource open(Path file, CsvFormat format) throws FileProblem {
        try {
            InputStream in = Files.newInputStream(file);
            if (format.bom()) {
                in.readNBytes(3);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, format.charset()), 1 << 16);
            return new Source(r, format);
        } catch (IOException e) {
            throw new FileProblem(0, null, null, "Kan ikke lese filen: " + e.getMessage());
        }
    }

    private static final class Source implements TabularSource {
        private final BufferedReader reader;
        private final CsvFormat format;
        private final List<String> headers;
        private long row = 1;
        private long bytes;

        Source(BufferedReader reader, CsvFormat format) throws IOException, FileProblem {
            this.reader = reader;
            this.format = format;
            List<String> h = readRecord();
            if (h == null) {
                throw new FileProblem(1, null, null, "Filen er tom");
            }
            this.headers = h;
        }

        private List<String> readRecord() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            bytes += line.length() + 1;
            List<String> cells = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            while (true) {
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (quoted) {
                        if (c == '"') {
                            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                cur.append('"');
                                i++;
                            } else {
                                quoted = false;
                            }
                        } else {
                            cur.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == format.delimiter()) {
                        cells.add(cur.toString());
                        cur.setLength(0);
                    } else {
                        cur.append(c);
                    }
                }
                if (!quoted) {
                    break;
                }
                line = reader.readLine();
                if (line == null) {
                    break;
                }
                bytes += line.length() + 1;
                cur.append('\n');
            }
            cells.add(cur.toString());
            return cells;
        }

        @Override
        public List<String> headers() {
            return headers;
        }

        @Override
        public SourceRow next() throws FileProblem {
            try {
                List<String> cells;
                do {
                    cells = readRecord();
                    row++;
                } while (cells != null && cells.size() == 1 && cells.get(0).isEmpty());
                return cells == null ? null : new SourceRow(row, cells);
            } catch (IOException e) {
                throw new FileProblem(row, null, null, "Kan ikke lese filen: " + e.getMessage());
            }
        }

        @Override
        public String formatDescription() {
            return "CSV, " + format.describe();
        }

        @Override
        public long bytesRead() {
            return bytes;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
