package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digest taken on its own thread is the SHA-256 of every byte read, in order. */
class CountingInputStreamTest {

    private static byte[] data(int n) {
        byte[] b = new byte[n];
        new Random(16).nextBytes(b);
        return b;
    }

    @Test
    void theDigestOfAFileReadInAnyPiecesIsItsSha256() throws Exception {
        byte[] data = data(3 * (1 << 20) + 12_345); // more chunks than the hand-over queue holds
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        try (CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(data))) {
            byte[] buf = new byte[200_000];
            Random sizes = new Random(1);
            assertThat(in.read()).isEqualTo(data[0] & 0xFF); // single bytes too
            assertThat(in.skip(10)).isEqualTo(10);
            while (true) {
                int n = in.read(buf, 3, 1 + sizes.nextInt(buf.length - 3));
                if (n < 0) {
                    break;
                }
                assertThat(in.sha256()).isNull();
            }
            assertThat(in.count()).isEqualTo(data.length);
            assertThat(in.sha256()).isEqualTo(expected);
            assertThat(in.sha256()).isEqualTo(expected);
        }
        try (CountingInputStream empty = new CountingInputStream(new ByteArrayInputStream(new byte[0]))) {
            assertThat(empty.read()).isEqualTo(-1);
            assertThat(empty.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest()));
        }
    }

    @Test
    void aFileClosedBeforeItsEndHasNoDigestAndItsThreadStops() throws Exception {
        CountingInputStream in = new CountingInputStream(new ByteArrayInputStream(data(1 << 20)));
        assertThat(in.read(new byte[100_000], 0, 100_000)).isPositive();
        Thread digester = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("framdrift-sha256"))
                .filter(Thread::isAlive).findFirst().orElseThrow();
        in.close();
        digester.join(10_000);
        assertThat(digester.isAlive()).isFalse();
        assertThat(in.sha256()).isNull();
    }
}
