package no.framdrift.ui.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import no.framdrift.app.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's task runner: one app-owned pool of named daemon threads; results and failures are
 * handed back on the JavaFX thread. {@link #running()} counts work in progress for the status bar.
 */
public final class FxBackgroundTasks implements BackgroundTasks, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);

    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "framdrift-task-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught exception in {}", th.getName(), e));
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                        Consumer<? super Exception> onFailure) {
        running.set(running.get() + 1);
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                LOG.warn("Task {} failed: {}", name, e.toString());
                Platform.runLater(() -> {
                    running.set(running.get() - 1);
                    onFailure.accept(e);
                });
            }
        });
    }

    public ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
