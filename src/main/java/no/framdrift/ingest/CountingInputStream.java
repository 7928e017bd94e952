package no.framdrift.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Counts the bytes read, for a progress bar, and feeds every one of them to a SHA-256 digest, so a
 * file read from start to end gets its fingerprint (the import batch's identity) without being
 * read a second time.
 * <p>
 * The digest runs on a thread of its own (issue 16): the launcher's JVM compiles with C1 only, which
 * has no SHA intrinsic, and hashing 85 MB took ~1.3 s of the reading thread's ~2.9 s, while the
 * reducer waited for rows. The bytes are handed over in the chunks they were read in (copied into a
 * few recycled 64 KB buffers, so the reader is ahead by at most {@value #CHUNKS_AHEAD} chunks); the
 * digest is the same SHA-256 of the same bytes in the same order.
 */
final class CountingInputStream extends FilterInputStream {

    private static final int CHUNK = 1 << 16;
    static final int CHUNKS_AHEAD = 16;
    /** The end of the file: the digest is then complete. */
    private static final Chunk END = new Chunk(new byte[0], 0);
    /** Closed before the end: the thread stops, no digest. */
    private static final Chunk STOP = new Chunk(new byte[0], 0);

    private record Chunk(byte[] bytes, int length) { }

    private volatile long count;
    private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS_AHEAD + 2);
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final MessageDigest sha256;
    private Thread digester;
    private boolean ended;
    private boolean stopped;
    private volatile String hex;

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
        if (!ended) {
            return null;
        }
        if (hex == null) {
            if (digester == null) {
                hex = HexFormat.of().formatHex(sha256.digest()); // an empty file: nothing was handed over
            } else {
                boolean interrupted = false;
                while (digester.isAlive()) {
                    try {
                        digester.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return hex;
    }

    private void digest() {
        try {
            while (true) {
                Chunk c = full.take();
                if (c == END) {
                    hex = HexFormat.of().formatHex(sha256.digest());
                    return;
                }
                if (c == STOP) {
                    return;
                }
                sha256.update(c.bytes(), 0, c.length());
                free.offer(c.bytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void hand(byte[] b, int off, int len) throws IOException {
        if (digester == null) {
            digester = new Thread(this::digest, "framdrift-sha256");
            digester.setDaemon(true);
            digester.start();
        }
        while (len > 0) {
            byte[] buf = free.poll();
            if (buf == null) {
                buf = new byte[CHUNK];
            }
            int n = Math.min(len, CHUNK);
            System.arraycopy(b, off, buf, 0, n);
            put(new Chunk(buf, n));
            off += n;
            len -= n;
        }
    }

    private void put(Chunk c) throws IOException {
        try {
            full.put(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading");
        }
    }

    private void end() throws IOException {
        if (!ended) {
            ended = true;
            if (digester != null) {
                put(END);
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            hand(new byte[] {(byte) b}, 0, 1);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            hand(b, off, n);
        } else if (n < 0) {
            end();
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

    /** Closes the file; a digest thread of a file not read to its end stops. */
    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (digester != null && !ended && !stopped) {
                stopped = true;
                // the digester drains the queue, so this waits at most for a few chunks
                boolean interrupted = Thread.interrupted();
                while (true) {
                    try {
                        full.put(STOP);
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
