package no.framdrift.ui.shell;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;
import no.framdrift.ingest.ImportPass;

/**
 * Progress reported from a worker thread, handed to the window's thread: at most one update is
 * queued at a time (the latest wins), so a fast reader never floods the event queue.
 */
public final class UiProgress implements ImportPass.Progress {

    private final Executor ui;
    private final DoubleConsumer target;
    private final AtomicLong latest = new AtomicLong(Double.doubleToLongBits(0));
    private final AtomicBoolean queued = new AtomicBoolean();

    public UiProgress(Executor ui, DoubleConsumer target) {
        this.ui = ui;
        this.target = target;
    }

    @Override
    public void update(long bytesDone, long bytesTotal) {
        double fraction = bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
        if (fraction >= 1.0) {
            fraction = -1; // the file is read; storing (or finishing the check) has no byte count: indeterminate
        }
        latest.set(Double.doubleToLongBits(fraction));
        if (queued.compareAndSet(false, true)) {
            ui.execute(() -> {
                queued.set(false);
                target.accept(Double.longBitsToDouble(latest.get()));
            });
        }
    }
}
