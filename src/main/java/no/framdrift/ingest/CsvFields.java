package no.framdrift.ingest;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import java.util.Arrays;

/**
 * FastCSV's callback for {@link CsvReader}: turns each parsed record into its starting line and
 * field texts, handing out one shared {@code String} per distinct short value of a column instead
 * of a new one per cell. Survey and registry extracts repeat a few values per column (year,
 * profession, region, answer code, month, municipality) over millions of rows, so most cells cost
 * no allocation, and the strings the reducers look up already carry their hash code. A column whose
 * values keep changing (a weight, an id) stops being cached after a while and gets plain strings.
 * Fields are returned exactly as parsed: nothing is trimmed or changed here.
 */
final class CsvFields extends AbstractBaseCsvCallbackHandler<CsvFields.Parsed> {

    /**
     * One parsed record: the physical line it starts on, its fields in order, and the first field
     * holding U+FFFD (bytes the charset could not decode), or -1.
     */
    record Parsed(long startingLine, String[] fields, int undecodable) {
        int count() {
            return fields.length;
        }
    }

    /** Longer values are not cached (free text, ids); they are rarely repeated. */
    static final int MAX_CACHED_LENGTH = 40;
    /** More cells than any real extract has: a line of delimiters is refused, not turned into a million strings. */
    static final int MAX_FIELDS = 16_384;
    /** Columns after these get plain strings: each cache costs a few kilobytes. */
    static final int CACHED_COLUMNS = 256;

    private String[] fields = new String[32];
    private final ColumnCache[] caches = new ColumnCache[CACHED_COLUMNS];
    private int undecodable = -1;
    private long recordChars;

    @Override
    protected void handleBegin(long startingLineNumber) {
        undecodable = -1;
        recordChars = 0;
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
        // the parser keeps only the current field in its buffer, so the record is capped here
        recordChars += len + 1;
        if (recordChars > CsvReader.MAX_RECORD_CHARS) {
            throw new CsvParseException("maximum record size " + CsvReader.MAX_RECORD_CHARS + " exceeded");
        }
        if (index >= MAX_FIELDS) {
            throw new CsvParseException("maximum number of fields " + MAX_FIELDS + " exceeded");
        }
        if (index >= fields.length) {
            fields = Arrays.copyOf(fields, Math.min(MAX_FIELDS, fields.length * 2));
        }
        String field;
        if (index < CACHED_COLUMNS) {
            ColumnCache cache = caches[index];
            if (cache == null) {
                cache = caches[index] = new ColumnCache();
            }
            field = cache.string(buf, offset, len);
        } else {
            field = ColumnCache.decodable(buf, offset, len) ? new String(buf, offset, len) : null;
        }
        if (field == null) { // not decodable: never cached, so a cached value is always clean
            field = new String(buf, offset, len);
            if (undecodable < 0) {
                undecodable = index;
            }
        }
        fields[index] = field;
    }

    @Override
    protected void handleEmpty() {
        fields[0] = "";
    }

    @Override
    protected Parsed buildRecord() {
        return new Parsed(getStartingLineNumber(), Arrays.copyOf(fields, getFieldCount()), undecodable);
    }

    /**
     * The distinct values of one column, in an open-addressing table keyed by the characters.
     * Gives up (and stays out of the way) when most values are new.
     */
    static final class ColumnCache {
        private static final int SLOTS = 1024;           // power of two
        private static final int MAX_ENTRIES = SLOTS / 2;
        private static final int TRIAL = 4096;           // cells looked at before judging the column

        private final String[] table = new String[SLOTS];
        private final char[][] chars = new char[SLOTS][];
        private int entries;
        private int looked;
        private int misses;
        private boolean judged;
        private boolean off;

        /** The field's text; null when it holds U+FFFD (the caller makes and flags it). */
        String string(char[] buf, int offset, int len) {
            if (!judged && ++looked >= TRIAL) {
                judged = true;
                off = misses > TRIAL / 2;
            }
            if (off || len > MAX_CACHED_LENGTH) {
                return decodable(buf, offset, len) ? new String(buf, offset, len) : null;
            }
            int h = 0;
            for (int i = offset, end = offset + len; i < end; i++) {
                char c = buf[i];
                if (c == '\uFFFD') {
                    return null;
                }
                h = 31 * h + c;
            }
            int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
            String s;
            while ((s = table[slot]) != null) {
                char[] c = chars[slot];
                if (s.hashCode() == h && Arrays.equals(c, 0, c.length, buf, offset, offset + len)) {
                    return s;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            s = new String(buf, offset, len);
            misses++;
            if (entries < MAX_ENTRIES) {
                table[slot] = s;
                chars[slot] = Arrays.copyOfRange(buf, offset, offset + len);
                entries++;
            }
            return s;
        }

        static boolean decodable(char[] buf, int offset, int len) {
            for (int i = offset, end = offset + len; i < end; i++) {
                if (buf[i] == '\uFFFD') {
                    return false;
                }
            }
            return true;
        }
    }
}
