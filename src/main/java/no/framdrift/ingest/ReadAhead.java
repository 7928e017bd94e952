package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link TabularSource} whose rows are read (decoded, parsed, checked) on a second thread while
 * the caller validates and reduces the rows before them: on a machine with two or more cores the
 * import then takes about as long as the slower of the two halves instead of their sum. Rows are
 * handed over in order, in batches, through a short queue, so at most a few thousand rows are held
 * in memory; a {@link FileProblem} of the reader reaches the caller at the row where it happened,
 * exactly as without read-ahead, and so does any other failure of the reader thread (the caller
 * never waits for a thread that has died). {@link #close()} stops the reader; the source is closed
 * by whichever of the two threads is last to use it.
 */
final class ReadAhead implements TabularSource {

    static final int ROWS_PER_BATCH = 1024;
    private static final int BATCHES_AHEAD = 4;
    private static final long POLL_MILLIS = 200;

    /** One handed-over batch: rows, then possibly the end of the file or the problem that ended it. */
    private record Batch(SourceRow[] rows, int size, boolean last, FileProblem problem, Throwable failure) { }

    private final TabularSource source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean stopped;
    private volatile long bytesRead;
    /** Set when the reader thread ended without handing over its last batch (e.g. out of memory). */
    private volatile Throwable readerFailure;
    private final Object closing = new Object();
    private boolean readerDone;      // guarded by closing
    private boolean closeRequested;  // guarded by closing
    private Batch current;
    private int position;
    private boolean finished;

    private ReadAhead(TabularSource source) {
        this.source = source;
        this.reader = new Thread(this::readAll, "framdrift-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** Reads {@code source} ahead on a daemon thread; closing the result closes the source. */
    static TabularSource of(TabularSource source) {
        return new ReadAhead(source);
    }

    private void readAll() {
        try {
            while (!stopped) {
                SourceRow[] rows = new SourceRow[ROWS_PER_BATCH];
                int n = 0;
                SourceRow row = null;
                FileProblem problem = null;
                Throwable failure = null;
                try {
                    while (n < rows.length) {
                        try {
                            row = source.next();
                        } catch (RowProblem bad) {
                            row = SourceRow.refused(bad); // in order, and reading goes on
                        }
                        if (row == null) {
                            break;
                        }
                        rows[n++] = row;
                    }
                    bytesRead = source.bytesRead();
                } catch (FileProblem p) {
                    problem = p;
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                boolean last = row == null || problem != null || failure != null;
                queue.put(new Batch(rows, n, last, problem, failure));
                if (last) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed while waiting for room in the queue: the caller does not want more rows
        } catch (RuntimeException | Error e) {
            readerFailure = e; // the caller sees the thread gone and rethrows this
        } finally {
            synchronized (closing) {
                readerDone = true;
                if (closeRequested) {
                    source.close();
                }
            }
        }
    }

    @Override
    public SourceRow next() throws FileProblem {
        while (true) {
            if (current != null && position < current.size()) {
                SourceRow row = current.rows()[position++];
                if (row.problem() != null) {
                    throw row.problem();
                }
                return row;
            }
            if (finished) {
                return null;
            }
            if (current != null && current.last()) {
                finished = true;
                if (current.problem() != null) {
                    throw current.problem();
                }
                rethrow(current.failure());
                return null;
            }
            current = take();
            position = 0;
        }
    }

    /** The next batch; never waits for a reader thread that is gone. */
    private Batch take() {
        try {
            while (true) {
                Batch b = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
                if (!reader.isAlive()) {
                    b = queue.poll(); // handed over just before it ended
                    if (b != null) {
                        return b;
                    }
                    finished = true;
                    rethrow(readerFailure);
                    throw new IllegalStateException("Innlesingen av filen stoppet uventet");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportCancelled();
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public List<String> headers() {
        return source.headers();
    }

    @Override
    public Message formatDescription() {
        return source.formatDescription();
    }

    @Override
    public char decimalSeparator() {
        return source.decimalSeparator();
    }

    /** Asked after the last row was taken, when the reader thread has read the whole file. */
    @Override
    public java.util.Optional<String> sha256() {
        return finished ? source.sha256() : java.util.Optional.empty();
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    /**
     * Stops the reader and closes the source: here if the reader has ended, otherwise by the reader
     * as it ends, so two threads never use the source at once. Waits up to a second for it even if
     * this thread was interrupted (a cancel), then interrupts it.
     */
    @Override
    public void close() {
        stopped = true;
        queue.clear(); // room for the batch the reader may be waiting to hand over; it then sees stopped
        boolean interrupted = Thread.interrupted();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(1));
            if (reader.isAlive()) {
                reader.interrupt();
                queue.clear();
                reader.join(TimeUnit.SECONDS.toMillis(1));
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            synchronized (closing) {
                closeRequested = true;
                if (readerDone) {
                    source.close();
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
