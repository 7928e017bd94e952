package no.framdrift.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Counts the bytes read, for a progress bar, and feeds every one of them to a SHA-256 digest, so a
 * file read from start to end gets its fingerprint (the import batch's identity) without being
 * read a second time.
 */
final class CountingInputStream extends FilterInputStream {

    private volatile long count;
    private final MessageDigest sha256;
    private boolean ended;
    private String hex;

    CountingInputStream(InputStream in) {
        super(in);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long count() {
        return count;
    }

    /** The SHA-256 (hex) of all the bytes, or null when the end of the stream has not been reached. */
    String sha256() {
        if (hex == null && ended) {
            hex = HexFormat.of().formatHex(sha256.digest());
        }
        return hex;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            sha256.update((byte) b);
        } else {
            ended = true;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            sha256.update(b, off, n);
        } else if (n < 0) {
            ended = true;
        }
        return n;
    }

    /** Reads what it skips: every byte must reach the digest. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[(int) Math.min(8192, Math.max(0, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
