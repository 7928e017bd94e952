package no.framdrift.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.framdrift.domain.SurveyCell;

/**
 * The binary form of a packed {@code survey_cell} row (V011): the answers of one batch to one question
 * of an indicator in one survey year, for a run of background cells in text order.
 * <pre>
 * byte    format (1)
 * varint  n strings, then each: varint length, UTF-8 bytes   (background variables, values, answer labels)
 * varint  n background cells, then each:
 *         varint n variables, then each: varint name, varint value   (string numbers)
 *         varint n answers, then each:
 *                varint answer (string number + 1; 0 for none)
 *                byte   flags: 1 positive, 2 valid, 4 unweighted (Σw = Σw² = respondents, not written)
 *                varint respondents (zig-zag)
 *                8 bytes Σw, 8 bytes Σw² (IEEE 754 bits, big-endian), unless unweighted
 * </pre>
 * The doubles are their exact bits, so values computed from packed cells are those computed from
 * the cells as they were reduced. Written by hand: a few varints and doubles, where a serialisation
 * library (protobuf, Kryo) would add a dependency and a schema for one record.
 */
final class PackedCells {

    static final int FORMAT = 1;
    private static final int POSITIVE = 1;
    private static final int VALID = 2;
    private static final int UNWEIGHTED = 4;

    /** A row's body stops growing after the background cell that takes it past this many bytes. */
    static final int ROW_BYTES = 128 * 1024;

    private PackedCells() {
    }

    /** One packed row: its first background cell's text, the bytes, and what it holds. */
    record Packed(String firstBackground, byte[] bytes, int cellCount, long respondents) {
    }

    /** One background cell (its canonical text and map) and its answers, as reduced. */
    record Group(String backgroundText, Map<String, String> background, List<SurveyCell> answers) {
    }

    /** Packs background cells, already sorted by their text, into rows of about {@link #ROW_BYTES}. */
    static List<Packed> pack(List<Group> groups) {
        List<Packed> out = new ArrayList<>();
        Writer w = null;
        for (Group g : groups) {
            if (w == null) {
                w = new Writer(g.backgroundText());
            }
            w.add(g);
            if (w.body.size() >= ROW_BYTES) {
                out.add(w.finish());
                w = null;
            }
        }
        if (w != null) {
            out.add(w.finish());
        }
        return out;
    }

    private static final class Writer {
        final String first;
        final Bytes body = new Bytes(ROW_BYTES + 4096);
        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> strings = new ArrayList<>();
        int backgrounds;
        int cells;
        long respondents;

        Writer(String first) {
            this.first = first;
        }

        int number(String s) {
            Integer n = numbers.get(s);
            if (n == null) {
                n = strings.size();
                numbers.put(s, n);
                strings.add(s);
            }
            return n;
        }

        void add(Group g) {
            backgrounds++;
            body.varint(g.background().size());
            for (Map.Entry<String, String> e : g.background().entrySet()) {
                body.varint(number(e.getKey()));
                body.varint(number(e.getValue()));
            }
            body.varint(g.answers().size());
            for (SurveyCell c : g.answers()) {
                body.varint(c.answer() == null ? 0 : number(c.answer()) + 1);
                double count = c.respondents();
                boolean unweighted = Double.doubleToRawLongBits(c.sumW()) == Double.doubleToRawLongBits(count)
                        && Double.doubleToRawLongBits(c.sumW2()) == Double.doubleToRawLongBits(count);
                body.put((c.positive() ? POSITIVE : 0) | (c.valid() ? VALID : 0) | (unweighted ? UNWEIGHTED : 0));
                body.varlong((c.respondents() << 1) ^ (c.respondents() >> 63));
                if (!unweighted) {
                    body.fixed(Double.doubleToRawLongBits(c.sumW()));
                    body.fixed(Double.doubleToRawLongBits(c.sumW2()));
                }
                cells++;
                respondents += c.respondents();
            }
        }

