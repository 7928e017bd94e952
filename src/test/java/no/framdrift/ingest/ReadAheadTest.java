package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    /** Rows 2, 3, … with one cell holding the row number; a problem at {@code failAt}, if set. */
    private static class Numbered implements TabularSource {
        final int rows;
        final long failAt;
        final AtomicInteger served = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();

        Numbered(int rows, long failAt) {
            this.rows = rows;
            this.failAt = failAt;
        }

        @Override
        public List<String> headers() {
            return List.of("n");
        }

        @Override
        public SourceRow next() throws FileProblem {
            int i = served.get();
            if (i >= rows) {
                return null;
            }
            long row = i + 2L;
            if (row == failAt) {
                throw new FileProblem(row, null, null, no.framdrift.domain.Message.of("problem.csv.unreadableRow"));
            }
            served.incrementAndGet();
            return new SourceRow(row, List.of(Long.toString(row)));
        }

        @Override
        public no.framdrift.domain.Message formatDescription() {
            return no.framdrift.domain.Message.of("format.jsonStat.short");
        }

        @Override
        public long bytesRead() {
            return served.get();
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void everyRowArrivesInOrderAndThenTheEnd() throws Exception {
        Numbered source = new Numbered(5000, -1);
        try (TabularSource ahead = ReadAhead.of(source)) {
            for (long expected = 2; expected < 5002; expected++) {
                SourceRow r = ahead.next();
                assertThat(r.rowNumber()).isEqualTo(expected);
                assertThat(r.cell(0)).isEqualTo(Long.toString(expected));
            }
            assertThat(ahead.next()).isNull();
            assertThat(ahead.next()).isNull();
            assertThat(ahead.bytesRead()).isEqualTo(5000);
        }
        assertThat(source.closed).isTrue();
    }

    @Test
    void aProblemOfTheReaderArrivesAfterTheRowsBeforeIt() throws Exception {
        try (TabularSource ahead = ReadAhead.of(new Numbered(5000, 3001))) {
            for (long expected = 2; expected <= 3000; expected++) {
                assertThat(ahead.next().rowNumber()).isEqualTo(expected);
            }
            assertThatThrownBy(ahead::next).isInstanceOfSatisfying(FileProblem.class, p -> assertThat(p.row()).isEqualTo(3001));
        }
    }

    @Test
    void aRowProblemArrivesInItsPlaceAndReadingGoesOn() throws Exception {
        Numbered source = new Numbered(3000, -1) {
            @Override
            public SourceRow next() throws FileProblem {
                SourceRow r = super.next();
                if (r != null && r.rowNumber() == 1500) {
                    throw new RowProblem(1500, null, null, no.framdrift.domain.Message.of("problem.csv.cellCount", 5, 4, no.framdrift.domain.Message.of("format.delimiter.comma")));
                }
                return r;
            }
        };
        try (TabularSource ahead = ReadAhead.of(source)) {
            for (long expected = 2; expected < 1500; expected++) {
                assertThat(ahead.next().rowNumber()).isEqualTo(expected);
            }
            assertThatThrownBy(ahead::next).isInstanceOfSatisfying(RowProblem.class, p -> assertThat(p.row()).isEqualTo(1500));
            assertThat(ahead.next().rowNumber()).isEqualTo(1501);
            long last = 0;
            for (SourceRow r = ahead.next(); r != null; r = ahead.next()) {
                last = r.rowNumber();
            }
            assertThat(last).isEqualTo(3001);
        }
    }

    @Test
    void aFailureOfTheReaderThreadReachesTheCallerInsteadOfLeavingItWaiting() throws Exception {
        TabularSource failing = new Numbered(10, -1) {
            @Override
            public SourceRow next() {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk"));
            }
        };
        try (TabularSource ahead = ReadAhead.of(failing)) {
            assertThatThrownBy(ahead::next).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk");
        }
    }

    @Test
    void aFailureOutsideReadingARowAlsoReachesTheCaller() throws Exception {
        TabularSource failing = new Numbered(10, -1) {
            @Override
            public long bytesRead() {
                throw new IllegalStateException("count");
            }
        };
        try (TabularSource ahead = ReadAhead.of(failing)) {
            for (int i = 0; i < 10; i++) {
                assertThat(ahead.next()).isNotNull(); // the rows read before it still arrive
            }
            assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class).hasMessage("count");
        }
    }

    @Test
    void theSourceIsNeverClosedWhileTheReaderIsStillInsideIt() throws Exception {
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        AtomicBoolean reading = new AtomicBoolean();
        AtomicBoolean closedWhileReading = new AtomicBoolean();
        Numbered slow = new Numbered(10, -1) {
            @Override
            public SourceRow next() {
                reading.set(true);
                inside.countDown();
                try {
                    Thread.sleep(1500); // slow disk: longer than close() waits
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.UncheckedIOException(new java.io.InterruptedIOException("stopped"));
                } finally {
                    reading.set(false);
                }
                return null;
            }

            @Override
            public void close() {
                closedWhileReading.compareAndSet(false, reading.get());
                super.close();
            }
        };
        TabularSource ahead = ReadAhead.of(slow);
        inside.await();
        Thread.currentThread().interrupt(); // closing after a cancel: the caller's thread is interrupted
        ahead.close();
        assertThat(Thread.interrupted()).isTrue(); // the interrupt is kept for the caller
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!slow.closed.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(slow.closed).isTrue();
        assertThat(closedWhileReading).isFalse();
    }

    @Test
    void closingEarlyStopsTheReaderAndClosesTheSource() throws Exception {
        Numbered source = new Numbered(1_000_000, -1);
        TabularSource ahead = ReadAhead.of(source);
        assertThat(ahead.next().rowNumber()).isEqualTo(2);
        ahead.close();
        int servedAtClose = source.served.get();
        assertThat(source.closed).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("framdrift-read-ahead") && t.isAlive());
        // the reader stopped: a few batches ahead at most, never the whole file
        assertThat(servedAtClose).isLessThan(10 * ReadAhead.ROWS_PER_BATCH);
        assertThat(source.served.get()).isEqualTo(servedAtClose);
    }
}