        Packed finish() {
            Bytes head = new Bytes(16 + strings.size() * 16);
            head.put(FORMAT);
            head.varint(strings.size());
            for (String s : strings) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                head.varint(b.length);
                head.put(b, b.length);
            }
            head.varint(backgrounds);
            byte[] all = Arrays.copyOf(head.buf, head.size() + body.size());
            System.arraycopy(body.buf, 0, all, head.size(), body.size());
            return new Packed(first, all, cells, respondents);
        }
    }

    /** Keeps one copy of each string and background map over the rows one read turns into cells. */
    static final class Strings {
        private final Map<String, String> strings = new HashMap<>();
        private final Map<List<String>, Map<String, String>> backgrounds = new HashMap<>();

        String one(String s) {
            return s == null ? null : strings.computeIfAbsent(s, k -> k);
        }

        Map<String, String> background(List<String> pairs) {
            Map<String, String> m = backgrounds.get(pairs);
            if (m == null) {
                Map<String, String> sorted = new TreeMap<>();
                for (int i = 0; i < pairs.size(); i += 2) {
                    sorted.put(pairs.get(i), pairs.get(i + 1));
                }
                m = SurveyCell.background(sorted);
                backgrounds.put(pairs, m);
            }
            return m;
        }
    }

    /**
     * The cells of one packed row, in the order they were written.
     *
     * @throws StoreException when the bytes are not a packed row holding {@code cellCount} cells of
     *                        {@code respondents} respondents in all (a damaged row)
     */
    static SurveyCell[] unpack(byte[] bytes, long batch, String indicator, String question, int year, int cellCount,
                               long respondents, Strings shared) {
        try {
            Reader r = new Reader(bytes);
            if (r.get() != FORMAT) {
                throw damaged(batch);
            }
            String[] strings = new String[r.varint()];
            for (int i = 0; i < strings.length; i++) {
                int n = r.varint();
                strings[i] = shared.one(new String(bytes, r.pos, n, StandardCharsets.UTF_8));
                r.pos += n;
            }
            SurveyCell[] out = new SurveyCell[cellCount];
            int cells = 0;
            long sum = 0;
            int backgrounds = r.varint();
            for (int b = 0; b < backgrounds; b++) {
                int pairs = r.varint();
                String[] kv = new String[pairs * 2];
                for (int i = 0; i < kv.length; i++) {
                    kv[i] = strings[r.varint()];
                }
                Map<String, String> background = shared.background(Arrays.asList(kv));
                int answers = r.varint();
                for (int a = 0; a < answers; a++) {
                    int answer = r.varint();
                    int flags = r.get();
                    long z = r.varlong();
                    long count = (z >>> 1) ^ -(z & 1);
                    double sumW;
                    double sumW2;
                    if ((flags & UNWEIGHTED) != 0) {
                        sumW = count;
                        sumW2 = count;
                    } else {
                        sumW = Double.longBitsToDouble(r.fixed());
                        sumW2 = Double.longBitsToDouble(r.fixed());
                    }
                    out[cells++] = new SurveyCell(batch, indicator, question, year, answer == 0 ? null : strings[answer - 1],
                            (flags & POSITIVE) != 0, (flags & VALID) != 0, background, count, sumW, sumW2);
                    sum += count;
                }
            }
            if (cells != cellCount || sum != respondents || r.pos != bytes.length) {
                throw damaged(batch);
            }
            return out;
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
            throw damaged(batch);
        }
    }

    private static StoreException damaged(long batch) {
        return new StoreException(StoreException.Reason.FAILED, "Parti " + batch + " er skadet: de lagrede svarcellene kan ikke leses");
    }

    /** A growing byte array with varints and big-endian longs. */
    private static final class Bytes {
        byte[] buf;
        int size;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        int size() {
            return size;
        }

        private void room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
            }
        }

        void put(int b) {
            room(1);
            buf[size++] = (byte) b;
        }

        void put(byte[] b, int n) {
            room(n);
            System.arraycopy(b, 0, buf, size, n);
            size += n;
        }

        void varint(int v) {
            varlong(v & 0xFFFFFFFFL);
        }

        void varlong(long v) {
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        void fixed(long v) {
            room(8);
            for (int i = 56; i >= 0; i -= 8) {
                buf[size++] = (byte) (v >>> i);
            }
        }
    }

    private static final class Reader {
        final byte[] b;
        int pos;

        Reader(byte[] b) {
            this.b = b;
        }

        int get() {
            return b[pos++] & 0xFF;
        }

        int varint() {
            long v = varlong();
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("varint");
            }
            return (int) v;
        }

        long varlong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = b[pos++];
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint");
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (b[pos++] & 0xFF);
            }
            return v;
        }
    }
}
